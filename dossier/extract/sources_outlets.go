// This file reads outlets, agencies, journalists and social platforms
// cited as sources.

package extract

import (
	"bytes"
	"strings"
)

// outlet is a known news outlet or agency.
type outlet struct {
	name   string
	agency bool
}

// outlets maps a folded outlet name or variant to the outlet.
var outlets = func() map[string]outlet {
	m := map[string]outlet{}
	for k, v := range loadLexicon("outlets.txt") {
		agency := strings.HasSuffix(v, " [agency]")
		v = strings.TrimSuffix(v, " [agency]")
		k = strings.TrimSuffix(k, " [agency]")
		m[fold(k)] = outlet{name: v, agency: agency}
	}
	// A canonical name's kind follows its own line.
	for k, o := range m {
		if c, ok := m[fold(o.name)]; ok {
			o.agency = c.agency
			m[k] = o
		}
	}
	return m
}()

// outletSuffixes end the names of outlets the gazetteer does not know.
var outletSuffixes = wordSet("outletSuffixes")

// outletOpeners open the names of stations ("Radio Kanal 7", "Channel
// 4", "Television Zambia").
var outletOpeners = wordSet("outletOpeners")

// lookupOutlet finds a known outlet by name, with or without "The".
func lookupOutlet(name string) (outlet, bool) {
	// An ASCII name is folded on the stack behind a "the ", so the three
	// lookups below copy nothing.
	var buf [64]byte
	if t := strings.TrimSpace(name); len(t) <= len(buf)-4 && asciiOnly(t) {
		b := appendLower(append(buf[:0], "the "...), t)
		f := b[4:]
		if o, ok := outlets[string(f)]; ok {
			return o, true
		}
		if len(f) >= 4 && string(f[:4]) == "the " {
			if o, ok := outlets[string(f[4:])]; ok {
				return o, true
			}
		}
		if o, ok := outlets[string(b)]; ok && bytes.IndexByte(f, ' ') > 0 {
			return o, true
		}
		return outlet{}, false
	}
	return lookupFolded(fold(strings.TrimSpace(name)))
}

// lookupFolded is lookupOutlet for a folded name, with copies: the path
// of names that are not ASCII, and what the shortcut above must agree with.
func lookupFolded(f string) (outlet, bool) {
	if o, ok := outlets[f]; ok {
		return o, true
	}
	if o, ok := outlets[strings.TrimPrefix(f, "the ")]; ok {
		return o, true
	}
	// "the Sunday Times" for a list that only knows "The Sunday Times";
	// a single word ("Australian", "Hill") without "The" is no outlet.
	if o, ok := outlets["the "+f]; ok && strings.IndexByte(f, ' ') > 0 {
		return o, true
	}
	return outlet{}, false
}

// isOutlet reports whether a name is a news outlet or agency, known or
// shaped like one ("Harbour Gazette").
func isOutlet(name string) bool {
	if _, ok := lookupOutlet(name); ok {
		return true
	}
	// Most names an article gives come here: their words are looked at
	// where they stand and lowered on the stack.
	var first, second, beforeLast, last string
	n := 0
	for w := range strings.FieldsSeq(name) {
		switch n {
		case 0:
			first = w
		case 1:
			second = w
		}
		beforeLast, last = last, w
		n++
	}
	var buf [64]byte
	if n == 1 {
		// "Tribune-Review", "Post-Dispatch": two outlet words joined.
		f, l, ok := bytes.Cut(appendLower(buf[:0], name), []byte("-"))
		return ok && outletSuffixes[string(f)] && outletSuffixes[string(l)]
	}
	if n < 2 {
		return false
	}
	if outletOpeners[string(appendLower(buf[:0], first))] {
		// "Radio Kanal 7", "Television Zambia": the medium opens the name.
		return true
	}
	// "CBS DFW", "NBC 5": a known outlet and a station's call letters.
	if _, ok := lookupOutlet(first); ok && n == 2 && isAcronym(second) {
		return true
	}
	lw := appendLower(buf[:0], last)
	if i := bytes.LastIndexByte(lw, '-'); i >= 0 {
		lw = lw[i+1:] // "Post-Gazette"
	}
	if string(lw) == "agency" {
		// "Fars News Agency", "Anadolu Press Agency": a government's
		// agency is named otherwise.
		w := appendLower(buf[:0], beforeLast)
		return string(w) == "news" || string(w) == "press"
	}
	return outletSuffixes[string(lw)]
}

// possessives stand between "posted on" and a platform ("posted on her
// Instagram account").
var possessives = wordSet("possessives")

// socialPlatforms are where social posts are cited from.
var socialPlatforms = loadLexicon("platforms.txt")

// userNouns name who writes on a platform ("one user on Weibo", "a
// Weibo commenter").
var userNouns = wordSet("userNouns")

// postNouns after a platform's name cite a post there ("a Tumblr post").
var postNouns = wordSet("postNouns")

// journalistWords in a person's role or just before the name make the
// person a journalist when cited.
var journalistWords = wordSet("journalistWords")

// sourceVerbs after an outlet's name cite it ("The Times reported").
var sourceVerbs = wordSet("sourceVerbs")

// outletSource makes a source of an outlet's name.
func outletSource(name string) (Source, bool) {
	if o, ok := lookupOutlet(name); ok {
		kind := "outlet"
		if o.agency {
			kind = "agency"
		}
		// Named as the article names it ("VOA", not "Voice of America").
		written, canon := fold(strings.TrimPrefix(name, "The ")), fold(strings.TrimPrefix(o.name, "The "))
		if written == canon {
			return Source{Name: o.name, Kind: kind}, true
		}
		if rest, ok := strings.CutPrefix(strings.TrimPrefix(name, "The "), strings.TrimPrefix(o.name, "The ")+" "); ok && rest == strings.ToLower(rest) {
			// "the Yonhap news agency": the outlet's own name and a
			// description of it.
			return Source{Name: o.name, Kind: kind}, true
		}
		return Source{Name: strings.TrimPrefix(name, "The "), Kind: kind}, true
	}
	if isOutlet(name) {
		return Source{Name: strings.TrimPrefix(name, "The "), Kind: "outlet"}, true
	}
	return Source{}, false
}

