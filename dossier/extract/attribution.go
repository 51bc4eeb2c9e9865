package extract

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// attribution is who said a quotation and with which cue.
type attribution struct {
	speaker string
	cue     string
	named   bool // speaker is an actor's name
	after   bool // the cue follows the quotation
}

// sentenceAt returns the index of the sentence holding byte offset off.
func (d *doc) sentenceAt(off int) int {
	i := sort.Search(len(d.sents), func(i int) bool { return d.sents[i].End > off })
	if i == len(d.sents) {
		return len(d.sents) - 1
	}
	return i
}

// tokenAt returns the index of the first token starting at or after off.
func (d *doc) tokenAt(off int) int {
	return sort.Search(len(d.toks), func(i int) bool { return d.toks[i].start >= off })
}

// cueReach bounds, in tokens, how far from a quotation its cue and speaker
// are looked for, and antecedentReach how far back a pronoun's antecedent
// is: attributions are short, and the bounds keep extraction linear in the
// length of the text however long a sentence runs.
const (
	cueReach        = 60
	antecedentReach = 200
)

// firstMention returns the index of the first mention whose name starts at
// token i or later (mentions are in text order).
func (d *doc) firstMention(i int) int {
	return sort.Search(len(d.mentions), func(k int) bool { return d.mentions[k].from >= i })
}

// attribute finds a quotation's speaker: a speech cue after the quotation
// in its sentence ("…," Jones said / said Jones), else before it (Jones
// said: "…" / According to Jones, "…").
func (d *doc) attribute(r rawQuote) attribution {
	if len(d.sents) == 0 {
		return attribution{}
	}
	ss := d.sentenceAt(r.open)
	es := d.sentenceAt(max(r.close-1, r.open))
	// Reported speech: `he said, "…," the prosecutor's office said`. A
	// speech verb right before the quotation introduces it, whatever
	// reports the whole sentence afterwards.
	if bTo := d.tokenAt(r.open); d.introducedAt(bTo) {
		from := max(d.tokenAt(d.sents[ss].Start), bTo-cueReach)
		// "“…,” Falesi Chukuwumba, a Malawian national, says, “…”": a cue
		// between two quotations of one sentence opens after the first,
		// where its name stands first.
		if p := d.prevClose(d.toks[from].start, r.open); p > d.toks[from].start {
			k := d.tokenAt(p)
			if k < bTo && d.tok(k) == "," {
				k++
			}
			// `said in a statement, "`: a few words of where may stand
			// between the verb and the quotation.
			for v := bTo - 1; v > k && v >= bTo-6; v-- {
				if d.speechAt(v) {
					if name := d.appositiveName(k, v); name != "" {
						return attribution{speaker: name, named: true, cue: d.tok(v)}
					}
					break
				}
			}
		}
		if a := d.cueBefore(from, bTo); a.speaker != "" {
			return a
		}
	}
	// "“…” — Neil Gaiman": a dash and a name after a quotation that opens
	// the paragraph, ending it, sign the quotation.
	if k := d.tokenAt(r.close); k+1 < len(d.toks) && isDash(d.tok(k)) && d.sents[d.toks[k+1].sent].Para == r.para &&
		strings.TrimSpace(d.text[d.paras[r.para-1].Start:r.open]) == "" {
		if mi := d.firstMention(k + 1); mi < len(d.mentions) && d.mentions[mi].from <= k+2 && d.mentions[mi].actor >= 0 &&
			(d.mentions[mi].to >= len(d.toks) || d.sents[d.toks[d.mentions[mi].to].sent].Para != r.para || d.mentions[mi].to+1 >= len(d.toks) ||
				d.sents[d.toks[d.mentions[mi].to+1].sent].Para != r.para) {
			if a := d.actors[d.mentions[mi].actor]; a.Kind == "person" || a.Kind == "organization" {
				return attribution{speaker: a.Name, named: true, cue: d.tok(k), after: true}
			}
		}
	}
	// "Kerry: 'This is less than perfect'": a heading that is a name, a
	// colon and a quotation gives the quotation to the person named.
	if name := d.headingName(r); name != "" {
		return attribution{speaker: name, named: true, cue: ":"}
	}
	// After: from the closing mark to the end of the sentence or the next
	// quotation.
	if r.close < d.sents[es].End {
		aFrom := d.tokenAt(r.close)
		// The look-up for the next quotation stops where the cue's reach
		// does, so that a long sentence is not scanned once per quotation.
		end := d.sents[es].End
		if k := aFrom + cueReach; k < len(d.toks) && d.toks[k].start < end {
			end = max(d.toks[k].start, r.close)
		}
		aTo := min(d.tokenAt(d.nextCueOpen(r.close, end)), aFrom+cueReach)
		if aFrom < aTo && d.tok(aFrom) != "(" {
			if a := d.cueAfter(aFrom, aTo); a.speaker != "" {
				a.after = true
				return a
			}
			// "“…” when he returns to Liberia, Binyah Kesselly, chairman
			// of the authority, told reporters": a clause of time or
			// reason between the quotation and its cue.
			if k := d.clauseEnd(aFrom, aTo); k > 0 {
				if a := d.cueAfter(k, aTo); a.speaker != "" {
					a.after = true
					return a
				}
			}
			if a := d.accordingAfter(r, aFrom, aTo); a.speaker != "" {
				a.after = true
				return a
			}
			if a := d.trailingCue(r, aFrom, aTo); a.speaker != "" {
				a.after = true
				return a
			}
			if a := d.signedAfter(r, aFrom, aTo); a.speaker != "" {
				a.after = true
				return a
			}
		}
	}
	// "…Kentucky!” Trump tweeted": a quotation ending in ! or ? ends its
	// sentence, and the cue opens the next one.
	if es+1 < len(d.sents) && r.close >= d.sents[es].End-1 && d.sents[es+1].Para == r.para {
		from := d.tokenAt(d.sents[es+1].Start)
		to := min(d.tokenAt(d.sents[es+1].End), from+cueReach)
		stop := strings.HasSuffix(strings.TrimSpace(d.text[r.start:r.end]), ".")
		for v := from; v < to && v < from+4; v++ {
			if d.class(v)&fSpeech != 0 {
				// "The agreement maintained that …": a verb that opens
				// speech of its own attributes nothing before it.
				if v+1 < len(d.toks) && (d.low(v+1) == "that" || d.tok(v+1) == ":" || isQuoteMark(d.tok(v+1))) {
					break
				}
				// `"… sorry I am." The airline said in a statement that
				// …`: after a full stop only a short cue ends the
				// quotation; a longer sentence reports speech of its own.
				if stop && to-v > 6 {
					break
				}
				if a := d.cueAfter(from, min(to, from+cueReach)); a.speaker != "" {
					a.after = true
					return a
				}
				break
			}
		}
		// "…?” He Jianxiong, the former executive director …, said": a
		// name and an appositive before the verb. A full stop closing the
		// quotation ends the sentence: `"… from somewhere." Samantha
		// White, a student, said she came …` starts another's speech.
		if mi := d.firstMention(from); !stop &&
			mi < len(d.mentions) && d.mentions[mi].from == from && d.mentions[mi].actor >= 0 &&
			d.actors[d.mentions[mi].actor].Kind == "person" && d.mentions[mi].to < to && d.tok(d.mentions[mi].to) == "," {
			if a := d.cueAfter(from, min(to, from+cueReach)); a.speaker != "" {
				a.after = true
				return a
			}
		}
	}
	if a := d.cueNextPara(r); a.speaker != "" {
		return a
	}
	// Before: from the sentence start (or the previous quotation) to the
	// opening mark.
	sStart := d.sents[ss].Start
	bStart := sStart
	bTo := d.tokenAt(r.open)
	// Only the reach of a cue before the quotation is searched.
	lim := bStart
	if k := bTo - cueReach; k > 0 && k < len(d.toks) && d.toks[k].start > lim && d.toks[k].start < r.open {
		lim = d.toks[k].start
	}
	if p := d.prevClose(lim, r.open); p > lim {
		bStart = p
	}
	bFrom := max(d.tokenAt(bStart), bTo-cueReach)
	if bFrom < bTo {
		if a := d.cueBefore(bFrom, bTo); a.speaker != "" {
			return a
		}
	}
	// A paragraph of quotation after one that ends in a colon: `Police
	// chief Mark Evans said:` then `"We are following …"`.
	if p := d.paras[r.para-1]; r.open == p.Start && r.para > 1 {
		// A photo caption or heading may stand between the two.
		pi := r.para - 2
		for pi > 0 && r.para-2-pi < 2 && d.isFurniture(pi+1) && !strings.HasSuffix(strings.TrimSpace(d.text[d.paras[pi].Start:d.paras[pi].End]), ":") {
			pi--
		}
		prev := d.paras[pi]
		if strings.HasSuffix(strings.TrimSpace(d.text[prev.Start:prev.End]), ":") {
			ps := d.sentenceAt(prev.End - 1)
			if a := d.cueBefore(d.tokenAt(d.sents[ps].Start), d.tokenAt(prev.End)); a.speaker != "" {
				return a
			}
		}
	}
	// "Saying he received lots of “feedback”, the governor has ordered
	// …": a sentence that opens with a participle of speech quotes the
	// subject of its main clause, after the participle's comma.
	f, t := d.sentTokens(ss)
	// Past a wire story's dateline: "RALEIGH, N.C. (AP) — Saying …".
	for k := f; k < t && k < f+10; k++ {
		if isDash(d.tok(k)) {
			f = k + 1
			break
		}
	}
	if f < t && d.toks[f].cap && strings.HasSuffix(d.low(f), "ing") && d.speechAt(f) {
		for k := d.tokenAt(r.close); k < t && k < f+cueReach; k++ {
			if d.tok(k) == "," {
				if a := d.speakerIn(k+1, min(t, k+8), false); a.speaker != "" {
					a.cue = d.tok(f)
					return a
				}
				break
			}
		}
	}
	// A partial quotation after another in reported speech: `O'Neill said
	// the plan was "deeply flawed" and would "hurt families"`.
	// Only the nearest cue counts: the sentence was read up to the
	// quotation before, and a run of failed quotations in one sentence
	// must not read their cues again each.
	if bStart > sStart {
		if a := d.cueBeforeN(d.tokenAt(sStart), bTo, 1); a.speaker != "" {
			return a
		}
	}
	// "the committee’s view that there is “…”", "the prosecution’s
	// request that the judge impose “…”": words reported as someone's
	// view, request or warning are theirs.
	return d.possessiveCue(bFrom, bTo)
}

