package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Finding actors runs in stages, one file each:
//
//	actors_scan.go      runs of capitalised words (capRun)
//	actors_mentions.go  a run -> mentions, titles and demonyms peeled off (mentionsIn)
//	actors_classify.go  person, organisation, place or outlet (classifyName, personEvidence)
//	actors_cluster.go   mentions of one actor merged, with aliases (cluster)
//	actors_roles.go     a person's role and affiliation (roleOf)
//
// Each stage reads the tokens of the doc and the word lists of gazetteer.go;
// only cluster builds Actors.

// mention is one place an actor is named.
type mention struct {
	from, to    int // token range [from, to) of the name itself, titles excluded
	start, end  int // byte span of the name
	name        string
	kind        string // person, organization, place; "" while undecided
	title       string // title written before the name ("General")
	affiliation string
	role        string
	alias       string // nickname or acronym defined with this mention
	actor       int
}

// findActors finds the people, organisations and places the article names
// and merges the different ways it names each one.
func findActors(d *doc) []Actor {
	var ms []mention
	// A paragraph's tokens come together: its heading test runs once.
	headPara, heading := -1, false
	for i := 0; i < len(d.toks); {
		p := d.sents[d.toks[i].sent].Para
		if p != headPara {
			headPara, heading = p, d.isFurniture(p) && !d.sentenceCaseHeading(p)
		}
		if heading {
			// Headings, captions and related-story links name things in
			// title case; they propose no actors.
			i++
			continue
		}
		if d.isDateline(i) {
			i++
			continue
		}
		if e := d.titleInQuotes(i); e > i {
			// “Ask Dr. Mike”, “Less Money on Testing”: a show's, a song's
			// or a sign's words in title case, no names.
			i = e
			continue
		}
		if d.toks[i].cap && i > 0 && (!d.toks[i-1].cap || possessive(d.tok(i-1))) {
			// (A title opens after a lower-case word, a comma or an
			// owner's possessive.)
			if e := d.workTitleAt(i); e > i {
				i = e
				continue
			}
		}
		if start := d.lowerLongForm(i); start >= 0 {
			// "the Bank's monetary policy committee (MPC)": a body named
			// in lower case, its letters defined after it.
			m := d.newMention(start, i-1, "organization", "", "")
			m.name = capitalWords(m.name)
			m.alias = d.tok(i)
			ms = append(ms, m)
			i++
			continue
		}
		j := d.capRun(i)
		if j == i && i >= 2 && d.tok(i) == "office" && d.low(i-2) == "the" && !d.toks[i-1].cap && possessive(d.tok(i-1)) &&
			d.toks[i-2].sent == d.toks[i].sent && (addressedOffices[d.lowPossessive(i-1)] || officeHolders[d.lowPossessive(i-1)]) && !d.officeAsPost(i-2) {
			// "the premier’s office said", "the prosecutor's office": the
			// office a title's holder runs is a body, written in lower case.
			ms = append(ms, d.newMention(i-1, i+1, "organization", "", ""))
			i++
			continue
		}
		if j == i {
			// "al-Qaeda militants": a known body's name may open with a
			// lower-case particle.
			// (Most words have no hyphen after two to four letters; the
			// cheap test first.)
			if w := d.tok(i); len(w) > 4 && (w[2] == '-' || w[3] == '-' || w[4] == '-') && !d.toks[i].cap && nameParticle(w) {
				if _, ok := knownOrgs[d.low(i)]; ok {
					ms = append(ms, d.newMention(i, i+1, "organization", "", ""))
				}
			}
			i++
			continue
		}
		for k := i + 1; k < j; k++ {
			// "Mukherjee's The Lives of Others": the owner's name ends
			// where the work's title starts.
			if d.toks[k-1].cap && possessive(d.tok(k-1)) && d.workTitleAt(k) > k {
				j = k
				break
			}
		}
		if e := d.tickerAt(i); e > i {
			// "Goldman Sachs Group Inc GS.N": the stock's code names no
			// one.
			i = e
			continue
		}
		if i > 0 && d.toks[i-1].end == d.toks[i].start && strings.ContainsAny(d.tok(i-1), "/#@") {
			// "pic.twitter.com/MYwRz9euaq", "#TodayInSenatePlenary": a
			// link's code or a hashtag names nobody.
			i = j
			continue
		}
		if e, start := d.listNameEnd(i, j); e > j {
			// "Disney's Parks, Experiences and Products unit": the owner
			// before the list is a name of its own.
			if start > i {
				// ("Barbie Clarke of the Family, Kids and Youth research
				// group": the words joining the two names go.)
				owner := start
				for owner > i && !d.toks[owner-1].cap {
					owner--
				}
				ms = append(ms, d.mentionsIn(i, owner)...)
			} else if d.low(start) == "the" {
				start++
			}
			ms = append(ms, d.newMention(start, e, "organization", "", ""))
			i = e
			continue
		}
		if e := d.titleOfficeEnd(i, j); e > j {
			// "in the Prime Minister’s office": the office a title's
			// holder runs is a body.
			ms = append(ms, d.bodyMention(i, e))
			i = e
			continue
		}
		if pair := d.pairedDescriptors(i, j); pair != nil {
			ms = append(ms, pair...)
			i = pair[1].to
			continue
		}
		if e := d.descriptorEnd(i, j); e > j {
			ms = append(ms, d.bodyMention(i, e))
			i = e
			continue
		}
		ms = append(ms, d.mentionsIn(i, j)...)
		i = j
	}
	ms = campusNames(d, ms)
	personsBySurname(d, ms)
	orgsBeforeMembers(d, ms)
	kindsByContext(d, ms, newPersonWords(d, ms))
	// (The people kindsByContext names count from here on.)
	names := newPersonWords(d, ms)
	repeatedSubjects(d, ms, names)
	lonePeople(d, ms)
	placesByShape(d, ms)
	kindsByList(d, ms, names)
	productsOfOrgs(d, ms)
	d.mentions = ms
	return d.cluster()
}

