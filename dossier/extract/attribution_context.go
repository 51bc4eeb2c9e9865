// Speakers found from the context of a quotation rather than its cue:
// whoever issued the statement that "reads", the person a definite role
// noun stands for ("the actor said"), the speaker the sentence or
// paragraph before reports, and an organisation named by a word of its
// name ("the production company").

package extract

import "strings"

// epithetSpeaker resolves a definite role noun standing for a person named
// earlier ("the actor said", "the "Pose" actor said", "the singer and
// guitarist told"), as a pronoun would be, when the article never
// introduces someone unnamed by that noun ("a senior official said … the
// official added" keeps the unnamed official); else "".
func (d *doc) epithetSpeaker(from, to int, desc string) string {
	// Sources, officials and spokespeople stay unnamed: news names no one
	// by these nouns alone.
	// A group ("the couple", "the family") is not one person.
	if strings.Contains(desc, " ") || unnamedRoles[desc] || groupNouns[desc] {
		return ""
	}
	i := -1
	for k := to - 1; k >= from; k-- {
		if d.low(k) == desc && d.toks[k].word {
			i = k
			break
		}
	}
	if i < 0 {
		return ""
	}
	// Back to the article over a quoted work's name (the "Pose" actor)
	// and over words that date or qualify the role (the former president).
	k := i - 1
	for k >= 0 && i-k <= 5 && d.toks[k].sent == d.toks[i].sent && d.low(k) != "the" && (isQuoteMark(d.tok(k)) || d.toks[k].cap && d.toks[k].word || epithetModifiers[d.low(k)]) {
		k--
	}
	if k < 0 || d.toks[k].sent != d.toks[i].sent || d.low(k) != "the" {
		return ""
	}
	use := d.roleUsesOf(desc)
	if use[1] >= 0 && use[1] < d.toks[i].start {
		return ""
	}
	if d.unnamedOpensBefore(d.toks[k].sent) {
		return ""
	}
	name := d.resolvePronoun("one", d.toks[k].start)
	if name == "" {
		return ""
	}
	// "The patient went to his doctor … Dempsey and his team …": a noun
	// the article uses before naming the person stands for someone else.
	// The noun written as the person's own title ("President Ruth
	// Okafor") is no earlier use.
	a := d.actorIndex(attribution{speaker: name, named: true})
	if a >= 0 && len(d.actors[a].Spans) > 0 && d.actors[a].Spans[0].Start > use[0] &&
		(use[0]+len(desc) > d.actors[a].Spans[0].Start || strings.TrimSpace(d.text[use[0]+len(desc):d.actors[a].Spans[0].Start]) != "") {
		return ""
	}
	// "Maria Lopez, a spokeswoman for the union, said … The minister
	// put it bluntly": a spokesperson, an official, an aide is called by
	// no other role.
	if a >= 0 && d.actors[a].Role != "" {
		role := strings.ToLower(d.actors[a].Role)
		for _, w := range strings.Fields(role) {
			if unnamedRoles[w] && !strings.Contains(role, desc) {
				return ""
			}
		}
	}
	return name
}

// unnamedOpensBefore reports a sentence before sentence si, nearer than
// any naming a person outside quotation marks, that opens with someone
// unnamed: in "A second Republican senator who requested anonymity said
// … "…," said the lawmaker", the lawmaker is that senator.
func (d *doc) unnamedOpensBefore(si int) bool {
	for s := si - 1; s >= 0 && s >= si-6; s-- {
		if d.quotedSentence(s) {
			continue
		}
		f, t := d.sentTokens(s)
		if f < t && d.toks[f].cap && unnamedDet[d.low(f)] {
			for j := f + 1; j < t && j <= f+4 && d.toks[j].word; j++ {
				if lw := d.low(j); !d.toks[j].cap && (personRoles[lw] || plainPeople[lw]) {
					return true
				}
			}
		}
		for i := d.firstMention(f); i < len(d.mentions) && d.mentions[i].from < t; i++ {
			if m := &d.mentions[i]; m.actor >= 0 && d.actors[m.actor].Kind == "person" && !d.insideQuote(m.start) {
				return false
			}
		}
	}
	return false
}

