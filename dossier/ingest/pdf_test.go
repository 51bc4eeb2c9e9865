package ingest

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"testing"

	"github.com/briefwright/briefwright/dossier/ingest/pdftext"
)

// The report was written for these tests and set by LibreOffice 7.4 from
// testdata/northern-corridor.fodt (soffice --headless --convert-to pdf):
// six A5 pages, justified and hyphenated, with a running header and
// "Page N of 6" footers.
const reportPDF = "testdata/northern-corridor.pdf"

func TestPDFReportGolden(t *testing.T) {
	a, err := ReadFile(reportPDF)
	if err != nil {
		t.Fatal(err)
	}
	checkGolden(t, reportPDF+".golden.json", a)
}

func TestPDFReport(t *testing.T) {
	a, err := ReadFile(reportPDF)
	if err != nil {
		t.Fatal(err)
	}
	checkArticle(t, a, err)
	if a.Title != "The Northern Corridor: Port Access Review 2025" || a.Author != "Elena Varga" ||
		a.Published != "2025-07-14" || a.Format != "pdf" || a.File != "northern-corridor.pdf" {
		t.Errorf("metadata: title %q author %q published %q format %q file %q", a.Title, a.Author, a.Published, a.Format, a.File)
	}
	paras := strings.Split(a.Text, "\n\n")
	if len(paras) != 33 {
		t.Errorf("%d paragraphs, want 33 (title, subtitle, 8 headings, 23 paragraphs)", len(paras))
	}
	for _, want := range []string{
		"The Northern Corridor: Port Access Review 2025",
		"Summary",
		// A quotation with its speaker, across a hyphenated line break.
		"Its chief executive, Maria Okafor, told the review that the forecast was “the best information available at the time” and that the board acted in good faith.",
		// A paragraph that runs over a page break, header and footer between.
		"“We paid for independent expertise and we followed it,” he said. “With hindsight, we should have asked harder questions, and I accept responsibility for that.” The consultancy, Meridian Infrastructure Advisers, declined to comment, citing client confidentiality.",
		"accepts five of the seven recommendations in full",
	} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("text lacks %q", want)
		}
	}
	for _, chrome := range []string{"Kestrel Bay Harbour Authority · Northern Corridor Review", "Page 1 of 6", "Page 6 of 6", "of 6"} {
		if strings.Contains(a.Text, chrome) {
			t.Errorf("page furniture %q in the text", chrome)
		}
	}
	// Thirty-one words are broken across lines with a hyphen; every one
	// is whole again, and the only hyphenated words left are the
	// report's own compounds.
	compounds := map[string]bool{"forty-one": true, "four-kilometre": true, "well-known": true, "thirty-six": true,
		"long-term": true, "single-bid": true, "twenty-two": true, "thirty-eight": true, "short-term": true,
		"six-week": true, "re-appraisal": true}
	for _, w := range regexp.MustCompile(`\pL+-\pL+`).FindAllString(a.Text, -1) {
		if !compounds[w] {
			t.Errorf("%q: a word broken at a line end, or a compound lost", w)
		}
	}
	for _, w := range []string{"managed", "planners", "available", "September", "increase", "projections", "assumption",
		"unforeseen", "procurement", "oversight", "explain", "subsidence", "regional", "tender documents", "professional", "recommendations"} {
		if !strings.Contains(a.Text, w) {
			t.Errorf("hyphenated %q not joined", w)
		}
	}
}

