package ingest

import (
	"math"
	"regexp"
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// pageMeta collects what a saved page says about its article. Each field
// keeps the first value found by the most trusted kind of source: meta
// tags and JSON-LD first, then the visible byline and <time> elements.
type pageMeta struct {
	title, ogTitle, site, published, author, canonical, ogURL string
	bylineAuthor, timeDate, shownDate                         string
	ld                                                        ldArticle
	inComments                                                bool
}

var (
	titleKeys     = keySet("og:title", "twitter:title")
	siteKeys      = keySet("og:site_name", "application-name", "al:android:app_name", "al:ios:app_name")
	publishedKeys = keySet("article:published_time", "article:published", "datepublished", "pubdate",
		"og:pubdate", "publishdate", "publish-date", "date", "dc.date", "dc.date.issued", "dcterms.created",
		"sailthru.date", "parsely-pub-date", "article.published", "originalpublicationdate", "pdate")
	authorKeys = keySet("author", "article:author", "byl", "dc.creator", "parsely-author", "sailthru.author")
)

func keySet(keys ...string) map[string]bool {
	m := map[string]bool{}
	for _, k := range keys {
		m[k] = true
	}
	return m
}

// readMeta fills the article's metadata from <title>, meta tags, the
// canonical link, JSON-LD, the byline and <time>, preferring the most
// specific source.
func readMeta(root *html.Node, a *Article) {
	var m pageMeta
	m.walk(root)
	title := firstNonEmpty(m.ogTitle, m.ld.headline, m.title)
	a.Outlet = firstNonEmpty(cleanOutlet(m.site, title), cleanOutlet(m.ld.publisher, title))
	a.Title = stripSiteSuffix(title, a.Outlet)
	a.URL = firstNonEmpty(m.canonical, m.ogURL)
	a.Published = firstNonEmpty(m.ld.published, m.published, m.timeDate)
	// A timestamp in UTC can fall on the day after the one the outlet
	// published on, which its address gives.
	if u := firstNonEmpty(urlDate(a.URL), urlDate(m.canonical), urlDate(m.ogURL)); u != "" && (a.Published == "" || daysApart(u, a.Published) <= 1) {
		a.Published = u
	}
	a.Published = firstNonEmpty(a.Published, m.shownDate)
	a.Author = firstNonEmpty(m.ld.author, m.author, m.bylineAuthor)
	if a.Outlet != "" && strings.Contains(strings.ToLower(a.Outlet), strings.ToLower(a.Author)) {
		a.Author = "" // "author: BBC News" names no person
	}
}

func (m *pageMeta) walk(n *html.Node) {
	outer := m.inComments
	if n.Type == html.ElementNode {
		// Readers' names in a comment thread are never the byline.
		m.inComments = m.inComments || hasPart(classID(n), commentParts)
		m.element(n)
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		m.walk(c)
	}
	m.inComments = outer
}

func (m *pageMeta) element(n *html.Node) {
	switch n.DataAtom {
	case atom.Title:
		setOnce(&m.title, cleanLine(textOf(n)))
		return
	case atom.Link:
		if strings.EqualFold(attr(n, "rel"), "canonical") {
			setOnce(&m.canonical, attr(n, "href"))
		}
		return
	case atom.Script:
		if strings.Contains(attr(n, "type"), "ld+json") {
			ld := readJSONLD(textOf(n))
			setOnce(&m.ld.headline, ld.headline)
			setOnce(&m.ld.published, ld.published)
			setOnce(&m.ld.author, ld.author)
			setOnce(&m.ld.publisher, ld.publisher)
		}
		return
	case atom.Meta:
		m.metaTag(n)
		return
	case atom.Time:
		if attr(n, "itemprop") == "datePublished" {
			setOnce(&m.published, normDate(firstNonEmpty(attr(n, "datetime"), attr(n, "content"))))
		}
		setOnce(&m.timeDate, normDate(attr(n, "datetime")))
	}
	// Microdata on visible elements (<span itemprop="datePublished" content=...>).
	if strings.Contains(attr(n, "itemprop"), "datePublished") {
		setOnce(&m.published, normDate(firstNonEmpty(attr(n, "content"), attr(n, "datetime"), cleanLine(textOf(n)))))
	}
	// A date shown on the page, in an element named for it.
	if m.shownDate == "" && !m.inComments && hasPart(classID(n), dateParts) {
		if t := cleanLine(textOf(n)); len(t) < 120 {
			m.shownDate = normDate(t)
		}
	}
	if m.bylineAuthor == "" && !m.inComments && isByline(n) {
		m.bylineAuthor = joinNames(splitNames(personName(firstNonEmpty(firstLinkText(n), firstTextLine(n)))))
	}
}

// metaTag reads one <meta>. A tag may name its key in property, name and
// itemprop at once (<meta property="article:published" itemprop="datePublished">);
// each is tried.
func (m *pageMeta) metaTag(n *html.Node) {
	val := cleanLine(attr(n, "content"))
	if val == "" {
		return
	}
	for _, k := range []string{attr(n, "property"), attr(n, "name"), attr(n, "itemprop")} {
		k = strings.ToLower(strings.TrimSpace(k))
		switch {
		case k == "":
		case titleKeys[k]:
			setOnce(&m.ogTitle, val)
		case siteKeys[k]:
			setOnce(&m.site, val)
		case publishedKeys[k]:
			setOnce(&m.published, normDate(val))
		case authorKeys[k]:
			if !strings.Contains(val, "://") && !strings.HasPrefix(val, "www.") {
				setOnce(&m.author, joinNames(splitNames(personName(val))))
			}
		case k == "og:url":
			setOnce(&m.ogURL, val)
		}
	}
}

func setOnce(dst *string, v string) {
	if *dst == "" {
		*dst = strings.TrimSpace(v)
	}
}

// isByline reports whether an element is the page's author byline: a link
// with rel="author", an itemprop="author" name, or a byline class.
func isByline(n *html.Node) bool {
	if n.DataAtom == atom.A && strings.Contains(strings.ToLower(attr(n, "rel")), "author") {
		return true
	}
	if ip := attr(n, "itemprop"); ip == "name" && n.Parent != nil && strings.Contains(attr(n.Parent, "itemprop"), "author") {
		return true
	}
	// "byline", "byline__author", "author-name"
	c := strings.ToLower(attr(n, "class"))
	return strings.Contains(c, "byline") || strings.Contains(c, "author") && strings.Contains(c, "name")
}

var byPrefix = regexp.MustCompile(`(?i)^(analysis|opinion|story|words|text|written)?\s*by\s+`)

// personName cleans a byline down to the names it gives: "By Ana Sandoiu" ->
// "Ana Sandoiu"; "Analysis by Chris Cillizza, CNN Editor-at-large" ->
// "Chris Cillizza". It gives "" for text that is not a short name list.
func personName(s string) string {
	s = byPrefix.ReplaceAllString(strings.TrimSpace(s), "")
	// A job title or outlet after the name: "Name, CNN Editor-at-large",
	// "Name | Reuters", "Name\nWebMD Health News" (already joined by space).
	for _, sep := range []string{" | ", " — ", " - ", " – "} {
		if i := strings.Index(s, sep); i > 0 {
			s = s[:i]
		}
	}
	if i := strings.Index(s, ", "); i > 0 && !strings.Contains(s[i:], " and ") && !strings.Contains(s[i:], " & ") && len(strings.Fields(s[i+2:])) > 1 {
		s = s[:i]
	}
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 8 {
		return ""
	}
	// All-capital bylines ("GILLIAN MOHNEY") read better in title case.
	if s == strings.ToUpper(s) && len(words) > 1 {
		for i, w := range words {
			words[i] = titleWord(w)
		}
	}
	return strings.Join(words, " ")
}

func titleWord(w string) string {
	r := []rune(strings.ToLower(w))
	if len(r) == 0 {
		return w
	}
	r[0] = []rune(strings.ToUpper(string(r[0])))[0]
	for i := 1; i < len(r); i++ {
		if r[i-1] == '-' || r[i-1] == '\'' {
			r[i] = []rune(strings.ToUpper(string(r[i])))[0]
		}
	}
	return string(r)
}

// firstLinkText is the text of the first link inside a byline, which is
// usually the author's page: "by <a>Lucas Nolan</a><span>22 Dec</span>".
func firstLinkText(n *html.Node) string {
	if n.DataAtom == atom.A {
		return ""
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if c.DataAtom == atom.A {
			return cleanLine(textOf(c))
		}
		if t := firstLinkText(c); t != "" {
			return t
		}
	}
	return ""
}

// firstTextLine is the first line of an element's text that is more than
// "By": a byline often has the date on a line of its own after the name.
func firstTextLine(n *html.Node) string {
	for _, l := range strings.Split(textOf(n), "\n") {
		if l = cleanLine(l); l != "" && !strings.EqualFold(l, "by") {
			return l
		}
	}
	return ""
}

// urlDates finds the date many news sites put in an article's address:
// /2019/11/19/, /2015/03/18/ or -20190520/.

// daysApart is the number of days between two dates "YYYY-MM-DD", or a
// large number when either is not a full date.
func daysApart(a, b string) int {
	ta, err1 := time.Parse("2006-01-02", a)
	tb, err2 := time.Parse("2006-01-02", b)
	if err1 != nil || err2 != nil {
		return 1 << 30
	}
	d := ta.Sub(tb).Hours() / 24
	return int(math.Abs(d))
}

var urlMonthDate = regexp.MustCompile(`(?i)/((?:19|20)\d\d)/(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*/([0-2]?\d|3[01])/`)

var urlDates = []*regexp.Regexp{
	regexp.MustCompile(`/((?:19|20)\d\d)/(0[1-9]|1[0-2])/([0-2]\d|3[01])/`),
	regexp.MustCompile(`[-/_]((?:19|20)\d\d)(0[1-9]|1[0-2])([0-2]\d|3[01])(?:[/._-]|$)`),
}

func urlDate(u string) string {
	for _, re := range urlDates {
		if m := re.FindStringSubmatch(u); m != nil {
			return normDate(m[1] + "-" + m[2] + "-" + m[3])
		}
	}
	if m := urlMonthDate.FindStringSubmatch(u); m != nil {
		return normDate(m[3] + " " + m[2] + " " + m[1])
	}
	return ""
}
func attr(n *html.Node, key string) string {
	for _, at := range n.Attr {
		if strings.EqualFold(at.Key, key) {
			return at.Val
		}
	}
	return ""
}

// stripSiteSuffix removes " | Outlet" or " - Outlet" from a page title.
func stripSiteSuffix(title, site string) string {
	for _, sep := range []string{" | ", " - ", " — ", " – ", " :: "} {
		if i := strings.LastIndex(title, sep); i > 0 {
			tail := strings.TrimSpace(title[i+len(sep):])
			if site != "" && strings.EqualFold(tail, site) || len(strings.Fields(tail)) <= 4 && len(strings.Fields(title[:i])) >= 4 {
				return strings.TrimSpace(title[:i])
			}
		}
	}
	return title
}

func firstNonEmpty(s ...string) string {
	for _, v := range s {
		if strings.TrimSpace(v) != "" {
			return strings.TrimSpace(v)
		}
	}
	return ""
}