// bodyMention is the organisation named by tokens [from, to), less
// the article a descriptor or an office opens with ("the French
// foreign ministry" is French foreign ministry).
func (d *doc) bodyMention(from, to int) mention {
	if openingArticle(d.low(from)) {
		from++
	}
	return d.newMention(from, to, "organization", "", "")
}

// titleOfficeEnd returns the end of "office" after a run [from, to) of
// titles ending in a possessive ("Prime Minister’s office", "the
// Governor's office"); else to.
func (d *doc) titleOfficeEnd(from, to int) int {
	t := d.toks
	if to >= len(t) || t[to].sent != t[from].sent || d.low(to) != "office" || !possessive(d.tok(to-1)) {
		return to
	}
	if d.low(from) == "the" {
		if d.officeAsPost(from) {
			return to
		}
		from++
	} else if from > 0 && t[from-1].sent == t[from].sent && d.low(from-1) == "the" && d.officeAsPost(from-1) {
		return to
	}
	if from >= to || !isTitleWord(strings.ToLower(trimPossessive(d.joinName(from, to)))) && !d.allTitles(from, to) {
		return to
	}
	return to + 1
}

// officeAsPost reports that "the <title>'s office" at token k ("the")
// names the post, not the staff who run it: after "into" ("sworn into
// the president's office"), after a run or a rise to it ("ran for the
// governor's office", "elected to the mayor's office") or after a verb
// of taking or leaving it ("assumed the premier's office").
func (d *doc) officeAsPost(k int) bool {
	t := d.toks
	if k < 1 || t[k-1].sent != t[k].sent {
		return false
	}
	switch w := d.low(k - 1); w {
	case "into":
		return true
	case "for", "to":
		if k < 2 || t[k-2].sent != t[k].sent {
			return false
		}
		if w == "for" {
			return officeRunWords[d.low(k-2)]
		}
		return officeRiseWords[d.low(k-2)]
	default:
		return officeTakeVerbs[w]
	}
}