// possessiveCue reads, nearest first in tokens [from, to), a name or a
// side in court in the possessive before a noun of saying ("Boeing’s
// warning", "the prosecution’s request"), with up to one word between.
func (d *doc) possessiveCue(from, to int) attribution {
	for k := to - 1; k > from; k-- {
		if !sayingNouns[d.low(k)] || d.toks[k].cap {
			continue
		}
		// The noun must open what was said ("view that", "view there
		// is"): "dismissed Biden's claim as “pure fiction”" are the
		// subject's words about the claim.
		if next := d.low(k + 1); k+1 >= len(d.toks) || next == "as" || next != "that" && prepositions[next] {
			continue
		}
		for j := k - 1; j >= from && j >= k-2; j-- {
			lw := d.low(j)
			own := trimPossessive(lw)
			if own == lw {
				if d.toks[j].cap || !d.toks[j].word {
					break
				}
				continue
			}
			if courtSides[own] && j > 0 && d.low(j-1) == "the" {
				return attribution{speaker: own, cue: d.tok(k)}
			}
			// The last name starting at or before the possessive must end
			// on it.
			if mi := d.firstMention(j+1) - 1; mi >= 0 && d.mentions[mi].to == j+1 && d.mentions[mi].actor >= 0 {
				if a := d.actors[d.mentions[mi].actor]; a.Kind == "person" || a.Kind == "organization" {
					return attribution{speaker: a.Name, named: true, cue: d.tok(k)}
				}
			}
			return attribution{}
		}
	}
	return attribution{}
}

// cueNextPara reads the cue of a quotation that fills its paragraph from
// the next paragraph, when a line break split the sentence: `"We will
// rebuild,"` then `Mayor Ana Ruiz said on Monday.` The next paragraph
// must be one short sentence without quotation marks whose cue ends it or
// is followed only by where or when it was said, so that a paragraph of
// reported speech ("Ruiz said the town would rebuild.") is not read as
// one.
func (d *doc) cueNextPara(r rawQuote) attribution {
	p := d.paras[r.para-1]
	if r.continues || r.runsOn || r.para >= len(d.paras) || r.open != p.Start || r.close < p.End-1 {
		return attribution{}
	}
	n := d.paras[r.para]
	si := d.sentenceAt(n.Start)
	if a := d.signature(si, n); a.speaker != "" {
		return a
	}
	// One sentence that states: "What did the minister say?" asks.
	if si >= len(d.sents) || d.sents[si].End < n.End || d.text[n.End-1] != '.' ||
		quoteMarksIn(d.text[n.Start:n.End])&(markDouble|markLeftSingle) != 0 {
		return attribution{}
	}
	from, to := d.sentTokens(si)
	if to-from > 14 {
		return attribution{}
	}
	end := to
	for end > from && !d.toks[end-1].word {
		end--
	}
	for v := from; v < end && v < from+6; v++ {
		if !d.speechAt(v) {
			continue
		}
		a := d.cueAfter(from, end)
		if a.speaker == "" {
			return attribution{}
		}
		// What follows the cue and its speaker: nothing, or a phrase
		// of place or time.
		rest := v + 1
		if v == from {
			// "said Mayor Ana Ruiz": past the speaker's name.
			for rest < end && (d.toks[rest].cap || !d.toks[rest].word || d.low(rest) == "the" || d.low(rest) == "a") {
				rest++
			}
		}
		if rest < end && !prepositions[d.low(rest)] && d.class(rest)&fDateStart == 0 && !d.toks[rest].cap {
			return attribution{}
		}
		a.after = true
		return a
	}
	return attribution{}
}

// signature reads the line that signs a pull quote or an epigraph in
// the paragraph n after it, sentence si: a person's name alone or before
// a comma and a role, without a verb ("Jane Doe, former director"; "—
// Jane Doe").
func (d *doc) signature(si int, n Para) attribution {
	if si >= len(d.sents) || d.sents[si].End < n.End || quoteMarksIn(d.text[n.Start:n.End])&(markDouble|markLeftSingle) != 0 {
		return attribution{}
	}
	from, to := d.sentTokens(si)
	if from < to && isDash(d.tok(from)) {
		from++
	}
	if to-from > 12 {
		return attribution{}
	}
	// The name: a person's mention, or in a line the actor scan passes
	// over (no full stop), a given name and the capitalised words after.
	name, end, named := "", from, false
	if mi := d.firstMention(from); mi < len(d.mentions) && d.mentions[mi].from == from && d.mentions[mi].actor >= 0 {
		if d.actors[d.mentions[mi].actor].Kind != "person" {
			return attribution{}
		}
		name, end, named = d.actors[d.mentions[mi].actor].Name, d.mentions[mi].to, true
	} else if from < to && d.givenAt(from) {
		for end = from; end < to && end < from+4 && d.toks[end].word && d.toks[end].cap; end++ {
		}
		if end-from < 2 {
			return attribution{}
		}
		name = d.text[d.toks[from].start:d.toks[end-1].end]
		if i := d.actorIndex(attribution{speaker: name, named: true}); i >= 0 {
			named = true
		}
	}
	if name == "" || end < to && d.tok(end) != "," && d.tok(end) != "." {
		return attribution{}
	}
	for k := end; k < to; k++ {
		if d.speechAt(k) {
			return attribution{}
		}
	}
	return attribution{speaker: name, named: named, after: true}
}

// subjectSpeaker is the speaker of a quotation no cue attributes and no
// context continues: a person who opens the quotation's sentence as its
// subject ("Benioff introduced Cook as "someone who …"", "Cook remembered
// Jobs … and "going way off script"").
func (d *doc) subjectSpeaker(r rawQuote) attribution {
	if len(d.sents) == 0 {
		return attribution{}
	}
	from := d.tokenAt(d.sents[d.sentenceAt(r.open)].Start)
	bTo := d.tokenAt(r.open)
	for i := d.firstMention(from); i < len(d.mentions) && d.mentions[i].from < min(bTo, from+4); i++ {
		m := &d.mentions[i]
		// "Peterson's new levy "ignores …"": the subject is the
		// person's levy, described by someone else.
		if m.actor >= 0 && d.actors[m.actor].Kind == "person" && possessive(d.tok(m.to-1)) {
			// "Okafor's parents described him as "…"": unless a
			// relative of theirs is the subject.
			if desc := d.kinOf(m, bTo); desc != "" && !d.objectPosition(m) {
				return attribution{speaker: desc}
			}
			break
		}
		if m.actor >= 0 && d.actors[m.actor].Kind == "person" && !d.objectPosition(m) {
			return attribution{speaker: d.actors[m.actor].Name, named: true}
		}
	}
	if from+1 >= bTo {
		return attribution{}
	}
	// "In a statement, Okafor's sons called him "…"": relatives whose
	// verb of naming or speech introduces the quotation.
	if desc := d.groupSubject(from, min(bTo, from+cueReach)); desc != "" && strings.Contains(desc, " ") {
		return attribution{speaker: desc}
	}
	// "He called the plan "…"": a pronoun opening the sentence.
	if lw := d.low(from); (lw == "he" || lw == "she") && d.toks[from+1].word && !d.toks[from+1].cap {
		if name := d.resolvePronoun(lw, d.toks[from].start); name != "" {
			return attribution{speaker: name, named: true}
		}
	}
	// "Critics called the plan "…"", "Many analysts described it as
	// "…"": a group opening the sentence names what it quotes.
	for i := from; i < from+3 && i+1 < bTo; i++ {
		if groupNouns[d.low(i)] && namingVerbs[d.low(i+1)] {
			if desc := d.describe(from, i+1); desc != "" {
				if c := desc[0]; c >= 'A' && c <= 'Z' {
					desc = string(c+'a'-'A') + desc[1:] // it opened the sentence
				}
				return attribution{speaker: desc}
			}
		}
		if !d.toks[i].word {
			break
		}
	}
	return attribution{}
}

