// Stage 2 of finding actors: a run of capitals becomes one or more
// mentions, with the titles, demonyms and roles written around the name
// peeled off and kept ("Mexican President Claudia Sheinbaum").

package extract

import (
	"strings"
	"unicode/utf8"
)

// descriptorEnd returns the end of an organisation named by a place or
// demonym and lower-case words, "the Hong Kong police", "the Chinese
// government", "the Syrian defense ministry", "the Communist party", when
// the capitalised run [from, to) starts one; else to.
func (d *doc) descriptorEnd(from, to int) int {
	t := d.toks
	// Most runs are followed by no body noun: look before building names.
	if to >= len(t) || t[to].sent != t[from].sent || !t[to].word || t[to].cap ||
		!bodyNouns[d.lowPossessive(to)] && !bodyModifiers[d.lowPossessive(to)] && d.low(to) != "police" {
		return to
	}
	if from < to-1 && openingArticle(d.low(from)) {
		from++ // "A Forest Hill police sergeant"
	}
	if to-from == 1 && (d.low(from) == "a" || d.low(from) == "an") {
		return to // "A police official": an article opening the sentence
	}
	name := strings.ToLower(trimPossessive(d.joinName(from, to)))
	// "Forest Hill police": a town's police force, known town or not.
	if to < len(t) && t[to].sent == t[from].sent && d.low(to) == "police" && !t[to].cap && !d.givenAt(from) {
		return to + 1
	}
	// "at this California office", "its Texas department": a branch
	// of something, no body of the place (but "a Communist party
	// official" names the party).
	if from > 0 && t[from-1].sent == t[from].sent && branchDeterminers[d.low(from-1)] && d.low(to) != "party" {
		return to
	}
	// "the company’s San Francisco office", "Google's London office": an
	// owner's office in a place is a branch of the owner (but "Russia's
	// Kursk military administration" is the place's own body).
	if from > 0 && t[from-1].sent == t[from].sent && possessive(d.tok(from-1)) && (d.low(to) == "office" || d.low(to) == "offices") {
		if _, place := places[d.lowPossessive(from-1)]; !place && demonyms[d.lowPossessive(from-1)] == "" {
			return to
		}
	}
	_, place := places[name]
	// "the Inner Mongolia health commission": a name shaped like a
	// place's is one here too.
	place = place || to-from > 1 && d.classify(name, to-from) == "place"
	// ("the opposition Democrat party": a party named by its member.)
	party := partyAdjectives[name] || partyMembers[name]
	if !place && !d.allDemonyms(from, to) && !(to-from == 1 && party) {
		return to
	}
	for k := to; k < len(t) && k < to+3 && t[k].sent == t[from].sent && t[k].word && !t[k].cap; k++ {
		// "the Syrian defense ministry’s claim"
		lw := d.lowPossessive(k)
		// A verb in the past after the noun ("the Iraqi government
		// imposed") makes it the subject, as a word of bodyFollowers does.
		if bodyNouns[lw] && (k+1 >= len(t) || t[k+1].sent != t[k].sent || !t[k+1].word || possessive(d.tok(k)) ||
			!t[k+1].cap && (bodyFollowers[d.low(k+1)] || len(d.low(k+1)) > 4 && strings.HasSuffix(d.low(k+1), "ed")) || trimPossessive("x"+d.tok(k+1)) == "x") {
			if party && lw != "party" || !party && lw == "party" {
				return to
			}
			return k + 1
		}
		if !bodyModifiers[lw] {
			return to
		}
	}
	return to
}

// openingArticle reports an article that opens a sentence before a name.
func openingArticle(lw string) bool { return lw == "the" || lw == "a" || lw == "an" }

// branchDeterminers before a place's name and a body noun make the noun a
// branch of something ("this California office").
var branchDeterminers = wordSet("branchDeterminers")

// bodyNouns name a state body after a place or demonym ("the Afghan
// government"), bodyModifiers the words that may stand between ("the
// French foreign ministry"), partyAdjectives the words that name a party
// with a lower-case "party".
var (
	bodyNouns     = wordSet("bodyNouns")
	bodyModifiers = wordSet("bodyModifiers")
	// bodyFollowers may follow such a name; another word makes the noun
	// an adjective ("American military action").
	bodyFollowers   = wordSet("bodyFollowers")
	partyAdjectives = wordSet("partyAdjectives")
)