// outletAt reports a known outlet's name at token k, after any "the".
func (d *doc) outletAt(k int) bool {
	k += skipDet(d, k)
	if d.outletMentionAt(k) {
		return true
	}
	// "of The New York Times": a capital "The" the name leaves out.
	if k+1 < len(d.toks) && d.tok(k) == "The" && d.outletMentionAt(k+1) {
		return true
	}
	// "Speaking on CNN, she said": a known name the mentions run into
	// the words before it.
	if _, _, ok := d.knownOutletAt(k); ok {
		return true
	}
	if k < len(d.toks) && d.toks[k].cap && isAcronym(d.tok(k)) && (k+1 >= len(d.toks) || !d.toks[k+1].cap || d.toks[k+1].sent != d.toks[k].sent) {
		// Alone: "the AP Stylebook" is no agency.
		_, ok := lookupOutlet(d.tok(k))
		return ok
	}
	return false
}

// outletMentionAt reports a mention of an outlet starting at token k.
func (d *doc) outletMentionAt(k int) bool {
	i := d.firstMention(k)
	if i >= len(d.mentions) || d.mentions[i].from != k {
		return false
	}
	_, ok := lookupOutlet(trimPossessive(d.mentions[i].name))
	return ok || d.mentions[i].kind == "outlet"
}

// domainAt reads a site named by its address at token i ("Polygraph.info",
// "Politico.com"): a capitalised word, a dot and a top-level domain, with
// no space between them. It returns the name and its last token.
func (d *doc) domainAt(i int) (string, int, bool) {
	t := d.toks
	if i+2 >= len(t) || !t[i].cap || d.tok(i+1) != "." || !topDomains[d.tok(i+2)] ||
		t[i+1].start != t[i].end || t[i+2].start != t[i+1].end {
		return "", 0, false
	}
	return d.text[t[i].start:t[i+2].end], i + 2, true
}

// addressAt reads a site's address in lower case at token i
// ("poweroutage.us"). It returns the address and its last token.
func (d *doc) addressAt(i int) (string, int, bool) {
	t := d.toks
	if t[i].cap || !t[i].word || i+2 >= len(t) || d.tok(i+1) != "." || !topDomains[d.tok(i+2)] ||
		t[i+1].start != t[i].end || t[i+2].start != t[i+1].end || i > 0 && t[i-1].end == t[i].start {
		return "", 0, false
	}
	return d.text[t[i].start:t[i+2].end], i + 2, true
}

// siteAt reads a website named by its address in lower case, with the
// word "website" or "site" a few words away: "onmeth.com, the website for
// the initiative". It returns the address and its last token.
func (d *doc) siteAt(i int) (string, int, bool) {
	t := d.toks
	if _, _, ok := d.addressAt(i); !ok {
		return "", 0, false
	}
	for j := max(0, i-5); j < i+8 && j < len(t); j++ {
		if t[j].sent != t[i].sent && t[j].sent != t[i+2].sent {
			continue
		}
		if lw := d.low(j); lw == "website" || lw == "site" {
			return d.text[t[i].start:t[i+2].end], i + 2, true
		}
	}
	return "", 0, false
}

// topDomains end a site's address.
var topDomains = wordSet("topDomains")

// journalistAfter reads a journalist named with their role right after an
// outlet, from token k: "VOA Pentagon correspondent Carla Babb".
func (d *doc) journalistAfter(k int, rel string, byFrom map[int]int, add func(Source, int)) {
	t := d.toks
	for j := k; j < k+4 && j+1 < len(t) && t[j].sent == t[k-1].sent; j++ {
		if !journalistWords[d.low(j)] || t[j].cap {
			continue
		}
		if x, ok := byFrom[j+1]; ok {
			if m := d.mentions[x]; m.actor >= 0 && d.actors[m.actor].Kind == "person" {
				add(Source{Name: d.actors[m.actor].Name, Kind: "journalist", Relation: rel, Start: m.start, End: m.end}, m.from)
			}
		}
		return
	}
}

