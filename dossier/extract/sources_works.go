// This file reads documents, works, journals and the bodies that made
// them, cited as sources.

package extract

import (
	"sort"
	"strings"
)

// findingVerbs after an organisation's name make it the origin of a
// finding ("the Department of Social Services reported that …").
var findingVerbs = wordSet("findingVerbs")

// workNouns after an organisation's name make it the author of a cited
// work ("a Gallup poll", "in a NASA statement").
var workNouns = wordSet("workNouns")

// documentNouns name documents cited as the origin of information.
var documentNouns = wordSet("documentNouns")

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
	poss := trimPossessive(d.tok(m.to-1)) != d.tok(m.to-1)
	if k < len(t) && (d.tok(k) == "’s" || d.tok(k) == "'s") {
		k++
		poss = true
	}
	if poss {
		// "The GAO's annual assessment": a word or two may describe the
		// work.
		for j := k; j < k+2 && j+1 < len(t) && t[j].sent == t[m.from].sent && t[j].word && !t[j].cap && !workNouns[d.low(j)]; j++ {
			if workNouns[d.low(j+1)] || reportWorks[d.low(j+1)] {
				k = j + 1
				break
			}
		}
	}
	opener := m.from > 0 && workOpeners[d.low(m.from-1)]
	isOrg := m.actor >= 0 && d.actors[m.actor].Kind == "organization"
	if m.actor < 0 && m.to-m.from == 1 && d.sents[t[m.from].sent].Start == m.start && !isAcronym(m.name) && !isOutlet(m.name) {
		// "Official figures show", "Preliminary data show": a word no
		// list or count made a name, capitalised only by the sentence.
		return
	}
	name := m.name
	if isOrg {
		name = d.ownedName(m, d.actors[m.actor].Name)
	}
	// "a Gallup Korea poll": whoever is named before the work wrote it,
	// known or not, unless it is a person or a place.
	if research := d.researchBody(m); research > 0 && research < len(t) && t[research].sent == t[m.from].sent &&
		(speechVerb[d.low(research)] != "" || findingVerbs[d.low(research)]) && !d.personBeforeComma(m.from) && !d.roleOfBefore(m.from) {
		// "Moody’s Analytics said it expects", "the Center for Strategic
		// and International Studies, a Washington-based think tank,
		// said", "the forecasting company Accuweather warns": a body of
		// research speaks through its findings.
		add(Source{Name: trimPossessive(strings.TrimPrefix(m.name, "the ")), Kind: "agency", Relation: "report", Start: m.start, End: m.end}, m.from)
		return
	}
	if k < len(t) && d.low(k) == "statement" && (m.from == 0 || d.low(m.from-1) != "in" && (m.from < 2 || d.low(m.from-2) != "in")) {
		// "An Interior Ministry statement said": the body speaks, as
		// in "the ministry said in a statement"; not "said in a NASA
		// statement", where the statement is the document a speaker's
		// words come from.
		return
	}
	if k+1 < len(t) && t[k+1].sent == t[k].sent && workNouns[d.low(k)] && (bodyNouns[d.low(k+1)] || panelNouns[d.low(k+1)]) {
		return // "the corporation's advisory committee", "its audit board": a body, no work
	}
	if k < len(t) && t[k].sent == t[m.from].sent && (workNouns[d.low(k)] && !(findingVerbs[d.low(k)] && k+1 < len(t) && d.low(k+1) == "that") || reportWorks[d.low(k)] && k > m.to) && !d.roleAfter(k) && !d.madeBy(k) &&
		(isOrg || m.kind != "person" && m.kind != "place" && (m.actor < 0 || d.actors[m.actor].Kind != "person" && d.actors[m.actor].Kind != "place")) {
		// "Commerce Department data showed": the work cited by what it shows.
		shows := k+1 < len(t) && t[k+1].sent == t[k].sent && (findingVerbs[d.low(k+1)] || documentVerbs[d.low(k+1)] || d.low(k+1) == "released")
		if (opener || shows) && t[m.to-1].cap && (isOrg || !notNames[d.low(m.from)]) {
			// "A police report shows": a lower-case word, or one after a
			// capitalised article, makes no maker.
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
	if !isOrg || k >= len(t) || t[k].sent != t[m.from].sent || d.objectPosition(&m) || d.researchersAtBefore(m.from) {
		return
	}
	w := d.low(k)
	if revealingVerbs[w] && !d.thatWithin(k+1, 4) {
		// "Audi has revealed the second model": a product shown, no
		// finding cited.
		return
	}
	if findingVerbs[w] && d.ownResultAfter(k+1) {
		return
	}
	if speechVerb[w] != "" && statisticsOffice(d.actors[m.actor].Name) {
		// "The Office for National Statistics said growth had remained
		// robust": a statistics office speaks through its figures.
		add(Source{Name: name, Kind: "document", Relation: "report", Start: m.start, End: t[k].end}, m.from)
		return
	}
	if findingVerbs[w] || w == "released" && (d.documentWithin(k+1, 4) || d.verbWithin(k+1, 3, reportWorks) || d.verbWithin(k+1, 3, findingWorks)) || (w == "conducted" || w == "published") && d.verbWithin(k+1, 4, reportWorks) || (speechVerb[w] != "" || w == "found") && d.inReport(k+1) ||
		speechVerb[w] != "" && d.reportOpens(m) {
		// "The GAO said in a June report", "the agency found in its
		// annual survey": the body's own work is cited.
		add(Source{Name: name, Kind: "document", Relation: "report", Start: m.start, End: t[k].end}, m.from)
	}
}

// statisticsOffice reports the name of a body that makes official
// figures: "Office for National Statistics", "Statistics Canada",
// "National Bureau of Statistics", "Census Bureau".
func statisticsOffice(name string) bool {
	for _, w := range strings.Fields(name) {
		switch w {
		case "Statistics", "Statistical", "Census":
			return true
		}
	}
	return false
}

// findingWorks are what a body found, released as they are: "released its
// findings Tuesday".
var findingWorks = wordSet("findingWorks")

// panelNouns after a work's noun make it a body's name ("advisory
// committee", "review panel"), with bodyNouns.
var panelNouns = wordSet("panelNouns")

// researchersAtBefore reports researchers and "at" or "from" before the
// list of bodies that ends at token k: "Researchers at MIT, New York
// University and the University of Toronto reported", where the verb is
// the researchers' and the bodies only where they work.
func (d *doc) researchersAtBefore(k int) bool {
	for j := k - 1; j > 0 && j >= k-16 && d.toks[j].sent == d.toks[k].sent; j-- {
		switch lw := d.low(j); {
		case lw == "at" || lw == "from":
			// (Not "analysts at Wells Fargo said in a report": a firm's
			// analysts write its notes.)
			w := d.low(j - 1)
			return researcherWords[w] && w != "analysts" && w != "economists" && d.toks[j-1].sent == d.toks[k].sent
		case d.toks[j].cap && d.toks[j].word, lw == "," || lw == "and" || lw == "the" || lw == "of" || lw == "for" || lw == "&":
		default:
			return false
		}
	}
	return false
}

// roleOfBefore reports a person's role, "of" or "at" right before token
// k: "Neil Saunders, the managing director of GlobalData, a data
// analytics company, said", where the verb is the person's, and the body
// only where the person works.
func (d *doc) roleOfBefore(k int) bool {
	if k < 2 || d.toks[k-2].sent != d.toks[k].sent {
		return false
	}
	if w := d.low(k - 1); w != "of" && w != "at" {
		return false
	}
	// "director of research at PriceWatch": the role a word or two back.
	for j := k - 2; j >= 0 && j >= k-4 && d.toks[j].sent == d.toks[k].sent && d.toks[j].word && !d.toks[j].cap; j-- {
		if lw := d.low(j); personRole(lw) || roleGrades[lw] || pluralRole(lw) {
			return true
		}
	}
	return false
}

// personBeforeComma reports a person named right before the comma at
// token k-1, or before a comma and the person's role in capitals:
// "Fergus Jimenez-England, Associate Economist National Institute of
// Economic and Social Research said", where the body is the person's,
// and the verb too.
func (d *doc) personBeforeComma(k int) bool {
	for j := k - 1; j > 0 && j >= k-4 && d.toks[j].cap && d.toks[j].word; j-- {
		if lw := d.low(j); !roleGrades[lw] && !personRole(lw) && !isTitleWord(lw) {
			break
		}
		if d.tok(j-1) == "," {
			k = j
			break
		}
	}
	if k < 2 || d.tok(k-1) != "," {
		return false
	}
	first := d.firstMention(k - 1)
	for x := first - 1; x >= 0 && x >= first-3; x-- {
		if m := d.mentions[x]; m.to == k-1 {
			return m.kind == "person" || m.actor >= 0 && d.actors[m.actor].Kind == "person"
		}
	}
	return false
}

// researchBody returns the token after a research body's name and any
// apposition, where its verb stands, or -1. The name says it ("Moody’s
// Analytics", "Capital Economics"), or the words that describe it,
// before it ("the forecasting company Accuweather") or after it in
// commas ("CSIS, a Washington-based think tank,").
func (d *doc) researchBody(m mention) int {
	t := d.toks
	if m.kind == "place" || m.actor >= 0 && d.actors[m.actor].Kind == "place" || m.to >= len(t) {
		return -1
	}
	last := strings.ToLower(trimPossessive(d.tok(m.to - 1)))
	if researchNames[last] && m.to-m.from > 1 {
		return m.to
	}
	if m.kind == "person" || m.actor >= 0 && d.actors[m.actor].Kind == "person" {
		return -1
	}
	if m.from > 1 && t[m.from-2].sent == t[m.from].sent && researchWork[d.low(m.from-2)] && researchHeads[d.low(m.from-1)] && !t[m.from-1].cap {
		return m.to
	}
	if d.tok(m.to) != "," || m.to+1 >= len(t) || d.low(m.to+1) != "a" && d.low(m.to+1) != "an" {
		return -1
	}
	described := false
	for j := m.to + 2; j < m.to+9 && j < len(t) && t[j].sent == t[m.from].sent; j++ {
		if d.tok(j) == "," {
			if described {
				return j + 1
			}
			return -1
		}
		described = described || researchHeads[d.low(j)] && researchWork[d.low(j-1)] || d.low(j) == "consultancy"
	}
	return -1
}

// researchNames end the name of a body of research or forecasting
// ("Moody’s Analytics", "Oxford Economics"); researchWork and
// researchHeads describe one ("think tank", "research firm").
var (
	researchNames = wordSet("researchNames")
	researchWork  = wordSet("researchWork")
	researchHeads = wordSet("researchHeads")
)

// resultNouns name a body's own results ("a loss", "record earnings").
var resultNouns = wordSet("resultNouns")

// ownResultAfter reports a body's own result named from token k, right
// after a finding verb: "Disney reported a loss", "reported record
// quarterly earnings". What the body found about others ("reported that
// sales fell", "reported household income fell") is cited: without an
// article or a possessive first, a verb after the noun makes it the
// subject of a finding.
func (d *doc) ownResultAfter(k int) bool {
	t := d.toks
	for j := k; j < k+4 && j < len(t) && t[j].sent == t[k-1].sent && t[j].word && !t[j].cap; j++ {
		if resultNouns[d.low(j)] {
			if lw := d.low(k); lw == "a" || lw == "an" || possessives[lw] {
				return true
			}
			n := j + 1
			return n >= len(t) || t[n].sent != t[j].sent || !t[n].word || t[n].cap ||
				prepositions[d.low(n)] || d.low(n) == "and"
		}
		if d.low(j) == "that" || prepositions[d.low(j)] {
			return false
		}
	}
	return false
}

// inReport reports "in" at token k and a research work after a
// determiner and up to two words: "in a June report", "in its annual
// survey". A statement or a letter is only how a body spoke.
func (d *doc) inReport(k int) bool {
	t := d.toks
	if k+2 >= len(t) || d.low(k) != "in" || t[k+1].sent != t[k].sent {
		return false
	}
	if lw := d.low(k + 1); lw != "a" && lw != "an" && lw != "the" && !possessives[lw] {
		return false
	}
	for j := k + 2; j < k+5 && j < len(t) && t[j].sent == t[k].sent && t[j].word; j++ {
		if reportWorks[d.low(j)] {
			return true
		}
	}
	return false
}

// reportOpens reports a sentence that opens with a research work and
// a comma before mention m: "In a report issued Tuesday, the GAO said".
func (d *doc) reportOpens(m mention) bool {
	t := d.toks
	st := d.tokenAt(d.sents[t[m.from].sent].Start)
	if st >= m.from || m.from-st > 12 || !d.inReport(st) {
		return false
	}
	for j := m.from - 1; j > st; j-- {
		if d.tok(j) == "," {
			return true
		}
	}
	return false
}

// reportWorks are the works of research a body speaks through.
var reportWorks = wordSet("reportWorks")

// revealingVerbs cite a finding only with a clause after them ("revealed
// that"); with an object they show a thing ("revealed the new model").
var revealingVerbs = wordSet("revealingVerbs")

// thatWithin reports "that" among the n tokens from k in the sentence of
// token k-1.
func (d *doc) thatWithin(k, n int) bool {
	return d.verbWithin(k, n, thatWord)
}

var thatWord = wordSet("thatWord")

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
	if m.to-m.from < 2 || m.to >= len(t) || t[m.to].sent != t[m.from].sent {
		return
	}
	if last := strings.ToLower(trimPossessive(d.tok(m.to - 1))); !workTitles[last] || d.insideQuote(m.start) {
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
	if end+1 < len(t) && t[end+1].sent == t[i].sent && talkNouns[d.low(end+1)] {
		return // "his annual Kernel Report session": a talk, no document
	}
	name := d.text[t[from].start:t[end].end]
	if isOutlet(name) {
		return
	}
	add(Source{Name: name, Kind: "document", Relation: "report", Start: t[from].start, End: t[end].end}, from)
}

// talkNouns after a work's name make it the name of a talk or a meeting.
var talkNouns = wordSet("talkNouns")

// workParticiples after a work's noun lead to its maker ("data published
// in 2018 by"), rulebookNouns name a body's written rules ("the policy
// manual of").
var (
	workParticiples = wordSet("workParticiples")
	rulebookNouns   = wordSet("rulebookNouns")
)

// workTitles end the titles of reports, surveys and indexes.
var workTitles = wordSet("workTitles")

// ownedName puts the owner named before an office in front of its name:
// "NASA’s Office of the Inspector General" is the NASA Office of the
// Inspector General, "South Dakota's Department of Social Services" the
// South Dakota Department of Social Services, "Texas’ Health and Human
// Services Commission" the Texas Health and Human Services Commission.
func (d *doc) ownedName(m mention, name string) string {
	first, _, _ := strings.Cut(name, " ")
	last := name[strings.LastIndexByte(name, ' ')+1:]
	if !officeNouns[strings.ToLower(first)] && !officeNouns[strings.ToLower(last)] || m.from < 1 {
		return name
	}
	t := d.toks
	k := m.from - 1
	owner := trimPossessive(d.tok(k))
	if w := d.tok(k); (w == "’" || w == "'") && k > 0 && t[k].start == t[k-1].end && strings.HasSuffix(d.tok(k-1), "s") {
		k-- // "Texas’ Health and Human Services Commission"
		owner = d.tok(k)
	} else if owner == d.tok(k) {
		return name
	}
	if !t[k].cap || t[k].sent != t[m.from].sent || notNames[strings.ToLower(owner)] {
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

// workOpeners come before a work named by its author ("a Gallup poll",
// "A survey by").
var workOpeners = wordSet("workOpeners")

// documentVerbs after a document cite it ("court records show").
var documentVerbs = wordSet("documentVerbs")

// bareDocuments name a document even without a word before them
// ("documents seen by", "records show").
var bareDocuments = wordSet("bareDocuments")

// documentWithin reports a document noun among the n words from token k.
func (d *doc) documentWithin(k, n int) bool {
	for j := k; j < k+n && j < len(d.toks) && d.toks[j].sent == d.toks[k-1].sent; j++ {
		if documentNouns[d.low(j)] {
			return true
		}
	}
	return false
}

// documentAdverbs may stand between a document and what it says.
var documentAdverbs = wordSet("documentAdverbs")

// documentBefore adds the document named right before token i ("as
// government documents leaked to the New York Times").
func (d *doc) documentBefore(i int, add func(Source, int)) {
	t := d.toks
	j := i - 1
	if s := i - 3; s >= 0 && t[s].sent == t[i].sent && !t[s].cap && messageNouns[d.low(s)] && d.low(s+1) == "to" && recipientNouns[d.low(j)] {
		// "An October 11 presentation to bondholders indicated"
		add(Source{Name: d.text[t[s].start:t[j].end], Kind: "document", Relation: "document", Start: t[s].start, End: t[j].end}, s)
		return
	}
	if j > 0 && t[j-1].sent == t[i].sent && (d.low(j) == "has" || d.low(j) == "have" || d.low(j) == "had") {
		j-- // "A post-mortem examination has revealed"
	}
	if j > 0 && t[j-1].sent == t[i].sent && documentAdverbs[d.low(j)] && documentNouns[d.low(j-1)] {
		j-- // "her death certificate later listed"
	}
	if j >= 0 && !documentNouns[d.low(j)] {
		j = d.documentSubjectBefore(i)
	}
	if j < 0 || !documentNouns[d.low(j)] || t[j].cap {
		return
	}
	s := j
	if s > 0 && t[s-1].word && t[s-1].sent == t[j].sent && !notNames[d.low(s-1)] && !prepositions[d.low(s-1)] && !citingWords[d.low(s-1)] &&
		(!t[s-1].cap || s-1 == 0 || t[s-2].sent != t[j].sent) {
		s--
		if !t[s].cap && s > 0 && t[s-1].word && t[s-1].sent == t[j].sent && (!t[s-1].cap || s-1 == 0 || t[s-2].sent != t[j].sent) {
			// "Body camera footage", "a search warrant affidavit": a
			// document named in three words, the first saying of what.
			if w := d.low(s - 1); recorderWords[w] || officialWorks[w] || documentModifiers[w] {
				s--
			}
		}
	}
	role := false
	if s < j && !t[s].cap {
		if w := d.low(s); trimPossessive(w) != w && personRoles[trimPossessive(w)] {
			// "the inspector general's report": the office that wrote it
			// names the document, in all its words.
			role = true
			for s > 0 && t[s-1].sent == t[j].sent && t[s-1].word && !t[s-1].cap && (personRoles[d.low(s-1)] || officeModifiers[d.low(s-1)]) {
				s--
			}
		}
	}
	// A bare "data" or "paper" names no particular document, and "a
	// small study" or "credible reports" no more.
	if s == j && !bareDocuments[d.low(j)] || unnamedWorks[d.low(j)] && !officialWorks[d.low(s)] && !role {
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

// citingWords cite what follows them and are no part of its name
// ("citing records obtained by", "quoting documents seen by").
var citingWords = wordSet("citingWords")

// documentSubjectBefore returns the document noun that is the subject of
// the verb at token i when a few words stand between them: a participle
// phrase ("The criminal complaint filed Wednesday also alleged", "a report
// issued this year showed") or the document's author ("a sworn affidavit
// from a Los Angeles arson investigator said"); or -1. Punctuation, a
// relative word or another verb between them ends the search.
func (d *doc) documentSubjectBefore(i int) int {
	t := d.toks
	for j := i - 1; j > 0 && j >= i-9 && t[j].sent == t[i].sent; j-- {
		if !t[j].word {
			return -1
		}
		lw := d.low(j)
		if relativeWords[lw] || lw == "that" || lw == "which" || speechVerb[lw] != "" {
			return -1
		}
		if t[j].cap || !documentNouns[lw] || j+1 >= i {
			continue
		}
		next := d.low(j + 1)
		if next == "from" || next == "by" || strings.HasSuffix(next, "ed") && !t[j+1].cap && j+2 < i {
			return j
		}
		return -1
	}
	return -1
}

// unnamedWorks name a work only together with its author or title: "a
// new study", "parliamentary reports", "a case report" cite nothing a
// reader could look up.
var unnamedWorks = wordSet("unnamedWorks")

// officialWorks before one of the unnamedWorks make it a document of
// record: "a police report", "the autopsy report".
var officialWorks = wordSet("officialWorks")

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
		if j+1 < len(t) && t[j+1].sent == sent && t[j+1].word && !t[j+1].cap && documentNouns[d.low(j+1)] && !documentNouns[d.low(j)+"s"] && d.low(j+1) != "data" {
			// "an autopsy report", "the audit findings": the first noun
			// says of what the document is, the second names it.
			j++
			lw = d.low(j)
		}
		name := d.text[t[start].start:t[j].end]
		if j == start && lw != "evidence" && !bareDocuments[lw] {
			return
		}
		// "evidence presented at trial": a participle phrase belongs to
		// the document's name when it closes the clause; so does the
		// recipient of a message ("a memo to employees").
		if messageNouns[lw] && j+2 < len(t) && t[j+2].sent == sent && d.low(j+1) == "to" && recipientNouns[d.low(j+2)] {
			name = d.text[t[start].start:t[j+2].end]
			j += 2
		} else if e := d.participleEnd(j + 1); e > j || d.ofPhraseEnd(j+1) > j {
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
	reach := k + 4
	for j := k; j < reach && j < len(d.toks) && d.toks[j].sent == d.toks[k-1].sent; j++ {
		lw := d.low(j)
		if lw == "in" {
			if e := d.dateIn(j + 1); e > 0 {
				// "a study in June in the Archives of Internal
				// Medicine": the first "in" gave the time.
				return e
			}
			return j
		}
		if lw == "(" {
			// "published today (Oct. 28) in": a date in brackets.
			e := j + 1
			for e < j+6 && e < len(d.toks) && d.toks[e].sent == d.toks[j].sent && d.tok(e) != ")" {
				e++
			}
			if e < len(d.toks) && d.tok(e) == ")" {
				reach += e - j
				j = e
				continue
			}
			return -1
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

// dateIn returns the "in" right after a month, a season or a year at
// token k ("in June in", "in 2019 in"), or -1.
func (d *doc) dateIn(k int) int {
	if k+1 >= len(d.toks) || d.toks[k+1].sent != d.toks[k-1].sent || d.low(k+1) != "in" {
		return -1
	}
	lw := d.low(k)
	_, month := monthNames[lw]
	_, season := seasons[lw]
	if month || season || len(lw) == 4 && lw[0] >= '1' && lw[0] <= '2' && isDigits(lw) {
		return k + 1
	}
	return -1
}

// issueOf returns the token after the "of" of an issue or edition named
// from token k ("the June 15 online edition of The Lancet", "the March
// issue of Pediatrics"), past any determiner; or k when none is named.
func (d *doc) issueOf(k int) int {
	for j := k; j < k+6 && j+1 < len(d.toks) && d.toks[j+1].sent == d.toks[k-1].sent && d.toks[j].word; j++ {
		if lw := d.low(j); (lw == "edition" || lw == "issue") && d.low(j+1) == "of" {
			return j + 2 + skipDet(d, j+2)
		}
		if d.toks[j].cap && j > k {
			break // "Nature's issue": a name came first
		}
	}
	return k
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

// journalOfEnd returns the last token of a journal's name that runs on
// past mention m with "of" and capitalised words ("Journal of
// Experimental Medicine", "Proceedings of the National Academy of
// Sciences", "American Journal of Cardiology"), or -1.
func (d *doc) journalOfEnd(m mention) int {
	t := d.toks
	if !journalWords[d.low(m.to-1)] || m.to+1 >= len(t) || d.low(m.to) != "of" {
		return -1
	}
	end := -1
	for j := m.to + 1; j < len(t) && j < m.to+10 && t[j].sent == t[m.from].sent; j++ {
		if t[j].cap && t[j].word {
			end = j
			continue
		}
		if !nameConnectors[d.low(j)] {
			break
		}
	}
	return end
}

// journalAfterIn reports a journal named right after the "in" at token i,
// where the words before it speak of research: "the results appear in
// the New England Journal of Medicine", "reported the findings Monday in
// JAMA Pediatrics", "is described in the Proceedings of the National
// Academy of Sciences". A journal is named in the news as the place a
// work came out; "a degree in Computer Science" or "a lab in the
// Department of Medicine" names no journal: a body's noun opens it, and
// no research is spoken of.
func (d *doc) journalAfterIn(i int) bool {
	k := i + 1 + skipDet(d, i+1)
	if k >= len(d.toks) || !d.toks[k].cap || d.toks[k].sent != d.toks[i].sent {
		return false
	}
	research := false
	for j := i - 1; j >= 0 && j >= i-8 && d.toks[j].sent == d.toks[i].sent; j-- {
		if researchCues[d.low(j)] {
			research = true
			break
		}
	}
	if !research {
		return false
	}
	if o, _, ok := d.knownOutletAt(k); ok {
		return o.Kind != "agency"
	}
	x := d.firstMention(k)
	if x >= len(d.mentions) || d.mentions[x].from != k {
		return false
	}
	m := d.mentions[x]
	if m.kind == "person" || m.kind == "place" {
		return false
	}
	ws := strings.Fields(strings.ToLower(m.name))
	if len(ws) == 0 || orgNouns[ws[0]] || officeNouns[ws[0]] {
		return false
	}
	for _, w := range ws {
		if w == "university" || w == "school" || w == "college" || w == "department" || w == "institute" || w == "hospital" {
			return false
		}
	}
	if _, ok := lookupOutlet(m.name); ok {
		return true
	}
	return journalWords[ws[0]] || journalWords[ws[len(ws)-1]]
}

// researchCues before "in" and a journal's name speak of the work it
// published ("the findings were reported in").
var researchCues = wordSet("researchCues")

// journalWords name journals ("Journal of …", "… Letters").
var journalWords = wordSet("journalWords")

// sentDocumentAt adds a document named from token k after "in a": a
// message to a body's own people ("an email to staff", "a letter to
// shareholders", "a company email"), a blog post or a joint statement.
// A bare letter, email or statement is only how its writer spoke, and a
// letter to one person ("a letter to the president") is theirs.
func (d *doc) sentDocumentAt(k int, add func(Source, int)) bool {
	t := d.toks
	if k+1 >= len(t) || t[k].sent != t[k-1].sent || t[k].cap || !t[k].word {
		return false
	}
	mod, head := d.low(k), d.low(k+1)
	if t[k+1].sent != t[k].sent || t[k+1].cap {
		return false
	}
	end := -1
	switch {
	case internalWords[mod] && messageNouns[head], mod == "blog" && (head == "post" || head == "entry"), mod == "joint" && jointWorks[head]:
		end = k + 1
	case messageNouns[mod] && head == "to" && k+2 < len(t) && t[k+2].sent == t[k].sent && recipientNouns[d.low(k+2)]:
		end = k + 2
	}
	if end < 0 {
		return false
	}
	name := d.text[t[k].start:t[end].end]
	if mod == "blog" {
		if w := d.writerBefore(k - 2); w != "" {
			// "Strava wrote in a blog post": a blog is its writer's, and
			// the post is cited by whose it is.
			name = w + "’s " + name
		}
	}
	add(Source{Name: name, Kind: "document", Relation: "document", Start: t[k].start, End: t[end].end}, k)
	return true
}

// writerBefore returns the name of who wrote or said what the "in" at
// token i brings: the person or body named right before the verb ("Strava
// wrote in"), or the person who opens the sentence, an apposition between
// ("David Wallinga, with the Natural Resources Defense Council, wrote
// in"). It returns "" when the verb has another subject or none named.
func (d *doc) writerBefore(i int) string {
	t := d.toks
	v := i - 1
	if v < 1 || t[v].sent != t[i].sent || t[v].cap || speechVerb[d.low(v)] == "" && d.low(v) != "posted" {
		return ""
	}
	open := d.sents[t[i].sent].Start
	first := sort.Search(len(d.mentions), func(k int) bool { return d.mentions[k].start >= open })
	if x := sort.Search(len(d.mentions), func(k int) bool { return d.mentions[k].from >= v-cueReach }); x > first {
		first = x // a name far back in a long sentence is no subject of the verb
	}
	for x := first; x < len(d.mentions) && d.mentions[x].to <= v; x++ {
		m := d.mentions[x]
		if m.actor < 0 {
			continue
		}
		kind := d.actors[m.actor].Kind
		if kind != "person" && kind != "organization" {
			continue
		}
		opens := m.start == open && kind == "person" && m.to < len(t) && d.tok(m.to) == ","
		if m.to == v || opens {
			return d.actors[m.actor].Name
		}
	}
	return ""
}

// messageNouns, internalWords, recipientNouns and jointWorks make the
// documents of sentDocumentAt.
var (
	messageNouns   = wordSet("messageNouns")
	internalWords  = wordSet("internalWords")
	recipientNouns = wordSet("recipientNouns")
	jointWorks     = wordSet("jointWorks")
)

// recordingAt adds a recording named from token k after a verb that makes
// it public: "released the body camera footage", "obtained surveillance
// video". A bare "video" may be anything a singer releases, so a word
// must say what recorded it.
func (d *doc) recordingAt(k int, add func(Source, int)) bool {
	t := d.toks
	for n := 0; n < 2 && k < len(t) && t[k].sent == t[k-1].sent && (d.low(k) == "the" || d.low(k) == "a" || d.low(k) == "new"); n++ {
		k++
	}
	for j := k + 1; j < k+4 && j < len(t) && t[j].sent == t[k-1].sent && t[j].word && !t[j].cap; j++ {
		if !t[j-1].word || t[j-1].cap || t[j-1].sent != t[j].sent {
			return false
		}
		if recordingNouns[d.low(j)] && recorderWords[d.low(j-1)] {
			add(Source{Name: d.text[t[k].start:t[j].end], Kind: "document", Relation: "document", Start: t[k].start, End: t[j].end}, k)
			return true
		}
	}
	return false
}

// recordingNouns name recordings an article draws on, recorderWords what
// made them ("body camera", "surveillance").
var (
	recordingNouns = wordSet("recordingNouns")
	recorderWords  = wordSet("recorderWords")
)
