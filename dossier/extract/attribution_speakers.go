// Naming the speaker a cue points at: the person a mention stands for
// among namesakes, a person by their role or age, or a description of
// someone the article leaves unnamed.

package extract

import "strings"

// mentionSpeaker is the name of the actor a speaker's mention stands
// for, checked against the other people the article names: "Ms Parry"
// is the woman of two Parrys, and "Fiona" alone the one Fiona named in
// full.
func (d *doc) mentionSpeaker(m *mention) string {
	a := m.actor
	if d.actors[a].Kind != "person" {
		return d.actors[a].Name
	}
	name := d.actors[a].Name
	g := titleGender(m.title)
	if m.title == "" && m.from > 0 && d.toks[m.from-1].cap {
		// "Ms Parry": a title written without its period.
		g = titleGender(d.tok(m.from - 1))
	}
	if g != "" && d.actorGender(a) != g {
		// The one other person with the same surname and the title's gender.
		if k, ok := d.namesakes()[surname(name)+" "+g]; ok && k >= 0 {
			return d.actors[k].Name
		}
	}
	if !strings.Contains(name, " ") && m.title == "" {
		if k, ok := d.givenNames()[name]; ok && k != a && k >= 0 {
			return d.actors[k].Name
		}
	}
	return name
}

// givenNames maps the given name of each person named in full to that
// person, or to -1 when several share it; built once.
func (d *doc) givenNames() map[string]int {
	d.indexNames()
	return d.byGiven
}

// namesakes maps a surname and a gender ("Lund f") to the one person of
// that gender named in full with the surname, or to -1 when several are:
// a map, so that each quotation's look-up does not walk every namesake.
func (d *doc) namesakes() map[string]int {
	d.indexNames()
	return d.bySurname
}

func (d *doc) indexNames() {
	if d.byGiven != nil {
		return
	}
	d.byGiven, d.bySurname = map[string]int{}, map[string]int{}
	// unique records i under key, or -1 when another is there already.
	unique := func(m map[string]int, key string, i int) {
		if _, seen := m[key]; seen {
			m[key] = -1
		} else {
			m[key] = i
		}
	}
	for i := range d.actors {
		first, _, ok := strings.Cut(d.actors[i].Name, " ")
		if d.actors[i].Kind != "person" || !ok {
			continue
		}
		unique(d.byGiven, first, i)
		if g := d.actorGender(i); g != "" {
			unique(d.bySurname, surname(d.actors[i].Name)+" "+g, i)
		}
	}
}

// surname is a name's last word.
func surname(name string) string { return name[strings.LastIndexByte(name, ' ')+1:] }

// informedPerson describes an unnamed speaker by what they know, in
// tokens [from, to): "a person familiar with the matter", "people briefed
// on the talks", "a source with knowledge of the plan"; else "".
func (d *doc) informedPerson(from, to int) string {
	for i := from; i+3 < to; i++ {
		switch d.low(i) {
		case "person", "people", "source", "sources":
		default:
			continue
		}
		switch d.low(i + 1) {
		case "familiar", "briefed", "close", "with":
		default:
			continue
		}
		// To the end of the phrase: a comma, a verb or a few words on.
		j := i + 2
		for j < to && j < i+8 && d.toks[j].word && d.class(j)&fSpeech == 0 && d.low(j) != "who" {
			j++
		}
		if j-i < 4 {
			continue
		}
		return d.text[d.toks[i].start:d.toks[j-1].end]
	}
	return ""
}

// actorByRole returns the one person whose role is the single role noun
// desc ("president"), or "".
func (d *doc) actorByRole(desc string) string {
	// "China’s ambassador": the owner's role.
	if i := strings.LastIndex(desc, "’s "); i > 0 {
		desc = desc[i+len("’s "):]
	} else if i := strings.LastIndex(desc, "'s "); i > 0 {
		desc = desc[i+len("'s "):]
	}
	if strings.Count(desc, " ") > 1 {
		return ""
	}
	desc = strings.ToLower(desc)
	// A role that is the noun itself wins over one that only starts or
	// ends with it ("the president": President Joan Miller, not Vice
	// President Tom Hale); each must be the only one of its kind.
	d.indexRoles()
	if r, ok := d.roleExact[desc]; ok {
		if r.n == 1 {
			return r.name
		}
		return ""
	}
	if r := d.roleNear[desc]; r.n == 1 {
		return r.name
	}
	return d.roleWrittenBefore(desc)
}

