// Resolving the pronouns of speech cues ("he said", "they wrote") to the
// people and groups the article named before them.

package extract

import (
	"strings"
	"unicode/utf8"
)

// continuesAt reports a verb of going on beside the pronoun at token i:
// "he added", "added she", "she continued", "he went on".
func (d *doc) continuesAt(i int) bool {
	for _, k := range [2]int{i + 1, i - 1} {
		if k < 0 || k >= len(d.toks) {
			continue
		}
		switch d.low(k) {
		case "added", "adds", "continued", "continues":
			return true
		case "went", "goes":
			return k == i+1 && k+1 < len(d.toks) && d.low(k+1) == "on"
		}
	}
	return false
}

// opensParaQuoted reports a cue pronoun at token i right after a
// quotation that opens the paragraph: `"We know them well," he added.`
func (d *doc) opensParaQuoted(i int) bool {
	if i == 0 || !isQuoteMark(d.tok(i-1)) {
		return false
	}
	p := d.paras[d.sents[d.toks[i].sent].Para-1]
	r, _ := utf8.DecodeRuneInString(d.text[p.Start:p.End])
	return (r == '"' || r == '“') && d.sentenceAt(p.Start) == d.toks[i].sent
}

// relativeOf reports a person's mention introduced as a relative or
// associate of someone the pronoun gender could stand for: "His father,
// Tom Baker" for he, "her sister Ann" for she.
func (d *doc) relativeOf(m *mention, gender string) bool {
	k := m.from - 1
	for k >= 0 && d.toks[k].cap && isTitleWord(d.low(k)) {
		k--
	}
	if k >= 0 && d.tok(k) == "," {
		k--
	}
	for j := k; j >= 0 && j > k-3 && d.toks[j].sent == d.toks[m.from].sent && d.toks[j].word; j-- {
		switch d.low(j) {
		case "his":
			return gender == "m" && j < k
		case "her":
			return gender == "f" && j < k
		}
		if !personRoles[d.low(j)] && j == k {
			return false
		}
	}
	return false
}

// unnamedAntecedent resolves he or she at token i to a person the
// article introduces without a name in the pronoun's sentence or the one
// before, when no one named stands between: "Reporters spoke to one
// mother, who knew … "…," she said" -> "mother"; else "".
func (d *doc) unnamedAntecedent(p string, i int) string {
	gender := pronouns[p]
	if gender != "m" && gender != "f" {
		return ""
	}
	si := d.toks[i].sent
	lo := max(0, i-antecedentReach)
	if si > 0 {
		// The sentence before the quotation the pronoun closes, when
		// the quotation runs over sentences of its own.
		s := si - 1
		for s > 0 && s > si-4 && d.sents[s-1].Para == d.sents[si].Para && d.quotedSentence(s) {
			s--
		}
		if f, _ := d.sentTokens(s); f > lo {
			lo = f
		}
	}
	for k := d.firstMention(lo); k < len(d.mentions) && d.mentions[k].from < i; k++ {
		if m := &d.mentions[k]; m.actor >= 0 && d.actors[m.actor].Kind == "person" && !d.insideQuote(m.start) {
			return ""
		}
	}
	for k := lo; k+1 < i; k++ {
		// "…, said Azar, a voter. “…,” he said": a passer-by named
		// once, after the verb, by one name.
		if k > lo && d.tok(k-1) == "," && d.class(k)&fSpeech != 0 && !d.insideQuote(d.toks[k].start) {
			if name := d.onceNamed(k+1, i); name != "" {
				return name
			}
		}
		the, this := false, false
		switch d.low(k) {
		case "a", "an", "one":
		case "this":
			// "This employee said …": one introduced before, unnamed
			// ("this reporter" is the writer).
			this = true
		case "the":
			the = true
		default:
			continue
		}
		// Up to two words describing the person: "one elderly mother".
		for j := k + 1; j < i && j <= k+3 && d.toks[j].word && !d.toks[j].cap; j++ {
			lw := d.low(j)
			if !plainPeople[lw] && !personRoles[lw] {
				continue
			}
			if g := nounGender[lw]; g != "" && g != gender || d.insideQuote(d.toks[j].start) || this && journalistWords[lw] {
				break
			}
			if the {
				// "The mayor of Muisne island … said …. "…," he told
				// local radio": a role that the article gives to no one
				// named, described by what it is of.
				if personRoles[lw] && d.actorByRole(lw) == "" && j+2 < i && d.low(j+1) == "of" && d.toks[j+2].cap {
					e := j + 2
					for e+1 < i && e < j+5 && d.toks[e+1].word && d.toks[e+1].sent == d.toks[j].sent && d.class(e+1)&(fSpeech|fDeterminer) == 0 {
						e++
					}
					return d.text[d.toks[k+1].start:d.toks[e].end]
				}
				break
			}
			return d.text[d.toks[k+1].start:d.toks[j].end]
		}
	}
	return ""
}

