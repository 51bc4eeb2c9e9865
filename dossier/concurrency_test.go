package dossier

import (
	"testing"
)

// Reads run while an import writes, and every read sees whole articles.
func TestReadsDuringImport(t *testing.T) {
	s := newStore(t)
	const n = 40
	done := make(chan error, 1)
	go func() {
		for i := 0; i < n; i++ {
			a, x := genArticle(i)
			if _, err := s.AddArticle(a, x); err != nil {
				done <- err
				return
			}
		}
		done <- nil
	}()
	reads, last := 0, 0
	for finished := false; !finished; {
		select {
		case err := <-done:
			check(t, err)
			finished = true
		default:
		}
		d := must[*Dossier](t)(s.Snapshot())
		// Every generated article has quotes: a snapshot holding an
		// article without them saw half a transaction.
		withQuotes := map[int64]bool{}
		for _, q := range d.Quotes {
			withQuotes[q.Prov.ArticleID] = true
		}
		if len(withQuotes) != len(d.Articles) {
			t.Fatalf("snapshot: %d articles, %d with quotes", len(d.Articles), len(withQuotes))
		}
		if len(d.Articles) < last {
			t.Fatalf("articles went from %d to %d", last, len(d.Articles))
		}
		last = len(d.Articles)
		must[[]Hit](t)(s.Search("border", 20))
		c := must[Counts](t)(s.Counts())
		if c.Total(KindArticle) < last {
			t.Fatalf("counts behind a snapshot taken before them: %d < %d", c.Total(KindArticle), last)
		}
		reads++
	}
	if c := must[Counts](t)(s.Counts()); c.Total(KindArticle) != n {
		t.Errorf("%d articles, want %d", c.Total(KindArticle), n)
	}
	t.Logf("%d rounds of reads during the import", reads)
}