// namingVerbs call something by the words quoted after them.
var namingVerbs = wordSet("namingVerbs")

// leadIn is the person who is the subject of the sentence before a
// quotation in its paragraph, when that sentence quotes nobody: "The
// company's spokesperson, Dan Reed, was blunt. "We have done nothing
// wrong."".
func (d *doc) leadIn(r rawQuote) attribution {
	si := d.sentenceAt(r.open)
	if si == 0 || d.sents[si-1].Para != r.para || d.sents[si].Start < r.open && d.tokenAt(d.sents[si].Start) < d.tokenAt(r.open)-1 {
		return attribution{}
	}
	prev := d.sents[si-1]
	if containsAny(d.text[prev.Start:prev.End], "“\"") {
		return attribution{}
	}
	from := d.tokenAt(prev.Start)
	for i := d.firstMention(from); i < len(d.mentions) && d.mentions[i].from < from+8 && d.mentions[i].start < prev.End; i++ {
		m := &d.mentions[i]
		if m.actor >= 0 && d.actors[m.actor].Kind == "person" && !d.objectPosition(m) {
			return attribution{speaker: d.actors[m.actor].Name, named: true}
		}
	}
	// "She was blunt. "We did nothing wrong."": he or she opening it.
	if k := d.openingPronoun(from, d.tokenAt(prev.End)); k >= 0 {
		if name := d.resolvePronoun(d.low(k), prev.Start); name != "" {
			return attribution{speaker: name, named: true}
		}
	}
	return attribution{}
}

// introducedAt reports a speech verb right before token i, the opening
// mark of a quotation: `said, "`, `said: "`, `told reporters that "`.
func (d *doc) introducedAt(i int) bool {
	k := i - 1
	if k >= 0 && (d.tok(k) == "," || d.tok(k) == ":" || d.low(k) == "that") {
		k--
	}
	if k >= 0 && d.toks[k].sent == d.toks[i-1].sent && (d.class(k)&fSpeech != 0 || d.low(k) == "written") && d.low(k) != "according" {
		return true
	}
	// `said in a statement, "`, `said on Twitter: "`: a short phrase of
	// where it was said between the verb and the quotation.
	if i-1 < 0 || d.tok(i-1) != "," && d.tok(i-1) != ":" {
		return false
	}
	for j := k; j >= 0 && j >= k-4 && d.toks[j].sent == d.toks[i-1].sent && d.toks[j].word; j-- {
		if d.class(j)&fSpeech != 0 && d.low(j) != "according" {
			return j < k && prepositions[d.low(j+1)]
		}
	}
	return false
}

func (d *doc) nextOpen(from, end int) int {
	if i := indexAny(d.text[from:end], "“\""); i >= 0 {
		return from + i
	}
	return end
}

// nextCueOpen is nextOpen past a title of a few words quoted inside a
// cue: `"…," the "Pose" actor said`.
func (d *doc) nextCueOpen(from, end int) int {
	for n := 0; n < 3; n++ {
		o := d.nextOpen(from, end)
		if o >= end {
			return end
		}
		_, w := utf8.DecodeRuneInString(d.text[o:])
		c := indexAny(d.text[o+w:end], "”\"")
		if c < 0 {
			return o
		}
		inner := d.text[o+w : o+w+c]
		if countWordsTo(inner, 4) >= 4 || strings.ContainsAny(strings.TrimRight(inner, ".,!?"), ".!?") {
			return o
		}
		from = o + w + c + 1
	}
	return from
}

func (d *doc) prevClose(start, open int) int {
	end := open
	// A work's name quoted in title case is passed over: in `De Blasio,
	// on "Good Morning America" today, praised …` the cue reaches back
	// to De Blasio. At most three are passed.
	for n := 0; n < 3; n++ {
		i := strings.LastIndexAny(d.text[start:end], "”\"")
		if i < 0 {
			return start
		}
		o := strings.LastIndexAny(d.text[start:start+i], "“\"")
		if o < 0 {
			return start + i + 1
		}
		if !titleCased(d.text[start+o+1 : start+i]) {
			return start + i + 1
		}
		end = start + o
	}
	return end
}

// cueAfter reads ", Jones said", ", said Jones", ", a spokesperson told …",
// ", he added" and ", Geoffrey Berman, the U.S. attorney for …, said" in
// tokens [from, to).
func (d *doc) cueAfter(from, to int) attribution {
	// "…," according to Detective Sergeant Lisa Wong.
	k := from
	if k < to && d.tok(k) == "," {
		k++
	}
	if k+1 < to && d.low(k) == "according" && d.low(k+1) == "to" {
		if a := d.accordingTo(k+2, to); a.speaker != "" {
			return a
		}
	}
	// "…," the statement read: a statement reads out what it says.
	if k+2 < to && d.low(k) == "the" && statementNouns[d.low(k+1)] && (d.low(k+2) == "read" || d.low(k+2) == "reads") {
		if a := d.statementIssuer(k); a.speaker != "" {
			a.cue = d.tok(k + 2)
			return a
		}
	}
	for v := from; v < to && v < from+cueReach; v++ {
		// "…," Howard Gleckman, a senior fellow …, has written.
		hasWritten := d.low(v) == "written" && v > from && (d.low(v-1) == "has" || d.low(v-1) == "have" || d.low(v-1) == "had")
		if !d.speechAt(v) && !hasWritten && !d.statementReads(from, v) || !d.toks[v].word {
			continue
		}
		// "… required for a professor to write a textbook": an
		// infinitive is no cue.
		if v > from && d.low(v-1) == "to" {
			continue
		}
		cue := d.tok(v)
		if v >= from+12 {
			// Far from the quotation only a name right after it, then an
			// appositive, can be the speaker.
			a := d.speakerIn(from, min(from+4, v), false)
			if a.speaker != "" && a.named && d.appositiveTo(from, v) {
				a.cue = cue
				return a
			}
			// A name no list knows before a long appositive: "…,"
			// Ashuqullah, a professor of economics at the University of
			// Lagos, added.
			if !a.named {
				i := from
				if d.tok(i) == "," {
					i++
				}
				if name := d.appositiveName(i, v); name != "" {
					return attribution{speaker: name, named: true, cue: cue}
				}
			}
			// "…," a woman in her 20s who resold tickets for years told
			// reporters: or a person left unnamed, then a relative clause
			// on them that runs to the verb without a comma.
			if a.speaker != "" && !a.named && d.relativeBetween(from, min(from+8, v)) &&
				!strings.Contains(d.text[d.toks[from].start:d.toks[v].start], ",") {
				a.cue = cue
				return a
			}
			return attribution{}
		}
		// Speaker before the verb: "…," Jones said.
		if v > from {
			i := from
			if d.tok(i) == "," {
				i++
			}
			if name := d.appositiveName(i, v); name != "" {
				return attribution{speaker: name, named: true, cue: cue}
			}
			if a := d.speakerIn(from, v, true); a.speaker != "" {
				a.cue = cue
				return a
			}
		}
		// Speaker after the verb: "…," said Mayor Ruiz. Whoever is
		// told something listens ("…," the star told fans).
		if tellVerbs[d.low(v)] {
			return attribution{}
		}
		// "…," said Ali, a pseudonym, the leader of a mosque: a name the
		// actors do not hold there speaks, not the role after it.
		if name := d.onceNamed(v+1, to); name != "" {
			if mi := d.firstMention(v + 1); mi >= len(d.mentions) || d.mentions[mi].from != v+1 || d.mentions[mi].actor < 0 {
				return attribution{speaker: name, named: true, cue: cue}
			}
		}
		if name := d.bareNameAfter(v+1, to); name != "" {
			return attribution{speaker: name, named: true, cue: cue}
		}
		if a := d.speakerIn(v+1, min(to, v+8), false); a.speaker != "" {
			a.cue = cue
			return a
		}
		if name := d.onceNamed(v+1, to); name != "" {
			return attribution{speaker: name, named: true, cue: cue}
		}
		// "…?" said another: one more of the people the story has
		// quoted without names.
		if v+1 < to && d.low(v+1) == "another" && (v+2 >= len(d.toks) || !d.toks[v+2].word) {
			return attribution{speaker: "another", cue: cue}
		}
		return attribution{}
	}
	return attribution{}
}

