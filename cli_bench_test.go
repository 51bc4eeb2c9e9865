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

// BenchmarkExtractJSON runs `briefwright extract -json` on every gold
// article, the workload of the speed comparison with the peer extractor:
// reading, extracting and encoding, for a CPU profile of the whole path.
//
//	go test -run '^$' -bench ExtractJSON -benchtime 20x -cpuprofile cpu.out .
func BenchmarkExtractJSON(b *testing.B) {
	files, err := filepath.Glob("dossier/extract/testdata/articles/*/article.txt")
	if err != nil || len(files) == 0 {
		b.Skip("no gold articles")
	}
	args := append([]string{"-json"}, files...)
	for b.Loop() {
		if err := cmdExtract(args, io.Discard, io.Discard); err != nil {
			b.Fatal(err)
		}
	}
}
