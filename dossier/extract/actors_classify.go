// Stage 3 of finding actors: what kind of actor a name is, person,
// organisation, place or outlet, from the gazetteers, the name's own words
// and what stands around it.

package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// personsBySurname marks as people the undecided names of two or three
// words whose last word the article also uses alone ("Sheldon Richardson"
// … "Richardson said"): news refers to people, not organisations or
// places, by the last word of their name.
func personsBySurname(d *doc, ms []mention) {
	alone := map[string]bool{}
	for _, m := range ms {
		// Not "the Statehouse", "a Statehouse hallway": people go without
		// an article.
		if m.to-m.from == 1 && (m.kind == "" || m.kind == "person") &&
			!(m.from > 0 && d.toks[m.from-1].sent == d.toks[m.from].sent && (d.low(m.from-1) == "the" || d.low(m.from-1) == "a" || d.low(m.from-1) == "an")) {
			alone[fold(m.name)] = true
		}
	}
	// How often each undecided name of several words, and each acronym,
	// recurs.
	seen := map[string]int{}
	for _, m := range ms {
		if m.kind == "" && m.to-m.from >= 2 || m.to-m.from == 1 && isAcronym(m.name) {
			seen[fold(m.name)]++
		}
	}
	// One unknown word written in camel case, as brands are ("SpaceX",
	// "BamTech"), names an organisation unless it is a person's surname
	// here.
	surnames := map[string]bool{}
	for _, m := range ms {
		if m.kind == "person" && m.to-m.from >= 2 {
			surnames[fold(trimPossessive(d.tok(m.to-1)))] = true
		}
	}
	var brands map[string]bool
	for i := range ms {
		m := &ms[i]
		if m.kind == "" && m.to-m.from == 1 && camelCase(m.name) && !surnames[fold(m.name)] {
			m.kind = "organization"
		}
		if m.kind == "organization" && m.to-m.from == 1 && camelCase(m.name) {
			if brands == nil {
				brands = map[string]bool{}
			}
			brands[fold(m.name)] = true
		}
	}
	// "Live Nation is producing the tour … at LiveNation.com": the brand
	// written without its space says what the words are.
	for i := range ms {
		m := &ms[i]
		if brands != nil && d.kindOpen(m) && m.to-m.from >= 2 && m.to-m.from <= 3 && brands[strings.ReplaceAll(fold(m.name), " ", "")] {
			m.kind = "organization"
		}
	}
	// An acronym the gazetteers do not know, named once, with no definition
	// and no speech, is shouting or jargon ("VOTE", "EBITDA"), not an actor
	// (but "an agreement with JLL": a party to a deal; "ICAEW Chief
	// Economist": an employer before a role).
	for i := range ms {
		m := &ms[i]
		if m.kind == "organization" && m.to-m.from == 1 && isAcronym(m.name) && len(m.name) >= 2 &&
			seen[fold(m.name)] == 1 && m.alias == "" && !knownName(m.name) && !d.speaksNext(m.to) && !d.capitalRoleAt(m.to) &&
			!(m.from > 0 && d.toks[m.from-1].sent == d.toks[m.from].sent && (d.low(m.from-1) == "the" || ownerSuffix(d.low(m.from-1)) || dealPreps[d.low(m.from-1)])) {
			if _, ok := lookupOutlet(m.name); !ok {
				m.kind = ""
			}
		}
	}
	// "hypersensitivity pneumonitis, or HP", "(PPE)": letters that
	// abbreviate the lower-case words before them name a thing, not a
	// body.
	var jargon map[string]bool
	for _, m := range ms {
		if m.to-m.from == 1 && d.abbreviatesWords(m.from) && isAcronym(m.name) {
			if jargon == nil {
				jargon = map[string]bool{}
			}
			jargon[m.name] = true
		}
	}
	for i := range ms {
		if jargon[ms[i].name] && ms[i].kind == "organization" {
			ms[i].kind = ""
		}
	}
	// The full names of people, to know "Van Der Beek" for the end of
	// "James Van Der Beek".
	tails := map[string]bool{}
	for _, m := range ms {
		if m.kind == "person" && m.to-m.from >= 3 {
			if _, rest, ok := strings.Cut(fold(m.name), " "); ok {
				tails[rest] = true
			}
		}
	}
	for i := range ms {
		m := &ms[i]
		if m.kind != "" || m.to-m.from < 2 {
			continue
		}
		if tails[fold(m.name)] {
			m.kind = "person"
			continue
		}
		last := fold(trimPossessive(d.tok(m.to - 1)))
		switch {
		case m.to-m.from <= 3 && alone[last] && !orgHeads[last] && !isAcronym(d.tok(m.to-1)):
			m.kind = "person"
		case seen[fold(m.name)] >= 2 && d.personStart(m.from, m.to) < 0 && m.title == "":
			// A name of several words, none of them a given name, that
			// recurs unchanged names an organisation ("Big Machine").
			m.kind = "organization"
		}
	}
}

// camelCase reports a word with a capital after a lower-case letter, as
// brands are written ("SpaceX", "YouTube"), but not surnames ("McDonald",
// "MacArthur", "DeSantis", "LaGuardia", "DiMaggio", "VanDyke").
func camelCase(w string) bool {
	for _, p := range []string{"Mc", "Mac", "De", "La", "Le", "Di", "Du", "Van", "Von", "O'"} {
		if strings.HasPrefix(w, p) {
			return false
		}
	}
	prevLower := false
	for _, r := range w {
		if unicode.IsUpper(r) && prevLower {
			return true
		}
		prevLower = unicode.IsLower(r)
	}
	return false
}

func isAcronym(w string) bool {
	n := 0
	for _, r := range w {
		if r == '.' || r == '&' {
			continue
		}
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			if n > 0 && unicode.IsLower(r) && r != 'o' {
				return false
			}
		}
		n++
	}
	return n >= 2 && n <= 8 && unicode.IsUpper(firstRune(w))
}

// nameWords is a name and the number of its words, as classifyName takes
// them.
type nameWords struct {
	name  string
	words int
}

// classify is classifyName remembered for the article: a name is asked
// about at each of its mentions, often more than once, and each answer
// costs lower-cased and folded copies and several gazetteer lookups.
func (d *doc) classify(name string, words int) string {
	key := nameWords{name, words}
	if k, ok := d.kinds[key]; ok {
		return k
	}
	if d.kinds == nil {
		d.kinds = map[nameWords]string{}
	}
	k := classifyName(name, words)
	d.kinds[key] = k
	return k
}

