package extract

import (
	"unicode"
	"unicode/utf8"
)

// abbreviations end with a period that does not end a sentence. Lower-cased,
// without the final period.
var abbreviations = wordSet("abbreviations")

// dottedNames end with a period that ends a sentence only when a typical
// sentence opener follows ("…with the U.S. The talks…").
var dottedNames = wordSet("dottedNames")

var sentenceOpeners = wordSet("sentenceOpeners")

func toSet(xs ...string) map[string]bool {
	m := make(map[string]bool, len(xs))
	for _, x := range xs {
		m[x] = true
	}
	return m
}

// splitSentences splits one paragraph into sentences. A sentence ends at
// . ! or ? (with any closing quotes and brackets after it) followed by space
// and a plausible sentence start, unless the period closes an abbreviation or
// an initial. Spans cover the paragraph without gaps except whitespace.
func splitSentences(text string, p Para) []Sent {
	var out []Sent
	start := p.Start
	i := p.Start
	for i < p.End {
		c := text[i]
		if c != '.' && c != '!' && c != '?' {
			i++
			continue
		}
		// Run of terminal punctuation ("?!", "...").
		j := i
		for j < p.End && (text[j] == '.' || text[j] == '!' || text[j] == '?') {
			j++
		}
		// Closing quotes and brackets belong to the sentence they close.
		for j < p.End {
			r, n := utf8.DecodeRuneInString(text[j:])
			if r == '"' || r == '\'' || r == '”' || r == '’' || r == ')' || r == ']' {
				j += n
				continue
			}
			break
		}
		if j >= p.End {
			break
		}
		if text[j] != ' ' && text[j] != '\t' {
			i = j
			continue
		}
		k := j
		for k < p.End && (text[k] == ' ' || text[k] == '\t') {
			k++
		}
		if k >= p.End {
			break
		}
		if c == '.' && j-i == 1 && !periodEnds(text, start, i, text[k:p.End]) {
			i = j
			continue
		}
		if !startsSentence(text[k:]) {
			i = j
			continue
		}
		out = append(out, Sent{Para: p.Index, Start: start, End: j})
		start = k
		i = k
	}
	if start < p.End {
		out = append(out, Sent{Para: p.Index, Start: start, End: p.End})
	}
	return out
}

// periodEnds reports whether the period at text[dot] ends a sentence rather
// than an abbreviation or an initial.
func periodEnds(text string, sentStart, dot int, next string) bool {
	w := dot
	for w > sentStart {
		r, n := utf8.DecodeLastRuneInString(text[:w])
		if r == ' ' || r == '(' || r == '"' || r == '“' || r == '‘' || r == '\'' || r == '\t' {
			break
		}
		w -= n
	}
	word := text[w:dot]
	if word == "" {
		return true
	}
	// A single capital letter is an initial ("Gregory M. Guillot"),
	// unless a word that opens sentences and ends no name follows it
	// ("… of the Royal Society B. Only two …", "Plan B. The").
	if r, n := utf8.DecodeRuneInString(word); n == len(word) && unicode.IsUpper(r) {
		nw := lowerASCII(firstWord(next))
		return nw != "a" && nw != "i" && sentenceOpeners[nw]
	}
	lw := lowerASCII(word)
	if abbreviations[lw] {
		return false
	}
	if dottedNames[lw] {
		return sentenceOpeners[lowerASCII(firstWord(next))]
	}
	// Other dotted abbreviations ("a.k.a.", "S.A.") do not end sentences.
	if len(word) >= 3 && word[1] == '.' {
		return false
	}
	return true
}

// startsSentence reports whether s can begin a sentence: a capital letter,
// a digit, or an opening quote or bracket before one.
func startsSentence(s string) bool {
	for len(s) > 0 {
		r, n := utf8.DecodeRuneInString(s)
		switch {
		case r == '"' || r == '“' || r == '‘' || r == '\'' || r == '(' || r == '[' || r == '—' || r == '-':
			s = s[n:]
			continue
		case unicode.IsUpper(r) || unicode.IsDigit(r):
			return true
		}
		return false
	}
	return false
}

func lowerASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// firstWord returns the first run of letters in s, or "" when it has none.
func firstWord(s string) string {
	start := -1
	// Ranging gives each rune's true width, 1 for a byte that is not
	// UTF-8, where utf8.RuneLen(utf8.RuneError) would say 3.
	for i, r := range s {
		switch {
		case unicode.IsLetter(r):
			if start < 0 {
				start = i
			}
		case start >= 0:
			return s[start:i]
		}
	}
	if start < 0 {
		return ""
	}
	return s[start:]
}
