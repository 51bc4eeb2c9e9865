// This file names the bodies cited as sources as the article itself
// names them.

package extract

import "strings"

// fullNames gives a body cited by a short form the name the article gives
// it in full: "reports received by Amnesty" cites Amnesty International
// when the article names it so, and "told TRD" The Real Deal when an
// acronym no list knows stands for capitalised words the article holds
// ("according to LN" Live Nation; two letters that stand for no words of
// the article are dropped).
// A known outlet's or body's acronym ("AP", "WHO") keeps its spelling,
// and a name the article shortens in brackets is cited by the short form
// it goes on to use ("the Centre for Disease Control (CDC)" is the CDC).
func (d *doc) fullNames(out []Source) []Source {
	var initials, longer map[string]string
	seen := map[string]bool{}
	kept := out[:0]
	for _, s := range out {
		if _, known := lookupOutlet(s.Name); !known && (s.Kind == "agency" || s.Kind == "outlet") && s.End > s.Start {
			if e := d.makerDocumentEnd(s.End); e > s.End && makerOpens(d.text[:s.Start]) {
				// "according to a Citi note", "according to GSA travel
				// records": the body's document is cited, by the name
				// the article gives it.
				s.Name, s.End, s.Kind = s.Name+d.text[s.End:e], e, "document"
			}
		}
		if s.Kind == "agency" || s.Kind == "outlet" {
			if acr, ok := d.acronymAfter(s); ok {
				s.Name = acr
			} else if _, known := outletSource(s.Name); !known {
				if isAcronym(s.Name) && !strings.Contains(s.Name, ".") {
					if _, org := knownOrgs[strings.ToLower(s.Name)]; !org {
						if initials == nil {
							initials = d.capitalRuns()
						}
						if full, ok := initials[s.Name]; ok && !peopleNamed(full) {
							s.Name = full
						} else if len(s.Name) < 3 {
							continue // two letters that stand for nothing here
						}
					}
				} else if !d.workNounAfter(s.End) {
					// "a Brookings analysis" keeps the name the article
					// uses for the work's maker.
					if longer == nil {
						longer = d.longerNames()
					}
					if full := longer[s.Name]; full != "" {
						s.Name = full
					}
				}
				s.Name = trimCorporateSuffix(s.Name)
			}
		}
		k := fold(strings.TrimPrefix(s.Name, "The "))
		if seen[k] {
			continue
		}
		seen[k] = true
		kept = append(kept, s)
	}
	return dropLeadingParts(kept)
}

// trimCorporateSuffix drops the legal form that ends a company's name:
// "Moody’s Analytics Inc." is cited as Moody’s Analytics.
func trimCorporateSuffix(name string) string {
	i := strings.LastIndexByte(name, ' ')
	if i > 0 && corporateSuffix(name[i+1:]) && name[i+1] >= 'A' && name[i+1] <= 'Z' {
		return strings.TrimSuffix(name[:i], ",")
	}
	return name
}

// workNounAfter reports a work's noun right after the name that ends at
// byte end, after any possessive: "a Brookings analysis", "the Moody’s
// report".
func (d *doc) workNounAfter(end int) bool {
	rest := d.text[min(end, len(d.text)):]
	for _, p := range []string{"’s", "'s"} {
		rest = strings.TrimPrefix(rest, p)
	}
	rest, ok := strings.CutPrefix(rest, " ")
	if !ok {
		return false
	}
	n := 0
	for n < len(rest) && rest[n] >= 'a' && rest[n] <= 'z' {
		n++
	}
	return workNouns[rest[:n]]
}

// makerDocumentEnd returns the byte end of a document's noun right after
// the name of its maker that ends at byte end, with up to two words that
// say what kind of document it is ("a Citi note", "GSA travel records",
// "the Honda internal email"), or end when none follows. A report or a
// study is cited by its maker's name ("a Brookings analysis").
func (d *doc) makerDocumentEnd(end int) int {
	rest, ok := strings.CutPrefix(d.text[min(end, len(d.text)):], " ")
	if !ok {
		return end
	}
	at := end + 1
	for n := 0; n < 3; n++ {
		w := 0
		for w < len(rest) && rest[w] >= 'a' && rest[w] <= 'z' {
			w++
		}
		if w == 0 {
			return end
		}
		if makerDocuments[rest[:w]] && (w == len(rest) || rest[w] < 'a' || rest[w] > 'z') {
			return at + w
		}
		if !documentModifiers[rest[:w]] || w == len(rest) || rest[w] != ' ' {
			return end
		}
		rest, at = rest[w+1:], at+w+1
	}
	return end
}