// mentionsIn turns a run of capitalised tokens into mentions: leading
// sentence words and titles are peeled off, "of" joins only what names an
// organisation, and a parenthesised acronym after it becomes an alias.
func (d *doc) mentionsIn(from, to int) []mention {
	// A text cut off after a capitalised word ("… of Things. The")
	// leaves a run with nothing in it once its first words are peeled.
	if from >= to {
		return nil
	}
	// "He Jianxiong": a family name first that reads as a pronoun.
	if to-from == 2 && d.tok(from) == "He" && pinyinName(d.tok(from+1)) {
		return []mention{d.newMention(from, to, "person", "", "")}
	}
	// Peel words that only start the sentence ("The", "According"); a
	// "Will" capitalised inside a sentence is a given name ("…,’’ Will
	// Moy, chief executive of Full Fact, told the BBC").
	// "WHO", "US": a known body's or country's letters are no pronoun.
	// "Forty-five Republican senators": a count spelled out opens no name.
	for from < to-1 && spelledCount(d.low(from)) {
		from++
	}
	// "Republican House Speaker Tim Moore", "Democratic Senate
	// leaders": a party's word before a chamber says who holds the seat,
	// it is no part of the chamber's name.
	if to-from >= 2 && (partyMembers[d.low(from)] || d.low(from) == "democratic") && chamberNames[d.low(from+1)] {
		from++
	}
	// ("The National Oceanic and Atmospheric Administration": an
	// outlet's name, "The National", across a known body's is no prefix.)
	for from < to && notNames[d.lowPossessive(from)] && (!d.knownPrefix(from, to) || d.low(from) == "the" && from+2 < to && knownName(trimPossessive(d.joinName(from+1, to)))) && !d.knownLetters(from) &&
		!(from+1 < to && d.tok(from+1) == "&") &&
		// ("called the New Schools Network", "the First Nations Health
		// Authority": inside a sentence, an adjective opening a name a
		// body's head word ends is the name's first word.)
		!(nameAdjectives[d.low(from)] && to-from >= 2 && !d.sentenceOpenerBefore(from) && orgHeads[d.lowPossessive(to-1)] && d.toks[from+1].cap) &&
		// ("Internet and Mobile Association of India": a plain word
		// joined by "and" to the words of a body's name is one of them.)
		!(from+2 < to && d.tok(from+1) == "and" && d.toks[from+2].cap && d.hasOrgHead(from+2, to) && !d.sentenceOpenerBefore(from)) &&
		!(d.tok(from) == "Will" && to-from >= 2 && !d.sentenceOpenerBefore(from)) {
		from++
		for from < to && !d.toks[from].cap {
			from++
		}
	}
	if from >= to {
		return nil
	}
	// "ICAEW Chief Economist", "Associate Economist National Institute of
	// Economic and Social Research": a role written in capitals (a grade
	// or a title, then a noun for a person) names no one; a body before
	// or after it is the role's employer.
	if ms, ok := d.capitalRoleSplit(from, to); ok {
		return ms
	}
	// "fuelled Democratic claims", "Buddhist temple graveyards": a
	// party's or a faith's adjective before a lower-case noun describes
	// the noun; alone it names no one.
	if to-from == 1 && to < len(d.toks) && d.toks[to].sent == d.toks[from].sent && d.toks[to].word && !d.toks[to].cap &&
		(partyAdjectives[d.low(from)] || faithAdjectives[d.low(from)]) && !knownName(d.tok(from)) &&
		// "Green said", "Christian has": a surname before its verb, though
		// "Democratic claims" is a noun.
		(d.class(to)&fSpeech == 0 || strings.HasSuffix(d.low(to), "s")) && !auxiliaries[d.low(to)] {
		return nil
	}
	// "Iranian state TV said", "Scan the QR code": letters that stand
	// for a thing, not a body, name no one alone.
	if w := trimPossessive(d.tok(from)); to-from == 1 && thingLetters(w) && !knownName(w) {
		if _, place := places[strings.ToLower(w)]; !place {
			return nil
		}
	}
	// "U.S. Marshals arrested him", "U.S. Attorneys in three states": a
	// nation's people of one role, in the plural, are no body (a city's
	// "Ottawa Senators" are a team, "U.S. Marshals Service" goes on, and
	// the "US Marines" are a service).
	if to-from == 2 && d.rolePlural(from+1) && !knownName(trimPossessive(d.joinName(from, to))) {
		if c := places[d.low(from)]; c == "United States" || c == "United Kingdom" || demonyms[d.low(from)] != "" {
			return nil
		}
	}
	// "earned her PhD": an academic degree names no one.
	if to-from == 1 && degrees[d.lowPossessive(from)] {
		return nil
	}
	// "Hurricane Helene", "Tropical Storm Debby", "Typhoon Haiyan": a
	// storm's name, however like a person's, names no actor.
	if to-from >= 2 && (stormWords[d.low(from)] || to-from >= 3 && d.low(from) == "tropical" && stormWords[d.low(from+1)]) {
		return nil
	}
	// "Lou Gehrig’s disease", "Down's syndrome": an illness named after
	// someone names no actor.
	// (But "Inner Mongolia’s disease control centre" is the place's.)
	if to < len(d.toks) && (d.low(to) == "disease" || d.low(to) == "syndrome") && trimPossessive(d.tok(to-1)) != d.tok(to-1) {
		if c := d.classify(trimPossessive(d.joinName(from, to)), to-from); c == "person" || c == "" {
			return nil
		}
	}
	// "Flight QZ8501", "Airbus A320", "Galaxy S10": a code of letters and
	// digits ends the name of a flight or a model, no one's.
	if to-from >= 2 && to-from <= 3 && codeWord(d.tok(to-1)) {
		return nil
	}
	// "MacBook Pro", "HBO Max", "Stadia Pro": a product, no actor.
	if to-from >= 2 && productSuffixes[d.lowPossessive(to-1)] && !d.givenAt(from) {
		return nil
	}
	// "the US EPA": a country's short name before a body's acronym only
	// says whose body it is.
	if _, ok := places[d.low(from)]; ok && to-from == 2 && isAcronym(d.tok(from)) && isAcronym(trimPossessive(d.tok(from+1))) &&
		!knownName(trimPossessive(d.joinName(from, to))) && d.lookupOutletMiss(trimPossessive(d.joinName(from, to))) {
		from++
	}
	// "U.S. Securities and Exchange Commission", "US Customs and Border
	// Protection": the country's name before one of its known federal
	// bodies only says whose body it is.
	if to-from >= 2 && places[d.low(from)] == "United States" && knownName(trimPossessive(d.joinName(from+1, to))) &&
		!knownName(trimPossessive(d.joinName(from, to))) {
		from++
	}
	// "Getting Disney to agree": a gerund opening the sentence is no name.
	if from < to-1 && (from == 0 || d.toks[from-1].sent != d.toks[from].sent) && strings.HasSuffix(d.low(from), "ing") &&
		len(d.low(from)) > 5 && !d.givenAt(from) {
		from++
	}
	// "the 236th Meeting of the American Astronomical Society": the body
	// that holds the gathering is the actor.
	if to-from >= 3 && gatheringNouns[d.low(from)] && d.low(from+1) == "of" {
		from += 2
		if d.low(from) == "the" && !d.toks[from].cap {
			from++
		}
	}
	// "Meet Sarah Jones", "Thank Emily Smith": a word opening the sentence
	// or a quotation that the article also writes in lower case is no
	// part of the person's name after it. (The cheap tests first: the
	// article's lower-case words are gathered once, when first needed.)
	if to-from >= 2 && to-from <= 4 && d.toks[from+1].word && d.toks[from+1].cap &&
		(d.sentenceOpenerBefore(from) || from > 0 && (d.tok(from-1) == "“" || d.tok(from-1) == `"`)) &&
		d.givenAt(from+1) && !d.givenAt(from) &&
		!isTitleWord(d.low(from)) && !isRoleNoun(d.low(from)) && demonyms[d.low(from)] == "" && !d.knownPrefix(from, to) &&
		!knownName(trimPossessive(d.joinName(from, to))) && d.writesLower(d.low(from)) {
		from++
	}
	// "Seattle-based Zillow", "Kroger-owned QFC": the first word describes
	// an organisation; it is no part of its name.
	if to-from == 1 && ownerSuffix(d.low(from)) {
		return nil // "a Minneapolis-based company": a description alone
	}
	owned := from > 0 && d.toks[from-1].sent == d.toks[from].sent && ownerSuffix(d.low(from-1))
	// "the Democratic Party-controlled House of Representatives": what
	// stands up to the owner word describes the name after it.
	for k := from; k < to-1 && k < from+4; k++ {
		if ownerSuffix(d.low(k)) {
			from = k + 1
			owned = true
			break
		}
	}
	if from >= to {
		return nil
	}
	if to-from == 1 && owned && thingLetters(trimPossessive(d.tok(from))) {
		return nil // "Windows-based PCs"
	}
	// "Netanyahu’s Likud party", "The Washington Post’s Fact Checker": a
	// possessive ends one name.
	// (But "St Mary's Hospital", "Children's Hospital": a possessive
	// before the word that ends an organisation's name is inside it.)
	for k := from; k < to-1; k++ {
		// ("Chris Christie’s State of the State speech": after a given
		// name it is a person's possessive, whatever brand shares it.)
		// ("Iranian Students’ News Agency": a plural's possessive inside
		// a body's name, see pluralOwnerIn.)
		if w := d.tok(k); trimPossessive(w) != w && !d.pluralOwnerIn(k) && (!possessiveNames[strings.ToLower(trimPossessive(w))] || k > from && d.givenAt(k-1)) &&
			!(k+2 == to && orgHeads[d.low(k+1)] && (d.placeWordIn(from, k+1) || !d.givenAt(from) && d.personStart(from, k+1) < 0)) &&
			!d.possessiveCompany(from, k, to) {
			return append(d.mentionsIn(from, k+1), d.mentionsIn(k+1, to)...)
		}
	}
	whole := trimPossessive(d.joinName(from, to))
	// "VOA Pentagon correspondent", "CNN Washington": an outlet's name
	// before another known name is an outlet of its own.
	if to-from > 1 && isAcronym(d.tok(from)) && d.lookupOutletMiss(whole) {
		for k := from + 1; k < to && k <= from+3; k++ {
			if _, ok := lookupOutlet(d.joinName(from, k)); ok && knownName(trimPossessive(d.joinName(k, to))) {
				return append(d.mentionsIn(from, k), d.mentionsIn(k, to)...)
			}
		}
	}
	if d.allDemonyms(from, to) || to-from >= 2 && d.eventName(from, to, whole) && d.bodyTitleAt(from, to) < 0 {
		return nil
	}
	// "Ceres Robotics and Tyvak Systems Inc", "SBI and ICICI Bank": two
	// names, unless the left one is a single ordinary word ("Food and Drug
	// Administration") or an "of" makes one name ("Department of Health
	// and Human Services", "Center for Disease Control and Prevention").
	if d.hasAnd(from, to) && !knownName(whole) {
		for k := from + 1; k < to-1; k++ {
			// ("Senate Committee on Energy and Natural Resources": "on"
			// after a body's head word takes the body's subject.)
			if d.tok(k) == "of" || d.tok(k) == "for" || d.tok(k) == "on" && orgHeads[d.low(k-1)] {
				break
			}
			// "Braun and The Carlyle Group", "Ubisoft and Take-Two
			// Interactive" where Ubisoft also stands alone: two names.
			if d.tok(k) == "and" && (k-from >= 2 || isAcronym(d.tok(from)) || knownName(d.joinName(from, k)) ||
				d.tok(k+1) == "The" || k-from == 1 && d.capAlone(from)) && !d.andInsideName(from, k, to) {
				return append(d.mentionsIn(from, k), d.mentionsIn(k+1, to)...)
			}
		}
	}
	// "Brian Batko of the Pittsburgh Post-Gazette", "Dr. Joneigh Khaldun
	// of the Michigan Department of Health": a person of an organisation,
	// not one name.
	p := from
	for p < to-2 && isTitleWord(d.low(p)) {
		p++
	}
	// (A name no list knows, two or three words before "of the" and a
	// body's name, is a person's too: "Badri Narayan of the GB Pant
	// Social Science Institute".)
	if d.givenAt(p) || p > from && d.toks[p].cap && d.tok(p) != "of" || d.personBeforeOfBody(p, to) {
		for k := p + 2; k < to-1 && k <= p+3; k++ {
			// ("Ludwig Maximilian University of Munich": a body's head
			// word before "of" makes one name.)
			if d.tok(k) == "of" && !d.toks[k].cap && !d.hasOrgHead(p, k) {
				r := k + 1
				if d.low(r) == "the" && r+1 < to {
					r++
				}
				if d.classify(trimPossessive(d.joinName(r, to)), to-r) != "" {
					return append(d.mentionsIn(from, k), d.mentionsIn(r, to)...)
				}
			}
		}
	}
	// "Democrats on the House Intelligence Committee", "Republicans in
	// the Senate": members named in the plural, then their body.
	// ("the top Democrat on the Senate Armed Services Committee": one
	// member named by the party.)
	if k := from + 1; k < to-1 && !d.toks[k].cap && membersConnectors[d.tok(k)] && (pluralWord(d.tok(from)) || partyMembers[d.low(from)]) && !knownName(whole) {
		r := k + 1
		if d.low(r) == "the" && r+1 < to {
			r++
		}
		if c := d.classify(trimPossessive(d.joinName(r, to)), to-r); c == "organization" || c == "place" {
			// ("Stocks on Wall Street": a place too.)
			return append(d.mentionsIn(from, k), d.mentionsIn(r, to)...)
		}
	}
	if k := d.classify(whole, to-from); k != "" && k != "person" && !d.titleOf(from, to) {
		return []mention{d.newMention(from, to, k, "", "")}
	}
	// "Coalition to End Broken Windows": a group's noun and its cause
	// (capRun joins "to" only there).
	for k := from + 1; k < to-1; k++ {
		if d.tok(k) == "to" && !d.toks[k].cap {
			return []mention{d.newMention(from, to, "organization", "", "")}
		}
	}
	// "Council on Foreign Relations", "Bank of America": a connector after
	// an organisation word joins one organisation's name.
	// ("European Commission President Ursula von der Leyen": a body, a
	// title, then a person whose name holds a particle; the title splits
	// them below.)
	bodyTitle := d.bodyTitleAt(from, to)
	for k := from + 1; k < to-1; k++ {
		if bodyTitle > 0 && k > bodyTitle {
			break // (a connector before the title: see below)
		}
		if !d.toks[k].cap && nameConnectors[d.tok(k)] && d.tok(k) != "and" && d.tok(k) != "&" {
			// "American Journal of Cardiology", "Theatre of Black Women":
			// a journal's or a company's noun before "of" heads one name
			// too; "Women for Sobriety", "Americans for Tax Reform": people
			// in the plural for a cause name a group.
			if d.hasOrgHead(from, k) && !d.allTitles(from, k) ||
				d.tok(k) == "of" && ofHeads[d.low(k-1)] ||
				d.tok(k) == "of" && d.membersOfPlace(from, k, to) ||
				d.tok(k) == "for" && k == from+1 && peoplePlural(d.low(from)) && !d.givenAt(k+1) && !d.hasAnd(k, to) {
				// "House of Representatives Speaker Femi Gbajabiamila": a
				// title and a given name after the name start a person.
				for q := k + 2; q < to-1; q++ {
					if isTitleWord(d.low(q)) && (d.givenAt(q+1) || q == bodyTitle) {
						org := d.newMention(from, q, "organization", "", "")
						rest := d.mentionsIn(q, to)
						for i := range rest {
							if rest[i].affiliation == "" {
								rest[i].affiliation = org.name
							}
						}
						return append([]mention{org}, rest...)
					}
				}
				return []mention{d.newMention(from, to, "organization", "", "")}
			}
			break
		}
	}
	// "the recently formed group Doctors for Camp Closure": a name an
	// organisation's noun introduces is one organisation's, connectors
	// and all.
	if from > 0 && d.toks[from-1].sent == d.toks[from].sent && !d.toks[from-1].cap && orgLeads[d.low(from-1)] &&
		!personRoles[d.low(from-1)] && d.personStart(from, to) < 0 && !d.allTitles(from, to) {
		return []mention{d.newMention(from, to, "organization", "", "")}
	}
	// Split at connectors that do not make an organisation name:
	// "Senator Tim Kaine of Virginia" names two actors.
	for k := from + 1; k < to-1; k++ {
		w := d.tok(k)

		if !d.toks[k].cap && nameConnectors[w] && w != "&" && w != "bin" && w != "ibn" && w != "al" && w != "van" && w != "von" && w != "de" && w != "del" && w != "da" && w != "der" && w != "y" && w != "ten" && w != "ter" && w != "du" && w != "zu" && w != "la" && w != "le" && w != "di" && w != "dos" && w != "das" && w != "den" && w != "el" {
			// "Father of Cheng Tsz-Ho, another detainee": a word of kin
			// before "of" is no priest's title; the person after it is
			// named.
			if k == from+1 && d.tok(k) == "of" && familyNouns[d.low(from)] {
				ms := d.mentionsIn(k+1, to)
				if len(ms) == 1 && ms[0].kind == "" && ms[0].to-ms[0].from >= 2 && ms[0].to-ms[0].from <= 3 {
					ms[0].kind = "person"
				}
				return ms
			}
			if d.allTitles(from, k) {
				// "Deputy Director of Public Prosecution Eva-Marie Persson": a
				// role, then the person; "Secretary of the Navy" alone is a
				// role, not an actor.
				if p := d.personStart(k+1, to); p > k+1 && p < to {
					m := d.newMention(p, to, "person", d.joinName(from, p), "")
					return []mention{m}
				}
				// "CEO of Take-Two", "founder of Kosmos": the company is
				// named; "Secretary of the Navy" is a role alone.
				if k == from+1 && companyHeads[d.low(from)] && d.personStart(k+1, to) < 0 {
					r := k + 1
					if d.low(r) == "the" && r+1 < to {
						r++
					}
					ms := d.mentionsIn(r, to)
					for i := range ms {
						if ms[i].kind == "" {
							ms[i].kind = "organization"
						}
					}
					return ms
				}
				return nil
			}
			left := d.mentionsIn(from, k)
			next := k + 1
			for next < to && !d.toks[next].cap {
				next++
			}
			return append(left, d.mentionsIn(next, to)...)
		}
	}
	// "Browns DL Sheldon Richardson", "Cleveland DL Larry Ogunjobi": a team
	// or place, an abbreviated position, then a given name.
	// (A title in letters, "Snapchat CEO Evan Spiegel", is read below.)
	if k := d.personStart(from+1, to); k > from+1 && k <= from+3 && k < to-1 && isAcronym(d.tok(k-1)) &&
		len(d.tok(k-1)) <= 4 && !d.givenAt(from) && !isTitleWord(d.low(k-1)) {
		m := d.newMention(k, to, "person", "", "")
		if m.affiliation == "" {
			m.affiliation = d.joinName(from, k-1)
		}
		return append(d.mentionsIn(from, k-1), m)
	}
	// "Palestinian Authority President Mahmoud Abbas": an organisation, a
	// title, then the person.
	{
		for k := from + 1; k < to-1; k++ {
			if !isTitleWord(d.low(k)) || givenNames[fold(d.tok(from))] || isTitleWord(d.low(from)) || d.portfolioAt(k-1) {
				continue
			}
			// "White House Press Secretary Stephanie Grisham": a title of
			// two words ends the organisation's name before its first.
			e := k
			if isTitleWord(strings.ToLower(d.tok(k-1) + " " + d.tok(k))) {
				if e = k - 1; e == from || isTitleWord(d.low(e)) {
					continue
				}
			}
			org := d.newMention(from, e, "organization", "", "")
			if c := d.classify(org.name, e-from); c == "place" || c == "outlet" {
				org.kind = c
			} else if c != "organization" && !d.hasOrgHead(from, e) &&
				!(e-from == 1 && demonyms[d.low(from)] == "" && k+1 < to && d.givenAt(k+1)) {
				// "Snapchat CEO Evan Spiegel": one unknown word, a title, then
				// a given name is an organisation too.
				break
			}
			rest := d.mentionsIn(e, to)
			if len(rest) == 0 && to-k >= 3 && to-k <= 4 && d.personShaped(k+1, to) {
				// "Treasury Board President Stockwell Day": a surname
				// that reads as a common noun is still the titled
				// person's.
				rest = []mention{d.newMention(k+1, to, "person", d.joinName(e, k+1), "")}
			}
			for i := range rest {
				if rest[i].affiliation == "" {
					rest[i].affiliation = canonical(org.name, org.kind)
				}
			}
			return append([]mention{org}, rest...)
		}
	}
	// "Ambassador to Ukraine Marie Yovanovitch": a place right before a
	// given name and a surname is no part of the person's name.
	if _, place := places[d.low(from)]; place && to-from >= 3 && to-from <= 4 && d.personStart(from+1, to) == from+1 && !d.givenAt(from) {
		return []mention{d.newMention(from+1, to, "person", "", canonical(d.tok(from), "place"))}
	}
	// "Kentucky GOP Gov. Matt Bevin": a place and a party, a title, then
	// a given name.
	for k := from + 1; k < to-1 && k <= from+3; k++ {
		if !isTitleWord(d.low(k)) {
			if _, place := places[d.low(k)]; !place && !isAcronym(d.tok(k)) && !partyAdjectives[d.low(k)] {
				break
			}
			continue
		}
		if _, place := places[d.low(from)]; place && d.personStart(k+1, to) == k+1 {
			return []mention{d.newMention(k+1, to, "person", d.tok(k), d.joinName(from, k))}
		}
		break
	}
	// Titles and demonyms before a name: "Mexican President Claudia Sheinbaum".
	title, affil := "", ""
	for from < to-1 {
		w := d.tok(from)
		lw := strings.ToLower(w)
		// "American Kevin King", "Mexican President Claudia Sheinbaum":
		// a demonym before a person's name or title says where they are
		// from; before other words it is part of a name ("American Music
		// Awards", "Syrian Democratic Forces").
		if c, ok := demonyms[lw]; ok && affil == "" && d.demonymPeels(from+1, to) {
			affil = c
			from++
			continue
		}
		if c, ok := demonyms[strings.TrimSuffix(lw, "-born")]; ok && strings.HasSuffix(lw, "-born") {
			if affil == "" {
				affil = c
			}
			from++
			continue
		}
		// "National Security Adviser Wi Sung-lac": a title of three words.
		if from+2 < to-1 && d.toks[from+2].cap {
			if full, ok := titles[lw+" "+d.low(from+1)+" "+d.low(from+2)]; ok {
				title = joinTitle(title, full)
				from += 3
				continue
			}
		}
		if from+1 < to-1 {
			two := lw + " " + d.low(from+1)
			if full, ok := titles[two]; ok {
				title = joinTitle(title, full)
				from += 2
				continue
			}
		}
		if full, ok := titles[lw]; ok {
			title = joinTitle(title, full)
			from++
			continue
		}
		// "UK Home Secretary Priti Patel", "US Trade Representative Robert
		// Lighthizer": a country, a portfolio and a title.
		if place, ok := places[lw]; ok && affil == "" && title == "" && from+2 < to-1 &&
			(isTitleWord(d.low(from+1)) || d.portfolioAt(from+1) && isTitleWord(d.low(from+2))) {
			affil = place
			from++
			continue
		}
		if d.portfolioAt(from) && from+2 < to && isTitleWord(d.low(from+1)) {
			title = joinTitle(title, w+" "+d.tok(from+1))
			from += 2
			continue
		}
		if isTitleWord(lw) {
			// "President-elect Trump"
			title = joinTitle(title, w)
			from++
			continue
		}
		// "Chief Pentagon Spokesman": an organisation inside a title.
		if title != "" && from+2 < to && isTitleWord(d.low(from+1)) && d.classify(w, 1) == "organization" {
			affil = canonical(w, "organization")
			from++
			continue
		}
		break
	}
	if from >= to {
		return nil
	}
	// "Mr. President, will you go?", "Madam Speaker": a courtesy title
	// before an office addresses its holder, named elsewhere. "two Deputy
	// CEOs", "Assistant Professors": a title before a role in the plural
	// names no one.
	if to-from == 1 && (addressedOffices[d.lowPossessive(from)] && courtesyTitles[strings.ToLower(title)] ||
		title != "" && (d.rolePlural(from) || thingLetters(d.tok(from)))) {
		return nil
	}
	// A run ending in a title names a role ("UK Home Secretary"), not a
	// person.
	if to-from > 1 && isTitleWord(d.low(to-1)) && !(to-from == 2 && d.givenAt(from) && !isTitleWord(d.low(from))) && !d.brandOfTitle(from, to) &&
		!(to-from == 2 && royalTitles[d.lowPossessive(to-1)] && !isTitleWord(d.low(from)) && d.royalPersonCue(from, to)) {
		// (But "Kevin King", "Stephen Bishop": a given name, then a
		// surname that is also a title.)
		return nil
	}
	// "a Virginia Democrat", "the Texas Republican": a party's member
	// from a place describes a person named elsewhere.
	if to-from >= 2 && to-from <= 4 && partyMembers[d.lowPossessive(to-1)] {
		if _, ok := places[strings.ToLower(d.joinName(from, to-1))]; ok {
			return nil
		}
	}
	name := trimPossessive(d.joinName(from, to))
	kind := d.classify(name, to-from)
	if title != "" && (kind == "" || kind == "person") {
		kind = "person"
	}
	if title == "" && d.brandOfTitle(from, to) {
		kind = "organization" // "Burger King was able to grow"
	}
	if kind == "person" && title == "" && from > 0 && d.toks[from-1].sent == d.toks[from].sent && d.low(from-1) == "at" && !d.speaksNext(to) &&
		(!d.givenAt(from) || d.workplaceBefore(from)) {
		// "analysts at Morgan Stanley": people work at organisations (but
		// "fired a shot at Matt Murray").
		kind = "organization"
	} else if kind == "person" && title == "" && d.workplaceTheBefore(from) && d.personStart(from, to) < 0 {
		// "legal director at the Human Rights Campaign"
		kind = "organization"
	} else if kind == "person" && title == "" && !d.personEvidence(from, to) {
		// An unknown run of capitals ("Western Wall", "Cookie Search") is
		// a person only with a sign of one; else it waits for the
		// clustering to join it to a name it fits.
		kind = ""
	}
	// "NASA's Galileo Jupiter probe", "the Juno spacecraft": a name
	// before the noun for a made thing is the thing's.
	if (kind == "" || kind == "person" && title == "") && to < len(d.toks) && d.toks[to].sent == d.toks[from].sent &&
		d.toks[to].word && !d.toks[to].cap && thingNouns[strings.TrimSuffix(d.low(to), "s")] {
		return nil
	}
	if kind == "" && affil != "" && to-from == 1 {
		return nil
	}
	// "Prosecutor Dana Whitfield", "Coach Bill Belichick": a role noun
	// opening the sentence in capitals is the person's role.
	if (kind == "person" || kind == "") && title == "" && to-from >= 3 && personRoles[strings.ToLower(d.tok(from))] && d.givenAt(from+1) {
		return []mention{d.newMention(from+1, to, "person", d.tok(from), affil)}
	}
	if owned && kind == "" {
		kind = "organization"
	}
	// "Disney Chief Executive Bob Iger", "Public Ombudsman Nadia Cruz": an
	// undecided run that ends in a given name and a surname is a person,
	// with the words before as their role.
	// (Not "the San Francisco Fed": a given name inside a place's.)
	if kind == "" && title == "" {
		// ("J Edgar Hoover": an initial before the given name is his.)
		if p := d.personStart(from+1, to); p > from && to-p >= 2 && to-p <= 3 && !d.placeAcross(from, p) && !(p == from+1 && initialLetter(d.tok(from))) {
			return []mention{d.newMention(p, to, "person", d.joinName(from, p), affil)}
		}
	}
	// "Strava on Thursday announced", "Boeing on Monday said": one word
	// no list knows, then the day and a verb, is how news opens on a
	// company (a person is introduced by a full name).
	// (Not "Scientists on Monday unveiled": people in the plural.)
	// (Nor "Figures on Friday suggested": a noun the article also writes
	// in lower case, itself or its singular.)
	if lw := d.low(from); kind == "" && title == "" && to-from == 1 && !d.givenAt(from) && d.dayThenVerb(to) &&
		!isRoleNoun(lw) && !personRole(strings.TrimSuffix(lw, "s")) && !d.writesLower(lw) && !d.writesLower(strings.TrimSuffix(lw, "s")) {
		kind = "organization"
	}
	// "Halcyon, founded in 1998", "Zentrix, headquartered in Oslo": a
	// founding after the comma speaks of a body (a person is born).
	if kind == "" && title == "" && d.foundedAfter(to) {
		kind = "organization"
	}
	return []mention{d.newMention(from, to, kind, title, affil)}
}

