package extract

import (
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// openCue is one cue of data/openpoints.txt: its words, its class and its
// rank in the file.
type openCue struct {
	words []string
	class int
	rank  int
}

// cueClass is a class of open-point cues and the weight it adds to a
// sentence's score.
type cueClass struct {
	name   string
	weight int
}

// openThreshold is the score that makes a sentence an open point.
const openThreshold = 2

// cueClasses and cuesByWord hold data/openpoints.txt: the classes in file
// order, and the cues indexed by their first word.
var cueClasses, cuesByWord = loadOpenCues("openpoints.txt")

// loadOpenCues reads "[class weight]" headers, each followed by one cue a
// line; "|" separates alternative words and "_" joins the words of one
// alternative.
func loadOpenCues(name string) ([]cueClass, map[string][]openCue) {
	b, err := dataFS.ReadFile("data/" + name)
	if err != nil {
		panic("extract: missing embedded " + name)
	}
	var classes []cueClass
	byWord := map[string][]openCue{}
	rank := 0
	for _, line := range strings.Split(string(b), "\n") {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]") {
			f := strings.Fields(line[1 : len(line)-1])
			w, err := strconv.Atoi(f[len(f)-1])
			if len(f) != 2 || err != nil {
				panic("extract: " + name + ": bad class header " + line)
			}
			if len(classes) == 64 {
				panic("extract: " + name + ": more than 64 classes") // cueScore keeps them in a bit set
			}
			classes = append(classes, cueClass{name: f[0], weight: w})
			continue
		}
		if len(classes) == 0 {
			panic("extract: " + name + ": cue before any class")
		}
		for _, ws := range expandCue(strings.Fields(line)) {
			byWord[ws[0]] = append(byWord[ws[0]], openCue{words: ws, class: len(classes) - 1, rank: rank})
			rank++
		}
	}
	return classes, byWord
}

// expandCue spells out the alternatives of a cue's fields: "did_not|didn't
// respond|reply" gives "did not respond", "did not reply", "didn't respond"
// and "didn't reply".
func expandCue(fields []string) [][]string {
	out := [][]string{nil}
	for _, f := range fields {
		var next [][]string
		for _, prefix := range out {
			for _, alt := range strings.Split(f, "|") {
				ws := append(append([]string{}, prefix...), strings.Split(alt, "_")...)
				next = append(next, ws)
			}
		}
		out = next
	}
	return out
}

// cueScore adds up the weights of the cue classes matched in tokens
// [from, to), each class once, and returns the cue that phrases the
// point: the one of the heaviest class, the earliest listed among equals.
func (d *doc) cueScore(from, to int) (score int, best string, bestWeight int) {
	var seen uint64
	bestRank := 0
	for i := from; i < to; i++ {
		if d.class(i)&fCueStart == 0 {
			continue
		}
		for _, c := range cuesByWord[d.low(i)] {
			if !d.hasWords(i, to, c.words...) {
				continue
			}
			w := cueClasses[c.class].weight
			if w < openThreshold && w > 0 && d.insideQuote(d.toks[i].start) {
				continue // a weak hint in a speaker's mouth is theirs
			}
			if seen&(1<<c.class) == 0 {
				seen |= 1 << c.class
				score += w
			}
			if w > 0 && (best == "" || w > bestWeight || w == bestWeight && c.rank < bestRank) {
				best, bestWeight, bestRank = strings.Join(c.words, " "), w, c.rank
			}
		}
	}
	return score, best, bestWeight
}

// hasWords reports whether the tokens from i on are the given words.
func (d *doc) hasWords(i, to int, words ...string) bool {
	if i+len(words) > to {
		return false
	}
	for k, w := range words {
		if d.low(i+k) != w {
			return false
		}
	}
	return true
}

// speculative words keep a question heading that asks about what is to
// come ("How likely is a conviction?") among headings that only announce
// the answer below them ("What did the prosecutors say?").
var speculative = wordSet("speculative")

// modals mark hypothetical or future outcomes ("could spark greater
// violence") that the article leaves open.
var modals = wordSet("modals")

