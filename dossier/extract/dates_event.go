// The event a date dates: the clause around the expression, trimmed to
// what happened.

package extract

import (
	"strings"
)

// eventAround describes what a date in sentence s dates: the clause holding
// it, without the date, or the sentence's main clause when that clause is
// the date alone ("In July 2025, Guillot met Morales").
func (d *doc) eventAround(s Sent, start, end int) string {
	text := d.text
	clauseStart, clauseEnd := s.Start, s.End
	for i := start - 1; i >= s.Start; i-- {
		if isClauseBreak(text[i]) && !digitComma(text, i) {
			clauseStart = i + 1
			break
		}
	}
	for i := end; i < s.End; i++ {
		if isClauseBreak(text[i]) && !digitComma(text, i) {
			clauseEnd = i
			break
		}
	}
	before := strings.TrimSpace(text[clauseStart:start])
	after := strings.TrimSpace(text[end:clauseEnd])
	// The words on either side, as if the two sides were one text with
	// the date cut out.
	bw, aw := strings.Fields(before), strings.Fields(after)
	words := append(bw[:len(bw):len(bw)], aw...)
	// "As mid-September approaches, the world is watching": the date is
	// its clause's subject, and cutting it out leaves a fragment ("As
	// approaches"); the rest of the sentence is the event.
	if len(aw) <= 2 && len(bw) <= 2 && len(bw) > 0 && allFunctionWords(bw) &&
		countWords(text[s.Start:clauseStart])+countWords(text[clauseEnd:s.End]) >= 3 {
		words = append(strings.Fields(text[s.Start:clauseStart]), strings.Fields(text[clauseEnd:s.End])...)
	} else if len(words) < 4 {
		// The date stands in its own clause: describe the rest of the sentence.
		words = append(strings.Fields(text[s.Start:start]), strings.Fields(text[end:s.End])...)
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
