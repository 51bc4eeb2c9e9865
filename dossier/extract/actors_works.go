package extract

import "strings"

// The titles of books, films and songs are written in title case without
// quotation marks ("Mukherjee's The Lives of Others", "his novel The
// Finkler Question"); their words name no actors.

var (
	creativeWorks = wordSet("creativeWorks")
	titleOpeners  = wordSet("titleOpeners")
	// The lists' longest words: most words are passed over on their
	// length, without a lookup.
	creativeWorkLen = longestWord(creativeWorks)
	titleOpenerLen  = longestWord(titleOpeners)
)

func longestWord(set map[string]bool) int {
	n := 0
	for w := range set {
		n = max(n, len(w))
	}
	return n
}

// possessive reports a word ending in 's or an apostrophe, quickly.
func possessive(w string) bool {
	return len(w) > 2 && (w[len(w)-1] == 's' && (w[len(w)-2] == '\'' || strings.HasSuffix(w[:len(w)-1], "’")) ||
		w[len(w)-1] == '\'' || strings.HasSuffix(w, "’"))
}

// workTitleAt returns the end of a work's title starting at token i, or i
// when none does. A title opens after a work's noun ("the novel", "third
// novel,"), after an owner's possessive with "The" or an opener ("Ferris's
// To Rise Again"), or with a capitalised opener inside a sentence ("for We
// Are All ..."); it runs over capitalised words and the small words
// between them.
func (d *doc) workTitleAt(i int) int {
	t := d.toks
	if !t[i].word || !t[i].cap || i == 0 || t[i-1].sent != t[i].sent {
		return i
	}
	lw := d.low(i)
	opener := lw == "the" || len(lw) <= titleOpenerLen && titleOpeners[lw]
	p := i - 1
	if !t[p].word && p > 0 && t[p-1].sent == t[i].sent && d.tok(p) == "," {
		p--
	}
	switch {
	case !t[p].word:
		return i
	case t[p].cap:
		// "Ferris's To Rise Again", "Mukherjee's The Lives of Others"
		if p != i-1 || !opener || !possessive(d.tok(p)) {
			return i
		}
	case p == i-1 && opener && lw != "the":
		// "nominated for We Are All ..."
	case !opener || t[p].end-t[p].start > creativeWorkLen || !creativeWorks[d.low(p)] || d.verbBefore(p):
		// "his comic novel The Finkler Question", "third novel, To
		// Rise Again"
		return i
	}
	j := i + 1
	for j < len(t) && t[j].sent == t[i].sent && j-i < 12 && t[j].word {
		if t[j].cap {
			j++
			continue
		}
		// "To Rise Again at a Decent Hour": small words inside a title
		// when a capital follows them.
		k := j
		for k < len(t) && k < j+3 && t[k].word && !t[k].cap && titleSmallWords[d.tok(k)] {
			k++
		}
		if k == j || k >= len(t) || !t[k].word || !t[k].cap || t[k].sent != t[i].sent {
			break
		}
		j = k
	}
	// "Houston’s The Cynthia Woods Mitchell Pavilion": a name shaped
	// like a place's or a body's is no work's.
	from := i
	if lw == "the" {
		from++
	}
	if from < j {
		if c := d.classify(trimPossessive(d.joinName(from, j)), j-from); c == "place" || c == "organization" || c == "outlet" {
			return i
		}
	}
	return j
}