// membersOfPlace reports a group named by its members in the plural, two
// words or more before "of" at token k, then a known place that ends the
// run [from, to): "Associated General Contractors of Alabama",
// "Independent Grocers of Ohio". (Not a people's name in the plural:
// "Mexican Americans of Texas".)
func (d *doc) membersOfPlace(from, k, to int) bool {
	if k-from < 2 || to-k-1 < 1 || to-k-1 > 3 || d.givenAt(from) || !d.toks[k-1].cap {
		return false
	}
	lw := d.low(k - 1)
	if !peoplePlural(lw) || demonyms[strings.TrimSuffix(lw, "s")] != "" || partyMembers[strings.TrimSuffix(lw, "s")] {
		return false
	}
	_, place := places[strings.ToLower(trimPossessive(d.joinName(k+1, to)))]
	return place
}

// foundedAfter reports a comma at token k, then a participle of a body's
// founding and a preposition ("founded in", "established by").
func (d *doc) foundedAfter(k int) bool {
	t := d.toks
	if k+2 >= len(t) || d.tok(k) != "," || t[k+2].sent != t[k].sent {
		return false
	}
	switch d.low(k + 1) {
	case "founded", "established", "headquartered", "incorporated":
		switch d.low(k + 2) {
		case "in", "by", "on", "as":
			return true
		}
	}
	return false
}

