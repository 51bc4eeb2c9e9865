package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is a word or a punctuation mark with its byte span.
type token struct {
	start, end int
	sent       int // index into doc.sents
	word       bool
	cap        bool // starts with an upper-case letter
	// lowered marks a word whose lower case is not its span of the
	// lower-cased text (non-ASCII letters): it is kept in doc.lowOther.
	lowered bool
}

func (d *doc) tok(i int) string { t := d.toks[i]; return d.text[t.start:t.end] }

// low returns token i lower-cased; tokenize computes them once.
// An ASCII token's lower case is its span of the lower-cased text, so
// only the others are stored: a few bytes per token on a long article.
func (d *doc) low(i int) string {
	t := d.toks[i]
	if t.lowered {
		return d.lowOther[i]
	}
	return d.lowText[t.start:t.end]
}

// Token classes looked up once per token, so the finders can pass over
// most words without a map lookup of their own.
const (
	fCueStart   = 1 << iota // first word of an unresolved cue
	fModal                  // could, may, might, would
	fDateStart              // a lower-case word a date can start with
	fSpeech                 // a speech verb (said, told, …)
	fPronoun                // a personal pronoun
	fRole                   // a role or group noun (spokesperson, officials)
	fDeterminer             // a, an, the, its, one: where a description of a speaker starts
)

// tokenClasses maps a lower-cased word to its classes, built once when the
// package starts so that each token needs one lookup.
var tokenClasses = func() map[string]uint8 {
	m := map[string]uint8{}
	for w := range cuesByWord {
		m[w] |= fCueStart
	}
	for w := range modals {
		m[w] |= fModal
	}
	for w := range speechVerb {
		m[w] |= fSpeech
	}
	for w := range pronouns {
		m[w] |= fPronoun
	}
	for w := range personRoles {
		m[w] |= fRole
	}
	for w := range groupNouns {
		m[w] |= fRole
	}
	for w := range dateStarters {
		m[w] |= fDateStart
	}
	for _, w := range []string{"a", "an", "the", "its", "one"} {
		m[w] |= fDeterminer
	}
	return m
}()

// class returns the classes of token i.
func (d *doc) class(i int) uint8 { return d.classes[i] }

// tokenize splits the article into tokens, sentence by sentence. A word
// keeps internal apostrophes, hyphens and the periods of dotted
// abbreviations ("U.S.", "a.m.") and of initials and title abbreviations
// ("M.", "Gen."), so those never look like sentence punctuation.
func (d *doc) tokenize() {
	text := d.text
	// One lower-cased copy of the text serves every ASCII word.
	lowText := lowerASCII(text)
	d.lowText = lowText
	for si, s := range d.sents {
		i := s.Start
		for i < s.End {
			if c := text[i]; c == ' ' || c == '\t' {
				i++
				continue
			}
			r, n := utf8.DecodeRuneInString(text[i:])
			if unicode.IsSpace(r) {
				i += n
				continue
			}
			if !isWordRune(r) {
				d.toks = append(d.toks, token{start: i, end: i + n, sent: si})
				d.classes = append(d.classes, 0)
				i += n
				continue
			}
			j := i + n
			for j < s.End {
				if c := text[j]; c < 0x80 && asciiWord[c] {
					j++
					continue
				}
				r2, n2 := utf8.DecodeRuneInString(text[j:])
				if isWordRune(r2) {
					j += n2
					continue
				}
				// Joiners stay inside a word when a letter or digit follows.
				if r2 == '\'' || r2 == '’' || r2 == '-' || r2 == '‑' || r2 == '.' || r2 == '&' {
					if j+n2 < s.End {
						r3, _ := utf8.DecodeRuneInString(text[j+n2:])
						if isWordRune(r3) && (r2 != '.' || isDotted(text[i:j])) {
							j += n2
							continue
						}
					}
				}
				break
			}
			// A trailing period belongs to initials, dotted abbreviations and
			// title abbreviations.
			if j < s.End && text[j] == '.' && keepsPeriod(text[i:j]) {
				j++
			}
			first, _ := utf8.DecodeRuneInString(text[i:])
			lw := lowerToken(text[i:j], lowText[i:j])
			tk := token{start: i, end: j, sent: si, word: true, cap: unicode.IsUpper(first)}
			if lw != lowText[i:j] {
				tk.lowered = true
				if d.lowOther == nil {
					d.lowOther = map[int]string{}
				}
				d.lowOther[len(d.toks)] = lw
			}
			d.toks = append(d.toks, tk)
			d.classes = append(d.classes, tokenClasses[lw])
			i = j
		}
	}
}

func isWordRune(r rune) bool {
	// A soft hyphen (U+00AD) is invisible inside a word: "Netan\u00adyahu".
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || r == '\u00ad'
}

// isDotted reports whether w is a run of single letters joined by periods
// so far ("U", "U.S"), the only words a period may continue.
func isDotted(w string) bool {
	n := 0
	for _, r := range w {
		if r == '.' {
			n = 0
			continue
		}
		n++
		if n > 1 || !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

func keepsPeriod(w string) bool {
	if isDotted(w) {
		return true
	}
	lw := lowerASCII(w)
	if _, ok := titles[lw+"."]; ok {
		return true
	}
	return abbreviations[lw]
}

// lowerToken is a word lower-cased: its slice of the lower-cased text when
// the word is ASCII, else strings.ToLower of it.
func lowerToken(w, asciiLow string) string {
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 {
			return strings.ToLower(w)
		}
	}
	return asciiLow
}

// asciiWord marks the ASCII letters and digits, the common case of
// isWordRune.
var asciiWord = func() (t [128]bool) {
	for c := 0; c < 128; c++ {
		t[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
	}
	return t
}()
