package ingest_test

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/briefwright/briefwright/dossier"
	"github.com/briefwright/briefwright/dossier/ingest/pdftext"
	"github.com/briefwright/briefwright/export"
)

// TestPDFReportToBriefing imports the report into a new dossier, exports
// the briefing, and finds the report and its quotations in it; a PDF
// that cannot be read leaves the dossier as it was.
func TestPDFReportToBriefing(t *testing.T) {
	st, err := dossier.Open(filepath.Join(t.TempDir(), "r.dossier"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if _, err := st.ImportFile("testdata/northern-corridor.pdf"); err != nil {
		t.Fatal(err)
	}
	if _, err := st.ImportFile("pdftext/testdata/minutes-password.pdf"); err == nil || !strings.Contains(err.Error(), "password") {
		t.Errorf("a locked PDF: %v", err)
	}
	d, err := st.Snapshot()
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Articles) != 1 || d.Articles[0].Format != "pdf" || d.Articles[0].Title != "The Northern Corridor: Port Access Review 2025" {
		t.Fatalf("articles: %+v", d.Articles)
	}
	quotes := map[string]string{
		"We told the board in writing that the numbers did not add up": "Daniel Achterberg",
		"We were promised the lorries would be gone by last autumn":    "Grace Mbeki",
		"The apprenticeships are real and we welcome them":             "Tomasz Wieczorek",
	}
	found := 0
	for _, q := range d.Quotes {
		for text, speaker := range quotes {
			if strings.Contains(q.Text, text) {
				found++
				if q.SpeakerName != speaker {
					t.Errorf("%q: speaker %q, want %q", text, q.SpeakerName, speaker)
				}
			}
		}
	}
	if found != len(quotes) {
		t.Errorf("found %d of the %d quotations among %d quotes", found, len(quotes), len(d.Quotes))
	}

	opt := export.Options{Created: time.Date(2025, 8, 1, 0, 0, 0, 0, time.UTC)}
	var md bytes.Buffer
	if err := export.Markdown(&md, d, opt); err != nil {
		t.Fatal(err)
	}
	var pdf bytes.Buffer
	if err := export.PDF(&pdf, d, opt); err != nil {
		t.Fatal(err)
	}
	// The briefing is itself a PDF from another producer: read it back.
	brief, err := pdftext.Read(pdf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	var text strings.Builder
	for _, p := range brief.Pages {
		for _, l := range p.Lines() {
			text.WriteString(l.Text + " ")
		}
	}
	briefing := strings.Join(strings.Fields(text.String()), " ")
	for _, want := range []string{
		"The Northern Corridor: Port Access Review 2025",
		"We told the board in writing that the numbers did not add up",
		"Grace Mbeki",
		"Our central finding is straightforward.",
	} {
		if !strings.Contains(md.String(), want) {
			t.Errorf("the Markdown briefing lacks %q", want)
		}
		if !strings.Contains(briefing, want) {
			t.Errorf("the PDF briefing lacks %q", want)
		}
	}
}
