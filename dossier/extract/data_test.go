package extract

import (
	"strings"
	"testing"
)

// TestWordLists rejects a word listed twice: in one section of words.txt,
// among the given names, or as the key of two lines of a lexicon. A
// duplicate hides an edit (the second copy is the one that counts, or
// neither is removed) and tells of lists that grew apart.
func TestWordLists(t *testing.T) {
	for name, ws := range wordLists {
		if len(ws) == 0 {
			t.Errorf("words.txt [%s] is empty", name)
		}
		seen := map[string]bool{}
		for _, w := range ws {
			if seen[w] {
				t.Errorf("words.txt [%s] lists %q twice", name, w)
			}
			seen[w] = true
		}
	}
	for _, file := range []string{"places.txt", "demonyms.txt", "organizations.txt", "titles.txt",
		"speechverbs.txt", "outlets.txt", "givennames.txt", "platforms.txt"} {
		b, err := dataFS.ReadFile("data/" + file)
		if err != nil {
			t.Fatal(err)
		}
		seen := map[string]int{}
		for n, line := range strings.Split(string(b), "\n") {
			line = strings.TrimSpace(line)
			if line == "" || line[0] == '#' {
				continue
			}
			keys := []string{line}
			if file == "givennames.txt" {
				keys = strings.Fields(line)
			} else if k, _, ok := strings.Cut(line, " = "); ok {
				keys = []string{k}
			}
			for _, k := range keys {
				k = strings.ToLower(strings.TrimSuffix(strings.TrimSpace(k), " [agency]"))
				if first, ok := seen[k]; ok {
					t.Errorf("%s: %q on line %d is already on line %d", file, k, n+1, first)
				}
				seen[k] = n + 1
			}
		}
	}
}

// TestOpenCues rejects an open-point cue listed twice, once its
// alternatives are spelled out: the two copies would sit in two classes or
// count one class twice as often as it should be read.
func TestOpenCues(t *testing.T) {
	seen := map[string]string{}
	for _, cs := range cuesByWord {
		for _, c := range cs {
			k := strings.Join(c.words, " ")
			if first, ok := seen[k]; ok {
				t.Errorf("openpoints.txt lists %q in [%s] and [%s]", k, first, cueClasses[c.class].name)
			}
			seen[k] = cueClasses[c.class].name
		}
	}
	if len(seen) < 100 {
		t.Errorf("openpoints.txt holds %d cues; it was not read", len(seen))
	}
}
