package export

import (
	"bytes"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

var fixed = Options{Created: time.Date(2025, 3, 5, 9, 0, 0, 0, time.UTC)}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file; run go test -update and review the diff", name)
	}
}

func TestGolden(t *testing.T) {
	for _, c := range []struct {
		name  string
		write func(*bytes.Buffer) error
	}{
		{"sample.md", func(b *bytes.Buffer) error { return Markdown(b, sampleDossier(), fixed) }},
		{"sample.json", func(b *bytes.Buffer) error { return JSON(b, sampleDossier()) }},
		{"sample.pdf", func(b *bytes.Buffer) error { return PDF(b, sampleDossier(), fixed) }},
	} {
		t.Run(c.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := c.write(&b); err != nil {
				t.Fatal(err)
			}
			golden(t, c.name, b.Bytes())
		})
	}
}

func TestPDFDeterministic(t *testing.T) {
	var a, b bytes.Buffer
	if err := PDF(&a, sampleDossier(), fixed); err != nil {
		t.Fatal(err)
	}
	d := sampleDossier()
	d.Path = "/elsewhere/other.dossier"
	d.Meta.Created = time.Now()
	if err := PDF(&b, d, fixed); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("same content and date gave different bytes")
	}
}

// pdfText extracts a PDF's text with poppler's pdftotext.
func pdfText(t *testing.T, pdf []byte) string {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext (poppler-utils) is not installed")
	}
	in := filepath.Join(t.TempDir(), "b.pdf")
	if err := os.WriteFile(in, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("pdftotext", "-enc", "UTF-8", in, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	return string(out)
}

func TestPDFText(t *testing.T) {
	for _, size := range []string{"A4", "Letter"} {
		t.Run(size, func(t *testing.T) {
			var b bytes.Buffer
			opt := fixed
			opt.PageSize = size
			if err := PDF(&b, sampleDossier(), opt); err != nil {
				t.Fatal(err)
			}
			text := pdfText(t, b.Bytes())
			flat := strings.Join(strings.Fields(text), " ")
			want := []string{
				"RESEARCH BRIEFING", "Harbour deal: who pays?", "Contents",
				"Bottom line", "Key actors", "Quotes by speaker", "Sources", "Open questions", "Timeline",
				"Appendix A: Grading key", "Appendix B: Articles",
				"Inés Guzmán", "Tomás Baker", "Puerto Ángeles", "UNCLASSIFIED // OPEN SOURCE",
				"“This is the most important decision we have taken in a decade,”",
				"— who proposed", "‘could double’", "[A1 ¶3]", "grade B2", "unreviewed",
				"ANSWERED", "Yes, 40% of the cost.", "DROPPED", "Coastal Gazette",
				"Check against the council minutes.", "Usually reliable", "Page 1 of",
				"Harbour Board Member 45",
			}
			for _, w := range want {
				if !strings.Contains(flat, w) {
					t.Errorf("briefing text lacks %q", w)
				}
			}
			for _, gone := range []string{"a rejected quote", "Rejected Person"} {
				if strings.Contains(flat, gone) {
					t.Errorf("rejected item %q printed", gone)
				}
			}
		})
	}
}

func TestLeaveOutProposed(t *testing.T) {
	var b bytes.Buffer
	opt := fixed
	opt.LeaveOutProposed = true
	if err := Markdown(&b, sampleDossier(), opt); err != nil {
		t.Fatal(err)
	}
	if s := b.String(); strings.Contains(s, "### Tomás Baker") || strings.Contains(s, "| Tomás Baker") || strings.Contains(s, "unreviewed)") {
		t.Errorf("proposed items printed although left out")
	}
}

func TestPDFFontsEmbedded(t *testing.T) {
	if _, err := exec.LookPath("pdffonts"); err != nil {
		t.Skip("pdffonts (poppler-utils) is not installed")
	}
	var b bytes.Buffer
	if err := PDF(&b, sampleDossier(), fixed); err != nil {
		t.Fatal(err)
	}
	in := filepath.Join(t.TempDir(), "b.pdf")
	os.WriteFile(in, b.Bytes(), 0o644)
	out, err := exec.Command("pdffonts", in).Output()
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	if len(lines) < 3 {
		t.Fatalf("no fonts listed:\n%s", out)
	}
	for _, l := range lines[2:] {
		f := strings.Fields(l)
		// columns: name type encoding emb sub uni object ID
		if len(f) < 7 || f[len(f)-5] != "yes" {
			t.Errorf("font not embedded: %s", l)
		}
	}
}

func TestMissingGlyphsPrintReplacement(t *testing.T) {
	d := sampleDossier()
	d.Meta.Title = "Crisis 🚢 in 港口 harbour"
	var b bytes.Buffer
	if err := PDF(&b, d, fixed); err != nil {
		t.Fatal(err)
	}
	text := pdfText(t, b.Bytes())
	if !strings.Contains(text, "Crisis") || strings.Contains(text, "🚢") {
		t.Errorf("emoji not replaced:\n%.300s", text)
	}
}

func TestWriteFile(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"b.pdf", "b.md", "b.json"} {
		if err := WriteFile(filepath.Join(dir, name), sampleDossier(), fixed); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
	err := WriteFile(filepath.Join(dir, "b.docx"), sampleDossier(), fixed)
	if err == nil || !strings.Contains(err.Error(), "b.docx") {
		t.Errorf("unknown extension: %v", err)
	}
	err = WriteFile(filepath.Join(dir, "no-such-dir", "b.pdf"), sampleDossier(), fixed)
	if err == nil || !strings.Contains(err.Error(), "b.pdf") {
		t.Errorf("unwritable path: %v", err)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 3 {
		t.Errorf("temporary files left behind: %v", entries)
	}
}