// quotedSentence reports sentence s standing inside a quotation, or
// opening one.
func (d *doc) quotedSentence(s int) bool {
	f, t := d.sentTokens(s)
	if f < t && isQuoteMark(d.tok(f)) {
		f++
	}
	return f < t && d.insideQuote(d.toks[f].start)
}

// nounGender is the gender a noun for a person tells.
var nounGender = map[string]string{
	"man": "m", "boy": "m", "father": "m", "son": "m", "husband": "m", "actor": "m", "spokesman": "m",
	"woman": "f", "girl": "f", "mother": "f", "daughter": "f", "wife": "f", "widow": "f", "actress": "f",
	"spokeswoman": "f",
}

// resolvePronoun maps he/she/they to a person and it to an organisation
// named before off, outside quotations: in the pronoun's own sentence and
// then sentence by sentence backwards, the subject of the nearest sentence
// that names one (the first name not standing after a preposition), whose
// title does not contradict the pronoun's gender.
func (d *doc) resolvePronoun(p string, off int) string {
	want := "person"
	if p == "it" {
		want = "organization"
	}
	// "They" stands for people or for an organisation ("Big Machine have
	// denied it … they said").
	either := p == "they"
	gender := pronouns[p]
	si := d.sentenceAt(off)
	offTok := d.tokenAt(off)
	// Four sentences back, past those of the quotation the pronoun's
	// cue closes (`"We're on base. We're safe," the lawyer said`).
	sLo := si
	for sLo > 0 && sLo > si-8 && d.quotedSentence(sLo-1) {
		sLo--
	}
	sLo = max(0, sLo-4)
	lo := d.firstMention(max(d.tokenAt(d.sents[sLo].Start), offTok-antecedentReach))
	hi := lo
	for hi < len(d.mentions) && d.mentions[hi].start < off {
		hi++
	}
	for s := si; s >= 0 && s >= sLo; s-- {
		first, last, speaker := -1, -1, -1
		for i := lo; i < hi; i++ {
			m := &d.mentions[i]
			if d.toks[m.from].sent != s {
				continue
			}
			if m.actor < 0 || d.insideQuote(m.start) {
				continue
			}
			if k := d.actors[m.actor].Kind; k != want && !(either && k == "organization") {
				continue
			}
			if genderClash(gender, d.actorGender(m.actor)) {
				continue
			}
			// "His father, Tom Baker, worked nights. … he says": he is
			// the son, not the father.
			if d.relativeOf(m, gender) {
				continue
			}
			// "the Robinson family", "the Biden administration": a name
			// that qualifies a noun after "the" is not the person. A verb
			// after it ("the Swedish Prosecution Authority said") makes
			// the name the subject.
			if m.from > 0 && d.low(m.from-1) == "the" && m.to < len(d.toks) && d.toks[m.to].word && !d.toks[m.to].cap && !d.verbAfterName(m.to) {
				continue
			}
			// "In an interview with Sean Spicer, the president defended
			// it. He said": the one interviewed, not the interviewer, in
			// a sentence whose subject is no name.
			opening := false
			if last < 0 || first < 0 {
				opening = d.inOpeningPhrase(m)
			}
			if !opening || last >= 0 {
				last = i
			}
			if first < 0 && !d.objectPosition(m) && !opening {
				first = i
			}
			// "According to Wells, the office could help. "…," he said":
			// the source the sentence cites speaks.
			// "The plan would raise fees, said Peter Lund, an economist.
			// "…," he said": so does the one an inverted cue names.
			if speaker < 0 && (m.to < len(d.toks) && d.speechAt(m.to) && !d.objectPosition(m) ||
				m.from > 1 && d.low(m.from-1) == "to" && d.low(m.from-2) == "according" ||
				d.invertedCueBefore(m)) {
				speaker = i
			}
		}
		// "Krul shook his head and Farke admitted they were hurting.
		// "…," he said": the one the sentence has speak goes on speaking.
		if speaker >= 0 && want == "person" {
			return d.actors[d.mentions[speaker].actor].Name
		}
		if first >= 0 {
			return d.actors[d.mentions[first].actor].Name
		}
		// A name after a preposition or as an object ("called Omar a
		// terrorist") is never the antecedent of a pronoun in its own
		// sentence.
		if last >= 0 && s != si {
			return d.actors[d.mentions[last].actor].Name
		}
	}
	// A pronoun chain: a statement quoted over several paragraphs goes on
	// with "it says", "he added" long after the name.
	if a := d.lastSpeaker; a >= 0 {
		k := d.actors[a].Kind
		g := d.actorGender(a)
		if (k == want || either && k == "organization") && !genderClash(gender, g) {
			return d.actors[a].Name
		}
	}
	// "she said" when the last speaker was a man: the last woman named
	// further back, when her name tells it.
	if gender == "m" || gender == "f" {
		for i := hi - 1; i >= 0 && i >= hi-antecedentReach; i-- {
			m := &d.mentions[i]
			if m.actor >= 0 && d.actors[m.actor].Kind == "person" && d.actorGender(m.actor) == gender && !d.insideQuote(m.start) {
				return d.actors[m.actor].Name
			}
		}
	}
	return ""
}

