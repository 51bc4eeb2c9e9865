package extract

import (
	"os"
	"path/filepath"
	"testing"
)

// The finders test a token's classes instead of looking its word up in
// the lists; each class must say exactly what the list says, for every
// token of every test article.
func TestTokenClassesMatchLists(t *testing.T) {
	paths, _ := filepath.Glob("testdata/articles/*/article.txt")
	if len(paths) == 0 {
		t.Skip("no test articles")
	}
	inMap := func(m map[string]bool) func(string) bool { return func(w string) bool { return m[w] } }
	checks := []struct {
		name string
		bit  func(d *doc, i int) bool
		in   func(w string) bool
	}{
		{"aheadWords", func(d *doc, i int) bool { return d.openClass(i)&oAhead != 0 }, inMap(aheadWords)},
		{"planVerbs", func(d *doc, i int) bool { return d.openClass(i)&oPlan != 0 }, inMap(planVerbs)},
		{"embedWords", func(d *doc, i int) bool { return d.openClass(i)&oEmbed != 0 }, inMap(embedWords)},
		{"personalWords", func(d *doc, i int) bool { return d.openClass(i)&oPersonal != 0 }, inMap(personalWords)},
		{"holidays", func(d *doc, i int) bool { return d.dateClass(i)&dHoliday != 0 }, inMap(holidays)},
		{"soloHolidays", func(d *doc, i int) bool { return d.dateClass(i)&dSoloHoliday != 0 }, inMap(soloHolidays)},
		{"yearParts", func(d *doc, i int) bool { return d.dateClass(i)&dYearPart != 0 }, inMap(yearParts)},
		{"monthNames", func(d *doc, i int) bool { return d.dateClass(i)&dMonth != 0 }, func(w string) bool { return monthNames[w] > 0 }},
	}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		d := newDoc(string(b), Meta{})
		for i := range d.toks {
			lw := d.low(i)
			for _, c := range checks {
				if c.bit(d, i) != c.in(lw) {
					t.Fatalf("%s: token %q: class %s is %v, the list says %v", p, d.tok(i), c.name, c.bit(d, i), c.in(lw))
				}
			}
			cal := d.openClass(i)&oCalendar != 0
			_, wd := weekdays[lw]
			if cal != (wd || monthNames[lw] > 0) {
				t.Fatalf("%s: token %q: calendar class is %v", p, d.tok(i), cal)
			}
			var want []openCue
			if d.toks[i].word {
				want = cuesByWord[lw]
			}
			if got := cueLists[d.cueList[i]]; len(got) != len(want) || len(got) > 0 && &got[0] != &want[0] {
				t.Fatalf("%s: token %q: %d open-point cues, the list has %d", p, d.tok(i), len(got), len(want))
			}
			if d.quotedTok(i) != d.insideQuote(d.toks[i].start) {
				t.Fatalf("%s: token %q: quotedTok says %v", p, d.tok(i), d.quotedTok(i))
			}
		}
	}
}

// dateAt tries the commonest words a date can start with only with the
// parsers dateParsersOf names: every other parser must fail on them.
func TestDateParsersOfSkipOnlyFailingParsers(t *testing.T) {
	paths, _ := filepath.Glob("testdata/articles/*/article.txt")
	if len(paths) == 0 {
		t.Skip("no test articles")
	}
	parsers := [...]func(*doc, int) (dateExpr, bool){
		(*doc).periodAt, (*doc).partDateAt, (*doc).monthDateAt, (*doc).dayMonthAt, (*doc).seasonYearAt,
		(*doc).weekdayAt, (*doc).relativeAt, (*doc).numericDateAt,
	}
	texts := []string{
		"The summer of 1959. To date, the 1990s. A year ago, an hour later, the past few weeks.",
		"THE END OF THE YEAR. TO DATE. A FEW DAYS LATER. An 18-month span. The/2020 to/2021 a-1 the's.",
	}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	n := 0
	for _, text := range texts {
		d := newDoc(text, Meta{})
		for i := range d.toks {
			use := dateParsersOf(d.low(i))
			if use == nil || !d.toks[i].word {
				continue
			}
			n++
			for k, parse := range parsers {
				if _, ok := parse(d, i); ok && !contains(use, k) {
					t.Fatalf("parser %d reads a date at %q (%q), which dateAt does not try it on", k, d.tok(i), text[d.toks[i].start:min(len(text), d.toks[i].start+40)])
				}
			}
		}
	}
	if n < 1000 {
		t.Fatalf("only %d tokens checked", n)
	}
}
