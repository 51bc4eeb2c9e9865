// Stage 4 of finding actors: the mentions that name the same actor are
// merged ("Claudia Sheinbaum", "Sheinbaum", "President Sheinbaum") into
// one Actor with its aliases.

package extract

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// canonical is the name an actor is listed under.
func canonical(name, kind string) string {
	// The lower case is built on the stack, for lookups alone.
	var buf [64]byte
	switch kind {
	case "place":
		if c, ok := places[string(appendLower(buf[:0], name))]; ok {
			return c
		}
	case "organization":
		if c, ok := knownOrgs[string(appendLower(buf[:0], name))]; ok {
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
	written    bool     // the article writes name itself, not only its variants
	byLetters  bool     // an outlet mention named it only by its letters
}

// cluster groups mentions into actors: an organisation or place by its
// canonical name and aliases, a person by full name, with shorter forms
// ("Jones", "Gregory Guillot") joined to the earliest longer name they fit.
func (d *doc) cluster() []Actor {
	ms := d.mentions
	var groups []*actorGroup
	byKey := map[string]int{}
	// Keys are looked up lower-cased in one scratch buffer: a lookup
	// copies nothing.
	var scratch []byte
	lowKey := func(s string) []byte {
		scratch = appendLower(scratch[:0], s)
		return scratch
	}
	add := func(key string, gi int) {
		if _, ok := byKey[string(lowKey(key))]; !ok {
			byKey[strings.ToLower(key)] = gi
		}
	}
	index := newGroupIndex()
	newGroup := func(name, kind string) int {
		groups = append(groups, &actorGroup{name: name, kind: kind, forms: map[string]bool{}})
		gi := len(groups) - 1
		add(name, gi)
		index.add(gi, groups[gi])
		return gi
	}

	// A run of capitals with no sign of its own is a person's name when its
	// last word names a person elsewhere: "Lena Varga" beside "lawyers for
	// Varga said she".
	surnames := map[string]bool{}
	for i := range ms {
		m := &ms[i]
		if m.to-m.from == 1 && (m.kind == "person" || m.kind == "" && d.speaksNext(m.to) && !isRoleNoun(m.name) && !d.afterIn(m.from) && (d.nameNotOpener(m.from) || d.unknownSpeakerOpens(m.from))) {
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
	d.surnamesAsPeople(ms)
	// Pass 1: full names, organisations and places make the groups.
	for i := range ms {
		m := &ms[i]
		m.actor = -1
		if m.kind == "outlet" || m.kind == "" || (m.kind == "person" && !strings.Contains(m.name, " ")) {
			continue
		}
		name := canonical(m.name, m.kind)
		gi, ok := byKey[string(lowKey(name))]
		if !ok {
			gi, ok = byKey[string(lowKey(m.name))]
		}
		if !ok && m.kind == "person" {
			gi, ok = index.personMatch(m.name)
			// "Donald Trump Jr." beside "Donald Trump": the son is
			// another person. (A suffix left off later, "Pat Carlineo"
			// after "Patrick Carlineo Jr.", names the same one.)
			if g := generation(m.name); ok && g != "" && g != generation(groups[gi].name) {
				ok = false
			}
		}
		if !ok {
			gi, ok = index.orgTailMatch(m)
		}
		dk := ""
		if m.kind == "organization" {
			dk = descriptorKey(m.name)
		}
		if !ok && dk != "" {
			gi, ok = byKey[dk]
		}
		// "Live Nation" and "LiveNation": a brand written with and
		// without its space.
		sq := ""
		if m.kind == "organization" && strings.IndexByte(name, ' ') > 0 {
			sq = strings.ReplaceAll(strings.ToLower(name), " ", "")
		}
		if !ok && sq != "" {
			gi, ok = byKey[sq]
		}
		if !ok {
			gi = newGroup(name, m.kind)
		}
		if dk != "" {
			add(dk, gi)
		}
		if sq != "" {
			add(sq, gi)
		}
		m.actor = gi
		if m.alias != "" {
			add(m.alias, gi)
		}
		add(m.name, gi)
	}
	// Outlets named in the story are organisations in it too ("NPR
	// reports", "according to Reuters"), and a journalist named with the
	// outlet ("Sui-Lee Wee of the New York Times") a person. The outlet's
	// mentions keep no actor, so the sources and speakers found from
	// mentions stay as they are.
	outletOf := map[int]int{}
	var journalists []struct {
		gi   int
		span Span
	}
	for i := range ms {
		m := &ms[i]
		if m.kind != "outlet" || m.to < len(d.toks) && isNumber(d.tok(m.to)) {
			// "Nikkei 225", "Fortune 500": an index or a ranking.
			continue
		}
		name := m.name
		if who, rest, ok := strings.Cut(m.name, " of "); ok && d.journalistOfOutlet(*m, "", nil) {
			gi, found := byKey[string(lowKey(who))]
			if !found {
				gi, found = index.personMatch(who)
			}
			if !found && strings.Contains(who, " ") {
				gi, found = newGroup(who, "person"), true
			}
			if found {
				add(who, gi)
				para := d.sents[d.toks[m.from].sent].Para
				journalists = append(journalists, struct {
					gi   int
					span Span
				}{gi, Span{Paragraph: para, Start: m.start, End: m.start + len(who)}})
			}
			name = strings.TrimPrefix(rest, "the ")
		}
		canon := name
		if o, ok := lookupOutlet(name); ok {
			canon = o.name
		} else if o, ok := lookupOutlet("The " + name); ok {
			canon = o.name
		}
		gi, ok := byKey[string(lowKey(canon))]
		if !ok {
			gi, ok = byKey[string(lowKey(name))]
		}
		if !ok || groups[gi].kind != "organization" {
			gi = newGroup(canon, "organization")
		}
		add(name, gi)
		outletOf[i] = gi
	}
	// Pass 2: single words join a group they fit (an alias, an acronym, a
	// person's surname); a lone word with a person's title, or one that
	// speaks, is a person known by one name.
	for i := range ms {
		m := &ms[i]
		if m.actor >= 0 || m.kind == "outlet" {
			continue
		}
		if gi, ok := byKey[string(lowKey(canonical(m.name, m.kind)))]; ok {
			m.actor = gi
		} else if gi, ok := byKey[string(lowKey(m.name))]; ok {
			m.actor = gi
		} else if gi, ok := index.personMatch(m.name); ok {
			m.actor = d.nearestNamesake(groups, gi, i)
		} else if gi, ok := index.orgTailMatch(m); ok {
			m.actor = gi
		} else if m.kind == "person" || (m.kind == "" && d.speaksNext(m.to) && !isRoleNoun(m.name) && !d.afterIn(m.from) && (d.nameNotOpener(m.from) || d.unknownSpeakerOpens(m.from))) {
			kind := "person"
			if m.kind == "" && d.itSpeaks(m.to) {
				// "Nomura said it expects": a body speaks of itself as "it".
				kind = "organization"
			}
			m.actor = newGroup(m.name, kind)
		} else if m.kind == "organization" || m.kind == "place" {
			m.actor = newGroup(canonical(m.name, m.kind), m.kind)
		}
		if m.actor >= 0 && m.alias != "" {
			add(m.alias, m.actor)
		}
	}

	for i := range ms {
		m := &ms[i]
		gi := m.actor
		o, outlet := outletOf[i]
		if outlet {
			gi = o
		}
		if gi < 0 {
			continue
		}
		g := groups[gi]
		if !g.written {
			// (An outlet named only by its letters, "the AFP news
			// agency", "(AP)", is not written by its list's name.)
			g.written = outlet && !isAcronym(strings.TrimPrefix(m.name, "The ")) || strings.EqualFold(m.name, g.name) || strings.EqualFold(m.alias, g.name)
			if outlet && !g.written {
				g.byLetters = true
			}
		}
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

	for _, j := range journalists {
		groups[j.gi].spans = append(groups[j.gi].spans, j.span)
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
		if letters := strings.TrimPrefix(firstOr(aliases), "The "); !g.written && g.byLetters && isAcronym(letters) {
			// "the AFP news agency": an outlet the article names only by
			// its letters is listed by them, as news lists its wires.
			aliases = append(append([]string{}, aliases[1:]...), g.name)
			g.name = letters
		} else if !g.written && g.kind == "organization" && len(aliases) > 0 {
			// "the Islamic State" listed as ISIS: an article that never
			// writes the list's name is followed, and the list's name is
			// kept as an alias. (But a body named by its initials or by
			// its words is listed as the list has it: "SEC" for
			// "Securities and Exchange Commission", the Government
			// Accountability Office for "GAO".)
			long := 0
			for k, f := range aliases {
				if len(f) > len(aliases[long]) {
					long = k
				}
			}
			if name := aliases[long]; !initialsOf(g.name, name) && !initialsOf(name, g.name) {
				aliases = append(append(aliases[:long:long], aliases[long+1:]...), g.name)
				g.name = name
			}
		}
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

// asciiOnly reports whether s has no byte beyond ASCII.
func asciiOnly(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// appendLower appends strings.ToLower(s) to b.
func appendLower(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return append(b[:len(b)-i], strings.ToLower(s)...)
		}
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return b
}

// fold lower-cases s and drops diacritics, so "Guzman" finds "Guzmán".
func fold(s string) string {
	// Most names are ASCII, with no soft hyphen to drop: one pass tells,
	// and lowers them with one copy at most.
	upper := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return foldWide(s)
		}
		upper = upper || 'A' <= c && c <= 'Z'
	}
	if !upper {
		return s
	}
	return lowerASCII(s)
}

// foldWide is fold for a name with a rune beyond ASCII.
func foldWide(s string) string {
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

// nearestNamesake picks, among the people whose name the short form of
// mention i fits as it fits group gi's ("Gonzalez" for Maria and for Tom
// Gonzalez), the one named last before it: news writes the surname alone
// for the person it has just named.
func (d *doc) nearestNamesake(groups []*actorGroup, gi, i int) int {
	ms := d.mentions
	key := fold(ms[i].name)
	best, bestAt := gi, -1
	// Look back over a bounded number of mentions, so a long article
	// stays linear.
	for k := i - 1; k >= 0 && k >= i-antecedentReach; k-- {
		a := ms[k].actor
		if a < 0 || a >= len(groups) || groups[a].kind != "person" || ms[k].to-ms[k].from < 2 {
			continue
		}
		if a == gi {
			return gi
		}
		parts := groups[a].parts
		if parts == nil {
			parts = strings.Fields(fold(groups[a].name))
			groups[a].parts = parts
		}
		// Only a name that opens with a given name is sure enough to
		// take the surname from the first person of that name.
		if len(parts) > 1 && parts[len(parts)-1] == key && bestAt < 0 && isGivenName(parts[0]) {
			best, bestAt = a, k
			break
		}
	}
	return best
}

// descriptorKey returns the key that "Sudan’s government" and "the
// Sudanese government" share, a state body named by its country's name or
// demonym and a lower-case noun ("sudan government"); "" for other names.
func descriptorKey(name string) string {
	// Most names end in a capitalised word: no body noun.
	if i := strings.LastIndexByte(name, ' '); i < 0 || i+1 >= len(name) || name[i+1] < 'a' || name[i+1] > 'z' {
		return ""
	}
	words := strings.Fields(name)
	if len(words) < 2 || !bodyNouns[strings.ToLower(words[len(words)-1])] {
		return ""
	}
	for k := 1; k < len(words) && k <= 3; k++ {
		first := strings.Join(words[:k], " ")
		rest := strings.ToLower(strings.Join(words[k:], " "))
		if rest != strings.Join(words[k:], " ") {
			continue // a capitalised word after: "Chinese Communist Party"
		}
		if k == 1 {
			if c, ok := demonyms[strings.ToLower(first)]; ok {
				return strings.ToLower(c) + " " + rest
			}
		}
		if p := trimPossessive(first); p != first {
			if c, ok := places[strings.ToLower(p)]; ok {
				return strings.ToLower(c) + " " + rest
			}
		}
	}
	return ""
}

// itSpeaks reports a speech verb at token i followed by "it" or "its"
// ("said it would", "said its profit"), as a body speaks of itself.
func (d *doc) itSpeaks(i int) bool {
	if !d.speaksNext(i) || i+1 >= len(d.toks) || d.toks[i+1].sent != d.toks[i].sent {
		return false
	}
	switch d.low(i + 1) {
	case "it", "its", "it’s", "it's":
		return true
	}
	return false
}

// initialsOf reports letters that are the initials of a name's
// capitalised words: "SEC" of "Securities and Exchange Commission".
func initialsOf(letters, name string) bool {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		if r := firstRune(w); r >= 'A' && r <= 'Z' {
			b.WriteRune(r)
		}
	}
	return b.Len() > 1 && strings.HasSuffix(b.String(), strings.ToUpper(strings.ReplaceAll(letters, ".", "")))
}

// afterIn reports a name right after "in": "the newspaper in Monrovia
// reported" names where the speaker is, not who speaks.
func (d *doc) afterIn(i int) bool {
	return i > 0 && d.toks[i-1].sent == d.toks[i].sent && d.low(i-1) == "in" && !d.toks[i-1].cap
}

// generation returns the suffix that tells a father and his son apart at
// the end of a person's name ("Jr.", "Sr", "III"), or "".
func generation(name string) string {
	i := strings.LastIndexByte(name, ' ')
	if i < 0 {
		return ""
	}
	switch w := strings.TrimSuffix(name[i+1:], "."); w {
	case "Jr", "Sr", "II", "III", "IV":
		return w
	}
	return ""
}

// surnamesAsPeople reads a one-word place that speaks as the person
// named in full, with a given name, with it for a surname: "Jim Jordan … Jordan said",
// "Margaret Hamburg … Hamburg said". Cities and countries are surnames
// too; a place speaks by that name only where no such person is named.
// So does a word taken for a company because it opens the news of a day.
func (d *doc) surnamesAsPeople(ms []mention) {
	full := map[string]bool{}
	for i := range ms {
		if m := &ms[i]; m.kind == "person" && m.to-m.from >= 2 && d.givenAt(m.from) {
			full[fold(trimPossessive(d.tok(m.to-1)))] = true
		}
	}
	if len(full) == 0 {
		return
	}
	for i := range ms {
		m := &ms[i]
		// ("John Smith … Smith on Thursday announced": no company.)
		if m.to-m.from == 1 && full[fold(m.name)] && (m.kind == "place" && d.speaksNext(m.to) || m.kind == "organization" && d.dayThenVerb(m.to)) {
			m.kind = "person"
		}
	}
}

// firstOr returns the first of xs, or "".
func firstOr(xs []string) string {
	if len(xs) == 0 {
		return ""
	}
	return xs[0]
}
