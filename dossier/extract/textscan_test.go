package extract

import (
	"strings"
	"testing"
)

// scanCases are texts of every kind of byte the scanning helpers meet:
// ASCII and other spaces, curly quote marks, invalid UTF-8.
var scanCases = []string{
	"", " ", "word", " two  words ", "\ttabs\tand\nlines\r\n", "no\u00a0break\u00a0space", "next\u0085line",
	"ideographic\u3000space", "“curly” ‘single’ quotes", "\"straight\" 'single'", "bad \xff byte", "\xe2\x80 cut mark",
	"\xe2\xe2\x80\x9c twice", "em\u2003space", "é à ü", "trailing \xe2\x80", "a\u200bb", "x\xc2\xa0y",
}

func TestCountWordsTo(t *testing.T) {
	for _, s := range scanCases {
		want := len(strings.Fields(s))
		if got := countWords(s); got != want {
			t.Errorf("countWords(%q) = %d, want %d", s, got, want)
		}
		for limit := 0; limit <= want+1; limit++ {
			w := min(want, max(limit, 1))
			if want == 0 {
				w = 0
			}
			if got := countWordsTo(s, limit); got != w {
				t.Errorf("countWordsTo(%q, %d) = %d, want %d", s, limit, got, w)
			}
		}
	}
}

func FuzzCountWords(f *testing.F) {
	for _, s := range scanCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := countWords(s), len(strings.Fields(s)); got != want {
			t.Errorf("countWords(%q) = %d, want %d", s, got, want)
		}
	})
}

func TestIndexAny(t *testing.T) {
	sets := []string{`"“‘`, `"”’`, "”’\"", "\"“”", "“\"", "”\"", "", "a", "’", "\xff", "\ufffd“", "ab"}
	long := strings.Repeat("x", 255) + "“" + strings.Repeat("y", 300) + "\"" + strings.Repeat("z", 600)
	cases := append(scanCases, "a“b”c‘d’e\"f", "’’”", "\ufffd", long, long[1:], long[2:], long[3:], long[:256], long[:257], long[254:])
	for _, s := range cases {
		for _, cs := range sets {
			if got, want := indexAny(s, cs), strings.IndexAny(s, cs); got != want {
				t.Errorf("indexAny(%q, %q) = %d, want %d", s, cs, got, want)
			}
		}
	}
}

func FuzzIndexAny(f *testing.F) {
	for _, s := range scanCases {
		f.Add(s, `"“‘`)
	}
	f.Fuzz(func(t *testing.T, s, chars string) {
		if got, want := indexAny(s, chars), strings.IndexAny(s, chars); got != want {
			t.Errorf("indexAny(%q, %q) = %d, want %d", s, chars, got, want)
		}
	})
}

// TestFoldASCII checks fold's one-pass path against strings.ToLower.
func TestFoldASCII(t *testing.T) {
	for _, s := range []string{"", "abc", "ABC", "New York Times", "O'Neil-SMITH 3rd", "already lower", "Z", "@[`{"} {
		if got, want := fold(s), strings.ToLower(s); got != want {
			t.Errorf("fold(%q) = %q, want %q", s, got, want)
		}
	}
}