// actorGender reads a person's gender from the titles written with their
// name ("Ms Persson", "Mr. Reeves") or from a given name that tells it;
// "" when none says.
func (d *doc) actorGender(a int) string {
	if d.genders == nil {
		// One pass over the mentions: the first title that tells a gender.
		byTitle := make([]string, len(d.actors))
		for _, m := range d.mentions {
			if m.actor >= 0 && m.title != "" && byTitle[m.actor] == "" {
				byTitle[m.actor] = titleGender(m.title)
			}
		}
		d.genders = make([]string, len(d.actors))
		for i := range d.actors {
			d.genders[i] = byTitle[i]
			if first, _, ok := strings.Cut(d.actors[i].Name, " "); ok {
				if g := nameGender[fold(first)]; g != "" {
					d.genders[i] = g
				}
			}
		}
		d.textGenders()
	}
	return d.genders[a]
}

// textGenders gives a person whose name and titles tell no gender the
// one the text tells, when all it tells agrees: a noun of kin or role
// before the name ("his wife Fran", "actress Ann Lee") or a pronoun
// after it in its clause, before anyone else is named ("Yingluck
// Shinawatra appeared emotional and her voice shook"). A her or his
// right after a verb is another person ("Adeyemi fired her").
func (d *doc) textGenders() {
	var told []string
	for k := range d.mentions {
		m := &d.mentions[k]
		if m.actor < 0 || d.genders[m.actor] != "" || d.actors[m.actor].Kind != "person" || d.insideQuote(m.start) {
			continue
		}
		g := ""
		b := m.from - 1
		if b >= 0 && d.tok(b) == "," {
			b--
		}
		if b >= 0 && d.toks[b].sent == d.toks[m.from].sent {
			g = nounGender[d.low(b)]
		}
		for j := m.to; g == "" && j < len(d.toks) && j < m.to+8 && d.toks[j].sent == d.toks[m.from].sent && !isQuoteMark(d.tok(j)); j++ {
			if k+1 < len(d.mentions) && d.mentions[k+1].from == j {
				break
			}
			switch d.low(j) {
			case "he", "himself":
				g = "m"
			case "she", "herself":
				g = "f"
			case "his", "her":
				// Only where a clause opens ("and her voice shook"): after a
				// verb it is someone else ("fired her").
				if w := d.low(j - 1); w == "," || clauseOpeners[w] {
					g = "f"
					if d.low(j) == "his" {
						g = "m"
					}
				}
			}
		}
		if g == "" {
			continue
		}
		if told == nil {
			told = make([]string, len(d.actors))
		}
		switch told[m.actor] {
		case "":
			told[m.actor] = g
		case g:
		default:
			told[m.actor] = "-"
		}
	}
	for i, g := range told {
		if g == "m" || g == "f" {
			d.genders[i] = g
		}
	}
}

