package pdftext

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"strings"
)

// obj is one object of a test document: a dictionary, and for a stream
// its data (compressed with Flate when deflate is set).
type obj struct {
	dict    string
	data    []byte
	deflate bool
}

// build writes a PDF with a correct cross-reference table; object i+1 is
// objs[i] and object 1 is the catalog.
func build(objs ...obj) []byte {
	var b bytes.Buffer
	b.WriteString("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
	offs := make([]int, len(objs))
	for i, o := range objs {
		offs[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n", i+1)
		if o.data == nil {
			b.WriteString(o.dict + "\nendobj\n")
			continue
		}
		data := o.data
		d := strings.TrimSuffix(strings.TrimSpace(o.dict), ">>")
		if o.deflate {
			var z bytes.Buffer
			w := zlib.NewWriter(&z)
			w.Write(data)
			w.Close()
			data = z.Bytes()
			d += " /Filter /FlateDecode"
		}
		fmt.Fprintf(&b, "%s /Length %d >>\nstream\n", d, len(data))
		b.Write(data)
		b.WriteString("\nendstream\nendobj\n")
	}
	x := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, o := range offs {
		fmt.Fprintf(&b, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, x)
	return b.Bytes()
}

// onePage is a one-page document whose page draws content with font F1
// (fontDict) and the extra resources given.
func onePage(fontDict, content string, more ...obj) []byte {
	objs := []obj{
		{dict: "<< /Type /Catalog /Pages 2 0 R >>"},
		{dict: "<< /Type /Pages /Kids [3 0 R] /Count 1 >>"},
		{dict: "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 400 300] /Resources << /Font << /F1 5 0 R >> /XObject << /X1 6 0 R >> >> /Contents 4 0 R >>"},
		{dict: "<< >>", data: []byte(content)},
		{dict: fontDict},
	}
	return build(append(objs, more...)...)
}

const helvetica = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"

// pageText is the text of every page, spans joined by spaces.
func pageText(d *Document) string {
	var parts []string
	for _, p := range d.Pages {
		for _, l := range p.Lines() {
			parts = append(parts, l.Text)
		}
	}
	return strings.Join(parts, "\n")
}