// The same report set by groff and Ghostscript (groff -ms -Tps
// testdata/northern-corridor.ms | ps2pdf): Type 1C fonts with custom
// encodings and no ToUnicode maps, words spaced by character spacing
// rather than space characters, no title in the metadata, a header
// split between the page's corners and "-N" page numbers.
func TestPDFGhostscriptReport(t *testing.T) {
	a, err := ReadFile("testdata/northern-corridor-groff.pdf")
	checkArticle(t, a, err)
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "The Northern Corridor: Port Access Review 2025" {
		t.Errorf("title %q", a.Title)
	}
	if n := len(strings.Split(a.Text, "\n\n")); n != 34 {
		t.Errorf("%d paragraphs, want 34 (title, author, subtitle, 8 headings, 23 paragraphs)", n)
	}
	for _, want := range []string{
		"This review examines how the Kestrel Bay Harbour Authority managed the Northern Corridor project",
		"“We told the board in writing that the numbers did not add up,” said Daniel Achterberg",
		"Brandt & Lowe Civil Engineering after a procurement process",
		"the authority’s procurement manager, Yusuf Demir,",
	} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("text lacks %q", want)
		}
	}
	for _, chrome := range []string{"Northern Corridor Review", "-1", "-2"} {
		if strings.Contains(a.Text, chrome) {
			t.Errorf("page furniture %q in the text", chrome)
		}
	}
}

func TestPDFTwoColumnBulletin(t *testing.T) {
	a, err := Parse("bulletin.pdf", bulletinPDF(t))
	checkArticle(t, a, err)
	if err != nil {
		t.Fatal(err)
	}
	// The metadata's title is a word processor's file name: the title is
	// the largest type on the first page, its two lines joined.
	if a.Title != "Council backs harbour budget after long night" || a.Author != "Jonas Berg" || a.Published != "2025-03-14" {
		t.Errorf("metadata: title %q author %q published %q", a.Title, a.Author, a.Published)
	}
	var want []string
	want = append(want, "Council backs harbour budget after long night", "By Jonas Berg, 14 March 2025")
	for _, p := range bulletin {
		switch p := p.(type) {
		case string:
			want = append(want, p)
		case []string:
			want = append(want, "The opposition leader, Piotr Nowak, asked for the harbour master’s information office to publish "+
				"the tender documents before any contract is signed. The office, run by a well-known local historian, will reopen in April. "+
				"Councillors also approved a long-term plan for the fish market, which Nowak called a “self-evident” choice and a “twenty-year promise”.")
		}
	}
	got := strings.Split(a.Text, "\n\n")
	if len(got) != len(want) {
		t.Fatalf("%d paragraphs, want %d:\n%s", len(got), len(want), a.Text)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("paragraph %d:\ngot  %q\nwant %q", i+1, got[i], want[i])
		}
	}
}

// Without its ToUnicode maps, the bulletin's embedded font still says
// which characters its glyphs are.
func TestPDFFontWithoutToUnicode(t *testing.T) {
	data := bulletinPDF(t)
	stripped := bytes.ReplaceAll(data, []byte("/ToUnicode"), []byte("/ToUnicodX"))
	if bytes.Equal(data, stripped) {
		t.Fatal("the bulletin has no ToUnicode map to take away")
	}
	want, err := Parse("bulletin.pdf", data)
	if err != nil {
		t.Fatal(err)
	}
	got, err := Parse("bulletin.pdf", stripped)
	if err != nil {
		t.Fatal(err)
	}
	if got.Text != want.Text {
		t.Errorf("without ToUnicode:\n%s\nwith:\n%s", got.Text, want.Text)
	}
}

func TestPDFRefusals(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		os.WriteFile(p, data, 0o644)
		return p
	}
	report, _ := os.ReadFile(reportPDF)
	big := filepath.Join(dir, "big.pdf")
	f, _ := os.Create(big)
	f.Truncate(MaxPDFSize + 1)
	f.Close()
	password, _ := os.ReadFile("pdftext/testdata/minutes-password.pdf")
	// Neither a ToUnicode map nor a font program: only the running header
	// and page numbers, in a standard font, can be read.
	unmapped := bytes.ReplaceAll(bulletinPDF(t), []byte("/ToUnicode"), []byte("/ToUnicodX"))
	unmapped = bytes.ReplaceAll(unmapped, []byte("/FontFile2"), []byte("/FontFilX2"))
	cases := []struct{ path, problem string }{
		{write("scan.pdf", scannedPDF(t)), "has no text layer (a scanned document?); run it through OCR first"},
		{write("locked.pdf", password), "protected by a password"},
		{write("glyphs.pdf", unmapped), "its fonts do not say which letters they draw"},
		{write("page.pdf", []byte("<html><p>Not a PDF at all</p></html>")), "not a PDF document"},
		{write("empty.pdf", nil), "empty"},
		{write("cut.pdf", report[:200]), "damaged"},
		{write("blank.pdf", []byte("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj 2 0 obj << /Type /Pages /Kids [3 0 R] >> endobj 3 0 obj << /Type /Page >> endobj")), "no text on its pages"},
		{big, "larger than the 100 MB a PDF may be"},
	}
	for _, c := range cases {
		checkRefused(t, c.path, c.problem)
	}
}