// officeRunWords go before "for" the post one seeks ("ran for the
// governor's office"); officeRiseWords before "to" the post one gets
// ("elected to"); officeTakeVerbs before the post itself ("assumed the
// president's office").
var (
	officeRunWords  = wordSet("officeRunWords")
	officeRiseWords = wordSet("officeRiseWords")
	officeTakeVerbs = wordSet("officeTakeVerbs")
)

// lowerLongForm returns the first token of the words in lower case that
// an acronym at token i, in parentheses right after them, spells with
// their initials, when a body's head word ends them ("monetary policy
// committee (MPC)", "national drug advisory board (NDAB)"); else -1.
// Joining words may be left out of the letters ("board of trustees
// (BT)").
func (d *doc) lowerLongForm(i int) int {
	t := d.toks
	if i < 3 || i+1 >= len(t) || d.tok(i-1) != "(" || d.tok(i+1) != ")" || !t[i].cap || t[i-2].cap || !t[i-2].word {
		return -1
	}
	letters := d.tok(i)
	if len(letters) < 2 || len(letters) > 6 || letters != strings.ToUpper(letters) || !orgHeads[d.low(i-2)] || notAcronymOrgs[letters] {
		return -1
	}
	n := len(letters) - 1
	k := i - 2
	for ; k >= 0 && k > i-12 && t[k].sent == t[i].sent && t[k].word && !t[k].cap; k-- {
		w := d.low(k)
		if n >= 0 && w[0] == letters[n]+('a'-'A') {
			n--
			if n < 0 {
				// "a real estate investment trust (REIT)": after "a" a
				// company's legal form is defined, not one company.
				if k > 0 && t[k-1].sent == t[i].sent && kindDeterminers[d.low(k-1)] && legalFormHeads[d.low(i-2)] {
					return -1
				}
				return k
			}
			continue
		}
		if !nameConnectors[w] {
			return -1
		}
	}
	return -1
}

// kindDeterminers before a company's legal form in lower case make it a
// kind of company ("a limited partnership (LP)", "any health maintenance
// organization (HMO)"); a committee or a board after "a" may be one
// ("a joint border security commission (JBSC)").
var kindDeterminers = wordSet("kindDeterminers")

// legalFormHeads end the name of a company's legal or financial form.
var legalFormHeads = wordSet("legalFormHeads")

// capitalWords capitalises each word of a name written in lower case but
// its joining words ("monetary policy committee" -> "Monetary Policy
// Committee").
func capitalWords(name string) string {
	words := strings.Fields(name)
	for k, w := range words {
		if k > 0 && nameConnectors[w] {
			continue
		}
		words[k] = questionCase(w)
	}
	return strings.Join(words, " ")
}

// placeLeads before an unknown name make it a place: "near McAllen",
// "north of Sacramento", "outside Denver".
var placeLeads = wordSet("placeLeads")

// regionPreps locate something in a region named after them ("across
// KwaZulu-Natal province").
var regionPreps = wordSet("regionPreps")

// regionNouns name a part of a country after its name ("the Krasnodar
// region", "Helmand province").
var regionNouns = wordSet("regionNouns")