// journalistCited adds a journalist who reports what the article cites:
// "CBS Sports NFL Insider Jason La Canfora has reported that", "The
// Guardian's Jane Smith reported". A person counts only when a journalist's
// word or an outlet stands right before the name, since many people
// "report" things.
func (d *doc) journalistCited(m mention, add func(Source, int)) {
	t := d.toks
	if m.actor < 0 || d.actors[m.actor].Kind != "person" || d.insideQuote(m.start) {
		return
	}
	k := m.to
	named := false
	var outlet *mention // "The Guardian's Jane Smith": her outlet too
	if k+1 < len(t) && d.low(k) == "of" && d.outletAt(k+1) {
		// "Maggie Haberman of The New York Times reported"
		if x := d.firstMention(k + 1 + skipDet(d, k+1)); x < len(d.mentions) && d.mentions[x].from <= k+2 {
			named, outlet, k = true, &d.mentions[x], d.mentions[x].to
		}
	} else if k < len(t) && d.tok(k) == "," {
		// "Carol Leonnig, a reporter for The Washington Post, reported"
		for j := k + 1; j < k+10 && j < len(t) && t[j].sent == t[k].sent; j++ {
			if d.tok(j) == "," {
				if named {
					k = j + 1
				}
				break
			}
			if lw := d.low(j); journalistWords[lw] && !t[j].cap && !strings.HasSuffix(lw, "s") {
				named = true
			}
			if x := d.firstMention(j); outlet == nil && x < len(d.mentions) && d.mentions[x].from == j && d.outletMentionAt(j) {
				outlet = &d.mentions[x]
			}
		}
		if !named {
			outlet = nil
		}
	}
	if k < len(t) && (d.low(k) == "has" || d.low(k) == "had") {
		k++
	}
	if k+1 < len(t) && d.low(k) == "first" && journalistVerbs[d.low(k+1)] {
		k++ // "journalist Amara Okoye first reported"
	}
	if k >= len(t) || t[k].sent != t[m.from].sent || !journalistVerbs[d.low(k)] {
		return
	}
	for j := m.from - 1; !named && j >= 0 && j >= m.from-3 && t[j].sent == t[m.from].sent; j-- {
		lw := strings.TrimSuffix(strings.TrimSuffix(d.low(j), "’s"), "'s")
		if journalistWords[lw] && !strings.HasSuffix(lw, "s") {
			named = true
			break
		}
		if o := d.outletEndingAt(j + 1); o != nil && j == m.from-1 {
			if m.to-m.from < 2 && !d.givenAt(m.from) {
				return // "The BBC's Newsnight reported": a programme, no journalist
			}
			named, outlet = true, o
			break
		}
		if !t[j].cap {
			return
		}
	}
	if !named && k+2 < len(t) && t[k+1].sent == t[k].sent && (d.low(k+1) == "for" || d.low(k+1) == "in") && d.outletAt(k+2) {
		// "As Emily Feng reports for NPR": the outlet after makes the
		// journalist.
		i := d.firstMention(k + 2 + skipDet(d, k+2))
		named, outlet = true, &d.mentions[i]
	}
	if !named {
		return
	}
	a := d.actors[m.actor]
	add(Source{Name: a.Name, Kind: "journalist", Relation: "reported_by", Start: m.start, End: t[k].end}, m.from)
	if outlet != nil {
		if s, ok := outletSource(trimPossessive(outlet.name)); ok {
			s.Relation, s.Start, s.End = "reported_by", outlet.start, outlet.end
			add(s, outlet.from)
		}
	}
}

// outletEndingAt returns the mention of a known outlet whose name ends at
// token k (its possessive included), or nil.
func (d *doc) outletEndingAt(k int) *mention {
	t := d.toks
	if k < 1 {
		return nil
	}
	if _, ok := lookupOutlet(trimPossessive(d.tok(k - 1))); ok {
		i := d.firstMention(k - 1)
		if i < len(d.mentions) && d.mentions[i].from == k-1 {
			return &d.mentions[i]
		}
		return &mention{from: k - 1, to: k, start: t[k-1].start, end: t[k-1].end, name: trimPossessive(d.tok(k - 1)), kind: "outlet", actor: -1}
	}
	for f := k - 1; f >= 0 && f >= k-5 && t[f].sent == t[k-1].sent; f-- {
		i := d.firstMention(f)
		if i < len(d.mentions) && d.mentions[i].from == f && d.mentions[i].to >= k-1 && d.mentions[i].to <= k {
			if _, ok := lookupOutlet(trimPossessive(d.mentions[i].name)); ok {
				return &d.mentions[i]
			}
		}
	}
	return nil
}

// journalistVerbs after a journalist's name cite their reporting.
var journalistVerbs = wordSet("journalistVerbs")

// pressCited reports the press cited as a body, from its noun at token i:
// "local news reports said", "US media reported", "according to state
// media", "Iranian state television reported", "local newspapers
// reported". Such a press names no outlet a reader could look up, as
// "told reporters" names none, so it is no source; findSources passes its
// words over so that no other rule takes them for a document.
func (d *doc) pressCited(i int) bool {
	t := d.toks
	lw := d.low(i)
	j := i
	if i > 0 && t[i-1].sent == t[i].sent && d.low(i-1) == "news" && lw != "media" {
		j = i - 1 // "news reports", "news agencies", "news outlets"
	} else if lw == "reports" || lw == "agencies" {
		// "local reports" alone; "state reports" are documents.
		if i == 0 || d.low(i-1) != "local" {
			return false
		}
	}
	if j == 0 || t[j-1].sent != t[i].sent {
		return false
	}
	p := d.low(j - 1)
	_, place := places[p]
	_, demonym := demonyms[p]
	if !(place || demonym || mediaModifiers[p] || isAcronym(d.tok(j-1)) && t[j-1].cap) {
		return false
	}
	s := j - 1
	if s > 0 && t[s-1].sent == t[i].sent {
		// "local state media", "Chinese state media"
		_, place := places[d.low(s-1)]
		_, demonym := demonyms[d.low(s-1)]
		if mediaModifiers[d.low(s-1)] || (place || demonym) && t[s-1].cap && mediaModifiers[d.low(s)] {
			s--
		}
	}
	if i+1 < len(t) && t[i+1].sent == t[i].sent && (sourceVerbs[d.low(i+1)] || d.low(i+1) == "say" || d.low(i+1) == "have") {
		return true
	}
	return s >= 2 && d.low(s-2) == "according" && d.low(s-1) == "to" || s >= 1 && d.low(s-1) == "citing"
}

// mediaHeads name the press as a body ("state media", "local
// newspapers").
var mediaHeads = wordSet("mediaHeads")

// mediaModifiers say which press is cited ("state media", "local news").
var mediaModifiers = wordSet("mediaModifiers")

// reportingRoles make whoever holds them a journalist.
var reportingRoles = wordSet("reportingRoles")