// dayThenVerb reports "on", a weekday and a verb in the past or of
// saying from token k ("on Thursday announced").
func (d *doc) dayThenVerb(k int) bool {
	t := d.toks
	if k+2 >= len(t) || d.tok(k) != "on" || t[k+2].sent != t[k].sent || !isWeekday(d.low(k+1)) || !t[k+2].word || t[k+2].cap {
		return false
	}
	lw := d.low(k + 2)
	_, speech := speechVerb[lw]
	return speech || irregularPast[lw] || finiteVerb(lw) && !singularAuxiliaries[lw]
}

// knownLetters reports a word in capitals that the gazetteers know for a
// body or a place ("WHO", "US").
func (d *doc) knownLetters(i int) bool {
	w := trimPossessive(d.tok(i))
	return len(w) >= 2 && w == strings.ToUpper(w) && knownName(w)
}

// lookupOutletMiss reports that name is no known outlet.
func (d *doc) lookupOutletMiss(name string) bool {
	_, ok := lookupOutlet(name)
	return !ok
}

// hasAnd reports an "and" among tokens [from, to).
func (d *doc) hasAnd(from, to int) bool {
	for k := from + 1; k < to-1; k++ {
		if d.tok(k) == "and" {
			return true
		}
	}
	return false
}

// demonymPeels reports that the capitalised words [from, to) after a
// demonym name a person: a title, a given name, another demonym, or one
// word alone.
func (d *doc) demonymPeels(from, to int) bool {
	if from >= to {
		return false
	}
	lw := d.low(from)
	// ("American JJ Spaun": two initials in capitals, then a surname.)
	return to-from == 1 || isTitleWord(lw) || portfolios[lw] || d.givenAt(from) || demonyms[lw] != "" ||
		to-from == 2 && d.initialsWord(from) ||
		from+1 < to && isTitleWord(strings.ToLower(d.tok(from)+" "+d.tok(from+1)))
}

