package extract

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

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
	d.eachQuestion(func(si int, text string, ok bool, o *openSentence) {
		s := d.sents[si]
		if o != nil {
			if d.isFurniture(s.Para) || openScore(o.feats, openWeights) <= 0 {
				return
			}
			from, to := d.sentTokens(si)
			text, ok = d.phrasePoint(s, from, to, o, openWeights), true
		}
		if ok {
			out = append(out, Question{Text: text, Sentence: d.text[s.Start:s.End], Paragraph: s.Para, Start: s.Start, End: s.End})
		}
	})
	return out
}

// eachQuestion calls visit for every sentence: a sentence that asks a
// question is decided by the question rules (ok, and text the question);
// any other comes with the features the open-point score weighs (o).
func (d *doc) eachQuestion(visit func(si int, text string, ok bool, o *openSentence)) {
	headings := d.questionHeadings()
	for si, s := range d.sents {
		from, to := d.sentTokens(si)
		if from >= to {
			continue
		}
		raw := d.text[s.Start:s.End]
		switch {
		case isQuestionSentence(raw) && !d.quotedRhetoric(si, from, to):
			switch {
			case headings[s.Para] && !hasAnyWord(raw, speculative):
				// An FAQ heading answered right below it.
				visit(si, "", false, nil)
			case d.answeredNext(si):
				// "Why? Because …": asked to be answered at once.
				visit(si, "", false, nil)
			case d.asksReader(from, to) || !d.asksSomething(from, to) || d.asksPast(from, to):
				// "How do you stay hydrated?", "Do we have an oxygen bar?":
				// advice or the writer's musing; "A pressure canner?": no
				// question at all.
				visit(si, "", false, nil)
			default:
				visit(si, strings.Trim(raw, " \"“”‘’'"), true, nil)
			}
		case quotedQuestion(raw) != "" && !d.quotedRhetoric(si, from, to):
			// `"Is that worth it?" he asked.`
			q := quotedQuestion(raw)
			visit(si, q, !asksPersonally(q), nil)
		default:
			visit(si, "", false, d.openFeatures(from, to))
		}
	}
}

// sentTokens returns the token range of sentence si.
func (d *doc) sentTokens(si int) (int, int) {
	// Both ends by search: callers ask once per cue, and a scan would make
	// a sentence of thousands of tokens cost that much at each of its cues.
	from := sort.Search(len(d.toks), func(i int) bool { return d.toks[i].sent >= si })
	to := from + sort.Search(len(d.toks)-from, func(i int) bool { return d.toks[from+i].sent > si })
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
	if d.openClass(i)&oPersonal == 0 {
		return false
	}
	lw := d.low(i)
	return !(lw == "us" && d.tok(i) != "us")
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
		if genericSubjects[prev] || relativeWords[prev] && d.relativeWordAt(from, i-1) {
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
		if d.personal(k) && !d.quotedTok(k) {
			return true
		}
	}
	return false
}

// relativeWordAt reports a relative word at token i that follows a noun
// ("landers that could"), not a pronoun that opens its sentence or clause
// ("That may not do much", "but that might not always be the case").
func (d *doc) relativeWordAt(from, i int) bool {
	if i <= from || !d.toks[i-1].word {
		return false
	}
	w := d.low(i - 1)
	return !clauseJoiners[w] && w != "and" && w != "or"
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
		strings.HasSuffix(cue, "to be seen") || strings.HasSuffix(cue, " if") || strings.HasPrefix(cue, "unsure ") ||
		strings.HasPrefix(cue, "not sure ") || strings.HasPrefix(cue, "not certain "):
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
			subj := d.questionSubject(subjectBefore(words[:i]), len(subjectBefore(words[:i])) == i)
			if demonstrativeBefore(words, i) {
				// "If so, that would let …": "that" is the subject,
				// not a clause opener.
				subj = []string{"that"}
			}
			rest := clauseAfter(words[i+1:])
			// "may result from fungus growing in—guess what—humidifiers":
			// a clause an aside cuts after its preposition asks nothing.
			if len(rest) > 0 && prepositions[lowerASCII(rest[len(rest)-1])] {
				rest = nil
			}
			if len(subj) > 0 && len(rest) > 0 {
				m := cue
				if m == "may" || m == "might" {
					m = "could"
				}
				return questionCase(m+" "+lowerFirst(strings.Join(subj, " "))+" "+strings.Join(rest, " ")) + "?"
			}
		}
	case strings.HasPrefix(cue, "remain") && !strings.HasSuffix(cue, "anonymous"):
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
				switch act {
				case "return":
					act = "respond"
				case "address", "drawn":
					// "declined to address whether …", "would not be
					// drawn on …": the question is whether they will
					// speak to it.
					act = "comment"
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
	return standingText(d.text[s.Start:s.End])
}

// demonstrativeBefore reports a "that" just before words[i] that opens
// its clause ("That may change", "If so, that would"): the subject.
func demonstrativeBefore(words []string, i int) bool {
	if i < 1 || lowerASCII(words[i-1]) != "that" {
		return false
	}
	if i == 1 {
		return true
	}
	p := lowerASCII(words[i-2])
	return strings.HasSuffix(p, ",") || strings.HasSuffix(p, ";") || p == "but" || p == "and" || p == "so"
}