// onceNamed reads a passer-by named once by one name right after the
// verb, then an age or a description: "shouted Manuel, 17,", "said Azar,
// a voter". Such a name is too thin to make an actor, but it is who
// spoke.
func (d *doc) onceNamed(i, to int) string {
	if i+2 >= to || !d.toks[i].cap || !d.toks[i].word || d.class(i) != 0 || d.tok(i+1) != "," {
		return ""
	}
	next := d.tok(i + 2)
	if lw := d.low(i + 2); lw != "a" && lw != "an" && (next[0] < '1' || next[0] > '9' || len(next) > 3) {
		return ""
	}
	return d.tok(i)
}

// signedAfter reads a quotation whose comma hands it to a person named
// right after it, then only an appositive to the end of the sentence,
// the verb left out: "“…,” Jay Rana, a vice president at Westwood." in
// tokens [from, to); cueAfter found no verb there.
func (d *doc) signedAfter(r rawQuote, from, to int) attribution {
	if !strings.HasSuffix(strings.TrimSpace(d.text[r.start:r.end]), ",") {
		return attribution{}
	}
	mi := d.firstMention(from)
	if mi >= len(d.mentions) || d.mentions[mi].from != from || d.mentions[mi].actor < 0 || d.actors[d.mentions[mi].actor].Kind != "person" {
		return attribution{}
	}
	m := &d.mentions[mi]
	if m.to+1 >= to || d.tok(m.to) != "," {
		return attribution{}
	}
	if lw := d.low(m.to + 1); lw != "a" && lw != "an" && lw != "the" {
		return attribution{}
	}
	// The sentence ends in the appositive, with no verb of its own.
	e := m.to + 1
	for e < to && d.toks[e].sent == d.toks[from].sent && d.tok(e) != "." {
		if d.class(e)&fSpeech != 0 || d.tok(e) == "," || isQuoteMark(d.tok(e)) {
			return attribution{}
		}
		e++
	}
	if e >= len(d.toks) || d.tok(e) != "." {
		return attribution{}
	}
	return attribution{speaker: d.mentionSpeaker(m), named: true}
}

// kinOf reads a person's mention m in the possessive followed, before
// token to, by a relative or a role that is theirs: "Okafor's wife",
// "Bird's two sons", "Hale's former lawyer". It returns those words, who
// the speaker is, unless a name follows them ("Okafor's wife, Mary,"
// and "Okafor's wife Mary Lee" are read as the name); else "".
func (d *doc) kinOf(m *mention, to int) string {
	desc, _ := d.kinSpan(m, to)
	return desc
}

// kinSpan is kinOf with the token after the description.
func (d *doc) kinSpan(m *mention, to int) (string, int) {
	if d.actors[m.actor].Kind != "person" || !possessive(d.tok(m.to-1)) {
		return "", 0
	}
	k := m.to
	// Up to one word between: "eldest", "two", "former".
	if k+1 < to && d.toks[k].word && !d.toks[k].cap && !kinNoun(d.low(k)) {
		k++
	}
	if k >= to || d.toks[k].cap || !kinNoun(d.low(k)) {
		return "", 0
	}
	if n := k + 1; n < len(d.toks) && d.toks[n].sent == d.toks[k].sent &&
		(d.toks[n].cap && d.toks[n].word || d.tok(n) == "," && n+1 < len(d.toks) && d.toks[n+1].cap) {
		return "", 0
	}
	return d.text[d.toks[m.from].start:d.toks[k].end], k + 1
}

// kinNoun reports a noun for a person's relative or for one who works for
// them, singular or plural.
func kinNoun(lw string) bool {
	if familyNouns[lw] || personRoles[lw] || plainPeople[lw] {
		return true
	}
	switch lw {
	case "parents", "family", "children", "relatives", "friends", "sons", "daughters", "brothers", "sisters":
		return true
	}
	return false
}

// bareNameAfter reads a name no actor holds that ends the sentence right
// after an inverted cue's verb at token i-1, perhaps after a few words
// describing it: "…," replied Cortana. "…," wrote German tech blog
// Gadgetwatch. The name is too thin to make an actor, but it is who
// spoke; "" when anything else stands there.
func (d *doc) bareNameAfter(i, to int) string {
	e := i
	for e < to && e < i+6 && d.toks[e].word && d.toks[e].sent == d.toks[i].sent {
		e++
	}
	// The sentence ends with the name.
	if e == i || e < len(d.toks) && d.toks[e].sent == d.toks[i].sent && d.tok(e) != "." {
		return ""
	}
	n := e
	for n > i && n > e-3 && d.toks[n-1].cap && d.class(n-1) == 0 && !isTitleWord(d.low(n-1)) {
		n--
	}
	if n == e {
		return ""
	}
	// What stands before the name describes it ("German tech blog"):
	// lower-case nouns and adjectives, or a nationality. A preposition
	// makes the name a place or platform of the speakers ("wrote
	// reviewers on Steam", "said workers at Halvorsen").
	for k := i; k < n; k++ {
		if d.toks[k].cap && demonyms[d.low(k)] == "" || !d.toks[k].cap && (d.class(k) != 0 || prepositions[d.low(k)]) {
			return ""
		}
	}
	if mi := d.firstMention(i); mi < len(d.mentions) && d.mentions[mi].from < e && d.mentions[mi].actor >= 0 {
		return ""
	}
	// "…," said United: the first word of an organisation named before.
	if n == e-1 && d.orgByFirstWord(d.low(n), n) != "" {
		return ""
	}
	return d.text[d.toks[n].start:d.toks[e-1].end]
}

// appositiveName reads a person the actor scan did not name, opening
// tokens [i, v) before the speech verb at v: two or three capitalised
// words, a comma, then an appositive holding a person's role ("Suren
// Thiru, ICAEW Chief Economist, said"; "Yael Selfin, Chief Economist at
// KPMG said"). The role, not the organisation in it, is who the words
// describe, and the name before it is who spoke.
func (d *doc) appositiveName(i, v int) string {
	k := i
	for k < v && k < i+3 && d.toks[k].word && d.toks[k].cap && d.class(k) == 0 && (strings.ToUpper(d.tok(k)) != d.tok(k) || isInitials(d.tok(k))) && !isTitleWord(d.low(k)) {
		k++
	}
	if k-i < 1 || k+2 >= v || !isAsideMark(d.tok(k)) {
		return ""
	}
	// One word is a name only before an aside that closes on the verb
	// and opens as a person's does ("Ashuqullah, a nurse, said";
	// "Ashuqullah, 34, said"): "Later, the minister said" opens a clause.
	// Right after a quotation no clause opens: "the" may open the aside
	// there ("“…,” Ashuqullah, the former finance minister, said").
	if k-i == 1 {
		afterQuote := i > 0 && (isQuoteMark(d.tok(i-1)) || i > 1 && d.tok(i-1) == "," && isQuoteMark(d.tok(i-2)))
		switch lw := d.low(k + 1); {
		case !isAsideMark(d.tok(v - 1)):
			return ""
		case lw == "a" || lw == "an" || lw == "one" || lw == "who" || isAgeWord(d.tok(k+1)):
		case lw == "the" && afterQuote:
		default:
			return ""
		}
	}
	// A person the actors hold is read as such by speakerIn; a name the
	// actor scan took for an organisation still opens the clause.
	if mi := d.firstMention(i); mi < len(d.mentions) && d.mentions[mi].from < k && d.mentions[mi].actor >= 0 &&
		(d.mentions[mi].from != i || d.mentions[mi].to != k || d.actors[d.mentions[mi].actor].Kind != "organization") {
		return ""
	}
	for j := k + 1; j < v; j++ {
		if isAsideMark(d.tok(j)) && j != v-1 || !d.toks[j].word && !isAsideMark(d.tok(j)) {
			return ""
		}
		// "one of the protesters", "a Malawian national": a role in the
		// plural, or a nationality, says the name is a person's too.
		// An age alone says it too ("Tran Van Duc, 34, said"), and so do
		// a relative clause for a person ("who lives nearby") and a
		// relation ("the victim's sister").
		if isRoleNoun(d.low(j)) || j > k+1 && nationalNouns[d.low(j)] && demonyms[d.low(j-1)] != "" ||
			j == k+1 && (j+2 == v && isAgeWord(d.tok(j)) || d.low(j) == "who" && isAsideMark(d.tok(v-1))) || familyNouns[d.low(j)] {
			return d.text[d.toks[i].start:d.toks[k-1].end]
		}
	}
	return ""
}

