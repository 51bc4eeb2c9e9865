package pdftext

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

func TestMinutesEveryEncryptionAndLayout(t *testing.T) {
	// The same page written plainly, with object streams and a
	// cross-reference stream, and encrypted in each standard way with an
	// empty password (by qpdf).
	for _, name := range []string{"minutes.pdf", "minutes-objstm.pdf", "minutes-rc4-40.pdf", "minutes-rc4-128.pdf",
		"minutes-aes-128.pdf", "minutes-aes-256.pdf", "minutes-objstm-aes-256.pdf"} {
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("testdata", name))
			if err != nil {
				t.Fatal(err)
			}
			d, err := read(data, DefaultLimits)
			if err != nil {
				t.Fatal(err)
			}
			want := "Sealed minutes of the harbour board.\nOpened without a password: café “quoted”."
			if got := pageText(d); got != want {
				t.Errorf("text %q, want %q", got, want)
			}
			created := time.Date(2024, 5, 1, 10, 0, 0, 0, time.UTC)
			if d.Info.Title != "Sealed minutes" || d.Info.Author != "Clerk of the Council" || !d.Info.Created.Equal(created) {
				t.Errorf("info %+v", d.Info)
			}
		})
	}
}

func TestPasswordRefused(t *testing.T) {
	data, _ := os.ReadFile("testdata/minutes-password.pdf")
	_, err := Read(data)
	if !IsPassword(err) {
		t.Fatalf("got %v, want the password error", err)
	}
}

