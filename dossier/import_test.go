package dossier

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/briefwright/briefwright/dossier/ingest"
)

func TestImportText(t *testing.T) {
	s := newStore(t)
	id := must[int64](t)(s.ImportText(textOne, ArticleMeta{Outlet: "Test Wire", Published: "2025-08-01"}))
	a := must[Article](t)(s.Article(id))
	if a.Title != "Mexico rejects strike plan" || a.Outlet != "Test Wire" || a.Published != "2025-08-01" || a.Format != "paste" || a.File != "" {
		t.Errorf("pasted article = %+v, want the first line as title and the given metadata", a)
	}
	if !strings.Contains(a.Text, "Claudia Sheinbaum") {
		t.Errorf("pasted text lost: %q", a.Text)
	}
	_, err := s.ImportText(textOne, ArticleMeta{Title: "Again"})
	var dup *DuplicateError
	if !errors.As(err, &dup) || dup.Existing.ID != id {
		t.Errorf("pasting the same text again: %v", err)
	}
	id2 := must[int64](t)(s.ImportText(textTwo, ArticleMeta{Title: "My title"}))
	if a := must[Article](t)(s.Article(id2)); a.Title != "My title" {
		t.Errorf("given title not used: %+v", a)
	}
	if _, err := s.ImportText("   \n  ", ArticleMeta{}); err == nil {
		t.Error("empty pasted text was imported")
	}
}

func TestImportFile(t *testing.T) {
	s := newStore(t)
	dir := t.TempDir()
	path := filepath.Join(dir, "talks.txt")
	check(t, os.WriteFile(path, []byte(textTwo+"\n"), 0o644))
	id := must[int64](t)(s.ImportFile(path))
	a := must[Article](t)(s.Article(id))
	if a.File != "talks.txt" || a.Format != "txt" || !strings.Contains(a.Text, "Cooperation is the only path") || a.Title == "" {
		t.Errorf("imported file = %+v", a)
	}
	before := must[Counts](t)(s.Counts())
	for _, bad := range []string{filepath.Join(dir, "missing.txt"), dir} {
		_, err := s.ImportFile(bad)
		var ie *ingest.Error
		if !errors.As(err, &ie) || !strings.Contains(err.Error(), filepath.Base(bad)) {
			t.Errorf("ImportFile(%s): %v, want an *ingest.Error naming the file", bad, err)
		}
	}
	if after := must[Counts](t)(s.Counts()); after.Total(KindArticle) != before.Total(KindArticle) {
		t.Errorf("failed imports changed the dossier")
	}
}

func TestFirstLine(t *testing.T) {
	long := strings.Repeat("word ", 40)
	tests := []struct{ in, want string }{
		{"\n\n  Title  here \nbody", "Title here"},
		{"", ""},
		{long, strings.TrimSpace(long[:120]) + "…"},
	}
	for _, tt := range tests {
		if got := firstLine(tt.in); got != tt.want {
			t.Errorf("firstLine(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