// accordingTo reads who "according to" at token i-2 cites, in [i, to).
func (d *doc) accordingTo(i, to int) attribution {
	if name := d.accordingName(i, to); name != "" {
		return attribution{speaker: name, named: true, cue: "according to"}
	}
	a := d.speakerIn(i, to, false)
	if a.speaker != "" {
		a.cue = "according to"
	}
	return a
}

// accordingName reads a name no list knows after "according to" at
// token i, then an appositive closed before token to: "According to
// Priyanka Raghunathan, a nurse, the town was warned".
func (d *doc) accordingName(i, to int) string {
	marks := 0
	for j := i; j < to && j < i+cueReach; j++ {
		if isAsideMark(d.tok(j)) {
			if marks++; marks == 2 {
				return d.appositiveName(i, j+1)
			}
		}
	}
	return ""
}

// accordingAfter reads "“sickness, navigational error …” are all thought
// to contribute, according to the Department of Conservation": a
// quotation of a few words or more that is the subject of a clause ending
// by naming its source, in tokens [from, to). A word or two in quotation
// marks is a term the clause uses, not what the source said.
func (d *doc) accordingAfter(r rawQuote, from, to int) attribution {
	if countWordsTo(d.text[r.start:r.end], 4) < 4 {
		return attribution{}
	}
	for v := from; v+2 < to && v < from+16; v++ {
		if d.tok(v) == "," && d.low(v+1) == "according" && d.low(v+2) == "to" {
			if a := d.speakerIn(v+3, to, false); a.speaker != "" {
				a.cue = "according to"
				return a
			}
			break
		}
	}
	return attribution{}
}

// trailingCue reads the cue that ends a sentence opened by a quotation
// its own words go on from: "“We’re in a period where chains gain” as
// much as 15% of market share, McCarthy said of the industry", "“These
// findings could be significant” for revising standards, Joost van Hoof
// of Fontys University writes". The name after the sentence's last comma
// before the verb is its subject; cueAfter reads the nearer cues.
func (d *doc) trailingCue(r rawQuote, from, to int) attribution {
	if countWordsTo(d.text[r.start:r.end], 4) < 4 || d.sents[d.sentenceAt(r.open)].Start != r.open {
		return attribution{}
	}
	for v := from + 1; v < to && v < from+cueReach; v++ {
		if !d.speechAt(v) || !d.toks[v].word {
			continue
		}
		// "…, McCarthy said that …" reports speech of its own.
		if v+1 < len(d.toks) && (d.low(v+1) == "that" || d.tok(v+1) == ":" || isQuoteMark(d.tok(v+1))) {
			return attribution{}
		}
		c := v - 1
		for c > from && c > v-14 && d.tok(c) != "," {
			c--
		}
		if d.tok(c) != "," {
			return attribution{}
		}
		mi := d.firstMention(c + 1)
		if mi >= len(d.mentions) || d.mentions[mi].from != c+1 || d.mentions[mi].actor < 0 {
			return attribution{}
		}
		m := &d.mentions[mi]
		if k := d.actors[m.actor].Kind; k != "person" && k != "organization" {
			return attribution{}
		}
		return attribution{speaker: d.mentionSpeaker(m), named: true, cue: d.tok(v)}
	}
	return attribution{}
}

// speechAt reports a speech verb at token i, or the first word of a
// phrasal one ("pointed out", "went on", "hit back").
func (d *doc) speechAt(i int) bool {
	if d.class(i)&fSpeech != 0 {
		return true
	}
	if i+1 >= len(d.toks) || d.toks[i].cap {
		return false
	}
	switch d.low(i) {
	case "pointed", "points":
		return d.low(i+1) == "out"
	case "went", "goes":
		// "he went on." and "she went on to say", not "went on to win"
		// or "went on a tour": what follows tells talk from travel.
		if d.low(i+1) != "on" {
			return false
		}
		k := i + 2
		return k >= len(d.toks) || !d.toks[k].word ||
			d.low(k) == "to" && k+1 < len(d.toks) && d.class(k+1)&fSpeech != 0
	case "hit", "hits", "shot", "fired":
		return d.low(i+1) == "back"
	case "chimed", "chimes":
		return d.low(i+1) == "in"
	case "summed", "sums":
		return d.low(i+1) == "up"
	}
	return false
}

// statementReads reports "read" or "reads" at token v after a statement
// noun in [from, v): "…," a statement from the club read.
func (d *doc) statementReads(from, v int) bool {
	if lw := d.low(v); lw != "read" && lw != "reads" {
		return false
	}
	for k := v - 1; k >= from && k >= v-6; k-- {
		if statementNouns[d.low(k)] {
			return true
		}
	}
	return false
}

// passiveAux before a speech verb's participle make it passive.
var passiveAux = wordSet("passiveAux")

// tellVerbs take the listener as their object: no speaker follows them.
var tellVerbs = wordSet("tellVerbs")

// targetVerbs take the one spoken to or about as their object ("mocked
// Lund, his rival"): a name after them is no inverted cue's speaker.
var targetVerbs = wordSet("targetVerbs")

// nationalNouns follow a nationality to make a person ("a Malawian
// national").
var nationalNouns = wordSet("nationalNouns")

// appositiveTo reports that tokens [from, v) are a name, then an aside set
// off by commas, then the verb: ", Geoffrey Berman, the U.S. attorney …, said".
func (d *doc) appositiveTo(from, v int) bool {
	if v-1 > from && isAsideMark(d.tok(v-1)) && strings.ContainsAny(d.text[d.toks[from].start:d.toks[v-1].start], ",—–") {
		return true
	}
	// "…," Kurinji Selvaraj, a research analyst at the Council on Energy,
	// Environment and Water think tank told CBS News: an appositive opened
	// by "a", "an" or "the" may run to the verb without a closing comma.
	for k := from + 2; k < from+6 && k+1 < v; k++ {
		if d.tok(k) == "," {
			switch d.low(k + 1) {
			case "a", "an", "the":
				return true
			}
			return false
		}
	}
	return false
}

// cueBefore reads "Jones said:", "she stated,", "According to Jones,",
// "Jones warned that the cost" in tokens [from, to), nearest cue first.
func (d *doc) cueBefore(from, to int) attribution {
	return d.cueBeforeN(from, to, 3)
}

// cueBeforeN is cueBefore reading at most maxCues speech cues, the
// nearest first.
func (d *doc) cueBeforeN(from, to, maxCues int) attribution {
	from = max(from, to-cueReach)
	// The nearest cues name the speaker if any does; a run of many cues
	// (a list of quotations in one sentence) is not read to its start.
	cues := 0
	for v := to - 1; v >= from && cues < maxCues; v-- {
		w := d.tok(v)
		lw := d.low(v)
		if lw == "according" && v+1 < to && d.tok(v+1) == "to" {
			if a := d.accordingTo(v+2, to); a.speaker != "" {
				return a
			}
			continue
		}
		if lw == "words" && v > from {
			// In Dr. Shadlen's words, "…"
			if a := d.speakerIn(from, v, true); a.speaker != "" {
				a.cue = "words"
				return a
			}
		}
		// "As Gaiman put it, “…”"
		putIt := lw == "put" && v+1 < to && d.low(v+1) == "it"
		// "Lorenz had written, “…”": written introduces only what follows.
		written := lw == "written" && v+2 == to && (d.tok(v+1) == "," || d.tok(v+1) == ":")
		if (!d.speechAt(v) && !putIt && !written) || !d.toks[v].word {
			continue
		}
		// "the town was warned: “…”": a speech verb in the passive names
		// who heard, not who spoke; "According to X" before it may.
		if v > from && passiveAux[d.low(v-1)] && (strings.HasSuffix(lw, "ed") || lw == "told") {
			continue
		}
		// "asked pupils to write “…”": words still to be written are
		// no cue; "went on to say “…”" is one.
		if v > from && d.low(v-1) == "to" && lw != "say" && lw != "tell" {
			continue
		}
		cues++
		// "As Albert, a pseudonym for an AA member, told me": a person
		// named once by one name, then an appositive, opens the clause.
		s := from
		if d.low(s) == "as" {
			s++
		}
		if name := d.appositiveName(s, v); name != "" {
			return attribution{speaker: name, named: true, cue: w}
		}
		if s < v {
			if mi := d.firstMention(s); (mi >= len(d.mentions) || d.mentions[mi].from != s || d.mentions[mi].actor < 0) &&
				s+3 < v && strings.Contains(d.text[d.toks[s+3].start:d.toks[v].start], ",") {
				if name := d.onceNamed(s, v); name != "" {
					return attribution{speaker: name, named: true, cue: w}
				}
			}
		}
		// "He urged Mr. Trump to act, saying …": a participle after a
		// comma speaks for the subject of the clause, not the name nearest.
		nearest := !(strings.HasSuffix(lw, "ing") && v > from && d.tok(v-1) == ",")
		subj := from
		if !nearest {
			// "Trump suffered a setback when Twitter suspended his
			// account, citing …": the clause the participle closes is
			// the one a subordinating word opened, with a name for
			// subject.
			for k := v - 2; k > from && k > v-cueReach; k-- {
				if subordinators[d.low(k)] && !d.toks[k].cap {
					if mi := d.firstMention(k + 1); mi < len(d.mentions) && d.mentions[mi].from == k+1 && d.mentions[mi].actor >= 0 {
						subj = k + 1
					}
					break
				}
			}
		}
		if a := d.speakerIn(subj, v, nearest); a.speaker != "" {
			a.cue = w
			return a
		}
		if a := d.speakerIn(v+1, to, false); a.speaker != "" && d.inverted(v) {
			a.cue = w
			return a
		}
	}
	// A colon introduction with any verb: "Parnell underscored the threat: "…"".
	if to-1 >= from && d.tok(to-1) == ":" {
		if a := d.speakerIn(from, to-1, false); a.speaker != "" {
			a.cue = "stated"
			return a
		}
	}
	return attribution{}
}

