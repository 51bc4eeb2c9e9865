package extract

import (
	"sort"
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

// lookupOutlet finds a known outlet by name, with or without "The".
func lookupOutlet(name string) (outlet, bool) {
	f := fold(strings.TrimSpace(name))
	if o, ok := outlets[f]; ok {
		return o, true
	}
	if o, ok := outlets[strings.TrimPrefix(f, "the ")]; ok {
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
	parts := strings.Fields(name)
	if len(parts) == 1 {
		// "Tribune-Review", "Post-Dispatch": two outlet words joined.
		first, last, ok := strings.Cut(strings.ToLower(name), "-")
		return ok && outletSuffixes[first] && outletSuffixes[last]
	}
	if len(parts) < 2 {
		return false
	}
	// "CBS DFW", "NBC 5": a known outlet and a station's call letters.
	if _, ok := lookupOutlet(parts[0]); ok && len(parts) == 2 && isAcronym(parts[1]) {
		return true
	}
	last := strings.ToLower(parts[len(parts)-1])
	if i := strings.LastIndexByte(last, '-'); i >= 0 {
		last = last[i+1:] // "Post-Gazette"
	}
	return outletSuffixes[last]
}

// possessives stand between "posted on" and a platform ("posted on her
// Instagram account").
var possessives = wordSet("possessives")

// opinionPieces are written for an outlet ("an op-ed for").
var opinionPieces = wordSet("opinionPieces")

// researcherWords name who did a work at an institution ("researchers at").
var researcherWords = wordSet("researcherWords")

// toOutletWords before "to" and an outlet's name cite the outlet as
// "told" does ("confirmed to Reuters", "in remarks to Fox News").
var toOutletWords = wordSet("toOutletWords")

// socialPlatforms are where social posts are cited from.
var socialPlatforms = loadLexicon("platforms.txt")

// postNouns after a platform's name cite a post there ("a Tumblr post").
var postNouns = wordSet("postNouns")

// findingVerbs after an organisation's name make it the origin of a
// finding ("the Department of Social Services reported that …").
var findingVerbs = wordSet("findingVerbs")

// workNouns after an organisation's name make it the author of a cited
// work ("a Gallup poll", "in a NASA statement").
var workNouns = wordSet("workNouns")

// journalistWords in a person's role or just before the name make the
// person a journalist when cited.
var journalistWords = wordSet("journalistWords")

// documentNouns name documents cited as the origin of information.
var documentNouns = wordSet("documentNouns")

// sourceVerbs after an outlet's name cite it ("The Times reported").
var sourceVerbs = wordSet("sourceVerbs")

// findSources finds the outlets, agencies, journalists, documents and
// social posts the article cites as the origin of its information, each
// with how it is cited. A name counts only behind a citing cue: an outlet
// named in a photo credit or a person who merely speaks is no source.
func findSources(d *doc) []Source {
	out := []Source{}
	seen := map[string]bool{}
	add := func(s Source, from int) {
		if s.Name == "" {
			return
		}
		k := fold(strings.TrimPrefix(s.Name, "The "))
		if s.Kind == "outlet" && s.End > 0 && s.End < len(d.text) && magazineAfter(d.text[s.End:]) {
			// "New York magazine", "Vulture magazine": the word belongs
			// to the name the article gives.
			s.Name += " magazine"
			s.End += len(" magazine")
		}
		if seen[k] {
			return
		}
		seen[k] = true
		s.Paragraph = d.sents[d.toks[from].sent].Para
		out = append(out, s)
	}
	byFrom := d.mentionStarts()
	for i := 0; i < len(d.toks); i++ {
		if !d.toks[i].word {
			continue
		}
		lw := d.low(i)
		next := ""
		if i+1 < len(d.toks) && d.toks[i+1].sent == d.toks[i].sent {
			next = d.low(i + 1)
		}
		switch {
		case lw == "according" && next == "to":
			d.citedAfter(i+2, "according_to", byFrom, true, add)
		case (lw == "surveyed" || lw == "polled") && next == "by":
			// "analysts surveyed by Refinitiv": whoever asked made the figure.
			d.citedAfter(i+2, "report", byFrom, true, add)
		case (lw == "reported" || lw == "obtained" || lw == "seen" || lw == "reviewed" || lw == "viewed" || lw == "published" || lw == "cited" || lw == "released") && next == "by":
			rel := "reported_by"
			if lw != "reported" && lw != "published" {
				rel = "obtained_by"
			}
			d.citedAfter(i+2, rel, byFrom, lw == "released", add)
		case (lw == "comes" || lw == "come" || lw == "came") && next == "from" && d.workBefore(i, 3):
			// "The figure comes from the National Weather Service."
			d.citedAfter(i+2, "according_to", byFrom, true, add)
		case processWorks[lw] && (next == "by" || next == "from") && !d.workCited(i):
			// "pending a review by the NHL": an inquiry under way cites
			// nothing yet.
		case lw == "commissioned" && next == "by",
			(lw == "compiled" || lw == "collected" || lw == "gathered" || lw == "conducted" || lw == "provided" || lw == "supplied" || lw == "confirmed") && next == "by" &&
				(d.workBefore(i, 4) || d.paras[d.sents[d.toks[i].sent].Para-1].Start == d.toks[i].start),
			workNouns[lw] && (!d.toks[i].cap || d.sents[d.toks[i].sent].Start == d.toks[i].start) && (next == "by" || next == "from") &&
				(i == 0 || !d.toks[i-1].cap || workOpeners[d.low(i-1)] || d.toks[i-1].sent != d.toks[i].sent):
			// "data compiled by the Census Bureau", "a study by Pew", "figures
			// from the ministry", a page's closing "Provided by NASA":
			// whoever made the work is its source. Whoever funded it, or
			// provided security, is not.
			d.citedAfter(i+2, "report", byFrom, true, add)
		case workNouns[lw] && !d.toks[i].cap && (workParticiples[next] || next == "of" && unnamedWorks[lw]):
			// "data published in October 2018 by the Drug Enforcement
			// Administration", "a survey of 1,000 adults by Morning
			// Consult": the work's maker, a few words on.
			for k := i + 2; k < i+9 && k+1 < len(d.toks) && d.toks[k].sent == d.toks[i].sent; k++ {
				if w := d.low(k); w == "by" || w == "from" {
					d.citedAfter(k+1, "report", byFrom, true, add)
					break
				}
				if d.tok(k) == ";" || d.tok(k) == "," && (d.toks[k+1].start > d.toks[k].end || k == 0 || d.toks[k-1].end < d.toks[k].start) {
					break // a comma inside "1,000" goes on
				}
			}
		case rulebookNouns[lw] && !d.toks[i].cap && next == "of":
			// "the policy manual of the Citizenship and Immigration
			// Services": the body whose rules the article cites.
			d.citedAfter(i+2, "report", byFrom, true, add)
		case lw == "took" && next == "to":
			// "took to Instagram"
			if name, ok := d.platformAt(i + 2); ok {
				add(Source{Name: name, Kind: "social", Relation: "posted", Start: d.toks[i+2].start, End: d.toks[i+2].end}, i+2)
			}
		case lw == "told" || lw == "telling":
			d.citedAfter(i+1, "told", byFrom, false, add)
		case lw == "via":
			d.citedAfter(i+1, "via", byFrom, true, add)
		case (lw == "email" || lw == "emailed" || lw == "message" || lw == "leaked") && next == "to":
			if lw == "leaked" {
				d.documentBefore(i, add)
			}
			d.citedAfter(i+2, "told", byFrom, false, add)
		case lw == "journal" && !d.toks[i].cap || lw == "published" && d.inAfter(i+1) > 0 ||
			titledWorks[lw] && !d.toks[i].cap && next == "in":
			// "a paper in the journal Nature Astronomy", "published
			// Wednesday in JAMA", "a study in Nature".
			k := i + 1
			if lw != "journal" {
				k = i + 1
				if lw == "published" {
					k = d.inAfter(i + 1)
				}
				k += 1 + skipDet(d, k+1)
			}
			if o, end, ok := d.knownOutletAt(k); ok && d.toks[k].sent == d.toks[i].sent && o.Kind != "agency" {
				add(Source{Name: strings.TrimPrefix(o.Name, "The "), Kind: "document", Relation: "published_in", Start: d.toks[k].start, End: d.toks[end].end}, k)
			} else if x, ok := byFrom[k]; ok && d.toks[k].sent == d.toks[i].sent {
				m := d.mentions[x]
				if lw == "journal" || m.kind != "place" && m.kind != "person" && (lw == "published" || journalName(m.name)) {
					add(Source{Name: strings.TrimPrefix(m.name, "The "), Kind: "document", Relation: "published_in", Start: m.start, End: m.end}, k)
				}
			}
		case next == "to" && toOutletWords[lw] && d.outletAt(i+2), lw == "shared" && next == "with" && d.outletAt(i+2):
			// "confirmed to The Associated Press", "in comments to the
			// BBC": said to an outlet, which is cited as with "told".
			d.citedAfter(i+2, "told", byFrom, false, add)
		case lw == "speaking" && next == "to" || lw == "statement" && next == "to" || lw == "talking" && next == "to" || lw == "spoke" && next == "to" || lw == "said" && next == "to":
			d.citedAfter(i+2, "told", byFrom, false, add)
		case lw == "interview" && (next == "with" || next == "on"), lw == "interviewed" && next == "by",
			(lw == "appearing" || lw == "speaking" || lw == "said" || lw == "told") && next == "on" && d.outletAt(i+2):
			// "said on CNN's State of the Union": a broadcast interview.
			d.citedAfter(i+2, "interview", byFrom, false, add)
		case lw == "citing":
			d.citedAfter(i+1, "citing", byFrom, true, add)
		case lw == "per" && (!d.toks[i].cap || d.sents[d.toks[i].sent].Start == d.toks[i].start) && (next == "the" || i+1 < len(d.toks) && d.toks[i+1].cap && d.toks[i+1].sent == d.toks[i].sent):
			// "per the WHO", "per ESPN": "according to" in a word. "Per
			// capita", "per cent" and "per share" name nobody.
			d.citedAfter(i+1, "according_to", byFrom, true, add)
		case (lw == "report" || lw == "reporting" || lw == "investigation" || lw == "article" || lw == "story" || lw == "analysis") && (next == "by" || next == "from" || next == "in"):
			// Whoever wrote a report is its source, outlet or not.
			d.citedAfter(i+2, "report", byFrom, lw == "report" && next != "in", add)
		case (lw == "writing" || lw == "wrote" || lw == "op-ed") && next == "in":
			d.citedAfter(i+2, "wrote_in", byFrom, false, add)
		case opinionPieces[lw] && !d.toks[i].cap && (next == "for" || next == "in") && d.outletAt(i+2):
			// "in an op-ed for The Washington Post", "a column for the
			// Guardian"
			d.citedAfter(i+2, "wrote_in", byFrom, false, add)
		case lw == "in" && (next == "a" || next == "an" || next == "the") && i+2 < len(d.toks) && legalDocument(d, i+2) && d.citesIn(i):
			d.documentCue(i+2, byFrom, add)
		case lw == "in" && next == "court" && legalDocument(d, i+1) && d.citesIn(i):
			// "said in court papers"
			d.documentCue(i+1, byFrom, add)
		}
		// Social posts: "wrote on X", "posted on Facebook", "in a post on Truth Social".
		if next == "on" && (lw == "wrote" || lw == "posted" || lw == "said" || lw == "post" || lw == "announced" || lw == "tweeted" || lw == "shared" || lw == "writing" || lw == "posting" || lw == "statement" || lw == "video") {
			k := i + 2
			if k+1 < len(d.toks) && d.toks[k+1].sent == d.toks[i].sent && (possessives[d.low(k)] || strings.HasSuffix(d.low(k), "'s") || strings.HasSuffix(d.low(k), "’s")) {
				k++ // "wrote on his Instagram account"
			}
			if name, ok := d.platformAt(k); ok {
				add(Source{Name: name, Kind: "social", Relation: "posted", Start: d.toks[i].start, End: d.toks[k].end}, i)
			}
		}
		if (lw == "media" || lw == "reports" || lw == "press") && d.mediaCited(i, add) {
			continue
		}
		if (lw == "seen" || lw == "obtained" || lw == "reviewed") && next == "by" || sourceVerbs[lw] && lw != "first" || documentVerbs[lw] {
			// "Text messages seen by the court", "A court filing said".
			d.documentBefore(i, add)
		}
		if (lw == "titled" || lw == "entitled") && d.workWithin(i, 8) {
			d.quotedTitleAfter(i, add)
		}
		if x, named := byFrom[i]; (!named || d.mentions[x].kind != "person" && d.mentions[x].kind != "outlet") && d.toks[i].cap &&
			(i == 0 || !d.toks[i-1].cap || trimPossessive(d.tok(i-1)) != d.tok(i-1)) {
			d.unmentionedOutlet(i, add)
		}
		if name, end, ok := d.siteAt(i); ok {
			add(Source{Name: name, Kind: "document", Relation: "document", Start: d.toks[i].start, End: d.toks[end].end}, i)
		}
		if d.toks[i].cap && namedWorkHeads[lw] {
			d.namedWorkAt(i, add)
		}
		if name, ok := d.platformAt(i); ok && postNouns[next] {
			add(Source{Name: name, Kind: "social", Relation: "posted", Start: d.toks[i].start, End: d.toks[i+1].end}, i)
		}
		if lw == "tweeted" || lw == "tweet" && i > 0 && (strings.EqualFold(d.tok(i-1), "a") || strings.HasSuffix(d.low(i-1), "'s") || strings.HasSuffix(d.low(i-1), "’s")) {
			add(Source{Name: "Twitter", Kind: "social", Relation: "posted", Start: d.toks[i].start, End: d.toks[i].end}, i)
		}
	}
	// An outlet as the subject of a reporting verb: "The Times reported",
	// "CNN first reported"; or owning a report: "a Reuters report".
	for _, m := range d.mentions {
		if m.to >= len(d.toks) || d.toks[m.to].sent != d.toks[m.from].sent {
			continue
		}
		d.outletLeft(&m)
		if m.kind != "outlet" && m.actor >= 0 && d.actors[m.actor].Kind == "organization" && m.to+1 < len(d.toks) &&
			!d.toks[m.to].cap && (outletWords[d.low(m.to)] || d.low(m.to) == "news") && !journalistWords[d.low(m.to)] {
			// "Russia's RIA news agency reported", "the Kommersant
			// newspaper said": the word after makes it an outlet.
			m.kind = "outlet"
		}
		if m.kind != "outlet" {
			d.orgCited(m, add)
			d.journalistCited(m, add)
			d.namedWorkCited(m, add)
			continue
		}
		s, ok := outletSource(m.name)
		if !ok {
			s, ok = Source{Name: strings.TrimPrefix(trimPossessive(m.name), "The "), Kind: "outlet"}, m.actor >= 0
		}
		if !ok {
			continue
		}
		if d.journalistOfOutlet(m, "", nil) {
			s.Name = "" // "Wee of the Times reports": cited below, split
		}
		// "Both NBC News and Bloomberg have reported": the verb after the
		// last of the outlets cites them all.
		end := m.to
		for end+1 < len(d.toks) && (d.tok(end) == "and" || d.tok(end) == ",") {
			x, found := byFrom[end+1]
			if !found || d.mentions[x].kind != "outlet" {
				break
			}
			end = d.mentions[x].to
		}
		end = d.outletVerbAt(end)
		if end >= len(d.toks) || d.toks[end].sent != d.toks[m.from].sent {
			continue
		}
		w := d.low(end)
		switch {
		case sourceVerbs[w] && (w != "first" || m.to+1 < len(d.toks) && strings.HasPrefix(d.low(m.to+1), "report")):
			s.Relation = "reported_by"
		case w == "report" || w == "reported" || w == "reporting" || w == "investigation" || w == "analysis" || w == "poll" || w == "survey" || w == "interview":
			s.Relation = "report"
			if w == "interview" {
				s.Relation = "interview"
			}
		case journalistWords[w] && !strings.HasSuffix(w, "s") && d.verbWithin(end+1, 8, journalistVerbs):
			// "An Associated Press journalist in the area reported", not
			// "Fox News host Jeanine Pirro's comments".
			s.Relation = "reported_by"
		case w == "has" || w == "had" || w == "have":
			if end+1 < len(d.toks) && sourceVerbs[d.low(end+1)] {
				s.Relation = "reported_by"
			} else {
				continue
			}
		default:
			continue
		}
		if s.Name == "" {
			d.journalistOfOutlet(m, s.Relation, add)
			continue
		}
		s.Start, s.End = m.start, m.end
		add(s, m.from)
	}
	d.moreInformation(add)
	sort.SliceStable(out, func(a, b int) bool { return out[a].Start < out[b].Start })
	return mergeDocuments(out)
}

// titledWorks are works cited by their title ("a paper titled").
var titledWorks = wordSet("titledWorks")

// workWithin reports a titled work's noun among the n words before token
// i in its sentence: "Lorenz's epochal paper, a masterwork on chaos
// titled", not "an album titled".
func (d *doc) workWithin(i, n int) bool {
	for j := i - 1; j >= 0 && j >= i-n && d.toks[j].sent == d.toks[i].sent; j-- {
		if titledWorks[d.low(j)] {
			return true
		}
	}
	return false
}

// quotedTitleAfter adds the work whose title is quoted right after token
// i: "a paper titled “Deterministic Nonperiodic Flow.”"
func (d *doc) quotedTitleAfter(i int, add func(Source, int)) {
	t := d.toks
	p := d.paras[d.sents[t[i].sent].Para-1]
	at := t[i].end
	for at < p.End && d.text[at] == ' ' {
		at++
	}
	var closer string
	switch {
	case strings.HasPrefix(d.text[at:], "“"):
		closer, at = "”", at+len("“")
	case strings.HasPrefix(d.text[at:], `"`):
		closer, at = `"`, at+1
	default:
		return
	}
	end := min(p.End, at+200)
	n := strings.Index(d.text[at:end], closer)
	if n <= 0 {
		return
	}
	title := strings.TrimRight(strings.TrimSpace(d.text[at:at+n]), ".,;:")
	if title == "" || title[0] < 'A' || title[0] > 'Z' {
		return
	}
	add(Source{Name: title, Kind: "document", Relation: "report", Start: at, End: at + len(title)}, i)
}

// moreInformation adds the paper a science news page cites on its own
// line at the end: "More information: G. Petit et al. Hibernation and
// Torpor: Prospects for Human Spaceflight, Handbook of …". The title runs
// from "et al." to the first comma or full stop.
func (d *doc) moreInformation(add func(Source, int)) {
	const lead, etAl = "More information:", " et al. "
	for _, p := range d.paras {
		line := d.text[p.Start:p.End]
		if !strings.HasPrefix(line, lead) {
			continue
		}
		i := strings.Index(line, etAl)
		if i < 0 {
			continue
		}
		rest := line[i+len(etAl):]
		n := len(rest)
		for _, sep := range []string{", ", ". "} {
			if k := strings.Index(rest, sep); k >= 0 && k < n {
				n = k
			}
		}
		title := strings.TrimSpace(rest[:n])
		if len(strings.Fields(title)) < 2 {
			continue
		}
		start := p.Start + i + len(etAl)
		if k := d.tokenAt(start); k < len(d.toks) {
			add(Source{Name: title, Kind: "document", Relation: "report", Start: start, End: start + len(title)}, k)
		}
	}
}

// mergeDocuments keeps one name for a document the article cites in
// several words: "court records" and later "court documents", "federal
// prison records" and "prison records". Two names are one document when
// their heads agree and the words before one head end those before the
// other. The shorter name stays, the first of two as long.
func mergeDocuments(out []Source) []Source {
	// byTail maps a head and every ending of the words before it, of each
	// document kept, to the document; byName maps the whole of each.
	byTail, byName := map[string]int{}, map[string]int{}
	kept := out[:0:0]
	for _, s := range out {
		ws := strings.Fields(strings.ToLower(s.Name))
		if s.Kind != "document" || s.Relation != "document" && s.Relation != "filing" || len(ws) < 2 || len(ws) > 4 {
			kept = append(kept, s)
			continue
		}
		head := ws[len(ws)-1]
		if recordNouns[head] {
			head = "records"
		}
		mods := ws[:len(ws)-1]
		// A kept name this one's words end, or one that ends with them.
		i, dup := byTail[head+" "+strings.Join(mods, " ")]
		for k := 1; !dup && k < len(mods); k++ {
			i, dup = byName[head+" "+strings.Join(mods[k:], " ")]
		}
		if dup {
			if len(s.Name) < len(kept[i].Name) {
				kept[i] = s
			}
			continue
		}
		byName[head+" "+strings.Join(mods, " ")] = len(kept)
		for k := range mods {
			if _, ok := byTail[head+" "+strings.Join(mods[k:], " ")]; !ok {
				byTail[head+" "+strings.Join(mods[k:], " ")] = len(kept)
			}
		}
		kept = append(kept, s)
	}
	sort.SliceStable(kept, func(a, b int) bool { return kept[a].Start < kept[b].Start })
	return kept
}

// recordNouns name one kind of document in several words ("court
// records", "court documents", "court papers").
var recordNouns = wordSet("recordNouns")

// mentionStarts indexes the mentions by the token their name starts at.
func (d *doc) mentionStarts() map[int]int {
	m := make(map[int]int, len(d.mentions))
	for i, mn := range d.mentions {
		if _, ok := m[mn.from]; !ok {
			m[mn.from] = i
		}
	}
	return m
}

// outletSource makes a source of an outlet's name.
func outletSource(name string) (Source, bool) {
	if o, ok := lookupOutlet(name); ok {
		kind := "outlet"
		if o.agency {
			kind = "agency"
		}
		// Named as the article names it ("VOA", not "Voice of America").
		if fold(strings.TrimPrefix(name, "The ")) == fold(strings.TrimPrefix(o.name, "The ")) {
			return Source{Name: o.name, Kind: kind}, true
		}
		return Source{Name: strings.TrimPrefix(name, "The "), Kind: kind}, true
	}
	if isOutlet(name) {
		return Source{Name: strings.TrimPrefix(name, "The "), Kind: "outlet"}, true
	}
	return Source{}, false
}

// citedAfter reads what a cue cites from token k on: an outlet, a
// journalist, a platform or (with orgs) an organisation, or a document
// ("court records", "a report by the GAO"), and any names joined to the
// first by "and" ("both Straight Arrow News and the Daily Mail").
func (d *doc) citedAfter(k int, rel string, byFrom map[int]int, orgs bool, add func(Source, int)) {
	t := d.toks
	if k >= len(t) {
		return
	}
	sent := t[k-1].sent
	for n := 0; n < 3 && k < len(t) && t[k].sent == sent; n++ {
		i := k
		journo, outletNoun := rel == "via", false
		// Skip determiners and lower-case description words: "investigative
		// journalist Ken Klippenstein", "the Daily Mail", "a report by".
		for i < len(t) && t[i].sent == sent && i < k+6 {
			lw := d.low(i)
			if _, demonym := demonyms[lw]; demonym && t[i].cap && i+1 < len(t) && (outletWords[d.low(i+1)] || journalistWords[d.low(i+1)]) && !t[i+1].cap || d.tok(i) == "-" {
				// "hit-or-miss Taiwanese publication DigiTimes": a
				// description of the outlet, before its name.
				i++
				continue
			}
			if t[i].cap || !t[i].word {
				break
			}
			if journalistWords[lw] {
				if strings.HasSuffix(lw, "s") {
					return // "told reporters": nobody named
				}
				journo = true
			}
			if outletWords[lw] {
				outletNoun = true
			}
			if prepositions[lw] {
				// "according to a statement from the ministry"
				if i > k && (lw == "from" || lw == "by" || lw == "of") && workNouns[d.low(i-1)] {
					orgs = true
					i++
					continue
				}
				// "a study by researchers at Stanford University": their
				// institution made the work.
				if i > k && orgs && (lw == "at" || lw == "from") && researcherWords[d.low(i-1)] {
					i++
					continue
				}
				return
			}
			if documentNouns[lw] && !(i+1 < len(t) && (d.low(i+1) == "from" || d.low(i+1) == "by")) {
				d.documentCue(k, byFrom, add)
				return
			}
			i++
		}
		if i >= len(t) || t[i].sent != sent {
			return
		}
		if name, end, found := d.domainAt(i); found {
			// "told Polygraph.info": a site named by its address, or a known
			// outlet's ("Politico.com").
			src := Source{Name: name, Kind: "outlet"}
			if o, known := outletSource(d.tok(i)); known {
				src = o
			}
			src.Relation, src.Start, src.End = rel, t[i].start, t[end].end
			add(src, i)
			return
		}
		if o, end, found := d.knownOutletAt(i); found {
			// A known name the mentions split ("the New England Journal
			// of Medicine").
			o.Relation, o.Start, o.End = rel, t[i].start, t[end].end
			add(o, i)
			d.journalistAfter(end+1, rel, byFrom, add)
			if p, ok := d.personAfterPossessive(mention{from: i, to: end + 1}); ok {
				// "The New York Times' Maggie Haberman"
				add(Source{Name: d.actors[p.actor].Name, Kind: "journalist", Relation: rel, Start: p.start, End: p.end}, p.from)
				return
			}
			k = end + 1
			if k < len(t) && t[k].sent == sent && (d.tok(k) == "and" || d.tok(k) == "," && k+1 < len(t) && t[k+1].cap) {
				k++
				continue
			}
			return
		}
		// Titles before the name: "Dr. Nathan Jones".
		mi, ok := -1, false
		for j := i; j < i+4 && j < len(t) && t[j].sent == sent; j++ {
			if x, found := byFrom[j]; found {
				mi, ok = x, true
				break
			}
			if !t[j].cap {
				break
			}
		}
		if !ok {
			if name, found := d.platformAt(i); found {
				add(Source{Name: name, Kind: "social", Relation: rel, Start: t[i].start, End: t[i].end}, i)
			} else if orgs || rel == "told" && isAcronym(d.tok(i)) && !notAcronymOrgs[d.tok(i)] {
				// An acronym nobody knows that someone tells ("told TRD")
				// is an outlet's name, never a person's.
				d.unknownCited(i, rel, add)
			}
			return
		}
		m := d.mentions[mi]
		if d.journalistOfOutlet(m, rel, add) {
			return
		}
		if (rel == "citing" || rel == "according_to" && d.low(k-1) == "per") && m.kind != "outlet" && !isOutlet(trimPossessive(m.name)) && d.describedAfter(m.to) {
			return // "per NFL rules": the rules are cited, not the league
		}
		if p, ok := d.personAfterPossessive(m); ok {
			// "according to Apple's Tim Cook": a speaker; "per NFL
			// Network's Ian Rapoport": the outlet and its journalist.
			if s, isOut := outletSource(trimPossessive(m.name)); isOut && m.kind != "person" {
				s.Relation, s.Start, s.End = rel, m.start, m.end
				add(s, m.from)
				a := d.actors[p.actor]
				add(Source{Name: a.Name, Kind: "journalist", Relation: rel, Start: p.start, End: p.end}, p.from)
			}
			return
		}
		if m.actor >= 0 && d.actors[m.actor].Kind == "person" && m.to+1 < len(t) && d.tok(m.to) == "of" && d.outletAt(m.to+1) {
			// "according to Alex Horton of the Washington Post": the
			// outlet's journalist, and the outlet.
			add(Source{Name: d.actors[m.actor].Name, Kind: "journalist", Relation: rel, Start: m.start, End: m.end}, m.from)
			k = m.to + 1
			continue
		}
		if _, known := lookupOutlet(trimPossessive(m.name)); !known && m.kind != "outlet" && d.roleAfter(m.to) {
			// "according to a Taliban representative", "a review by the
			// Justice Department's inspector general": a person of the
			// body, unnamed or a speaker, is cited, not the body.
			return
		}
		if m.kind != "outlet" && m.kind != "person" && m.to < len(t) && t[m.to].sent == sent && !t[m.to].cap && outletWords[d.low(m.to)] && !journalistWords[d.low(m.to)] {
			// "an article by New York magazine", "the Independent
			// newspaper": the word after says it is an outlet.
			add(Source{Name: strings.TrimPrefix(m.name, "The "), Kind: "outlet", Relation: rel, Start: m.start, End: m.end}, m.from)
			return
		}
		if outletNoun && m.kind != "outlet" && (m.actor < 0 || d.actors[m.actor].Kind == "organization") {
			// "the state broadcaster RTC", "the newspaper El Sol"
			add(Source{Name: strings.TrimPrefix(m.name, "The "), Kind: "outlet", Relation: rel, Start: m.start, End: m.end}, m.from)
		} else if s, ok := d.sourceOf(m, journo, orgs); ok {
			if rel == "according_to" && s.Kind == "agency" && m.kind != "outlet" && d.quoteInSentence(sent) {
				// "Trump, according to the White House, went for a
				// “quick exam and labs”": the body speaks the words; a
				// speaker is no source.
				return
			}
			s.Relation = rel
			s.Start, s.End = m.start, m.end
			add(s, m.from)
			if s.Kind == "journalist" && m.to+1 < len(t) && d.tok(m.to) == "of" {
				// "via Brian Batko of the Pittsburgh Post-Gazette"
				k = m.to + 1
				continue
			}
			if s.Kind == "outlet" || s.Kind == "agency" {
				// "told VOA Pentagon correspondent Carla Babb"
				d.journalistAfter(m.to, rel, byFrom, add)
			}
			// "according to The Washington Post's Fact Checker": the outlet.
		} else if m.kind == "outlet" {
			return
		} else if (orgs || rel == "told" && isAcronym(m.name) && !notAcronymOrgs[m.name]) && m.kind != "person" && m.kind != "place" && (m.actor < 0 || d.actors[m.actor].Kind != "person" && d.actors[m.actor].Kind != "place") {
			// A name the article gives once and nothing classifies.
			d.unknownCited(m.from, rel, add)
		}
		// A list: "X and Y", "X, Y and Z".
		k = m.to
		if k < len(t) && t[k].sent == sent && (d.tok(k) == "and" || d.tok(k) == "," && k+1 < len(t) && t[k+1].cap) {
			k++
			continue
		}
		return
	}
}

// outletAt reports a known outlet's name at token k, after any "the".
func (d *doc) outletAt(k int) bool {
	k += skipDet(d, k)
	i := d.firstMention(k)
	if i >= len(d.mentions) || d.mentions[i].from != k {
		return false
	}
	_, ok := lookupOutlet(trimPossessive(d.mentions[i].name))
	return ok || d.mentions[i].kind == "outlet"
}

// unknownCited adds a name no list knows that a citing cue points at, from
// token i: "according to analysis from Poynter", "citing Refinitiv data".
// The capitalised words make the name; an outlet's shape makes it an
// outlet, anything else is taken for an organisation.
func (d *doc) unknownCited(i int, rel string, add func(Source, int)) {
	t := d.toks
	// "WHO" is the World Health Organization, "who" a pronoun.
	if i >= len(t) || !t[i].cap || !t[i].word || notNames[d.low(i)] && !(len(d.tok(i)) > 1 && isAcronym(d.tok(i))) {
		return
	}
	lw := d.low(i)
	_, month := monthNames[lw]
	_, day := weekdays[lw]
	_, place := places[lw]
	_, demonym := demonyms[lw]
	// "via" also names the means ("via Bluetooth"); a short token is
	// rarely a whole name ("E! News").
	if rel == "via" || month || day || len(lw) < 3 || d.sents[t[i].sent].Start == t[i].start {
		return
	}
	end := i
	for j := i + 1; j < len(t) && j < i+6 && t[j].sent == t[i].sent; j++ {
		if t[j].cap && t[j].word {
			end = j
			continue
		}
		if (d.low(j) == "of" || d.low(j) == "for" || d.low(j) == "&") && j+1 < len(t) && t[j+1].cap {
			continue
		}
		break
	}
	if end == i && (place || demonym) {
		// "according to Chinese state media" is the media's; "European
		// Space Agency" is a name.
		return
	}
	name := trimPossessive(d.text[t[i].start:t[end].end])
	if d.roleAfter(end+1) || rel == "citing" && !isOutlet(name) && d.describedAfter(end+1) {
		return // "according to a Taliban representative", "citing Taliban violence"
	}
	kind := "agency"
	if isOutlet(name) {
		kind = "outlet"
	} else if workTitles[strings.ToLower(trimPossessive(d.tok(end)))] {
		kind = "document" // "according to the Global Peace Index"
	}
	add(Source{Name: name, Kind: kind, Relation: rel, Start: t[i].start, End: t[end].end}, i)
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

// siteAt reads a website named by its address in lower case, with the
// word "website" or "site" a few words away: "onmeth.com, the website for
// the initiative". It returns the address and its last token.
func (d *doc) siteAt(i int) (string, int, bool) {
	t := d.toks
	if t[i].cap || !t[i].word || i+2 >= len(t) || d.tok(i+1) != "." || !topDomains[d.tok(i+2)] ||
		t[i+1].start != t[i].end || t[i+2].start != t[i+1].end || i > 0 && t[i-1].end == t[i].start {
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

// orgCited adds an organisation cited as the origin of information: the
// subject of a finding verb ("the National Institute on Drug Abuse has
// estimated"), or the author of a work ("a Gallup Korea poll", "in a NASA
// statement").
func (d *doc) orgCited(m mention, add func(Source, int)) {
	if d.insideQuote(m.start) {
		return
	}
	t := d.toks
	k := m.to
	if k < len(t) && (d.tok(k) == "’s" || d.tok(k) == "'s") {
		k++
	}
	isOrg := m.actor >= 0 && d.actors[m.actor].Kind == "organization"
	name := m.name
	if isOrg {
		name = d.ownedName(m, d.actors[m.actor].Name)
	}
	// "a Gallup Korea poll": whoever is named before the work wrote it,
	// known or not, unless it is a person or a place.
	if k < len(t) && t[k].sent == t[m.from].sent && workNouns[d.low(k)] && !d.roleAfter(k) &&
		(isOrg || m.kind != "person" && m.kind != "place" && (m.actor < 0 || d.actors[m.actor].Kind != "person" && d.actors[m.actor].Kind != "place")) {
		// "Commerce Department data showed": the work cited by what it shows.
		shows := k+1 < len(t) && t[k+1].sent == t[k].sent && (findingVerbs[d.low(k+1)] || documentVerbs[d.low(k+1)] || d.low(k+1) == "released")
		if m.from > 0 && workOpeners[d.low(m.from-1)] || shows {
			add(Source{Name: name, Kind: "document", Relation: "report", Start: m.start, End: t[k].end}, m.from)
		}
		return
	}
	for k < len(t) && k < m.to+3 && t[k].sent == t[m.from].sent {
		switch d.low(k) {
		case "has", "have", "had", "also", "previously", "first", "recently", "once":
			k++
			continue
		}
		break
	}
	if !isOrg || k >= len(t) || t[k].sent != t[m.from].sent || d.objectPosition(&m) {
		return
	}
	w := d.low(k)
	if revealingVerbs[w] && !d.thatWithin(k+1, 4) {
		// "Audi has revealed the second model": a product shown, no
		// finding cited.
		return
	}
	if findingVerbs[w] || w == "released" && d.documentWithin(k+1, 4) {
		add(Source{Name: name, Kind: "document", Relation: "report", Start: m.start, End: t[k].end}, m.from)
	}
}

// revealingVerbs cite a finding only with a clause after them ("revealed
// that"); with an object they show a thing ("revealed the new model").
var revealingVerbs = wordSet("revealingVerbs")

// thatWithin reports "that" among the n tokens from k in the sentence of
// token k-1.
func (d *doc) thatWithin(k, n int) bool {
	return d.verbWithin(k, n, thatWord)
}

var thatWord = map[string]bool{"that": true}

// journalistCited adds a journalist who reports what the article cites:
// "CBS Sports NFL Insider Jason La Canfora has reported that", "The
// Guardian's Jane Smith reported". A person counts only when a journalist's
// word or an outlet stands right before the name, since many people
// "report" things.
func (d *doc) journalistCited(m mention, add func(Source, int)) {
	t := d.toks
	if m.actor < 0 || d.actors[m.actor].Kind != "person" || m.from == 0 || d.insideQuote(m.start) {
		return
	}
	k := m.to
	if k < len(t) && (d.low(k) == "has" || d.low(k) == "had") {
		k++
	}
	if k >= len(t) || t[k].sent != t[m.from].sent || !journalistVerbs[d.low(k)] {
		return
	}
	named := false
	var outlet *mention // "The Guardian's Jane Smith": her outlet too
	for j := m.from - 1; j >= 0 && j >= m.from-3 && t[j].sent == t[m.from].sent; j-- {
		lw := strings.TrimSuffix(strings.TrimSuffix(d.low(j), "’s"), "'s")
		if journalistWords[lw] && !strings.HasSuffix(lw, "s") {
			named = true
			break
		}
		if o := d.outletEndingAt(j + 1); o != nil && j == m.from-1 {
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

// workBefore reports a work or document noun among the n words before
// token i in its sentence ("the figures come from").
func (d *doc) workBefore(i, n int) bool {
	for j := i - 1; j >= 0 && j >= i-n && d.toks[j].sent == d.toks[i].sent; j-- {
		lw := d.low(j)
		if workNouns[lw] || documentNouns[lw] || dataGraphics[lw] || lw == "figure" || lw == "numbers" || lw == "information" {
			return true
		}
	}
	return false
}

// dataGraphics show data whose provider is cited ("This graphic, provided
// by Statista").
var dataGraphics = wordSet("dataGraphics")

// namedWorkCited adds a report, survey or index cited by its own title:
// "The World Happiness Report found …", "the Global Peace Index shows".
func (d *doc) namedWorkCited(m mention, add func(Source, int)) {
	t := d.toks
	last := strings.ToLower(trimPossessive(d.tok(m.to - 1)))
	if m.to-m.from < 2 || !workTitles[last] || m.to >= len(t) || t[m.to].sent != t[m.from].sent || d.insideQuote(m.start) {
		return
	}
	k := m.to
	if d.low(k) == "has" || d.low(k) == "also" {
		k++
	}
	if k < len(t) && (findingVerbs[d.low(k)] || sourceVerbs[d.low(k)] || documentVerbs[d.low(k)]) {
		add(Source{Name: strings.TrimPrefix(m.name, "The "), Kind: "document", Relation: "report", Start: m.start, End: t[k].end}, m.from)
	}
}

// namedWorkHeads make a capitalised name a work the article draws on.
var namedWorkHeads = wordSet("namedWorkHeads")

// namedWorkAt adds the work whose title holds the capitalised head word at
// token i, with the capitalised words before it and an "of", "on" or
// "for" phrase of capitalised words after it: "The National Survey on Drug
// Use and Health", "the Mueller Report". A head alone, a head at the
// start of its sentence or an outlet's name ("U.S. News & World Report")
// is none.
func (d *doc) namedWorkAt(i int, add func(Source, int)) {
	t := d.toks
	from := i
	for from > 0 && t[from-1].sent == t[i].sent && t[from-1].cap && t[from-1].word && from > i-4 {
		from--
	}
	if from < len(t) && d.low(from) == "the" {
		from++
	}
	if from == i || notNames[d.low(from)] || d.sents[t[from].sent].Start == t[from].start && from+1 == i {
		return
	}
	end := i
	for j := i + 1; j+1 < len(t) && j < i+8 && t[j].sent == t[i].sent; j++ {
		lw := d.low(j)
		if t[j].cap && t[j].word {
			end = j
			continue
		}
		if (lw == "of" || lw == "on" || lw == "for" || lw == "and" || lw == "&") && t[j+1].cap && t[j+1].word {
			continue
		}
		break
	}
	name := d.text[t[from].start:t[end].end]
	if isOutlet(name) {
		return
	}
	add(Source{Name: name, Kind: "document", Relation: "report", Start: t[from].start, End: t[end].end}, from)
}

// workParticiples after a work's noun lead to its maker ("data published
// in 2018 by"), rulebookNouns name a body's written rules ("the policy
// manual of").
var (
	workParticiples = wordSet("workParticiples")
	rulebookNouns   = wordSet("rulebookNouns")
)

// workTitles end the titles of reports, surveys and indexes.
var workTitles = wordSet("workTitles")

// journalistVerbs after a journalist's name cite their reporting.
var journalistVerbs = wordSet("journalistVerbs")

// ownedName puts the owner named before an office in front of its name:
// "NASA’s Office of the Inspector General" is the NASA Office of the
// Inspector General, "South Dakota's Department of Social Services" the
// South Dakota Department of Social Services.
func (d *doc) ownedName(m mention, name string) string {
	first, _, _ := strings.Cut(name, " ")
	if !officeNouns[strings.ToLower(first)] || m.from < 1 {
		return name
	}
	t := d.toks
	k := m.from - 1
	owner := trimPossessive(d.tok(k))
	if owner == d.tok(k) || !t[k].cap || t[k].sent != t[m.from].sent || notNames[strings.ToLower(owner)] {
		return name
	}
	j := k
	for j > 0 && j > k-3 && t[j-1].cap && t[j-1].word && t[j-1].sent == t[k].sent && !notNames[d.low(j-1)] {
		j--
	}
	return d.text[t[j].start:t[k].start] + owner + " " + name
}

// officeNouns open the names of offices that belong to a larger body.
var officeNouns = wordSet("officeNouns")

// mediaCited adds the press cited as a body, from its noun at token i:
// "local news reports said", "US media reported", "according to state
// media", "the Turkish press".
func (d *doc) mediaCited(i int, add func(Source, int)) bool {
	t := d.toks
	j := i
	if d.low(i) == "reports" {
		if i == 0 || d.low(i-1) != "news" {
			return false
		}
		j = i - 1
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
	cited := i+1 < len(t) && t[i+1].sent == t[i].sent && (sourceVerbs[d.low(i+1)] || d.low(i+1) == "say" || d.low(i+1) == "have")
	if s >= 2 && d.low(s-2) == "according" && d.low(s-1) == "to" || s >= 1 && d.low(s-1) == "citing" {
		cited = true
	}
	if !cited {
		return false
	}
	name := d.text[t[s].start:t[i].end]
	if mediaModifiers[d.low(s)] {
		name = d.low(s) + name[len(d.low(s)):] // "Local news reports" at a sentence start
	}
	add(Source{Name: name, Kind: "outlet", Relation: "reported_by", Start: t[s].start, End: t[i].end}, s)
	return true
}

// workOpeners come before a work named by its author ("a Gallup poll",
// "A survey by").
var workOpeners = wordSet("workOpeners")

// documentVerbs after a document cite it ("court records show").
var documentVerbs = wordSet("documentVerbs")

// bareDocuments name a document even without a word before them
// ("documents seen by", "records show").
var bareDocuments = wordSet("bareDocuments")

// mediaModifiers say which press is cited ("state media", "local news").
var mediaModifiers = wordSet("mediaModifiers")

// documentWithin reports a document noun among the n words from token k.
func (d *doc) documentWithin(k, n int) bool {
	for j := k; j < k+n && j < len(d.toks) && d.toks[j].sent == d.toks[k-1].sent; j++ {
		if documentNouns[d.low(j)] {
			return true
		}
	}
	return false
}

// documentBefore adds the document named right before token i ("as
// government documents leaked to the New York Times").
func (d *doc) documentBefore(i int, add func(Source, int)) {
	t := d.toks
	j := i - 1
	if j < 0 || !documentNouns[d.low(j)] || t[j].cap {
		return
	}
	s := j
	if s > 0 && t[s-1].word && t[s-1].sent == t[j].sent && !notNames[d.low(s-1)] && !prepositions[d.low(s-1)] &&
		(!t[s-1].cap || s-1 == 0 || t[s-2].sent != t[j].sent) {
		s--
	}
	// A bare "data" or "paper" names no particular document, and "a
	// small study" or "credible reports" no more.
	if s == j && !bareDocuments[d.low(j)] || unnamedWorks[d.low(j)] && !officialWorks[d.low(s)] {
		return
	}
	if s > 1 && t[s-1].cap && t[s-1].sent == t[j].sent && d.sents[t[s-1].sent].Start != t[s-1].start {
		// "official U.S. labor statistics": the country is part of the name.
		if _, place := places[d.low(s-1)]; place {
			s--
		}
	}
	add(Source{Name: d.text[t[s].start:t[j].end], Kind: "document", Relation: "document", Start: t[s].start, End: t[j].end}, s)
}

// unnamedWorks name a work only together with its author or title: "a
// new study", "parliamentary reports", "a case report" cite nothing a
// reader could look up.
var unnamedWorks = wordSet("unnamedWorks")

// officialWorks before one of the unnamedWorks make it a document of
// record: "a police report", "the autopsy report".
var officialWorks = wordSet("officialWorks")

// sourceOf says what kind of source a mention is, if any.
func (d *doc) sourceOf(m mention, journo, orgs bool) (Source, bool) {
	if m.kind == "outlet" {
		if s, ok := outletSource(m.name); ok {
			return s, true
		}
		return Source{Name: strings.TrimPrefix(m.name, "The "), Kind: "outlet"}, true
	}
	if name, ok := socialPlatforms[strings.ToLower(m.name)]; ok {
		return Source{Name: name, Kind: "social"}, true
	}
	if m.actor < 0 || m.actor >= len(d.actors) {
		return Source{}, false
	}
	a := d.actors[m.actor]
	switch a.Kind {
	case "person":
		if journo || journalistRole(a.Role) {
			return Source{Name: a.Name, Kind: "journalist"}, true
		}
	case "organization":
		if orgs {
			if o, ok := outletSource(a.Name); ok {
				return o, true
			}
			name := a.Name
			if w := trimPossessive(strings.TrimPrefix(m.name, "the ")); isAcronym(name) && len(strings.Fields(w)) > 1 {
				// Named as written where it is cited: "the Drug
				// Enforcement Administration", not the "DEA" used later.
				name = w
			}
			return Source{Name: name, Kind: "agency"}, true
		}
	}
	return Source{}, false
}

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

func hasAnyWord(s string, set map[string]bool) bool {
	for _, w := range strings.Fields(strings.ToLower(s)) {
		if set[strings.Trim(w, ",.?!;:")] {
			return true
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
	if i+1 < len(d.toks) && d.toks[i+1].sent == d.toks[i].sent {
		if name, ok := socialPlatforms[w+" "+d.low(i+1)]; ok {
			return name, true
		}
	}
	name, ok := socialPlatforms[w]
	return name, ok
}

// documentCue reads a document named from token k on: "court records",
// "a report by the Government Accountability Office", "a court filing".
// The document is named by its words ("court records") or, when an
// organisation authored it, by the organisation and the document
// ("Human Rights Watch report").
func (d *doc) documentCue(k int, byFrom map[int]int, add func(Source, int)) {
	t := d.toks
	if k >= len(t) {
		return
	}
	sent := t[k].sent
	i := k
	for i < len(t) && t[i].sent == sent && (d.tok(i) == "a" || d.tok(i) == "an" || d.tok(i) == "the") {
		i++
	}
	start := i
	for j := i; j < i+4 && j < len(t) && t[j].sent == sent && t[j].word && !t[j].cap; j++ {
		lw := d.low(j)
		if !documentNouns[lw] {
			if notNames[lw] || speechVerb[lw] != "" {
				return
			}
			continue
		}
		if j == start && (lw == "data" || lw == "order" || lw == "release" || lw == "letter" || lw == "notes" || lw == "ruling" || lw == "footage" || lw == "analysis" || lw == "figures" || lw == "report" || lw == "study") {
			// "according to a report by X" is handled by who wrote it; a bare
			// "data" or "order" names no document.
			if j+1 < len(t) && (d.tok(j+1) == "by" || d.tok(j+1) == "from" || d.tok(j+1) == "in" || d.tok(j+1) == "of") {
				if x, ok := byFrom[j+2+skipDet(d, j+2)]; ok {
					m := d.mentions[x]
					if s, ok := d.sourceOf(m, false, true); ok {
						if s.Kind == "agency" && m.kind != "outlet" {
							// The author names the work: "a report from
							// Kotak Institutional Equities".
							s = Source{Name: s.Name, Kind: "document"}
						}
						s.Relation = "report"
						s.Start, s.End = t[j].start, m.end
						add(s, j)
					}
				}
			}
			return
		}
		if unnamedWorks[lw] && !(j > start && officialWorks[d.low(j-1)]) {
			// "credible reports received by Amnesty", "a new case report
			// published in": whoever made or received the work, if named.
			k := j + 1
			if k+1 < len(t) && t[k].sent == sent && (workParticiples[d.low(k)] || d.low(k) == "received") {
				k++
			}
			if k+1 < len(t) && t[k].sent == sent && (d.low(k) == "by" || d.low(k) == "from") {
				d.citedAfter(k+1, "report", byFrom, true, add)
			}
			return
		}
		name := d.text[t[start].start:t[j].end]
		if j == start && !(lw == "evidence" || lw == "records" || lw == "documents" || lw == "indictment" || lw == "transcript" || lw == "affidavit" || lw == "filing" || lw == "filings" || lw == "complaint" || lw == "memo" || lw == "emails" || lw == "lawsuit") {
			return
		}
		// "evidence presented at trial": a participle phrase belongs to
		// the document's name when it closes the clause.
		if e := d.participleEnd(j + 1); e > j || d.ofPhraseEnd(j+1) > j {
			if e < 0 {
				e = d.ofPhraseEnd(j + 1)
			}
			name = d.text[t[start].start:t[e].end]
			j = e
		}
		rel := "document"
		if strings.Contains(name, "court") || lw == "filing" || lw == "filings" || lw == "indictment" || lw == "affidavit" || lw == "complaint" || lw == "lawsuit" {
			rel = "filing"
		}
		add(Source{Name: name, Kind: "document", Relation: rel, Start: t[start].start, End: t[j].end}, start)
		// "a transcript reviewed by Business Insider": the outlet too.
		if j+2 < len(t) && (d.tok(j+1) == "reviewed" || d.tok(j+1) == "obtained" || d.tok(j+1) == "seen") && d.tok(j+2) == "by" {
			d.citedAfter(j+3, "obtained_by", byFrom, false, add)
		}
		return
	}
}

// participleEnd returns the last token of a short participle phrase
// starting at token k ("presented at trial") that runs to a comma or the
// sentence end, or -1.
func (d *doc) participleEnd(k int) int {
	t := d.toks
	if k >= len(t) || t[k].sent != t[k-1].sent || !strings.HasSuffix(d.low(k), "ed") || t[k].cap {
		return -1
	}
	for j := k + 1; j < len(t) && j < k+5; j++ {
		if t[j].sent != t[k].sent || !t[j].word {
			return j - 1
		}
		if t[j].cap {
			return -1
		}
	}
	return -1
}

// ofPhraseEnd returns the last token of a short phrase starting at token k
// with "to", "of" or "on" and running to a comma or the sentence end
// ("explanatory notes to the bill"), or -1.
func (d *doc) ofPhraseEnd(k int) int {
	t := d.toks
	if k >= len(t) || t[k].sent != t[k-1].sent || d.low(k) != "to" && d.low(k) != "of" && d.low(k) != "on" {
		return -1
	}
	for j := k + 1; j < len(t) && j < k+5; j++ {
		if t[j].sent != t[k].sent || !t[j].word {
			if j > k+1 {
				return j - 1
			}
			return -1
		}
	}
	return -1
}

func skipDet(d *doc, i int) int {
	if i < len(d.toks) && (d.tok(i) == "the" || d.tok(i) == "a" || d.tok(i) == "an") {
		return 1
	}
	return 0
}

// citesIn reports whether the "in" at token i opens a citation of what
// follows ("In a court filing, prosecutors said", "alleged in a
// lawsuit") rather than a place in it ("testimony Tuesday in a lawsuit
// with ZeniMax").
func (d *doc) citesIn(i int) bool {
	t := d.toks
	k := i - 1
	if k >= 0 && t[k].sent == t[i].sent && t[k].word && !t[k].cap && (d.low(k) == "also" || strings.HasSuffix(d.low(k), "ly")) {
		k-- // "said earlier in a filing", "also in a lawsuit"
	}
	if k < 0 || t[k].sent != t[i].sent || !t[k].word {
		return true
	}
	return !t[k].cap && speechVerb[d.low(k)] != ""
}

// prepositions end the words a citing cue may skip before a name.
var prepositions = wordSet("prepositions")

// legalDocument reports whether the words from token i name a court or
// legal document ("a court filing", "an affidavit"): only those are cited
// with "in a"; "in a statement" is how a speaker speaks.
func legalDocument(d *doc, i int) bool {
	for j := i; j < i+3 && j < len(d.toks) && d.toks[j].word && !d.toks[j].cap; j++ {
		switch d.low(j) {
		case "filing", "filings", "indictment", "complaint", "affidavit", "lawsuit", "motion", "papers", "documents", "records", "transcript":
			return true
		}
	}
	return false
}

// outletWords before a name make it an outlet's ("the broadcaster RTC").
var outletWords = wordSet("outletWords")

// roleAfter reports a lower-case role noun at token k, after any
// possessive: "a Taliban representative", "the department's inspector
// general", "a European Space Agency research fellow".
func (d *doc) roleAfter(k int) bool {
	t := d.toks
	if k > 0 && k < len(t) && t[k].sent == t[k-1].sent && (d.tok(k) == "’s" || d.tok(k) == "'s") {
		k++
	}
	for j := k; j < k+2 && j < len(t) && j > 0 && t[j].sent == t[j-1].sent && t[j].word && !t[j].cap; j++ {
		lw := d.low(j)
		if personRoles[lw] || strings.HasSuffix(lw, "s") && personRoles[strings.TrimSuffix(lw, "s")] {
			return true
		}
		if !workNouns[lw] {
			return false
		}
	}
	return false
}

// verbWithin reports a word of the set among the n tokens from k in the
// sentence of token k-1.
func (d *doc) verbWithin(k, n int, set map[string]bool) bool {
	for j := k; j < k+n && j < len(d.toks) && d.toks[j].sent == d.toks[k-1].sent; j++ {
		if set[d.low(j)] {
			return true
		}
	}
	return false
}

// describedAfter reports a lower-case word at token k, after any
// possessive, that is no work or document: the name before it only
// describes something else ("citing Taliban violence", not "citing
// Refinitiv data").
func (d *doc) describedAfter(k int) bool {
	t := d.toks
	if k > 0 && k < len(t) && t[k].sent == t[k-1].sent && (d.tok(k) == "’s" || d.tok(k) == "'s") {
		k++
	}
	if k == 0 || k >= len(t) || t[k].sent != t[k-1].sent || !t[k].word || t[k].cap {
		return false
	}
	lw := d.low(k)
	return !workNouns[lw] && !documentNouns[lw] && !prepositions[lw] && lw != "and" && lw != "or"
}

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
func magazineAfter(text string) bool {
	const w = " magazine"
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
	for j := k; j < k+2 && j < len(t) && t[j].sent == t[k-1].sent && !t[j].cap && (outletWords[d.low(j)] || d.low(j) == "news"); j++ {
		k = j + 1
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

// quoteInSentence reports a quotation of three words or more that starts
// inside sentence si; a scare-quoted term ("so-called “superbugs”") is
// none.
func (d *doc) quoteInSentence(si int) bool {
	qs := d.quotations()
	st := d.sents[si]
	// A bound on the quotations looked at keeps a sentence of thousands
	// of them linear.
	i0 := sort.Search(len(qs), func(i int) bool { return qs[i].start >= st.Start })
	for i := i0; i < len(qs) && i < i0+20 && qs[i].start < st.End; i++ {
		if len(strings.Fields(d.text[qs[i].start:qs[i].end])) >= 3 {
			return true
		}
	}
	return false
}

// processWorks are inquiries that may still be under way: cited only when
// the article draws on what they found.
var processWorks = wordSet("processWorks")

// resultVerbs tell what a work found.
var resultVerbs = func() map[string]bool {
	m := map[string]bool{"concluded": true, "determined": true, "agreed": true}
	for _, set := range []map[string]bool{findingVerbs, documentVerbs, sourceVerbs} {
		for w := range set {
			m[w] = true
		}
	}
	return m
}()

// workCited reports whether the work named at token i is cited for what
// it found: "according to a review by", "in an audit by", or a verb of
// finding after it in the sentence ("an audit by the city found").
func (d *doc) workCited(i int) bool {
	j := i - 1
	if j >= 0 && (d.low(j) == "a" || d.low(j) == "an" || d.low(j) == "the") {
		j--
	}
	for ; j >= 0 && j >= i-3 && d.toks[j].sent == d.toks[i].sent; j-- {
		if lw := d.low(j); lw == "to" || lw == "in" || lw == "citing" {
			return true
		}
		if !d.toks[j].word || d.toks[j].cap {
			break
		}
	}
	return i+1 < len(d.toks) && d.verbWithin(i+1, 16, resultVerbs)
}

// inAfter returns the "in" at token k, or after a few words of date
// ("published Wednesday in", "published online last week in"), or -1.
func (d *doc) inAfter(k int) int {
	for j := k; j < k+4 && j < len(d.toks) && d.toks[j].sent == d.toks[k-1].sent; j++ {
		lw := d.low(j)
		if lw == "in" {
			return j
		}
		_, month := monthNames[lw]
		_, day := weekdays[lw]
		if !(month || day || lw == "online" || lw == "today" || lw == "yesterday" || lw == "last" || lw == "this" ||
			lw == "week" || lw == "month" || lw == "," || lw[0] >= '0' && lw[0] <= '9') {
			return -1
		}
	}
	return -1
}

// journalName reports a name a journal goes by: a known one ("Nature",
// "The Lancet") or one built on a journal's word ("Physical Review
// Letters", "Annals of Surgery").
func journalName(name string) bool {
	if o, ok := lookupOutlet(name); ok && !o.agency {
		return true
	}
	for _, w := range strings.Fields(strings.ToLower(name)) {
		if journalWords[w] {
			return true
		}
	}
	return false
}

// journalWords name journals ("Journal of …", "… Letters").
var journalWords = wordSet("journalWords")

// knownOutletAt reads the longest known outlet's name of two or more
// words from token k: "New England Journal of Medicine", which the
// mentions may split. It returns the source and the name's last token.
func (d *doc) knownOutletAt(k int) (Source, int, bool) {
	t := d.toks
	if k >= len(t) || !t[k].cap || !outletPrefixes[fold(d.tok(k))] {
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
		if _, ok := outlets[name]; ok {
			end = j
		} else if _, ok := outlets[strings.TrimPrefix(name, "the ")]; ok {
			end = j
		}
	}
	if end < 0 {
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
	return p, p.actor >= 0 && d.actors[p.actor].Kind == "person" && isGivenName(d.tok(p.from))
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