// placesByShape takes a name no list knows for a place when the article
// writes it as one: followed by a comma and a known state or country
// ("Nashville, Tennessee", "Doha, Qatar"), or after a word of direction
// or nearness ("near McAllen", "north of Sacramento").
func placesByShape(d *doc, ms []mention) {
	t := d.toks
	for i := range ms {
		m := &ms[i]
		// (An unknown name taken for a workplace, "at Mountain View, CA",
		// is a place too when a state or country follows it.)
		// "came from Cuba's Pinar del Rio", "in Mexico's Sinaloa": a name
		// a country owns after "from" or "in" is a place in it, whatever
		// its first word.
		if (m.kind == "" || m.kind == "person" && m.title == "") && i > 0 && ms[i-1].kind == "place" && ms[i-1].to == m.from &&
			possessive(d.tok(m.from-1)) && ms[i-1].from > 0 && t[ms[i-1].from-1].sent == t[m.from].sent &&
			(d.tok(ms[i-1].from-1) == "from" || d.tok(ms[i-1].from-1) == "in") {
			m.kind = "place"
			continue
		}
		// "CalEnergy acquired Des Moines, Iowa-based MidAmerican": a town,
		// a comma, then its state's or country's name made an owner word.
		if (m.kind == "" || m.kind == "person" && m.title == "") && m.to+1 < len(t) && t[m.to+1].sent == t[m.from].sent && d.tok(m.to) == "," && ownerSuffix(d.low(m.to+1)) && m.to-m.from <= 3 {
			lw := d.low(m.to + 1)
			if _, ok := places[lw[:strings.LastIndexByte(lw, '-')]]; ok {
				m.kind = "place"
				continue
			}
		}
		if m.kind != "" && !(m.kind == "organization" && !d.hasOrgHead(m.from, m.to) && !knownName(m.name)) || m.to-m.from > 3 {
			continue
		}
		// "over the Krasnodar region", "in the Tigray region": a name
		// before a lower-case word for a part of a country is a place.
		// ("across KwaZulu-Natal province", "in Zhejiang province": after
		// a preposition of place too.)
		if m.to < len(t) && t[m.to].sent == t[m.from].sent && regionNouns[d.tok(m.to)] && m.from > 0 && t[m.from-1].sent == t[m.from].sent &&
			(d.low(m.from-1) == "the" || regionPreps[d.low(m.from-1)]) {
			m.kind = "place"
			continue
		}
		// (Not "Sadly, Delhi pollution has": an adverb opening the
		// sentence.)
		if i+1 < len(ms) && m.to+1 == ms[i+1].from && d.tok(m.to) == "," && ms[i+1].kind == "place" && !d.openingAdverb(m) &&
			ms[i+1].to-ms[i+1].from <= 2 && (ms[i+1].to >= len(t) || !t[ms[i+1].to].word || !t[ms[i+1].to].cap) {
			m.kind = "place"
			continue
		}
		if m.kind != "" {
			continue
		}
		k := m.from - 1
		if k >= 0 && t[k].sent == t[m.from].sent && d.low(k) == "of" {
			k--
		}
		if k >= 0 && t[k].sent == t[m.from].sent && placeLeads[d.low(k)] && !t[k].cap {
			m.kind = "place"
		}
	}
}

// titleInQuotes returns the end of a quotation opening right before token
// i whose words are all capitalised but for short joining words, when it
// holds at least two; else i.
func (d *doc) titleInQuotes(i int) int {
	t := d.toks
	if i == 0 || !t[i].cap || !t[i].word || (d.tok(i-1) != "“" && d.tok(i-1) != `"`) || t[i-1].sent != t[i].sent {
		return i
	}
	words := 0
	for j := i; j < len(t) && j < i+12 && t[j].sent == t[i].sent; j++ {
		tok := d.tok(j)
		if tok == "”" || tok == `"` {
			if words >= 2 {
				return j
			}
			return i
		}
		if !t[j].word {
			continue
		}
		if !t[j].cap && !nameConnectors[tok] && !titleSmallWords[tok] {
			return i
		}
		words++
	}
	return i
}

// titleSmallWords stay in lower case inside a title ("More Money on
// Students", "Jesus Is Just Alright With Me").
var titleSmallWords = wordSet("titleSmallWords")

