package export

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"regexp"
	"strconv"
)

// compressStreams takes a PDF as gofpdf writes it with compression off and
// Flate-compresses every unfiltered stream with one reused compressor, then
// rebuilds the cross-reference table. gofpdf sets up a new compressor, with
// about a megabyte of tables, for every page; on a briefing of a thousand
// pages that costs more than laying the pages out.
//
// It reads gofpdf's output only: objects one after another, each stream's
// length given directly in its dictionary, then the xref table and trailer.
func compressStreams(in []byte) ([]byte, error) {
	first := firstObjRE.FindIndex(in)
	if first == nil {
		return nil, pdfErr(0, "no objects")
	}
	out := bytes.NewBuffer(make([]byte, 0, len(in)/3))
	out.Write(in[:first[0]])
	zw, _ := zlib.NewWriterLevel(nil, zlib.BestSpeed)
	var packed bytes.Buffer
	var offsets []int
	const endobj, endstream = "\nendobj\n", "\nendstream\nendobj\n"
	pos := first[0]
	for {
		n, body := objectStart(in, pos)
		if n == 0 {
			break
		}
		for len(offsets) <= n {
			offsets = append(offsets, 0)
		}
		offsets[n] = out.Len()
		end := bytes.Index(in[body:], []byte(endobj))
		if end < 0 {
			return nil, pdfErr(body, "an object without endobj")
		}
		st := bytes.Index(in[body:body+end], []byte("stream\n"))
		if st < 0 {
			out.Write(in[pos : body+end+len(endobj)])
			pos = body + end + len(endobj)
			continue
		}
		dict := in[body : body+st]
		lm := lengthRE.FindSubmatch(dict)
		if lm == nil {
			return nil, pdfErr(body, "a stream without a length")
		}
		length, _ := strconv.Atoi(string(lm[1]))
		data := body + st + len("stream\n")
		tail := data + length
		if tail > len(in) || !bytes.HasPrefix(in[tail:], []byte(endstream)) {
			return nil, pdfErr(data, "a stream whose length is wrong")
		}
		if plainRE.Match(dict) {
			packed.Reset()
			zw.Reset(&packed)
			zw.Write(in[data:tail])
			zw.Close()
			out.Write(in[pos:body])
			fmt.Fprintf(out, "<</Filter /FlateDecode /Length %d>>\nstream\n", packed.Len())
			out.Write(packed.Bytes())
			out.WriteString(endstream)
		} else {
			out.Write(in[pos : tail+len(endstream)])
		}
		pos = tail + len(endstream)
	}
	if !bytes.HasPrefix(in[pos:], []byte("xref\n")) {
		return nil, pdfErr(pos, "no cross-reference table after the objects")
	}
	trailer := bytes.Index(in[pos:], []byte("trailer\n"))
	startxref := bytes.LastIndex(in, []byte("startxref\n"))
	if trailer < 0 || startxref < pos+trailer {
		return nil, pdfErr(pos, "no trailer")
	}
	for n, o := range offsets[1:] {
		if o == 0 {
			return nil, pdfErr(pos, fmt.Sprintf("object %d missing", n+1))
		}
	}
	xref := out.Len()
	fmt.Fprintf(out, "xref\n0 %d\n0000000000 65535 f \n", len(offsets))
	for _, o := range offsets[1:] {
		fmt.Fprintf(out, "%010d 00000 n \n", o)
	}
	out.Write(in[pos+trailer : startxref])
	fmt.Fprintf(out, "startxref\n%d\n%%%%EOF\n", xref)
	return out.Bytes(), nil
}

func pdfErr(at int, what string) error {
	return fmt.Errorf("cannot compress the PDF: %s at byte %d", what, at)
}

// objectStart reads "N 0 obj\n" at pos and returns N and where the object's
// body starts, or 0 when no object starts there.
func objectStart(in []byte, pos int) (n, body int) {
	i := pos
	for i < len(in) && in[i] >= '0' && in[i] <= '9' && i-pos < 9 {
		n = n*10 + int(in[i]-'0')
		i++
	}
	if i == pos || !bytes.HasPrefix(in[i:], []byte(" 0 obj\n")) {
		return 0, 0
	}
	return n, i + len(" 0 obj\n")
}

var (
	firstObjRE = regexp.MustCompile(`(?m)^\d+ 0 obj\n`)
	lengthRE   = regexp.MustCompile(`/Length (\d+)`)
	plainRE    = regexp.MustCompile(`^<</Length \d+>>\n$`) // a stream with no filter
)
