package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/briefwright/briefwright/dossier/extract"
	"github.com/briefwright/briefwright/export"
)

func cmdExtract(args []string, stdout, stderr io.Writer) error {
	c := newCommand("extract", "extract [-json] ARTICLE...",
		"Prints what would be extracted from article files (.txt, .md, .html, .pdf); touches no dossier.\n"+
			"Put -- before file names that start with a dash.", stdout)
	asJSON := c.fs.Bool("json", false, "print JSON (one object per article, one per line for several)")
	files, err := c.parse(args)
	if err != nil {
		return err
	}
	if len(files) == 0 {
		return errUsage("extract needs at least one article file")
	}
	out := bufio.NewWriterSize(stdout, 64<<10)
	defer out.Flush()
	js := &jsonStream{w: out, indent: len(files) == 1}
	failed := false
	err = extractInOrder(files, func(x *extract.Extraction, err error) error {
		if err != nil {
			out.Flush() // keep the error after the output before it
			sayf(stderr, "%v", err)
			failed = true
			return nil
		}
		if *asJSON {
			return js.encode(x)
		}
		printExtraction(out, x)
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
// Article text may hold terminal escapes and line breaks: every line is
// printed through export.Visible.
func printExtraction(w io.Writer, x *extract.Extraction) {
	line := func(format string, args ...any) {
		fmt.Fprintf(w, "%s\n", export.Visible(fmt.Sprintf(format, args...)))
	}
	a := x.Article
	line("== %s", x.File)
	line("%s", firstNonEmpty(a.Title, "(untitled)"))
	if by := strings.Join(nonEmpty(a.Outlet, a.Author, a.Published), " · "); by != "" {
		line("%s", by)
	}
	line("%d words, %d paragraphs", a.Words, a.Paragraphs)

	fmt.Fprintln(w)
	line("Actors (%d)", len(x.Actors))
	for _, ac := range x.Actors {
		detail := strings.Join(nonEmpty(ac.Role, ac.Affiliation), ", ")
		if detail != "" {
			detail = " — " + detail
		}
		line("  %-12s %s%s (%d)", ac.Kind, ac.Name, detail, ac.Mentions)
	}
	fmt.Fprintln(w)
	line("Quotes (%d)", len(x.Quotes))
	for _, q := range x.Quotes {
		line("  ¶%d %s: “%s”", q.Paragraph, firstNonEmpty(q.Speaker, "(unknown speaker)"), q.Text)
	}
	fmt.Fprintln(w)
	line("Sources (%d)", len(x.Sources))
	for _, s := range x.Sources {
		line("  ¶%d %s (%s, %s)", s.Paragraph, s.Name, s.Kind, s.Relation)
	}
	fmt.Fprintln(w)
	line("Open questions (%d)", len(x.Questions))
	for _, q := range x.Questions {
		line("  ¶%d %s", q.Paragraph, q.Text)
	}
	fmt.Fprintln(w)
	line("Dates (%d)", len(x.Dates))
	for _, d := range x.Dates {
		line("  ¶%d %s [%s] %s", d.Paragraph, d.Text, firstNonEmpty(d.Value, "?"), d.Event)
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
