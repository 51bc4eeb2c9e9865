// Reading the source a cue cites, from the words after it: a known
// outlet, an agency, a journalist, a body named with its office or its
// owner, a list of names, or a body the mentions missed.

package extract

import "strings"

// officeAfter returns the last token of an officer's office named in
// lower case from token k, after a place's name: "sheriff's office",
// "district attorney's office", ", Calif., sheriff's office"; or -1.
func (d *doc) officeAfter(k int) int {
	t := d.toks
	if k+3 < len(t) && d.tok(k) == "," && t[k+1].cap && t[k+1].sent == t[k].sent {
		// "Orange County, Calif., sheriff's office"
		j := k + 2
		if j < len(t) && d.tok(j) == "." && t[j].start == t[j-1].end {
			j++
		}
		if j+1 < len(t) && d.tok(j) == "," && t[j].sent == t[k].sent {
			k = j + 1
		}
	}
	for j := k; j < k+2 && j+1 < len(t) && j > 0 && t[j].sent == t[j-1].sent && t[j].word && !t[j].cap; j++ {
		holder := trimPossessive(d.low(j))
		if holder == d.low(j) {
			if j == k && officeModifiers[holder] {
				continue // "district attorney's", "medical examiner's"
			}
			return -1
		}
		if officeHolders[holder] && t[j+1].sent == t[j].sent && (d.low(j+1) == "office" || d.low(j+1) == "department") {
			return j + 1
		}
		return -1
	}
	return -1
}

// officeHolders hold an office of a place ("sheriff's office"),
// officeModifiers stand before some of them ("district attorney").
var (
	officeHolders   = wordSet("officeHolders")
	officeModifiers = wordSet("officeModifiers")
)

// broadcasterAt returns the known outlet whose acronym stands at token i
// before the name of one of its programmes ("BBC Newsnight", "NPR’s
// Morning Edition"). A person after the possessive ("MSNBC’s Rachel
// Maddow") is read with the mentions instead.
func (d *doc) broadcasterAt(i int, byFrom map[int]int) (Source, bool) {
	t := d.toks
	w := trimPossessive(d.tok(i))
	if !isAcronym(w) || i+1 >= len(t) || t[i+1].sent != t[i].sent || !t[i+1].cap || !t[i+1].word || isAcronym(d.tok(i+1)) {
		return Source{}, false
	}
	if x, ok := byFrom[i+1]; ok && w != d.tok(i) && d.mentions[x].actor >= 0 && d.actors[d.mentions[x].actor].Kind == "person" {
		return Source{}, false
	}
	return outletSource(w)
}

// listGoesOn reports whether the token at k carries a list of cited
// names on: "and", or a comma before a name that "and", "or" or another
// comma follows ("X, Y and Z"). "According to data from Refinitiv,
// Alibaba will raise" lists nothing.
func (d *doc) listGoesOn(k int) bool {
	t := d.toks
	if k+1 >= len(t) || t[k+1].sent != t[k].sent {
		return false
	}
	if d.tok(k) == "and" {
		return true
	}
	if d.tok(k) != "," || !t[k+1].cap {
		return false
	}
	for j := k + 1; j < len(t) && j < k+9 && t[j].sent == t[k].sent; j++ {
		if t[j].cap && t[j].word || nameConnectors[d.low(j)] || d.tok(j) == "&" {
			continue
		}
		w := d.tok(j)
		return w == "," || w == "and" || w == "or"
	}
	return false
}

