package extract

import "strings"

// groupIndex finds the groups a shorter name joins without scanning every
// group, so clustering stays linear however many actors a text names. Each
// lookup gives the earliest group that fits, as a scan in order would.
type groupIndex struct {
	// later maps a word of a person's name after the first to the
	// earliest person of two or more words with it ("Jones").
	later map[string]int
	// ends maps first and last word to the earliest person of each
	// length with them ("Gregory Guillot" for "Gregory J. Guillot"),
	// indexed by length, -1 where none.
	ends map[string][]int
	// tails maps the last words of a person's name, as many as a shorter
	// form has, to the earliest longer person ending so ("Morales
	// Ángeles" for "Raymundo Pedro Morales Ángeles").
	tails map[string]int
	// firstOfTwo counts the people of two words by their first word
	// ("Liu" for "Liu Xiaoming"), keeping the earliest.
	firstOfTwo map[string][2]int // earliest group, how many (at most 2)
	// heads maps the first words of a person's name, two or more but not
	// all, to the earliest person starting so ("Te Kaurinui" for "Te
	// Kaurinui Robert Parata"): several given names written alone.
	heads map[string]int
	// orgTail maps the last word of an organisation of several words to
	// the earliest such organisation ("Union" for "Steelworkers Union").
	orgTail map[string]int
	// firstByLast maps a person's surname to the first names of the
	// people with it, earliest first ("Patrick" for "Pat Carlineo").
	firstByLast map[string][]firstName
}

type firstName struct {
	first string
	gi    int
}

// nameParts returns the folded words of a person's name without a
// generational suffix ("Patrick Carlineo Jr." is "patrick carlineo").
func nameParts(name string) []string {
	return trimSuffixPart(strings.Fields(fold(name)))
}

// trimSuffixPart drops a generational suffix from a name's folded words.
func trimSuffixPart(p []string) []string {
	if n := len(p); n > 2 {
		switch strings.TrimSuffix(p[n-1], ".") {
		case "jr", "sr", "ii", "iii", "iv":
			return p[:n-1]
		}
	}
	return p
}

func newGroupIndex() *groupIndex {
	return &groupIndex{later: map[string]int{}, ends: map[string][]int{},
		tails: map[string]int{}, heads: map[string]int{}, firstOfTwo: map[string][2]int{}, orgTail: map[string]int{}, firstByLast: map[string][]firstName{}}
}

// add indexes group gi, which is newer than every group indexed before.
func (x *groupIndex) add(gi int, g *actorGroup) {
	keep := func(m map[string]int, k string) {
		if _, ok := m[k]; !ok {
			m[k] = gi
		}
	}
	switch g.kind {
	case "organization":
		if i := strings.LastIndexByte(g.name, ' '); i >= 0 {
			keep(x.orgTail, g.name[i+1:])
		}
	case "person":
		if g.parts == nil {
			g.parts = strings.Fields(fold(g.name))
		}
		p := trimSuffixPart(g.parts)
		if len(p) < 2 {
			return
		}
		for _, w := range p[1:] {
			keep(x.later, w)
		}
		k := p[0] + " " + p[len(p)-1]
		e := x.ends[k]
		for len(e) <= len(p) {
			e = append(e, -1)
		}
		if e[len(p)] < 0 {
			e[len(p)] = gi
		}
		x.ends[k] = e
		for n := 2; n < len(p); n++ {
			keep(x.tails, strings.Join(p[len(p)-n:], " "))
			keep(x.heads, strings.Join(p[:n], " "))
		}
		if l := x.firstByLast[p[len(p)-1]]; len(l) < 4 {
			x.firstByLast[p[len(p)-1]] = append(l, firstName{p[0], gi})
		}
		if len(p) == 2 {
			f := x.firstOfTwo[p[0]]
			if f[1] == 0 {
				f[0] = gi
			}
			f[1] = min(f[1]+1, 2)
			x.firstOfTwo[p[0]] = f
		}
	}
}

// personMatch finds the earliest person whose full name a shorter form fits:
// the same surname ("Jones"), any later part of a compound surname
// ("Morales" for "Raymundo Pedro Morales Ángeles"), or first and last names
// without the middle ("Gregory Guillot").
func (x *groupIndex) personMatch(name string) (int, bool) {
	parts := nameParts(name)
	switch len(parts) {
	case 0:
		return 0, false
	case 1:
		if gi, ok := x.later[parts[0]]; ok {
			return gi, true
		}
		// "Liu" for "Liu Xiaoming", "Xi" for "Xi Jinping": a family name
		// written first, when one person of two names starts with it and
		// it is no given name that tells a gender ("Martha" for "Martha
		// Fry" is how features, not news, name people).
		if _, given := nameGender[parts[0]]; !given {
			if f := x.firstOfTwo[parts[0]]; f[1] == 1 {
				return f[0], true
			}
		}
		return 0, false
	}
	best := -1
	e := x.ends[parts[0]+" "+parts[len(parts)-1]]
	for n := len(parts) + 1; n < len(e); n++ {
		if e[n] >= 0 && (best < 0 || e[n] < best) {
			best = e[n]
		}
	}
	if gi, ok := x.tails[strings.Join(parts, " ")]; ok && (best < 0 || gi < best) {
		best = gi
	}
	if gi, ok := x.heads[strings.Join(parts, " ")]; ok && (best < 0 || gi < best) {
		best = gi
	}
	if best >= 0 {
		return best, true
	}
	// "Patrick W. Carlineo" after "Patrick Carlineo Jr.", "Pat Carlineo"
	// after either: the same surname with the same first name, whole or
	// shortened, and at most initials between.
	for n := 2; n < len(parts); n++ {
		if len(parts[n-1]) > 2 {
			return -1, false
		}
	}
	first := parts[0]
	for _, f := range x.firstByLast[parts[len(parts)-1]] {
		if f.first == first || len(first) >= 3 && strings.HasPrefix(f.first, first) && nameGender[first] == "" {
			return f.gi, true
		}
	}
	return -1, false
}

// orgTailMatch joins a one-word organisation to the earliest longer
// organisation whose name ends in that word ("the Union" after
// "Steelworkers Union", "the Authority" after "Palestinian Authority").
func (x *groupIndex) orgTailMatch(m *mention) (int, bool) {
	if m.kind != "organization" || strings.Contains(m.name, " ") {
		return 0, false
	}
	gi, ok := x.orgTail[m.name]
	return gi, ok
}
