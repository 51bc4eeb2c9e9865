// The event a date dates: the clause around the expression, trimmed to
// what happened.

package extract

import (
	"sort"
	"strings"
)

// eventAround describes what a date in sentence s dates: the clause holding
// it, without the date, or the sentence's main clause when that clause is
// the date alone ("In July 2025, Guillot met Morales").
//
// breaks are the offsets of the text's clause breaks (clauseBreaks). A
// sentence may be a megabyte with a date every few words: the clause is
// found among them, not by reading the sentence, and only the words the
// event can keep are read, so each date costs the same.
func (d *doc) eventAround(s Sent, start, end int, breaks []int) string {
	text := d.text
	clauseStart, clauseEnd := s.Start, s.End
	// The last break before the date and the first after it (a comma
	// inside the date, "March 3, 2015", is neither).
	if k := sort.SearchInts(breaks, start); k > 0 && breaks[k-1] >= s.Start {
		clauseStart = breaks[k-1] + 1
	}
	if k := sort.SearchInts(breaks, end); k < len(breaks) && breaks[k] < s.End {
		clauseEnd = breaks[k]
	}
	before := strings.TrimSpace(text[clauseStart:start])
	after := strings.TrimSpace(text[end:clauseEnd])
	// The words on either side, as if the two sides were one text with
	// the date cut out.
	bw, aw := fieldsUpTo(before, eventWords), fieldsUpTo(after, eventWords)
	words := append(bw[:len(bw):len(bw)], aw...)
	// "As mid-September approaches, the world is watching": the date is
	// its clause's subject, and cutting it out leaves a fragment ("As
	// approaches"); the rest of the sentence is the event.
	if len(aw) <= 2 && len(bw) <= 2 && len(bw) > 0 && allFunctionWords(bw) &&
		countWordsTo(text[s.Start:clauseStart], 3)+countWordsTo(text[clauseEnd:s.End], 3) >= 3 {
		words = append(fieldsUpTo(text[s.Start:clauseStart], eventWords), fieldsUpTo(text[clauseEnd:s.End], eventWords)...)
	} else if len(words) < 4 {
		// The date stands in its own clause: describe the rest of the sentence.
		words = append(fieldsUpTo(text[s.Start:start], eventWords), fieldsUpTo(text[end:s.End], eventWords)...)
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

// eventWords is how many words of each side of a date are read: the event
// keeps 14, after any leading marks and dateline.
const eventWords = 32

// clauseBreaks returns the offsets of the marks that end a clause in text
// (commas, not those inside a number, semicolons and colons), in order.
func clauseBreaks(text string) []int {
	var out []int
	for i := 0; i < len(text); i++ {
		if isClauseBreak(text[i]) && !digitComma(text, i) {
			out = append(out, i)
		}
	}
	return out
}

// fieldsUpTo is strings.Fields stopping after n fields.
func fieldsUpTo(s string, n int) []string {
	var out []string
	for f := range strings.FieldsSeq(s) {
		if len(out) == n {
			break
		}
		out = append(out, f)
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