// ownerSuffix reports a word like "Seattle-based" or "Amazon-owned".
func ownerSuffix(lw string) bool {
	i := strings.LastIndexByte(lw, '-')
	if i <= 0 {
		return false
	}
	switch lw[i+1:] {
	case "based", "owned", "backed", "led", "listed", "funded", "controlled", "headquartered", "run", "operated", "affiliated", "dominated", "leading":
		return true
	}
	return false
}

func joinTitle(a, b string) string {
	if a == "" {
		return b
	}
	return a + " " + b
}

// kindOpen reports a mention whose kind other signs may still decide:
// none yet, or a person's by its shape alone, with no title and no given
// name or role opening it.
func (d *doc) kindOpen(m *mention) bool {
	return m.kind == "" || m.kind == "person" && m.title == "" && d.personStart(m.from, m.to) < 0
}

func (d *doc) newMention(from, to int, kind, title, affil string) mention {
	m := mention{from: from, to: to, start: d.toks[from].start, end: d.toks[to-1].end,
		kind: kind, title: title, affiliation: affil}
	m.name = d.joinName(from, to)
	// Possessive: the name ends before 's.
	if p := trimPossessive(m.name); p != m.name {
		m.end -= len(m.name) - len(p)
		m.name = p
	}
	// Nickname in quotes inside the name.
	if i := indexAny(m.name, `"“‘`); i >= 0 {
		rest := m.name[i:]
		_, n := utf8.DecodeRuneInString(rest)
		if j := indexAny(rest[n:], `"”’`); j >= 0 {
			nick := rest[n : n+j]
			_, n2 := utf8.DecodeRuneInString(rest[n+j:])
			m.alias = strings.TrimSpace(nick)
			m.name = strings.Join(strings.Fields(m.name[:i]+rest[n+j+n2:]), " ")
		}
	}
	// ‘El Chapo’ Guzman, the opening mark left outside the run.
	// (Not "Employees’ Organization": a plural's possessive.)
	if i := indexAny(m.name, "”’\""); i > 0 && m.alias == "" && closesNick(m.name, i) && !d.pluralOwnerAcross(from, to) {
		_, n := utf8.DecodeRuneInString(m.name[i:])
		if rest := strings.TrimSpace(m.name[i+n:]); rest != "" {
			m.alias = strings.TrimSpace(m.name[:i])
			m.start = d.toks[to-1].start
			for k := from; k < to; k++ {
				if d.toks[k].start > d.toks[from].start && isNickClose(d.tok(k)) && k+1 < to {
					m.start = d.toks[k+1].start
					break
				}
			}
			m.name = rest
		}
	}
	// "Trump administration": a name followed by a lower-case body word.
	if to < len(d.toks) && d.toks[to].sent == d.toks[from].sent && m.kind != "place" {
		switch w := d.tok(to); {
		case w == "party" && to-from >= 2:
			// "the Democratic Progressive party": a name of several
			// words, no person's, before a lower-case "party" is the
			// party's, written with the noun as news writes it. One
			// word ("Likud party") is named alone, below.
			if d.kindOpen(&m) && trimPossessive(d.tok(to-1)) == d.tok(to-1) && d.partyName(from, to) {
				m.name += " " + w
				m.end = d.toks[to].end
				m.kind = "organization"
			}
		case w == "administration" || w == "campaign" || w == "network" || w == "movement" || w == "militia" || w == "faction":
			// "Haqqani network", "Gulen movement": the noun is part of the
			// group's name as news writes it.
			// ("George W Bush's administration": after an owner's
			// possessive the person is named, not a body.)
			if w != "administration" && w != "campaign" && m.title != "" || trimPossessive(d.tok(to-1)) != d.tok(to-1) {
				break
			}
			m.name += " " + w
			m.end = d.toks[to].end
			m.kind = "organization"
			m.title = ""
		default:
			// "Likud party", "Wikileaks co-founder": a one-word name before an
			// organisation noun or a member's role names an organisation.
			// Not "Beauty company Coty": a noun that introduces the name
			// after it makes the word before an adjective.
			// (But "Council member Jumaane Williams": a body's bare noun
			// before "member" is a title's first word.)
			if to-from == 1 && (m.kind == "" || m.kind == "person" && m.title == "") && !d.toks[to].cap && (orgNouns[w] || memberRole(w)) && d.nameNotOpener(from) && trimPossessive(d.tok(from)) == d.tok(from) &&
				!(orgHeads[d.low(from)] && (w == "member" || w == "members") && !knownName(d.tok(from))) &&
				!(orgLeads[w] && to+1 < len(d.toks) && d.toks[to+1].sent == d.toks[to].sent && d.toks[to+1].cap && d.toks[to+1].word) {
				m.kind = "organization"
			}
			// "Philip Green's Arcadia retail group", "the Wagner
			// mercenary group": one word, a word of trade, then the
			// organisation's noun.
			if to-from == 1 && m.kind == "" && to+1 < len(d.toks) && d.toks[to+1].sent == d.toks[to].sent && !d.toks[to].cap &&
				d.toks[to+1].word && !d.toks[to+1].cap && orgNouns[d.low(to+1)] && !orgNouns[w] && !personRole(w) && d.nameNotOpener(from) &&
				trimPossessive(d.tok(from)) == d.tok(from) && !(to+2 < len(d.toks) && d.toks[to+2].sent == d.toks[to].sent && d.toks[to+2].cap && d.toks[to+2].word) {
				m.kind = "organization"
			}
			// "Manchester United manager Erik ten Hag": a name with no sign of
			// a person before a member's role is an organisation.
			// "Black Lives Matter activists": members in the plural too
			// (but "their North American neighbours" are people).
			if to-from > 1 && m.kind == "" && !d.toks[to].cap && (memberRole(w) || pluralWord(w) && personRole(strings.TrimSuffix(w, "s")) && d.personStart(from, to) < 0 && demonyms[d.low(to-1)] == "" && !nameConnectors[d.low(from)] &&
				trimPossessive(d.tok(to-1)) == d.tok(to-1)) {
				m.kind = "organization"
			}
			// "Walter Reed hospital": a name before a facility noun.
			if facilityNouns[w] && !d.toks[to].cap && !d.allDemonyms(from, to) && trimPossessive(d.tok(to-1)) == d.tok(to-1) && (m.kind == "person" && m.title == "" || m.kind == "") {
				// But "the Delhi airport", "the Rukban camp": a site is
				// named by its place; "a Forest Hill hotel room" by a
				// place or a brand.
				switch {
				case siteNouns[w]:
					m.kind = "place"
				case siteOrBrandNouns[w]:
					m.kind = ""
				default:
					m.kind = "organization"
				}
			}
		}
	}
	// "Browns pass rusher Myles Garrett", "Steelers coach Mike Tomlin": a
	// team, named in the plural, before a player's or coach's role.
	if to-from == 1 && m.kind == "" && strings.HasSuffix(m.name, "s") && !strings.HasSuffix(m.name, "ss") && d.teamRoleAfter(to) {
		m.kind = "organization"
	}
	// "impeached by the House": the chamber, not a building.
	if to-from == 1 && m.kind == "" && m.name == "House" && from > 0 && d.low(from-1) == "the" && d.toks[from-1].sent == d.toks[from].sent {
		m.kind = "organization"
	}
	// "over the Clippers", "the Lakers and the Clippers": one capitalised
	// plural after "the" inside a sentence names a team or a group (but
	// "the Oscars" is an event, "the Alps" a place the lists know).
	if to-from == 1 && m.kind == "" && from > 0 && d.low(from-1) == "the" && d.toks[from-1].sent == d.toks[from].sent &&
		!d.sentenceOpenerBefore(from-1) && pluralName(m.name) {
		m.kind = "organization"
	}
	// "the chief economist at Flexport", "analysts at Nomura": a one-word
	// name where people work is an organisation's.
	if to-from == 1 && m.kind == "" && (d.workplaceBefore(from) || d.workplaceTheBefore(from)) {
		m.kind = "organization"
	}
	// "the state broadcaster RTC": an outlet, whatever its name. Nouns
	// that also name other bodies ("ad agency Broadhead Co.",
	// "fact-checking website Full Fact") make an outlet only after a word
	// of news ("news agency Xinhua").
	if from > 0 && d.toks[from-1].sent == d.toks[from].sent && !d.toks[from-1].cap && outletWords[d.tok(from-1)] && (m.kind == "" || m.kind == "organization") &&
		(!orgLeads[d.tok(from-1)] || from > 1 && newsWords[d.low(from-2)]) && !d.verbBefore(from-1) {
		m.kind = "outlet"
	}
	// An acronym defined in parentheses right after: "(NORTHCOM)"; but
	// not a wire's credit after a dateline, "LONDON (AP)".
	if to+2 < len(d.toks) && d.tok(to) == "(" && d.tok(to+2) == ")" && isAcronym(d.tok(to+1)) &&
		(d.lookupOutletMiss(d.tok(to+1)) || !d.lookupOutletMiss(m.name)) {
		m.alias = d.tok(to + 1)
	}
	// "Prince Andrew", "Queen Elizabeth II": a royal is named with the
	// title when the name is one given name, with or without a numeral.
	if m.kind == "person" && royalTitles[strings.ToLower(m.title)] && m.alias == "" &&
		(to-from == 1 || to-from == 2 && romanNumeral(trimPossessive(d.tok(to-1)))) {
		m.name = m.title + " " + m.name
	}
	return m
}

