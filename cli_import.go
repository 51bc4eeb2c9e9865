package main

import (
	"errors"
	"flag"
	"fmt"
	"io"

	"github.com/briefwright/briefwright/dossier"
	"github.com/briefwright/briefwright/dossier/extract"
)

func cmdImport(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("import", flag.ContinueOnError)
	path := fs.String("dossier", "", "dossier file to add the articles to (created if missing)")
	files, err := parseInterspersed(fs, args)
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
			fmt.Fprintf(stderr, "briefwright: %v\n", err)
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
			fmt.Fprintf(stderr, "briefwright: %s: skipped, %v\n", f, err)
			dups++
		case err != nil:
			fmt.Fprintf(stderr, "briefwright: %s: %v\n", f, err)
			failed++
		default:
			added++
			fmt.Fprintf(stdout, "%s: added as article %d (%d actors, %d quotes, %d sources, %d questions, %d dates)\n",
				f, id, len(x.Actors), len(x.Quotes), len(x.Sources), len(x.Questions), len(x.Dates))
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
// dossier; x.File is the path as the user gave it.
func prepare(path string) (dossier.Article, *extract.Extraction, error) {
	a, x, err := dossier.Prepare(path)
	if x != nil {
		x.File = path
	}
	return a, x, err
}