func TestPDFByContent(t *testing.T) {
	// A PDF saved without its extension is still read as one.
	data, _ := os.ReadFile(reportPDF)
	a, err := Parse("report", data)
	if err != nil || a.Format != "pdf" {
		t.Fatalf("%v %+v", err, a)
	}
}

func TestJoinLine(t *testing.T) {
	words := map[string]bool{"email": true, "co-operate": true}
	for _, c := range []struct{ line, next, want string }{
		{"the infor-", "mation office", "the information office"},
		{"a well-", "known figure", "a well-known figure"},
		{"a self-", "evident choice", "a self-evident choice"},
		{"the state-of-the-", "art method", "the state-of-the-art method"},
		{"in mid-", "September", "in mid-September"},
		{"the post-", "2020 years", "the post-2020 years"},
		{"twenty-", "five years", "twenty-five years"},
		{"send an e-", "mail", "send an email"},
		{"we co-", "operate", "we co-operate"},
		{"comes to ex-", "plain why", "comes to explain why"},
		{"soft\u00ad", "ware", "software"},
		{"one line", "and the next", "one line and the next"},
		{"a pause—", "then more", "a pause—then more"},
		{"and/", "or", "and/or"},
		{"costs -", "and more", "costs - and more"},
	} {
		var b bytes.Buffer
		b.WriteString(c.line)
		joinLine(&b, c.next, words)
		if b.String() != c.want {
			t.Errorf("%q + %q = %q, want %q", c.line, c.next, b.String(), c.want)
		}
	}
}

func TestPageNumberPattern(t *testing.T) {
	for s, want := range map[string]bool{
		"3": true, "- 3 -": true, "– 12 –": true, "Page 3": true, "Page 3 of 12": true, "page 3/12": true,
		"3 / 12": true, "p. 7": true, "iv": true, "Seite 2 von 9": true, "| 4": true,
		"2025":       true, // a lone number at a page's edge is a page number more often than not
		"Page three": false, "3 killed in attack": false, "Chapter 3": false, "12 March": false, "Summary": false,
	} {
		if got := pageNumber.MatchString(s); got != want {
			t.Errorf("%q: page number %v, want %v", s, got, want)
		}
	}
}

func TestPDFTitle(t *testing.T) {
	paras := []pdfPara{{text: "Annual report", size: 20}, {text: "Body", size: 10}}
	for meta, want := range map[string]string{
		"Harbour review 2025":          "Harbour review 2025",
		"Microsoft Word - draft3.docx": "Annual report",
		"untitled":                     "Annual report",
		"report-final.pdf":             "Annual report",
		"":                             "Annual report",
		"  Spaced   title ":            "Spaced title",
	} {
		if got := pdfTitle(meta, "report.pdf", paras); got != want {
			t.Errorf("pdfTitle(%q) = %q, want %q", meta, got, want)
		}
	}
}

func FuzzParsePDF(f *testing.F) {
	for _, name := range []string{reportPDF, "testdata/northern-corridor-groff.pdf", "pdftext/testdata/minutes.pdf", "pdftext/testdata/minutes-objstm-aes-256.pdf"} {
		b, _ := os.ReadFile(name)
		f.Add(b)
	}
	f.Add(bulletinPDF(f))
	f.Add(bytes.ReplaceAll(bulletinPDF(f), []byte("/ToUnicode"), []byte("/ToUnicodX")))
	f.Fuzz(func(t *testing.T, b []byte) {
		a, err := Parse("x.pdf", b)
		checkArticle(t, a, err)
	})
}

