package extract

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// The finders test a token's classes instead of looking its word up in
// the lists; each class must say exactly what the list says, for every
// token of every test article.
func TestTokenClassesMatchLists(t *testing.T) {
	arts := testArticles(t)
	if len(arts) == 0 {
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
	for _, a := range arts {
		d := newDoc(a.text, Meta{})
		for i := range d.toks {
			lw := d.low(i)
			for _, c := range checks {
				if c.bit(d, i) != c.in(lw) {
					t.Fatalf("%s: token %q: class %s is %v, the list says %v", a.path, d.tok(i), c.name, c.bit(d, i), c.in(lw))
				}
			}
			cal := d.openClass(i)&oCalendar != 0
			_, wd := weekdays[lw]
			if cal != (wd || monthNames[lw] > 0) {
				t.Fatalf("%s: token %q: calendar class is %v", a.path, d.tok(i), cal)
			}
			var want []openCue
			if d.toks[i].word {
				want = cuesByWord[lw]
			}
			if got := cueLists[d.cueList(i)]; len(got) != len(want) || len(got) > 0 && &got[0] != &want[0] {
				t.Fatalf("%s: token %q: %d open-point cues, the list has %d", a.path, d.tok(i), len(got), len(want))
			}
			if d.quotedTok(i) != d.insideQuote(d.toks[i].start) {
				t.Fatalf("%s: token %q: quotedTok says %v", a.path, d.tok(i), d.quotedTok(i))
			}
		}
	}
}

// dateAt tries the commonest words a date can start with only with the
// parsers dateParsersOf names: every other parser must fail on them.
func TestDateParsersOfSkipOnlyFailingParsers(t *testing.T) {
	arts := testArticles(t)
	if len(arts) == 0 {
		t.Skip("no test articles")
	}
	parsers := dateParsers()
	texts := []string{
		"The summer of 1959. To date, the 1990s. A year ago, an hour later, the past few weeks.",
		"THE END OF THE YEAR. TO DATE. A FEW DAYS LATER. An 18-month span. The/2020 to/2021 a-1 the's.",
	}
	for _, a := range arts {
		texts = append(texts, a.text)
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

// tokenizeByRunes is tokenize as first written, rune by rune with no ASCII
// shortcuts: the reference the table-driven tokenizer must agree with.
func tokenizeByRunes(d *doc) (toks []token, lows []string) {
	text := d.text
	for si, s := range d.sents {
		i := s.Start
		for i < s.End {
			r, n := utf8.DecodeRuneInString(text[i:])
			if unicode.IsSpace(r) {
				i += n
				continue
			}
			if !isWordRune(r) {
				toks = append(toks, token{start: i, end: i + n, sent: si})
				lows = append(lows, strings.ToLower(text[i:i+n]))
				i += n
				continue
			}
			j := i + n
			for j < s.End {
				r2, n2 := utf8.DecodeRuneInString(text[j:])
				if isWordRune(r2) {
					j += n2
					continue
				}
				if r2 == '\'' || r2 == '’' || r2 == '-' || r2 == '‑' || r2 == '.' || r2 == '&' {
					if j+n2 < s.End {
						r3, _ := utf8.DecodeRuneInString(text[j+n2:])
						if isWordRune(r3) && (r2 != '.' || isDotted(text[i:j])) {
							j += n2
							continue
						}
					}
				}
				break
			}
			if j < s.End && text[j] == '.' && keepsPeriod(text[i:j]) {
				j++
			}
			lw := lowerASCII(text[i:j])
			for k := i; k < j; k++ {
				if text[k] >= utf8.RuneSelf {
					lw = strings.ToLower(text[i:j])
					break
				}
			}
			toks = append(toks, token{start: i, end: j, sent: si, word: true, cap: unicode.IsUpper(r), lowered: lw != lowerASCII(text[i:j])})
			lows = append(lows, lw)
			i = j
		}
	}
	return toks, lows
}

func checkTokenize(t *testing.T, text string) {
	d := newDoc(text, Meta{})
	toks, lows := tokenizeByRunes(d)
	if len(toks) != len(d.toks) {
		t.Fatalf("%q: %d tokens, the rune-by-rune tokenizer finds %d", text, len(d.toks), len(toks))
	}
	for i := range toks {
		if d.toks[i] != toks[i] || d.toks[i].word && d.low(i) != lows[i] {
			t.Fatalf("%q: token %d is %+v %q, the rune-by-rune tokenizer has %+v %q", text, i, d.toks[i], d.low(i), toks[i], lows[i])
		}
	}
}

var tokenizeSeeds = []string{
	"", "U.S. Gen. M. Smith’s co‑op can't — won't: A&M, 10:30 p.m. \"quoted\" (aside).",
	"Netan\u00adyahu, Zürich’s ÉCOLE naïve; İstanbul ǅemal x\u0301y.",
	"odd \u00a0 and\u2009thin spaces\t\ttabs.\nNext line. 'single' ’curly’ -dash- .dot. &amp",
	"ALL CAPS. E.U.-wide a.m. p.m. No. 10 St. Paul’s Dr. Who?",
}

func TestTokenizeMatchesRuneByRune(t *testing.T) {
	for _, s := range tokenizeSeeds {
		checkTokenize(t, s)
	}
	for _, a := range testArticles(t) {
		checkTokenize(t, a.text)
	}
}

func FuzzTokenize(f *testing.F) {
	for _, s := range tokenizeSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		// Articles reach extraction as UTF-8 (ingest makes them so).
		if len(s) > 1<<12 || !utf8.ValidString(s) {
			return
		}
		checkTokenize(t, s)
	})
}