// titleGender is the gender a title tells ("Ms", "Prince"), or "".
func titleGender(title string) string {
	switch strings.TrimSuffix(strings.ToLower(title), ".") {
	case "mr", "sir", "king", "prince", "lord", "father", "congressman":
		return "m"
	case "mrs", "ms", "miss", "dame", "queen", "princess", "lady", "congresswoman", "chairwoman", "spokeswoman":
		return "f"
	}
	return ""
}

// subjectPronoun reports a pronoun (or body noun) at token i standing where
// a speaker stands: first in its range, or beside a speech verb or comma
// ("he said", "said she", "she stated,"), not as an object ("put it").
func (d *doc) subjectPronoun(i, from int) bool {
	if i == from {
		return true
	}
	if i+1 < len(d.toks) {
		if d.class(i+1)&fSpeech != 0 || d.tok(i+1) == "," || d.low(i+1) == "also" || d.low(i+1) == "later" {
			return true
		}
	}
	if i > 0 {
		// "said he", and "During the call, he …": a pronoun opening the
		// clause after an introductory phrase.
		if d.class(i-1)&fSpeech != 0 || d.tok(i-1) == "," && d.low(i) != "it" {
			return true
		}
	}
	return false
}

// theyGroup resolves "they" to a group named as the subject of the
// pronoun's sentence or the one before ("Analysts at Morgan Stanley raised
// their target. … they wrote" -> "Morgan Stanley analysts"), or "".
func (d *doc) theyGroup(off int) string {
	si := d.sentenceAt(off)
	for s := si; s >= 0 && s >= si-1; s-- {
		from, to := d.sentTokens(s)
		for i := from; i < to && i < from+4; i++ {
			if d.toks[i].start >= off {
				break
			}
			// "The ministry spokesperson added: …. They said": one
			// unnamed person whose role tells no gender, who spoke in
			// the sentence before, is they too.
			single := s < si && personRoles[d.low(i)] && !d.toks[i].cap && nounGender[d.low(i)] == "" &&
				i+1 < to && d.speechAt(i+1)
			if groupNouns[d.low(i)] || isRoleNoun(d.tok(i)) && strings.HasSuffix(d.low(i), "s") || single {
				desc := d.describe(from, i+1)
				if desc == "" {
					return ""
				}
				// The role noun opened the sentence with a capital.
				if r := firstRune(d.tok(i)); strings.HasSuffix(desc, d.tok(i)) && r >= 'A' && r <= 'Z' {
					desc = strings.TrimSuffix(desc, d.tok(i)) + d.low(i)
				}
				return desc
			}
		}
		if desc := d.groupSubject(from, min(to, from+cueReach, d.tokenAt(off))); desc != "" {
			return desc
		}
	}
	return ""
}

