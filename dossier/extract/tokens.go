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

// Classes the open-point features test on every word of a sentence. They
// sit in the second byte of tokenClasses, apart from
// the classes above, which some finders compare as a whole.
const (
	oAhead    = 1 << iota // names a time still to come (aheadWords)
	oPlan                 // a plan verb before "to" (planVerbs)
	oEmbed                // opens an embedded question (embedWords)
	oPersonal             // the writer's or the reader's (personalWords)
	oCalendar             // a weekday or a month name
)

// Classes the date parsers test on every word a date can start with, in
// the high byte of tokenClasses.
const (
	dHoliday     = 1 << iota // holidays
	dSoloHoliday             // soloHolidays
	dMonth                   // monthNames
	dYearPart                // yearParts
)

// tokenClasses maps a lower-cased word to its classes, built once when the
// package starts so that each token needs one lookup: the low byte holds
// the f classes, the next byte the o classes, the third the index in
// cueLists of the open-point cues the word starts (0 for none) and the
// high byte the d classes.
var tokenClasses = func() map[string]uint32 {
	m := map[string]uint32{}
	for w, cs := range cuesByWord {
		m[w] |= fCueStart | uint32(len(cueLists))<<16
		cueLists = append(cueLists, cs)
	}
	if len(cueLists) > 1<<8 {
		panic("extract: too many open-point cue words")
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
	mark := func(words map[string]bool, bits uint32) {
		for w := range words {
			m[w] |= bits
		}
	}
	mark(aheadWords, oAhead<<8)
	mark(planVerbs, oPlan<<8)
	mark(embedWords, oEmbed<<8)
	mark(personalWords, oPersonal<<8)
	for w := range weekdays {
		m[w] |= oCalendar << 8
	}
	for w := range monthNames {
		m[w] |= oCalendar<<8 | dMonth<<24
	}
	mark(holidays, dHoliday<<24)
	mark(soloHolidays, dSoloHoliday<<24)
	mark(yearParts, dYearPart<<24)
	return m
}()

// cueLists holds cuesByWord's lists, each at the index tokenClasses gives
// its first word; the first, for every other word, is empty.
var cueLists = [][]openCue{nil}

// class returns the classes of token i.
func (d *doc) class(i int) uint8 { return uint8(d.lex[i]) }

// dateClass returns the date classes of token i (dHoliday, ...).
func (d *doc) dateClass(i int) uint8 { return uint8(d.lex[i] >> 24) }

// openClass returns the open-point classes of token i (oAhead, ...).
func (d *doc) openClass(i int) uint8 { return uint8(d.lex[i] >> 8) }

// cueList returns the index in cueLists of the open-point cues token i
// starts.
func (d *doc) cueList(i int) uint8 { return uint8(d.lex[i] >> 16) }

// quotedTok reports whether token i starts inside a quotation, as
// insideQuote(d.toks[i].start) does. The quotations are sorted and the
// tokens are in text order, so one pass marks every token; the finders
// that ask for most tokens of a sentence then need no search each.
func (d *doc) quotedTok(i int) bool {
	if d.inQuote == nil {
		d.markQuoted()
	}
	return d.inQuote[i]
}

func (d *doc) markQuoted() {
	qs := d.quotations()
	d.inQuote = make([]bool, len(d.toks))
	for k := 1; k < len(qs); k++ {
		if qs[k].start < qs[k-1].start {
			// Not in order: ask insideQuote token by token.
			for i := range d.toks {
				d.inQuote[i] = d.insideQuote(d.toks[i].start)
			}
			return
		}
	}
	q := 0 // quotations starting at or before the token
	for i := range d.toks {
		off := d.toks[i].start
		for q < len(qs) && qs[q].start <= off {
			q++
		}
		d.inQuote[i] = q > 0 && off < qs[q-1].end
	}
}

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
			// ASCII, the most of any text, is classed by table; other
			// runes are decoded. wide records a non-ASCII rune in the word.
			r, n := rune(text[i]), 1
			if r >= utf8.RuneSelf {
				r, n = utf8.DecodeRuneInString(text[i:])
			}
			if r == ' ' || unicode.IsSpace(r) {
				i += n
				continue
			}
			if !(r < utf8.RuneSelf && asciiWord[r] || r >= utf8.RuneSelf && isWordRune(r)) {
				d.toks = append(d.toks, token{start: i, end: i + n, sent: si})
				d.lex = append(d.lex, 0)
				i += n
				continue
			}
			wide := n > 1
			j := i + n
			for j < s.End {
				if c := text[j]; c < utf8.RuneSelf {
					if asciiWord[c] {
						j++
						continue
					}
					// Joiners stay inside a word when a letter or digit
					// follows; a period only in dotted abbreviations.
					if (c == '\'' || c == '-' || c == '.' || c == '&') && j+1 < s.End && wordRuneAt(text, j+1) &&
						(c != '.' || isDotted(text[i:j])) {
						j++
						continue
					}
					break
				}
				r2, n2 := utf8.DecodeRuneInString(text[j:])
				if isWordRune(r2) || (r2 == '’' || r2 == '‑') && j+n2 < s.End && wordRuneAt(text, j+n2) {
					j += n2
					wide = true
					continue
				}
				break
			}
			// A trailing period belongs to initials, dotted abbreviations and
			// title abbreviations.
			if j < s.End && text[j] == '.' && keepsPeriod(text[i:j]) {
				j++
			}
			lw := lowText[i:j]
			if wide {
				lw = strings.ToLower(text[i:j])
			}
			tk := token{start: i, end: j, sent: si, word: true, cap: r >= 'A' && r <= 'Z' || r >= utf8.RuneSelf && unicode.IsUpper(r)}
			if lw != lowText[i:j] {
				tk.lowered = true
				if d.lowOther == nil {
					d.lowOther = map[int]string{}
				}
				d.lowOther[len(d.toks)] = lw
			}
			d.toks = append(d.toks, tk)
			d.lex = append(d.lex, tokenClasses[lw])
			i = j
		}
	}
}

// wordRuneAt reports whether the rune at text[k] is a letter or digit.
func wordRuneAt(text string, k int) bool {
	if c := text[k]; c < utf8.RuneSelf {
		return asciiWord[c]
	}
	r, _ := utf8.DecodeRuneInString(text[k:])
	return isWordRune(r)
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

// asciiWord marks the ASCII letters and digits, the common case of
// isWordRune.
var asciiWord = func() (t [128]bool) {
	for c := 0; c < 128; c++ {
		t[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
	}
	return t
}()
