package ingest

import "testing"

// cleanLine returns most lines unchanged without copying them; the lines it
// passes through must be exactly those the rune-by-rune cleaning leaves
// as they are.
var cleanLineCases = []struct{ in, want string }{
	{"", ""},
	{"Plain words, one space each.", "Plain words, one space each."},
	{" leading space", "leading space"},
	{"trailing space ", "trailing space"},
	{"two  spaces", "two spaces"},
	{"a\ttab", "a tab"},
	{"bell\x07 and del\x7f", "bell and del"},
	{"soft\u00adhyphen", "softhyphen"},
	{"no\u00a0break", "no break"},
	{"café au lait", "café au lait"},
	{" ", ""},
	{"x", "x"},
	{"“Quoted,” she said — twice…", "“Quoted,” she said — twice…"},
	{"zero\u200bwidth", "zerowidth"},
	{"bad \xff byte", "bad \ufffd byte"},
	{"ideographic\u3000space", "ideographic space"},
	{"next\u0085line", "next line"},
}

func TestCleanLine(t *testing.T) {
	for _, c := range cleanLineCases {
		if got := cleanLine(c.in); got != c.want {
			t.Errorf("cleanLine(%q) = %q, want %q", c.in, got, c.want)
		}
		if got := cleanRunes(c.in); got != c.want {
			t.Errorf("cleanRunes(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func FuzzCleanLine(f *testing.F) {
	for _, c := range cleanLineCases {
		f.Add(c.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := cleanLine(s), cleanRunes(s); got != want {
			t.Fatalf("cleanLine(%q) = %q, the rune-by-rune cleaning gives %q", s, got, want)
		}
	})
}