func TestFontEncodings(t *testing.T) {
	toUnicode := obj{dict: "<< >>", data: []byte(`/CIDInit /ProcSet findresource begin 12 dict begin begincmap
1 begincodespacerange <0000> <FFFF> endcodespacerange
2 beginbfchar <0001> <0048> <0002> <0069> endbfchar
2 beginbfrange <0003> <0004> <0021> <0010> <0011> [<00E9> <FB01>] endbfrange
endcmap CMapName currentdict /CMap defineresource pop end end`)}
	cases := []struct {
		name, font, content string
		more                []obj
		want                string
	}{
		{"differences", "<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman /Encoding << /BaseEncoding /WinAnsiEncoding /Differences [65 /uni00E9 /f_i 67 /quotedblleft /g123] >> >>",
			"BT /F1 12 Tf 10 100 Td (ABCx) Tj ET", nil, "éfi“x"},
		{"macroman", "<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman /Encoding /MacRomanEncoding >>",
			"BT /F1 12 Tf 10 100 Td (caf\x8e \xd2ok\xd3) Tj ET", nil, "café “ok”"},
		{"standard", "<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman >>",
			"BT /F1 12 Tf 10 100 Td (it\x27s \xaafine\xba) Tj ET", nil, "it’s “fine”"},
		{"identity-h", "<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+Sans /Encoding /Identity-H /ToUnicode 6 0 R /DescendantFonts [7 0 R] >>",
			"BT /F1 10 Tf 10 100 Td <0001000200030004> Tj ( ) Tj <00100011> Tj ET",
			[]obj{toUnicode, {dict: "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ABCDEF+Sans /W [1 [700 300] 3 4 400] /DW 500 >>"}},
			"Hi!\" éfi"},
		{"ucs2", "<< /Type /Font /Subtype /Type0 /BaseFont /Song /Encoding /UniGB-UCS2-H /DescendantFonts [] >>",
			"BT /F1 10 Tf 10 100 Td <4E2D6587> Tj ET", nil, "中文"},
		{"tj-spacing", helvetica, "BT /F1 10 Tf 10 100 Td [(Word)-1000(spaced)30(kern)] TJ ET", nil, "Word spacedkern"},
		{"form", helvetica, "q 1 0 0 1 0 -20 cm /X1 Do Q BT /F1 10 Tf 10 200 Td (Top) Tj ET",
			[]obj{{dict: "<< /Type /XObject /Subtype /Form /BBox [0 0 400 300] /Resources << /Font << /F1 5 0 R >> >>", data: []byte("BT /F1 10 Tf 10 100 Td (In a form) Tj ET")}},
			"Top\nIn a form"},
		{"inline image", helvetica, "BI /W 2 /H 2 /BPC 8 /CS /G ID \x00EI\xff\xfe EI BT /F1 10 Tf 10 100 Td (After) Tj ET", nil, "After"},
		{"rotated dropped", helvetica, "BT /F1 10 Tf 0 1 -1 0 390 10 Tm (Margin note) Tj ET BT /F1 10 Tf 10 100 Td (Body) Tj ET", nil, "Body"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d, err := read(onePage(c.font, c.content, c.more...), DefaultLimits)
			if err != nil {
				t.Fatal(err)
			}
			if got := pageText(d); got != c.want {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
	}
}

func TestCIDWidthsPlaceText(t *testing.T) {
	d, err := read(onePage("<< /Type /Font /Subtype /Type0 /BaseFont /S /Encoding /Identity-H /ToUnicode 6 0 R /DescendantFonts [7 0 R] >>",
		"BT /F1 10 Tf 10 100 Td <00010002> Tj ET",
		obj{dict: "<< >>", data: []byte("1 begincodespacerange <0000> <FFFF> endcodespacerange 1 beginbfrange <0001> <0002> <0061> endbfrange")},
		obj{dict: "<< /Subtype /CIDFontType2 /W [1 [700 300]] >>"}), DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	s := d.Pages[0].Spans[0]
	if s.Text != "ab" || s.X0 != 10 || s.X1 != 20 || s.Y != 200 || s.Size != 10 {
		t.Errorf("span %+v, want ab from 10 to 20 at 200, size 10", s)
	}
}

func TestUnmappedGlyphsCounted(t *testing.T) {
	d, err := read(onePage("<< /Type /Font /Subtype /Type0 /BaseFont /S /Encoding /Identity-H /DescendantFonts [6 0 R] >>",
		"BT /F1 10 Tf 10 100 Td <00210022> Tj ET", obj{dict: "<< /Subtype /CIDFontType2 >>"}), DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Pages[0].Spans) != 0 || d.Unmapped != 2 {
		t.Errorf("spans %v, unmapped %d", d.Pages[0].Spans, d.Unmapped)
	}
}

func TestXMPFillsMissingInfo(t *testing.T) {
	xmp := `<?xpacket begin=""?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmp:CreateDate="2023-11-02T09:30:00+01:00">
<dc:title><rdf:Alt><rdf:li xml:lang="x-default">Annual  review</rdf:li></rdf:Alt></dc:title>
<dc:creator><rdf:Seq><rdf:li>Ada Obi</rdf:li><rdf:li>Ben Roy</rdf:li></rdf:Seq></dc:creator>
</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>`
	d, err := read(build(
		obj{dict: "<< /Type /Catalog /Pages 2 0 R /Metadata 3 0 R >>"},
		obj{dict: "<< /Type /Pages /Kids [] /Count 0 >>"},
		obj{dict: "<< /Type /Metadata /Subtype /XML >>", data: []byte(xmp), deflate: true},
	), DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	want := time.Date(2023, 11, 2, 8, 30, 0, 0, time.UTC)
	if d.Info.Title != "Annual review" || d.Info.Author != "Ada Obi" || !d.Info.Created.Equal(want) {
		t.Errorf("info %+v", d.Info)
	}
}

func TestPDFDates(t *testing.T) {
	for in, want := range map[string]string{
		"D:20250714090000Z":       "2025-07-14T09:00:00Z",
		"D:20250714090000+02'00'": "2025-07-14T07:00:00Z",
		"D:20250714090000-05'30":  "2025-07-14T14:30:00Z",
		"D:2025":                  "2025-01-01T00:00:00Z",
		"20240229":                "2024-02-29T00:00:00Z",
		"D:19991345":              "",
		"yesterday":               "",
	} {
		got := ""
		if d := pdfDate(in); !d.IsZero() {
			got = d.UTC().Format(time.RFC3339)
		}
		if got != want {
			t.Errorf("pdfDate(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestLinesReadColumnsInOrder(t *testing.T) {
	var spans []Span
	add := func(text string, x, y float64) {
		spans = append(spans, Span{Text: text, X0: x, X1: x + 150, Y: y, Size: 10})
	}
	add("A heading across the page, wider than a column", 50, 40)
	for i := range 8 {
		y := 60 + float64(i)*12
		add("left "+string(rune('a'+i)), 50, y)
		add("right "+string(rune('a'+i)), 230, y)
	}
	spans[0].X1 = 380
	p := Page{Width: 420, Height: 600, Spans: spans}
	var got []string
	for _, l := range p.Lines() {
		got = append(got, l.Text)
	}
	want := "A heading across the page, wider than a column|left a|left b|left c|left d|left e|left f|left g|left h|right a|right b|right c|right d|right e|right f|right g|right h"
	if strings.Join(got, "|") != want {
		t.Errorf("got %s", strings.Join(got, "|"))
	}
	// Three columns: the first, then the two beside it.
	spans = spans[:1]
	for i := range 8 {
		y := 60 + float64(i)*12
		for c, x := range []float64{50, 170, 290} {
			spans = append(spans, Span{Text: string(rune('A'+c)) + string(rune('a'+i)), X0: x, X1: x + 100, Y: y, Size: 10})
		}
	}
	p = Page{Width: 420, Height: 600, Spans: spans}
	got = got[:0]
	for _, l := range p.Lines() {
		got = append(got, l.Text)
	}
	if want := "A heading across the page, wider than a column|Aa|Ab|Ac|Ad|Ae|Af|Ag|Ah|Ba|Bb|Bc|Bd|Be|Bf|Bg|Bh|Ca|Cb|Cc|Cd|Ce|Cf|Cg|Ch"; strings.Join(got, "|") != want {
		t.Errorf("three columns: got %s", strings.Join(got, "|"))
	}
	// Rows spaced as a table's are read across, not as columns.
	for i := range spans {
		spans[i].Y *= 3
	}
	got = got[:0]
	for _, l := range p.Lines() {
		got = append(got, l.Text)
	}
	if got[1] != "Aa Ba Ca" {
		t.Errorf("table read as columns: %q", got)
	}
}

func TestFootnoteMarksStayInTheirLine(t *testing.T) {
	p := Page{Width: 400, Height: 400, Spans: []Span{
		{Text: "The figure was revised", X0: 50, X1: 150, Y: 100, Size: 10},
		{Text: "12", X0: 150, X1: 156, Y: 96, Size: 6},
		{Text: " in May.", X0: 156, X1: 190, Y: 100, Size: 10},
		{Text: "Water is H", X0: 50, X1: 100, Y: 112, Size: 10},
		{Text: "2", X0: 100, X1: 104, Y: 114, Size: 6},
		{Text: "O.", X0: 104, X1: 114, Y: 112, Size: 10},
		{Text: "12", X0: 50, X1: 54, Y: 296, Size: 5},
		{Text: "Minutes of the board.", X0: 54, X1: 150, Y: 300, Size: 8},
	}}
	var got []string
	for _, l := range p.Lines() {
		got = append(got, l.Text)
	}
	if strings.Join(got, "|") != "The figure was revised12 in May.|Water is H2O.|12 Minutes of the board." {
		t.Errorf("lines %q", got)
	}
}

func TestHostileInput(t *testing.T) {
	zeros := func(n int) obj {
		return obj{dict: "<< >>", data: bytes.Repeat([]byte(" "), n), deflate: true}
	}
	manyOps := strings.Repeat("q Q ", 5000)
	deep := strings.Repeat("[", 100000) + strings.Repeat("]", 100000)
	tenPages := []obj{{dict: "<< /Type /Catalog /Pages 2 0 R >>"},
		{dict: "<< /Type /Pages /Kids [3 0 R 4 0 R 5 0 R 6 0 R 7 0 R 8 0 R 9 0 R 10 0 R 11 0 R 12 0 R] /Count 1000000000 >>"}}
	for range 10 {
		tenPages = append(tenPages, obj{dict: "<< /Type /Page /Parent 2 0 R >>"})
	}
	good := onePage(helvetica, "BT /F1 10 Tf 10 100 Td (Readable text) Tj ET")
	shifted := bytes.Replace(good, []byte("%PDF-1.7\n"), []byte("%PDF-1.7\n\n\n\n\n\n\n\n\n\n\n\n"), 1)
	truncated := good[:bytes.LastIndex(good, []byte("xref"))]
	lim := Limits{Pages: 5, Inflate: 1 << 20, Ops: 3000, Text: 3000, Spans: 1000}
	cases := []struct {
		name string
		data []byte
		want error  // nil: the document reads
		text string // text expected when it reads
	}{
		{"not a PDF", []byte("<html>hello</html>"), errNotPDF, ""},
		{"header only", []byte("%PDF-1.4\n"), errNoCatalog, ""},
		{"compression bomb", onePage(helvetica, "", zeros(4<<20)), nil, ""},
		{"bomb as contents", build(obj{dict: "<< /Type /Catalog /Pages 2 0 R >>"}, obj{dict: "<< /Type /Pages /Kids [3 0 R] >>"},
			obj{dict: "<< /Type /Page /Contents 4 0 R >>"}, zeros(4<<20)), errBomb, ""},
		{"too many operators", onePage(helvetica, manyOps), errTooComplex, ""},
		{"too much text", onePage(helvetica, "BT /F1 10 Tf 10 250 Td "+strings.Repeat("(xxxxxxxxxx) Tj 0 -0.5 Td ", 400)+"ET"), errTooMuchText, ""},
		{"too many spans", onePage(helvetica, "BT /F1 10 Tf 0.2 TL 10 250 Td "+strings.Repeat("(x) ' ", 1001)+"ET"), errTooMuchText, ""},
		{"text off the page", onePage(helvetica, "BT /F1 10 Tf -5000 100 Td (Hidden) Tj 5000 0 Td (Shown) Tj 0 5000 Td (Above) Tj ET"), nil, "Shown"},
		{"huge coordinates", onePage(helvetica, "BT /F1 10 Tf 10 100 Td (a) Tj 900000000 0 Td (b) Tj -900000000 -10 Td (c) Tj ET"), nil, "a\nc"},
		{"huge predictor rows", onePage(helvetica, "", obj{dict: "<< /DecodeParms << /Predictor 12 /Columns 1000000 /Colors 32 /BitsPerComponent 16 >>", data: []byte("abc"), deflate: true}), nil, ""},
		{"huge character map", onePage("<< /Type /Font /Subtype /Type0 /Encoding /Identity-H /ToUnicode 6 0 R >>",
			"BT /F1 10 Tf 10 100 Td <0000> Tj ET", obj{dict: "<< >>", data: []byte(strings.Repeat("1 beginbfrange <00000000> <FFFFFFFF> <0041> endbfrange ", 50))}), nil, "A"},
		{"deep nesting", onePage(helvetica, deep+" BT /F1 10 Tf 10 100 Td (After) Tj ET"), nil, ""},
		{"deep nesting in an object", build(obj{dict: "<< /Type /Catalog /Pages " + deep + " >>"}), nil, ""},
		{"page count", build(tenPages...), tooManyPages(5), ""},
		{"page tree cycle", build(obj{dict: "<< /Type /Catalog /Pages 2 0 R >>"}, obj{dict: "<< /Type /Pages /Kids [2 0 R 1 0 R 3 0 R] >>"},
			obj{dict: "<< /Type /Pages /Kids [2 0 R 3 0 R] >>"}), nil, ""},
		{"reference cycle", build(obj{dict: "<< /Type /Catalog /Pages 2 0 R >>"}, obj{dict: "3 0 R"}, obj{dict: "2 0 R"}), nil, ""},
		{"length refers to itself", bytes.Replace(good, []byte("/Length 42"), []byte("/Length 4 0 R"), 1), nil, "Readable text"},
		{"form draws itself", onePage(helvetica, "/X1 Do", obj{dict: "<< /Type /XObject /Subtype /Form /Resources << /XObject << /X1 6 0 R >> >>", data: []byte("/X1 Do /X1 Do")}), nil, ""},
		{"wrong offsets", shifted, nil, "Readable text"},
		{"no cross-reference table", truncated, nil, "Readable text"},
		{"garbage operands", onePage(helvetica, "BT /F1 Tf Td (x) 1 2 3 Tm Tj ] >> ) TJ ET"), nil, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d, err := read(c.data, lim)
			if c.want != nil {
				if !errors.Is(err, c.want) && (err == nil || err.Error() != c.want.Error()) {
					t.Fatalf("got %v, want %v", err, c.want)
				}
				return
			}
			if err != nil {
				t.Fatalf("got %v", err)
			}
			if c.text != "" && !strings.Contains(pageText(d), c.text) {
				t.Errorf("text %q lacks %q", pageText(d), c.text)
			}
		})
	}
}

func TestLimitsErrorsAreSentences(t *testing.T) {
	for _, err := range []error{errNotPDF, errNoCatalog, errPassword, errUnsupportedEncryption, errBomb, errTooComplex, errTooMuchText, errPanic, tooManyPages(5000)} {
		if m := err.Error(); !strings.HasPrefix(m, "it") || strings.Contains(m, "\n") {
			t.Errorf("%q does not continue \"cannot import FILE: \"", m)
		}
	}
}

func FuzzRead(f *testing.F) {
	files, _ := filepath.Glob("testdata/*.pdf")
	for _, name := range files {
		b, _ := os.ReadFile(name)
		f.Add(b)
	}
	f.Add(onePage(helvetica, "BT /F1 10 Tf 10 100 Td [(a)-300(b)] TJ ET"))
	f.Add(onePage("<< /Type /Font /Subtype /Type0 /Encoding /Identity-H /ToUnicode 6 0 R /DescendantFonts [7 0 R] >>",
		"BT /F1 10 Tf <0001> Tj ET", obj{dict: "<< >>", data: []byte("1 beginbfrange <0000> <FFFF> <0041> endbfrange")},
		obj{dict: "<< /W [1 [500] 2 9 300] >>"}))
	lim := Limits{Pages: 50, Inflate: 8 << 20, Ops: 200_000, Text: 1 << 20, Spans: 100_000}
	f.Fuzz(func(t *testing.T, data []byte) {
		// read, not Read: a panic must fail here, not be recovered.
		d, err := read(data, lim)
		if err != nil {
			return
		}
		for _, p := range d.Pages {
			for _, l := range p.Lines() {
				if !utf8.ValidString(l.Text) {
					t.Fatalf("invalid UTF-8 %q", l.Text)
				}
			}
		}
	})
}

func BenchmarkReadReport(b *testing.B) {
	data, err := os.ReadFile("../testdata/northern-corridor.pdf")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Read(data); err != nil {
			b.Fatal(err)
		}
	}
}

// TestSharedFormIsChargedOnce reads a report whose every page draws the
// same letterhead form: the form counts once against the inflate budget,
// so twenty uses of 100 KB fit in 1 MB.
func TestSharedFormIsChargedOnce(t *testing.T) {
	const pages = 20
	form := "BT /F1 10 Tf 10 280 Td (Letterhead) Tj ET\n" + strings.Repeat("% padding\n", 10_000)
	kids := make([]string, pages)
	objs := []obj{{dict: "<< /Type /Catalog /Pages 2 0 R >>"}, {}, // the page tree, filled in below
		{dict: helvetica},
		{dict: "<< /Type /XObject /Subtype /Form /BBox [0 0 400 300] /Resources << /Font << /F1 3 0 R >> >> >>", data: []byte(form), deflate: true}}
	for i := range pages {
		page, content := len(objs)+1, len(objs)+2
		kids[i] = fmt.Sprintf("%d 0 R", page)
		objs = append(objs,
			obj{dict: fmt.Sprintf("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 400 300] /Resources << /Font << /F1 3 0 R >> /XObject << /X1 4 0 R >> >> /Contents %d 0 R >>", content)},
			obj{dict: "<< >>", data: []byte(fmt.Sprintf("/X1 Do BT /F1 10 Tf 10 100 Td (Page %d) Tj ET", i+1))})
	}
	objs[1] = obj{dict: fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", strings.Join(kids, " "), pages)}
	lim := Limits{Pages: 50, Inflate: 1 << 20, Ops: 100_000, Text: 1 << 20, Spans: 10_000}
	d, err := ReadLimits(build(objs...), lim)
	if err != nil {
		t.Fatalf("read: %v", err)
	}
	if len(d.Pages) != pages {
		t.Fatalf("%d pages, want %d", len(d.Pages), pages)
	}
	for i, p := range d.Pages {
		var got []string
		for _, l := range p.Lines() {
			got = append(got, l.Text)
		}
		if want := fmt.Sprintf("Letterhead Page %d", i+1); strings.Join(got, " ") != want {
			t.Errorf("page %d reads %q, want %q", i+1, strings.Join(got, " "), want)
		}
	}
}

// TestReusedFormIsBounded reads a page that draws one large form, which
// compresses to almost nothing, thousands of times: reading it again at
// every use is bounded as decoding it again would be, not left to run.
func TestReusedFormIsBounded(t *testing.T) {
	form := strings.Repeat("% padding\n", 100_000) // 1 MB without an operator
	content := strings.Repeat("/X1 Do\n", 2000)
	data := build(
		obj{dict: "<< /Type /Catalog /Pages 2 0 R >>"},
		obj{dict: "<< /Type /Pages /Kids [3 0 R] /Count 1 >>"},
		obj{dict: "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 400 300] /Resources << /XObject << /X1 5 0 R >> >> /Contents 4 0 R >>"},
		obj{dict: "<< >>", data: []byte(content), deflate: true},
		obj{dict: "<< /Type /XObject /Subtype /Form /BBox [0 0 400 300] >>", data: []byte(form), deflate: true})
	lim := Limits{Pages: 50, Inflate: 4 << 20, Ops: 100_000, Text: 1 << 20, Spans: 10_000}
	start := time.Now()
	_, err := ReadLimits(data, lim)
	if !errors.Is(err, errBomb) {
		t.Errorf("read: %v after %v, want %v", err, time.Since(start), errBomb)
	}
}