// BenchmarkParsePDFReport reads the six-page LibreOffice report.
func BenchmarkParsePDFReport(b *testing.B) {
	data, err := os.ReadFile(reportPDF)
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := Parse("report.pdf", data); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParsePDF200Pages reads a 200-page, two-column document.
func BenchmarkParsePDF200Pages(b *testing.B) {
	data := longBulletinPDF(b, 152)
	a, err := Parse("long.pdf", data)
	if err != nil {
		b.Fatal(err)
	}
	d, _ := pdftext.Read(data)
	for b.Loop() {
		if _, err := Parse("long.pdf", data); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(d.Pages)), "pages")
	b.ReportMetric(float64(len(strings.Fields(a.Text))), "words")
}

func TestFootnotesWaitForTheParagraphTheyInterrupt(t *testing.T) {
	line := func(page int, y, size float64, text string) pdfLine {
		return pdfLine{Line: pdftext.Line{Text: text, X0: 50, X1: 350, Y: y, Size: size}, page: page, height: 600}
	}
	var lines []pdfLine
	for i := range 6 {
		lines = append(lines, line(0, 100+14*float64(i), 10, "A line of body text that fills the measure"))
	}
	lines = append(lines,
		line(0, 184, 10, "and the sentence runs on to the"),
		line(0, 520, 8, "1 A footnote at the foot of the page."),
		line(0, 530, 8, "2 Another one."),
		line(1, 80, 10, "next page, where it ends."),
		line(1, 94, 10, "A line of body text that fills the measure"),
	)
	lines[6].X1 = 350
	var got []string
	for _, p := range paragraphsOf(lines) {
		got = append(got, p.text)
	}
	if len(got) != 3 || !strings.HasSuffix(got[0], "runs on to the next page, where it ends. A line of body text that fills the measure") ||
		got[1] != "1 A footnote at the foot of the page." || got[2] != "2 Another one." {
		t.Errorf("paragraphs %q", got)
	}
}

// TestPDFBodySizeTie: when two type sizes set as many characters, the
// body size is the same every time, the smaller, as for running headers.
func TestPDFBodySizeTie(t *testing.T) {
	lines := []pdfLine{
		{Line: pdftext.Line{Text: "Ten chars.", X0: 50, X1: 350, Y: 100, Size: 10}, height: 600},
		{Line: pdftext.Line{Text: "Ten chars!", X0: 50, X1: 350, Y: 120, Size: 12}, height: 600},
	}
	for range 50 {
		if got := measure(lines).body; got != 10 {
			t.Fatalf("body size %v, want 10", got)
		}
	}
}

// hyphenatedLines is a paragraph of n lines, each ending in a word broken
// by a hyphen, on pages of 40 lines.
func hyphenatedLines(n int) []pdfLine {
	lines := make([]pdfLine, n)
	for i := range lines {
		lines[i] = pdfLine{Line: pdftext.Line{Text: "a line of text that ends with infor-", X0: 50, X1: 350,
			Y: float64(100 + 14*(i%40)), Size: 10}, page: i / 40, height: 700}
	}
	return lines
}

// A paragraph of many hyphenated lines is joined without copying what is
// joined so far at each line: the memory it takes grows with its length,
// not with its square (10,000 lines took gigabytes, and a crafted PDF of
// a few hundred thousand such lines hours).
func TestPDFHyphenatedParagraphMemory(t *testing.T) {
	lines := hyphenatedLines(10_000)
	size := 0
	for _, l := range lines {
		size += len(l.Text)
	}
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	ps := paragraphsOf(lines)
	runtime.ReadMemStats(&after)
	if len(ps) != 1 {
		t.Fatalf("%d paragraphs, want 1", len(ps))
	}
	if got := after.TotalAlloc - before.TotalAlloc; got > 50*uint64(size) {
		t.Errorf("joining %d bytes of lines allocated %d bytes", size, got)
	}
}

func BenchmarkPDFHyphenatedParagraph(b *testing.B) {
	lines := hyphenatedLines(40_000)
	for b.Loop() {
		paragraphsOf(lines)
	}
}