// gatheringNouns name a gathering after the body that holds it.
var gatheringNouns = wordSet("gatheringNouns")

// thingNouns after a name make it a made thing's ("the Juno
// spacecraft").
var thingNouns = wordSet("thingNouns")

// siteNouns after a name make it a place's ("Delhi airport"),
// siteOrBrandNouns a place's or a company's ("Forest Hill hotel",
// "Marriott hotel").
var (
	siteNouns        = wordSet("siteNouns")
	siteOrBrandNouns = wordSet("siteOrBrandNouns")
)

// verbBefore reports a word used as a verb at token k: after "to", a
// modal or a pronoun ("altered to show Starmer", "they paper over").
func (d *doc) verbBefore(k int) bool {
	if k == 0 || d.toks[k-1].sent != d.toks[k].sent {
		return false
	}
	switch d.low(k - 1) {
	case "to", "will", "would", "can", "could", "may", "might", "should", "must", "did", "does", "do",
		"i", "we", "you", "they", "he", "she", "it":
		return true
	}
	return false
}

// companyHeads are the titles of those who run or own a company, which
// name the company after "of" ("CEO of Take-Two").
var companyHeads = wordSet("companyHeads")

// pluralName reports a capitalised word in the plural that no list
// knows as a place or a group of people ("Clippers", not "Americans").
func pluralName(w string) bool {
	lw := strings.ToLower(w)
	// Not "Minneapolis", "Memphis", "Texas": a vowel before the s is
	// seldom a plural's.
	if len(lw) < 5 || !strings.HasSuffix(lw, "s") || strings.ContainsAny(lw[len(lw)-2:len(lw)-1], "siuoa") ||
		strings.ContainsAny(lw, "-.") || isAcronym(w) || isRoleNoun(w) {
		return false
	}
	if _, ok := demonyms[strings.TrimSuffix(lw, "s")]; ok {
		return false
	}
	return classifyName(w, 1) == ""
}

// productSuffixes end the names of products and editions.
var productSuffixes = wordSet("productSuffixes")

// teamRoleAfter reports a player's position or a coach's role in the
// (at most two) lower-case words from token k ("pass rusher", "coach").
func (d *doc) teamRoleAfter(k int) bool {
	t := d.toks
	for j := k; j < k+2 && j < len(t) && t[j].sent == t[k-1].sent && t[j].word && !t[j].cap; j++ {
		if teamRoles[d.low(j)] {
			return true
		}
	}
	return false
}

// teamRoles are players' positions and coaches' roles.
var teamRoles = wordSet("teamRoles")

// workplaceBefore reports "at" right before token i with a person's role
// just before it ("economist at", "analysts at").
func (d *doc) workplaceBefore(i int) bool {
	t := d.toks
	if i < 2 || d.low(i-1) != "at" || t[i-1].sent != t[i].sent {
		return false
	}
	// "senior vp partnerships and revenue at Ubisoft": the role may
	// stand a few words before.
	for k := i - 2; k >= 0 && k >= i-6 && t[k].sent == t[i].sent && t[k].word; k-- {
		lw := strings.TrimSuffix(d.low(k), "s")
		if personRoles[lw] || personRoles[d.low(k)] {
			return true
		}
		if t[k].cap {
			return false
		}
	}
	return false
}

// workplaceTheBefore is workplaceBefore with "the" between "at" and the
// name ("a researcher at the Grattan Institute").
func (d *doc) workplaceTheBefore(i int) bool {
	return i > 0 && d.toks[i-1].sent == d.toks[i].sent && d.low(i-1) == "the" && d.workplaceBefore(i-1)
}

// thingLetters reports letters that stand for a thing or a role, not a
// body, alone or in the plural ("PC", "PCs", "CEOs", "SUVs").
func thingLetters(w string) bool {
	if notAcronymOrgs[w] {
		return true
	}
	if len(w) < 3 || w[len(w)-1] != 's' {
		return false
	}
	return notAcronymOrgs[w[:len(w)-1]]
}

// nameAdjectives are words of notNames that may open a body's name
// ("New Schools Network", "Local Government Association").
var nameAdjectives = wordSet("nameAdjectives")

// brandOfTitle reports a plain word and a royal title [from, to) that
// name a company, not a role ("Burger King", "Sun King", "Dairy Queen"):
// the first word is no title, given name, place, people, portfolio or
// body's word, and no "the" stands before ("the Sun King" is a monarch).
func (d *doc) brandOfTitle(from, to int) bool {
	// (Nor after an owner or a work's noun: "the band's Disco Queen",
	// "the song Disco Queen" are songs.)
	if to-from != 2 || !royalTitles[d.lowPossessive(to-1)] || from > 0 && d.toks[from-1].sent == d.toks[from].sent &&
		(d.low(from-1) == "the" || possessive(d.tok(from-1)) || creativeWorks[d.low(from-1)]) {
		return false
	}
	lw := d.low(from)
	if isTitleWord(lw) || d.givenAt(from) || demonyms[lw] != "" || orgHeads[lw] || d.portfolioAt(from) || isAcronym(d.tok(from)) || knownName(d.tok(from)) || notNames[lw] {
		return false
	}
	if _, place := places[lw]; place {
		return false
	}
	return !d.royalPersonCue(from, to)
}

// royalPersonCue reports a sign that a word and a royal title [from, to)
// name a person or a monarch, whatever the given name: an appositive of
// a person's role or age after it ("Mervyn King, the former governor",
// "Hemi Queen, 64,") or a verb of reigning ("Sun King ruled France").
func (d *doc) royalPersonCue(from, to int) bool {
	t := d.toks
	if to < len(t) && t[to].sent == t[from].sent && reignVerbs[d.low(to)] {
		return true
	}
	if to+1 < len(t) && d.tok(to) == "," && t[to+1].sent == t[from].sent {
		for k := to + 1; k < to+5 && k < len(t) && t[k].sent == t[from].sent && d.tok(k) != ","; k++ {
			if lk := d.low(k); !t[k].cap && (personRole(lk) || lk == "who") || k == to+1 && isNumber(lk) {
				return true
			}
		}
	}
	return false
}

// reignVerbs say what a monarch does.
var reignVerbs = wordSet("reignVerbs")

// courtesyTitles address anyone; addressedOffices are the offices they
// address by name ("Mr. President", "Madam Chair").
var (
	courtesyTitles   = wordSet("courtesyTitles")
	addressedOffices = wordSet("addressedOffices")
)

// portfolios name what a minister or official is in charge of ("Trade
// Representative", "Home Secretary").
var portfolios = wordSet("portfolios")

// portfolioAt reports a portfolio at token k: one of the list, or any
// one plain capitalised word before "Minister", a title only a
// government gives ("Fisheries Minister", "Industry Minister"); a body,
// a place or a people before it says whose minister it is.
func (d *doc) portfolioAt(k int) bool {
	lw := d.low(k)
	if portfolios[lw] {
		return true
	}
	t := d.toks
	if k+1 >= len(t) || t[k+1].sent != t[k].sent || !t[k].word || !t[k].cap || (d.low(k+1) != "minister" && d.low(k+1) != "ministers") ||
		isAcronym(d.tok(k)) || trimPossessive(d.tok(k)) != d.tok(k) || demonyms[lw] != "" || knownName(d.tok(k)) || isTitleWord(lw) || d.givenAt(k) {
		return false
	}
	// ("Opposition leader", "Deputy Prime Minister": no portfolio.)
	if k > 0 && t[k-1].sent == t[k].sent && t[k-1].cap && t[k-1].word && !d.sentenceOpenerBefore(k-1) && !isTitleWord(d.low(k-1)) {
		return false
	}
	// ("Likud said … Likud Minister Avi Dichter": a name the article
	// also writes alone is a party's or a body's.)
	_, place := places[lw]
	return !place && !d.capAlone(k)
}