// findQuestions finds explicit questions and the points the article leaves
// open, each phrased as a question where the sentence allows, with the
// source sentence verbatim.
func findQuestions(d *doc) []Question {
	out := []Question{}
	headings := d.questionHeadings()
	for si, s := range d.sents {
		from, to := d.sentTokens(si)
		if from >= to {
			continue
		}
		raw := d.text[s.Start:s.End]
		text, ok := "", false
		switch {
		case isQuestionSentence(raw) && !d.quotedRhetoric(si, from, to):
			if headings[s.Para] && !hasAnyWord(raw, speculative) {
				continue // an FAQ heading answered right below it
			}
			if d.answeredNext(si) {
				continue // "Why? Because …": asked to be answered at once
			}
			if d.asksReader(from, to) || !d.asksSomething(from, to) || d.asksPast(from, to) {
				// "How do you stay hydrated?", "Do we have an oxygen bar?":
				// advice or the writer's musing; "A pressure canner?": no
				// question at all.
				continue
			}
			text, ok = strings.Trim(raw, " \"“”‘’'"), true
		case quotedQuestion(raw) != "" && !d.quotedRhetoric(si, from, to):
			// `"Is that worth it?" he asked.`
			text = quotedQuestion(raw)
			ok = !asksPersonally(text)
		default:
			text, ok = d.openPoint(s, from, to)
		}
		if !ok {
			continue
		}
		out = append(out, Question{Text: text, Sentence: raw, Paragraph: s.Para, Start: s.Start, End: s.End})
	}
	return out
}

// sentTokens returns the token range of sentence si.
func (d *doc) sentTokens(si int) (int, int) {
	from := sort.Search(len(d.toks), func(i int) bool { return d.toks[i].sent >= si })
	to := from
	for to < len(d.toks) && d.toks[to].sent == si {
		to++
	}
	return from, to
}

// isQuestionSentence reports a sentence ending in a question mark (before
// any closing quotes).
func isQuestionSentence(s string) bool {
	s = strings.TrimRight(s, " \"”’')")
	return strings.HasSuffix(s, "?")
}

// questionHeadings marks the paragraphs that are one short question alone:
// headings of a question-and-answer layout.
func (d *doc) questionHeadings() map[int]bool {
	var paras []int
	for _, p := range d.paras {
		t := d.text[p.Start:p.End]
		if isQuestionSentence(t) && len(strings.Fields(t)) <= 14 && strings.Count(t, "?") == 1 {
			paras = append(paras, p.Index)
		}
	}
	// One question alone as a paragraph is a heading too: the article
	// answers it below.
	m := map[int]bool{}
	for _, p := range paras {
		m[p] = true
	}
	return m
}

// answeredNext reports a question the next sentence of its paragraph
// answers at once ("Why? Because …").
func (d *doc) answeredNext(si int) bool {
	if si+1 >= len(d.sents) || d.sents[si+1].Para != d.sents[si].Para {
		return false
	}
	from, to := d.sentTokens(si + 1)
	for from < to && !d.toks[from].word {
		from++
	}
	return from < to && answerOpeners[d.low(from)]
}

// asksReader reports a question that addresses the reader or the listener,
// or speaks for the one who asks ("How do you shop for …?", "Do we have an
// oxygen bar?", "am I not a good American?"): advice, musing or rhetoric,
// not a point the article leaves open.
func (d *doc) asksReader(from, to int) bool {
	// The question starts at its first question word or auxiliary: "then
	// I would ask what the incentive is" asks about the incentive.
	asking := false
	for i := from; i < to; i++ {
		if w := d.low(i); auxiliaries[w] || questionWords[w] {
			asking = true
		}
		if asking && d.personal(i) {
			return true
		}
	}
	return false
}

// personalWords are the writer's and the reader's: "I", "we", "you".
var personalWords = wordSet("personalWords")

// personal reports a word of personalWords at token i; "US" is a country.
func (d *doc) personal(i int) bool {
	lw := d.low(i)
	return personalWords[lw] && !(lw == "us" && d.tok(i) != "us")
}

var pastAuxiliaries = wordSet("pastAuxiliaries")

// asksPast reports a question whose verb is in the past, or in a past that
// never was ("would … have"): the article's own device to tell what
// happened, which it goes on to answer.
func (d *doc) asksPast(from, to int) bool {
	for i := from; i < to; i++ {
		w := d.low(i)
		if pastAuxiliaries[w] {
			return true
		}
		if auxiliaries[w] {
			// The first auxiliary sets the tense; "have" after a modal
			// looks back.
			for k := i + 1; k < to && k <= i+4; k++ {
				if d.low(k) == "have" && (w == "would" || w == "could" || w == "might" || w == "must") {
					return true
				}
			}
			return false
		}
	}
	return false
}