// roleUsesOf returns the offsets of the first use of the role noun lw and
// of its first use after "a" or "an" (-1 for none); the table is built in
// one pass over the tokens.
func (d *doc) roleUsesOf(lw string) [2]int {
	if d.roleUses == nil {
		d.roleUses = map[string][2]int{}
		for k := 0; k < len(d.toks); k++ {
			if d.class(k)&fRole == 0 || !d.toks[k].word {
				continue
			}
			w := d.low(k)
			u, seen := d.roleUses[w]
			if !seen {
				u = [2]int{d.toks[k].start, -1}
			}
			if u[1] < 0 {
				// "a senior official", "an unnamed source": up to two words between.
				for j := k - 1; j >= 0 && j >= k-3 && d.toks[j].sent == d.toks[k].sent && d.toks[j].word; j-- {
					// "Ahmado's source" introduces someone too.
					if lj := d.low(j); lj == "a" || lj == "an" || lj == "another" || trimPossessive(lj) != lj {
						u[1] = d.toks[k].start
						break
					}
				}
			}
			d.roleUses[w] = u
		}
	}
	if u, ok := d.roleUses[lw]; ok {
		return u
	}
	return [2]int{-1, -1}
}

// statementIssuer finds who issued the statement that token i refers to:
// the subject of the nearest sentence before it, within a few, that
// introduces a statement ("Big Machine Records issued a statement", "The
// company denied the allegations in a statement").
func (d *doc) statementIssuer(i int) attribution {
	si := d.toks[i].sent
	for k := i - 1; k > 0 && k >= i-antecedentReach && d.toks[k].sent >= si-6; k-- {
		// "the statement continued" refers back too; only "a statement",
		// "its statement" introduces one.
		if d.toks[k].sent == si || !statementNouns[d.low(k)] || d.low(k-1) == "the" || d.insideQuote(d.toks[k].start) {
			continue
		}
		from, _ := d.sentTokens(d.toks[k].sent)
		if a := d.speakerIn(max(from, k-cueReach), k, false); a.speaker != "" && a.named {
			return a
		}
		// The nearest statement is the one meant, whoever issued it.
		return attribution{}
	}
	return attribution{}
}

// orgNamedWith returns the organisation named last before off whose name
// has a word starting with lw ("production" for "Dick Clark
// Productions"), or "".
func (d *doc) orgNamedWith(lw string, off int) string {
	if len(lw) < 4 {
		return ""
	}
	hi := d.firstMention(d.tokenAt(off))
	for i := hi - 1; i >= 0 && i >= hi-antecedentReach; i-- {
		m := &d.mentions[i]
		if m.actor < 0 || d.actors[m.actor].Kind != "organization" {
			continue
		}
		for _, w := range strings.Fields(fold(m.name)) {
			if strings.HasPrefix(w, lw) {
				return d.actors[m.actor].Name
			}
		}
		if d.introducedAs(m, lw) {
			return d.actors[m.actor].Name
		}
	}
	return ""
}

// introducedAs reports an organisation the article introduces with the
// noun lw: "the group Doctors for Camp Closure", "The group, WeWorkers
// Coalition, formed …", "Kosmos, a group co-founded by …".
func (d *doc) introducedAs(m *mention, lw string) bool {
	t := d.toks
	k := m.from - 1
	if k >= 1 && d.tok(k) == "," {
		k--
	}
	if k >= 0 && t[k].sent == t[m.from].sent && d.low(k) == lw {
		return true
	}
	k = m.to
	if k+2 < len(t) && d.tok(k) == "," && t[k+2].sent == t[m.from].sent {
		switch d.low(k + 1) {
		case "a", "an", "the":
			// Up to one adjective: "a recently formed group".
			for j := k + 2; j < k+5 && j < len(t) && t[j].sent == t[m.from].sent && t[j].word && !t[j].cap; j++ {
				if d.low(j) == lw {
					return true
				}
			}
		}
	}
	return false
}