// journalistRole reports a role that makes a person a journalist:
// "investigative reporter", or an editor of an outlet ("The Guardian's
// editor"), not a publisher's "editor in chief" of books.
func journalistRole(role string) bool {
	if hasAnyWord(role, reportingRoles) {
		return true
	}
	if !hasAnyWord(role, journalistWords) {
		return false
	}
	ws := strings.Fields(role)
	for i := range ws {
		for j := i + 1; j <= len(ws) && j <= i+4; j++ {
			name := strings.Trim(trimPossessive(strings.Join(ws[i:j], " ")), ",.;:")
			if _, ok := lookupOutlet(name); ok {
				return true
			}
		}
	}
	return false
}

// platformAt reads a social platform's name at token i.
func (d *doc) platformAt(i int) (string, bool) {
	if i >= len(d.toks) || !d.toks[i].cap {
		return "", false
	}
	w := d.low(i)
	if platformFirstWords[w] && i+1 < len(d.toks) && d.toks[i+1].sent == d.toks[i].sent {
		if name, ok := socialPlatforms[w+" "+d.low(i+1)]; ok {
			return name, true
		}
	}
	if w == "x." && i > 0 && (d.low(i-1) == "on" || platformNouns[d.low(i-1)] || i > 1 && d.low(i-1) == "to" && platformTakeVerbs[d.low(i-2)]) {
		// "said on X. The previous mark": the tokens read the platform
		// at a sentence's end as an initial.
		return "X", true
	}
	name, ok := socialPlatforms[w]
	return name, ok
}

// platformFirstWords open the platforms' names of two words ("truth" of
// "Truth Social"), so that no other word builds a pair to look up.
var platformFirstWords = func() map[string]bool {
	m := map[string]bool{}
	for k := range socialPlatforms {
		if first, _, ok := strings.Cut(k, " "); ok {
			m[first] = true
		}
	}
	return m
}()

// outletWords before a name make it an outlet's ("the broadcaster RTC").
var outletWords = wordSet("outletWords")

// outletLeft widens a mention to the capitalised word before it when the
// two make a known outlet's name the mention missed ("Rolling Stone
// reported", read as a verb and a surname).
func (d *doc) outletLeft(m *mention) {
	t := d.toks
	k := m.from - 1
	if m.kind == "outlet" || k < 0 || !t[k].cap || !t[k].word || t[k].sent != t[m.from].sent {
		return
	}
	name := d.text[t[k].start:m.end]
	if _, ok := lookupOutlet(trimPossessive(name)); ok {
		m.from, m.start, m.name, m.kind, m.actor = k, t[k].start, trimPossessive(name), "outlet", -1
	}
}

// journalistOfOutlet adds the journalist and the outlet of a name read
// with its outlet ("Sui-Lee Wee of the New York Times"), and reports
// whether the mention was one. A surname alone ("Wee of the Times")
// adds nothing: the journalist was named in full before. With add nil it
// only reports.
func (d *doc) journalistOfOutlet(m mention, rel string, add func(Source, int)) bool {
	who, outlet, ok := strings.Cut(m.name, " of ")
	outlet = strings.TrimPrefix(outlet, "the ")
	if !ok || isOutlet(who) {
		return false
	}
	o, known := outletSource(outlet)
	if !known {
		if o, known = outletSource("The " + outlet); !known {
			return false
		}
	}
	words := strings.Fields(who)
	for _, w := range words {
		if r := w[0]; r < 'A' || r > 'Z' || outletSuffixes[strings.ToLower(w)] {
			return false
		}
	}
	if add != nil && len(words) >= 2 {
		add(Source{Name: who, Kind: "journalist", Relation: rel, Start: m.start, End: m.start + len(who)}, m.from)
		o.Relation, o.Start, o.End = rel, m.end-len(outlet), m.end
		add(o, m.from)
	}
	return true
}

// magazineAfter reports whether text opens with the word " magazine".
func magazineAfter(text string) bool { return wordOpens(text, " magazine") }

// wordOpens reports whether text opens with w, a space and a word, and
// the word ends there.
func wordOpens(text, w string) bool {
	if !strings.HasPrefix(text, w) {
		return false
	}
	rest := text[len(w):]
	return rest == "" || !(rest[0] >= 'a' && rest[0] <= 'z' || rest[0] >= 'A' && rest[0] <= 'Z')
}

// outletVerbAt skips what may stand between an outlet's name at token k
// and its verb: the kind of outlet ("the Xinhua news agency reported") or
// whom it cites ("Bloomberg, citing people familiar with the matter,
// reported").
func (d *doc) outletVerbAt(k int) int {
	t := d.toks
	if e := d.outletAppositiveEnd(k); e > 0 {
		k = e // "Hromadske, a local news site, reported"
	}
	for j := k; j < k+2 && j < len(t) && t[j].sent == t[k-1].sent && !t[j].cap && (outletWords[d.low(j)] || d.low(j) == "news"); j++ {
		k = j + 1
	}
	if k+2 < len(t) && d.low(k) == "in" && t[k+1].cap && t[k+1].word && t[k+1].sent == t[k].sent {
		// "The Daily Observer newspaper in Monrovia reported": where it
		// is published.
		j := k + 1
		for j < k+4 && j < len(t) && t[j].cap && t[j].word && t[j].sent == t[k].sent {
			j++
		}
		if j < len(t) && t[j].sent == t[k].sent && sourceVerbs[d.low(j)] {
			return j
		}
	}
	if k+2 < len(t) && d.tok(k) == "," && (d.low(k+1) == "which" || d.low(k+1) == "who") && t[k+1].sent == t[k].sent {
		// "The New York Times, which first reported the story"
		return k + 2
	}
	if k+1 < len(t) && d.tok(k) == "," && d.low(k+1) == "citing" {
		for j := k + 2; j < k+20 && j+1 < len(t) && t[j].sent == t[k].sent; j++ {
			if d.tok(j) == "," {
				return j + 1
			}
		}
	}
	return k
}