// campusNames joins a university's name to the place of its campus
// written after a comma or "at": "the University of California, San
// Diego" and "the University of Texas at Austin" are one university each,
// not a university and a city.
func campusNames(d *doc, ms []mention) []mention {
	out := ms[:0]
	for i := 0; i < len(ms); i++ {
		m := ms[i]
		if i+1 < len(ms) && m.kind == "organization" && strings.HasPrefix(m.name, "University of ") && m.alias == "" &&
			ms[i+1].from == m.to+1 && ms[i+1].to-ms[i+1].from <= 3 &&
			(ms[i+1].kind == "place" && d.tok(m.to) == "," || ms[i+1].kind != "organization" && d.tok(m.to) == "at" || d.campusAfterComma(m, ms[i+1])) {
			// (After "at" the campus's town may be one no list knows:
			// "at Austin".)
			m.name = m.name + d.text[m.end:ms[i+1].start] + ms[i+1].name
			m.to = ms[i+1].to
			m.end = ms[i+1].end
			i++
		}
		out = append(out, m)
	}
	return out
}

// listNameEnd returns the end of one organisation's name that lists words
// with commas and "and", and where that name starts, when the run of
// capitals [from, to) opens one: a single word after "the" or an owner,
// when a noun for a body or a part of one follows the list ("the Family, Kids and Youth research group",
// "Disney's Parks, Experiences and Products unit"). Else it returns to.
// The listed words are no known place, body, person or acronym: "the
// FBI, CIA and NSA" are three bodies.
func (d *doc) listNameEnd(from, to int) (int, int) {
	t := d.toks
	if to+3 >= len(t) || d.tok(to) != "," || t[to].sent != t[from].sent {
		return to, from
	}
	// "the Bureau of Alcohol, Tobacco, Firearms and Explosives", "the
	// Ministry of Culture, Sports and Tourism": a body's head word and
	// "of" open a list that ends on the last name after "and", of one
	// to three words.
	if to-from >= 3 && d.tok(to-2) == "of" && orgHeads[d.low(to-3)] {
		return d.bodyListEnd(from, to)
	}
	// How the name starts is checked before the list is read, so that
	// each word of a long list of capitals fails at once.
	start := to - 1
	switch {
	case start > from && possessive(d.tok(start-1)):
	case start > from+1 && d.tok(start-1) == "the" && d.tok(start-2) == "of":
	case start == from && from > 0 && t[from-1].sent == t[from].sent && (d.low(from-1) == "the" || possessive(d.tok(from-1))):
	case start == from+1 && d.low(from) == "the":
		start = from
	default:
		return to, from
	}
	if !d.listWord(to-1, from) {
		return to, from
	}
	k, n := d.listRun(to, from)
	if n == 0 || k+1 >= len(t) || d.tok(k) != "and" || !d.listWord(k+1, from) {
		return to, from
	}
	end := k + 2
	for e := end; e < end+2 && e < len(t) && t[e].sent == t[from].sent && t[e].word && !t[e].cap; e++ {
		if lw := d.low(e); orgNouns[lw] || orgLeads[lw] || orgHeads[lw] || unitNouns[lw] {
			return end, start
		}
	}
	return to, from
}

// bodyListEnd is listNameEnd for a list after a body's head word and "of"
// (the run [from, to) ends on the list's first word): the end of the
// name after the last listed name, else to.
func (d *doc) bodyListEnd(from, to int) (int, int) {
	t := d.toks
	if !d.listWord(to-1, from) {
		return to, from
	}
	k, n := d.listRun(to, from)
	if n < 2 || k+1 >= len(t) || d.tok(k) != "and" {
		return to, from
	}
	end := k + 1
	for end < len(t) && end < k+4 && t[end].sent == t[from].sent && t[end].word && t[end].cap && !isAcronym(d.tok(end)) && !d.givenAt(end) {
		end++
	}
	if end == k+1 || end < len(t) && t[end].sent == t[from].sent && t[end].word && t[end].cap {
		return to, from
	}
	if _, place := places[d.low(k+1)]; place || knownName(d.joinName(k+1, end)) {
		return to, from
	}
	return end, from
}

