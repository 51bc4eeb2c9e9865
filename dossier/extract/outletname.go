package extract

import (
	"strings"
	"sync"
	"unicode"
)

// CanonicalOutlet gives the gazetteer's name for an outlet as a saved page
// names itself ("usatoday" -> "USA Today", "Washington Post" -> "The
// Washington Post"). A name it does not know comes back unchanged.
func CanonicalOutlet(name string) string {
	if o, ok := lookupOutlet(name); ok {
		return o.name
	}
	if c, ok := squashedOutlets()[squash(name)]; ok {
		return c
	}
	return name
}

// squashedOutlets indexes every outlet name and variant without spaces or
// punctuation, the way site names run words together.
var squashedOutlets = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	for k, o := range outlets {
		m[squash(k)] = o.name
		m[squash(strings.TrimPrefix(k, "the "))] = o.name
	}
	return m
})

func squash(s string) string {
	var b strings.Builder
	for _, r := range fold(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}