// classifyName says what kind of actor a name is from the gazetteers and
// the name's own last word; "" when only the context can tell.
func classifyName(name string, words int) string {
	ln := strings.ToLower(name)
	if _, ok := places[ln]; ok {
		return "place"
	}
	if _, ok := knownOrgs[ln]; ok {
		return "organization"
	}
	// "Instagram", "Weibo": a social platform is the company that runs
	// it (but "X" alone is a letter more often than the platform).
	if _, ok := socialPlatforms[ln]; ok && len(ln) > 1 {
		return "organization"
	}
	if isOutlet(name) {
		return "outlet"
	}
	last := ln
	if i := strings.LastIndexByte(ln, ' '); i >= 0 {
		last = ln[i+1:]
	}
	// "Kansas City", "New York City", "Kuwait City": a state's or a
	// country's name before "City" names a city (a club is named after
	// a city: "Manchester City").
	if last == "city" && words > 1 {
		if nations[strings.TrimSuffix(ln, " city")] {
			return "place"
		}
	}
	if words > 1 && stationName(ln, last) {
		return "organization"
	}
	if orgHeads[last] && words > 1 {
		// "Sam Houston State University"; a lone "Police" or "Court" names
		// no particular body.
		return "organization"
	}
	// "Ernst & Young", "Chapter & Verse": an ampersand joins a firm's
	// name (or a product's, "Plug & Charge"), never a person's.
	if strings.Contains(ln, " & ") && !strings.Contains(ln, " of ") {
		return ""
	}
	// "Elk Grove Unified School District", "Tri-Valley Water District":
	// a district that a service names is the body that runs it.
	if last == "district" && words > 2 {
		rest := strings.TrimSuffix(ln, " district")
		prev := rest[strings.LastIndexByte(rest, ' ')+1:]
		if orgHeads[prev] || districtServices[prev] {
			return "organization"
		}
	}
	// "Fort Worth", "Inner Mongolia", "Seventh Street": a name shaped like
	// a place's, when no organisation's word ends it.
	// Not across a connector: "Argus Leader of Sioux Falls" is two names.
	if words > 1 && !strings.Contains(ln, " of ") && !strings.Contains(ln, " and ") {
		first, _, _ := strings.Cut(ln, " ")
		// A prefix only on a name of two words: "Los Angeles Lakers" is a
		// team.
		if placeSuffixes[last] || placePrefixes[first] && words == 2 {
			return "place"
		}
	}
	if words == 1 {
		if isAcronym(name) && !notAcronymOrgs[strings.ToUpper(name)] && !strings.ContainsAny(name, "0123456789") {
			return "organization"
		}
		return ""
	}
	// "Cleveland Browns", "New York Yankees": a known place and a plural
	// name a team; "FC Porto", "AC Milan": a club's letters.
	if sp := strings.LastIndexByte(ln, ' '); sp > 0 && len(last) > 3 && strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "ss") && !pluralOfBody(last) {
		if _, ok := places[ln[:sp]]; ok && firstRune(name[strings.LastIndexByte(name, ' ')+1:]) >= 'A' && firstRune(name[strings.LastIndexByte(name, ' ')+1:]) <= 'Z' {
			return "organization"
		}
	}
	if first, _, _ := strings.Cut(ln, " "); clubPrefixes[first] {
		return "organization"
	}
	return "person"
}

// districtServices name what a special district runs ("Water
// District", "Fire Protection District").
var districtServices = wordSet("districtServices")

// stationName reports the lower-cased name of a broadcaster's station:
// a number after "Radio" or "Channel" ("BBC Radio 4", "Channel 4 News",
// "BBC Radio 5 Live"), or an outlet's name and a number in words ("BBC
// One").
func stationName(ln, last string) bool {
	f := strings.Fields(ln)
	for i := 0; i+1 < len(f); i++ {
		if channelWords[f[i]] && channelNumber(f[i+1]) {
			return true
		}
	}
	switch last {
	case "one", "two", "three", "four":
		return len(f) == 2 && isOutlet(f[0])
	}
	return false
}

// placePrefixes open and placeSuffixes end the names of places.
var (
	placePrefixes = wordSet("placePrefixes")
	placeSuffixes = wordSet("placeSuffixes")
)

// speaksNext reports whether a speech verb follows token i ("Hicks said").
func (d *doc) speaksNext(i int) bool {
	if i < len(d.toks) && d.toks[i].word {
		_, ok := speechVerb[d.low(i)]
		return ok
	}
	return false
}

// isGivenName reports a given name, or a hyphenated one that starts with
// one ("Eva-Marie").
func isGivenName(w string) bool { return isGivenFolded(fold(w)) }

// isGivenFolded is isGivenName for a word already folded.
func isGivenFolded(f string) bool {
	if _, ok := nameGender[f]; ok || givenNames[f] {
		return true
	}
	if i := strings.IndexByte(f, '-'); i > 0 {
		return givenNames[f[:i]]
	}
	return false
}

// givenAt is isGivenName for token k, read from its cached lower case:
// most tokens are ASCII, and folding each one again cost a string per
// capitalised word.
func (d *doc) givenAt(k int) bool {
	if d.toks[k].lowered {
		return isGivenName(d.tok(k))
	}
	return isGivenFolded(d.low(k))
}

// personStart finds where a person's name starts in tokens [from, to): the
// first given name, else -1.
func (d *doc) personStart(from, to int) int {
	for k := from; k < to; k++ {
		if d.givenAt(k) {
			return k
		}
		// "J Edgar Hoover", "T Boone Pickens": an initial before a given
		// name opens the name.
		if k+2 < to && initialLetter(d.tok(k)) && d.givenAt(k+1) {
			return k
		}
	}
	return -1
}

