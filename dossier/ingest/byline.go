package ingest

import (
	"strings"
	"unicode"
)

// Bylines come as "By TOM KRISHER, AP Auto Writer", "Jane Doe and John
// Roe, Associated Press" or "Ana Sandoiu | Updated 3 hours ago"; the
// article keeps the people's names only, "A, B and C".

// jobWords end a name: what follows a byline's names is a job title.
var jobWords = wordSet("writer", "reporter", "correspondent", "editor", "staff", "contributor",
	"columnist", "producer", "journalist", "analyst", "photographer", "senior", "chief", "deputy",
	"associate", "contributing", "special", "political", "auto", "business", "science", "health",
	"editor-at-large", "bureau", "desk", "newsroom", "updated", "published", "posted", "wire")

func wordSet(words ...string) map[string]bool {
	m := map[string]bool{}
	for _, w := range words {
		m[w] = true
	}
	return m
}

// splitNames splits a cleaned byline into the names of people, dropping
// job titles, outlets given as initials ("CNN", "AP") and handles.
func splitNames(s string) []string {
	s = strings.NewReplacer(" & ", ", ", " and ", ", ", ";", ",", " And ", ", ").Replace(s)
	var names []string
	seen := map[string]bool{}
	for _, part := range strings.Split(s, ",") {
		words := strings.Fields(part)
		// Cut at a job title ("Tom Krisher AP Auto Writer").
		for i := 1; i < len(words); i++ {
			if jobWords[strings.ToLower(words[i])] || i >= 2 && isInitials(words[i]) {
				words = words[:i]
				break
			}
		}
		if len(words) == 0 || len(words) == 1 && (isInitials(words[0]) || jobWords[strings.ToLower(words[0])]) ||
			strings.HasPrefix(words[0], "@") || !startsUpper(words[0]) || strings.Contains(part, ".com") {
			continue
		}
		// All-capital names ("TOM KRISHER") read better in title case.
		if len(words) > 1 && strings.Join(words, " ") == strings.ToUpper(strings.Join(words, " ")) {
			for i, w := range words {
				words[i] = titleWord(w)
			}
		}
		name := strings.Join(words, " ")
		if isPlaceOrSection(name) {
			continue // a dateline, not a name
		}
		if !seen[strings.ToLower(name)] {
			seen[strings.ToLower(name)] = true
			names = append(names, name)
		}
	}
	return names
}

// isInitials reports whether a word is an abbreviation in capitals, such
// as an outlet's initials.
func isInitials(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n >= 2
}

func startsUpper(w string) bool {
	for _, r := range w {
		return unicode.IsUpper(r)
	}
	return false
}

// joinNames writes names as "A", "A and B" or "A, B and C".
func joinNames(names []string) string {
	switch len(names) {
	case 0:
		return ""
	case 1:
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

// notOutlets are names a page may give as its site name that are a place
// or a section of the site, never the outlet: og:site_name "U.S.".
var notOutlets = wordSet("u.s.", "us", "usa", "u.s.a.", "united states", "america", "uk", "u.k.",
	"united kingdom", "britain", "great britain", "england", "scotland", "wales", "ireland", "canada",
	"australia", "india", "china", "japan", "russia", "france", "germany", "italy", "spain", "mexico",
	"brazil", "israel", "iran", "ukraine", "nigeria", "south africa", "pakistan", "world", "europe",
	"asia", "africa", "americas", "middle east", "latin america", "international", "national", "local",
	"news", "home", "homepage", "politics", "business", "sport", "sports", "opinion", "entertainment",
	"technology", "tech", "science", "health", "lifestyle", "culture", "travel", "weather", "video",
	"breaking news", "latest news", "top stories", "article", "blog", "story", "washington",
	"new york", "london", "paris", "berlin", "moscow", "beijing", "tokyo", "new delhi", "brussels")

func isPlaceOrSection(s string) bool {
	return notOutlets[strings.ToLower(strings.TrimSpace(s))]
}

// cleanOutlet trims a site name to the outlet's name: "LinkNaija | News
// from Nigeria" -> "LinkNaija", "https://www.example.com" -> "example.com",
// "@politifact" -> "politifact". A site name that is the page's title, a
// sentence or a place gives "".
func cleanOutlet(s, title string) string {
	s = strings.TrimSpace(s)
	if u, ok := strings.CutPrefix(s, "https://"); ok {
		s = u
	} else if u, ok := strings.CutPrefix(s, "http://"); ok {
		s = u
	}
	s = strings.TrimPrefix(strings.TrimSuffix(strings.TrimPrefix(s, "www."), "/"), "@")
	for _, sep := range []string{" | ", " - ", " — ", " – ", ": "} {
		if i := strings.Index(s, sep); i > 0 {
			s = s[:i]
		}
	}
	if s == "" || strings.EqualFold(s, title) || len(strings.Fields(s)) > 6 || isPlaceOrSection(s) {
		return ""
	}
	return s
}
