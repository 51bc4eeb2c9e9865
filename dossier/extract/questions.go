package extract

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// unresolvedCues mark a sentence that leaves a point open ("it is not yet
// clear whether", "declined to comment", "remains uncertain"). Matched
// word by word on the sentence's tokens.
var unresolvedCues = func() []string {
	cues := []string{
		"not clear", "not yet clear", "unclear", "isn't clear", "isn’t clear", "remains to be seen",
		"remain to be seen", "remains unclear", "remain unclear", "remains uncertain", "remain uncertain",
		"remains unknown", "remain unknown", "remains a mystery", "remain a mystery", "shrouded in",
		"not known", "unknown whether", "unknown how", "it is unknown", "no one knows", "nobody knows",
		"did not know if", "did not know whether", "do not know whether", "don't know whether",
		"unanswered", "open question", "questions remain", "question remains", "questions about",
		"concerns about what", "what comes next", "what happens next", "would not say", "would not comment",
		"would not confirm", "did not respond", "did not immediately respond", "didn't respond",
		"didn’t respond", "has not responded", "have not responded", "did not return", "could not be reached",
		"could not be verified", "could not be independently", "cannot be verified", "can't be verified",
		"could not immediately be", "not be independently verified", "no immediate comment",
		"not immediately clear", "not immediately known", "has yet to", "have yet to", "is yet to", "are yet to",
		"barely begun", "only just begun", "still pending", "remains pending", "under investigation",
		"not been determined", "not been confirmed", "not been disclosed", "not disclosed", "not been made public",
		"not been released", "hard to see", "hard to know", "difficult to know", "difficult to say", "hard to say",
		"too early to", "it is uncertain", "uncertain whether", "uncertain how", "in doubt", "unresolved", "undetermined", "unconfirmed",
		"not been independently", "was not available for comment", "were not available for comment",
		"not available for comment", "did not answer", "left open", "remains open", "remain open",
		"debate over whether", "whether or not",
		// Unanswered requests and non-answers.
		"did not offer a response", "no further comment", "did not give a direct answer",
		"didn't give a direct answer", "didn’t give a direct answer", "did not directly answer",
		"didn't immediately respond", "didn’t immediately respond", "did not immediately return",
		"didn't immediately return", "didn’t immediately return", "did not reply", "has not commented",
		// Points the article reports as unsettled, unverified or pending.
		"has not yet", "have not yet", "had not yet", "not yet been", "proved elusive", "proven elusive",
		"remains elusive", "remain elusive", "remained elusive", "unable to", "reluctant to",
		"is believed to", "are believed to", "was believed to", "were believed to",
		"was said to", "were said to", "is said to", "are said to", "is expected to",
		"are expected to", "it's possible", "it’s possible", "it is possible", "also possible",
		"the chance of", "reason to suspect", "no guarantee", "jury is still out", "jury was still out",
		"jury is out", "still out on", "faces a maximum", "face a maximum", "faces up to", "face up to",
		"could face", "sceptical of", "skeptical of", "wondering if", "wondering whether", "balking at",
		"trying to assess", "under consideration", "denies that", "deny accusations", "denied accusations",
		"perhaps", "no indication", "little indication", "not known whether",
	}
	for _, v := range []string{"declined", "refused", "declines", "refuses", "decline", "refuse"} {
		for _, o := range []string{"comment", "say", "elaborate", "discuss", "confirm", "provide", "answer",
			"specify", "respond", "name", "identify", "reveal", "disclose", "release", "give", "explain", "detail"} {
			cues = append(cues, v+" to "+o)
		}
	}
	return cues
}()

// cuesByWord indexes unresolvedCues by their first word, each as its words
// and its rank in the list (the earlier cue wins when several match).
var cuesByWord = func() map[string][]cueWords {
	m := map[string][]cueWords{}
	for i, c := range unresolvedCues {
		ws := strings.Fields(c)
		m[ws[0]] = append(m[ws[0]], cueWords{words: ws, rank: i})
	}
	return m
}()

type cueWords struct {
	words []string
	rank  int
}

// firstCue returns the highest-ranked unresolved cue in tokens [from, to),
// or "".
func (d *doc) firstCue(from, to int) string {
	best := -1
	for i := from; i < to; i++ {
		if d.class(i)&fCueStart == 0 {
			continue
		}
		for _, c := range cuesByWord[d.low(i)] {
			if (best < 0 || c.rank < best) && d.hasWords(i, to, c.words...) {
				best = c.rank
			}
		}
	}
	if best < 0 {
		return ""
	}
	return unresolvedCues[best]
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
		case isQuestionSentence(raw):
			if headings[s.Para] && !hasAnyWord(raw, speculative) {
				continue // an FAQ heading answered right below it
			}
			text, ok = strings.Trim(raw, " \"“”‘’'"), true
		case quotedQuestion(raw) != "":
			// `"Is that worth it?" he asked.`
			text, ok = quotedQuestion(raw), true
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

// questionHeadings marks the paragraphs that are one question alone, when
// the article has several of them: those are headings of a
// question-and-answer layout.
func (d *doc) questionHeadings() map[int]bool {
	var paras []int
	for _, p := range d.paras {
		t := d.text[p.Start:p.End]
		if isQuestionSentence(t) && len(strings.Fields(t)) <= 14 && strings.Count(t, "?") == 1 {
			paras = append(paras, p.Index)
		}
	}
	m := map[int]bool{}
	if len(paras) >= 2 {
		for _, p := range paras {
			m[p] = true
		}
	}
	return m
}

// openPoint decides whether a sentence leaves a point open and phrases it
// as a question.
func (d *doc) openPoint(s Sent, from, to int) (string, bool) {
	if d.isFurniture(s.Para) {
		return "", false
	}
	if c := d.firstCue(from, to); c != "" {
		return d.phraseOpen(s, from, to, c), true
	}
	// "whether" opening a clause: "The coming weeks may reveal whether …".
	for i := from; i < to-1; i++ {
		if d.low(i) == "whether" && !prepositions[d.low(i+1)] && d.toks[i+1].word &&
			// "depending on whether" states a condition; a speaker's
			// "whether" is theirs.
			!(i > from && (d.low(i-1) == "on" || d.low(i-1) == "of")) && !d.insideQuote(d.toks[i].start) {
			return d.phraseOpen(s, from, to, "whether"), true
		}
	}
	// Hypothetical outcomes: "If convicted, he could face decades in jail";
	// "the power vacuum could spark even greater violence".
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
		// Speakers' own hedges are theirs; a modal noun ("military might
		// to") is none.
		if !d.toks[i+1].word || d.toks[i+1].cap || nx == "to" || d.insideQuote(d.toks[i].start) {
			continue
		}
		return d.phraseOpen(s, from, to, lw), true
	}
	if d.low(from) == "if" && d.findWords(from, to, "likely", "to") {
		return d.phraseOpen(s, from, to, "likely"), true
	}
	return "", false
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