// makerOpens reports a determiner or a preposition right before a
// maker's name: "a Citi note", "according to GSA travel records"; not
// "Tesla records a loss".
func makerOpens(before string) bool {
	before = strings.TrimRight(before, " ")
	i := strings.LastIndexAny(before, " (\n")
	switch strings.ToLower(before[i+1:]) {
	case "a", "an", "the", "to", "from", "in", "by", "of", "per", "via":
		return true
	}
	return false
}

// makerDocuments and documentModifiers name the documents of
// makerDocumentEnd.
var (
	makerDocuments    = wordSet("makerDocuments")
	documentModifiers = wordSet("documentModifiers")
)

// dropLeadingParts drops a body cited by the first word of the name of
// another body cited in the article: "the Moody’s report" cites the
// Moody’s Analytics cited elsewhere. Longer names may be other bodies
// ("Federal Reserve", "Federal Reserve Bank of Dallas").
func dropLeadingParts(out []Source) []Source {
	parts := map[string]bool{}
	for _, s := range out {
		if first, _, ok := strings.Cut(s.Name, " "); ok && s.Kind == "agency" {
			parts[trimPossessive(first)] = true
		}
	}
	if len(parts) == 0 {
		return out
	}
	kept := out[:0]
	for _, s := range out {
		if s.Kind == "agency" && parts[trimPossessive(s.Name)] {
			continue
		}
		kept = append(kept, s)
	}
	return kept
}

// longerNames maps each leading run of words of the article's
// organisations' names to the one whole name it starts ("Amnesty" to
// "Amnesty International"); a run two names share maps to "".
func (d *doc) longerNames() map[string]string {
	m := map[string]string{}
	for _, a := range d.actors {
		if a.Kind != "organization" {
			continue
		}
		for i, r := range a.Name {
			if r != ' ' {
				continue
			}
			p := a.Name[:i]
			if full, ok := m[p]; ok && full != a.Name {
				m[p] = ""
			} else {
				m[p] = a.Name
			}
		}
	}
	return m
}

// capitalRuns maps the initials of each run of two to six capitalised
// words in the article to the words ("TRD" to "The Real Deal"); the first
// run with those initials wins. Short words such as "of" may stand inside
// a run without a letter of their own ("Centers for Disease Control").
func (d *doc) capitalRuns() map[string]string {
	t := d.toks
	runs := map[string]string{}
	for i := 0; i < len(t); {
		if !t[i].cap || !t[i].word {
			i++
			continue
		}
		var letters []byte
		j, last := i, i
		for j < len(t) && t[j].sent == t[i].sent && j-i < 10 {
			if t[j].cap && t[j].word {
				letters = append(letters, d.tok(j)[0])
				last = j
			} else if !nameConnectors[d.low(j)] || j+1 >= len(t) || !t[j+1].cap {
				break
			}
			j++
		}
		if n := len(letters); n >= 2 && n <= 6 {
			if _, ok := runs[string(letters)]; !ok {
				runs[string(letters)] = d.text[t[i].start:t[last].end]
			}
		}
		i = last + 1
	}
	return runs
}

// acronymAfter reads the bracketed acronym right after a cited name, when
// its letters are the initials of the name's capitalised words.
func (d *doc) acronymAfter(s Source) (string, bool) {
	if s.End <= s.Start || s.End > len(d.text) {
		return "", false
	}
	rest, ok := strings.CutPrefix(d.text[s.End:], " (")
	if !ok {
		return "", false
	}
	acr, _, ok := strings.Cut(rest, ")")
	if !ok || len(acr) > 8 || !isAcronym(acr) {
		return "", false
	}
	var initials []byte
	for _, w := range strings.Fields(d.text[s.Start:s.End]) {
		if w[0] >= 'A' && w[0] <= 'Z' && w != "The" {
			initials = append(initials, w[0])
		}
	}
	return acr, string(initials) == acr
}
