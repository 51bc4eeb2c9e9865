package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/briefwright/briefwright/dossier/extract"
)

func cmdExtract(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	asJSON := fs.Bool("json", false, "print JSON (one object per article, one per line for several)")
	files, err := parseInterspersed(fs, args)
	if err != nil {
		return err
	}
	if len(files) == 0 {
		return errUsage("extract needs at least one article file")
	}
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	if len(files) == 1 {
		enc.SetIndent("", "  ")
	}
	failed := false
	err = extractInOrder(files, func(x *extract.Extraction, err error) error {
		if err != nil {
			fmt.Fprintf(stderr, "briefwright: %v\n", err)
			failed = true
			return nil
		}
		if *asJSON {
			return enc.Encode(x)
		}
		printExtraction(stdout, x)
		return nil
	})
	if err != nil {
		return err
	}
	if failed {
		return errReported
	}
	return nil
}

// extractFile reads one article file and extracts it.
func extractFile(path string) (*extract.Extraction, error) {
	_, x, err := prepare(path)
	return x, err
}

// printExtraction writes a plain-text summary for reading in a terminal.
func printExtraction(w io.Writer, x *extract.Extraction) {
	a := x.Article
	fmt.Fprintf(w, "== %s\n", x.File)
	fmt.Fprintf(w, "%s\n", firstNonEmpty(a.Title, "(untitled)"))
	if by := strings.Join(nonEmpty(a.Outlet, a.Author, a.Published), " · "); by != "" {
		fmt.Fprintf(w, "%s\n", by)
	}
	fmt.Fprintf(w, "%d words, %d paragraphs\n", a.Words, a.Paragraphs)

	fmt.Fprintf(w, "\nActors (%d)\n", len(x.Actors))
	for _, ac := range x.Actors {
		detail := strings.Join(nonEmpty(ac.Role, ac.Affiliation), ", ")
		if detail != "" {
			detail = " — " + detail
		}
		fmt.Fprintf(w, "  %-12s %s%s (%d)\n", ac.Kind, ac.Name, detail, ac.Mentions)
	}
	fmt.Fprintf(w, "\nQuotes (%d)\n", len(x.Quotes))
	for _, q := range x.Quotes {
		fmt.Fprintf(w, "  ¶%d %s: “%s”\n", q.Paragraph, firstNonEmpty(q.Speaker, "(unknown speaker)"), q.Text)
	}
	fmt.Fprintf(w, "\nSources (%d)\n", len(x.Sources))
	for _, s := range x.Sources {
		fmt.Fprintf(w, "  ¶%d %s (%s, %s)\n", s.Paragraph, s.Name, s.Kind, s.Relation)
	}
	fmt.Fprintf(w, "\nOpen questions (%d)\n", len(x.Questions))
	for _, q := range x.Questions {
		fmt.Fprintf(w, "  ¶%d %s\n", q.Paragraph, q.Text)
	}
	fmt.Fprintf(w, "\nDates (%d)\n", len(x.Dates))
	for _, d := range x.Dates {
		fmt.Fprintf(w, "  ¶%d %s [%s] %s\n", d.Paragraph, d.Text, firstNonEmpty(d.Value, "?"), d.Event)
	}
	fmt.Fprintln(w)
}

func firstNonEmpty(s ...string) string {
	for _, v := range s {
		if v != "" {
			return v
		}
	}
	return ""
}

func nonEmpty(s ...string) []string {
	var out []string
	for _, v := range s {
		if v != "" {
			out = append(out, v)
		}
	}
	return out
}
