package export

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/briefwright/briefwright/dossier"
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
	letter := fixed
	letter.PageSize = "Letter"
	for _, c := range []struct {
		name  string
		write func(*bytes.Buffer) error
	}{
		{"sample.md", func(b *bytes.Buffer) error { return Markdown(b, sampleDossier(), fixed) }},
		{"sample.json", func(b *bytes.Buffer) error { return JSON(b, sampleDossier()) }},
		{"sample.pdf", func(b *bytes.Buffer) error { return PDF(b, sampleDossier(), fixed) }},
		{"sample-letter.pdf", func(b *bytes.Buffer) error { return PDF(b, sampleDossier(), letter) }},
		{"empty.pdf", func(b *bytes.Buffer) error { return PDF(b, &dossier.Dossier{}, fixed) }},
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

func writePDF(t *testing.T, d *dossier.Dossier, opt Options) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := PDF(&b, d, opt); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// inOrder reports the first of want that text lacks or has out of order.
func inOrder(text string, want ...string) string {
	at := 0
	for _, w := range want {
		i := strings.Index(text[at:], w)
		if i < 0 {
			return w
		}
		at += i + len(w)
	}
	return ""
}

func TestPDFContent(t *testing.T) {
	for _, size := range []string{"A4", "Letter"} {
		t.Run(size, func(t *testing.T) {
			opt := fixed
			opt.PageSize = size
			pdf := readPDF(t, writePDF(t, sampleDossier(), opt))
			text := pdf.text()

			cover := pdf.pageText(1)
			for _, w := range []string{"UNCLASSIFIED // OPEN SOURCE", "RESEARCH BRIEFING", "Harbour deal: who pays?",
				"The Puerto Ángeles harbour plan and its opponents", "R. Analyst", "5 March 2025",
				"BASED ON", "“Harbour deal divides the coastal cities” (Coastal Gazette), 4 March 2025",
				"2 ARTICLES", "50 ACTORS", "5 QUOTES", "3 SOURCES", "2 OPEN QUESTIONS", "4 DATED EVENTS"} {
				if !strings.Contains(cover, w) {
					t.Errorf("cover lacks %q:\n%s", w, cover)
				}
			}
			if miss := inOrder(pdf.pageText(2), "Contents", "1", "Bottom line", "3", "2", "Key actors",
				"3", "Quotes by speaker", "4", "Sources", "5", "Open questions", "6", "Timeline",
				"Appendix A: Grading key", "Appendix B: Articles"); miss != "" {
				t.Errorf("contents lacks %q:\n%s", miss, pdf.pageText(2))
			}
			// Sections in order, each with its content.
			if miss := inOrder(text, "Bottom line",
				"Drawn from 2 articles published 4–7 March 2025.",
				"The main actors are Tomás Baker (Opposition leader), Inés Guzmán (Mayor, Puerto Ángeles), José Núñez (Finance Minister, regional government) and Port Authority.",
				"Tomás Baker is quoted most: 2 of 5 quotes from 4 speakers.",
				"Two questions remain open:", "What does the port authority say?", "Who pays if the estimates are wrong?",
				"Generated from the dossier", "Analyst’s notes", "Follow the regional budget debate next week.",
				"Key actors", "Name Kind Role / affiliation Quotes First seen", "Inés Guzmán", "Person", "Mayor, Puerto Ángeles", "[A1 ¶3]",
				"José Núñez", "Finance Minister, regional government — Note: Former port director.", "[A2 ¶3]",
				"Key actors (continued)", "Harbour Board Member 45",
				"unreviewed: proposed automatically",
				"Quotes by speaker", "Tomás Baker", "2 quotes", "Opposition leader",
				"“nobody has yet explained who pays for the dredging,", "of this size.”", "[A1 ¶4]", "warned", "Ungraded", "◆ unreviewed",
				"Inés Guzmán", "Mayor, Puerto Ángeles", "“This is the most important decision we have taken in a decade,”",
				"[A1 ¶3]", "said", "Grade B2", "Note: Check against the council minutes.", "Tags: harbour, council",
				"José Núñez", "[A2 ¶3]", "Grade A1",
				"Port official", "“The terminal at \uFFFD is behind schedule”",
				"Sources", "Source Kind How cited Where Grade",
				"Coastal Gazette", "Outlet", "according to — Note: Owned by the mayor’s family.", "[A1 ¶2]", "C-",
				"Reuters", "Agency", "reported by; according to", "[A1 ¶6] [A2 ¶2]", "Ungraded",
				"Regional budget 2025", "Document", "report", "A1",
				"Open questions",
				"1. Will the regional government contribute?", "ANSWERED", "[A1 ¶5]",
				"“It is not yet clear whether the regional government will contribute.”",
				"Answer: Yes, 40% of the cost.", "Evidence: Regional budget, line 12 [A2 ¶2]",
				"2. What does the port authority say?", "OPEN", "◆ unreviewed", "Note: Ask the press office.",
				"3. Was the vote lawful?", "DROPPED",
				"Timeline", "Date Event Where",
				"March 2024", "Work on the terminal began", "[A1 ¶6]",
				"4 March 2025 (Tuesday)", "Council approved the harbour deal — Note: Vote was 12 to 9.",
				"7 March 2025 (Friday)", "Regional budget published", "[A2 ¶2]",
				"next spring", "Dredging begins",
				"Appendix A: Grading key", "Completely reliable", "Reliability cannot be judged",
				"Confirmed by other sources", "Truth cannot be judged",
				"Appendix B: Articles",
				"A1", "Harbour deal divides the coastal cities", "Coastal Gazette · Ana Pérez · 4 March 2025 · harbour.txt",
				"¶1", "¶2", "The council of Puerto Ángeles approved", "¶3", "said Mayor Inés Guzmán — who proposed the plan.",
				"¶4", "the cost ‘could double’ before", "¶6", "Work on the \uFFFD terminal",
				"A2", "Regional budget sets aside harbour money", "El Faro · 7 March 2025 · https://example.org/budget · budget.html", "Note: Budget PDF saved alongside.",
			); miss != "" {
				t.Errorf("briefing lacks %q, or has it out of order", miss)
			}
			for _, gone := range []string{"a rejected quote", "Rejected Person", "Rejected Source", "a rejected event", "港"} {
				if strings.Contains(text, gone) {
					t.Errorf("briefing prints %q", gone)
				}
			}
			// Running header and footer on every page but the cover's header.
			n := len(pdf.pages)
			for i := 1; i <= n; i++ {
				pt := pdf.pageText(i)
				if !strings.Contains(pt, fmt.Sprintf("Page %d of %d", i, n)) {
					t.Errorf("page %d lacks its footer 'Page %d of %d'", i, i, n)
				}
				if i > 1 && !strings.HasPrefix(pt, "Harbour deal: who pays? UNCLASSIFIED // OPEN SOURCE") {
					t.Errorf("page %d lacks the running header: %.80s", i, pt)
				}
			}
		})
	}
}

func TestPDFLinksAndOutline(t *testing.T) {
	raw := writePDF(t, sampleDossier(), fixed)
	pdf := readPDF(t, raw)
	if len(pdf.dests) < 20 {
		t.Errorf("only %d internal links and bookmarks", len(pdf.dests))
	}
	for _, d := range pdf.dests {
		if !pdf.pageObjs[d] {
			t.Errorf("a link points at object %d, which is not a page", d)
		}
	}
	// Every citation printed outside the appendix is a link: there are at
	// least as many link annotations as citations.
	cites := regexp.MustCompile(`\[A\d+ ¶\d+\]`).FindAllString(pdf.text(), -1)
	if links := bytes.Count(raw, []byte("/Subtype /Link")); links < len(cites) {
		t.Errorf("%d links for %d citations", links, len(cites))
	}
	want := []string{"Contents", "Bottom line", "Key actors", "Quotes by speaker", "Tomás Baker", "Inés Guzmán",
		"José Núñez", "Port official", "Sources", "Open questions", "Timeline", "Appendix A: Grading key",
		"Appendix B: Articles", "A1  Harbour deal divides the coastal cities", "A2  Regional budget sets aside harbour money"}
	if miss := inOrder(strings.Join(pdf.outlines, "\n"), want...); miss != "" {
		t.Errorf("outline lacks %q: %q", miss, pdf.outlines)
	}
}

// A citation's link leads to the page where the appendix prints that
// paragraph.
func TestCitationLinksReachParagraph(t *testing.T) {
	raw := writePDF(t, sampleDossier(), fixed)
	pdf := readPDF(t, raw)
	// The A2 ¶3 paragraph is only cited by José Núñez's quote.
	page := 0
	for i := range pdf.pages {
		if strings.Contains(pdf.pageText(i+1), "¶3 “We will not leave Puerto Ángeles alone") {
			page = i + 1
		}
	}
	if page == 0 {
		t.Fatal("appendix paragraph A2 ¶3 not found")
	}
	// gofpdf numbers page n's object 1+2n.
	dest := []byte(fmt.Sprintf("/Dest [%d 0 R", 1+2*page))
	if !bytes.Contains(raw, dest) {
		t.Errorf("no link leads to page %d, where A2 ¶3 is printed", page)
	}
}

func TestEmptySections(t *testing.T) {
	d := &dossier.Dossier{Meta: dossier.Meta{Title: "Nothing yet"}}
	text := readPDF(t, writePDF(t, d, fixed)).text()
	if miss := inOrder(text, "UNMARKED", "Nothing yet", "PREPARED BY", "—",
		"Bottom line", "This dossier holds no articles yet.",
		"Key actors", "No actors recorded.", "Quotes by speaker", "No quotes recorded.",
		"Sources", "No sources recorded.", "Open questions", "No open questions recorded.",
		"Timeline", "No dated events recorded.", "Appendix B: Articles", "No articles."); miss != "" {
		t.Errorf("empty briefing lacks %q:\n%s", miss, text)
	}
}

func TestBottomLine(t *testing.T) {
	d := sampleDossier()
	d.Meta.BottomLine = "The harbour deal stands; the region pays 40%."
	text := readPDF(t, writePDF(t, d, fixed)).text()
	if !strings.Contains(text, "Bottom line The harbour deal stands; the region pays 40%. Analyst’s notes") {
		t.Errorf("the analyst's bottom line is not printed as written")
	}
	if strings.Contains(text, "Generated from the dossier") {
		t.Errorf("a written bottom line is labelled as generated")
	}
}

func TestLeaveOutProposed(t *testing.T) {
	opt := fixed
	opt.LeaveOutProposed = true
	text := readPDF(t, writePDF(t, sampleDossier(), opt)).text()
	text = text[:strings.LastIndex(text, "Appendix B: Articles")] // the articles print whole
	for _, gone := range []string{"nobody has yet explained who pays for the dredging", "Reuters", "What does the port authority say?",
		"Dredging begins", "unreviewed", "◆"} {
		if strings.Contains(text, gone) {
			t.Errorf("proposed item %q printed although left out", gone)
		}
	}
	// Tomás Baker's accepted quote stays, under his name, though he himself
	// is still a proposal.
	for _, kept := range []string{"Tomás Baker", "“could double”", "Only items accepted by an analyst are included."} {
		if !strings.Contains(text, kept) {
			t.Errorf("accepted item %q left out", kept)
		}
	}
	var md bytes.Buffer
	if err := Markdown(&md, sampleDossier(), opt); err != nil {
		t.Fatal(err)
	}
	s := md.String()
	if s = s[:strings.Index(s, "## Appendix B")]; strings.Contains(s, "| Tomás Baker") || strings.Contains(s, "unreviewed)") || strings.Contains(s, "Reuters") {
		t.Errorf("Markdown prints proposed items although left out")
	}
}

func TestLongQuoteRunsOver(t *testing.T) {
	pdf := readPDF(t, writePDF(t, longQuoteDossier(), fixed))
	text := pdf.text()
	if miss := inOrder(text, "Sentence 1 of a very long", "Sentence 60 of", "Sentence 120 of", "The end of the long statement.”"); miss != "" {
		t.Errorf("long quote lacks %q", miss)
	}
	first, last := 0, 0
	for i := range pdf.pages {
		pt := pdf.pageText(i + 1)
		if strings.Contains(pt, "“Sentence 1 of") {
			first = i + 1
		}
		if strings.Contains(pt, "The end of the long statement.”") {
			last = i + 1
		}
	}
	if first == 0 || last <= first {
		t.Errorf("long quote should run from one page to the next: pages %d to %d", first, last)
	}
}

func TestMissingGlyphsPrintReplacement(t *testing.T) {
	d := sampleDossier()
	d.Meta.Title = "Crisis 🚢 in 港口 harbour"
	text := readPDF(t, writePDF(t, d, fixed)).text()
	if !strings.Contains(text, "Crisis \uFFFD in \uFFFD\uFFFD harbour") {
		t.Errorf("characters the fonts lack are not replaced visibly")
	}
}

func TestPrintable(t *testing.T) {
	g := briefingGlyphs()
	for _, c := range []struct{ in, want string }{
		{"plain", "plain"},
		{"Ángeles Guzmán — ‘a’ “b” … € ñ ç ø ß", "Ángeles Guzmán — ‘a’ “b” … € ñ ç ø ß"},
		{"Москва Αθήνα", "Москва Αθήνα"},
		{"line\nbreak\ttab", "line break tab"},
		{"soft\u00adhy\u200bphen\ufeff", "softhyphen"},
		{"ctrl\x00\x07", "ctrl"},
		{"emoji 🚢 and 港", "emoji \uFFFD and \uFFFD"},
		{"bad \xff byte", "bad  byte"},
	} {
		if got := g.printable(c.in); got != c.want {
			t.Errorf("printable(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// The following tests use poppler's tools when they are installed, as a
// reader independent of this package.

func poppler(t *testing.T, tool string, pdf []byte, args ...string) string {
	t.Helper()
	if _, err := exec.LookPath(tool); err != nil {
		t.Skipf("%s (poppler-utils) is not installed", tool)
	}
	in := filepath.Join(t.TempDir(), "b.pdf")
	if err := os.WriteFile(in, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	args = append(args, in)
	if tool == "pdftotext" {
		args = append(args, "-") // to standard output
	}
	out, err := exec.Command(tool, args...).CombinedOutput()
	if err != nil {
		t.Fatalf("%s: %v\n%s", tool, err, out)
	}
	return string(out)
}

func TestPopplerText(t *testing.T) {
	text := poppler(t, "pdftotext", writePDF(t, sampleDossier(), fixed), "-enc", "UTF-8")
	flat := strings.Join(strings.Fields(text), " ")
	for _, w := range []string{"Inés Guzmán", "Tomás Baker", "Puerto Ángeles", "José Núñez",
		"“This is the most important decision we have taken in a decade,”", "— who proposed", "‘could double’",
		"[A1 ¶3]", "Grade B2", "Yes, 40% of the cost."} {
		if !strings.Contains(flat, w) {
			t.Errorf("pdftotext finds no %q", w)
		}
	}
}

// Nothing is drawn outside the margins: every word pdftotext finds lies
// between them, on both page sizes.
func TestWithinMargins(t *testing.T) {
	word := regexp.MustCompile(`<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>`)
	page := regexp.MustCompile(`<page width="([\d.]+)" height="([\d.]+)">`)
	for _, size := range []string{"A4", "Letter"} {
		opt := fixed
		opt.PageSize = size
		out := poppler(t, "pdftotext", writePDF(t, longQuoteDossier(), opt), "-bbox")
		pm := page.FindStringSubmatch(out)
		if pm == nil {
			t.Fatal("pdftotext -bbox gave no page size")
		}
		pw, _ := strconv.ParseFloat(pm[1], 64)
		ph, _ := strconv.ParseFloat(pm[2], 64)
		const mm = 72 / 25.4
		left, right := margin*mm-0.5, pw-margin*mm+0.5
		words := word.FindAllStringSubmatch(out, -1)
		if len(words) < 1000 {
			t.Fatalf("%s: only %d words", size, len(words))
		}
		for _, w := range words {
			x0, _ := strconv.ParseFloat(w[1], 64)
			y0, _ := strconv.ParseFloat(w[2], 64)
			x1, _ := strconv.ParseFloat(w[3], 64)
			y1, _ := strconv.ParseFloat(w[4], 64)
			if x0 < left || x1 > right || y0 < 8*mm || y1 > ph-8*mm {
				t.Errorf("%s: %q at x %.1f–%.1f, y %.1f–%.1f is outside the margins", size, w[5], x0, x1, y0, y1)
			}
		}
	}
}

func TestFontsEmbedded(t *testing.T) {
	out := poppler(t, "pdffonts", writePDF(t, sampleDossier(), fixed))
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) < 7 {
		t.Fatalf("expected five fonts:\n%s", out)
	}
	for _, l := range lines[2:] {
		f := strings.Fields(l)
		// columns: name type encoding emb sub uni object ID
		if len(f) < 7 || f[len(f)-5] != "yes" {
			t.Errorf("font not embedded: %s", l)
		}
	}
}

func TestPDFInfo(t *testing.T) {
	for _, size := range []string{"A4", "Letter"} {
		opt := fixed
		opt.PageSize = size
		out := poppler(t, "pdfinfo", writePDF(t, sampleDossier(), opt))
		for _, w := range []string{"Title:           Harbour deal: who pays?", "Author:          R. Analyst",
			"Creator:         Briefwright", "CreationDate:    Wed Mar  5 09:00:00 2025", "(" + strings.ToLower(size) + ")"} {
			if !strings.Contains(strings.ToLower(out), strings.ToLower(w)) {
				t.Errorf("pdfinfo lacks %q:\n%s", w, out)
			}
		}
	}
}

func TestWriteFile(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"b.pdf", "b.md", "b.json"} {
		if err := WriteFile(filepath.Join(dir, name), sampleDossier(), fixed); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "b.pdf")); !bytes.HasPrefix(b, []byte("%PDF-")) || !strings.Contains(readPDF(t, b).text(), "Harbour deal: who pays?") {
		t.Errorf("b.pdf is not the briefing")
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "b.md")); !bytes.Contains(b, []byte("# Harbour deal: who pays?")) {
		t.Errorf("b.md is not the briefing")
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

// qpdf checks the file's structure: cross-reference table, stream lengths,
// page tree, links and outline.
func TestQPDFCheck(t *testing.T) {
	if _, err := exec.LookPath("qpdf"); err != nil {
		t.Skip("qpdf is not installed")
	}
	letter := fixed
	letter.PageSize = "Letter"
	for name, pdf := range map[string][]byte{
		"sample":     writePDF(t, sampleDossier(), fixed),
		"letter":     writePDF(t, sampleDossier(), letter),
		"empty":      writePDF(t, &dossier.Dossier{}, fixed),
		"long quote": writePDF(t, longQuoteDossier(), fixed),
	} {
		in := filepath.Join(t.TempDir(), "b.pdf")
		if err := os.WriteFile(in, pdf, 0o644); err != nil {
			t.Fatal(err)
		}
		out, err := exec.Command("qpdf", "--check", in).CombinedOutput()
		if err != nil || !strings.Contains(string(out), "No syntax or stream encoding errors found") {
			t.Errorf("%s: qpdf --check: %v\n%s", name, err, out)
		}
	}
}

func TestCompressStreamsRefusesDamage(t *testing.T) {
	var raw bytes.Buffer
	p := newPDF(newBriefing(sampleDossier(), fixed), fixed)
	p.render()
	if err := p.f.Output(&raw); err != nil {
		t.Fatal(err)
	}
	good := raw.Bytes()
	if _, err := compressStreams(good); err != nil {
		t.Fatalf("a whole file: %v", err)
	}
	for _, cut := range []int{0, 10, len(good) / 3, len(good) / 2, len(good) - 40} {
		if _, err := compressStreams(good[:cut]); err == nil {
			t.Errorf("a file cut at %d bytes gave no error", cut)
		}
	}
	bent := bytes.Replace(good, []byte("<</Length "), []byte("<</Length 1"), 1)
	if _, err := compressStreams(bent); err == nil {
		t.Errorf("a wrong stream length gave no error")
	}
}

func TestMarkdownContent(t *testing.T) {
	var b bytes.Buffer
	if err := Markdown(&b, sampleDossier(), fixed); err != nil {
		t.Fatal(err)
	}
	md := b.String()
	if miss := inOrder(md, "**UNCLASSIFIED // OPEN SOURCE**", "# Harbour deal: who pays?",
		"- Contents: 2 articles, 50 actors, 5 quotes, 3 sources, 2 open questions, 4 dated events",
		"## Bottom line", "Two questions remain open:", "- What does the port authority say?",
		"## Key actors", "| Tomás Baker *(unreviewed)* | Person | Opposition leader | 2 | [\\[A1 ¶4\\]](#a1-p4) |",
		"## Quotes by speaker", "### Tomás Baker (2)", "*Opposition leader*",
		"> “nobody has yet explained", "> — [\\[A1 ¶4\\]](#a1-p4) · warned · Ungraded *(unreviewed)*",
		"### Inés Guzmán (1)", "· said · Grade B2", "*Note:* Check against the council minutes.",
		"## Sources", "| Reuters *(unreviewed)* | Agency | reported by; according to | [\\[A1 ¶6\\]](#a1-p6) [\\[A2 ¶2\\]](#a2-p2) | Ungraded |",
		"## Open questions", "1. **Will the regional government contribute?** — ANSWERED", "   - Answer: Yes, 40% of the cost.",
		"## Timeline", "| March 2024 |", "| 4 March 2025 (Tuesday) |", "| next spring |",
		"## Appendix A: Grading key", "## Appendix B: Articles",
		`<a id="a1"></a>`, "### A1 Harbour deal divides the coastal cities", `<a id="a1-p4"></a>¶4 Opposition leader`,
		`<a id="a2-p3"></a>¶3 “We will not leave`); miss != "" {
		t.Errorf("Markdown lacks %q, or has it out of order", miss)
	}
	for _, m := range regexp.MustCompile(`\]\(#([a-z0-9-]+)\)`).FindAllStringSubmatch(md, -1) {
		if !strings.Contains(md, `id="`+m[1]+`"`) {
			t.Errorf("link to #%s has no anchor", m[1])
		}
	}
	if strings.Contains(md, "rejected") || strings.Contains(md, "Rejected") {
		t.Errorf("Markdown prints a rejected item")
	}
}

// Large counts on the cover must not run into each other.
func TestCoverLargeCounts(t *testing.T) {
	d := sampleDossier()
	for i := 0; i < 12000; i++ {
		d.Quotes = append(d.Quotes, dossier.Quote{ID: int64(1000 + i), Text: "x", SpeakerName: "Someone", Prov: d.Quotes[0].Prov, Status: dossier.Accepted})
	}
	for i := 0; i < 1500; i++ {
		d.Sources = append(d.Sources, dossier.Source{ID: int64(1000 + i), Name: fmt.Sprint("S", i), Kind: "outlet", Status: dossier.Accepted})
	}
	pdf := writePDF(t, d, fixed)
	cover := readPDF(t, pdf).pageText(1)
	if !strings.Contains(cover, "12,005 QUOTES 1,503 SOURCES") {
		t.Errorf("cover counts wrong: %s", cover)
	}
	out := poppler(t, "pdftotext", pdf, "-f", "1", "-l", "1", "-layout")
	if !strings.Contains(out, "12,005") || !strings.Contains(out, "1,503") {
		t.Errorf("the figures on the cover run together:\n%s", out)
	}
}
