package dossier

import (
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/briefwright/briefwright/dossier/extract"
	"github.com/briefwright/briefwright/dossier/ingest"
)

// ArticleMeta is what the user says about pasted text; empty fields are
// left to what ingest finds in the text.
type ArticleMeta struct {
	Title     string
	Outlet    string
	Author    string
	Published string // "YYYY-MM-DD", "YYYY-MM" or ""
	URL       string
}

// ImportFile reads an article file (.txt, .md, .html, .pdf), extracts its
// proposals and adds both to the dossier in one transaction. Errors name
// the file; a text already in the dossier gives a *DuplicateError.
func (s *Store) ImportFile(path string) (int64, error) {
	a, x, err := Prepare(path)
	if err != nil {
		return 0, err
	}
	return s.AddArticle(a, x)
}

// Prepare reads an article file and extracts its proposals without
// touching any dossier, so callers can report a bad file before opening one.
func Prepare(path string) (Article, *extract.Extraction, error) {
	in, err := ingest.ReadFile(path)
	if err != nil {
		return Article{}, nil, err
	}
	if in.File == "" {
		in.File = filepath.Base(path)
	}
	a, x := prepared(in)
	return a, x, nil
}

// ImportText adds pasted text as an article, with its proposals. Metadata
// given in meta wins over what ingest finds; without a title, the first
// line of the text is the title.
func (s *Store) ImportText(text string, meta ArticleMeta) (int64, error) {
	in, err := ingest.FromText(text)
	if err != nil {
		return 0, err
	}
	for _, f := range []struct {
		dst *string
		v   string
	}{
		{&in.Title, meta.Title}, {&in.Outlet, meta.Outlet}, {&in.Author, meta.Author},
		{&in.Published, meta.Published}, {&in.URL, meta.URL},
	} {
		if v := strings.TrimSpace(f.v); v != "" {
			*f.dst = v
		}
	}
	if strings.TrimSpace(in.Title) == "" {
		in.Title = firstLine(in.Text)
	}
	if in.Format == "" {
		in.Format = "paste"
	}
	return s.AddArticle(prepared(in))
}

// prepared turns an ingested article into the stored article and the
// extraction proposed from it.
func prepared(in *ingest.Article) (Article, *extract.Extraction) {
	in.Outlet = extract.CanonicalOutlet(in.Outlet)
	x := extract.Extract(in.Text, extract.Meta{Title: in.Title, Outlet: in.Outlet, Author: in.Author, Published: in.Published})
	return Article{
		Title: in.Title, Outlet: in.Outlet, Author: in.Author, Published: in.Published,
		URL: in.URL, Format: in.Format, File: in.File, Text: in.Text,
	}, x
}

// firstLine is the first non-blank line of text, cut to a title's length.
func firstLine(text string) string {
	const maxRunes = 120
	for _, line := range strings.Split(text, "\n") {
		line = strings.Join(strings.Fields(line), " ")
		if line == "" {
			continue
		}
		if utf8.RuneCountInString(line) > maxRunes {
			r := []rune(line)[:maxRunes]
			line = strings.TrimSpace(string(r)) + "…"
		}
		return line
	}
	return ""
}