// personEvidence reports a sign that a run of capitalised words [from, to)
// names a person: a given name first, a speech verb beside it ("said Martin
// Indyk", "Hicks told"), a role noun before it ("journalist Ken
// Klippenstein") or an appositive after it ("Eric Reeves, one of …",
// "Noel, 31,").
func (d *doc) personEvidence(from, to int) bool {
	t := d.toks
	// "Davis Cup Finals", "Penn State": a name ending in the word for an
	// event or an institution names no person, whatever its first word.
	if to-from >= 2 && notPersonTails[d.low(to-1)] {
		return false
	}
	if d.givenAt(from) || d.speaksNext(to) || d.subjectName(from, to) || d.nationalName(from, to) || d.foreignNameShape(from, to) {
		return true
	}
	// "the water hit knee-level in Kera O’Neil’s home", "to ease Bobby
	// Day’s mind": a possessive before a word of someone's life.
	if to < len(t) && t[to].sent == t[from].sent && t[to].word && !t[to].cap && possessive(d.tok(to-1)) &&
		(lifeNouns[d.low(to)] || familyNouns[d.low(to)]) && d.bareName(from, to) {
		return true
	}
	// "Soraida Morales’ three children", "Kera Dunmore's two sons": a
	// count of kin (the apostrophe may stand apart after an s).
	if k := to; k < len(t) && t[k].sent == t[from].sent && (possessive(d.tok(to-1)) || d.tok(k) == "’" || d.tok(k) == "'") {
		if !t[k].word {
			k++
		}
		if k+1 < len(t) && t[k+1].sent == t[from].sent && countNames[d.low(k)] && kinPlural(d.low(k+1)) && d.bareNameFrom(from, to, true) {
			return true
		}
	}
	if from > 0 && t[from-1].sent == t[from].sent && !t[from-1].cap {
		lw := d.low(from - 1)
		if personRole(lw) || speechVerb[lw] != "" && lw != "says" || to-from >= 2 && pluralRole(lw) {
			return true
		}
		// "Her lawyer, Pieter de Vries, said": a role set off by a comma;
		// "Taiwan’s incumbent president, Tsai Ing-wen of the Democratic
		// Progressive party".
		if lw == "," && from > 1 && t[from-2].sent == t[from].sent && t[from-2].word && !t[from-2].cap &&
			(personRole(d.low(from-2)) || familyNouns[d.low(from-2)]) && to < len(t) && (d.tok(to) == "," || d.tok(to) == "of" || d.speaksNext(to)) {
			return true
		}
	}
	if to+1 < len(t) && d.tok(to) == "," && t[to+1].sent == t[from].sent {
		// "Mara Okafor, one of the protesters, said": one of people
		// named by their role.
		if k := to + 4; k < len(t) && t[k].sent == t[from].sent && d.low(to+1) == "one" && d.low(to+2) == "of" && d.low(to+3) == "the" &&
			!t[k].cap && pluralRole(d.lowPossessive(k)) && d.personStart(from, to) < 0 && !d.hasOrgHead(from, to) {
			return true
		}
		for k := to + 1; k < to+5 && k < len(t) && t[k].sent == t[from].sent; k++ {
			lw := d.low(k)
			if k == to+1 && isNumber(lw) || k == to+2 && isNumber(lw) && (d.tok(k-1) == "both" || d.tok(k-1) == "aged" || d.tok(k-1) == "age") {
				return true
			}
			if !t[k].cap && (personRole(lw) || lw == "who") {
				return true
			}
			// "Lakshiwnder Singh, another deportee, said": the subject of
			// a speech verb after a short appositive ("a Malawian
			// national": a people's name may stand in it).
			// (Not "Tarn Velt, a Dutch firm, said": a body's noun.)
			if k > to+1 && d.tok(k) == "," && d.speaksNext(k+1) && d.personStart(from, to) < 0 && !d.hasOrgHead(from, to) && !orgLead(d.low(k-1)) && !orgNouns[d.low(k-1)] && !orgHeads[d.low(k-1)] {
				for j := to + 1; j < k; j++ {
					if t[j].cap && (demonyms[d.low(j)] == "" || j == to+1) {
						break
					}
					if j == k-1 {
						return true
					}
				}
			}
			// "Pankaj Pandey, Head of Research at ICICI Securities,"
			if k == to+1 && t[k].cap && isTitleWord(lw) && k+1 < len(t) && d.low(k+1) == "of" {
				return true
			}
			// "Suren Thiru, ICAEW Chief Economist, said", "Yael Selfin,
			// Chief Economist at KPMG said": a role written in capitals,
			// maybe after its employer's letters.
			if k == to+1 && d.capitalRoleAt(k) && !d.hasOrgHead(from, to) {
				return true
			}
			if d.tok(k) == "," {
				break
			}
		}
	}
	return false
}

// familyFirstNames and surnameEndings are the name shapes of cultures whose
// given names no list can hold.
var (
	familyFirstNames = wordSet("familyFirstNames")
	surnameEndings   = wordLists["surnameEndings"]
	irishParticles   = wordSet("irishParticles")
)

// foreignNameShape reports a run of capitalised words [from, to) shaped
// like a person's name of a culture whose given names no list can hold:
// a family name written first ("Xu Lijun", "Nguyen Thi Lan"), or two
// words the second of which ends as a surname of Eastern Europe or
// Central Asia ("Aigerim Zhakupova").
func (d *doc) foreignNameShape(from, to int) bool {
	n := to - from
	if n < 2 || n > 3 || d.hasOrgHead(from, to) {
		return false
	}
	for k := from; k < to; k++ {
		w := d.tok(k)
		if !d.toks[k].word || !d.toks[k].cap || len(w) < 2 || isAcronym(w) && !initialsDotted(w) {
			return false
		}
	}
	if familyFirstNames[d.low(from)] {
		return true
	}
	// "A.J. Thompson", "A. J. Reyes": a person's initials, then a surname
	// (not a place's letters: "D.C. United", "U.S. Army").
	if initialsDotted(d.tok(from)) {
		_, place := places[d.low(from)]
		return !place && d.low(from) != "d.c." && (n == 2 || initialsDotted(d.tok(from+1))) && len(d.tok(to-1)) >= 3
	}
	// "Seán Ó Ceallaigh", "Siobhán Ní Bhriain": an Irish surname's
	// particle in the middle.
	if n == 3 && irishParticles[d.low(from+1)] {
		return true
	}
	if n != 2 {
		return false
	}
	// "Cheng Tsz-Ho", "Wi Sung-lac": a short family name, then a given
	// name of two short syllables joined by a hyphen, as Cantonese and
	// Korean names are romanised.
	if f := d.tok(from); len(f) >= 2 && len(f) <= 5 && syllablePair(trimPossessive(d.tok(from+1))) && !isAcronym(f) && !d.writesLower(d.low(from)) &&
		!knownName(f) && !isTitleWord(d.low(from)) {
		return true
	}
	last := d.lowPossessive(to - 1)
	if _, ok := places[last]; ok {
		return false
	}
	if len(last) < 6 {
		return false
	}
	for _, e := range surnameEndings {
		if strings.HasSuffix(last, e) {
			return true
		}
	}
	return false
}

// syllablePair reports a word of two syllables of two to four letters
// joined by a hyphen, the first capitalised and the word not in
// capitals ("Tsz-Ho", "Sung-lac", "Wai-yin"). A second syllable of four
// letters in capitals is a compound's word, not a syllable ("Coca-Cola",
// "Wal-Mart"), and an Arabic article opens a place's, a feast's or a
// family's name ("Al-Adha", "El-Arish"), not a given name.
func syllablePair(w string) bool {
	a, b, ok := strings.Cut(w, "-")
	if !ok || len(a) < 2 || len(a) > 4 || len(b) < 2 || len(b) > 4 || a[0] < 'A' || a[0] > 'Z' {
		return false
	}
	if len(b) == 4 && b[0] >= 'A' && b[0] <= 'Z' || arabicArticles[a] {
		return false
	}
	for _, p := range []string{a[1:], b[1:]} {
		for i := 0; i < len(p); i++ {
			if p[i] < 'a' || p[i] > 'z' {
				return false
			}
		}
	}
	return !commonHyphenWords[strings.ToLower(w)]
}

// commonHyphenWords are words of two short syllables that name things,
// not people ("Wi-Fi", "Sci-Fi").
var commonHyphenWords = wordSet("commonHyphenWords")

// arabicArticles are the romanised forms of the Arabic article that
// open a name joined by a hyphen.
var arabicArticles = wordSet("arabicArticles")

// initialsDotted reports one to three capital letters each followed by a
// period ("A.", "A.J.", "J.R.R.").
func initialsDotted(w string) bool { return len(w)%2 == 0 && isInitials(w) }

