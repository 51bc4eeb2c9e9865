package extract

import (
	"strings"
)

// outlet is a known news outlet or agency.
type outlet struct {
	name   string
	agency bool
}

// outlets maps a folded outlet name or variant to the outlet.
var outlets = func() map[string]outlet {
	m := map[string]outlet{}
	for k, v := range loadLexicon("outlets.txt") {
		agency := strings.HasSuffix(v, " [agency]")
		v = strings.TrimSuffix(v, " [agency]")
		k = strings.TrimSuffix(k, " [agency]")
		m[fold(k)] = outlet{name: v, agency: agency}
	}
	// A canonical name's kind follows its own line.
	for k, o := range m {
		if c, ok := m[fold(o.name)]; ok {
			o.agency = c.agency
			m[k] = o
		}
	}
	return m
}()

// outletSuffixes end the names of outlets the gazetteer does not know.
var outletSuffixes = toSet("news", "times", "post", "journal", "herald", "tribune", "gazette",
	"daily", "press", "radio", "tv", "network", "magazine", "wire", "chronicle", "observer",
	"telegraph", "standard", "examiner", "inquirer", "courier", "reporter", "review", "today",
	"weekly", "bulletin", "dispatch", "sentinel", "monitor", "register", "mail", "express")

// lookupOutlet finds a known outlet by name, with or without "The".
func lookupOutlet(name string) (outlet, bool) {
	f := fold(strings.TrimSpace(name))
	if o, ok := outlets[f]; ok {
		return o, true
	}
	if o, ok := outlets[strings.TrimPrefix(f, "the ")]; ok {
		return o, true
	}
	return outlet{}, false
}

// isOutlet reports whether a name is a news outlet or agency, known or
// shaped like one ("Harbour Gazette").
func isOutlet(name string) bool {
	if _, ok := lookupOutlet(name); ok {
		return true
	}
	parts := strings.Fields(name)
	if len(parts) < 2 {
		return false
	}
	return outletSuffixes[strings.ToLower(parts[len(parts)-1])]
}