// asksSomething reports a question with a verb to ask with: an auxiliary
// or a question word ("Where do relations go?", "Why now?"), not a
// fragment ("A pressure canner?").
func (d *doc) asksSomething(from, to int) bool {
	for i := from; i < to; i++ {
		if w := d.low(i); auxiliaries[w] || questionWords[w] {
			return true
		}
	}
	return false
}

// asksPersonally is asksReader for a question's words alone.
func asksPersonally(q string) bool {
	asking := false
	for _, w := range strings.Fields(q) {
		w = strings.Trim(w, ",.?!;:\"“”‘’()")
		lw := strings.ToLower(w)
		if auxiliaries[lw] || questionWords[lw] {
			asking = true
		}
		if asking && personalWords[lw] && w != "US" {
			return true
		}
	}
	return false
}

// questionWords open a question.
var questionWords = wordSet("questionWords")

// answerOpeners start a sentence that answers the question before it.
var answerOpeners = wordSet("answerOpeners")

// openPoint decides whether a sentence leaves a point open, by the score
// of its cues (data/openpoints.txt), its modal verbs and its "whether"
// clauses, and phrases it as a question.
func (d *doc) openPoint(s Sent, from, to int) (string, bool) {
	if d.isFurniture(s.Para) {
		return "", false
	}
	score, cue, weight := d.cueScore(from, to)
	// "whether" opening a clause: "The coming weeks may reveal whether …".
	whether := false
	for i := from; i < to-1; i++ {
		if d.low(i) == "whether" && !prepositions[d.low(i+1)] && d.toks[i+1].word &&
			// "depending on whether" states a condition; a speaker's
			// "whether" is theirs.
			!(i > from && (d.low(i-1) == "on" || d.low(i-1) == "of")) && !d.insideQuote(d.toks[i].start) &&
			// "Whether you're out exploring or at home, …" and "…,
			// whether it's rooting for the underdog or …" concede any
			// case; they ask nothing.
			!d.concessiveWhether(from, i) {
			whether = true
			score += 2
			break
		}
	}
	modal, quoted := d.modalAt(from, to)
	switch {
	case modal != "":
		score += 2
	case quoted:
		score++
	}
	ifLikely := d.low(from) == "if" && d.findWords(from, to, "likely", "to")
	if ifLikely {
		score += 2
	}
	if score < openThreshold {
		return "", false
	}
	// The strongest cue phrases the point; when it cannot, the next does.
	var order []string
	if weight >= openThreshold {
		order = append(order, cue)
	}
	if whether {
		order = append(order, "whether")
	}
	if modal != "" {
		order = append(order, modal)
	}
	if ifLikely {
		order = append(order, "likely")
	}
	raw := strings.Trim(d.text[s.Start:s.End], " \"“”")
	for _, c := range order {
		if q := d.phraseOpen(s, from, to, c); q != raw {
			return q, true
		}
	}
	return raw, true
}

// modalAt finds a modal verb that leaves an outcome open in tokens [from,
// to): "If convicted, he could face decades in jail"; "the power vacuum
// could spark even greater violence". It returns the first in the
// article's own words, and whether there is one inside a quote: a
// speaker's own hedge says less.
func (d *doc) modalAt(from, to int) (string, bool) {
	quoted := false
	for i := from; i < to-1; i++ {
		if d.class(i)&fModal == 0 {
			continue
		}
		lw := d.low(i)
		if d.toks[i].cap && lw == "may" {
			continue
		}
		nx := d.low(i + 1)
		if nx == "not" || nx == "have" || nx == "be" && i+2 < to && d.low(i+2) == "seen" {
			continue
		}
		if lw == "would" && d.low(from) != "if" {
			continue
		}
		// A modal noun ("military might to") is none, nor is the reader's
		// or the writer's ("you could read these numbers as", "I may have").
		if !d.toks[i+1].word || d.toks[i+1].cap || nx == "to" || i > from && d.personal(i-1) {
			continue
		}
		if d.insideQuote(d.toks[i].start) || d.describes(from, i) {
			// A speaker's own hedge, or a modal that describes rather
			// than leaves an outcome open, says less.
			quoted = true
			continue
		}
		return lw, quoted
	}
	return "", quoted
}

var (
	describingAfterModal  = wordSet("describingAfterModal")
	describingParticiples = wordSet("describingParticiples")
	findingReports        = wordSet("findingReports")
	relativeWords         = wordSet("relativeWords")
	genericSubjects       = wordSet("genericSubjects")
	askingWords           = wordSet("askingWords")
)