// ofListEnd returns the last token of a body's name whose "of" phrase
// lists several words ("Ministry of Trade, Industry and Energy",
// "Department of Health, Education and Welfare") when the names stop at
// the first comma, or -1.
func (d *doc) ofListEnd(m mention) int {
	t := d.toks
	if !strings.Contains(m.name, " of ") || m.to+3 >= len(t) || d.tok(m.to) != "," {
		return -1
	}
	for j := m.to; j+2 < len(t) && j < m.to+8 && t[j+2].sent == t[m.from].sent; j += 2 {
		if !t[j+1].cap || !t[j+1].word {
			return -1
		}
		switch d.tok(j) {
		case ",":
			continue
		case "and", "&":
			if e := j + 1; e+1 >= len(t) || t[e+1].sent != t[e].sent || !t[e+1].cap {
				return e
			}
		}
		return -1
	}
	return -1
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
		journo, outletNoun, bodyNoun := rel == "via" || rel == "interview" && d.interviewWith(k), false, false
		described := d.outletDescribedNameAt(k)
		if described > 0 {
			// "spoke with Polish TV station TVN24": the name after the
			// outlet's description is the outlet's.
			i, outletNoun = described, true
		} else if e := d.bodyDescribedNameAt(k); e > 0 && orgs {
			// "according to the UN’s refugee agency, UNHCR": the body's
			// name after its description.
			i, k = e, e
		}
		// Skip determiners and lower-case description words: "investigative
		// journalist Ken Klippenstein", "the Daily Mail", "a report by".
		for i < len(t) && t[i].sent == sent && i < k+6 {
			lw := d.low(i)
			if name, end, ok := d.addressAt(i); ok {
				// "according to poweroutage.us": a site by its address.
				add(Source{Name: name, Kind: "document", Relation: rel, Start: t[i].start, End: t[end].end}, i)
				return
			}
			if _, demonym := demonyms[lw]; demonym && t[i].cap && i+1 < len(t) && (outletWords[d.low(i+1)] || journalistWords[d.low(i+1)]) && !t[i+1].cap || d.tok(i) == "-" {
				// "hit-or-miss Taiwanese publication DigiTimes": a
				// description of the outlet, before its name.
				i++
				continue
			}
			if e := d.describedCompoundEnd(i); e >= i {
				// "UK-based monitoring group the Syrian Observatory", "the
				// Ann Arbor-based Center for Automotive Research": a place
				// joined to a description, before the name.
				i = e + 1
				continue
			}
			if e := d.placeDescriptionEnd(i, byFrom); e > i {
				// "analysts at US investment banking giant Goldman Sachs":
				// a place and what the body is, before its name.
				i = e
				continue
			}
			if d.tok(i) == "," && outletNoun && i+1 < len(t) && t[i+1].sent == sent && t[i+1].cap {
				// "told a local radio station, KQED": the outlet's name in
				// apposition to its noun.
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
			if lw != "the" && lw != "a" && lw != "an" {
				// "whale rescue group Project Jonah": the noun right
				// before the name says it is a body's.
				bodyNoun = orgNouns[lw]
			}
			if clausePrepositions[lw] {
				// "told the audience textbooks created through the OEI
				// cost little": the words after the one told run on into
				// a clause of their own.
				return
			}
			if prepositions[lw] {
				// "according to a statement from the ministry"
				if i > k && lw == "from" && messageNouns[d.low(i-1)] {
					if m, ok := d.personWithin(i+1, 6, byFrom); ok {
						// "according to a letter from committee Chairman
						// Rep. Darrell Issa": the letter is cited, named
						// with its writer; its writer speaks in it.
						add(Source{Name: d.text[t[i-1].start:m.end], Kind: "document", Relation: "document", Start: t[i-1].start, End: m.end}, i-1)
						return
					}
					if e := d.officeAfter(i + 1 + skipDet(d, i+1)); e > 0 {
						// "according to a letter from the mayor's office":
						// the letter, named with the office that sent it.
						add(Source{Name: d.text[t[i-1].start:t[e].end], Kind: "document", Relation: "document", Start: t[i-1].start, End: t[e].end}, i-1)
						return
					}
				}
				if i > k && (lw == "from" || lw == "by" || lw == "of") && (workNouns[d.low(i-1)] || documentNouns[d.low(i-1)] || d.low(i-1) == "note") {
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
			if documentNouns[lw] && !(i+1 < len(t) && (d.low(i+1) == "from" || d.low(i+1) == "by")) &&
				!(outletWords[lw] && i+1 < len(t) && t[i+1].sent == sent && t[i+1].cap && t[i+1].word) {
				// (Not "news website Rappler": the outlet's noun before its name.)
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
			if a, from, _, ok := d.affiliateSource(end, rel); ok {
				// "told CNN affiliate KGO": the station was told.
				add(a, from)
				return
			}
			// A known name the mentions split ("the New England Journal
			// of Medicine").
			if e := d.programmeEnd(end, byFrom); e > end {
				// "told the BBC News Channel": the channel is cited.
				o.Name, end = trimPossessive(strings.TrimPrefix(strings.TrimPrefix(d.text[t[i].start:t[e].end], "the "), "The ")), e
			}
			o.Relation, o.Start, o.End = rel, t[i].start, t[end].end
			add(o, i)
			d.journalistAfter(end+1, rel, byFrom, add)
			if p, ok := d.personAfterPossessive(mention{from: i, to: end + 1}); ok {
				// "The New York Times' Maggie Haberman"
				add(Source{Name: d.actors[p.actor].Name, Kind: "journalist", Relation: rel, Start: p.start, End: p.end}, p.from)
				return
			}
			k = end + 1
			if k < len(t) && t[k].sent == sent && d.listGoesOn(k) {
				k++
				continue
			}
			return
		}
		if o, ok := d.broadcasterAt(i, byFrom); ok {
			// "told BBC Newsnight": the programme is cited by its name;
			// "told NPR’s Morning Edition" cites the broadcaster.
			if a, from, _, ok := d.affiliateSource(i, rel); ok {
				// "told ABC New York station WABC": the station was told.
				add(a, from)
				return
			}
			end := i
			if e := d.programmeEnd(i, byFrom); e > i && trimPossessive(d.tok(i)) == d.tok(i) {
				o.Name, end = trimPossessive(d.text[t[i].start:t[e].end]), e
			}
			o.Relation, o.Start, o.End = rel, t[i].start, t[end].end
			add(o, i)
			d.journalistAfter(end+1, rel, byFrom, add) // "VOA Pentagon correspondent Carla Babb"
			return
		}
		// (Not "told the crowd “God Bless America”": after the one told,
		// a quoted title is what they were told.)
		if (rel == "told" || rel == "interview") && (i == k || d.low(i-1) == "on" || d.low(i-1) == "with") {
			if name, start, ok := d.quotedProgrammeAt(i); ok {
				// told "Fox & Friends", "in an interview on “CBS This
				// Morning.”": a programme cited by its title.
				add(Source{Name: name, Kind: "outlet", Relation: rel, Start: start, End: start + len(name)}, i)
				return
			}
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
		if !ok && described > 0 {
			// A name no list knows, that its description calls an outlet.
			e := i
			for e+1 < len(t) && e < i+3 && t[e+1].sent == sent && t[e+1].cap && t[e+1].word {
				e++
			}
			if e+1 < len(t) && t[e+1].sent == sent && auxiliaries[d.low(e+1)] {
				return // "told a Dutch newspaper Europe must act"
			}
			add(Source{Name: d.text[t[i].start:t[e].end], Kind: "outlet", Relation: rel, Start: t[i].start, End: t[e].end}, i)
			return
		}
		if !ok && orgs && i+2 < len(t) && t[i].cap && t[i].word && d.tok(i+1) == "and" && t[i+2].sent == sent {
			if x, found := byFrom[i+2]; found && d.mentions[x].actor >= 0 && d.actors[d.mentions[x].actor].Kind == "organization" && d.mentions[x].to-d.mentions[x].from >= 2 {
				// "according to Internet and Mobile Association of
				// India": a body's name whose first word, before its
				// "and", the names left out.
				e := d.mentions[x].end
				add(Source{Name: d.text[t[i].start:e], Kind: "agency", Relation: rel, Start: t[i].start, End: e}, i)
				return
			}
		}
		if !ok {
			if name, found := d.platformAt(i); found {
				add(Source{Name: name, Kind: "social", Relation: rel, Start: t[i].start, End: t[i].end}, i)
			} else if orgs || (rel == "told" || rel == "interview" || rel == "obtained_by" || rel == "reported_by") && d.unknownOutletAt(d.tok(i), i+1, rel) {
				// An acronym nobody knows that someone tells ("told TRD")
				// is an outlet's name, never a person's.
				d.unknownCited(i, rel, byFrom, add)
			}
			return
		}
		m := d.mentions[mi]
		d.outletOfPlace(&m, byFrom)
		if s, ok := d.outletServiceOf(m); ok {
			// "told Reuters Health": a known outlet's service, cited by
			// the name the article gives it.
			s.Relation, s.Start, s.End = rel, m.start, m.end
			add(s, m.from)
			return
		}
		if a, from, _, ok := d.affiliateSource(m.to-1, rel); ok && (m.kind == "outlet" || isOutlet(trimPossessive(m.name))) {
			// "told CNN affiliate KGO": the station was told.
			add(a, from)
			return
		}
		if e := d.andNameEnd(m, byFrom); e > 0 && orgs {
			// "the World Travel and Tourism Council": one body.
			name := strings.TrimPrefix(d.text[m.start:t[e].end], "the ")
			add(Source{Name: name, Kind: "agency", Relation: rel, Start: m.start, End: t[e].end}, m.from)
			return
		}
		if e := d.ofListEnd(m); e > 0 && orgs && m.actor >= 0 && d.actors[m.actor].Kind == "organization" {
			// "the Ministry of Trade, Industry and Energy": one body.
			add(Source{Name: d.text[m.start:t[e].end], Kind: "agency", Relation: rel, Start: m.start, End: t[e].end}, m.from)
			return
		}
		if e := d.officeAfter(m.to); e > 0 && m.kind != "person" && (m.actor < 0 || d.actors[m.actor].Kind != "person") {
			// "according to the Harris County sheriff's office": the
			// office of the place's officer, named with the place.
			add(Source{Name: d.text[m.start:t[e].end], Kind: "agency", Relation: rel, Start: m.start, End: t[e].end}, m.from)
			return
		}
		if x, ok := byFrom[m.to]; ok && orgs && m.kind != "person" && trimPossessive(d.tok(m.to-1)) != d.tok(m.to-1) && d.mentions[x].actor >= 0 &&
			d.actors[d.mentions[x].actor].Kind == "organization" && officeNouns[strings.ToLower(firstWord(d.actors[d.mentions[x].actor].Name))] {
			// "a report by NASA's Office of Inspector General": the
			// body's office, named with its owner.
			o := d.mentions[x]
			name := d.ownedName(o, d.actors[o.actor].Name)
			add(Source{Name: name, Kind: "agency", Relation: rel, Start: m.start, End: o.end}, m.from)
			return
		}
		if x, ok := byFrom[m.to]; ok && m.kind == "place" && trimPossessive(d.tok(m.to-1)) != d.tok(m.to-1) && d.mentions[x].kind != "place" {
			// "according to India's Central Pollution Control Board":
			// the body, not its country.
			m = d.mentions[x]
		}
		if d.journalistOfOutlet(m, rel, add) {
			return
		}
		if (rel == "citing" || rel == "according_to" && d.low(k-1) == "per") && m.kind != "outlet" && !isOutlet(trimPossessive(m.name)) && d.describedAfter(m.to) {
			return // "per NFL rules": the rules are cited, not the league
		}
		if d.instrumentAfterPossessive(m) {
			// "data collected by NASA's Cassini spacecraft": the
			// instrument's readings, no body's finding.
			return
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
			// newspaper": the word after says it is an outlet. A place
			// after "a" only says where the outlet is ("told a Missouri
			// television station"), and names none.
			if (m.kind == "place" || m.actor >= 0 && d.actors[m.actor].Kind == "place") && m.from > 0 && (d.low(m.from-1) == "a" || d.low(m.from-1) == "an") {
				return
			}
			add(Source{Name: strings.TrimPrefix(m.name, "The "), Kind: "outlet", Relation: rel, Start: m.start, End: m.end}, m.from)
			return
		}
		if bodyNoun && orgs && m.kind == "person" && m.title == "" && m.actor >= 0 && d.actors[m.actor].Kind == "person" && !d.givenAt(m.from) {
			// A body the mentions took for a person: "according to whale
			// rescue group Project Jonah".
			add(Source{Name: d.text[m.start:m.end], Kind: "agency", Relation: rel, Start: m.start, End: m.end}, m.from)
			return
		}
		if outletNoun && rel == "told" && m.to < len(t) && t[m.to].sent == sent && d.toldClauseAt(m.to) {
			// "told the newspaper Trump would resign", "told the
			// magazine Vogue photographed him": the name opens what was
			// told, and names no outlet.
			return
		}
		if outletNoun && m.kind != "outlet" && (m.actor < 0 || d.actors[m.actor].Kind == "organization" ||
			!journo && d.outletNounBefore(m.from) && !d.givenAt(m.from)) {
			// "the state broadcaster RTC", "the newspaper El Sol"
			add(Source{Name: strings.TrimPrefix(m.name, "The "), Kind: "outlet", Relation: rel, Start: m.start, End: m.end}, m.from)
		} else if s, ok := d.sourceOf(m, journo, orgs); ok {
			if s.Kind == "agency" && m.kind != "outlet" && d.madeBy(m.to) {
				// "the TexAuto Facts report from InfoNation": a work's
				// title, its maker after.
				add(Source{Name: trimPossessive(strings.TrimPrefix(m.name, "the ")) + " " + d.low(m.to), Kind: "document", Relation: rel, Start: m.start, End: t[m.to].end}, m.from)
				k = m.to + 2
				orgs = true
				continue
			}
			if rel == "according_to" && s.Kind == "agency" && m.kind != "outlet" && d.quoteAfterIn(sent, m.end) {
				// "Trump, according to the White House, went for a
				// “quick exam and labs”": the body speaks the words; a
				// speaker is no source. Words quoted before the cue are
				// the body's record ("…making interstate threats,"
				// according to the Department of Justice).
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
		} else if (orgs || (rel == "told" || rel == "interview" || rel == "obtained_by" || rel == "reported_by") && d.unknownOutletAt(m.name, m.to, rel)) && m.kind != "person" && m.kind != "place" && (m.actor < 0 || d.actors[m.actor].Kind != "person" && d.actors[m.actor].Kind != "place") {
			// A name the article gives once and nothing classifies.
			d.unknownCited(m.from, rel, byFrom, add)
		}
		// A list: "X and Y", "X, Y and Z".
		k = m.to
		if k < len(t) && t[k].sent == sent && d.listGoesOn(k) {
			k++
			continue
		}
		return
	}
}

// unknownAcronym reports an acronym no list knows, which someone who is
// told or who interviews is an outlet by ("told TRD", "an interview with
// WNYC"); a known body's ("told the FBI") is no outlet.
func unknownAcronym(w string) bool {
	if !isAcronym(w) || notAcronymOrgs[w] {
		return false
	}
	_, org := knownOrgs[strings.ToLower(w)]
	return !org
}

// clausePrepositions are prepositions no cited name's description
// holds, where the words after a cue have run into a clause.
var clausePrepositions = wordSet("clausePrepositions")

// unknownOutletAt reports a name no list knows, ending before token k,
// that someone who is told or interviewed is an outlet by: an acronym
// ("told TRD"), or one word shaped as web outlets name themselves where
// the words told end ("told HelloCare.", "in a statement to Indy100,").
// A company so named is told what follows ("told PayPal he would not
// pay", "told FedEx that the parcel was lost"), and told of a complaint
// ("told JetBlue, but heard nothing"): told, a name with a capital inside
// is an outlet only where the words told are quoted ("“It is over,” the
// coach told SportsDesk."); one ending in digits always is.
func (d *doc) unknownOutletAt(w string, k int, rel string) bool {
	if unknownAcronym(w) {
		return true
	}
	if k < len(d.toks) && d.toks[k].sent == d.toks[k-1].sent {
		switch d.tok(k) {
		case ".", ",", ":", ";":
		default:
			return false
		}
	}
	if !webShaped(w) {
		return false
	}
	return rel != "told" || !innerCapital(w) || d.quoteBefore(k-1)
}

// innerCapital reports an upper-case letter past a word's first.
func innerCapital(w string) bool {
	for i := 1; i < len(w); i++ {
		if w[i] >= 'A' && w[i] <= 'Z' {
			return true
		}
	}
	return false
}

// quoteBefore reports a quotation mark in token k's sentence before it.
func (d *doc) quoteBefore(k int) bool {
	for j := k - 1; j >= 0 && j > k-200 && d.toks[j].sent == d.toks[k].sent; j-- {
		if isQuoteMark(d.tok(j)) {
			return true
		}
	}
	return false
}

// webShaped reports one word with a capital or digits inside after a
// lower-case letter: "HelloCare", "Indy100"; not "McDonald".
func webShaped(w string) bool {
	if len(w) < 4 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	inner := false
	for i := 1; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= 'a' && c <= 'z':
		case (c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') && w[i-1] >= 'a' && w[i-1] <= 'z':
			if c <= 'Z' && c >= 'A' && !inner && surnamePrefixes[w[:i]] {
				return false // "McDonald", "DeVos": a surname
			}
			inner = true
		case c >= '0' && c <= '9' && inner:
		default:
			return false
		}
	}
	_, org := knownOrgs[strings.ToLower(w)]
	return inner && !org
}

// surnamePrefixes open surnames that have a capital inside.
var surnamePrefixes = wordSet("surnamePrefixes")

// unknownCited adds a name no list knows that a citing cue points at, from
// token i: "according to analysis from Poynter", "citing Refinitiv data".
// The capitalised words make the name; an outlet's shape makes it an
// outlet, anything else is taken for an organisation.
func (d *doc) unknownCited(i int, rel string, byFrom map[int]int, add func(Source, int)) {
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
	// rarely a whole name ("E! News"), unless it is an acronym, which
	// fullNames spells out or drops ("according to LN" for Live Nation).
	short := len(lw) < 3 && !(len(lw) == 2 && strings.ToUpper(lw) == d.tok(i))
	if rel == "via" || month || day || short || d.sents[t[i].sent].Start == t[i].start {
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
	if end == i && d.surnameOfNamed(d.tok(i)) {
		// "cautioned Jordan Wells, a staff attorney … According to
		// Wells": a person named before by a given name and this one.
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
	} else if d.madeBy(end + 1) {
		// "the TexAuto Facts report from InfoNation": the name is the
		// work's title, its maker follows.
		name, kind, end = name+" "+d.low(end+1), "document", end+1
		defer d.citedAfter(end+2, "report", byFrom, true, add)
	}
	add(Source{Name: name, Kind: kind, Relation: rel, Start: t[i].start, End: t[end].end}, i)
}

// madeBy reports a work's noun at token k followed by "from" or "by" and
// its maker: "report from InfoNation".
func (d *doc) madeBy(k int) bool {
	t := d.toks
	if k+2 >= len(t) || t[k].sent != t[k-1].sent || t[k].cap || !workNouns[d.low(k)] || d.low(k+1) != "from" && d.low(k+1) != "by" {
		return false
	}
	j := k + 2 + skipDet(d, k+2)
	return j < len(t) && t[j].sent == t[k].sent && t[j].cap
}

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
			if w := trimPossessive(strings.TrimPrefix(m.name, "the ")); isAcronym(name) && len(strings.Fields(w)) > 1 || d.workNounAfter(m.end) && !isAcronym(w) {
				// Named as written where it is cited: "the Drug
				// Enforcement Administration", not the "DEA" used later;
				// "a Brookings analysis", not the Brookings Institution
				// named elsewhere.
				name = w
			}
			return Source{Name: name, Kind: "agency"}, true
		}
	}
	return Source{}, false
}

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

// instrumentNouns name what gathers data for a body ("NASA's Cassini
// spacecraft", "ESA's Gaia mission").
var instrumentNouns = wordSet("instrumentNouns")

// instrumentAfterPossessive reports capitalised words and an instrument's
// noun right after mention m's possessive.
func (d *doc) instrumentAfterPossessive(m mention) bool {
	t := d.toks
	k := m.to
	if k < len(t) && (d.tok(k) == "’s" || d.tok(k) == "'s") {
		k++
	} else if trimPossessive(d.tok(m.to-1)) == d.tok(m.to-1) {
		return false
	}
	j := k
	for j < len(t) && j < k+5 && t[j].sent == t[m.from].sent && t[j].cap && t[j].word {
		j++
	}
	return j > k && j < len(t) && t[j].sent == t[m.from].sent && instrumentNouns[d.low(j)]
}

// describedCompoundEnd returns the token that ends a place joined to a
// description ("UK-based", "Ann Arbor-based") starting at the capitalised
// token i, or -1.
func (d *doc) describedCompoundEnd(i int) int {
	t := d.toks
	for j := i; j < i+3 && j < len(t) && t[j].sent == t[i].sent && t[j].cap && t[j].word; j++ {
		if describedCompound(d.low(j)) {
			return j
		}
	}
	return -1
}

// describedCompound reports a hyphenated word whose last part is a
// lower-case description ("uk-based", "state-run", "kremlin-backed").
func describedCompound(lw string) bool {
	h := strings.LastIndexByte(lw, '-')
	return h > 0 && h+1 < len(lw) && describedParts[lw[h+1:]]
}

// describedParts end a compound that describes the name after it.
var describedParts = wordSet("describedParts")

// quotedProgrammeAt returns a programme's title quoted from token i, its
// words capitalised as a title's are: "Fox & Friends", “CBS This
// Morning.” Spoken words are rarely all capitalised.
func (d *doc) quotedProgrammeAt(i int) (string, int, bool) {
	w := d.tok(i)
	if w != "“" && w != `"` {
		return "", 0, false
	}
	closer := "”"
	if w == `"` {
		closer = `"`
	}
	at := d.toks[i].end
	end := min(d.paras[d.sents[d.toks[i].sent].Para-1].End, at+60)
	n := strings.Index(d.text[at:end], closer)
	if n <= 0 {
		return "", 0, false
	}
	// `told "Go Home" to them`: words said to a listener, no programme.
	if strings.HasPrefix(strings.TrimLeft(d.text[at+n+len(closer):], " "), "to ") {
		return "", 0, false
	}
	title := strings.TrimRight(d.text[at:at+n], ".,")
	words := strings.Fields(title)
	if len(words) < 2 || len(words) > 6 || title != strings.TrimSpace(title) {
		return "", 0, false
	}
	for j, w := range words {
		c := w[0]
		if c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || w == "&" || j > 0 && nameConnectors[w] {
			if strings.ContainsAny(w, ",;:!?.") && !isAcronym(strings.TrimRight(w, ".")) {
				return "", 0, false
			}
			continue
		}
		return "", 0, false
	}
	return title, at, true
}

// interviewWith reports "in an interview with" or "during an interview
// with" right before token k: whoever is named next asked the questions
// and is cited as a journalist is ("in an interview with radio host Hugh
// Hewitt"); not "detectives conducted an interview with Jones".
func (d *doc) interviewWith(k int) bool {
	if k < 4 || d.low(k-1) != "with" || d.low(k-2) != "interview" {
		return false
	}
	j := k - 3
	if w := d.low(j); w != "a" && w != "an" && !possessives[w] {
		if j < 5 || d.toks[j].cap {
			return false
		}
		j-- // "in a radio interview with", "in a recent interview with"
		if w := d.low(j); w != "a" && w != "an" && !possessives[w] {
			return false
		}
	}
	return j > 0 && (d.low(j-1) == "in" || d.low(j-1) == "during") && d.toks[j-1].sent == d.toks[k].sent
}

// surnameOfNamed reports an actor named before in two words, the second
// w ("Jordan Wells" for "Wells"), whatever kind the names gave it: a
// person cited by surname.
// Only the first actors are looked at, which keeps a cue repeated in a
// text of thousands of names linear.
func (d *doc) surnameOfNamed(w string) bool {
	for x, a := range d.actors {
		if x >= 200 {
			break
		}
		first, rest, ok := strings.Cut(a.Name, " ")
		if ok && rest == w && (a.Kind == "person" || isGivenName(first) || !orgHeads[strings.ToLower(first)] && !isAcronym(first) && !strings.Contains(first, ".")) {
			return true
		}
	}
	return false
}

// quotedProgrammeOpens reports a programme's quoted title at token i:
// "said on “Face the Nation”", "appearing on "Meet the Press"".
func (d *doc) quotedProgrammeOpens(i int) bool {
	if i >= len(d.toks) || d.toks[i].sent != d.toks[i-1].sent {
		return false
	}
	_, _, ok := d.quotedProgrammeAt(i)
	return ok
}

// personWithin returns the person named among the n tokens from k in
// the sentence of token k-1, after lower-case words and titles only:
// "committee Chairman Rep. Darrell Issa".
func (d *doc) personWithin(k, n int, byFrom map[int]int) (mention, bool) {
	t := d.toks
	for j := k; j < k+n && j < len(t) && t[j].sent == t[k-1].sent; j++ {
		if x, ok := byFrom[j]; ok {
			m := d.mentions[x]
			return m, m.kind == "person"
		}
		if d.tok(j) == "," || speechVerb[d.low(j)] != "" || prepositions[d.low(j)] {
			break
		}
	}
	return mention{}, false
}

// placeDescriptionEnd returns the first token of a name that a place and
// lower-case words describe from token i ("US investment banking giant
// Goldman Sachs", "Japanese carmaker Toyota"), or -1.
func (d *doc) placeDescriptionEnd(i int, byFrom map[int]int) int {
	t := d.toks
	if !t[i].cap || !t[i].word {
		return -1
	}
	j := i + 1
	if x, ok := byFrom[i]; ok && d.mentions[x].kind == "place" {
		j = d.mentions[x].to
	} else if _, demonym := demonyms[d.low(i)]; !demonym {
		return -1
	}
	n := 0
	for ; j < len(t) && j < i+8 && t[j].sent == t[i].sent && t[j].word && !t[j].cap; j++ {
		lw := d.low(j)
		if prepositions[lw] || personRoles[lw] || strings.HasSuffix(lw, "s") && personRoles[lw[:len(lw)-1]] || journalistWords[lw] || outletWords[lw] || speechVerb[lw] != "" {
			return -1 // "US officials", "British broadcaster": cited as before
		}
		n++
	}
	if n == 0 || j >= len(t) || t[j].sent != t[i].sent || !t[j].cap || !t[j].word {
		return -1
	}
	return j
}

// outletServiceOf reads mention m as a known outlet's service named by
// the outlet and capitalised words after it ("Reuters Health", "CNN
// Business"), which the names may take for a person's. A place, a given
// name or a day after the outlet ("CNN Ukraine", "CNN Tuesday") makes no
// service, nor a given name before it.
func (d *doc) outletServiceOf(m mention) (Source, bool) {
	t := d.toks
	if m.kind == "outlet" || m.kind == "place" || m.to-m.from != 2 || trimPossessive(m.name) != m.name || m.title != "" || givenNames[d.low(m.from)] {
		return Source{}, false
	}
	if m.actor >= 0 && d.actors[m.actor].Kind == "place" {
		return Source{}, false
	}
	s, ok := outletSource(d.tok(m.from))
	if !ok || !t[m.from+1].cap || !t[m.from+1].word || isAcronym(d.tok(m.from+1)) {
		return Source{}, false
	}
	lw := d.low(m.from + 1)
	_, place := places[lw]
	_, day := weekdays[lw]
	_, month := monthNames[lw]
	if place || day || month || givenNames[lw] {
		return Source{}, false
	}
	s.Name = m.name
	return s, true
}

// toldClauseAt reports token k, right after a name that follows an
// outlet's noun and "told", as the name's verb: the name opens what was
// told. After the outlet's own name come the told words' openers
// ("told the newspaper El Sol that", "… he would resign", "… the plan
// was dead"), a time or a manner ("on Monday", "by phone"), or the
// sentence's end.
func (d *doc) toldClauseAt(k int) bool {
	tk := d.toks[k]
	if !tk.word || tk.cap {
		return false
	}
	if c := d.text[tk.start]; c >= '0' && c <= '9' {
		return false
	}
	lw := d.low(k)
	return !toldOpeners[lw] && !isWeekday(lw)
}

// toldOpeners open the words told, or a time or a manner of telling,
// after the outlet told.
var toldOpeners = wordSet("toldOpeners")