// groupSubject reads, in tokens [from, to), a group or a person's
// relatives that a verb of speech or naming has as its subject further
// into the sentence: "Instead of asking, the couple said …", "In a
// statement, Okafor's sons called him …"; "" when there is none.
func (d *doc) groupSubject(from, to int) string {
	for mi := d.firstMention(from); mi < len(d.mentions) && d.mentions[mi].from < to; mi++ {
		m := &d.mentions[mi]
		if m.actor < 0 || d.insideQuote(m.start) {
			continue
		}
		if desc, e := d.kinSpan(m, to); desc != "" {
			if e < to && (d.speechAt(e) || namingVerbs[d.low(e)]) && !d.objectPosition(m) {
				return desc
			}
		}
	}
	for i := from + 1; i+1 < to; i++ {
		if lw := d.low(i); groupNouns[lw] && d.low(i-1) == "the" && !d.toks[i].cap && d.speechAt(i+1) && !d.insideQuote(d.toks[i].start) {
			return lw
		}
	}
	return ""
}

// inOpeningPhrase reports a mention inside a prepositional phrase that
// opens its sentence and a comma closes, before the subject: in "In an
// interview with Fox News' Brian Kilmeade on Friday, Trump said" the
// subject is Trump.
func (d *doc) inOpeningPhrase(m *mention) bool {
	s := d.toks[m.from].sent
	f := m.from
	for f > 0 && d.toks[f-1].sent == s {
		if d.tok(f-1) == "," || m.from-f >= 12 {
			return false
		}
		f--
	}
	if !d.toks[f].cap {
		return false
	}
	// "And in an interview with …", "But during a call with …": a
	// conjunction may stand before the phrase.
	if w := d.low(f); (w == "and" || w == "but") && f+1 < m.from {
		f++
	}
	// "Speaking to the BBC's Laura Kuenssberg, Badenoch said": a
	// participle and its preposition open the phrase as one does alone.
	if w := d.low(f); strings.HasSuffix(w, "ing") && f+1 < m.from && prepositions[d.low(f+1)] {
		f++
	}
	if w := d.low(f); !prepositions[w] || w == "that" || w == "who" || w == "which" {
		return false
	}
	for k := m.to; k < len(d.toks) && k < m.to+6 && d.toks[k].sent == s; k++ {
		if d.tok(k) == "," {
			return true
		}
		if isQuoteMark(d.tok(k)) {
			return false
		}
	}
	return false
}

// verbAfterName reports a word at i that is a verb of the name before
// it rather than a noun the name qualifies: speech, an auxiliary, or a
// past tense in -ed.
func (d *doc) verbAfterName(i int) bool {
	w := d.low(i)
	return d.speechAt(i) || auxiliaries[w] || strings.HasSuffix(w, "ed")
}

// invertedCueBefore reports a name standing right after a speech verb
// that follows a comma or a closing quotation mark (", said Peter Lund",
// "…," wrote Ann Lee): the verb's subject, not its object ("told Lund").
func (d *doc) invertedCueBefore(m *mention) bool {
	v := m.from - 1
	for v > 0 && d.toks[v].cap && isTitleWord(d.low(v)) {
		v--
	}
	if v < 1 || d.toks[v].cap || !d.speechAt(v) {
		return false
	}
	// Verbs whose object is the one spoken to or about.
	if lw := d.low(v); tellVerbs[lw] || targetVerbs[lw] {
		return false
	}
	if d.tok(v-1) != "," && !isQuoteMark(d.tok(v-1)) || possessive(d.tok(m.to-1)) {
		return false
	}
	// The name ends the clause ("said Lund, an economist", "said Lund."),
	// not "said Lund's plan was late".
	if m.to >= len(d.toks) || d.toks[m.to].sent != d.toks[m.from].sent {
		return true
	}
	switch d.tok(m.to) {
	case ",", ".", ";", "—", "–":
		return true
	}
	return false
}