// describeReach is how many words before a modal a finding's verb is
// looked for ("Some research suggests that increasing fiber intake could").
const describeReach = 20

// describes reports a modal at token i of a sentence starting at token
// from that describes a thing, a finding or the past rather than an
// outcome still to come: "the car could easily pass as a watch", "may be
// linked to", "studies show that fasting may", "landers that could be
// scaled up", "some might find it strange".
func (d *doc) describes(from, i int) bool {
	nx := d.low(i + 1)
	if describingAfterModal[nx] {
		return true
	}
	if nx == "be" && i+2 < len(d.toks) && d.toks[i+2].sent == d.toks[i].sent && describingParticiples[d.low(i+2)] {
		return true
	}
	if i > from {
		prev := d.low(i - 1)
		if relativeWords[prev] || genericSubjects[prev] {
			return true
		}
	}
	// The windows are bounded, so that a sentence of a thousand modals
	// costs no more than a thousand short ones.
	for k := max(from, i-describeReach); k < i; k++ {
		if findingReports[d.low(k)] {
			return true
		}
	}
	// "this may be the longest stage for you", "may help you avoid a
	// binge": advice to the reader, or the writer's own experience.
	for k := max(from, i-8); k < i+6 && k < len(d.toks) && d.toks[k].sent == d.toks[i].sent; k++ {
		if d.personal(k) && !d.insideQuote(d.toks[k].start) {
			return true
		}
	}
	return false
}

// concessiveWhether reports a "whether" at token i that opens its
// sentence, follows a comma or speaks of the reader or the writer: "no
// matter whether", not "it is unclear whether".
func (d *doc) concessiveWhether(from, i int) bool {
	k := from
	for k < i && !d.toks[k].word {
		k++
	}
	if k == i || d.tok(i-1) == "," || d.tok(i-1) == "—" {
		return true
	}
	return d.personal(i+1) || d.low(i+1) == "it's" || d.low(i+1) == "it’s"
}

// quotedRhetoric reports a question sentence si whose question mark
// stands inside a quotation that nothing in the sentence or the one before
// it frames as a question put to someone ("the question is, …"): the
// speaker's rhetoric ("But does that mean …?"), not a point the article
// leaves open.
func (d *doc) quotedRhetoric(si, from, to int) bool {
	s := d.sents[si]
	q := strings.LastIndexByte(d.text[s.Start:s.End], '?')
	if q < 0 || !d.insideQuote(s.Start+q) {
		return false
	}
	if si > 0 && d.sents[si-1].Para == s.Para {
		from, _ = d.sentTokens(si - 1)
	}
	for i := from; i < to; i++ {
		if askingWords[d.low(i)] {
			return false
		}
	}
	return true
}

