package dossier

import (
	"fmt"
	"path/filepath"
	"testing"

	"github.com/briefwright/briefwright/dossier/extract"
)

type genPair struct {
	a Article
	x *extract.Extraction
}

func genMany(n int) []genPair {
	out := make([]genPair, n)
	for i := range out {
		out[i].a, out[i].x = genArticle(i)
	}
	return out
}

// fill adds articles to a new dossier in dir.
func fill(b *testing.B, dir string, arts []genPair) *Store {
	s, err := Open(filepath.Join(dir, "bench.dossier"))
	if err != nil {
		b.Fatal(err)
	}
	for _, p := range arts {
		if _, err := s.AddArticle(p.a, p.x); err != nil {
			b.Fatal(err)
		}
	}
	return s
}

// BenchmarkImport1000 adds 1,000 generated articles of about 800 words and
// 20 proposals each to a new dossier, one transaction per article, as an
// import does. One op is the whole thousand.
func BenchmarkImport1000(b *testing.B) {
	arts := genMany(1000)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		s := fill(b, b.TempDir(), arts)
		b.StopTimer()
		s.Close()
		b.StartTimer()
	}
}

// BenchmarkSearch1000 searches a dossier of 1,000 articles; one op is one
// search as typed in the search box.
func BenchmarkSearch1000(b *testing.B) {
	s := fill(b, b.TempDir(), genMany(1000))
	defer s.Close()
	queries := []string{"Guzmán", "border security", `"security cooperation"`, "reuters", "approve the plan", "tarif", "Pentagon spokesperson", "zebra"}
	for _, q := range queries {
		b.Run(fmt.Sprintf("%q", q), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				if _, err := s.Search(q, 50); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkRead1000 reads a dossier of 1,000 articles the ways the GUI and
// the exporters do.
func BenchmarkRead1000(b *testing.B) {
	dir := b.TempDir()
	s := fill(b, dir, genMany(1000))
	s.Close()
	s, err := Open(filepath.Join(dir, "bench.dossier"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	for _, r := range []struct {
		name string
		fn   func() error
	}{
		{"Open", func() error {
			s, err := Open(filepath.Join(dir, "bench.dossier"))
			if err == nil {
				_, err = s.Counts()
				s.Close()
			}
			return err
		}},
		{"Snapshot", func() error { _, err := s.Snapshot(); return err }},
		{"Counts", func() error { _, err := s.Counts(); return err }},
		{"Actors", func() error { _, err := s.Actors(Filter{}); return err }},
		{"Quotes", func() error { _, err := s.Quotes(Filter{}); return err }},
		{"Articles", func() error { _, err := s.Articles(); return err }},
	} {
		b.Run(r.name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				if err := r.fn(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
