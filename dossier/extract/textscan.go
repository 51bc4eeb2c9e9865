package extract

import (
	"strings"
	"unicode/utf8"
)

// indexAny is strings.IndexAny for a few marks, some beyond ASCII (curly
// quotation marks). strings.IndexAny then looks each rune of s up in the
// marks; searching for each mark in turn goes at the speed of
// strings.IndexByte. A mark's encoding found in s always starts a rune, so
// the answers agree. The search goes window by window, so that finding a
// mark early costs as little as it does with strings.IndexAny, whatever
// the length of s: a finder that calls it again and again from each mark
// to the end of a long paragraph stays linear.
func indexAny(s, chars string) int {
	const window = 256
	for start := 0; start < len(s); start += window {
		// The windows overlap by the longest encoding less one byte, so a
		// mark that starts in one ends in it.
		switch i := indexAnyShort(s[start:min(len(s), start+window+utf8.UTFMax-1)], chars); {
		case i == -2:
			return strings.IndexAny(s, chars)
		case i >= 0:
			return start + i
		}
	}
	return -1
}

// indexAnyShort is indexAny within one window; -2 means chars is not a
// list of marks.
func indexAnyShort(s, chars string) int {
	first := -1
	for _, r := range chars {
		if r == utf8.RuneError {
			return -2
		}
		if i := strings.IndexRune(s, r); i >= 0 {
			first, s = i, s[:i]
		}
	}
	return first
}

// containsAny is strings.ContainsAny for a few marks (see indexAny).
func containsAny(s, chars string) bool { return indexAny(s, chars) >= 0 }