// phraseOpen turns an open point into a question: "it is not yet clear
// whether the U.S. would deploy troops" -> "Would the U.S. deploy troops?";
// "the power vacuum could spark violence" -> "Could the power vacuum spark
// violence?"; "The Pentagon declined to comment" -> "Will the Pentagon
// comment?". When the sentence does not allow it, the sentence stands.
func (d *doc) phraseOpen(s Sent, from, to int, cue string) string {
	words := d.clauseWords(from, to)
	find := func(w string) int {
		for i, x := range words {
			if lowerASCII(x) == w {
				return i
			}
		}
		return -1
	}
	switch {
	case cue == "whether" || strings.Contains(cue, " whether") || strings.HasSuffix(cue, "clear") || cue == "unclear" ||
		strings.HasSuffix(cue, "to be seen") || strings.HasSuffix(cue, " if"):
		if i := find("whether"); i >= 0 {
			if q := invert(clauseAfter(words[i+1:])); q != "" {
				return q
			}
		}
		if i := find("if"); i >= 0 && i > 0 {
			if q := invert(clauseAfter(words[i+1:])); q != "" {
				return q
			}
		}
		for _, wh := range []string{"how", "why", "what", "who", "when", "where", "which"} {
			if i := find(wh); i > 0 {
				return whQuestion(wh, clauseAfter(words[i+1:]))
			}
		}
	case modals[cue]:
		if i := find(cue); i > 0 {
			subj := subjectBefore(words[:i])
			rest := clauseAfter(words[i+1:])
			if len(subj) > 0 && len(rest) > 0 {
				m := cue
				if m == "may" || m == "might" {
					m = "could"
				}
				return questionCase(m+" "+lowerFirst(strings.Join(subj, " "))+" "+strings.Join(rest, " ")) + "?"
			}
		}
	case strings.HasPrefix(cue, "remain"):
		if i := find(strings.Fields(cue)[0]); i > 0 {
			subj := subjectBefore(words[:i])
			if len(subj) > 0 && !pronounSubject(subj) {
				verb := "What are"
				if cue == "remains unclear" || cue == "remains uncertain" || cue == "remains unknown" || cue == "remains a mystery" {
					verb = "What is"
				}
				return verb + " " + lowerFirst(strings.Join(subj, " ")) + "?"
			}
		}
	case cue == "shrouded in":
		if i := find("remain"); i > 0 {
			return "What are " + lowerFirst(strings.Join(subjectBefore(words[:i]), " ")) + "?"
		}
		if i := find("remains"); i > 0 {
			return "What is " + lowerFirst(strings.Join(subjectBefore(words[:i]), " ")) + "?"
		}
	case strings.HasPrefix(cue, "declined to") || strings.HasPrefix(cue, "refused to") || strings.Contains(cue, "respond") || strings.Contains(cue, "would not"):
		v := strings.Fields(cue)[0]
		if i := find(v); i > 0 {
			subj := subjectBefore(words[:i])
			if len(subj) > 0 {
				act := strings.Fields(cue)[len(strings.Fields(cue))-1]
				if act == "respond" || act == "return" {
					act = "respond"
				}
				return "Will " + lowerFirst(strings.Join(subj, " ")) + " " + act + "?"
			}
		}
	case cue == "no immediate comment" || cue == "no comment":
		if i := find("from"); i > 0 && i+1 < len(words) {
			var who []string
			for _, w := range clauseAfter(words[i+1:]) {
				if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
					break
				}
				who = append(who, w)
			}
			if len(who) > 0 {
				return "Will " + strings.Join(who, " ") + " comment?"
			}
		}
	case cue == "hard to see" || cue == "hard to know" || cue == "hard to say" || cue == "difficult to say" || cue == "difficult to know":
		for _, wh := range []string{"how", "why", "what", "who", "when", "where", "whether", "if"} {
			if i := find(wh); i > 0 {
				if wh == "whether" || wh == "if" {
					if q := invert(clauseAfter(words[i+1:])); q != "" {
						return q
					}
					continue
				}
				return whQuestion(wh, clauseAfter(words[i+1:]))
			}
		}
	}
	return strings.Trim(d.text[s.Start:s.End], " \"“”")
}

// clauseWords lists the sentence's words, each with the punctuation glued
// to it, without quote marks.
func (d *doc) clauseWords(from, to int) []string {
	var out []string
	for i := from; i < to; i++ {
		w := d.tok(i)
		if isQuoteMark(w) || w == "'" {
			continue
		}
		if !d.toks[i].word && len(out) > 0 && w != "—" && w != "–" && w != "(" && w != "[" {
			out[len(out)-1] += w
			continue
		}
		out = append(out, w)
	}
	return out
}

// clauseAfter keeps the words up to the end of their clause (a comma,
// semicolon, dash or the sentence end) and drops the final punctuation.
func clauseAfter(ws []string) []string {
	var out []string
	for _, w := range ws {
		if w == "—" || w == "–" || w == "(" {
			break
		}
		end := strings.HasSuffix(w, ",") || strings.HasSuffix(w, ";") || strings.HasSuffix(w, ":") ||
			strings.HasSuffix(w, ".") && !isDotted(strings.TrimSuffix(w, ".")) && !keepsPeriod(strings.TrimSuffix(w, ".")) ||
			strings.HasSuffix(w, "?") || strings.HasSuffix(w, "!")
		if end {
			w = strings.TrimRight(w, ",;:?!")
			if !isDotted(strings.TrimSuffix(w, ".")) {
				w = strings.TrimSuffix(w, ".")
			}
		}
		if w != "" {
			out = append(out, w)
		}
		if end {
			break
		}
	}
	return out
}

