package ingest

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// binaryKind names what a file is when it is clearly not text.
func binaryKind(b []byte) string {
	magic := []struct {
		prefix, kind string
	}{
		{"\x89PNG", "a PNG image"}, {"\xff\xd8\xff", "a JPEG image"}, {"GIF8", "a GIF image"},
		{"%PDF", "a PDF document"}, {"PK\x03\x04", "a ZIP archive or office document"},
		{"\x1f\x8b", "a compressed file"}, {"RIFF", "a media file"}, {"\x7fELF", "a program"},
		{"MZ", "a program"}, {"BM", ""}, {"SQLite format 3\x00", "a database"},
	}
	for _, m := range magic {
		if m.kind != "" && bytes.HasPrefix(b, []byte(m.prefix)) {
			return m.kind
		}
	}
	if hasUTF16BOM(b) {
		return ""
	}
	head := b
	if len(head) > 8192 {
		head = head[:8192]
	}
	ctl := 0
	for _, c := range head {
		if c == 0 {
			return "binary data"
		}
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			ctl++
		}
	}
	if ctl*20 > len(head) {
		return "binary data"
	}
	return ""
}

func hasUTF16BOM(b []byte) bool {
	return len(b) >= 2 && (b[0] == 0xff && b[1] == 0xfe || b[0] == 0xfe && b[1] == 0xff)
}

// decode turns file bytes into UTF-8: UTF-8 with or without BOM, UTF-16
// with BOM, else Windows-1252 (what older Windows tools write).
func decode(b []byte) string {
	switch {
	case bytes.HasPrefix(b, []byte("\xef\xbb\xbf")):
		b = b[3:]
	case hasUTF16BOM(b):
		be := b[0] == 0xfe
		b = b[2:]
		u := make([]uint16, len(b)/2)
		for i := range u {
			if be {
				u[i] = uint16(b[2*i])<<8 | uint16(b[2*i+1])
			} else {
				u[i] = uint16(b[2*i+1])<<8 | uint16(b[2*i])
			}
		}
		return string(utf16.Decode(u))
	}
	if utf8.Valid(b) {
		return string(b)
	}
	s, err := charmap.Windows1252.NewDecoder().Bytes(b)
	if err != nil {
		return strings.ToValidUTF8(string(b), "\uFFFD")
	}
	return string(s)
}

// cleanLine collapses odd and repeated spaces and drops control characters.
func cleanLine(s string) string {
	if alreadyClean(s) {
		return s
	}
	return cleanRunes(s)
}

// cleanRunes is cleanLine for any line, rune by rune.
func cleanRunes(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case invisible(r):
			continue
		case unicode.IsSpace(r):
			space = b.Len() > 0
			continue
		case unicode.IsControl(r):
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// invisible reports the marks a line loses: a soft hyphen, a zero-width
// space, a byte-order mark and the direction marks.
func invisible(r rune) bool {
	return r == '\u00ad' || r == '\u200b' || r == '\ufeff' || r == '\u200e' || r == '\u200f'
}

// alreadyClean reports a line cleanLine would return unchanged: valid
// UTF-8 with no control characters, no invisible marks it drops, single
// spaces and none at either end. Most lines of news are, and they need no
// copy.
func alreadyClean(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return s == ""
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c < 0x80 {
			if c < ' ' || c == 0x7f || c == ' ' && s[i+1] == ' ' {
				return false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 || invisible(r) || unicode.IsSpace(r) || unicode.IsControl(r) {
			return false
		}
		i += n
	}
	return true
}

// paragraphs normalises plain text: with blank lines between paragraphs,
// each block is one paragraph (hard-wrapped lines joined); without any,
// each line is one.
func paragraphs(text string) []string {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	lines := strings.Split(text, "\n")
	blank := false
	for i, l := range lines {
		if strings.TrimSpace(l) == "" && i > 0 && i < len(lines)-1 {
			blank = true
			break
		}
	}
	var out []string
	var cur []string
	flush := func() {
		if p := cleanLine(strings.Join(cur, " ")); p != "" {
			out = append(out, p)
		}
		cur = cur[:0]
	}
	for _, l := range lines {
		if strings.TrimSpace(l) == "" {
			flush()
			continue
		}
		cur = append(cur, l)
		if !blank {
			flush()
		}
	}
	flush()
	return out
}

func parseText(text string) *Article {
	ps := paragraphs(text)
	a := &Article{Format: "txt", Text: strings.Join(ps, "\n\n")}
	if len(ps) > 1 && looksLikeHeadline(ps[0]) {
		a.Title = ps[0]
	}
	return a
}

// looksLikeHeadline: short, no sentence-final period.
func looksLikeHeadline(s string) bool {
	n := len(strings.Fields(s))
	return n > 0 && n <= 20 && !strings.HasSuffix(s, ".") && !strings.HasPrefix(s, "“") && !strings.HasPrefix(s, `"`)
}