// reportedBefore is the speaker of the sentence before a quotation in its
// paragraph when that sentence reports speech without quoting and ends
// with its cue: "It isn't clear which evolved first, Howitt says. Just
// because …, “that doesn't mean …”".
func (d *doc) reportedBefore(r rawQuote) attribution {
	si := d.sentenceAt(r.open)
	if si == 0 || d.sents[si-1].Para != r.para {
		return attribution{}
	}
	prev := d.sents[si-1]
	if strings.ContainsAny(d.text[prev.Start:prev.End], "“\"") {
		return attribution{}
	}
	from, to := d.sentTokens(si - 1)
	for to > from && !d.toks[to-1].word {
		to-- // the stop
	}
	if to-from < 3 {
		return attribution{}
	}
	// "…, Howitt says." or "…, says Howitt."
	if d.class(to-1)&fSpeech != 0 {
		if a := d.speakerIn(max(from, to-5), to-1, true); a.named && d.tok(max(from, to-5)) != "" {
			if mi := d.firstMention(max(from, to-5)); mi < len(d.mentions) && d.mentions[mi].to == to-1 {
				return a
			}
		}
	}
	// "…, Ruth Allen wrote in a comment on the post.": where or how it
	// was said may follow the verb, a phrase that opens with a
	// preposition and holds no "that" or comma.
	// A word or two of kin or role may stand between the comma and the
	// name ("…, her cousin Ruth Allen wrote on his page.").
	for v := max(from+2, to-10); v+1 < to; v++ {
		if d.class(v)&fSpeech == 0 || !prepositions[d.low(v+1)] || d.low(v+1) == "that" {
			continue
		}
		k := v + 2
		for k < to && d.low(k) != "that" && (d.toks[k].word || d.low(k) == "'s" || d.low(k) == "’s") {
			k++
		}
		mi := d.firstMention(v) - 1
		if k < to || mi < 0 || d.mentions[mi].to != v || d.mentions[mi].actor < 0 || d.actors[d.mentions[mi].actor].Kind != "person" {
			break
		}
		c := d.mentions[mi].from - 1
		for c > from && c >= d.mentions[mi].from-3 && d.toks[c].word && !d.toks[c].cap {
			c--
		}
		if c > from && d.tok(c) == "," {
			return attribution{speaker: d.actors[d.mentions[mi].actor].Name, named: true, cue: d.tok(v)}
		}
		break
	}
	// "…, said Azar, a voter." or "…, said Jane Doe, a teacher.": the
	// verb after a comma, then a name and its appositive end the sentence.
	for v := max(from+1, to-8); v+1 < to; v++ {
		if d.tok(v-1) != "," || d.class(v)&fSpeech == 0 {
			continue
		}
		if mi := d.firstMention(v + 1); mi < len(d.mentions) && d.mentions[mi].from == v+1 && d.mentions[mi].actor >= 0 &&
			d.actors[d.mentions[mi].actor].Kind == "person" && (d.mentions[mi].to == to || d.tok(d.mentions[mi].to) == ",") {
			return attribution{speaker: d.actors[d.mentions[mi].actor].Name, named: true, cue: d.tok(v)}
		}
		if name := d.onceNamed(v+1, to); name != "" {
			return attribution{speaker: name, named: true, cue: d.tok(v)}
		}
		break
	}
	return attribution{}
}

// speechVerbIn returns the first speech verb of sentence s, or "".
func (d *doc) speechVerbIn(s int) string {
	if s < 0 {
		return ""
	}
	from, to := d.sentTokens(s)
	for v := from + 1; v < to && v < from+cueReach; v++ {
		if d.speechAt(v) && d.toks[v].word {
			return d.tok(v)
		}
	}
	return ""
}