// subjectBefore is the clause's subject before its verb: the words back to
// the previous comma or clause word ("that", "and", "but").
func subjectBefore(ws []string) []string {
	i := len(ws)
	for i > 0 {
		w := ws[i-1]
		lw := lowerASCII(strings.TrimRight(w, ",;:"))
		if strings.HasSuffix(w, ",") || strings.HasSuffix(w, ";") || strings.HasSuffix(w, ":") || w == "—" || w == "–" {
			break
		}
		if lw == "that" || lw == "and" || lw == "but" || lw == "if" || lw == "because" || lw == "so" || lw == "which" || lw == "yet" || lw == "while" || lw == "when" {
			break
		}
		// "Analysts said good relations could …": the reported clause's
		// subject starts after the speech verb.
		if _, ok := speechVerb[lw]; ok && i < len(ws) {
			break
		}
		i--
	}
	out := ws[i:]
	// "The Pentagon, when pressed for specifics, declined", "The second
	// test — talks with Palestinians — could": skip the aside back to the
	// subject before it.
	if len(out) == 0 && i > 0 {
		dash := ws[i-1] == "—" || ws[i-1] == "–"
		j := i - 1
		for j > 0 {
			p := ws[j-1]
			if dash && (p == "—" || p == "–") || !dash && strings.HasSuffix(p, ",") {
				break
			}
			j--
		}
		if j > 0 {
			end := j // the subject's last word carries the comma
			if dash {
				end = j - 1 // the opening dash itself
			}
			k := end - 1
			for k > 0 && !strings.HasSuffix(ws[k-1], ",") && !strings.HasSuffix(ws[k-1], ".") {
				k--
			}
			if k >= 0 && k < end {
				out = append([]string{}, ws[k:end]...)
				out[len(out)-1] = strings.TrimRight(out[len(out)-1], ",")
			}
		}
	}
	if len(out) > 10 {
		return nil
	}
	// A subject with a verb in it ("Analysts said good relations") is no
	// subject to invert around.
	for _, w := range out {
		lw := lowerASCII(strings.TrimRight(w, ",;:"))
		if auxiliaries[lw] || speechVerb[lw] != "" {
			return nil
		}
	}
	return out
}

// auxiliaries can open a yes/no question.
var auxiliaries = wordSet("auxiliaries")

// invert makes a yes/no question of a clause by fronting its first
// auxiliary: "the U.S. would deploy troops" -> "Would the U.S. deploy troops?".
func invert(ws []string) string {
	for i, w := range ws {
		if i > 0 && auxiliaries[lowerASCII(w)] {
			subj := strings.Join(ws[:i], " ")
			rest := strings.Join(ws[i+1:], " ")
			q := questionCase(lowerASCII(w) + " " + lowerFirst(subj))
			if rest != "" {
				q += " " + rest
			}
			return q + "?"
		}
		if i > 8 {
			break
		}
	}
	return ""
}

func questionCase(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// lowerFirst lower-cases a leading "The" or "A" but leaves names alone.
func lowerFirst(s string) string {
	for _, w := range []string{"The ", "A ", "An ", "These ", "This ", "Those ", "Its ", "Their ", "His ", "Her "} {
		if strings.HasPrefix(s, w) {
			return strings.ToLower(w[:1]) + s[1:]
		}
	}
	return s
}

// quotedQuestion returns a question quoted inside a sentence that does not
// itself end in a question mark, or "".
func quotedQuestion(s string) string {
	for _, end := range []string{"?”", "?\""} {
		i := strings.Index(s, end)
		if i < 0 {
			continue
		}
		open := strings.LastIndexAny(s[:i], "“\"")
		if open < 0 {
			continue
		}
		_, n := utf8.DecodeRuneInString(s[open:])
		if q := strings.TrimSpace(s[open+n : i+1]); countWords(q) >= 3 {
			return q
		}
	}
	return ""
}

// pronounSubject reports a subject that is only a pronoun ("it", "this"),
// which makes no question on its own.
func pronounSubject(ws []string) bool {
	if len(ws) != 1 {
		return false
	}
	_, ok := pronouns[lowerASCII(ws[0])]
	return ok || notNames[lowerASCII(ws[0])]
}

// findWords reports whether the words stand together anywhere in tokens
// [from, to).
func (d *doc) findWords(from, to int, words ...string) bool {
	for i := from; i < to; i++ {
		if d.hasWords(i, to, words...) {
			return true
		}
	}
	return false
}

// whQuestion makes a question of an embedded wh-clause: "how the
// restrictions would affect sales" -> "How would the restrictions affect
// sales?"; "what could persuade them" stays as it is.
func whQuestion(wh string, ws []string) string {
	if len(ws) > 0 && !auxiliaries[lowerASCII(ws[0])] {
		if q := invert(ws); q != "" {
			return questionCase(wh) + " " + strings.ToLower(q[:1]) + q[1:]
		}
	}
	return questionCase(wh+" "+strings.Join(ws, " ")) + "?"
}