func isTitleWord(lw string) bool {
	if _, ok := titles[lw]; ok {
		return true
	}
	// "President-elect", "Governor-elect"
	if base, ok := strings.CutSuffix(lw, "-elect"); ok {
		_, ok = titles[base]
		return ok
	}
	// "Inspector-General", "Attorney-General"
	if strings.IndexByte(lw, '-') > 0 {
		_, ok := titles[strings.ReplaceAll(lw, "-", " ")]
		return ok
	}
	return false
}

func isQuoteMark(w string) bool {
	return w == `"` || w == "“" || w == "”" || w == "‘" || w == "’"
}

func (d *doc) allTitles(from, to int) bool {
	for k := from; k < to; k++ {
		lw := d.low(k)
		if isTitleWord(lw) || demonyms[lw] != "" {
			continue
		}
		// "US Secretary of State", "Ohio Secretary of State": the place
		// a title is held for opens it, as a demonym would.
		if _, place := places[lw]; k == from && place && k+1 < to && isTitleWord(d.low(k+1)) {
			continue
		}
		return false
	}
	return true
}

func (d *doc) allDemonyms(from, to int) bool {
	for k := from; k < to; k++ {
		lw := strings.TrimSuffix(d.low(k), "-born")
		if demonyms[lw] == "" {
			return false
		}
	}
	return true
}

// placeWordIn reports a word of a place's name in [from, to): "County" in
// "Bartholomew County Sheriff’s Department", whose first word is also a
// given name.
func (d *doc) placeWordIn(from, to int) bool {
	for k := from; k < to; k++ {
		if placeSuffixes[d.lowPossessive(k)] {
			return true
		}
	}
	return false
}

// capitalRoleSplit reads a run [from, to) that holds a role written in
// capitals, at its end after an employer ("ICAEW Chief Economist") or at
// its start before a body's name ("Associate Economist National
// Institute of …"): it returns the employer's mention alone, or nothing
// for a role alone ("Senior Analyst"). ok is false when the run holds no
// such role, or when a person's name may follow the role ("Chief
// Economist Andy Haldane").
func (d *doc) capitalRoleSplit(from, to int) ([]mention, bool) {
	grade := func(k int) bool { lw := d.low(k); return roleGrades[lw] || isTitleWord(lw) }
	// The role at the end: grades, then a person's noun that is no title.
	if last := d.low(to - 1); to-from >= 2 && personRole(last) && !isTitleWord(last) && roleGrades[d.low(to-2)] {
		k := to - 2
		for k > from && grade(k-1) {
			k--
		}
		if k == from {
			return nil, true
		}
		return d.mentionsIn(from, k), true
	}
	// The role at the start, before a body's name.
	if to-from >= 4 && grade(from) {
		k := from + 1
		for k < to-2 && grade(k) {
			k++
		}
		if lw := d.low(k); personRole(lw) && !isTitleWord(lw) && roleGrades[d.low(k-1)] && d.hasOrgHead(k+1, to) && d.personStart(k+1, to) < 0 {
			ms := d.mentionsIn(k+1, to)
			for i := range ms {
				if ms[i].kind == "" {
					ms[i].kind = "organization"
				}
			}
			return ms, true
		}
	}
	return nil, false
}

// pluralOwnerAcross reports a plural's possessive inside the run [from,
// to) (pluralOwnerIn).
func (d *doc) pluralOwnerAcross(from, to int) bool {
	for k := from + 1; k < to; k++ {
		if d.pluralOwnerIn(k) {
			return true
		}
	}
	return false
}

func (d *doc) hasOrgHead(from, to int) bool {
	for k := from; k < to; k++ {
		if orgHeads[d.low(k)] {
			return true
		}
	}
	return false
}

// titleOf reports a run that opens with titles and a connector: "Secretary
// of the Navy" is a role even though it ends in an organisation word.
func (d *doc) titleOf(from, to int) bool {
	for k := from + 1; k < to; k++ {
		if !d.toks[k].cap && nameConnectors[d.tok(k)] {
			return d.allTitles(from, k)
		}
	}
	return false
}

// knownPrefix reports a run whose first words are a known place or
// organisation ("New York", "New Zealand"), so "New" is no opener to peel.
func (d *doc) knownPrefix(from, to int) bool {
	for k := from + 2; k <= to && k <= from+4; k++ {
		ln := strings.ToLower(trimPossessive(d.joinName(from, k)))
		if _, ok := places[ln]; ok {
			return true
		}
		if _, ok := knownOrgs[ln]; ok {
			return true
		}
		if _, ok := lookupOutlet(ln); ok {
			return true
		}
	}
	return false
}

// knownName reports a name the gazetteers know as a place or organisation.
func knownName(name string) bool {
	ln := strings.ToLower(name)
	_, place := places[ln]
	_, org := knownOrgs[ln]
	return place || org
}

// newsWords before a noun like "agency" or "website" make it a news one.
var newsWords = wordSet("newsWords")

// royalTitles stay part of a royal's name.
var royalTitles = wordSet("royalTitles")

// romanNumeral reports a regnal number ("II", "XIV").
func romanNumeral(w string) bool {
	if w == "" || len(w) > 6 {
		return false
	}
	for _, r := range w {
		if !strings.ContainsRune("IVXL", r) {
			return false
		}
	}
	return true
}

// pairedDescriptors reads "the Russian and Syrian defense ministries",
// "the British and French governments": two demonyms joined by "and"
// (the run [from, to)) before one body noun, singular or plural, name two
// bodies. It returns their mentions, or nil.
func (d *doc) pairedDescriptors(from, to int) []mention {
	t := d.toks
	if to-from == 4 && d.low(from) == "the" {
		from++
	}
	if to-from != 3 || d.tok(from+1) != "and" || !d.allDemonyms(from, from+1) || !d.allDemonyms(from+2, to) {
		return nil
	}
	k := to
	for k < len(t) && k < to+2 && t[k].sent == t[from].sent && t[k].word && !t[k].cap && bodyModifiers[d.low(k)] {
		k++
	}
	if k >= len(t) || t[k].sent != t[from].sent || !t[k].word || t[k].cap {
		return nil
	}
	noun := d.lowPossessive(k)
	one := noun
	switch {
	case bodyNouns[noun]:
	case strings.HasSuffix(noun, "ies") && bodyNouns[strings.TrimSuffix(noun, "ies")+"y"]:
		one = strings.TrimSuffix(noun, "ies") + "y"
	case strings.HasSuffix(noun, "s") && bodyNouns[strings.TrimSuffix(noun, "s")]:
		one = strings.TrimSuffix(noun, "s")
	default:
		return nil
	}
	rest := d.joinName(to, k)
	if rest != "" {
		rest += " "
	}
	rest += one
	a := d.newMention(from, from+1, "organization", "", "")
	a.name = d.tok(from) + " " + rest
	b := d.newMention(from+2, k+1, "organization", "", "")
	b.name = d.tok(from+2) + " " + rest
	b.end = t[k].end
	return []mention{a, b}
}

// bodyTitleAt returns the token of a title inside the run [from, to)
// that a body's name ends before and a person's name of two or three
// words follows ("Treasury Board President Stockwell Day", "European
// Commission President Ursula von der Leyen"), or -1.
func (d *doc) bodyTitleAt(from, to int) int {
	for q := from + 2; q <= to-3 && q <= from+4; q++ {
		if !d.toks[q].cap || !isTitleWord(d.low(q)) || possessive(d.tok(q-1)) || isTitleWord(d.low(q-1)) || !d.hasOrgHead(from, q) {
			continue
		}
		if to-q-1 <= 4 && d.personShaped(q+1, to) {
			return q
		}
		return -1
	}
	return -1
}

// personShaped reports capitalised words [from, to), with at most the
// particles of a surname among them ("Ursula von der Leyen"), the first
// of them no title, no body's head word and no known name.
func (d *doc) personShaped(from, to int) bool {
	if to-from < 2 || isTitleWord(d.low(from)) || orgHeads[d.low(from)] || knownName(d.tok(from)) || isAcronym(d.tok(from)) {
		return false
	}
	for k := from; k < to; k++ {
		if !d.toks[k].word || !d.toks[k].cap && !surnameParticles[d.tok(k)] || orgHeads[d.lowPossessive(k)] {
			return false
		}
	}
	return d.toks[to-1].cap
}

// surnameParticles stand in lower case inside a person's name ("Ursula
// von der Leyen", "Vincent van Gogh").
var surnameParticles = wordSet("surnameParticles")

// eventTails end the names of events, days, laws and illnesses.
var eventTails = wordSet("eventTails")

// eventName reports a name of several words [from, to) that names an
// event, a day, a law or an illness by its last word ("Black Friday",
// "Logan Act", "Davis Cup Finals"), not one the lists know as a body.
func (d *doc) eventName(from, to int, whole string) bool {
	last := trimPossessive(d.low(to - 1))
	if !eventTails[last] && !isWeekday(last) || knownName(whole) {
		return false
	}
	_, outlet := lookupOutlet(whole)
	return !outlet
}