// affiliateAfter returns the last token of the name of a network's
// affiliate named after the network's name, which ends at token end:
// "CNN affiliate KGO", "NBC affiliate WRC-TV"; or -1. The station, not
// the network, carried the story. A "station" is one only with a call
// sign in capitals, after the place it serves or none: "ABC station
// WABC", "ABC New York station WABC".
func (d *doc) affiliateAfter(end int) int {
	t := d.toks
	k := end + 1
	for j := k; j < end+4 && j+1 < len(t) && t[j].sent == t[end].sent && t[j].cap && t[j].word; j++ {
		if d.low(j+1) == "station" && t[j+1].sent == t[j].sent {
			k = j + 1 // "ABC New York station": the place the station serves
			break
		}
	}
	if k+1 >= len(t) || t[k].sent != t[end].sent || t[k+1].sent != t[k].sent || !t[k+1].cap || !t[k+1].word {
		return -1
	}
	if w := d.low(k); w != "affiliate" && (w != "station" || !callSign(d.tok(k+1))) {
		return -1
	}
	e := k + 1
	for e+1 < len(t) && e < k+3 && t[e+1].sent == t[k].sent && t[e+1].cap && t[e+1].word {
		e++
	}
	return e
}

// affiliateSource returns the source a network's affiliate named after
// the network's name, which ends at token end, is cited as, with the
// affiliate's first and last tokens; or false.
func (d *doc) affiliateSource(end int, rel string) (Source, int, int, bool) {
	e := d.affiliateAfter(end)
	if e < 0 {
		return Source{}, -1, -1, false
	}
	t := d.toks
	from := e
	for from > end+1 && d.low(from-1) != "affiliate" && d.low(from-1) != "station" {
		from--
	}
	return Source{Name: d.text[t[from].start:t[e].end], Kind: "outlet", Relation: rel, Start: t[from].start, End: t[e].end}, from, e, true
}

