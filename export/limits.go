package export

import (
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/briefwright/briefwright/dossier/extract"
)

// A briefing is read by a person, and an article file can hold what no
// person reads: two million one-word questions, three million paragraphs,
// one paragraph of ten megabytes. So a briefing lists at most so many items
// of each kind per article, the accepted ones first, and says how many it
// left out; the dossier and the JSON export keep everything. The limits are
// far above what a news article gives (a long one has a few dozen quotes),
// and they keep the time and memory an export takes in proportion to what
// it prints rather than to what the dossier holds.
type limits struct {
	actors, quotes, sources, questions, events int // per article
	paragraphs                                 int // printed in the appendix, per article
	appendixBytes                              int // of an article's text printed in the appendix
	text                                       int // runes of one quote, question, answer, note, …
	name                                       int // runes of a name, role, title, cue, …
	notes, tags, cites                         int // per item
}

var listLimits = limits{
	actors: 150, quotes: 150, sources: 100, questions: 100, events: 150,
	paragraphs: 1500, appendixBytes: 250_000,
	text: 10_000, name: 400,
	notes: 20, tags: 30, cites: 12,
}

// pick chooses which of n items a briefing lists, at most limit per
// article. eligible leaves out what the briefing never shows (rejected
// items); better orders an article's items when it has more than limit
// (nil keeps their order). It returns the indices chosen, in their order,
// and adds to left how many of each article's items it left out.
func pick(n, limit int, eligible func(i int) bool, article func(i int) int, better func(i, j int) bool, left map[int]int) []int {
	per := map[int]int{}
	for i := range n {
		if eligible(i) {
			per[article(i)]++
		}
	}
	var keep []int
	over := map[int][]int{}
	for i := range n {
		if !eligible(i) {
			continue
		}
		a := article(i)
		if per[a] <= limit {
			keep = append(keep, i)
		} else {
			over[a] = append(over[a], i)
		}
	}
	if len(over) == 0 {
		return keep
	}
	for a, is := range over {
		if better != nil {
			sort.SliceStable(is, func(x, y int) bool { return better(is[x], is[y]) })
		}
		keep = append(keep, is[:limit]...)
		left[a] += len(is) - limit
	}
	sort.Ints(keep)
	return keep
}

// leftOutNote says how many items of a kind the briefing left out, and
// from which articles, or "" when it left out none.
func leftOutNote(plural string, limit int, left map[int]int) string {
	if len(left) == 0 {
		return ""
	}
	arts := make([]int, 0, len(left))
	total := 0
	for a, n := range left {
		arts = append(arts, a)
		total += n
	}
	sort.Ints(arts)
	name := func(a int) string {
		if a == 0 {
			return "no article"
		}
		return fmt.Sprintf("A%d", a)
	}
	var from string
	switch {
	case len(arts) == 1:
		from = thousands(total) + " more from " + name(arts[0])
	case len(arts) <= 4:
		var parts []string
		for _, a := range arts {
			parts = append(parts, thousands(left[a])+" from "+name(a))
		}
		from = listing(parts)
	default:
		var some []string
		for _, a := range arts[:3] {
			some = append(some, name(a))
		}
		from = fmt.Sprintf("%s more from %s articles (%s and %s others)", thousands(total),
			thousands(len(arts)), strings.Join(some, ", "), thousands(len(arts)-3))
	}
	return fmt.Sprintf("This briefing lists at most %s %s per article: %s are left out here; "+
		"the dossier and its JSON export hold them all.", thousands(limit), plural, from)
}

// clip shortens s to at most n runes, ending it with an ellipsis.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	i, count := 0, 0
	for i < len(s) && count < n-1 {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
		count++
	}
	if i >= len(s) {
		return s
	}
	if _, size := utf8.DecodeRuneInString(s[i:]); i+size == len(s) {
		return s // exactly n runes: they fit
	}
	return s[:i] + "…"
}

// firstN returns up to n of xs, and a last entry saying how many more
// there are, in a new slice: callers shorten its entries, and xs is the
// dossier's own.
func firstN(xs []string, n int, more func(int) string) []string {
	if len(xs) <= n {
		return append([]string(nil), xs...)
	}
	out := append([]string(nil), xs[:n]...)
	return append(out, more(len(xs)-n))
}

// appendixParagraphs returns the paragraphs of an article's text that the
// appendix prints, and, when it cannot print them all, a sentence saying
// what it left out. Only the text it may print is split into paragraphs,
// so an article of three million one-letter paragraphs costs no more than
// a long ordinary one. The last paragraph may be cut short.
func appendixParagraphs(text string) ([]extract.Para, string) {
	lim := listLimits
	head := text
	if len(head) > lim.appendixBytes {
		i := lim.appendixBytes
		for i > 0 && !utf8.RuneStart(text[i]) {
			i--
		}
		head = text[:i]
	}
	ps := extract.Paragraphs(head)
	if len(ps) > lim.paragraphs {
		ps = ps[:lim.paragraphs]
	}
	if len(ps) == 0 {
		return nil, ""
	}
	last := ps[len(ps)-1]
	rest := strings.TrimSpace(text[last.End:])
	if rest == "" {
		return ps, ""
	}
	upTo := fmt.Sprintf("¶%s", thousands(last.Index))
	if last.End == len(head) && len(head) < len(text) && !strings.ContainsRune(" \t\r\n", rune(text[len(head)])) {
		upTo = "part of " + upTo
	}
	return ps, fmt.Sprintf("The appendix prints this article up to %s; the rest, %s of text, is in the dossier and its JSON export.",
		upTo, byteSize(len(text)-last.End))
}

// byteSize writes a size for people: 820 bytes, 45 KB, 8.6 MB.
func byteSize(n int) string {
	switch {
	case n < 1000:
		return fmt.Sprintf("%d bytes", n)
	case n < 1_000_000:
		return fmt.Sprintf("%d KB", (n+500)/1000)
	}
	return fmt.Sprintf("%.1f MB", float64(n)/1e6)
}
