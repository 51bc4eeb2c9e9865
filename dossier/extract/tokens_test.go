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
