// Stage 5 of finding actors: a person's role and affiliation, read from
// the words written around their first mentions.

package extract

import (
	"strings"
)

// roleOf reads a person's role from around a mention: an appositive after
// the name ("Nathan Jones, associate professor of security studies at Sam
// Houston State University,"), a role before it ("investigative journalist
// Ken Klippenstein", "NORTHCOM's commander, Gen. Gregory M. Guillot"), or
// else the title written with the name.
func (d *doc) roleOf(m *mention) (role, affil string) {
	t := d.toks
	sent := t[m.from].sent
	// After: ", ROLE PHRASE," up to the next comma or the sentence end;
	// a degree first is skipped ("Stephen Calderwood, MD, president of …").
	after := m.to
	if after+3 < len(t) && d.tok(after) == "," && degrees[d.low(after+1)] && d.tok(after+2) == "," {
		after += 2
	}
	if after+1 < len(t) && d.tok(after) == "," && t[after+1].sent == sent {
		k := after + 1
		hasRole := false
		for k < len(t) && t[k].sent == sent && k < after+16 {
			w := d.tok(k)
			if w == "," || w == "(" || w == ";" || isQuoteMark(w) || w == "." {
				break
			}
			lw := strings.ToLower(w)
			if _, v := speechVerb[lw]; v {
				hasRole = false
				break
			}
			if (personRoles[lw] || isTitleWord(lw)) && k < after+6 {
				hasRole = true
			}
			if w == "—" || w == "–" {
				break
			}
			k++
		}
		if hasRole && k > after+1 {
			from := after + 1
			for from < k && (d.tok(from) == "the" || d.tok(from) == "a" || d.tok(from) == "an" || d.tok(from) == "who" || d.tok(from) == "is") {
				from++
			}
			if from < k {
				phrase := d.text[t[from].start:t[k-1].end]
				if i := strings.Index(phrase, " at "); i > 0 {
					return phrase[:i], phrase[i+4:]
				}
				return phrase, m.affiliation
			}
		}
	}
	// Before: skip the title words written with the name.
	b := m.from
	for b > 0 && t[b-1].sent == sent && t[b-1].cap && (isTitleWord(d.low(b-1)) || demonyms[d.low(b-1)] != "") {
		b--
	}
	if b > 0 && t[b-1].sent == sent && !t[b-1].cap && personRoles[d.low(b-1)] {
		from := b - 1
		if from > 0 && t[from-1].sent == sent && t[from-1].word && !t[from-1].cap && !notNames[d.tok(from-1)] && !strings.HasSuffix(d.tok(from-1), "’s") {
			from--
		}
		return d.text[t[from].start:t[b-1].end], m.affiliation
	}
	// "ambassador to Britain Liu Xiaoming", "envoy for Syria Geir
	// Pedersen": a role, its place or body, then the name.
	j := b
	for j > 0 && j > b-3 && t[j-1].sent == sent && t[j-1].cap && t[j-1].word {
		j--
	}
	where := d.joinName(j, b)
	if k := d.classify(where, b-j); j < b && j >= 2 && t[j-2].sent == sent && !t[j-2].cap && personRoles[d.low(j-2)] &&
		trimPossessive(where) == where && (k == "place" || k == "organization") {
		switch d.low(j - 1) {
		case "to", "of", "for":
			return d.text[t[j-2].start:t[b-1].end], m.affiliation
		}
	}
	if b > 1 && d.tok(b-1) == "," && personRoles[d.low(b-2)] {
		role = d.tok(b - 2)
		if b > 2 {
			if owner := trimPossessive(d.tok(b - 3)); owner != d.tok(b-3) {
				affil = owner
			}
		}
		return role, affil
	}
	return m.title, m.affiliation
}

// degrees follow a name between commas ("Eric Biondi, MD, who …").
var degrees = wordSet("degrees")