// capitalRoleAt reports an appositive at token k that is a person's role
// written with capitals, as press releases and business news write them:
// up to four capitalised words ending in a role noun or a title, the
// first of which may be an employer's letters ("ICAEW Chief Economist",
// "Senior Analyst"), then a comma, "at", "of", "for" or a speech verb.
func (d *doc) capitalRoleAt(k int) bool {
	t := d.toks
	e := k
	for e < len(t) && e < k+4 && t[e].sent == t[k].sent && t[e].word && t[e].cap {
		lw := d.low(e)
		if personRole(lw) || isTitleWord(lw) {
			e++
			break
		}
		if !roleGrades[lw] && !(e == k && isAcronym(d.tok(e))) {
			return false
		}
		e++
	}
	if e == k || e >= len(t) || t[e].sent != t[k].sent {
		return false
	}
	if last := d.low(e - 1); !personRole(last) && !isTitleWord(last) {
		return false
	}
	// ("Associate Economist National Institute of …": the employer
	// written on without a comma.)
	switch d.low(e) {
	case ",", "at", "of", "for":
		return true
	}
	return t[e].cap && t[e].word || d.speaksNext(e)
}

// roleGrades rank a role written in capitals ("Senior Analyst",
// "Associate Economist", "Chief Economist"); an honorific is none ("Mr.
// Farmer", "Dr Cook": a surname that is also a trade).
var roleGrades = wordSet("roleGrades")

// subjectName reports a name of two or three words shaped like a
// person's (bareName) that is the subject of a finite verb ("Kentavious
// Caldwell-Pope drilled a 3-pointer", "Charli D'Amelio has revealed").
func (d *doc) subjectName(from, to int) bool {
	t := d.toks
	if to >= len(t) || t[to].sent != t[from].sent || !t[to].word || t[to].cap || t[to].start == t[to-1].end {
		return false
	}
	v := to
	// "Aliya Lyons only knew": an adverb between the subject and its verb.
	if subjectAdverbs[d.low(v)] && v+1 < len(t) && t[v+1].sent == t[v].sent && t[v+1].word && !t[v+1].cap {
		v++
	}
	if lv := d.low(v); !finiteVerb(lv) && !irregularPast[lv] {
		return false
	}
	// "the town of Kafr Da'el was hit", "the road to Daret Ezza
	// received": after a preposition or an article the name is no
	// subject.
	if from > 0 && t[from-1].sent == t[from].sent && t[from-1].word {
		if lw := d.low(from - 1); prepositions[lw] && !t[from-1].cap || lw == "the" || lw == "a" || lw == "an" {
			return false
		}
	}
	// "Grand Central was evacuated", "By noon Capitol Hill was buzzing":
	// a landmark's noun at the end names a place, which is the subject of
	// verbs too.
	if landmarkHeads[d.lowPossessive(to-1)] {
		return false
	}
	// "Wolf Hall is shortlisted": a verb that takes "by" reads the name
	// as a thing acted on.
	if v+1 < len(t) && d.low(v+1) == "by" {
		return false
	}
	// "Aliya Lyons only knew to take shelter": two words opening the
	// sentence, neither a word the article writes in lower case nor one
	// that opens sentences, are a name too.
	// (An auxiliary after them is not enough: "Mission Control had to
	// choose".)
	if to-from == 2 && d.sentenceOpenerBefore(from) && !d.nameNotOpener(from) {
		lw := d.low(from)
		if singularAuxiliaries[d.low(v)] {
			return false
		}
		// (Not "Thought I did my part": a verb and the speaker's "I".)
		if notNames[lw] || sentenceOpeners[lw] || isTitleWord(lw) || isRoleNoun(lw) || strings.HasSuffix(lw, "ly") ||
			finiteVerb(lw) || irregularPast[lw] || d.tok(from+1) == "I" {
			return false
		}
		return d.bareNameFrom(from, to, true)
	}
	return d.bareName(from, to)
}

// lifeNouns are a person's own, after a possessive ("Kera O’Neil’s
// home").
var lifeNouns = wordSet("lifeNouns")

// landmarkHeads end the names of landmarks and sites ("Capitol Hill",
// "Grand Central", "Pearl Harbor"): no person's name the subject of a
// verb alone shows.
var landmarkHeads = wordSet("landmarkHeads")

// nationalName reports a name of two or three words shaped like a
// person's (bareName) followed by "of" and a country or a state
// ("defeated Raven Klaasen of South Africa"): how news places an athlete
// or a delegate; a body with "of" in its name is one run with the place.
func (d *doc) nationalName(from, to int) bool {
	t := d.toks
	if to+1 >= len(t) || d.tok(to) != "of" || t[to+1].sent != t[from].sent || !t[to+1].cap {
		return false
	}
	e := to + 1
	if _, ok := places[d.low(e)]; !ok {
		if e+1 >= len(t) || !t[e+1].cap {
			return false
		}
		if _, ok := places[strings.ToLower(d.joinName(e, e+2))]; !ok {
			return false
		}
		e++
	}
	// ("Bank of America Merrill": the place goes on into a name.)
	return (e+1 >= len(t) || !t[e+1].cap || !t[e+1].word) && !territoryNouns[d.low(to-1)] && d.bareName(from, to)
}

// territoryNouns end the part before "of" of a place's name.
var territoryNouns = wordSet("territoryNouns")

// bareName reports a name of two or three words that nothing but its
// shape makes a person's: written where no sentence starts (or
// capitalised there too), with no word the article also writes in lower
// case ("Black Death"), none a place's or a people's ("Southern
// California", "South Dakotans"), and not ending in a group's noun
// ("House Republicans").
func (d *doc) bareName(from, to int) bool { return d.bareNameFrom(from, to, false) }

// bareNameFrom is bareName; opener says a word opening the sentence
// needs no other capitalised use.
func (d *doc) bareNameFrom(from, to int, opener bool) bool {
	t := d.toks
	if to-from < 2 || to-from > 3 || !opener && !d.nameNotOpener(from) || placePrefixes[d.low(from)] {
		return false
	}
	if p := d.personStart(from, to); p > from && to-p >= 2 {
		// "Superintendent Jennifer McCormick": a role, then a given name
		// and a surname, is read by the rules for roles before names.
		return false
	}
	if last := d.lowPossessive(to - 1); partyMembers[strings.TrimSuffix(last, "s")] || isRoleNoun(last) {
		return false
	}
	for k := from; k < to; k++ {
		lw := d.low(k)
		if !t[k].word || d.writesLower(lw) || nameConnectors[d.tok(k)] || demonyms[strings.TrimSuffix(lw, "s")] != "" {
			return false
		}
		if _, ok := places[lw]; ok {
			return false
		}
	}
	// "South Dakotans": the people of a place.
	if ln := strings.ToLower(d.joinName(from, to)); strings.HasSuffix(ln, "ns") {
		if _, ok := places[ln[:len(ln)-2]]; ok {
			return false
		}
	}
	return true
}

// finiteVerb reports a verb a person's name can be the subject of: an
// auxiliary of the singular, or a regular past tense ("drilled",
// "missed").
func finiteVerb(lw string) bool {
	if singularAuxiliaries[lw] {
		return true
	}
	return len(lw) >= 5 && strings.HasSuffix(lw, "ed") && !strings.ContainsAny(lw, "-'’")
}

// singularAuxiliaries are the auxiliaries a subject in the singular
// takes ("Tesco is", "Lorenz was").
var singularAuxiliaries = wordSet("singularAuxiliaries")