// listRun reads the listed words after the first one, which ends
// before token to: ", A, B" up to the list's "and" (or its serial
// comma). It returns the token there and how many words it passed.
func (d *doc) listRun(to, from int) (k, n int) {
	t := d.toks
	k = to
	for k+1 < len(t) && d.tok(k) == "," && d.listWord(k+1, from) {
		k += 2
		n++
	}
	if k+1 < len(t) && d.tok(k) == "," && d.tok(k+1) == "and" {
		k++
	}
	return k, n
}

// listWord reports a single capitalised word at token k, in the sentence
// of token s, that may stand in a list inside a body's name: no known
// place, body, people, given name or acronym.
func (d *doc) listWord(k, s int) bool {
	t := d.toks
	if k >= len(t) || !t[k].word || !t[k].cap || t[k].sent != t[s].sent || k+1 < len(t) && t[k+1].cap && t[k+1].word {
		return false
	}
	w := d.tok(k)
	lw := d.low(k)
	if isAcronym(w) || d.givenAt(k) || demonyms[lw] != "" || knownName(w) || possessive(w) {
		return false
	}
	_, place := places[lw]
	return !place
}

// unitNouns name a part of a body ("the Parks, Experiences and Products
// unit").
var unitNouns = wordSet("unitNouns")

// campusAfterComma reports one word, set off by commas after a state
// university's name and followed by lower case, that names its campus:
// "the University of California, Berkeley, has developed".
func (d *doc) campusAfterComma(m, c mention) bool {
	t := d.toks
	// (A list goes on after the second comma with a name or "and":
	// "the University of Texas, Harvard and Yale".)
	if d.tok(m.to) != "," || c.to-c.from != 1 || c.kind == "organization" || c.to+1 >= len(t) || d.tok(c.to) != "," ||
		t[c.to+1].sent != t[c.from].sent || !t[c.to+1].word || t[c.to+1].cap || d.tok(c.to+1) == "and" || d.tok(c.to+1) == "or" {
		return false
	}
	_, place := places[strings.ToLower(strings.TrimPrefix(m.name, "University of "))]
	return place
}

// openingAdverb reports a mention of one word opening its sentence that
// reads as an adverb ("Sadly", "Meanwhile") or that the article also
// writes in lower case.
func (d *doc) openingAdverb(m *mention) bool {
	if m.to-m.from != 1 || !d.sentenceOpenerBefore(m.from) {
		return false
	}
	lw := d.low(m.from)
	return strings.HasSuffix(lw, "ly") || d.writesLower(lw)
}

// sentenceCaseHeading reports a heading written as a sentence without its
// stop ("Tom Baker rejects new water plan"): the names in it are
// capitalised among words in lower case, as in prose, unlike a heading in
// title case ("Key Findings") or a caption's list of names.
func (d *doc) sentenceCaseHeading(para int) bool {
	p := d.paras[para-1]
	t := d.text[p.Start:p.End]
	if len(t) > 160 || strings.ContainsAny(t, ":|•") {
		return false
	}
	// Words of content in lower case, the last word among them: a long
	// name may hold half the words ("The National Council for Civil
	// Liberties rejects new water plan").
	if isProse(t, 5) {
		return true
	}
	fields := strings.Fields(t)
	if len(fields) < 5 {
		return false
	}
	content := 0
	for _, w := range fields {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) && !headingFunctionWords[w] {
			content++
		}
	}
	r, _ := utf8.DecodeRuneInString(fields[len(fields)-1])
	return content >= 3 && unicode.IsLower(r)
}

// headingFunctionWords stay in lower case in a heading in title case ("War
// of the Worlds").
var headingFunctionWords = wordSet("headingFunctionWords")
