package dossier

import (
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/briefwright/briefwright/dossier/extract"
)

// The store's share of importing the degenerate article files
// scripts/bench-hostile.sh makes, extraction left out: two million
// one-word questions in one paragraph, and three million one-letter
// paragraphs. Each reports the seconds storing takes and the bytes it
// allocates on the Go heap, which decide how far the heap grows past the
// extraction it is given.
//
//	go test ./dossier -run '^$' -bench 'StoreMany' -benchtime 1x
func BenchmarkStoreManyQuestions(b *testing.B) {
	const n = 2_000_000
	var t strings.Builder
	t.WriteString("Two million questions\n\n")
	x := &extract.Extraction{Questions: make([]extract.Question, 0, n)}
	for range n {
		s := t.Len()
		t.WriteString("Why? ")
		x.Questions = append(x.Questions, extract.Question{Text: "Why?", Sentence: "Why?", Paragraph: 2, Start: s, End: s + 4})
	}
	benchStoreShape(b, Article{Title: "Two million questions", Text: t.String()}, x)
}

func BenchmarkStoreManyParagraphs(b *testing.B) {
	text := "Three million paragraphs\n\n" + strings.Repeat("a\n\n", 3_000_000)
	benchStoreShape(b, Article{Title: "Three million paragraphs", Text: text}, &extract.Extraction{})
}

func benchStoreShape(b *testing.B, a Article, x *extract.Extraction) {
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		s := must[*Store](b)(Open(filepath.Join(b.TempDir(), "shape.dossier")))
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		t0 := time.Now()
		must[int64](b)(s.AddArticle(a, x))
		took := time.Since(t0)
		runtime.ReadMemStats(&after)
		check(b, s.Close())
		b.ReportMetric(took.Seconds(), "store-s")
		b.ReportMetric(float64(after.TotalAlloc-before.TotalAlloc)/1e6, "alloc-MB")
	}
}