// speakerIn finds the speaker named in tokens [from, to): an actor's
// mention, a pronoun resolved to the last person named, or a description
// of an unnamed speaker ("senior intelligence official"). nearEnd prefers
// the candidate closest to the end of the range (the verb).
func (d *doc) speakerIn(from, to int, nearEnd bool) attribution {
	if from >= to {
		return attribution{}
	}
	var best, person, object, country, outlet *mention
	for i := d.firstMention(from); i < len(d.mentions) && d.mentions[i].from < to; i++ {
		m := &d.mentions[i]
		if m.actor < 0 {
			// "…," writes the Associated Press; "Reuters reported": an
			// outlet that is the cue's subject speaks for itself.
			if m.kind == "outlet" && outlet == nil && (nearEnd && d.subjectOfVerb(m, to) || !nearEnd && m.from <= from+1) {
				outlet = m
			}
			continue
		}
		k := d.actors[m.actor].Kind
		if k == "place" && nearEnd && d.subjectOfVerb(m, to) {
			country = m
		}
		if k != "person" && k != "organization" {
			continue
		}
		if nearEnd && k == "person" && d.objectPosition(m) {
			// "he called Omar a terrorist and said": the one called
			// does not speak, unless nobody else can.
			object = m
			continue
		}
		// "Marsh praised the NYPD's response and said": nor does a body
		// a verb of the subject's takes as its object.
		if nearEnd && k == "organization" && d.verbObject(m) {
			if object == nil {
				object = m
			}
			continue
		}
		// "Miguel Garay, 78, a Miamian who came from Cuba's Pinar del
		// Rio said:": a name inside a relative clause on the person
		// before it is not the verb's subject.
		// "Roy Cooper, a Democrat challenging McCrory for governor,
		// said": nor is one inside an appositive closed before it.
		if nearEnd && best != nil && d.actors[best.actor].Kind == "person" &&
			(d.relativeBetween(best.to, m.from) || d.appositiveHolds(best, m, to)) {
			continue
		}
		if best == nil || nearEnd {
			best = m
		}
		if k == "person" && !d.objectPosition(m) && (person == nil || nearEnd) {
			person = m
		}
		if !nearEnd {
			// "responded NASA administrator Jim Bridenstine": the person
			// the organisation's role noun introduces speaks.
			if p := d.memberAfter(i, to); k == "organization" && p != nil {
				best = p
			} else if p := d.holderAfter(i, to); k == "organization" && p != nil {
				best = p
			}
			break
		}
	}
	// "Dr. Amira Haddad, a labour economist at Leeds University, says": the
	// person, not the organisation in the appositive, speaks.
	// "Joost Berg of Delft University writes", "Sam Reed at Barclays
	// told clients": nor does the one the person is of, at or from.
	if nearEnd && person != nil && best != person && d.actors[best.actor].Kind == "organization" &&
		(strings.ContainsAny(d.text[d.toks[person.from].start:d.toks[best.from].start], ",—–") || d.memberOf(person, best)) {
		best = person
	}
	// A pronoun in the subject's place: "he said", "said she", "She stated,".
	for i := from; i < to; i++ {
		if d.class(i)&fPronoun == 0 {
			continue
		}
		lw := d.low(i)
		if lw == "his" || lw == "her" || lw == "him" || lw == "its" || lw == "their" || lw == "them" {
			continue
		}
		if k := d.firstMention(i); k < len(d.mentions) && d.mentions[k].from == i {
			continue // "He Jianxiong said": a name, not a pronoun
		}
		if best != nil && ((nearEnd && best.from > i) || (!nearEnd && best.from < i)) {
			continue
		}
		if !d.subjectPronoun(i, from) {
			continue
		}
		if lw == "they" {
			if desc := d.theyGroup(d.toks[i].start); desc != "" {
				return attribution{speaker: desc}
			}
		}
		// `"…," he added` opening a paragraph: the last speaker goes on,
		// whoever the narration between named.
		if a := d.lastSpeaker; a >= 0 && d.continuesAt(i) && d.opensParaQuoted(i) && lw != "they" && lw != "it" && d.actors[a].Kind == "person" {
			if !genderClash(pronouns[lw], d.actorGender(a)) {
				return attribution{speaker: d.actors[a].Name, named: true}
			}
		}
		if desc := d.unnamedAntecedent(lw, i); desc != "" {
			return attribution{speaker: desc}
		}
		if name := d.resolvePronoun(lw, d.toks[i].start); name != "" {
			return attribution{speaker: name, named: true}
		}
	}
	// "…," American said / said United: an organisation named before by
	// its first word alone.
	if best == nil {
		k := to - 1
		if !nearEnd {
			k = from
		}
		if k >= from && k < to && d.toks[k].cap && d.toks[k].word && (nearEnd || k+1 == to || !d.toks[k+1].cap) {
			if name := d.orgByFirstWord(d.low(k), k); name != "" {
				return attribution{speaker: name, named: true}
			}
		}
	}
	// "the 56-year-old said": the person named last, described by age.
	if best == nil {
		if name := d.ageSpeaker(from, to); name != "" {
			return attribution{speaker: name, named: true}
		}
	}
	// "the company said", "the production company said": the
	// organisation named last.
	if best == nil {
		for i := from; i+1 < to; i++ {
			if d.class(i)&fDeterminer == 0 || d.low(i) != "the" && d.low(i) != "its" {
				continue
			}
			b := i + 1
			for b < to-1 && b < i+3 && d.toks[b].word && !d.toks[b].cap && !speakingBodies[d.low(b)] && d.class(b)&fSpeech == 0 {
				b++
			}
			if speakingBodies[d.low(b)] && !d.toks[b].cap && (b == i+1 || b+1 < len(d.toks) && d.class(b+1)&fSpeech != 0) {
				// "The defense restated its objection", "the prosecution
				// said": a side in court speaks by its noun, whichever
				// organisation was named last.
				if lb := d.low(b); b == i+1 && d.low(i) == "the" && courtSides[lb] {
					return attribution{speaker: lb}
				}
				// "the production company": the organisation whose name
				// has that word ("Dick Clark Productions").
				// "the hospital": one whose name has that word
				// ("St Mary's Hospital").
				for k := i + 1; k <= b; k++ {
					if name := d.orgNamedWith(d.low(k), d.toks[i].start); name != "" {
						return attribution{speaker: name, named: true}
					}
				}
				// "the news agency said", "the newspaper said": the news
				// outlet named last.
				if lb := d.low(b); newsBodies[lb] || b > i+1 && d.low(b-1) == "news" {
					if name := d.outletBefore(i); name != "" {
						return attribution{speaker: name, named: true}
					}
				}
				if name := d.resolvePronoun("it", d.toks[i].start); name != "" {
					return attribution{speaker: name, named: true}
				}
				// "The union vowed": a body the article does not name
				// speaks by its noun.
				if b+1 < len(d.toks) && d.class(b+1)&fSpeech != 0 && b+1 == to {
					return attribution{speaker: d.text[d.toks[i+1].start:d.toks[b].end]}
				}
			}
		}
	}
	// "the statement read", "The statement, which was obtained by
	// Variety, claimed": whoever issued the statement.
	if best == nil {
		for i := from; i+1 < to; i++ {
			if d.class(i)&fDeterminer != 0 && d.low(i) == "the" && statementNouns[d.low(i+1)] && (i == from || d.tok(i-1) == "," || d.class(i-1)&fSpeech != 0) {
				if a := d.statementIssuer(i); a.speaker != "" {
					return a
				}
			}
		}
	}
	// "a foreign ministry statement said": the body whose statement it is.
	if best == nil {
		for i := from; i+2 < to; i++ {
			if lw := d.low(i); d.class(i)&fDeterminer == 0 || lw != "a" && lw != "an" && lw != "the" {
				continue
			}
			k := i + 1
			for k < to && k < i+5 && d.toks[k].word && !d.toks[k].cap && !statementNouns[d.low(k)] {
				k++
			}
			if k < to && k > i+1 && statementNouns[d.low(k)] && speakingBodies[d.low(k-1)] {
				if name := d.orgNamedWith(d.low(k-1), d.toks[i].start); name != "" {
					return attribution{speaker: name, named: true}
				}
				return attribution{speaker: d.text[d.toks[i+1].start:d.toks[k-1].end]}
			}
		}
	}
	// "a Pentagon spokesperson said", "one Weibo commenter said": the
	// organisation's spokesperson, member or user, unnamed.
	if best != nil && d.actors[best.actor].Kind == "organization" && best.to < to && !d.toks[best.to].cap &&
		(strings.HasPrefix(d.low(best.to), "spokes") || personRoles[d.low(best.to)] && best.to+1 < len(d.toks) && d.class(best.to+1)&fSpeech != 0) {
		return attribution{speaker: d.actors[best.actor].Name + " " + d.low(best.to)}
	}
	// "Okafor's wife said", "said the driver's two sons": the person in
	// the possessive is whose relative or aide speaks, not the speaker.
	if best != nil {
		if desc := d.kinOf(best, to); desc != "" {
			return attribution{speaker: desc}
		}
	}
	if best != nil {
		// "a spokesperson for the Pentagon": the name is not the speaker
		// when a role noun stands before it.
		// "press secretary Josh Earnest said": a role right before a
		// person's name is the person's.
		// Only the role in the name's own clause counts: not "to the
		// president" in "In a letter to the president, Zippy Duvall … said".
		// An aside set off by dashes closes a clause too: "In a
		// statement — a day after an aide resigned — the OPP said".
		clause := from
		for k := best.from - 1; k > from && !d.objectPosition(best); k-- {
			if d.tok(k) == "," || isDash(d.tok(k)) {
				clause = k + 1
				break
			}
		}
		// "JPL scientist and study co-author Michael Malaska said": a
		// person named right before the verb is its subject, whatever
		// roles precede the name.
		subject := d.actors[best.actor].Kind == "person" && best.to == to && !d.objectPosition(best)
		if desc := d.describeLower(clause, best.from); desc == "" || !nearEnd || subject || d.roleBeside(best) {
			return attribution{speaker: d.mentionSpeaker(best), named: true}
		}
	}
	if best == nil {
		if desc := d.informedPerson(from, to); desc != "" {
			return attribution{speaker: desc}
		}
	}
	if desc := d.describe(from, to); desc != "" {
		// "the president said": the one person the article gives that
		// role.
		if name := d.actorByRole(desc); name != "" {
			return attribution{speaker: name, named: true}
		}
		if name := d.epithetSpeaker(from, to, desc); name != "" {
			return attribution{speaker: name, named: true}
		}
		// "said the European Ryder Cup player": names of places, teams
		// and events qualify the role noun.
		if k := strings.LastIndexByte(desc, ' '); k > 0 && allCapitalised(desc[:k]) {
			if name := d.epithetSpeaker(from, to, desc[k+1:]); name != "" {
				return attribution{speaker: name, named: true}
			}
		}
		return attribution{speaker: desc}
	}
	if best != nil {
		return attribution{speaker: d.mentionSpeaker(best), named: true}
	}
	if object != nil {
		return attribution{speaker: d.actors[object.actor].Name, named: true}
	}
	// "China said", "The UK has urged": a country speaks for its
	// government, named as the article names it.
	if country != nil {
		return attribution{speaker: strings.TrimPrefix(country.name, "The "), named: true}
	}
	if outlet != nil {
		name := strings.TrimPrefix(trimPossessive(outlet.name), "The ")
		if o, ok := lookupOutlet(name); ok {
			name = o.name
		}
		return attribution{speaker: name, named: true}
	}
	return attribution{}
}

