package extract

import (
	"strings"
	"testing"
)

// TestLowerAlready checks the shortcut loadWords takes against
// strings.ToLower, on awkward cases and on every word of the largest list.
func TestLowerAlready(t *testing.T) {
	words := []string{"", "abc", "Abc", "josé", "JOSÉ", "josÉ", "\xff", "a\xffb", "ǅ", "ǆ", "straße", "İ", "ﬀ", "ΣΑ", "σς", "o'neil", "jean-luc"}
	b, err := dataFS.ReadFile("data/givennames.txt")
	if err != nil {
		t.Fatal(err)
	}
	words = append(words, strings.Fields(string(b))...)
	for _, w := range words {
		if got, want := lowerAlready(w), strings.ToLower(w) == w; got != want {
			t.Errorf("lowerAlready(%q) = %v, want %v", w, got, want)
		}
	}
}