// callSign reports a broadcaster's call sign: three to six capitals,
// with a band after a hyphen ("WABC", "WRC-TV").
func callSign(w string) bool {
	w, _, _ = strings.Cut(w, "-")
	if len(w) < 3 || len(w) > 6 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// affiliateNamedAt reports the name at token k read with the network
// before it: "CNN affiliate KGO" at KGO, "ABC New York station WABC" at
// WABC.
func (d *doc) affiliateNamedAt(k int) bool {
	if k < 2 || d.toks[k-1].sent != d.toks[k].sent {
		return false
	}
	if d.low(k-1) == "affiliate" {
		return d.outletAt(k - 2)
	}
	if d.low(k-1) != "station" || !callSign(d.tok(k)) {
		return false
	}
	for j := k - 2; j >= 0 && j >= k-5 && d.toks[j].sent == d.toks[k].sent && d.toks[j].cap; j-- {
		if d.outletAt(j) {
			return true
		}
	}
	return false
}

// outletAppositiveEnd returns the token after an apposition at token k
// that calls the name before it an outlet: ", a local news site,", ", the
// city's daily newspaper,"; or -1.
func (d *doc) outletAppositiveEnd(k int) int {
	t := d.toks
	if k+3 >= len(t) || d.tok(k) != "," || t[k+1].sent != t[k].sent {
		return -1
	}
	if w := d.low(k + 1); w != "a" && w != "an" && w != "the" && trimPossessive(w) == w {
		return -1
	}
	outlet := false
	for j := k + 2; j < k+9 && j < len(t) && t[j].sent == t[k].sent; j++ {
		if d.tok(j) == "," {
			if outlet {
				return j + 1
			}
			return -1
		}
		w := d.low(j)
		if _, demonym := demonyms[w]; demonym && t[j].cap && j == k+2 {
			continue // "a Polish blog"
		}
		if !t[j].word || t[j].cap && d.low(j-1) != "in" && !t[j-1].cap {
			return -1 // "a weekly newspaper based in Kent" goes on
		}
		outlet = outlet || outletWords[w] && !bodyOutletWords[w] || (w == "site" || w == "website") && d.low(j-1) == "news" || w == "blog" && j == k+3
	}
	return -1
}

// knownOutletAt reads the longest known outlet's name of two or more
// words from token k: "New England Journal of Medicine", which the
// mentions may split. It returns the source and the name's last token.
func (d *doc) knownOutletAt(k int) (Source, int, bool) {
	t := d.toks
	if k >= len(t) || !t[k].cap {
		return Source{}, 0, false
	}
	first := d.low(k) // an ASCII word's fold
	for b := 0; b < len(first); b++ {
		if first[b] >= 0x80 {
			first = fold(d.tok(k))
			break
		}
	}
	if !outletPrefixes[first] {
		return Source{}, 0, false
	}
	end := -1
	for j := k + 1; j < k+7 && j < len(t); j++ {
		if d.tok(j) == "!" && t[j].start == t[j-1].end && j+1 < len(t) && t[j+1].cap {
			continue // "E! News", "Yahoo! Finance": no sentence ends there
		}
		if !t[j].word || t[j].sent != t[j-1].sent && d.tok(j-1) != "!" {
			break
		}
		name := fold(d.text[t[k].start:t[j].end])
		if !outletPrefixes[name] {
			break
		}
		if _, ok := lookupOutlet(name); ok {
			end = j
		}
	}
	if end < 0 {
		if d.low(k) == "the" && k+1 < len(t) && t[k+1].sent == t[k].sent {
			// "The Mail on Sunday": a name the list holds without "The".
			return d.knownOutletAt(k + 1)
		}
		return Source{}, 0, false
	}
	s, _ := outletSource(d.text[t[k].start:t[end].end])
	return s, end, true
}

// outletPrefixes holds the first words of every outlet's name of two
// words or more, with and without "the" ("new", "new york", "new york
// times"): most capitalised words open none and are passed over at once,
// and a name is read on only while it may still become an outlet's.
var outletPrefixes = func() map[string]bool {
	m := map[string]bool{}
	for k := range outlets {
		for _, name := range []string{k, strings.TrimPrefix(k, "the ")} {
			ws := strings.Fields(name)
			if len(ws) < 2 {
				continue
			}
			for i := range ws {
				p := strings.Join(ws[:i+1], " ")
				m[p] = true
				m[strings.TrimSuffix(p, "!")] = true // "E" of "E! News"
			}
		}
	}
	return m
}()

// programmeEnd returns the last token of a programme's or channel's name
// right after a broadcaster's name that ends at token end ("BBC
// Breakfast", "the BBC News Channel", "BBC Radio 4"), or end when none
// follows. A person, a place or a day ("told CNN Ukraine", "told CNN
// Tuesday") is no programme, nor a beat before a role ("VOA Pentagon
// correspondent").
// stationNumbers end a station's name spelt out: "BBC Radio Four".
var stationNumbers = wordSet("stationNumbers")

func (d *doc) programmeEnd(end int, byFrom map[int]int) int {
	t := d.toks
	j := end
	for j+1 < len(t) && j < end+4 && t[j+1].sent == t[end].sent && t[j+1].start == t[j].end+1 &&
		(t[j+1].cap && t[j+1].word || j > end && isDigits(cutPossessive(d.tok(j+1)))) && cutPossessive(d.tok(j)) == d.tok(j) {
		lw := d.low(j + 1)
		_, month := monthNames[lw]
		_, day := weekdays[lw]
		_, place := places[lw]
		_, demonym := demonyms[lw]
		if month || day || place || demonym || notNames[lw] && !(j > end && stationNumbers[lw]) {
			break // ("BBC Radio Four", "Channel One": a station's number)
		}
		if x, ok := byFrom[j+1]; ok && (d.mentions[x].kind == "person" || d.mentions[x].kind == "place") && !(j > end && stationNumbers[lw]) {
			break
		}
		j++
	}
	if k := j + 1; j > end && k < len(t) && t[k].sent == t[j].sent && t[k].word && !t[k].cap &&
		(journalistWords[d.low(k)] || personRoles[d.low(k)]) {
		return end
	}
	return j
}

// personAfterPossessive returns the mention of a person named right after
// mention m's possessive ("Apple's Tim Cook").
func (d *doc) personAfterPossessive(m mention) (mention, bool) {
	t := d.toks
	k := m.to
	if k < len(t) && (d.tok(k) == "’s" || d.tok(k) == "'s" || (d.tok(k) == "’" || d.tok(k) == "'") && t[k].start == t[k-1].end) {
		k++
	} else if trimPossessive(d.tok(m.to-1)) == d.tok(m.to-1) {
		return mention{}, false
	}
	i := d.firstMention(k)
	if i >= len(d.mentions) || d.mentions[i].from != k || t[k].sent != t[m.from].sent {
		return mention{}, false
	}
	// A given name makes sure: "Stadia review" and "Photovoltaic Power
	// Systems Program" are no people.
	p := d.mentions[i]
	return p, p.actor >= 0 && d.actors[p.actor].Kind == "person" && d.givenAt(p.from)
}

// unmentionedOutlet adds an outlet the mentions missed, from token i,
// when a verb of reporting follows: a known one ("Israel's Channel 12
// reported") or capitalised words with an outlet's word after them
// ("Russia's RIA news agency reported").
func (d *doc) unmentionedOutlet(i int, add func(Source, int)) {
	t := d.toks
	o, end, ok := d.knownOutletAt(i)
	if !ok {
		end = i
		for end+1 < len(t) && end < i+3 && t[end+1].cap && t[end+1].word && t[end+1].sent == t[i].sent {
			if trimPossessive(d.tok(end)) != d.tok(end) {
				return // "Russia's RIA": the owner is no part of the name
			}
			end++
		}
		if end+1 >= len(t) || t[end+1].cap || !(outletWords[d.low(end+1)] || d.low(end+1) == "news") || notNames[d.low(i)] {
			return
		}
		name := d.text[t[i].start:t[end].end]
		if _, place := places[strings.ToLower(name)]; place {
			return
		}
		o = Source{Name: name, Kind: "outlet"}
	}
	v := d.outletVerbAt(end + 1)
	if v < len(t) && t[v].sent == t[end].sent && sourceVerbs[d.low(v)] && d.low(v) != "first" {
		o.Relation, o.Start, o.End = "reported_by", t[i].start, t[end].end
		add(o, i)
	}
}

// spokeOnPlatform adds the platform named after "on" or "from" at token i
// when someone in the sentence spoke there: "The CDC assured the public on
// Weibo", "posted an image … from its Twitter account", "one user on Weibo
// posted". A platform with no speech before it is only a topic ("ads on
// Instagram").
func (d *doc) spokeOnPlatform(i int, add func(Source, int)) bool {
	t := d.toks
	k := i + 1
	if k+1 < len(t) && t[k+1].sent == t[i].sent && (possessives[d.low(k)] || trimPossessive(d.tok(k)) != d.tok(k)) {
		k++ // "on his Instagram account"
	}
	k = d.platformNounEnd(k)
	name, ok := d.platformAt(k)
	if !ok || t[k].sent != t[i].sent {
		return false
	}
	account := k > i+1 && k+1 < len(t) && t[k+1].sent == t[i].sent && d.low(k+1) == "account"
	if d.low(i) == "from" && !account {
		return false // "a visitor from Facebook"
	}
	// The verb's object may stand between it and the platform ("assured
	// the public on Weibo"); a longer way holds only for an account ("he
	// noticed the lines … on Instagram have blurred" cites nothing).
	reach := 4
	if account {
		reach = 12
	}
	spoke := i > 0 && t[i-1].sent == t[i].sent && userNouns[d.low(i-1)]
	for j := i - 1; !spoke && j >= 0 && j >= i-reach && t[j].sent == t[i].sent; j-- {
		lw := d.low(j)
		if _, spoke = speechVerb[lw]; spoke || lw == "shared" || lw == "posted" {
			spoke = true // "She shared the news on Instagram"
		} else if strings.HasSuffix(lw, "ed") && !t[j].cap {
			// "the comments she has faced on TikTok": the platform is
			// where another deed was done, nothing said there is cited.
			break
		}
	}
	if !spoke {
		return false
	}
	add(Source{Name: name, Kind: "social", Relation: "posted", Start: t[k].start, End: t[k].end}, k)
	return true
}

// platformNounEnd returns the token after a platform's description
// that starts at token k ("the social platform X", "the messaging app
// Telegram"), or k when none stands there.
func (d *doc) platformNounEnd(k int) int {
	t := d.toks
	if k+2 >= len(t) || d.low(k) != "the" {
		return k
	}
	for j := k + 1; j < k+4 && j+1 < len(t) && t[j+1].sent == t[k].sent && t[j].word && !t[j].cap; j++ {
		if platformNouns[d.low(j)] {
			return j + 1
		}
	}
	return k
}

// platformNouns end a platform's description before its name.
var platformNouns = wordSet("platformNouns")

// speechVerbWithin reports a speech verb among the n tokens from k in the
// sentence of token k-1.
func (d *doc) speechVerbWithin(k, n int) bool {
	for j := k; j < k+n && j < len(d.toks) && d.toks[j].sent == d.toks[k-1].sent; j++ {
		if _, ok := speechVerb[d.low(j)]; ok {
			return true
		}
	}
	return false
}

// pressNouns name outlets together ("major publications"), pressVerbs
// what they did with a story ("have carried the news").
var (
	pressNouns = wordSet("pressNouns")
	pressVerbs = wordSet("pressVerbs")
)

// pressReported reports a verb of pressVerbs at token k, after "have" or
// "has": "publications have carried", "outlets reported".
func (d *doc) pressReported(k int) bool {
	t := d.toks
	if k < len(t) && t[k].sent == t[k-1].sent && (d.low(k) == "have" || d.low(k) == "has" || d.low(k) == "had") {
		k++
	}
	return k < len(t) && t[k].sent == t[k-1].sent && pressVerbs[d.low(k)]
}

// outletRunAt reads capitalised words from token k, hyphenated ones
// whole, and reports them when they have an outlet's shape ("Wheeling
// News-Register"), with the run's last token.
func (d *doc) outletRunAt(k int) (string, int, bool) {
	t := d.toks
	end := -1
	for j := k; j < len(t) && j < k+6 && t[j].sent == t[k].sent; j++ {
		if t[j].cap && t[j].word {
			end = j
			continue
		}
		if d.tok(j) == "-" && j+1 < len(t) && t[j].start == t[j-1].end && t[j+1].start == t[j].end && t[j+1].cap {
			continue
		}
		break
	}
	if end < 0 {
		return "", 0, false
	}
	name := d.text[t[k].start:t[end].end]
	return name, end, isOutlet(name)
}

// outletNamedAfterNoun makes an outlet of a mention that an outlet's
// noun opens: "the newspaper El Sol reported", "Broadcaster RTL said",
// whatever the actors took the name for. A body's noun ("the agency
// NASA") makes no outlet.
func (d *doc) outletNamedAfterNoun(m *mention) {
	t := d.toks
	if m.kind == "outlet" || m.kind == "place" {
		return
	}
	if d.outletNounBefore(m.from) {
		m.kind = "outlet"
		return
	}
	if m.to-m.from < 2 || !t[m.from].cap {
		return
	}
	first, rest, ok := strings.Cut(m.name, " ")
	if lw := strings.ToLower(first); ok && outletWords[lw] && !bodyOutletWords[lw] {
		m.from++
		m.start, m.name, m.kind = t[m.from].start, rest, "outlet"
	}
}

// outletNounBefore reports an outlet's noun right before token k, in
// its sentence: "the newspaper Dnevnik", "public broadcaster RTS".
func (d *doc) outletNounBefore(k int) bool {
	t := d.toks
	return k > 0 && t[k-1].sent == t[k].sent && !t[k-1].cap && outletWords[d.low(k-1)] && !bodyOutletWords[d.low(k-1)]
}

// outletOfPlace widens a mention of one outlet's word ("Times",
// "Herald") to the place after its "of": "the Times of Malta", "the
// Herald of Kenya" are outlets whatever the mentions took them for.
func (d *doc) outletOfPlace(m *mention, byFrom map[int]int) bool {
	t := d.toks
	k := m.to
	w := strings.TrimPrefix(strings.TrimPrefix(m.name, "The "), "the ")
	if strings.Contains(w, " ") || m.kind == "person" || k+1 >= len(t) || t[k+1].sent != t[m.from].sent || d.low(k) != "of" ||
		!outletSuffixes[strings.ToLower(w)] || trimPossessive(d.tok(k-1)) != d.tok(k-1) {
		return false
	}
	x, ok := byFrom[k+1]
	if !ok {
		return false
	}
	p := d.mentions[x]
	if _, place := places[strings.ToLower(trimPossessive(p.name))]; !place && p.kind != "place" && (p.kind != "" || p.to-p.from != 1 || !d.toks[p.from].cap) {
		return false // "the Herald of Free Enterprise", a ship
	}
	m.to, m.end, m.kind, m.actor = p.to, p.end, "outlet", -1
	m.name = d.text[m.start:m.end]
	return true
}

// bodyOutletWords are outletWords that also name bodies and shows, so
// they make no outlet of the name after them.
var bodyOutletWords = wordSet("bodyOutletWords")

// firstToReport reports "first to report" or "the first to report" from
// token k.
func (d *doc) firstToReport(k int) bool {
	t := d.toks
	if k < len(t) && d.low(k) == "the" {
		k++
	}
	return k+2 < len(t) && t[k+2].sent == t[k-1].sent && d.low(k) == "first" && d.low(k+1) == "to" && strings.HasPrefix(d.low(k+2), "report")
}

// cutPossessive strips a possessive ending however short the word:
// "Radio 4's" owns what follows as "BBC's" does.
func cutPossessive(s string) string {
	for _, suf := range []string{"'s", "’s"} {
		if strings.HasSuffix(s, suf) {
			return s[:len(s)-len(suf)]
		}
	}
	return trimPossessive(s)
}

// outletDescribedNameAt returns the first token of an outlet's name that
// a description opens at token k: "Polish TV station TVN24", "the Kenyan
// news outlet the Daily Nation", "alternate media website Kafila", "a
// Boston radio station, WBUR"; or -1. The description is lower-case
// words, a country's adjective or place, and ends on an outlet's noun
// right before the name.
func (d *doc) outletDescribedNameAt(k int) int {
	t := d.toks
	if k <= 0 || k >= len(t) {
		return -1
	}
	sent := t[k-1].sent
	j := k
	if openingArticle(d.low(j)) {
		j++
	}
	noun, words := false, 0
	for ; j < k+8 && j < len(t) && t[j].sent == sent; j++ {
		lw := d.low(j)
		if noun && (lw == "the" || lw == ",") && words > 0 {
			continue // "news outlet the Daily Nation", "radio station, WBUR"
		}
		if !t[j].word {
			return -1
		}
		if t[j].cap {
			if noun {
				break // the name
			}
			_, demonym := demonyms[lw]
			_, place := places[lw]
			if !demonym && !place && lw != "tv" && lw != "radio" {
				return -1
			}
			words++
			continue
		}
		if prepositions[lw] || journalistWords[lw] || lw == "and" || lw == "or" {
			return -1
		}
		noun = describedOutletNouns[lw] || outletWords[lw] && !bodyOutletWords[lw]
		words++
	}
	if !noun || j >= len(t) || t[j].sent != sent || !t[j].cap || !t[j].word || isWeekday(d.low(j)) || monthNames[d.low(j)] > 0 {
		return -1
	}
	return j
}

// describedNameEndsClause reports the name at token j, after an outlet's
// description, ending what the verb before governs: "“…,” said Polish
// news site Onet.", "…, said the blog Kafila on Monday". A name that runs
// on into a verb opens a clause of its own ("said the magazine Vogue had
// photographed him", "said the website Google built"), and one before a
// preposition is the verb's object ("reported the blog Gadgetwatch to
// police"). j < 0 reports false.
func (d *doc) describedNameEndsClause(j int) bool {
	t := d.toks
	if j < 0 || j >= len(t) {
		return false
	}
	sent := t[j].sent
	k := j
	for k < len(t) && k < j+8 && t[k].sent == sent && t[k].word {
		if !t[k].cap {
			// "Herald of Scotland", "El Sol de Mexico"
			if lw := d.low(k); (lw != "of" && lw != "de" && lw != "del" && lw != "du") || k+1 >= len(t) || !t[k+1].cap {
				break
			}
		}
		k++
	}
	if k >= len(t) || t[k].sent != sent || !t[k].word {
		return true
	}
	switch lw := d.low(k); lw {
	case "on", "in", "last", "earlier", "this", "yesterday", "today", "late", "early":
		return true
	default:
		return isWeekday(lw)
	}
}

// describedOutletNouns end an outlet's description only right before its
// name ("news site Rappler", "a cybersecurity blog, Foo"): alone, they may
// be a body's own ("the company's website").
var describedOutletNouns = wordSet("describedOutletNouns")

// bodyDescribedNameAt returns the first token of a body's name set off by
// a comma after the body's description, its owner before it: "the UN’s
// refugee agency, UNHCR", "Britain's statistics office, the ONS"; or -1.
func (d *doc) bodyDescribedNameAt(k int) int {
	t := d.toks
	if k <= 0 || k+4 >= len(t) {
		return -1
	}
	sent := t[k-1].sent
	j := k
	if d.low(j) == "the" {
		j++
	}
	if !t[j].word || trimPossessive(d.tok(j)) == d.tok(j) && (j+1 >= len(t) || d.tok(j+1) != "’s" && d.tok(j+1) != "'s") {
		return -1 // the owner, in the possessive: "the UN’s", "the city's"
	}
	if trimPossessive(d.tok(j)) == d.tok(j) {
		j++
	}
	j++
	noun := false
	for n := 0; n < 4 && j < len(t) && t[j].sent == sent && t[j].word && !t[j].cap; n++ {
		noun = describedBodyNouns[d.low(j)]
		j++
	}
	if !noun || j+1 >= len(t) || d.tok(j) != "," || t[j+1].sent != sent {
		return -1
	}
	j++
	if d.low(j) == "the" && j+1 < len(t) && t[j+1].sent == sent {
		j++
	}
	if !t[j].cap || !t[j].word {
		return -1
	}
	return j
}

// describedBodyNouns end the description of a body named after it.
var describedBodyNouns = wordSet("describedBodyNouns")