// roleWrittenBefore returns the one person whose name the article writes
// right after the words of desc ("Protest leader Suthep Thaugsuban" for
// "the protest leader"), when desc has two words; else "".
func (d *doc) roleWrittenBefore(desc string) string {
	a, b, ok := strings.Cut(desc, " ")
	if !ok || strings.Contains(b, " ") {
		return ""
	}
	found := -1
	for i := range d.mentions {
		m := &d.mentions[i]
		if m.actor < 0 || m.from < 2 || d.actors[m.actor].Kind != "person" || d.low(m.from-1) != b || d.low(m.from-2) != a {
			continue
		}
		if found >= 0 && found != m.actor {
			return ""
		}
		found = m.actor
	}
	if found < 0 {
		return ""
	}
	return d.actors[found].Name
}

// roleHolder is the person who holds a role, and how many do.
type roleHolder struct {
	name string
	n    int
}

// indexRoles maps, once per article, each person's lower-case role to its
// holders (roleExact), and each word run that starts or ends a role to
// the holders of such roles (roleNear: "minister" and "foreign" for
// "foreign minister", "the minister" and "the foreign minister" both
// standing for Foreign Minister Jane Doe), so that each quotation's
// look-up does not walk every actor.
func (d *doc) indexRoles() {
	if d.roleExact != nil {
		return
	}
	d.roleExact, d.roleNear = map[string]roleHolder{}, map[string]roleHolder{}
	count := func(m map[string]roleHolder, key, name string) {
		r := m[key]
		m[key] = roleHolder{name: name, n: r.n + 1}
	}
	seen := map[string]bool{}
	for _, a := range d.actors {
		if a.Kind != "person" || a.Role == "" {
			continue
		}
		role := strings.ToLower(a.Role)
		count(d.roleExact, role, a.Name)
		clear(seen)
		for p := range len(role) {
			if role[p] != ' ' {
				continue
			}
			// A role both starts and ends with the same words counts once.
			for _, key := range [2]string{role[:p], role[p+1:]} {
				if !seen[key] && key != role {
					seen[key] = true
					count(d.roleNear, key, a.Name)
				}
			}
		}
		// "new head coach for Suwon": the words before what the role is
		// of or for end in its noun, which "the coach" stands for too.
		head := role
		for _, prep := range [...]string{" for ", " of ", " at ", " with "} {
			if i := strings.Index(head, prep); i > 0 {
				head = head[:i]
			}
		}
		if head != role {
			for p := range len(head) {
				if head[p] == ' ' && !seen[head[p+1:]] {
					seen[head[p+1:]] = true
					count(d.roleNear, head[p+1:], a.Name)
				}
			}
		}
	}
}

// describe builds a description of an unnamed speaker from a role noun in
// tokens [from, to) and the words before it: "One senior intelligence
// official" -> "senior intelligence official"; "a spokesperson" in a
// paragraph about the Pentagon -> "Pentagon spokesperson".
func (d *doc) describe(from, to int) string { return d.describeIn(from, to, false) }

// describeLower is describe for role nouns written in lower case only, as
// in "a spokesperson for the Pentagon" (not a title: "Senator Tim Kaine").
func (d *doc) describeLower(from, to int) string { return d.describeIn(from, to, true) }

