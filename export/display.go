package export

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Visible returns s as it can safely be shown to a person: on a terminal,
// in a briefing, in a list. A file name or a line of an article may hold
// line breaks, terminal escape sequences, invisible formatting characters
// (right-to-left overrides that make "gpj.txt" read "txt.jpg") or bytes
// that are not UTF-8; each is written as a Go-style escape (\n, \x1b,
// \u202e, \xff), so the text stays on one line, changes nothing on the
// screen and shows what is really there. The name itself is kept as it is
// wherever it is stored.
func Visible(s string) string {
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if hidden(r, n) {
			break
		}
		i += n
	}
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	b.WriteString(s[:i])
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case !hidden(r, n):
			b.WriteString(s[i : i+n])
		case r == utf8.RuneError:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x80:
			fmt.Fprintf(&b, `\x%02x`, r)
		default:
			fmt.Fprintf(&b, `\u%04x`, r)
		}
		i += n
	}
	return b.String()
}

// hidden reports a character that does not show as itself: a control
// character, a line or paragraph separator, a formatting character
// (bidirectional overrides and isolates, zero-width characters), or a byte
// that is not UTF-8 (n is then 1).
func hidden(r rune, n int) bool {
	if r < utf8.RuneSelf {
		return r < 0x20 || r == 0x7f
	}
	return r == utf8.RuneError && n == 1 || unicode.IsControl(r) || r == '\u2028' || r == '\u2029' || unicode.Is(unicode.Cf, r)
}