// capAlone reports that the capitalised word at token i also stands
// inside a sentence with neither "and" nor another capitalised word
// beside it ("at Ubisoft", "but Ubisoft said"), so "Ubisoft and Take-Two
// Interactive" is two names where "Food and Drug Administration" is one.
func (d *doc) capAlone(i int) bool {
	if d.aloneSeen == nil {
		d.aloneSeen = map[string]bool{}
		t := d.toks
		for k := 1; k < len(t); k++ {
			if t[k].word && t[k].cap && t[k-1].sent == t[k].sent && !t[k-1].cap && !d.sentenceOpenerBefore(k) &&
				(k+1 >= len(t) || t[k+1].sent != t[k].sent || !t[k+1].cap && d.tok(k+1) != "and" && !nameConnectors[d.tok(k+1)]) {
				d.aloneSeen[trimPossessive(d.tok(k))] = true
			}
		}
	}
	return d.aloneSeen[trimPossessive(d.tok(i))]
}

// membersConnectors join members named in the plural to their body
// ("Democrats on the committee", "Republicans in the Senate").
var membersConnectors = wordSet("membersConnectors")

// pluralWord reports a capitalised word in the plural ("Democrats",
// "Lawmakers"), not one ending in "ss" or an apostrophe.
func pluralWord(w string) bool {
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.ContainsAny(w, "'’")
}

// placeAcross reports a known place's name that starts at token from and
// takes in token p ("San Francisco" across the given name "Francisco").
func (d *doc) placeAcross(from, p int) bool {
	for k := p + 1; k <= len(d.toks) && k <= from+4; k++ {
		if _, ok := places[strings.ToLower(trimPossessive(d.joinName(from, k)))]; ok {
			return true
		}
	}
	return false
}

// codeWord reports a word of capital letters and digits, both ("QZ8501",
// "A320").
func codeWord(w string) bool {
	digits, letters := false, false
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= '0' && c <= '9':
			digits = true
		case c >= 'A' && c <= 'Z':
			letters = true
		case c == '-':
		default:
			return false
		}
	}
	return digits && letters
}

// partyWords are words of political parties' names ("Democratic
// Progressive", "People's Action", "Civic Platform").
var partyWords = wordSet("partyWords")

// partyName reports a name of several words [from, to), before a
// lower-case "party", that names a political party: one with a party's
// word, or else one not a kind of party ("a Super Bowl party") nor an
// event's or a holiday's ("the Christmas Eve party").
func (d *doc) partyName(from, to int) bool {
	t := d.toks
	for k := from; k < to; k++ {
		if lw := d.low(k); partyAdjectives[lw] || partyMembers[strings.TrimSuffix(lw, "s")] || partyWords[lw] {
			return true
		}
	}
	if from > 0 && t[from-1].sent == t[from].sent && (d.low(from-1) == "a" || d.low(from-1) == "an") {
		return false
	}
	for k := from; k < to; k++ {
		if holidays[d.low(k)] {
			return false
		}
	}
	return !eventTails[trimPossessive(d.low(to-1))]
}

// partyMembers are the nouns for one member of a party that a place may
// qualify ("a Virginia Democrat").
var partyMembers = wordSet("partyMembers")

// countNames spell a count ("five", "forty"); chamberNames are the
// chambers of a legislature a party's word may stand before.
var (
	countNames   = wordSet("countNames")
	chamberNames = wordSet("chamberNames")
)

// spelledCount reports a count written in two words joined by a hyphen
// ("forty-five"). (One word alone may open a name: "Ninety Mile Beach".)
func spelledCount(lw string) bool {
	a, b, ok := strings.Cut(lw, "-")
	return ok && countNames[a] && countNames[b]
}

// possessiveCompany reports a company's name with a possessive inside,
// at token k of the run [from, to), that a corporate suffix ends within
// three words ("Papa John’s International Inc", "Macy’s Inc"): news
// writes a company's legal name so; a person's possessive before a
// company opens with a given name ("Elon Musk’s X Corp").
func (d *doc) possessiveCompany(from, k, to int) bool {
	if to-k < 2 || to-k > 3 || !corporateSuffix(d.tok(to-1)) || d.givenAt(from) || knownName(trimPossessive(d.joinName(from, k+1))) {
		return false
	}
	_, outlet := lookupOutlet(trimPossessive(d.joinName(from, k+1)))
	return !outlet
}

// andInsideName reports an "and" at token k that joins two words of one
// body's name in the run [from, to), which a body's head word ends:
// "National Heart and Lung Institute", "National Oceanic and Atmospheric
// Administration" (an opening word bodies' names take, neither joined
// word written alone elsewhere), "England and Wales Cricket Board" (two
// places that share one body, not a government's).
func (d *doc) andInsideName(from, k, to int) bool {
	if to-k < 3 || to-k > 4 || !orgHeads[d.low(to-1)] || d.hasOrgHead(k+1, to-1) || d.hasOrgHead(from, k) || d.givenAt(from) {
		return false
	}
	if k-from == 1 {
		_, a := places[d.low(from)]
		_, b := places[d.low(k+1)]
		return a && b && to-k == 4 && !bodyModifiers[d.low(k+2)]
	}
	return k-from == 2 && bodyOpeners[d.low(from)] && !knownName(d.joinName(from, k)) &&
		!d.capAlone(k-1) && !d.capAlone(k+1)
}

// bodyOpeners open the names of national bodies and institutes
// ("National Heart and Lung Institute").
var bodyOpeners = wordSet("bodyOpeners")

// ofHeads are the nouns of journals and companies whose names go on with
// "of" ("Annals of Surgery", "Theatre of Black Women") without a body's
// head word.
var ofHeads = wordSet("ofHeads")

// peoplePlural reports a noun for people in the plural ("women",
// "doctors", "americans"); not those who act for someone ("Lawyers for
// Epstein").
func peoplePlural(lw string) bool {
	switch lw {
	case "women", "men", "people", "children", "parents", "mothers", "fathers", "veterans", "citizens", "students", "doctors", "nurses", "scientists":
		return true
	case "lawyers", "attorneys", "solicitors", "counsellors", "counselors", "representatives", "agents", "sources", "officials", "supporters", "sponsors":
		return false
	}
	if strings.HasSuffix(lw, "ans") && demonyms[strings.TrimSuffix(lw, "s")] != "" {
		return true
	}
	// "Hunters for the Hungry", "Neighbours for Refugees", "Physicians
	// for Human Rights": a noun for those who do something, in the
	// plural (not "Centers for Disease Control": a body's head word).
	if orgHeads[lw] || orgHeads[strings.TrimSuffix(lw, "s")] {
		return false
	}
	for _, suf := range agentPlurals {
		if len(lw) > len(suf)+2 && strings.HasSuffix(lw, suf) {
			return true
		}
	}
	return false
}

// agentPlurals end nouns for people in the plural.
var agentPlurals = []string{"ers", "ors", "ours", "ists", "ians", "ants", "ents"}

// faithAdjectives name a faith's followers and what is theirs
// ("Buddhist temple", "Sunni clerics").
var faithAdjectives = wordSet("faithAdjectives")

// stormWords open the names of storms.
var stormWords = wordSet("stormWords")

// rolePlural reports a role or a title in the plural at token k
// ("Marshals", "Attorneys"); not "Marines", a service.
func (d *doc) rolePlural(k int) bool {
	lw := d.lowPossessive(k)
	return lw != "marines" && (pluralRole(lw) || strings.HasSuffix(lw, "s") && isTitleWord(strings.TrimSuffix(lw, "s")))
}

// initialLetter reports an initial, with or without its stop ("J",
// "J."); not "I", nor "A", which open sentences.
func initialLetter(w string) bool {
	return (len(w) == 1 || len(w) == 2 && w[1] == '.') && w[0] >= 'B' && w[0] <= 'Z' && w[0] != 'I'
}

// initialsWord reports a person's initials written as one word of two
// capitals at token k ("JJ", "TJ"), no known body's nor an
// abbreviation's.
func (d *doc) initialsWord(k int) bool {
	w := d.tok(k)
	return len(w) == 2 && w[0] >= 'A' && w[0] <= 'Z' && w[1] >= 'A' && w[1] <= 'Z' && !notAcronymOrgs[w] && !knownName(w) && d.lookupOutletMiss(w)
}

// personBeforeOfBody reports two or three plain capitalised words at p,
// then "of the" and a name ending on a body's head word, in the run
// ending at to; the words before "of" must hold no head word and be no
// known name themselves ("United States of America").
func (d *doc) personBeforeOfBody(p, to int) bool {
	for k := p + 2; k <= p+3 && k+2 < to; k++ {
		if d.tok(k) != "of" || d.low(k+1) != "the" {
			continue
		}
		for j := p; j < k; j++ {
			if !d.toks[j].word || !d.toks[j].cap || isAcronym(d.tok(j)) || orgHeads[d.low(j)] {
				return false
			}
		}
		// ("Monthly Notices of the Royal Astronomical Society": a plural
		// before "of" names a work or a group.)
		last := d.low(k - 1)
		return orgHeads[d.low(to-1)] && !knownName(d.joinName(p, k)) && (!strings.HasSuffix(last, "s") || strings.HasSuffix(last, "ss"))
	}
	return false
}
