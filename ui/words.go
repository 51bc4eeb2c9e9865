package ui

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// plural gives a count with its noun, singular or plural and with
// thousands separated: "1 mention", "1,234 mentions".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return thousands(n) + " " + pluralNoun(noun)
}

func pluralNoun(noun string) string {
	switch {
	case strings.HasSuffix(noun, "y") && !strings.HasSuffix(noun, "ey"):
		return noun[:len(noun)-1] + "ies"
	case strings.HasSuffix(noun, "s"):
		return noun + "es"
	}
	return noun + "s"
}

// times gives "1 time", "2 times".
func times(n int) string { return plural(n, "time") }

// thousands writes n with a comma between each group of three digits.
func thousands(n int) string {
	s := strconv.Itoa(n)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}

// display makes a name from outside (a file name, a title) safe to show:
// invalid UTF-8, terminal escape sequences, control characters and line
// breaks become visible or go, so a name cannot forge lines or colours in
// a label, a menu or a message. The real name is kept for use.
func display(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size <= 1:
			b.WriteRune('\uFFFD')
		case r == 0x1b: // an escape sequence: ESC [ params final
			j := i + 1
			if j < len(s) && s[j] == '[' {
				j++
				for j < len(s) && (s[j] < 0x40 || s[j] > 0x7e) {
					j++
				}
				j++
			}
			i = min(max(j, i+size), len(s))
			continue
		case r == '\n' || r == '\r' || r == '\t':
			b.WriteByte(' ')
		case unicode.IsControl(r) || r == '\u2028' || r == '\u2029' || unicode.Is(unicode.Bidi_Control, r):
			// dropped
		default:
			b.WriteRune(r)
		}
		i += size
	}
	return b.String()
}
