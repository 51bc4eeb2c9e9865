package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"
)

// Dropping a folder imports the PDF reports in it; a locked one is named
// in the window and the others still import.
func TestDropFolderWithPDFs(t *testing.T) {
	w, st := newTestWindow(t)
	dir := t.TempDir()
	for name, src := range map[string]string{
		"report.pdf": "../dossier/ingest/testdata/northern-corridor.pdf",
		"locked.pdf": "../dossier/ingest/pdftext/testdata/minutes-password.pdf",
	} {
		data, err := os.ReadFile(src)
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(dir, name), data, 0o644)
	}
	act(w, func() { w.dropped(fyne.Position{}, []fyne.URI{storage.NewFileURI(dir)}) })
	arts, _ := st.Articles()
	if len(arts) != 1 || arts[0].Title != "The Northern Corridor: Port Access Review 2025" || arts[0].Format != "pdf" {
		t.Fatalf("articles after the drop = %+v", arts)
	}
	msg := w.noticeMsg.Text
	for _, want := range []string{"1 article added", "locked.pdf", "password"} {
		if !strings.Contains(msg, want) {
			t.Errorf("import report %q does not say %q", msg, want)
		}
	}
}
