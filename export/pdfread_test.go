package export

import (
	"bytes"
	"compress/zlib"
	"io"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode/utf16"
)

// A small reader for the PDFs this package writes, so the tests can check
// what a briefing says, links to and bookmarks without outside tools. It
// knows gofpdf's output only: text shown with Tj from UTF-16BE strings in
// Flate-compressed page streams.

type pdfInfo struct {
	pages    []string // text of each page, cells joined by newlines
	outlines []string // bookmark titles, in order
	dests    []int    // page object number each internal link points at
	pageObjs map[int]bool
}

var (
	streamRE = regexp.MustCompile(`(?s)stream\n(.*?)\nendstream`)
	pageRE   = regexp.MustCompile(`(\d+) 0 obj\n<</Type /Page\n`)
	destRE   = regexp.MustCompile(`/Dest \[(\d+) 0 R`)
	titleRE  = regexp.MustCompile(`<</Title \(`) // outline items; the info dictionary's title follows other keys
)

func readPDF(t *testing.T, pdf []byte) pdfInfo {
	t.Helper()
	info := pdfInfo{pageObjs: map[int]bool{}}
	for _, m := range pageRE.FindAllSubmatch(pdf, -1) {
		n, _ := strconv.Atoi(string(m[1]))
		info.pageObjs[n] = true
	}
	for _, m := range streamRE.FindAllSubmatch(pdf, -1) {
		r, err := zlib.NewReader(bytes.NewReader(m[1]))
		if err != nil {
			continue
		}
		raw, err := io.ReadAll(r)
		if err != nil || !bytes.Contains(raw, []byte("Tj ET")) {
			continue // a font or an image, not a page
		}
		info.pages = append(info.pages, strings.Join(shownStrings(raw), "\n"))
	}
	if len(info.pages) != len(info.pageObjs) {
		t.Fatalf("read %d page streams for %d pages", len(info.pages), len(info.pageObjs))
	}
	for _, m := range destRE.FindAllSubmatch(pdf, -1) {
		n, _ := strconv.Atoi(string(m[1]))
		info.dests = append(info.dests, n)
	}
	for _, loc := range titleRE.FindAllIndex(pdf, -1) {
		s, _ := pdfString(pdf[loc[1]-1:])
		info.outlines = append(info.outlines, decodeText(s))
	}
	return info
}

// text is the whole document's text with runs of white space made single
// spaces, so that phrases wrapped over lines still match.
func (i pdfInfo) text() string { return strings.Join(strings.Fields(strings.Join(i.pages, "\n")), " ") }

func (i pdfInfo) pageText(n int) string { return strings.Join(strings.Fields(i.pages[n-1]), " ") }

// shownStrings returns the strings of a content stream's Tj operators.
func shownStrings(stream []byte) []string {
	var out []string
	for {
		i := bytes.Index(stream, []byte("Td ("))
		if i < 0 {
			return out
		}
		s, n := pdfString(stream[i+3:])
		stream = stream[i+3+n:]
		if bytes.HasPrefix(bytes.TrimLeft(stream, " "), []byte("Tj")) {
			out = append(out, decodeText(s))
		}
	}
}

// pdfString reads a literal string starting at its "(" and returns its bytes
// and the length read.
func pdfString(b []byte) ([]byte, int) {
	var out []byte
	for i := 1; i < len(b); i++ {
		switch c := b[i]; c {
		case '\\':
			i++
			if i < len(b) {
				switch b[i] {
				case 'r':
					out = append(out, '\r')
				case 'n':
					out = append(out, '\n')
				default:
					out = append(out, b[i])
				}
			}
		case ')':
			return out, i + 1
		default:
			out = append(out, c)
		}
	}
	return out, len(b)
}

// decodeText reads UTF-16BE (with or without a byte order mark), else
// takes the bytes as they are.
func decodeText(b []byte) string {
	b = bytes.TrimPrefix(b, []byte{0xFE, 0xFF})
	if len(b)%2 != 0 {
		return string(b)
	}
	u := make([]uint16, len(b)/2)
	for i := range u {
		u[i] = uint16(b[2*i])<<8 | uint16(b[2*i+1])
	}
	return string(utf16.Decode(u))
}
