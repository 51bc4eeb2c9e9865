package export

import (
	"fmt"
	"io"
	"math/rand"
	"path/filepath"
	"strings"
	"testing"

	"github.com/briefwright/briefwright/dossier"
	"github.com/briefwright/briefwright/dossier/extract"
)

// Benchmarks export a dossier of 1,000 generated articles with 10 quotes
// each (10,000 quotes), plus actors, sources, questions and dated events,
// the size the product promises to brief. Run them with
//
//	go test -run XXX -bench . -benchtime 3x ./export/
//
// BenchmarkSnapshotAndPDF1000 is the real path of `briefwright export`:
// read the dossier from SQLite, then write the PDF.

var (
	benchFirst   = []string{"Ana", "Luis", "María", "José", "Claudia", "Omar", "Rosa", "Pedro", "Elena", "Jorge", "Lucía", "Diego", "Sofía", "Ángel", "Marta", "Raúl"}
	benchLast    = []string{"García", "Morales", "Guzmán", "Trevilla", "Harfuch", "López", "Navarro", "Ruiz", "Ortega", "Castillo", "Mendoza", "Vega", "Ríos", "Salazar"}
	benchSources = []string{"Reuters", "Associated Press", "Daily Mail", "El Universal", "Milenio", "CNN", "Proceso", "Bloomberg"}
	benchWords   = strings.Fields(`the officials said that a plan to expand security cooperation along the border was
		discussed during several meetings with regional authorities while analysts warned that any unilateral action
		could strain relations and complicate trade talks already under pressure from tariffs and migration disputes`)
)

// benchArticle builds article n: 12 paragraphs, 10 of them with a quote by
// one of four named speakers, a cited source, a question and a date.
func benchArticle(n int) (dossier.Article, *extract.Extraction) {
	r := rand.New(rand.NewSource(int64(n) + 1))
	var speakers []string
	for len(speakers) < 4 {
		speakers = append(speakers, benchFirst[r.Intn(len(benchFirst))]+" "+benchLast[r.Intn(len(benchLast))])
	}
	x := &extract.Extraction{}
	spans := map[string][]extract.Span{}
	var b strings.Builder
	words := func(k int) {
		for i := 0; i < k; i++ {
			if i > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(benchWords[r.Intn(len(benchWords))])
		}
	}
	title := fmt.Sprintf("Border talks, report %d", n)
	b.WriteString(title)
	for p := 2; p <= 12; p++ {
		b.WriteString("\n\n")
		if p <= 11 {
			who := speakers[p%len(speakers)]
			b.WriteString("“")
			start := b.Len()
			words(12 + r.Intn(30))
			end := b.Len()
			b.WriteString(",” said ")
			s := b.Len()
			b.WriteString(who)
			spans[who] = append(spans[who], extract.Span{Paragraph: p, Start: s, End: b.Len()})
			b.WriteString(". ")
			x.Quotes = append(x.Quotes, extract.Quote{Text: b.String()[start:end], Speaker: who, SpeakerNamed: true,
				Cue: "said", Paragraph: p, Start: start, End: end})
		}
		switch p {
		case 3:
			b.WriteString("According to ")
			name := benchSources[r.Intn(len(benchSources))]
			s := b.Len()
			b.WriteString(name)
			x.Sources = append(x.Sources, extract.Source{Name: name, Kind: "outlet", Relation: "according_to", Paragraph: p, Start: s, End: b.Len()})
			b.WriteString(", talks began in March 2025. ")
			x.Dates = append(x.Dates, extract.Date{Text: "March 2025", Value: fmt.Sprintf("2025-%02d", 1+n%12), Event: "talks began", Paragraph: p})
		case 5:
			s := b.Len()
			b.WriteString("It remains unclear whether the plan will be approved.")
			x.Questions = append(x.Questions, extract.Question{Text: fmt.Sprintf("Will plan %d be approved?", n),
				Sentence: b.String()[s:], Paragraph: p, Start: s, End: b.Len()})
			b.WriteString(" ")
		}
		words(40 + r.Intn(20))
		b.WriteString(".")
	}
	for _, who := range speakers {
		if len(spans[who]) > 0 {
			x.Actors = append(x.Actors, extract.Actor{Name: who, Kind: "person", Role: "official",
				Mentions: len(spans[who]), Spans: spans[who]})
		}
	}
	return dossier.Article{Title: title, Outlet: "Generated Wire", Published: "2025-10-01", Format: "txt",
		File: fmt.Sprintf("gen-%04d.txt", n), Text: b.String()}, x
}

// benchStore fills a new dossier with n generated articles.
func benchStore(b *testing.B, n int) *dossier.Store {
	b.Helper()
	st, err := dossier.Open(filepath.Join(b.TempDir(), "bench.dossier"))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { st.Close() })
	for i := 0; i < n; i++ {
		a, x := benchArticle(i)
		if _, err := st.AddArticle(a, x); err != nil {
			b.Fatal(err)
		}
	}
	return st
}

func benchDossier(b *testing.B) (*dossier.Store, *dossier.Dossier) {
	st := benchStore(b, 1000)
	d, err := st.Snapshot()
	if err != nil {
		b.Fatal(err)
	}
	if len(d.Quotes) < 10000 || len(d.Articles) != 1000 {
		b.Fatalf("generated %d articles and %d quotes, want 1,000 and 10,000", len(d.Articles), len(d.Quotes))
	}
	return st, d
}

// reportCPU adds the CPU seconds per op since start, which, unlike the
// wall time, a busy machine does not inflate.
func reportCPU(b *testing.B, start float64) {
	b.ReportMetric((cpuSeconds()-start)/float64(b.N), "cpu-s/op")
}

func BenchmarkPDF1000(b *testing.B) {
	_, d := benchDossier(b)
	b.ResetTimer()
	start := cpuSeconds()
	for i := 0; i < b.N; i++ {
		if err := PDF(io.Discard, d, fixed); err != nil {
			b.Fatal(err)
		}
	}
	reportCPU(b, start)
}

func BenchmarkSnapshotAndPDF1000(b *testing.B) {
	st, _ := benchDossier(b)
	b.ResetTimer()
	start := cpuSeconds()
	defer func() { reportCPU(b, start) }()
	for i := 0; i < b.N; i++ {
		d, err := st.Snapshot()
		if err != nil {
			b.Fatal(err)
		}
		if err := PDF(io.Discard, d, fixed); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkExcerptAndPDF1000 is what export does: read the capped
// excerpt from the store, then lay out the PDF.
func BenchmarkExcerptAndPDF1000(b *testing.B) {
	st, _ := benchDossier(b)
	b.ResetTimer()
	start := cpuSeconds()
	defer func() { reportCPU(b, start) }()
	for i := 0; i < b.N; i++ {
		ex, err := st.Excerpt(excerptCaps(fixed))
		if err != nil {
			b.Fatal(err)
		}
		if err := renderPDF(io.Discard, briefingOf(&ex.Dossier, ex, fixed), fixed); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkViewJSON1000 is the JSON export read item by item from the
// store.
func BenchmarkViewJSON1000(b *testing.B) {
	st, _ := benchDossier(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := st.View(func(v *dossier.View) error { return JSONView(io.Discard, v) }); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkMarkdown1000(b *testing.B) {
	_, d := benchDossier(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := Markdown(io.Discard, d, fixed); err != nil {
			b.Fatal(err)
		}
	}
}