func (d *doc) describeIn(from, to int, lowerOnly bool) string {
	for i := to - 1; i >= from; i-- {
		if lowerOnly && d.toks[i].cap {
			continue
		}
		lw := d.low(i)
		// "said one Syrian in Aleppo": a demonym standing as a noun
		// after "one" or "a" describes a person the article leaves
		// unnamed; a place after "in" or "from" goes with it.
		if d.toks[i].cap && i > from && demonyms[lw] != "" && unnamedDet[d.low(i-1)] &&
			(i+1 >= len(d.toks) || !d.toks[i+1].cap || !d.toks[i+1].word) {
			e := i + 1
			if e+1 < to && (d.low(e) == "in" || d.low(e) == "from") && d.toks[e+1].cap {
				e += 2
				for e < to && d.toks[e].cap && d.toks[e].word {
					e++
				}
			}
			return d.text[d.toks[i-1].start:d.toks[e-1].end]
		}
		// "According to the man": a person the article leaves unnamed.
		// "according to the judges": a role in the plural after "the"
		// is a group the article leaves unnamed.
		plain := !d.toks[i].cap && i > from && d.class(i-1)&fDeterminer != 0 && d.low(i-1) != "an" && d.low(i-1) != "its" &&
			(plainPeople[lw] || d.low(i-1) == "the" && len(lw) > 3 && lw[len(lw)-1] == 's' && personRoles[lw[:len(lw)-1]])
		if !plain && (d.class(i)&fRole == 0 || d.toks[i].cap && i > from && !d.toks[i-1].cap) {
			continue
		}
		if !plain && !personRoles[lw] && !groupNouns[lw] {
			continue
		}
		// "a source close to the prime minister": the role after a
		// preposition is whom the speaker is close to; the speaker is
		// the role before, described with it.
		if k := d.roleBefore(from, i); k >= 0 {
			j := k
			for j > from && d.toks[j-1].word && !d.toks[j-1].cap {
				if lp := d.low(j - 1); notNames[lp] || lp == "a" || lp == "an" || lp == "the" {
					break
				}
				j--
			}
			return d.text[d.toks[j].start:d.toks[i].end]
		}
		j := i
		for j > from {
			pw := d.tok(j - 1)
			lp := strings.ToLower(pw)
			if notNames[lp] || !d.toks[j-1].word || lp == "a" || lp == "an" || lp == "the" {
				break
			}
			j--
		}
		desc := d.text[d.toks[j].start:d.toks[i].end]
		// "a spokesperson for the Ministry of Transport" -> "Ministry of
		// Transport spokesperson".
		if org := d.orgAfter(i + 1); org != "" {
			return org + " " + desc
		}
		// "a member of the audience": the group the role is taken from.
		if k := i + 1; k+2 < len(d.toks) && d.tok(k) == "of" && d.low(k+1) == "the" && d.toks[k+2].word && !d.toks[k+2].cap &&
			d.toks[k+2].sent == d.toks[i].sent && d.class(k+2)&fSpeech == 0 {
			desc = d.text[d.toks[j].start:d.toks[k+2].end]
		}
		if strings.HasPrefix(lw, "spokes") && j == i {
			if org := d.nearbyOrg(d.toks[i].start); org != "" {
				desc = org + " " + desc
			}
		}
		return desc
	}
	return ""
}

// unnamedDet are the determiners before a demonym or a role that make
// it a noun for one unnamed person: "one Syrian", "a Cuban", "another
// resident".
var unnamedDet = wordSet("unnamedDet")

// plainPeople are nouns for a person the article leaves unnamed that are
// no role: "the man", "a woman".
var plainPeople = wordSet("plainPeople")

// ageSpeaker resolves a speaker described by age in tokens [from, to),
// "the 56-year-old said", to the person the article named last, as a
// pronoun would be; else "".
func (d *doc) ageSpeaker(from, to int) string {
	for i := from; i+1 < to; i++ {
		if d.low(i) != "the" {
			continue
		}
		// The range may end at the verb: "the 56-year-old" in "…," the
		// 56-year-old said.
		for j := i + 1; j <= to && j <= i+6 && j < len(d.toks); j++ {
			if j < to && d.class(j)&fSpeech == 0 {
				continue
			}
			desc := strings.TrimSpace(d.text[d.toks[i+1].start:d.toks[j].start])
			if isAge(desc) {
				return d.resolvePronoun("one", d.toks[i].start)
			}
			break
		}
	}
	return ""
}

// isAge reports an age written as a noun: "56-year-old".
func isAge(s string) bool {
	digits, rest, ok := strings.Cut(s, "-")
	if !ok || digits == "" || rest != "year-old" {
		return false
	}
	for _, r := range digits {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}