// standingText is a sentence that stands as its own open point: the
// quote marks around it go when it is one quotation, and stay when it
// holds a quotation ("\"I think it will be tough,\" he said.").
func standingText(s string) string {
	t := strings.TrimSpace(s)
	inner := strings.TrimRight(strings.TrimLeft(t, "\"“"), "\"”")
	if containsAny(inner, "\"“”") {
		return t
	}
	return strings.TrimSpace(inner)
}

// questionSubject readies a clause's subject to follow the verb of a
// question: a leading conjunction goes ("And the act would …"), a
// sentence's first word is lower-cased unless the article writes it
// capitalised elsewhere ("Many in Hong Kong will …" -> "Will many in Hong
// Kong …"), and a subject that is no noun phrase ("to insist his tactics",
// "how many services") gives none.
func (d *doc) questionSubject(subj []string, atStart bool) []string {
	if len(subj) > 1 {
		switch lowerASCII(subj[0]) {
		case "and", "but", "or", "so", "yet":
			subj, atStart = subj[1:], false
		}
	}
	if len(subj) == 0 {
		return nil
	}
	first := lowerASCII(strings.TrimRight(subj[0], ",;:"))
	if first == "to" || questionWords[first] || auxiliaries[first] || prepositions[first] {
		return nil
	}
	if len(subj) > 1 && pronounSubject(subj[:1]) && !strings.HasSuffix(subj[0], "'s") && !strings.HasSuffix(subj[0], "’s") {
		switch lowerASCII(subj[0]) {
		case "he", "she", "it", "they", "we", "i", "you":
			return nil // "who it thinks": a pronoun and its verb
		}
	}
	for k, w := range subj {
		lw := lowerASCII(w)
		if k > 0 && lw == "to" {
			return nil // "continues to insist his tactics"
		}
		if strings.HasSuffix(lw, "n't") || strings.HasSuffix(lw, "n’t") || strings.HasSuffix(lw, "'s") && pronounSubject([]string{strings.TrimSuffix(lw, "'s")}) ||
			strings.HasSuffix(lw, "’s") && pronounSubject([]string{strings.TrimSuffix(lw, "’s")}) {
			return nil // "it's possible the car", "didn't realize their data": a verb
		}
	}
	if atStart && !d.midCapital(subj[0]) && !isAllCaps(subj[0]) {
		out := append([]string{}, subj...)
		r, n := utf8.DecodeRuneInString(out[0])
		out[0] = string(unicode.ToLower(r)) + out[0][n:]
		return out
	}
	return subj
}

// isAllCaps reports a word written in capitals ("NASA", "US").
func isAllCaps(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters > 1
}

// clauseWords lists the sentence's words, each with the punctuation glued
// to it, without quote marks.
func (d *doc) clauseWords(from, to int) []string {
	var out []string
	glue := false // the last word is a currency sign the next one joins
	for i := from; i < to; i++ {
		w := d.tok(i)
		if isQuoteMark(w) || w == "'" {
			continue
		}
		if glue && d.toks[i].word {
			out[len(out)-1] += w
			glue = false
			continue
		}
		glue = false
		if w == "$" || w == "£" || w == "€" {
			// "pay $250,000": the sign opens the amount.
			out = append(out, w)
			glue = true
			continue
		}
		if !d.toks[i].word && len(out) > 0 && w != "—" && w != "–" && w != "(" && w != "[" {
			out[len(out)-1] += w
			continue
		}
		if d.toks[i].word && len(out) > 0 && i > from && !d.toks[i-1].word && d.toks[i-1].start == d.toks[i-1].end-1 &&
			d.toks[i].start == d.toks[i-1].end && i > from+1 && d.toks[i-2].end == d.toks[i-1].start &&
			strings.ContainsAny(d.tok(i-1), ".,") {
			// "16.6 million", "1,200": a number the tokens split.
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

// clauseOpeners start the clause whose subject subjectBefore looks for.
var clauseOpeners = wordSet("clauseOpeners")

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
		if (lw == "and" || lw == "or") && i >= 2 && !strings.HasSuffix(ws[i-2], ",") && i < len(ws) {
			// "a solution for Israelis and Palestinians would": the
			// conjunction joins two nouns, and the subject starts before
			// them, further than is safe to guess.
			return nil
		}
		if clauseOpeners[lw] {
			break
		}
		// "Analysts said good relations could …": the reported clause's
		// subject starts after the speech verb.
		if _, ok := speechVerb[lw]; ok && i < len(ws) {
			break
		}
		// "Edmunds expects 16.6 million vehicles will be sold": so does a
		// forecast's.
		if forecastVerbs[lw] && i < len(ws) {
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

// forecastVerbs report what someone expects, before the clause that
// says it.
var forecastVerbs = wordSet("forecastVerbs")

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
	for _, w := range []string{"The ", "A ", "An ", "These ", "This ", "Those ", "Its ", "Their ", "His ", "Her ",
		"He ", "She ", "It ", "They ", "We "} {
		if strings.HasPrefix(s, w) || s == w[:len(w)-1] {
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