// reportedParaBefore is the speaker of a quotation that opens its
// paragraph with no cue, after a paragraph whose last sentence has a
// named person report speech ("In his announcement, Van Der Beek noted
// there should be no shame." then `"Kimberly and I have been through …`).
func (d *doc) reportedParaBefore(r rawQuote) attribution {
	p := d.paras[r.para-1]
	if r.para < 2 || strings.TrimSpace(d.text[p.Start:r.open]) != "" {
		return attribution{}
	}
	si := d.sentenceAt(p.Start)
	if si == 0 || d.sents[si-1].Para != r.para-1 || d.isFurniture(r.para-1) {
		return attribution{}
	}
	from, to := d.sentTokens(si - 1)
	to = min(to, from+cueReach)
	for v := from + 1; v < to; v++ {
		if d.class(v)&fSpeech == 0 || !d.toks[v].word {
			continue
		}
		// The subject before the verb: a person named, not an object.
		for i := d.firstMention(from); i < len(d.mentions) && d.mentions[i].from < v; i++ {
			m := &d.mentions[i]
			if m.actor >= 0 && d.actors[m.actor].Kind == "person" && !d.objectPosition(m) && !d.insideQuote(m.start) {
				return attribution{speaker: d.actors[m.actor].Name, named: true}
			}
		}
		// "The writer said it was "incredibly validating" …": a subject
		// standing for someone named before, as a pronoun would.
		if a := d.speakerIn(from, v, true); a.named {
			a.cue = d.tok(v)
			return a
		}
		return attribution{}
	}
	return attribution{}
}

// paraLeadIn is the subject of the last sentence of the paragraph before
// a quotation that opens its paragraph with no cue, when that paragraph
// quotes nobody: "Jane Doe, who ran the agency, is blunt about its
// mistakes." then `"We were wrong."`. A person named first in the
// sentence, not as an object, or he or she opening it.
func (d *doc) paraLeadIn(r rawQuote) attribution {
	p := d.paras[r.para-1]
	if r.para < 2 || r.open != p.Start || d.isFurniture(r.para-1) {
		return attribution{}
	}
	prev := d.paras[r.para-2]
	if quoteMarksIn(d.text[prev.Start:prev.End])&(markDouble|markLeftSingle) != 0 {
		return attribution{}
	}
	si := d.sentenceAt(p.Start) - 1
	if si < 0 || d.sents[si].Para != r.para-1 {
		return attribution{}
	}
	from, to := d.sentTokens(si)
	if to-from < 3 {
		return attribution{}
	}
	for i := d.firstMention(from); i < len(d.mentions) && d.mentions[i].from < min(to, from+4); i++ {
		m := &d.mentions[i]
		if m.actor >= 0 && d.actors[m.actor].Kind == "person" && !d.objectPosition(m) {
			return attribution{speaker: d.actors[m.actor].Name, named: true}
		}
	}
	if k := d.openingPronoun(from, to); k >= 0 {
		if name := d.resolvePronoun(d.low(k), d.toks[k].start); name != "" {
			return attribution{speaker: name, named: true}
		}
	}
	// "Jane Doe said the floods were unprecedented. The river rose four
	// metres." then the quotation: the person whose speech an earlier
	// sentence of the paragraph reports, its subject before the verb.
	for s := si - 1; s >= 0 && s >= si-3 && d.sents[s].Para == r.para-1; s-- {
		f, t := d.sentTokens(s)
		for v := f + 1; v < t && v < f+cueReach; v++ {
			if !d.speechAt(v) || !d.toks[v].word {
				continue
			}
			for i := d.firstMention(f); i < len(d.mentions) && d.mentions[i].from < min(v, f+4); i++ {
				m := &d.mentions[i]
				if m.actor >= 0 && d.actors[m.actor].Kind == "person" && !d.objectPosition(m) {
					return attribution{speaker: d.actors[m.actor].Name, named: true}
				}
			}
			break
		}
	}
	return attribution{}
}

