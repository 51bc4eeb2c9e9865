package ui

import "testing"

func TestPluralAndThousands(t *testing.T) {
	for _, c := range []struct {
		n    int
		noun string
		want string
	}{
		{0, "mention", "0 mentions"},
		{1, "mention", "1 mention"},
		{2, "citation", "2 citations"},
		{1234, "word", "1,234 words"},
		{1234567, "result", "1,234,567 results"},
		{1, "time", "1 time"},
		{3, "entry", "3 entries"},
	} {
		if got := plural(c.n, c.noun); got != c.want {
			t.Errorf("plural(%d, %q) = %q, want %q", c.n, c.noun, got, c.want)
		}
	}
}

func TestDisplayName(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"report.txt", "report.txt"},
		{"two\nlines.txt", "two lines.txt"},
		{"\x1b[31mred\x1b[0m.txt", "red.txt"},
		{"bad\xffbyte.txt", "bad\uFFFDbyte.txt"},
		{"bell\a.txt", "bell.txt"},
		{"Ángeles — notes.md", "Ángeles — notes.md"},
		{"rtl\u202Etxt.exe", "rtltxt.exe"},
	} {
		if got := display(c.in); got != c.want {
			t.Errorf("display(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
