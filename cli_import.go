package main

import (
	"errors"
	"fmt"
	"io"

	"github.com/briefwright/briefwright/dossier"
	"github.com/briefwright/briefwright/dossier/extract"
	"github.com/briefwright/briefwright/export"
)

func cmdImport(args []string, stdout, stderr io.Writer) error {
	c := newCommand("import", "import -dossier FILE ARTICLE...",
		"Reads article files (.txt, .md, .html, .pdf), extracts actors, quotes, sources, questions and dates,\n"+
			"and adds them to the dossier as proposals to review. Put -- before file names that start with a dash.", stdout)
	path := c.fs.String("dossier", "", "dossier file to add the articles to (created if missing)")
	files, err := c.parse(args)
	if err != nil {
		return err
	}
	if *path == "" {
		return errUsage("import needs -dossier FILE")
	}
	if len(files) == 0 {
		return errUsage("import needs at least one article file")
	}
	var st *dossier.Store
	defer func() {
		if st != nil {
			st.Close()
		}
	}()
	var added, dups, failed int
	for _, f := range files {
		a, x, err := prepare(f)
		if err != nil {
			sayf(stderr, "%v", err)
			failed++
			continue
		}
		// The dossier is opened only once some article is good, so a run
		// made only of bad files leaves no new or touched dossier behind.
		if st == nil {
			if st, err = dossier.Open(*path); err != nil {
				return err
			}
		}
		id, err := st.AddArticle(a, x)
		var dup *dossier.DuplicateError
		switch {
		case errors.As(err, &dup):
			sayf(stderr, "%s: skipped, %v", f, err)
			dups++
		case err != nil:
			sayf(stderr, "%s: %v", f, err)
			failed++
		default:
			added++
			fmt.Fprintf(stdout, "%s: added as article %d (%d actors, %d quotes, %d sources, %d questions, %d dates)\n",
				export.Visible(f), id, len(x.Actors), len(x.Quotes), len(x.Sources), len(x.Questions), len(x.Dates))
		}
	}
	if len(files) > 1 {
		fmt.Fprintf(stdout, "%d added, %d already in the dossier, %d failed\n", added, dups, failed)
	}
	if failed > 0 {
		return errReported
	}
	return nil
}

// prepare reads and extracts one article file without touching any
// dossier; x.File is the path as the user gave it. A bug met on one file
// is that file's error, so the others are still read: extraction runs on
// several goroutines, where a panic would end the program with a trace.
func prepare(path string) (a dossier.Article, x *extract.Extraction, err error) {
	defer func() {
		if r := recover(); r != nil {
			a, x, err = dossier.Article{}, nil, fmt.Errorf("%s: internal error while reading it: %v", path, r)
		}
	}()
	a, x, err = dossier.Prepare(path)
	if x != nil {
		x.File = path
	}
	return a, x, err
}
