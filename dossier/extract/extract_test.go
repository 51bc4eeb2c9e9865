package extract

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// goldenPublished anchors the relative dates of the test articles.
const goldenPublished = "2025-06-20"

// TestGolden extracts each testdata/articles/NAME/article.txt and compares
// the JSON with extraction.golden.json beside it; go test -run Golden
// -update rewrites them, so a change shows as a diff to review.
func TestGolden(t *testing.T) {
	dirs, err := filepath.Glob("testdata/articles/*/article.txt")
	if err != nil || len(dirs) == 0 {
		t.Fatalf("no test articles: %v", err)
	}
	for _, f := range dirs {
		dir := filepath.Dir(f)
		t.Run(filepath.Base(dir), func(t *testing.T) {
			text, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			x := Extract(string(text), Meta{Published: goldenPublished})
			got, err := json.MarshalIndent(x, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden := filepath.Join(dir, "extraction.golden.json")
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -run Golden -update)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("extraction of %s differs from %s; run go test -run Golden -update and review the diff\n%s", f, golden, firstDiff(string(got), string(want)))
			}
		})
	}
}

func firstDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := 0; i < len(g) && i < len(w); i++ {
		if g[i] != w[i] {
			return "line " + itoa(i+1) + ":\n got: " + g[i] + "\nwant: " + w[i]
		}
	}
	return "lengths differ"
}

func itoa(n int) string { b, _ := json.Marshal(n); return string(b) }

// TestDemoArticle checks the reference article end to end on what a
// careful reader finds in it.
func TestDemoArticle(t *testing.T) {
	text, err := os.ReadFile("../../assets/demo/cartel-strikes.txt")
	if err != nil {
		t.Skip("demo article not found:", err)
	}
	x := Extract(string(text), Meta{})
	speakers := map[string]int{}
	for _, q := range x.Quotes {
		speakers[q.Speaker]++
	}
	if speakers["Nathan Jones"] != 9 || speakers["Sean Parnell"] != 2 || speakers["Pentagon spokesperson"] != 1 {
		t.Errorf("speakers: %v", speakers)
	}
	var sources []string
	for _, s := range x.Sources {
		sources = append(sources, s.Name)
	}
	if !reflect.DeepEqual(sources, []string{"Ken Klippenstein", "Straight Arrow News", "Daily Mail"}) {
		t.Errorf("sources: %q", sources)
	}
	if len(x.Dates) == 0 || x.Dates[0].Value != "2025-09-10/2025-09-20" {
		t.Errorf("dates: %+v", x.Dates)
	}
}

// FuzzExtract feeds arbitrary text to Extract: it must not panic or take
// over a second, must give the same result twice, and every span must lie inside the text and hold
// what the item says it holds.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"",
		"\n\n\n",
		`"`,
		`“unclosed`,
		"‘single’ and ’stray",
		`"Go home," he said. "Now."`,
		"Mr. Smith said: \"It is done.\nShe added, \"More.\"",
		"Joaquín \"El Chapo\" Guzmán met ‘El Chapo’ Guzman.",
		"Netan\u00adyahu’s Likud party said it would win.",
		"Senator Tim Kaine of Virginia said so on March 3-5, 2026.",
		"It is not yet clear whether the U.S. would act. The Pentagon declined to comment.",
		"From 10:30 p.m. Aug. 9 to 6:30 a.m., according to court records, no checks were made.",
		"WASHINGTON — Officials said late Thursday that talks may resume next week.",
		"What happened?\nNothing.\nWhy?\nNobody knows.",
		"U.S. A. B. C. D. Gen. Adm. Dr.",
		"2025-13-45 2025- -2025 0000 99999 mid- late- early",
		"\xff\xfe invalid \xc3 utf8 “\xe2\x80",
		"'" + strings.Repeat("Aa ", 50) + "'",
	} {
		f.Add(s, "2025-03-14")
	}
	// The degenerate shapes of the benchmarks, small, so the fuzzer can
	// grow them.
	for _, s := range degenerate(2048) {
		f.Add(s.text, "2019-11-19")
	}
	f.Fuzz(func(t *testing.T, text, pub string) {
		// Extraction is linear in the text's length: an input the fuzzer
		// can build (at most a few hundred KB) that takes over a second
		// has found a quadratic path.
		t0 := time.Now()
		x := Extract(text, Meta{Published: pub})
		if el := time.Since(t0); el > time.Second {
			t.Fatalf("extraction of %d bytes took %v", len(text), el)
		}
		y := Extract(text, Meta{Published: pub})
		if !reflect.DeepEqual(x, y) {
			t.Fatal("two extractions of the same text differ")
		}
		if _, err := json.Marshal(x); err != nil {
			t.Fatal(err)
		}
		n := x.Article.Paragraphs
		checkSpan := func(kind string, para, start, end int, want string) {
			if start < 0 || end < start || end > len(text) {
				t.Fatalf("%s span [%d,%d) outside the text (%d bytes)", kind, start, end, len(text))
			}
			if para < 1 || para > n {
				t.Fatalf("%s paragraph %d of %d", kind, para, n)
			}
			if want != "" && text[start:end] != want {
				t.Fatalf("%s span holds %q, item says %q", kind, text[start:end], want)
			}
		}
		for _, q := range x.Quotes {
			checkSpan("quote", q.Paragraph, q.Start, q.End, q.Text)
		}
		for _, q := range x.Questions {
			checkSpan("question", q.Paragraph, q.Start, q.End, q.Sentence)
		}
		for _, d := range x.Dates {
			checkSpan("date", d.Paragraph, d.Start, d.End, d.Text)
		}
		for _, s := range x.Sources {
			checkSpan("source", s.Paragraph, s.Start, s.End, "")
		}
		for _, a := range x.Actors {
			if a.Mentions != len(a.Spans) || a.Name == "" {
				t.Fatalf("actor %+v", a)
			}
			for _, sp := range a.Spans {
				checkSpan("actor", sp.Paragraph, sp.Start, sp.End, "")
			}
		}
		if utf8.ValidString(text) {
			for _, a := range x.Actors {
				if !utf8.ValidString(a.Name) {
					t.Fatalf("actor name %q is not UTF-8", a.Name)
				}
			}
		}
	})
}

// BenchmarkExtract measures one extraction of the reference article.
func BenchmarkExtract(b *testing.B) {
	text, err := os.ReadFile("../../assets/demo/cartel-strikes.txt")
	if err != nil {
		b.Skip("demo article not found:", err)
	}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Extract(string(text), Meta{Published: "2025-08-20"})
	}
}

// BenchmarkExtractGold extracts every gold article once per iteration:
// the mix the speed comparison with the peer extractor runs.
func BenchmarkExtractGold(b *testing.B) {
	arts := testArticles(b)
	for b.Loop() {
		for _, a := range arts {
			Extract(a.text, Meta{})
		}
	}
}

// testArticle is one testdata/articles/NAME/article.txt, read.
type testArticle struct{ path, text string }

// testArticles reads every test article, in the order of their names.
func testArticles(tb testing.TB) []testArticle {
	paths, err := filepath.Glob("testdata/articles/*/article.txt")
	if err != nil {
		tb.Fatal(err)
	}
	arts := make([]testArticle, 0, len(paths))
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		arts = append(arts, testArticle{p, string(b)})
	}
	return arts
}
