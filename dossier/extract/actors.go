package extract

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

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

// nameConnectors may stand inside a capitalised name ("Bank of America",
// "Osama bin Laden", "Jalisco New Generation Cartel").
var nameConnectors = wordSet("nameConnectors")

// findActors finds the people, organisations and places the article names
// and merges the different ways it names each one.
func findActors(d *doc) []Actor {
	var ms []mention
	for i := 0; i < len(d.toks); {
		if d.isFurniture(d.sents[d.toks[i].sent].Para) {
			// Headings, captions and related-story links name things in
			// title case; they propose no actors.
			i++
			continue
		}
		if d.isDateline(i) {
			i++
			continue
		}
		j := d.capRun(i)
		if j == i {
			i++
			continue
		}
		if e := d.descriptorEnd(i, j); e > j {
			if d.low(i) == "the" {
				i++
			}
			ms = append(ms, d.newMention(i, e, "organization", "", ""))
			i = e
			continue
		}
		ms = append(ms, d.mentionsIn(i, j)...)
		i = j
	}
	personsBySurname(d, ms)
	d.mentions = ms
	return d.cluster()
}

// descriptorEnd returns the end of an organisation named by a place or
// demonym and lower-case words, "the Hong Kong police", "the Chinese
// government", "the Syrian defense ministry", "the Communist party", when
// the capitalised run [from, to) starts one; else to.
func (d *doc) descriptorEnd(from, to int) int {
	t := d.toks
	if from < to-1 && d.low(from) == "the" {
		from++
	}
	name := strings.ToLower(trimPossessive(d.joinName(from, to)))
	_, place := places[name]
	if !place && !d.allDemonyms(from, to) && !(to-from == 1 && partyAdjectives[name]) {
		return to
	}
	for k := to; k < len(t) && k < to+3 && t[k].sent == t[from].sent && t[k].word && !t[k].cap; k++ {
		lw := d.low(k)
		if bodyNouns[lw] && (k+1 >= len(t) || t[k+1].sent != t[k].sent || !t[k+1].word ||
			!t[k+1].cap && bodyFollowers[d.low(k+1)]) {
			if partyAdjectives[name] && lw != "party" || !partyAdjectives[name] && lw == "party" {
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

// personsBySurname marks as people the undecided names of two or three
// words whose last word the article also uses alone ("Sheldon Richardson"
// … "Richardson said"): news refers to people, not organisations or
// places, by the last word of their name.
func personsBySurname(d *doc, ms []mention) {
	alone := map[string]bool{}
	for _, m := range ms {
		if m.to-m.from == 1 && (m.kind == "" || m.kind == "person") {
			alone[fold(m.name)] = true
		}
	}
	// How often each undecided name of several words recurs.
	seen := map[string]int{}
	for _, m := range ms {
		if m.kind == "" && m.to-m.from >= 2 {
			seen[fold(m.name)]++
		}
	}
	for i := range ms {
		m := &ms[i]
		if m.kind != "" || m.to-m.from < 2 {
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

// capRun returns the end of the run of capitalised words starting at i (i
// itself when token i does not start one).
func (d *doc) capRun(i int) int {
	t := d.toks
	if !t[i].word || !t[i].cap {
		return i
	}
	j := i + 1
	// No name runs longer than this; a longer run of capitals is a
	// headline or shouting, cut into names of at most this length.
	const maxRun = 16
	for j < len(t) && t[j].sent == t[i].sent && j-i < maxRun {
		switch {
		case t[j].word && (t[j].cap || nameParticle(d.tok(j))):
			j++
		case t[j].word && nameConnectors[d.tok(j)] && j+1 < len(t) && t[j+1].cap && t[j+1].word && t[j+1].sent == t[i].sent && !isTimeWord(d.low(j+1)):
			// "the Senate on Monday": a day or month ends the name.
			j += 2
		case t[j].word && leadConnectors[d.tok(j)] && j+2 < len(t) && articleConnectors[d.tok(j+1)] && t[j+2].cap && t[j+2].word && t[j+2].sent == t[i].sent:
			// "Secretary of the Navy", "Bank of the West"
			j += 3
		case isNickOpen(d.tok(j)) && j+3 < len(t):
			// Joaquín "El Chapo" Guzmán: a quoted nickname between two names.
			k := j + 1
			for k < len(t) && k < j+5 && t[k].word && t[k].cap {
				k++
			}
			if k > j+1 && k+1 < len(t) && isNickClose(d.tok(k)) && t[k+1].word && t[k+1].cap && t[k+1].sent == t[i].sent {
				j = k + 1
				continue
			}
			return j
		default:
			return j
		}
	}
	return j
}

// isTimeWord reports a weekday or month name.
func isTimeWord(lw string) bool {
	_, wd := weekdays[lw]
	_, mo := monthNames[lw]
	return wd || mo
}

func isNickOpen(s string) bool  { return s == `"` || s == "“" || s == "‘" || s == "'" }
func isNickClose(s string) bool { return s == `"` || s == "”" || s == "’" || s == "'" }

// mentionsIn turns a run of capitalised tokens into mentions: leading
// sentence words and titles are peeled off, "of" joins only what names an
// organisation, and a parenthesised acronym after it becomes an alias.
func (d *doc) mentionsIn(from, to int) []mention {
	// Peel words that only start the sentence ("The", "According").
	for from < to && notNames[strings.ToLower(trimPossessive(d.tok(from)))] && !d.knownPrefix(from, to) {
		from++
		for from < to && !d.toks[from].cap {
			from++
		}
	}
	if from >= to {
		return nil
	}
	// "Netanyahu’s Likud party", "The Washington Post’s Fact Checker": a
	// possessive ends one name.
	for k := from; k < to-1; k++ {
		if w := d.tok(k); trimPossessive(w) != w && !possessiveNames[strings.ToLower(trimPossessive(w))] {
			return append(d.mentionsIn(from, k+1), d.mentionsIn(k+1, to)...)
		}
	}
	whole := trimPossessive(d.joinName(from, to))
	// "VOA Pentagon correspondent", "CNN Washington": an outlet's name
	// before another known name is an outlet of its own.
	if _, ok := lookupOutlet(whole); !ok && to-from > 1 {
		for k := from + 1; k < to && k <= from+3; k++ {
			if _, ok := lookupOutlet(d.joinName(from, k)); ok && knownName(trimPossessive(d.joinName(k, to))) {
				return append(d.mentionsIn(from, k), d.mentionsIn(k, to)...)
			}
		}
	}
	if d.allDemonyms(from, to) {
		return nil
	}
	// "Ceres Robotics and Tyvak Systems Inc", "SBI and ICICI Bank": two
	// names, unless the left one is a single ordinary word ("Food and Drug
	// Administration") or an "of" makes one name ("Department of Health
	// and Human Services").
	if !knownName(whole) {
		for k := from + 1; k < to-1; k++ {
			if d.tok(k) == "of" {
				break
			}
			if d.tok(k) == "and" && (k-from >= 2 || isAcronym(d.tok(from)) || knownName(d.joinName(from, k))) {
				return append(d.mentionsIn(from, k), d.mentionsIn(k+1, to)...)
			}
		}
	}
	if k := classifyName(whole, to-from); k != "" && k != "person" && !d.titleOf(from, to) {
		return []mention{d.newMention(from, to, k, "", "")}
	}
	// "Council on Foreign Relations", "Bank of America": a connector after
	// an organisation word joins one organisation's name.
	for k := from + 1; k < to-1; k++ {
		if !d.toks[k].cap && nameConnectors[d.tok(k)] && d.tok(k) != "and" && d.tok(k) != "&" {
			if d.hasOrgHead(from, k) && !d.allTitles(from, k) {
				return []mention{d.newMention(from, to, "organization", "", "")}
			}
			break
		}
	}
	// Split at connectors that do not make an organisation name:
	// "Senator Tim Kaine of Virginia" names two actors.
	for k := from + 1; k < to-1; k++ {
		w := d.tok(k)
		if !d.toks[k].cap && nameConnectors[w] && w != "bin" && w != "ibn" && w != "al" && w != "van" && w != "von" && w != "de" && w != "del" && w != "da" && w != "der" && w != "y" && w != "ten" && w != "ter" && w != "du" && w != "zu" && w != "la" && w != "le" && w != "di" && w != "dos" && w != "das" && w != "den" && w != "el" {
			if d.allTitles(from, k) {
				// "Deputy Director of Public Prosecution Eva-Marie Persson": a
				// role, then the person; "Secretary of the Navy" alone is a
				// role, not an actor.
				if p := d.personStart(k+1, to); p > k+1 && p < to {
					m := d.newMention(p, to, "person", d.joinName(from, p), "")
					return []mention{m}
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
	if k := d.personStart(from+1, to); k > from+1 && k <= from+3 && k < to-1 && isAcronym(d.tok(k-1)) &&
		len(d.tok(k-1)) <= 4 && !isGivenName(d.tok(from)) {
		m := d.newMention(k, to, "person", "", "")
		if m.affiliation == "" {
			m.affiliation = d.joinName(from, k-1)
		}
		return []mention{m}
	}
	// "Palestinian Authority President Mahmoud Abbas": an organisation, a
	// title, then the person.
	{
		for k := from + 1; k < to-1; k++ {
			if !isTitleWord(d.low(k)) || givenNames[fold(d.tok(from))] || isTitleWord(d.low(from)) ||
				isTitleWord(strings.ToLower(d.tok(k-1)+" "+d.tok(k))) {
				continue
			}
			org := d.newMention(from, k, "organization", "", "")
			if c := classifyName(org.name, k-from); c == "place" || c == "outlet" {
				org.kind = c
			} else if c != "organization" && !d.hasOrgHead(from, k) &&
				!(k-from == 1 && demonyms[d.low(from)] == "" && k+1 < to && isGivenName(d.tok(k+1))) {
				// "Snapchat CEO Evan Spiegel": one unknown word, a title, then
				// a given name is an organisation too.
				break
			}
			rest := d.mentionsIn(k, to)
			for i := range rest {
				if rest[i].affiliation == "" {
					rest[i].affiliation = canonical(org.name, org.kind)
				}
			}
			return append([]mention{org}, rest...)
		}
	}
	// Titles and demonyms before a name: "Mexican President Claudia Sheinbaum".
	title, affil := "", ""
	for from < to-1 {
		w := d.tok(from)
		lw := strings.ToLower(w)
		if c, ok := demonyms[lw]; ok && affil == "" {
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
		if isTitleWord(lw) {
			// "President-elect Trump"
			title = joinTitle(title, w)
			from++
			continue
		}
		// "Chief Pentagon Spokesman": an organisation inside a title.
		if title != "" && from+2 < to && isTitleWord(d.low(from+1)) && classifyName(w, 1) == "organization" {
			affil = canonical(w, "organization")
			from++
			continue
		}
		break
	}
	if from >= to {
		return nil
	}
	// A run ending in a title names a role ("UK Home Secretary"), not a
	// person.
	if to-from > 1 && isTitleWord(d.low(to-1)) {
		return nil
	}
	name := trimPossessive(d.joinName(from, to))
	kind := classifyName(name, to-from)
	if title != "" && (kind == "" || kind == "person") {
		kind = "person"
	}
	if kind == "person" && title == "" && from > 0 && d.toks[from-1].sent == d.toks[from].sent && d.low(from-1) == "at" && !d.speaksNext(to) {
		// "analysts at Morgan Stanley": people work at organisations.
		kind = "organization"
	} else if kind == "person" && title == "" && !d.personEvidence(from, to) {
		// An unknown run of capitals ("Western Wall", "Cookie Search") is
		// a person only with a sign of one; else it waits for the
		// clustering to join it to a name it fits.
		kind = ""
	}
	if kind == "" && affil != "" && to-from == 1 {
		return nil
	}
	// "Disney Chief Executive Bob Iger", "Public Ombudsman Nadia Cruz": an
	// undecided run that ends in a given name and a surname is a person,
	// with the words before as their role.
	if kind == "" && title == "" {
		if p := d.personStart(from+1, to); p > from && to-p >= 2 && to-p <= 3 {
			return []mention{d.newMention(p, to, "person", d.joinName(from, p), affil)}
		}
	}
	return []mention{d.newMention(from, to, kind, title, affil)}
}

func joinTitle(a, b string) string {
	if a == "" {
		return b
	}
	return a + " " + b
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
	if i := strings.IndexAny(m.name, `"“‘`); i >= 0 {
		rest := m.name[i:]
		_, n := utf8.DecodeRuneInString(rest)
		if j := strings.IndexAny(rest[n:], `"”’`); j >= 0 {
			nick := rest[n : n+j]
			_, n2 := utf8.DecodeRuneInString(rest[n+j:])
			m.alias = strings.TrimSpace(nick)
			m.name = strings.Join(strings.Fields(m.name[:i]+rest[n+j+n2:]), " ")
		}
	}
	// ‘El Chapo’ Guzman, the opening mark left outside the run.
	if i := strings.IndexAny(m.name, "”’\""); i > 0 && m.alias == "" && closesNick(m.name, i) {
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
		switch w := d.tok(to); w {
		case "administration", "campaign":
			m.name += " " + w
			m.end = d.toks[to].end
			m.kind = "organization"
			m.title = ""
		default:
			// "Likud party", "Wikileaks co-founder": a one-word name before an
			// organisation noun or a member's role names an organisation.
			if to-from == 1 && (m.kind == "" || m.kind == "person" && m.title == "") && !d.toks[to].cap && (orgNouns[w] || memberRole(w)) && d.nameNotOpener(from) && trimPossessive(d.tok(from)) == d.tok(from) {
				m.kind = "organization"
			}
			// "Manchester United manager Erik ten Hag": a name with no sign of
			// a person before a member's role is an organisation.
			if to-from > 1 && m.kind == "" && !d.toks[to].cap && memberRole(w) {
				m.kind = "organization"
			}
			// "Walter Reed hospital": a name before a facility noun.
			if facilityNouns[w] && !d.toks[to].cap && !d.allDemonyms(from, to) && trimPossessive(d.tok(to-1)) == d.tok(to-1) && (m.kind == "person" && m.title == "" || m.kind == "") {
				m.kind = "organization"
			}
		}
	}
	// "the state broadcaster RTC": an outlet, whatever its name.
	if from > 0 && d.toks[from-1].sent == d.toks[from].sent && !d.toks[from-1].cap && outletWords[d.tok(from-1)] && (m.kind == "" || m.kind == "organization") {
		m.kind = "outlet"
	}
	// An acronym defined in parentheses right after: "(NORTHCOM)".
	if to+2 < len(d.toks) && d.tok(to) == "(" && d.tok(to+2) == ")" && isAcronym(d.tok(to+1)) {
		m.alias = d.tok(to + 1)
	}
	return m
}

func (d *doc) joinName(from, to int) string {
	var b strings.Builder
	for k := from; k < to; k++ {
		w := d.tok(k)
		if k > from && !(isNickClose(w) && k > from && isNickOpen(d.tok(k-1))) {
			prevEnd := d.toks[k-1].end
			if d.toks[k].start > prevEnd {
				b.WriteByte(' ')
			}
		}
		b.WriteString(w)
	}
	return strings.ReplaceAll(b.String(), "\u00ad", "")
}

func trimPossessive(s string) string {
	for _, suf := range []string{"'s", "’s", "’", "'"} {
		if strings.HasSuffix(s, suf) && len(s) > len(suf)+1 {
			return s[:len(s)-len(suf)]
		}
	}
	return s
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

func firstRune(s string) rune { r, _ := utf8.DecodeRuneInString(s); return r }

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
	if isOutlet(name) {
		return "outlet"
	}
	last := ln
	if i := strings.LastIndexByte(ln, ' '); i >= 0 {
		last = ln[i+1:]
	}
	if orgHeads[last] && words > 1 {
		// "Sam Houston State University"; a lone "Police" or "Court" names
		// no particular body.
		return "organization"
	}
	if words == 1 {
		if isAcronym(name) && !notAcronymOrgs[strings.ToUpper(name)] && !strings.ContainsAny(name, "0123456789") {
			return "organization"
		}
		return ""
	}
	return "person"
}

// canonical is the name an actor is listed under.
func canonical(name, kind string) string {
	ln := strings.ToLower(name)
	switch kind {
	case "place":
		if c, ok := places[ln]; ok {
			return c
		}
	case "organization":
		if c, ok := knownOrgs[ln]; ok {
			return c
		}
	}
	return name
}

// actorGroup gathers the mentions of one actor while clustering.
type actorGroup struct {
	name, kind string
	forms      map[string]bool
	order      []string
	role       string
	affil      string
	spans      []Span
	parts      []string // the folded words of name, split when first needed
}

// cluster groups mentions into actors: an organisation or place by its
// canonical name and aliases, a person by full name, with shorter forms
// ("Jones", "Gregory Guillot") joined to the earliest longer name they fit.
func (d *doc) cluster() []Actor {
	ms := d.mentions
	var groups []*actorGroup
	byKey := map[string]int{}
	add := func(key string, gi int) {
		if _, ok := byKey[strings.ToLower(key)]; !ok {
			byKey[strings.ToLower(key)] = gi
		}
	}
	newGroup := func(name, kind string) int {
		groups = append(groups, &actorGroup{name: name, kind: kind, forms: map[string]bool{}})
		gi := len(groups) - 1
		add(name, gi)
		return gi
	}

	// A run of capitals with no sign of its own is a person's name when its
	// last word names a person elsewhere: "Lena Varga" beside "lawyers for
	// Varga said she".
	surnames := map[string]bool{}
	for i := range ms {
		m := &ms[i]
		if m.to-m.from == 1 && (m.kind == "person" || m.kind == "" && d.speaksNext(m.to) && !isRoleNoun(m.name) && d.nameNotOpener(m.from)) {
			surnames[fold(m.name)] = true
		}
	}
	for i := range ms {
		m := &ms[i]
		if m.kind != "" || m.to-m.from < 2 || m.to-m.from > 4 || d.hasOrgHead(m.from, m.to) {
			continue
		}
		if parts := strings.Fields(m.name); surnames[fold(parts[len(parts)-1])] {
			m.kind = "person"
		}
	}
	// Pass 1: full names, organisations and places make the groups.
	for i := range ms {
		m := &ms[i]
		m.actor = -1
		if m.kind == "outlet" || m.kind == "" || (m.kind == "person" && !strings.Contains(m.name, " ")) {
			continue
		}
		name := canonical(m.name, m.kind)
		gi, ok := byKey[strings.ToLower(name)]
		if !ok {
			gi, ok = byKey[strings.ToLower(m.name)]
		}
		if !ok && m.kind == "person" {
			gi, ok = personMatch(groups, m.name)
		}
		if !ok {
			gi, ok = orgTailMatch(groups, m)
		}
		if !ok {
			gi = newGroup(name, m.kind)
		}
		m.actor = gi
		if m.alias != "" {
			add(m.alias, gi)
		}
		add(m.name, gi)
	}
	// Pass 2: single words join a group they fit (an alias, an acronym, a
	// person's surname); a lone word with a person's title, or one that
	// speaks, is a person known by one name.
	for i := range ms {
		m := &ms[i]
		if m.actor >= 0 || m.kind == "outlet" {
			continue
		}
		if gi, ok := byKey[strings.ToLower(canonical(m.name, m.kind))]; ok {
			m.actor = gi
		} else if gi, ok := byKey[strings.ToLower(m.name)]; ok {
			m.actor = gi
		} else if gi, ok := personMatch(groups, m.name); ok {
			m.actor = gi
		} else if gi, ok := orgTailMatch(groups, m); ok {
			m.actor = gi
		} else if m.kind == "person" || (m.kind == "" && d.speaksNext(m.to) && !isRoleNoun(m.name) && d.nameNotOpener(m.from)) {
			m.actor = newGroup(m.name, "person")
		} else if m.kind == "organization" || m.kind == "place" {
			m.actor = newGroup(canonical(m.name, m.kind), m.kind)
		}
		if m.actor >= 0 && m.alias != "" {
			add(m.alias, m.actor)
		}
	}

	for i := range ms {
		m := &ms[i]
		if m.actor < 0 {
			continue
		}
		g := groups[m.actor]
		for _, f := range []string{m.name, m.alias} {
			if f != "" && f != g.name && !g.forms[f] {
				g.forms[f] = true
				g.order = append(g.order, f)
			}
		}
		if g.role == "" && m.kind == "person" {
			role, affil := d.roleOf(m)
			g.role = role
			if g.affil == "" {
				g.affil = affil
			}
		}
		if g.affil == "" {
			g.affil = m.affiliation
		}
		para := d.sents[d.toks[m.from].sent].Para
		g.spans = append(g.spans, Span{Paragraph: para, Start: m.start, End: m.end})
	}

	// Actors in order of first mention; mentions renumbered to match.
	order := make([]int, 0, len(groups))
	for gi, g := range groups {
		if len(g.spans) > 0 {
			order = append(order, gi)
		}
	}
	sort.SliceStable(order, func(a, b int) bool { return groups[order[a]].spans[0].Start < groups[order[b]].spans[0].Start })
	idx := make([]int, len(groups))
	out := make([]Actor, 0, len(order))
	for _, gi := range order {
		g := groups[gi]
		aliases := g.order
		if aliases == nil {
			aliases = []string{}
		}
		idx[gi] = len(out)
		out = append(out, Actor{Name: g.name, Kind: g.kind, Role: g.role, Affiliation: g.affil,
			Aliases: aliases, Mentions: len(g.spans), Spans: g.spans})
	}
	for i := range ms {
		if ms[i].actor >= 0 {
			ms[i].actor = idx[ms[i].actor]
		}
	}
	return out
}

// personMatch finds the earliest person whose full name a shorter form fits:
// the same surname ("Jones"), any later part of a compound surname
// ("Morales" for "Raymundo Pedro Morales Ángeles"), or first and last names
// without the middle ("Gregory Guillot").
func personMatch(groups []*actorGroup, name string) (int, bool) {
	parts := strings.Fields(fold(name))
	if len(parts) == 0 {
		return 0, false
	}
	for gi, g := range groups {
		if g.kind != "person" {
			continue
		}
		if g.parts == nil {
			g.parts = strings.Fields(fold(g.name))
		}
		full := g.parts
		if len(full) <= len(parts) {
			continue
		}
		if len(parts) == 1 {
			for _, f := range full[1:] {
				if f == parts[0] {
					return gi, true
				}
			}
			continue
		}
		if full[0] == parts[0] && full[len(full)-1] == parts[len(parts)-1] {
			return gi, true
		}
		// "Morales Ángeles" for "Raymundo Pedro Morales Ángeles".
		if slices.Equal(full[len(full)-len(parts):], parts) {
			return gi, true
		}
	}
	return 0, false
}

// speaksNext reports whether a speech verb follows token i ("Hicks said").
func (d *doc) speaksNext(i int) bool {
	if i < len(d.toks) && d.toks[i].word {
		_, ok := speechVerb[d.low(i)]
		return ok
	}
	return false
}

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

func isTitleWord(lw string) bool {
	if _, ok := titles[lw]; ok {
		return true
	}
	// "President-elect", "Governor-elect"
	if base, ok := strings.CutSuffix(lw, "-elect"); ok {
		_, ok = titles[base]
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
		if !isTitleWord(lw) && demonyms[lw] == "" {
			return false
		}
	}
	return true
}

// fold lower-cases s and drops diacritics, so "Guzman" finds "Guzmán".
func fold(s string) string {
	s = strings.ReplaceAll(s, "\u00ad", "")
	simple := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			simple = false
			break
		}
	}
	if simple {
		return strings.ToLower(s)
	}
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if f, ok := foldMap[r]; ok {
			b.WriteRune(f)
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

var foldMap = func() map[rune]rune {
	m := map[rune]rune{}
	for base, accented := range map[rune]string{
		'a': "àáâãäåāă", 'c': "çćč", 'e': "èéêëēėęě", 'i': "ìíîïīį", 'n': "ñńň", 'o': "òóôõöøō",
		'u': "ùúûüūůű", 'y': "ýÿ", 's': "śšş", 'z': "źżž", 'l': "ł", 'r': "ř", 'd': "ď", 't': "ť", 'g': "ğ",
	} {
		for _, r := range accented {
			m[r] = base
		}
	}
	return m
}()

func (d *doc) allDemonyms(from, to int) bool {
	for k := from; k < to; k++ {
		lw := strings.TrimSuffix(d.low(k), "-born")
		if demonyms[lw] == "" {
			return false
		}
	}
	return true
}

func (d *doc) hasOrgHead(from, to int) bool {
	for k := from; k < to; k++ {
		if orgHeads[d.low(k)] {
			return true
		}
	}
	return false
}

// isGivenName reports a given name, or a hyphenated one that starts with
// one ("Eva-Marie").
func isGivenName(w string) bool {
	f := fold(w)
	if _, ok := nameGender[f]; ok || givenNames[f] {
		return true
	}
	if i := strings.IndexByte(f, '-'); i > 0 {
		return givenNames[f[:i]]
	}
	return false
}

// personStart finds where a person's name starts in tokens [from, to): the
// first given name, else -1.
func (d *doc) personStart(from, to int) int {
	for k := from; k < to; k++ {
		if isGivenName(d.tok(k)) {
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
	if isGivenName(d.tok(from)) || d.speaksNext(to) {
		return true
	}
	if from > 0 && t[from-1].sent == t[from].sent && !t[from-1].cap {
		lw := d.low(from - 1)
		if personRoles[lw] || speechVerb[lw] != "" && lw != "says" {
			return true
		}
	}
	if to+1 < len(t) && d.tok(to) == "," && t[to+1].sent == t[from].sent {
		for k := to + 1; k < to+5 && k < len(t) && t[k].sent == t[from].sent; k++ {
			lw := d.low(k)
			if k == to+1 && isNumber(lw) || k == to+2 && isNumber(lw) && (d.tok(k-1) == "both" || d.tok(k-1) == "aged" || d.tok(k-1) == "age") {
				return true
			}
			if !t[k].cap && (personRoles[lw] || lw == "who") {
				return true
			}
			if d.tok(k) == "," {
				break
			}
		}
	}
	return false
}

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

// Two connectors may stand together in a name: "Secretary of the Navy",
// "Ministry of the Interior", "Juan de la Cruz".
var (
	leadConnectors    = wordSet("leadConnectors")
	articleConnectors = wordSet("articleConnectors")
)

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

// closesNick reports a closing mark at byte i of a name followed by a space
// (the end of a nickname), not a letter ("Attorney’s").
func closesNick(name string, i int) bool {
	_, n := utf8.DecodeRuneInString(name[i:])
	return i+n >= len(name) || name[i+n] == ' '
}

// nameNotOpener reports whether the word at token i can be taken for a name
// though nothing else says so: it does not open its sentence, or the
// article also capitalises it where no sentence starts ("Wikileaks
// editor-in-chief …" beside "against Wikileaks co-founder …").
func (d *doc) nameNotOpener(i int) bool {
	if i == 0 || d.toks[i-1].sent != d.toks[i].sent || !d.toks[i-1].word && d.sentenceOpenerBefore(i) {
		return d.midCapital(d.tok(i))
	}
	return true
}

// sentenceOpenerBefore reports that only quote marks or brackets stand
// between the sentence start and token i.
func (d *doc) sentenceOpenerBefore(i int) bool {
	s := d.toks[i].sent
	for k := i - 1; k >= 0 && d.toks[k].sent == s; k-- {
		if d.toks[k].word {
			return false
		}
	}
	return true
}

// midCapital reports whether w appears capitalised somewhere other than
// at a sentence start.
func (d *doc) midCapital(w string) bool {
	if d.midCaps == nil {
		d.midCaps = map[string]bool{}
		for i := 1; i < len(d.toks); i++ {
			if d.toks[i].cap && d.toks[i].word && d.toks[i-1].sent == d.toks[i].sent && !d.sentenceOpenerBefore(i) {
				d.midCaps[trimPossessive(d.tok(i))] = true
			}
		}
	}
	return d.midCaps[trimPossessive(w)]
}

// notAcronymOrgs are capitalised abbreviations that name no organisation:
// degrees, units, technical terms.
var notAcronymOrgs = wordSet("notAcronymOrgs")

// facilityNouns after a name make it a place's or institution's name
// ("Walter Reed hospital", "Belmarsh prison").
var facilityNouns = wordSet("facilityNouns")

// nameParticle reports a lower-case particle joined to a surname
// ("al-Bashir", "bin-Salman", "el-Sisi").
func nameParticle(w string) bool {
	for _, p := range []string{"al-", "el-", "bin-", "ibn-", "abu-"} {
		if strings.HasPrefix(w, p) && len(w) > len(p) {
			r, _ := utf8.DecodeRuneInString(w[len(p):])
			return unicode.IsUpper(r)
		}
	}
	return false
}

// isDateline reports the place name in capitals that opens a wire story
// ("PORTVALE —"): it locates the story and names no actor.
func (d *doc) isDateline(i int) bool {
	t := d.toks[i]
	if !t.word || i+1 >= len(d.toks) {
		return false
	}
	p := d.paras[d.sents[t.sent].Para-1]
	if t.start != p.Start {
		return false
	}
	w := d.tok(i)
	if w != strings.ToUpper(w) || len(w) < 3 {
		return false
	}
	switch d.tok(i + 1) {
	case "—", "–", "-", ",":
		return true
	}
	return false
}

// degrees follow a name between commas ("Eric Biondi, MD, who …").
var degrees = wordSet("degrees")

// orgTailMatch joins a one-word organisation to the earliest longer
// organisation whose name ends in that word ("the Union" after
// "Steelworkers Union", "the Authority" after "Palestinian Authority").
func orgTailMatch(groups []*actorGroup, m *mention) (int, bool) {
	if m.kind != "organization" || strings.Contains(m.name, " ") {
		return 0, false
	}
	for gi, g := range groups {
		if g.kind == "organization" && strings.HasSuffix(g.name, " "+m.name) {
			return gi, true
		}
	}
	return 0, false
}