// openingPronoun returns the token of he or she as the subject opening
// the sentence of tokens [from, to), or after an opening adverb or
// phrase and its comma ("However, he defended …", "In an interview, she
// said …"); else -1.
func (d *doc) openingPronoun(from, to int) int {
	for k := from; k+1 < to && k < from+6; k++ {
		if lw := d.low(k); (lw == "he" || lw == "she") && (k == from || d.tok(k-1) == ",") && d.toks[k+1].word && !d.toks[k+1].cap {
			return k
		}
		if isQuoteMark(d.tok(k)) {
			return -1
		}
	}
	return -1
}

// onlyPersonBefore returns the one person the paragraph before names
// (outside quotations), for a quotation that fills its own paragraph;
// -1 when it names none or several.
func (d *doc) onlyPersonBefore(r rawQuote) int {
	p := d.paras[r.para-1]
	if r.para < 2 || r.open != p.Start || r.close < p.End-1 || d.isFurniture(r.para-1) {
		return -1
	}
	prev := d.paras[r.para-2]
	found := -1
	for i := d.firstMention(d.tokenAt(prev.Start)); i < len(d.mentions) && d.mentions[i].start < prev.End; i++ {
		m := &d.mentions[i]
		if m.actor < 0 || d.actors[m.actor].Kind != "person" || d.insideQuote(m.start) {
			continue
		}
		if found >= 0 && found != m.actor {
			return -1
		}
		found = m.actor
	}
	return found
}

// namedBefore is the person named last before a quotation in its
// sentence, when nothing else attributes it: "the purchases Mr. Trump
// requested — larger purchases "than any time in our history"",
// "directives from Xi to "show absolutely no mercy"".
func (d *doc) namedBefore(r rawQuote) attribution {
	si := d.sentenceAt(r.open)
	from := max(d.tokenAt(d.sents[si].Start), d.tokenAt(r.open)-cueReach)
	var found *mention
	for i := d.firstMention(from); i < len(d.mentions) && d.mentions[i].end <= r.open; i++ {
		m := &d.mentions[i]
		if m.actor >= 0 && d.actors[m.actor].Kind == "person" && !d.insideQuote(m.start) && !d.verbObject(m) {
			found = m
		}
	}
	if found == nil {
		return attribution{}
	}
	return attribution{speaker: d.actors[found.actor].Name, named: true}
}

// roleBefore returns the role noun standing before the role noun at i
// behind a preposition ("source close to the prime minister", "aide to
// the senator"), or -1.
func (d *doc) roleBefore(from, i int) int {
	k := i - 1
	for k > from && d.toks[k].word && !d.toks[k].cap && d.class(k)&fRole == 0 && !prepositions[d.low(k)] {
		k-- // "the prime minister"
	}
	if k <= from || !prepositions[d.low(k)] || d.low(k) == "that" {
		return -1
	}
	for j := k - 1; j >= from && j >= k-2 && d.toks[j].word && !d.toks[j].cap; j-- {
		if d.class(j)&fRole != 0 && (personRoles[d.low(j)] || groupNouns[d.low(j)]) {
			return j
		}
	}
	return -1
}

// verbObject reports a mention that a verb takes as its object ("police
// arrested Tom Baker"): the person things are done to, whose words the
// sentence does not quote. After a preposition ("directives from Xi")
// the person may well be the one quoted.
func (d *doc) verbObject(m *mention) bool {
	k := m.from - 1
	for k >= 0 && d.toks[k].cap && isTitleWord(d.low(k)) {
		k--
	}
	// "praised the NYPD's response": the article between.
	if k > 0 && d.low(k) == "the" {
		k--
	}
	return k >= 0 && d.toks[k].sent == d.toks[m.from].sent && objectVerbs[d.low(k)] && !prepositions[d.low(k)]
}

// epithetModifiers qualify a role noun that stands for a person named
// before: "the former president", "the veteran actor".
var epithetModifiers = wordSet("epithetModifiers")

// unnamedRoles are the role nouns of speakers news leaves unnamed.
var unnamedRoles = wordSet("unnamedRoles")

// statementNouns name a written statement that speaks for whoever issued
// it ("the statement read").
var statementNouns = wordSet("statementNouns")
