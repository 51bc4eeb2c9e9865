package dossier

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/briefwright/briefwright/dossier/extract"
)

// hugeArticle builds a realistic article of about size bytes: the demo
// article again and again, each copy under its own dispatch line, with the
// proposals extraction makes for one copy repeated at every copy's place.
// Extracting the whole text would take the extractor's time, not the
// store's, which is what this measures.
func hugeArticle(tb testing.TB, size int) (Article, *extract.Extraction) {
	demo, err := os.ReadFile(filepath.Join("..", "assets", "demo", "cartel-strikes.txt"))
	if err != nil {
		tb.Fatal(err)
	}
	one := extract.Extract(string(demo), extract.Meta{Title: "Cartel strikes"})
	paras := len(extract.Paragraphs(string(demo)))
	var b strings.Builder
	x := &extract.Extraction{}
	actors := map[string]int{}
	for i := 0; b.Len() < size; i++ {
		fmt.Fprintf(&b, "Dispatch %d.\n\n", i)
		off, p := b.Len(), i*(paras+1)+1 // the dispatch line is a paragraph
		b.Write(demo)
		b.WriteString("\n\n")
		span := func(s extract.Span) extract.Span {
			return extract.Span{Paragraph: s.Paragraph + p, Start: s.Start + off, End: s.End + off}
		}
		for _, a := range one.Actors {
			j, ok := actors[a.Name]
			if !ok {
				j = len(x.Actors)
				actors[a.Name] = j
				a.Spans = nil
				x.Actors = append(x.Actors, a)
			}
			for _, s := range one.Actors[j].Spans {
				x.Actors[j].Spans = append(x.Actors[j].Spans, span(s))
			}
		}
		for _, q := range one.Quotes {
			s := span(extract.Span{Paragraph: q.Paragraph, Start: q.Start, End: q.End})
			q.Paragraph, q.Start, q.End = s.Paragraph, s.Start, s.End
			x.Quotes = append(x.Quotes, q)
		}
		for _, src := range one.Sources {
			s := span(extract.Span{Paragraph: src.Paragraph, Start: src.Start, End: src.End})
			src.Paragraph, src.Start, src.End = s.Paragraph, s.Start, s.End
			x.Sources = append(x.Sources, src)
		}
		for _, q := range one.Questions {
			s := span(extract.Span{Paragraph: q.Paragraph, Start: q.Start, End: q.End})
			q.Paragraph, q.Start, q.End = s.Paragraph, s.Start, s.End
			x.Questions = append(x.Questions, q)
		}
		for _, d := range one.Dates {
			s := span(extract.Span{Paragraph: d.Paragraph, Start: d.Start, End: d.End})
			d.Paragraph, d.Start, d.End = s.Paragraph, s.Start, s.End
			x.Dates = append(x.Dates, d)
		}
	}
	return Article{Title: "Cartel strikes, again and again", Format: "txt", Text: b.String()}, x
}

// BenchmarkHugeArticle stores one 19.9 MB article with its proposals, the
// store's share of importing the largest file ingest accepts, then reads
// it back whole as export does. It reports the seconds of each, the
// process's peak resident memory and the most steps one statement took.
//
//	go test ./dossier -run '^$' -bench HugeArticle -benchtime 1x
func BenchmarkHugeArticle(b *testing.B) {
	a, x := hugeArticle(b, 19_900_000)
	mentions := 0
	for _, ac := range x.Actors {
		mentions += len(ac.Spans)
	}
	b.Logf("%.1f MB, %d paragraphs, %d actors (%d mentions), %d quotes, %d sources, %d questions, %d dates",
		float64(len(a.Text))/1e6, len(extract.Paragraphs(a.Text)), len(x.Actors), mentions, len(x.Quotes), len(x.Sources), len(x.Questions), len(x.Dates))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		path := filepath.Join(b.TempDir(), "huge.dossier")
		s := must[*Store](b)(Open(path))
		t0 := time.Now()
		must[int64](b)(s.AddArticle(a, x))
		store := time.Since(t0)
		check(b, s.Close())
		t0 = time.Now()
		r := must[*Store](b)(OpenReadOnly(path))
		d := must[*Dossier](b)(r.Snapshot())
		read := time.Since(t0)
		r.Close()
		if len(d.Quotes) != len(x.Quotes) {
			b.Fatalf("%d quotes read back, want %d", len(d.Quotes), len(x.Quotes))
		}
		b.ReportMetric(store.Seconds(), "store-s")
		b.ReportMetric(read.Seconds(), "read-s")
	}
	b.StopTimer()
	if mb := peakRSS(); mb > 0 {
		b.ReportMetric(mb, "peak-rss-MB")
	}
	b.ReportMetric(float64(largestStatement()), "max-steps")
	runtime.KeepAlive(a)
}