// orgByFirstWord returns the organisation named last before token i,
// within the antecedent's reach, whose name of two or more words opens
// with the word lw ("American" for American Airlines), or "".
func (d *doc) orgByFirstWord(lw string, i int) string {
	hi := d.firstMention(i)
	for mi := hi - 1; mi >= 0 && mi >= hi-antecedentReach; mi-- {
		m := &d.mentions[mi]
		if m.actor < 0 || d.actors[m.actor].Kind != "organization" {
			continue
		}
		name := d.actors[m.actor].Name
		if first, rest, ok := strings.Cut(name, " "); ok && rest != "" && strings.EqualFold(first, lw) {
			return name
		}
	}
	return ""
}

// memberOf reports a person written right before "of", "at" or "from"
// and the organisation m, a few words on: "Maria Lund of the Karolinska
// Institute", "van Hoof of the Netherlands’ Fontys University".
func (d *doc) memberOf(p, m *mention) bool {
	k := p.to
	if k >= m.from || m.from-k > 4 {
		return false
	}
	switch d.low(k) {
	case "of", "at", "from":
		return true
	}
	return false
}

// outletBefore returns the news outlet named last before token i, within
// the antecedent's reach, as the article names it; else "".
func (d *doc) outletBefore(i int) string {
	for k := d.firstMention(i) - 1; k >= 0 && d.mentions[k].from >= i-antecedentReach; k-- {
		m := &d.mentions[k]
		if d.insideQuote(m.start) {
			continue
		}
		if m.actor >= 0 && d.actors[m.actor].Kind == "organization" {
			if _, ok := lookupOutlet(d.actors[m.actor].Name); ok {
				return d.actors[m.actor].Name
			}
		}
		if m.actor < 0 && m.kind == "outlet" {
			name := strings.TrimPrefix(trimPossessive(m.name), "The ")
			if o, ok := lookupOutlet(name); ok {
				name = o.name
			}
			return name
		}
	}
	return ""
}

// headingName reads the person a paragraph of the shape `Name: "…"`
// names before its quotation, by full name or by a surname that one
// person named in the article has; "" for other paragraphs. Headings
// propose no actors, so the name is looked up among those found.
func (d *doc) headingName(r rawQuote) string {
	p := d.paras[r.para-1]
	head := strings.TrimSpace(d.text[p.Start:r.open])
	name, ok := strings.CutSuffix(head, ":")
	if !ok || name == "" || len(name) > 40 || strings.TrimSpace(d.text[r.close:p.End]) != "" {
		return ""
	}
	for _, w := range strings.Fields(name) {
		if c := w[0]; c < 'A' || c > 'Z' {
			return ""
		}
	}
	found := ""
	for i := range d.actors {
		a := &d.actors[i]
		if a.Kind != "person" || a.Name != name && surname(a.Name) != name {
			continue
		}
		if found != "" {
			return ""
		}
		found = a.Name
	}
	return found
}

// appositiveHolds reports that mention m stands inside an appositive on
// the person b: a comma and a lower-case word right after b's name, and a
// comma closing the appositive after m and before token to. The
// appositive may open with m itself in the possessive: "Ivana Petrova,
// Greer's deputy chief of staff, said".
func (d *doc) appositiveHolds(b, m *mention, to int) bool {
	if b.to >= len(d.toks) || !isAsideMark(d.tok(b.to)) {
		return false
	}
	owner := m.from == b.to+1 && possessive(d.tok(m.to-1)) && m.to < to && !d.toks[m.to].cap && d.toks[m.to].word
	if !owner && (b.to+1 >= m.from || d.toks[b.to+1].cap || !d.toks[b.to+1].word) {
		return false
	}
	for k := m.to; k < to; k++ {
		if isAsideMark(d.tok(k)) {
			return true
		}
	}
	return false
}

// relativeBetween reports a relative pronoun for a person ("who",
// "whose") among tokens [from, to).
func (d *doc) relativeBetween(from, to int) bool {
	for k := from; k < to; k++ {
		if lw := d.low(k); lw == "who" || lw == "whose" {
			return true
		}
	}
	return false
}

// subjectOfVerb reports a mention standing right before the speech verb
// at token v, with at most an auxiliary between ("China has urged").
func (d *doc) subjectOfVerb(m *mention, v int) bool {
	k := m.to
	if k < v && (d.low(k) == "has" || d.low(k) == "have" || d.low(k) == "also" || d.low(k) == "had") {
		k++
	}
	return k == v
}

// clauseEnd returns the token after the comma that closes a clause
// opened at token i by a subordinating word ("when he returns to
// Liberia,"), or 0 when none is opened there or it runs past to.
func (d *doc) clauseEnd(i, to int) int {
	if i < to && isQuoteMark(d.tok(i)) {
		i++
	}
	if i >= to || !subordinators[d.low(i)] {
		return 0
	}
	for k := i + 1; k < to && k < i+12; k++ {
		if d.tok(k) == "," {
			return k + 1
		}
		if !d.toks[k].word {
			return 0
		}
	}
	return 0
}

