// The event a date dates: the clause around the expression, trimmed to
// what happened.

package extract

import (
	"strings"
)

// eventAround describes what a date in sentence s dates: the clause holding
// it (from clauseStart to clauseEnd), without the date, or the sentence's
// main clause when that clause is the date alone ("In July 2025, Guillot
// met Morales"). Only the words the event can keep are read, so a date in
// a sentence of a megabyte costs what one in a short sentence does.
func (d *doc) eventAround(s Sent, start, end, clauseStart, clauseEnd int) string {
	text := d.text
	before := strings.TrimSpace(text[clauseStart:start])
	after := strings.TrimSpace(text[end:clauseEnd])
	// The words on either side, as if the two sides were one text with
	// the date cut out.
	// (Three words of the side after are enough to tell a fragment.)
	words := appendFields(make([]string, 0, eventWords), before, eventWords)
	nb := len(words)
	words = appendFields(words, after, max(eventWords-nb, 3))
	na := len(words) - nb
	// "As mid-September approaches, the world is watching": the date is
	// its clause's subject, and cutting it out leaves a fragment ("As
	// approaches"); the rest of the sentence is the event.
	if na <= 2 && nb <= 2 && nb > 0 && allFunctionWords(words[:nb]) &&
		countWordsTo(text[s.Start:clauseStart], 3)+countWordsTo(text[clauseEnd:s.End], 3) >= 3 {
		words = appendFields(words[:0], text[s.Start:clauseStart], eventWords)
		words = appendFields(words, text[clauseEnd:s.End], eventWords-len(words))
	} else if len(words) < 4 {
		// The date stands in its own clause: describe the rest of the sentence.
		words = appendFields(words[:0], text[s.Start:start], eventWords)
		words = appendFields(words, text[end:s.End], eventWords-len(words))
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
	const keep = 14
	ell := false
	if len(words) > keep {
		words = words[:keep]
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

// eventWords is how many words around a date are read: the event keeps
// 14, after any leading marks and dateline.
const eventWords = 24

// clauses finds the clause around each date of a text, the dates taken in
// order: the text from the last clause break (a comma not inside a
// number, a semicolon or a colon) before the date, or the sentence's
// start, to the first break after it, or the sentence's end. It remembers
// the last date's clause, so that each byte of a sentence is read once
// however many dates it holds.
type clauses struct {
	sent        int // the last date's sentence, -1 before the first
	lastStart   int // the last date's start
	clauseStart int // and its clause
	clauseEnd   int
}

// around returns the clause of the date from start to end in sentence s
// (number sn), which begins at or after the last date's end.
func (c *clauses) around(text string, sn int, s Sent, start, end int) (int, int) {
	same := sn == c.sent
	// A break inside the date ("March 3, 2015") ends no clause of its own.
	lo, cs := s.Start, s.Start
	if same {
		// Before the last date's start the last break is known.
		lo, cs = c.lastStart, c.clauseStart
	}
	for i := start - 1; i >= lo; i-- {
		if isClauseBreak(text[i]) && !digitComma(text, i) {
			cs = i + 1
			break
		}
	}
	ce := s.End
	if same && c.clauseEnd >= end {
		ce = c.clauseEnd // the first break after the last date is after this one too
	} else {
		for i := end; i < s.End; i++ {
			if isClauseBreak(text[i]) && !digitComma(text, i) {
				ce = i
				break
			}
		}
	}
	c.sent, c.lastStart, c.clauseStart, c.clauseEnd = sn, start, cs, ce
	return cs, ce
}

// appendFields appends to out the first n fields of s, as strings.Fields
// splits them.
func appendFields(out []string, s string, n int) []string {
	if n <= 0 {
		return out
	}
	for f := range strings.FieldsSeq(s) {
		out = append(out, f)
		if n--; n == 0 {
			break
		}
	}
	return out
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
