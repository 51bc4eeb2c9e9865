package extract

import (
	"embed"
	"strings"
)

//go:embed data/*.txt
var dataFS embed.FS

// lexicon maps a lower-cased entry to its canonical form.
type lexicon map[string]string

// loadLexicon reads "Name" and "Variant = Canonical" lines; # starts a comment.
func loadLexicon(name string) lexicon {
	b, err := dataFS.ReadFile("data/" + name)
	if err != nil {
		panic("extract: missing embedded " + name)
	}
	lx := lexicon{}
	for _, line := range strings.Split(string(b), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		k, v, ok := strings.Cut(line, " = ")
		if !ok {
			v = line
		}
		lx[strings.ToLower(strings.TrimSpace(k))] = strings.TrimSpace(v)
	}
	return lx
}

// nations holds the countries and the US states, in lower case: the
// places a demonym names, and those a postal code stands for.
var nations = func() map[string]bool {
	n := map[string]bool{}
	for _, c := range demonyms {
		n[strings.ToLower(c)] = true
	}
	for k, c := range places {
		if len(k) == 2 {
			n[strings.ToLower(c)] = true
		}
	}
	for _, s := range wordLists["codelessStates"] {
		n[s] = true
	}
	return n
}()

// wordLists holds the sections of words.txt, each list of words by name.
var wordLists = loadSections("words.txt")

// loadSections reads "[name]" headers, each followed by words separated by
// spaces; # starts a comment.
func loadSections(name string) map[string][]string {
	b, err := dataFS.ReadFile("data/" + name)
	if err != nil {
		panic("extract: missing embedded " + name)
	}
	m := map[string][]string{}
	cur := ""
	for _, line := range strings.Split(string(b), "\n") {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		if strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]") {
			cur = line[1 : len(line)-1]
			continue
		}
		if line != "" && cur != "" {
			m[cur] = append(m[cur], strings.Fields(line)...)
		}
	}
	return m
}

// wordSet returns the word list of that name in words.txt as a set.
func wordSet(name string) map[string]bool {
	ws, ok := wordLists[name]
	if !ok {
		panic("extract: no word list " + name + " in words.txt")
	}
	return toSet(ws...)
}

var (
	places     = loadLexicon("places.txt")
	demonyms   = loadLexicon("demonyms.txt")
	knownOrgs  = loadLexicon("organizations.txt")
	titles     = loadLexicon("titles.txt")
	speechVerb = loadLexicon("speechverbs.txt")
	givenNames = loadWords("givennames.txt")
	nameGender = loadGender("gender.txt")
)

// loadGender reads the "f:" and "m:" lines of gender.txt.
func loadGender(name string) map[string]string {
	b, err := dataFS.ReadFile("data/" + name)
	if err != nil {
		panic("extract: missing embedded " + name)
	}
	m := map[string]string{}
	for _, line := range strings.Split(string(b), "\n") {
		g, names, ok := strings.Cut(strings.TrimSpace(line), ":")
		if !ok || (g != "f" && g != "m") {
			continue
		}
		for _, w := range strings.Fields(names) {
			if other, seen := m[w]; seen && other != g {
				m[w] = "" // used for both
				continue
			}
			m[w] = g
		}
	}
	return m
}

// loadWords reads a list of lower-cased words, several on a line.
func loadWords(name string) map[string]bool {
	b, err := dataFS.ReadFile("data/" + name)
	if err != nil {
		panic("extract: missing embedded " + name)
	}
	// The given names are the largest list and every run of the program
	// loads them: a map sized for the words up front is not grown and
	// rehashed a dozen times, and the words stay slices of one string.
	s := string(b)
	m := make(map[string]bool, strings.Count(s, " ")+strings.Count(s, "\n"))
	for line := range strings.Lines(s) {
		if strings.HasPrefix(strings.TrimSpace(line), "#") {
			continue
		}
		for w := range strings.FieldsSeq(line) {
			// ToLower returns a word already in lower case as it is.
			m[strings.ToLower(w)] = true
		}
	}
	return m
}

// orgHeads end organisation names ("Sam Houston State University").
var orgHeads = wordSet("orgHeads")

// personRoles are lower-case nouns that describe a person when they stand
// before a name ("investigative journalist Ken Klippenstein") or alone as an
// unnamed speaker ("a spokesperson said").
var personRoles = wordSet("personRoles")

// notNames are capitalised words that start sentences or headlines but
// never name an actor on their own.
var notNames = wordSet("notNames")

// pronounGender gives the gender a personal pronoun implies ("" when none).
var pronouns = map[string]string{"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f", "they": "", "it": "o"}
