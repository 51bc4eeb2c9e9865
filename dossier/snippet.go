package dossier

import (
	"strings"
	"unicode"
	"unicode/utf8"

	unorm "golang.org/x/text/unicode/norm"
)

// Snippets are made here rather than by FTS5's snippet(), which re-reads
// and re-tokenizes the whole text of every row it is asked for: for a page
// of hits, Go on the few texts kept is several times faster.

const snippetTokens = 24 // words shown around the first match

// fold is the form tokens are compared in, as the index's unicode61
// tokenizer with remove_diacritics sees them: lower case, no accents.
func fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return strings.ToLower(s)
	}
	var b strings.Builder
	for _, r := range unorm.NFD.String(s) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

type tokenSpan struct{ start, end int }

// tokenSpans finds the tokens of text, as tokens does, with their offsets.
func tokenSpans(text string) []tokenSpan {
	var out []tokenSpan
	start := -1
	for i, r := range text {
		if isTokenRune(r) {
			if start < 0 {
				start = i
			}
		} else if start >= 0 {
			out = append(out, tokenSpan{start, i})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, tokenSpan{start, len(text)})
	}
	return out
}

func matches(terms []term, tok string) bool {
	f := fold(tok)
	for _, t := range terms {
		if f == t.folded || (t.prefix && strings.HasPrefix(f, t.folded)) {
			return true
		}
	}
	return false
}

// snippet shows the first of fields that holds a term, cut to a window
// around the first match, with every matching word between [ and ] and "…"
// where text was cut.
func snippet(terms []term, fields ...string) string {
	for _, text := range fields {
		toks := tokenSpans(text)
		first := -1
		hit := make([]bool, len(toks))
		for i, t := range toks {
			if matches(terms, text[t.start:t.end]) {
				hit[i] = true
				if first < 0 {
					first = i
				}
			}
		}
		if first < 0 {
			continue
		}
		from := max(0, first-snippetTokens/3)
		to := min(len(toks), from+snippetTokens)
		from = max(0, to-snippetTokens)
		var b strings.Builder
		start, end := 0, len(text)
		if from > 0 {
			start = toks[from].start
			b.WriteString("…")
		}
		if to < len(toks) {
			end = toks[to-1].end
		}
		pos := start
		for i := from; i < to; i++ {
			if !hit[i] {
				continue
			}
			b.WriteString(text[pos:toks[i].start])
			b.WriteString("[" + text[toks[i].start:toks[i].end] + "]")
			pos = toks[i].end
		}
		b.WriteString(text[pos:end])
		if end < len(text) {
			b.WriteString("…")
		}
		return strings.TrimSpace(b.String())
	}
	for _, text := range fields {
		if text != "" {
			toks := tokenSpans(text)
			if len(toks) > snippetTokens {
				return text[:toks[snippetTokens-1].end] + "…"
			}
			return text
		}
	}
	return ""
}