// irregularPast are verbs in the past without -ed, and subjectAdverbs the
// adverbs that may stand between a subject and its verb.
var (
	irregularPast  = wordSet("irregularPast")
	subjectAdverbs = wordSet("subjectAdverbs")
)

func isNumber(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// possessiveNames stand in the possessive inside one name ("Westminster
// Magistrate’s Court", "Children’s Hospital", "People’s Daily").
var possessiveNames = wordSet("possessiveNames")

// isRoleNoun reports a capitalised common noun for people ("Prosecutors
// told reporters"), which names nobody.
func isRoleNoun(w string) bool {
	lw := strings.ToLower(w)
	if personRoles[lw] || groupNouns[lw] {
		return true
	}
	return strings.HasSuffix(lw, "s") && personRoles[strings.TrimSuffix(lw, "s")]
}

// groupNouns are plural nouns for people that speak as a group.
var groupNouns = wordSet("groupNouns")

// orgNouns after a one-word name make it an organisation's.
var orgNouns = wordSet("orgNouns")

// memberRole reports a role held in an organisation ("founder",
// "co-founder", "editor-in-chief", "spokesperson").
func memberRole(w string) bool {
	lw := strings.ToLower(w)
	lw = strings.TrimPrefix(lw, "co-")
	if i := strings.IndexByte(lw, '-'); i > 0 {
		lw = lw[:i]
	}
	switch lw {
	case "founder", "editor", "spokesperson", "spokesman", "spokeswoman", "ceo", "chief", "chairman",
		"chairwoman", "president", "director", "executive", "employee", "employees", "leader", "leaders",
		"member", "members", "lawyer", "lawyers", "official", "officials", "boss", "owner", "chair":
		return true
	}
	return false
}

// notAcronymOrgs are capitalised abbreviations that name no organisation:
// degrees, units, technical terms.
var notAcronymOrgs = wordSet("notAcronymOrgs")

// facilityNouns after a name make it a place's or institution's name
// ("Walter Reed hospital", "Belmarsh prison").
var facilityNouns = wordSet("facilityNouns")

// orgLeads are the lower-case nouns that introduce an organisation's
// name right after them ("beauty company Coty", "Minecraft developer
// Mojang", "the ad agency Broadhead Co.").
var orgLeads = wordSet("orgLeads")

// kindsByContext decides undecided names from the words around them: an
// organisation's noun right before ("company Coty", "companies
// Astrobotic"), or an appositive that says what the name is ("Kosmos, a
// group co-founded by …").
func kindsByContext(d *doc, ms []mention, names *personWords) {
	t := d.toks
	var told map[string]bool
	for i := range ms {
		m := &ms[i]
		if m.kind != "" {
			continue
		}
		// "Swansea have a game in hand", "Liverpool have signed": one
		// word in the singular with a verb in the plural is a team or a
		// company, as British news writes them.
		if m.to-m.from == 1 && d.collectiveSubject(m.from) && !names.has(d.tok(m.from)) {
			m.kind = "organization"
			continue
		}
		// "figures from Nielsen", "a study by Pearson": one word that
		// makes a report or data is a body (a person's surname here
		// stays a person's).
		if m.to-m.from == 1 && d.makerOfData(m.from) && !names.has(d.tok(m.from)) {
			m.kind = "organization"
			continue
		}
		// "signing from Genk", "on loan at Lille", "the sale of the unit
		// to Brookfield": the other party to a transfer or a sale.
		if m.to-m.from <= 2 && d.dealPartyAt(m.from) && !(m.to-m.from == 1 && names.has(d.tok(m.from))) {
			m.kind = "organization"
			continue
		}
		// "according to Edmunds.com": a name written as its site's
		// address is the company that runs the site (but one that is
		// "told" things is a newsroom, the story's own or another's).
		if _, _, ok := d.domainAt(m.to - 1); ok && m.to-m.from == 1 && (m.from == 0 || t[m.from-1].end != t[m.from].start) {
			if told == nil {
				told = map[string]bool{}
				for _, o := range ms {
					if o.from > 0 && d.low(o.from-1) == "told" {
						told[o.name] = true
					}
				}
			}
			if !told[m.name] {
				m.kind = "organization"
			}
			continue
		}
		// (But "one neo-bank CEO": a title after the noun is a member.)
		if k := m.from - 1; k > 0 && t[k].sent == t[m.from].sent && t[k].word && !t[k].cap && orgLead(d.low(k)) &&
			d.personStart(m.from, m.to) < 0 && !isTitleWord(d.low(m.from)) && !notAcronymOrgs[m.name] && !isRoleNoun(m.name) {
			// "developer Mojang" is a company; after a noun for both,
			// a name of several words ("developer Ammar Askar", "developer
			// Tequila Works") is left to other signs.
			if !personRoles[d.low(k)] || m.to-m.from == 1 {
				m.kind = "organization"
			}
			continue
		}
		// "toppled Yingluck's brother Thaksin", "his wife Ana": a name
		// right after a word of kin is a relative's.
		if k := m.from - 1; k > 0 && t[k].sent == t[m.from].sent && t[k].word && !t[k].cap && familyNouns[d.low(k)] &&
			!d.hasOrgHead(m.from, m.to) {
			m.kind = "person"
			continue
		}
		// "shouted Manuel, 17,", "said Azar, a voter": a lone name after
		// a speech verb, with an age or a person's noun set off after it.
		if m.to-m.from == 1 && m.from > 0 && t[m.from-1].sent == t[m.from].sent && !t[m.from-1].cap &&
			speechVerb[d.low(m.from-1)] != "" && d.ageOrRoleAfter(m.to) {
			m.kind = "person"
			continue
		}
		// "Sainsbury's CEO Mike Coupe", "Tesco's chief executive": the
		// owner of a company's head is the company.
		if m.to-m.from == 1 && m.to+1 < len(t) && t[m.to].sent == t[m.from].sent && possessive(d.tok(m.from)) && companyHead(d.low(m.to), d.low(m.to+1)) {
			m.kind = "organization"
			continue
		}
		// "Strauss Zelnick, CEO of Take-Two": the body a member's role
		// is of.
		// (But "Vice President of Sales", "vice president of Advanced
		// Development Programs at Blue Origin": a company's department;
		// and "members of Trump's administration": the owner of what
		// follows.)
		if k := m.from - 1; k > 1 && t[k].sent == t[m.from].sent && d.low(k) == "of" && t[k-1].word && memberRole(d.low(k-1)) &&
			!possessive(d.tok(m.to-1)) &&
			d.personStart(m.from, m.to) < 0 && !isTitleWord(d.low(m.from)) && !(m.to-m.from == 1 && businessFunctions[d.low(m.from)]) &&
			!(m.to+1 < len(t) && t[m.to].sent == t[m.from].sent && (d.low(m.to) == "at" || d.low(m.to) == "for") && t[m.to+1].cap) {
			m.kind = "organization"
			continue
		}
		// "The startup, Nuvia, was founded by …": the noun set off before.
		if k := m.from - 1; k > 1 && d.tok(k) == "," && t[k-1].sent == t[m.from].sent && t[k-1].word && !t[k-1].cap &&
			orgLeads[d.low(k-1)] && !personRoles[d.low(k-1)] && (d.low(k-2) == "the" || d.low(k-2) == "a" || d.low(k-2) == "its") &&
			m.to < len(t) && d.tok(m.to) == "," && d.personStart(m.from, m.to) < 0 {
			m.kind = "organization"
			continue
		}
		// "The mayor of Surabaya, Tri Rismaharini, comforted …", "its
		// new chairman, Ana Ruiz, said": a name set off by commas right
		// after a person's role is the person's.
		if m.to-m.from >= 2 && m.from > 2 && m.to < len(t) && d.tok(m.from-1) == "," && d.tok(m.to) == "," && !d.hasOrgHead(m.from, m.to) {
			k := m.from - 2
			for k > 0 && k > m.from-6 && t[k].word && t[k].cap && t[k].sent == t[m.from].sent {
				k--
			}
			if k < m.from-2 && d.low(k) == "of" {
				k--
			}
			if k >= 0 && (k == m.from-2 || d.low(k+1) == "of") && t[k].word && !t[k].cap && t[k].sent == t[m.from].sent {
				if lw := d.low(k); personRole(lw) && !pluralWord(lw) || isTitleWord(lw) {
					m.kind = "person"
					continue
				}
			}
		}
		if k := m.to; k+2 < len(t) && d.tok(k) == "," && t[k+1].sent == t[m.from].sent && (d.low(k+1) == "a" || d.low(k+1) == "an" || d.low(k+1) == "the") {
			// Up to three adjectives, then the noun: "a recently formed
			// group", "a California-based automobile data firm".
			// (A place's possessive may open it: "Tesco, the UK's
			// biggest supermarket".)
			for j := k + 2; j < k+6 && j < len(t) && t[j].sent == t[m.from].sent && t[j].word && (!t[j].cap || ownerSuffix(d.low(j)) || j == k+2 && possessive(d.tok(j))); j++ {
				lw := d.low(j)
				if orgLeads[lw] || orgNouns[lw] {
					m.kind = "organization"
					break
				}
				if personRoles[lw] || familyNouns[lw] {
					if m.to-m.from >= 2 {
						m.kind = "person"
					}
					break
				}
			}
		}
	}
}

// collectiveSubject reports a word no list knows at token k, in the
// singular, that is the subject of a verb in the plural ("Swansea have",
// "Burnley were"): a person or a place takes the singular.
func (d *doc) collectiveSubject(k int) bool {
	t := d.toks
	if k+1 >= len(t) || t[k+1].sent != t[k].sent || !t[k+1].word || t[k+1].cap {
		return false
	}
	switch d.low(k + 1) {
	case "have", "are", "were":
	default:
		return false
	}
	w := d.tok(k)
	lw := d.low(k)
	// (The word is capitalised where no sentence starts too: "People
	// are" opens sentences only.)
	if strings.HasSuffix(lw, "s") || isAcronym(w) || possessive(w) || d.writesLower(lw) || !d.nameNotOpener(k) {
		return false
	}
	// A subject opens its clause: "off Earth are", "not named Biden
	// have" are objects, and "Johnson and Corbyn are" two people.
	if k > 0 && t[k-1].sent == t[k].sent && t[k-1].word && !t[k-1].cap && !clauseJoiners[d.low(k-1)] {
		return false
	}
	// "if Patel were to resign", "as if Burnley were", "I wish Ana
	// were": the subjunctive takes "were" in the singular too.
	if d.low(k+1) == "were" && k > 0 && t[k-1].sent == t[k].sent && subjunctiveLeads[d.low(k-1)] {
		return false
	}
	return true
}

// subjunctiveLeads open a clause whose verb is in the subjunctive, where
// "were" follows a subject in the singular.
var subjunctiveLeads = wordSet("subjunctiveLeads")

// clauseJoiners open a clause whose subject may follow them.
var clauseJoiners = wordSet("clauseJoiners")

// dataNouns are what a body publishes from its counts ("figures from
// Nielsen"), as reportWorks are its writings.
var dataNouns = wordSet("dataNouns")

// makerOfData reports a name at token k right after a report's or data's
// noun and "from" or "by" ("figures from Nielsen", "a survey by Ipsos").
func (d *doc) makerOfData(k int) bool {
	t := d.toks
	// ("a report by E! News": a letter is no body's name.)
	if k < 2 || t[k-2].sent != t[k].sent || d.low(k-1) != "from" && d.low(k-1) != "by" || !t[k-2].word || t[k-2].cap || t[k].end-t[k].start < 3 {
		return false
	}
	lw := d.low(k - 2)
	return dataNouns[lw] || reportWorks[lw] || strings.HasSuffix(lw, "s") && reportWorks[lw[:len(lw)-1]]
}

// personWords holds the words of the names of people named in full (two
// words or more) among a document's mentions: one such word alone is
// that person's ("Kowalczyk" beside "Marek Kowalczyk", "Lula" beside
// "Luiz Inácio Lula da Silva"), not a body's. It is built when a word
// first needs it, once, so that asking is constant time.
type personWords struct {
	d   *doc
	ms  []mention
	set map[string]bool
}

func newPersonWords(d *doc, ms []mention) *personWords { return &personWords{d: d, ms: ms} }

// has reports whether word w is a word of a person's name here.
func (p *personWords) has(w string) bool {
	if p.set == nil {
		p.set = map[string]bool{}
		for _, m := range p.ms {
			if m.kind != "person" || m.to-m.from < 2 {
				continue
			}
			for k := m.from; k < m.to; k++ {
				if p.d.toks[k].word && p.d.toks[k].cap {
					p.set[fold(trimPossessive(p.d.tok(k)))] = true
				}
			}
		}
	}
	return p.set[fold(trimPossessive(w))]
}

// dealWords name a transfer or a sale, whose other party a name after
// "from", "to", "at" or "with" is.
var dealWords = wordSet("dealWords")

// dealPartyAt reports a name at token k after "from", "to", "at" or
// "with", in a clause that names a transfer or a sale a few words before
// ("after signing from Genk", "on loan at Lille").
func (d *doc) dealPartyAt(k int) bool {
	t := d.toks
	if k < 2 || t[k-1].sent != t[k].sent {
		return false
	}
	switch d.low(k - 1) {
	case "from", "to", "at", "with":
	default:
		return false
	}
	for j := k - 2; j >= 0 && j >= k-6 && t[j].sent == t[k].sent; j-- {
		if !t[j].word {
			if d.tok(j) == "," || d.tok(j) == ";" {
				return false
			}
			continue
		}
		if dealWords[d.low(j)] {
			return true
		}
	}
	return false
}

// repeatedSubjects makes an organisation of one word no list knows that
// the article uses as the subject of a finite verb at least twice,
// opening a sentence, a quotation or a clause ("Tesco is to hire …",
// "“Tesco has always been there …”"): a name, though it stands only
// where any word is capitalised. A person is named in full once, so one
// word that is no part of a person's name here is a body's.
func repeatedSubjects(d *doc, ms []mention, names *personWords) {
	t := d.toks
	var count map[string]int
	for i := range ms {
		m := &ms[i]
		if m.kind != "" || m.to-m.from != 1 || m.to >= len(t) || t[m.to].sent != t[m.from].sent || !t[m.to].word || t[m.to].cap ||
			!finiteVerb(d.low(m.to)) || m.to+1 < len(t) && d.low(m.to+1) == "by" {
			continue
		}
		if k := m.from - 1; k >= 0 && t[k].sent == t[m.from].sent && t[k].word && !clauseJoiners[d.low(k)] {
			continue
		}
		if count == nil {
			count = map[string]int{}
		}
		count[m.name]++
	}
	if count == nil {
		return
	}
	// A name some mention already gives a kind ("President Trump") keeps
	// it, and so does one a person's signs follow: a speech verb
	// ("Zendaya said") or "her" or "his" a few words on ("Zendaya was
	// seen in Rome, and her publicist declined").
	for _, m := range ms {
		if count[m.name] == 0 {
			continue
		}
		if m.kind != "" || m.to < len(t) && t[m.to].sent == t[m.from].sent && d.class(m.to)&fSpeech != 0 || d.verbWithin(m.to, 12, personalPossessives) {
			count[m.name] = 0
		}
	}
	for i := range ms {
		m := &ms[i]
		if m.kind != "" || m.to-m.from != 1 || count[m.name] < 2 {
			continue
		}
		w, lw := d.tok(m.from), d.low(m.from)
		if utf8.RuneCountInString(w) < 3 || strings.HasSuffix(lw, "s") && !strings.HasSuffix(lw, "ss") || notNames[lw] || sentenceOpeners[lw] ||
			isRoleNoun(w) || demonyms[lw] != "" || isTimeWord(lw) || d.writesLower(lw) || strings.ContainsAny(w, "'’0123456789") {
			continue
		}
		if _, ok := pronouns[lw]; ok {
			continue
		}
		// ("Charli has revealed" beside "Charli D'Amelio" is hers, and
		// "Lorenz was" beside "Edward Norton Lorenz" his, "Lula has said"
		// beside "Luiz Inácio Lula da Silva" his: the clustering joins
		// them.)
		if !names.has(w) {
			m.kind = "organization"
		}
	}
}

// personalPossessives are a person's possessives, which a body's ("its")
// are not.
var personalPossessives = wordSet("personalPossessives")

// businessFunctions are the departments a title is "of" ("Vice
// President of Sales", "Head of Marketing").
var businessFunctions = wordSet("businessFunctions")

// orgLead reports a noun that introduces an organisation's name, also
// as the last part of a compound ("the recreational vehicle-maker
// Winnebago").
func orgLead(lw string) bool {
	if orgLeads[lw] {
		return true
	}
	i := strings.LastIndexByte(lw, '-')
	return i > 0 && orgLeads[lw[i+1:]]
}

// personRole reports a noun for a person, also with "co-" ("study
// co-author Anezina Solomonidou").
func personRole(lw string) bool {
	return personRoles[lw] || personRoles[strings.TrimPrefix(lw, "co-")]
}

// pluralRole reports a noun for people in the plural ("freshmen",
// "forwards"), which names the people listed after it ("freshmen Dereck
// Lively and Dariq Whitehead").
func pluralRole(lw string) bool {
	switch {
	case strings.HasSuffix(lw, "men"):
		return personRole(lw[:len(lw)-3] + "man")
	case strings.HasSuffix(lw, "s") && !strings.HasSuffix(lw, "ss"):
		return personRole(lw[:len(lw)-1])
	}
	return false
}

// notPersonTails end names of events and institutions ("Davis Cup",
// "Penn State") that may open with a given name.
var notPersonTails = wordSet("notPersonTails")

// kinPlural reports kin in the plural ("sons", "children").
func kinPlural(lw string) bool {
	switch lw {
	case "children", "kids", "grandchildren", "stepchildren":
		return true
	}
	return strings.HasSuffix(lw, "s") && familyNouns[lw[:len(lw)-1]]
}

// familyNouns name a person by kin ("Anas Haqqani, the younger brother
// of …").
var familyNouns = wordSet("familyNouns")

// kindsByList gives the undecided names of a list ("FC Porto, Inter
// Milan, Chelsea and Real Madrid", "companies Astrobotic, Intuitive
// Machines and Orbit Beyond") the kind its other names share, when they
// all share one.
func kindsByList(d *doc, ms []mention, names *personWords) {
	// A lone word of a person's name here is that person ("accused
	// Braun, Borchetta and Big Machine").
	kindOf := func(m mention) string {
		if m.kind == "" && m.to-m.from == 1 && names.has(m.name) {
			return "person"
		}
		return m.kind
	}
	for i := 0; i < len(ms); {
		j := i + 1
		for j < len(ms) && d.listJoined(&ms[j-1], &ms[j]) {
			j++
		}
		// Two names and a comma are a name and its appositive ("the AMAs,
		// Dick Clark Productions"); a list has an "and" or three names.
		conj := false
		for k := ms[i].to; j-i == 2 && k < ms[j-1].from; k++ {
			conj = conj || d.tok(k) != "," && d.tok(k) != "the"
		}
		if j-i >= 3 || j-i == 2 && conj {
			kind := ""
			undecided := false
			for _, m := range ms[i:j] {
				switch k := kindOf(m); {
				case k == "":
					undecided = true
				case kind == "":
					kind = k
				case kind != k:
					kind = "-"
				}
			}
			if undecided && (kind == "organization" || kind == "place" || kind == "person") {
				for k := i; k < j; k++ {
					// A person's name has at least two words.
					// The words the article also writes in lower case
					// are common nouns ("Boeing Defense, Space &
					// Security" lists no body called Space).
					// Two names joined by "and" may be halves of one
					// ("Customs and Border Protection", "Pacific Gas and
					// Electric Co."); only an acronym counts there.
					// But a person's full name beside another
					// ("Aryavir Kumar and Margarita Kuritsyna") is one.
					one := ms[k].to-ms[k].from == 1
					pair := kind == "person" && !one && ms[k].to-ms[k].from <= 3 && !d.hasOrgHead(ms[k].from, ms[k].to)
					if kindOf(ms[k]) == "" && (kind != "person" || !one) && (j-i >= 3 || isAcronym(ms[k].name) || pair) && !(one && d.writesLower(fold(ms[k].name))) &&
						!corporateSuffix(ms[k].name) {
						ms[k].kind = kind
					}
				}
			} else if undecided && kind == "-" && j-i >= 3 {
				// A list of mixed kinds ("… of Victoria Hospital and Chris
				// Kuo, Struan WA Wilkie, and Owen Dempsey"): a full name
				// between two people's is a person's.
				for k := i + 1; k < j-1; k++ {
					if kindOf(ms[k]) == "" && ms[k].to-ms[k].from >= 2 && ms[k].to-ms[k].from <= 3 && !d.hasOrgHead(ms[k].from, ms[k].to) &&
						kindOf(ms[k-1]) == "person" && kindOf(ms[k+1]) == "person" {
						ms[k].kind = "person"
					}
				}
			}
		}
		i = j
	}
}

// listJoined reports two mentions written one after the other in a list:
// only a comma, "and", "or" or "the" between them.
func (d *doc) listJoined(a, b *mention) bool {
	if b.from <= a.to || b.from-a.to > 3 || d.toks[a.from].sent != d.toks[b.from].sent {
		return false
	}
	for k := a.to; k < b.from; k++ {
		switch d.low(k) {
		case ",", "and", "or", "&", "the":
		default:
			return false
		}
	}
	return true
}

// corporateSuffix reports a word that ends a company's name and names
// nothing alone ("Inc.", "Co.", "Ltd").
func corporateSuffix(name string) bool {
	switch strings.TrimSuffix(strings.ToLower(name), ".") {
	case "inc", "co", "corp", "ltd", "llc", "plc", "gmbh", "ag", "sa", "nv", "lp", "llp":
		return true
	}
	return false
}

// clubPrefixes open the names of sports clubs ("FC Porto").
var clubPrefixes = wordSet("clubPrefixes")

// pluralOfBody reports the plural of a noun for bodies or buildings
// ("United States Embassies", "Texas Courts"), which names no team.
func pluralOfBody(lw string) bool {
	for _, one := range []string{strings.TrimSuffix(lw, "s"), strings.TrimSuffix(lw, "es"), strings.TrimSuffix(lw, "ies") + "y"} {
		if orgHeads[one] || facilityNouns[one] || bodyNouns[one] || placeSuffixes[one] {
			return true
		}
	}
	return false
}

// productsOfOrgs unmakes the people whose first name is a known
// organisation's: "Nintendo Switch", "Google Stadia" and "Apple
// Thunderbolt" are products.
func productsOfOrgs(d *doc, ms []mention) {
	for i := range ms {
		m := &ms[i]
		if m.kind != "person" || m.title != "" || m.to-m.from != 2 || d.givenAt(m.from) {
			continue
		}
		if _, org := knownOrgs[d.low(m.from)]; org {
			m.kind = ""
		}
	}
}

// orgsBeforeMembers makes an organisation of an undecided name written
// right before a member's role and that member's name: "Jefferies analyst
// Jonathan Matuszewski", "Wild coach Bruce Boudreau". A person's surname
// stands there too ("Trump adviser John Bolton"), so a name the article
// gives a person elsewhere stays undecided.
func orgsBeforeMembers(d *doc, ms []mention) {
	t := d.toks
	var people map[string]bool
	for i := range ms {
		m := &ms[i]
		k := m.to
		if m.kind != "" || m.to-m.from > 3 || k+1 >= len(t) || t[k].sent != t[m.from].sent || t[k+1].sent != t[k].sent ||
			!t[k].word || t[k].cap || !t[k+1].word || !t[k+1].cap || !(personRole(d.low(k)) || teamRoles[d.low(k)]) || orgLead(d.low(k)) {
			continue
		}
		// The member is a person: "Minecraft developer Mojang" names a
		// product and its maker.
		if !d.givenAt(k+1) && !(i+1 < len(ms) && ms[i+1].from == k+1 && ms[i+1].kind == "person") {
			continue
		}
		last := trimPossessive(d.tok(m.to - 1))
		// ("Council member Jumaane Williams": a body's bare noun is the
		// first word of the title.)
		if m.to-m.from == 1 && orgHeads[d.low(m.from)] && !knownName(m.name) {
			continue
		}
		if last != d.tok(m.to-1) || d.givenAt(m.from) || d.personStart(m.from, m.to) >= 0 || partyAdjectives[d.low(m.from)] ||
			isTitleWord(d.low(m.from)) || !d.nameNotOpener(m.from) && !isAcronym(m.name) {
			continue
		}
		if people == nil {
			people = map[string]bool{}
			for _, p := range ms {
				if p.kind == "person" {
					people[fold(trimPossessive(d.tok(p.to-1)))] = true
				}
			}
		}
		if !people[fold(last)] {
			m.kind = "organization"
		}
	}
}

// lonePeople makes a person of an undecided one-word name that heads an
// administration ("the Trump administration" beside "supported Trump"):
// news writes a well-known person by surname alone.
func lonePeople(d *doc, ms []mention) {
	var heads map[string]bool
	for i := range ms {
		m := &ms[i]
		if m.to-m.from == 1 && m.kind == "organization" && strings.HasSuffix(m.name, " administration") {
			if heads == nil {
				heads = map[string]bool{}
			}
			heads[fold(d.tok(m.from))] = true
		}
	}
	if heads == nil {
		return
	}
	for i := range ms {
		m := &ms[i]
		if m.kind == "" && m.to-m.from == 1 && heads[fold(trimPossessive(m.name))] {
			m.kind = "person"
		}
	}
}

// abbreviatesWords reports letters at token i, after "(" or "or", that
// are the initials of the lower-case words right before them
// ("hypersensitivity pneumonitis, or HP").
func (d *doc) abbreviatesWords(i int) bool {
	t := d.toks
	k := i - 1
	if k >= 0 && (d.tok(k) == "(" || d.tok(k) == "or") {
		k--
	} else {
		return false
	}
	letters := strings.ToLower(strings.ReplaceAll(d.tok(i), ".", ""))
	if k >= 0 && d.tok(k) == "," {
		k--
	}
	n := len(letters)
	if n < 2 || k-n+1 < 0 {
		return false
	}
	for j := 0; j < n; j++ {
		w := k - n + 1 + j
		if t[w].sent != t[i].sent || !t[w].word || t[w].cap || d.low(w)[0] != letters[j] {
			return false
		}
	}
	return true
}

// dealPreps before letters make them a party ("an agreement with JLL",
// "a contract from AMD").
var dealPreps = wordSet("dealPreps")

// ageOrRoleAfter reports an appositive at token k that makes the name
// before it a person's: an age ("Manuel, 17,") or a noun for a person
// after an article ("Azar, a voter").
func (d *doc) ageOrRoleAfter(k int) bool {
	t := d.toks
	if k+2 >= len(t) || d.tok(k) != "," || t[k+1].sent != t[k].sent {
		return false
	}
	if lw := d.low(k + 1); isNumber(lw) && len(lw) <= 3 {
		return d.tok(k+2) == "," || !t[k+2].word
	}
	if lw := d.low(k + 1); lw != "a" && lw != "an" && lw != "the" {
		return false
	}
	// Up to two adjectives, then the noun: "a local voter".
	for j := k + 2; j < k+5 && j < len(t) && t[j].sent == t[k].sent && t[j].word && !t[j].cap; j++ {
		if lw := d.low(j); personRole(lw) || familyNouns[lw] || unnamedRoles[lw] {
			return true
		}
		if orgLeads[d.low(j)] || orgNouns[d.low(j)] {
			return false
		}
	}
	return false
}

// companyHead reports the words for a company's head, which a company's
// name owns ("Sainsbury's CEO", "Tesco's chief executive").
func companyHead(w, next string) bool {
	switch w {
	case "ceo", "boss", "chairman", "chairwoman", "md":
		return true
	case "chief":
		return next == "executive" || next == "exec"
	}
	return false
}
