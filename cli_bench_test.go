package main

import (
	"flag"
	"io"
	"path/filepath"
	"testing"
)

var benchArticle = flag.String("article", "", "article file BenchmarkImportArticle imports")

// BenchmarkImportArticle imports one article file into a new dossier, as
// `briefwright import` does, for a CPU profile of the whole path:
//
//	go test -run '^$' -bench ImportArticle -benchtime 1x -cpuprofile cpu.out . -args -article FILE
//
// scripts/bench-hostile.sh -profile runs it on a 19.9 MB article.
func BenchmarkImportArticle(b *testing.B) {
	if *benchArticle == "" {
		b.Skip("no -article FILE given")
	}
	for b.Loop() {
		d := filepath.Join(b.TempDir(), "d.dossier")
		if err := cmdImport([]string{"-dossier", d, *benchArticle}, io.Discard, io.Discard); err != nil {
			b.Fatal(err)
		}
	}
}
