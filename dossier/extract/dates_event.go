// The event a date dates: the clause around the expression, trimmed to
// what happened.

package extract

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// eventAround describes what a date in sentence s dates: the clause holding
// it, without the date, or the sentence's main clause when that clause is
// the date alone ("In July 2025, Guillot met Morales").
func (d *doc) eventAround(s Sent, start, end int) string {
	text := d.text
	clauseStart, clauseEnd := s.Start, s.End
	br := d.clauseBreaks()
	if k := sort.SearchInts(br, start); k > 0 && br[k-1] >= s.Start {
		clauseStart = br[k-1] + 1
	}
	if k := sort.SearchInts(br, end); k < len(br) && br[k] < s.End {
		clauseEnd = br[k]
	}
	before := strings.TrimSpace(text[clauseStart:start])
	after := strings.TrimSpace(text[end:clauseEnd])
	// The words on either side, as if the two sides were one text with
	// the date cut out. (Only the first words make the event: a sentence
	// of many dates is not split whole at each.)
	bw, aw := firstFields(before, eventFields), firstFields(after, eventFields)
	words := append(bw[:len(bw):len(bw)], aw...)
	// "As mid-September approaches, the world is watching": the date is
	// its clause's subject, and cutting it out leaves a fragment ("As
	// approaches"); the rest of the sentence is the event.
	if len(aw) <= 2 && len(bw) <= 2 && len(bw) > 0 && allFunctionWords(bw) &&
		countWordsTo(text[s.Start:clauseStart], 3)+countWordsTo(text[clauseEnd:s.End], 3) >= 3 {
		words = append(firstFields(text[s.Start:clauseStart], eventFields), firstFields(text[clauseEnd:s.End], eventFields)...)
	} else if len(words) < 4 {
		// The date stands in its own clause: describe the rest of the sentence.
		words = append(firstFields(text[s.Start:start], eventFields), firstFields(text[end:s.End], eventFields)...)
	}
	// A dateline ("WASHINGTON –") is no part of the event.
	if len(words) > 1 && words[0] == strings.ToUpper(words[0]) && (words[1] == "–" || words[1] == "—" || words[1] == "-") {
		words = words[2:]
	}
	for len(words) > 0 && strings.Trim(words[0], ",;:—–-") == "" {
		words = words[1:]
	}
	if len(words) > 0 {
		words[0] = strings.TrimLeft(words[0], ",;:")
	}
	const max = 14
	ell := false
	if len(words) > max {
		words = words[:max]
		ell = true
	}
	ev := strings.Join(words, " ")
	// Removing the date can leave a stray comma: "Published , it has".
	if strings.Contains(ev, " ,") { // in every pattern strayCommas mends
		ev = strayCommas.Replace(ev)
	}
	ev = strings.Trim(ev, " ,;:.—–\"“”")
	if ell {
		ev += "…"
	}
	return ev
}

// strayCommas mends the commas removing a date can leave ("Published ,
// it has"). A Replacer builds its lookup tables on first use, so it is
// made once, not per date.
var strayCommas = strings.NewReplacer(" , ", ", ", " ,", ",", "( ,", "(", ", ,", ",")

// allFunctionWords reports words that cannot carry an event on their own
// ("As", "until the").
func allFunctionWords(ws []string) bool {
	for _, w := range ws {
		switch strings.ToLower(w) {
		case "as", "when", "until", "till", "since", "by", "before", "after", "once", "while", "the", "and", "but", "so":
		default:
			return false
		}
	}
	return true
}

func isClauseBreak(c byte) bool { return c == ',' || c == ';' || c == ':' }

// eventFields is more words than an event keeps (14) with a dateline and
// stray marks dropped from its front.
const eventFields = 32

// firstFields is strings.Fields(s) cut to its first n fields, without
// splitting the rest of s.
func firstFields(s string, n int) []string {
	out := make([]string, 0, min(n, 16))
	start := -1
	for i := 0; i < len(s); {
		c, size := rune(s[i]), 1
		if c >= utf8.RuneSelf {
			c, size = utf8.DecodeRuneInString(s[i:])
		}
		if unicode.IsSpace(c) {
			if start >= 0 {
				out = append(out, s[start:i])
				start = -1
				if len(out) == n {
					return out
				}
			}
		} else if start < 0 {
			start = i
		}
		i += size
	}
	if start >= 0 && len(out) < n {
		out = append(out, s[start:])
	}
	return out
}

// clauseBreaks returns the offsets of the marks that end a clause, in
// order, found once: a date looks up its clause among them instead of
// scanning its sentence, which a long sentence of many dates would pay
// for at every date.
func (d *doc) clauseBreaks() []int {
	if d.clauseBreak == nil {
		d.clauseBreak = []int{}
		for i := 0; i < len(d.text); i++ {
			if isClauseBreak(d.text[i]) && !digitComma(d.text, i) {
				d.clauseBreak = append(d.clauseBreak, i)
			}
		}
	}
	return d.clauseBreak
}
