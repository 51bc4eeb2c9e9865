package dossier

import (
	"fmt"
	"path/filepath"
	"sort"
	"testing"
	"time"

	"github.com/briefwright/briefwright/dossier/extract"
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

// Two stores on one file, as two processes importing at once: both
// finish, and the dossier holds every article of both, whole.
func TestTwoStoresWriteConcurrently(t *testing.T) {
	path := filepath.Join(t.TempDir(), "shared.dossier")
	first := must[*Store](t)(Open(path))
	defer first.Close()
	second := must[*Store](t)(Open(path))
	defer second.Close()
	const n = 25
	errs := make(chan error, 2)
	for w, s := range []*Store{first, second} {
		go func() {
			for i := 0; i < n; i++ {
				a, x := genArticle(w*1000 + i)
				if _, err := s.AddArticle(a, x); err != nil {
					errs <- err
					return
				}
			}
			errs <- nil
		}()
	}
	for range 2 {
		check(t, <-errs)
	}
	check(t, first.Close())
	check(t, second.Close())
	if got := verifyWhole(t, path); got != 2*n {
		t.Errorf("%d articles, want %d", got, 2*n)
	}
}

// BenchmarkSecondWriterWait measures how long a second writer waits while
// another store imports articles back to back, extracting each before its
// transaction as the import does. It reports the second writer's longest
// and median wait for one small write.
func BenchmarkSecondWriterWait(b *testing.B) {
	for i := 0; i < b.N; i++ {
		path := filepath.Join(b.TempDir(), "shared.dossier")
		importer := must[*Store](b)(Open(path))
		other := must[*Store](b)(Open(path))
		stop := make(chan struct{})
		done := make(chan error)
		go func() {
			for j := 0; ; j++ {
				select {
				case <-stop:
					done <- nil
					return
				default:
				}
				a, _ := genArticle(j)
				x := extract.Extract(a.Text, extract.Meta{Title: a.Title})
				if _, err := importer.AddArticle(a, x); err != nil {
					done <- err
					return
				}
			}
		}()
		var waits []time.Duration
		for j := 0; j < 40; j++ {
			time.Sleep(20 * time.Millisecond)
			t0 := time.Now()
			if err := other.UpdateMeta(Meta{Title: fmt.Sprint("edit ", j)}); err != nil {
				b.Fatal(err)
			}
			waits = append(waits, time.Since(t0))
		}
		close(stop)
		if err := <-done; err != nil {
			b.Fatal(err)
		}
		importer.Close()
		other.Close()
		sort.Slice(waits, func(i, j int) bool { return waits[i] < waits[j] })
		b.ReportMetric(float64(waits[len(waits)-1].Microseconds())/1000, "max-wait-ms")
		b.ReportMetric(float64(waits[len(waits)/2].Microseconds())/1000, "median-wait-ms")
	}
}
