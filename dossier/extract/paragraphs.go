package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Para is one paragraph of an article: Index is 1-based, Start and End are
// byte offsets of its text (without the line break) in the article.
type Para struct {
	Index      int
	Start, End int
}

// Paragraphs splits article text as stored by ingest: every non-blank line
// is a paragraph. Leading and trailing spaces are excluded from the span.
func Paragraphs(text string) []Para {
	var ps []Para
	for off := 0; off < len(text); {
		end := strings.IndexByte(text[off:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += off
		}
		s, e := off, end
		for s < e && isSpaceByte(text[s]) {
			s++
		}
		for e > s && isSpaceByte(text[e-1]) {
			e--
		}
		if e > s {
			ps = append(ps, Para{Index: len(ps) + 1, Start: s, End: e})
		}
		off = end + 1
	}
	return ps
}

func isSpaceByte(b byte) bool { return b == ' ' || b == '\t' || b == '\r' || b == '\f' || b == '\v' }

// isFurniture reports a paragraph that is page furniture rather than
// story: a heading, a caption line or a related-story link, written
// without a sentence's final punctuation.
func (d *doc) isFurniture(para int) bool {
	if para < 1 || para > len(d.paras) {
		return false
	}
	if d.furniture == nil {
		d.furniture = make([]bool, len(d.paras))
		for i, p := range d.paras {
			t := strings.TrimRight(d.text[p.Start:p.End], " \"”’')")
			r, _ := utf8.DecodeLastRuneInString(t)
			// A paragraph ending in a colon introduces what follows.
			d.furniture[i] = t == "" || !strings.ContainsRune(".!?…:", r) && !isProse(t, 40) && !signedQuote(t) && !quotedProse(d.text[p.Start:p.End], t)
		}
	}
	return d.furniture[para-1]
}

// isProse reports a paragraph of minWords words or more, most of them in
// lower case: prose that lost its final stop, not a heading, a caption or
// a list of dates and places.
func isProse(t string, minWords int) bool {
	words, lower := 0, 0
	for w := range strings.FieldsSeq(t) {
		words++
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) {
			lower++
		}
	}
	return words >= minWords && 2*lower > words
}

// signedQuote reports a quotation signed after a dash, "“…” — Neil
// Gaiman": story, though it ends without a stop.
func signedQuote(t string) bool {
	i := strings.LastIndexAny(t, "—–")
	if i <= 0 || countWordsTo(t[i:], 8) > 6 {
		return false
	}
	q := strings.TrimRight(t[:i], " ")
	return strings.HasSuffix(q, "”") || strings.HasSuffix(q, `"`)
}

// quotedProse reports a sentence of story that ends on a closing quotation
// mark without its stop, `X said prices had "risen faster than expected"`:
// fifteen words or more, most in lower case. A heading is shorter.
func quotedProse(raw, t string) bool {
	raw = strings.TrimRight(raw, " ")
	return (strings.HasSuffix(raw, "”") || strings.HasSuffix(raw, `"`)) && isProse(t, 15)
}