// subordinators open a clause of time, reason or condition.
var subordinators = wordSet("subordinators")

// inverted reports whether the words after the speech verb at v can
// name its speaker ("said Mr Hale", "said the mayor", "says one
// official", "said he"): a speaker after the verb starts there. Words of
// another kind open what was said ("said moving the workers out was a
// \"breach\""), and no one named inside it speaks.
func (d *doc) inverted(v int) bool {
	if v+1 >= len(d.toks) {
		return false
	}
	w := v + 1
	if d.tok(w) == "," && w+1 < len(d.toks) {
		w++ // "said, according to …" is read elsewhere; "said, Mr Hale" is rare but plain
	}
	return d.toks[w].cap || d.class(w)&(fDeterminer|fRole|fPronoun) != 0 || !d.toks[w].word
}

// holderAfter returns the person set off by commas right after mention
// i when a role noun owns it: "The leader of Ennahda, Rachid Ghannouchi,
// said" — the organisation only says whose leader speaks. Otherwise nil.
func (d *doc) holderAfter(i, to int) *mention {
	if i+1 >= len(d.mentions) {
		return nil
	}
	m, p := &d.mentions[i], &d.mentions[i+1]
	if p.from >= to || p.actor < 0 || d.actors[p.actor].Kind != "person" || p.from != m.to+1 || d.tok(m.to) != "," {
		return nil
	}
	k := m.from - 1
	if k >= 0 && d.low(k) == "the" {
		k--
	}
	if k < 1 || d.low(k) != "of" && d.low(k) != "for" {
		return nil
	}
	if d.class(k-1)&fRole == 0 && !isTitleWord(d.low(k-1)) {
		return nil
	}
	return p
}

// memberAfter returns the person named right after mention i behind
// lower-case role words ("NASA administrator Jim Bridenstine"), or nil.
func (d *doc) memberAfter(i, to int) *mention {
	if i+1 >= len(d.mentions) {
		return nil
	}
	m, p := &d.mentions[i], &d.mentions[i+1]
	if p.from >= to || p.actor < 0 || d.actors[p.actor].Kind != "person" || p.from-m.to > 3 {
		return nil
	}
	// "NASA's Steve Clarke": the organisation's own person.
	if p.from == m.to {
		if w := d.tok(m.to - 1); trimPossessive(w) != w {
			return p
		}
		return nil
	}
	for k := m.to; k < p.from; k++ {
		if d.toks[k].cap || !d.toks[k].word {
			// "White House Press Secretary Stephanie Grisham": a title of
			// one word or of two.
			if k+1 < p.from && isTitleWord(d.low(k)+" "+d.low(k+1)) {
				k++
				continue
			}
			if !isTitleWord(d.low(k)) {
				return nil
			}
			continue
		}
		if !personRoles[d.low(k)] && !memberRole(d.low(k)) && !d.toks[k].cap {
			if _, ok := titles[d.low(k)]; !ok {
				return nil
			}
		}
	}
	return p
}

// nearbyOrg is the organisation named last before off in the same or the
// previous sentence.
func (d *doc) nearbyOrg(off int) string {
	s := d.sentenceAt(off)
	offTok := d.tokenAt(off)
	lo := max(d.tokenAt(d.sents[max(0, s-1)].Start), offTok-antecedentReach)
	name := ""
	for i := d.firstMention(lo); i < len(d.mentions) && d.mentions[i].start < off; i++ {
		if m := d.mentions[i]; m.actor >= 0 && d.actors[m.actor].Kind == "organization" {
			name = d.actors[m.actor].Name
		}
	}
	return name
}

// objectPosition reports a mention standing after a preposition or an
// object-taking verb ("met with Morales", "told Jones"), so not the subject.
func (d *doc) objectPosition(m *mention) bool {
	if d.possessorOfNext(m) {
		return true
	}
	k := m.from - 1
	for k >= 0 && d.toks[k].cap && isTitleWord(d.low(k)) {
		k--
	}
	if k < 0 || d.toks[k].sent != d.toks[m.from].sent {
		return false
	}
	lw := d.low(k)
	// "As Keith Humphreys told me": "as" opening the sentence opens a
	// clause whose subject the name is.
	if lw == "as" && d.toks[k].cap && !possessive(d.tok(m.to-1)) {
		return false
	}
	return prepositions[lw] && lw != "that" && lw != "who" && lw != "which" || objectVerbs[lw]
}

// possessorOfNext reports a person's mention in the possessive that owns
// the next person named, a word or two of kin or role between: in
// "Mr. Curtis's brother Jack said" and "Broussard's friend Shirley
// Williams wrote" the second person is the subject, not the first.
func (d *doc) possessorOfNext(m *mention) bool {
	if m.actor < 0 || d.actors[m.actor].Kind != "person" || !possessive(d.tok(m.to-1)) {
		return false
	}
	i := d.firstMention(m.to)
	if i >= len(d.mentions) {
		return false
	}
	n := &d.mentions[i]
	if n.from > m.to+2 || n.actor < 0 || d.actors[n.actor].Kind != "person" || d.toks[n.from].sent != d.toks[m.from].sent {
		return false
	}
	for k := m.to; k < n.from; k++ {
		if d.toks[k].cap || !d.toks[k].word {
			return false
		}
	}
	return true
}

// objectVerbs take a person as their object.
var objectVerbs = wordSet("objectVerbs")

// insideQuote reports whether off lies inside a quotation.
func (d *doc) insideQuote(off int) bool {
	qs := d.quotations()
	i := sort.Search(len(qs), func(i int) bool { return qs[i].start > off })
	return i > 0 && off < qs[i-1].end
}

// roleBeside reports a person's mention with a lower-case role noun right
// before it ("press secretary Josh Earnest"), titles between allowed.
func (d *doc) roleBeside(m *mention) bool {
	if d.actors[m.actor].Kind != "person" {
		return false
	}
	k := m.from - 1
	for k >= 0 && d.toks[k].cap && isTitleWord(d.low(k)) {
		k--
	}
	if k >= 1 && d.tok(k) == "," {
		// "Its leader, Marco Bellini, said"
		k--
	}
	return k >= 0 && !d.toks[k].cap && personRoles[d.low(k)]
}

// orgAfter returns the organisation named right after a role noun by "for",
// "at", "of" or "with" ("spokesperson for the Pentagon"), or "".
func (d *doc) orgAfter(i int) string {
	if i+1 >= len(d.toks) {
		return ""
	}
	switch d.tok(i) {
	case "for", "at", "of", "with":
	default:
		return ""
	}
	k := i + 1
	if d.tok(k) == "the" {
		k++
	}
	for i := d.firstMention(k); i < len(d.mentions) && d.mentions[i].from == k; i++ {
		if m := d.mentions[i]; m.actor >= 0 && d.actors[m.actor].Kind == "organization" {
			return d.actors[m.actor].Name
		}
	}
	return ""
}

// speakingBodies are nouns that stand for an organisation named before
// ("the company said", "the ministry added").
var speakingBodies = wordSet("speakingBodies")

// courtSides are the sides of a trial, who speak by their noun ("the
// prosecution said"); newsBodies, a news outlet ("the newspaper said").
var (
	courtSides = wordSet("courtSides")
	// sayingNouns report what someone said as a thing of theirs ("the
	// committee’s view", "the prosecution’s request").
	sayingNouns = wordSet("sayingNouns")
	newsBodies  = wordSet("newsBodies")
)

// isInitials reports a name's initials written as one word: "J.R.",
// "K.", not an acronym ("NHS").
func isInitials(w string) bool {
	if len(w) < 2 || len(w) > 6 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; i%2 == 0 && (c < 'A' || c > 'Z') || i%2 == 1 && c != '.' {
			return false
		}
	}
	return true
}

// isAgeWord reports a person's age written alone or as "34-year-old".
func isAgeWord(w string) bool {
	return isAge(w) || w != "" && len(w) <= 3 && w[0] != '0' && isNumber(w)
}

// isAsideMark reports a comma or a dash that can set off an appositive:
// "Tom Baker, a nurse, said" and "Tom Baker — a nurse — said" alike.
func isAsideMark(w string) bool { return w == "," || w == "—" || w == "–" }

func isDash(w string) bool { return w == "—" || w == "–" || w == "-" || w == "--" }

// allCapitalised reports that every word of s starts with a capital.
func allCapitalised(s string) bool {
	for _, w := range strings.Fields(s) {
		if !unicode.IsUpper(firstRune(w)) {
			return false
		}
	}
	return true
}

// genderClash reports a pronoun's gender want that a person's known
// gender g contradicts.
func genderClash(want, g string) bool { return want == "m" && g == "f" || want == "f" && g == "m" }
