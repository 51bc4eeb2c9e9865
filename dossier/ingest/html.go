package ingest

import (
	"encoding/json"
	"regexp"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A saved news page holds the article among navigation, share bars, ads
// and comments. The body is found the way readability tools do: every
// paragraph scores its container by its length and commas, the best
// container wins, and page chrome is removed before scoring.

var chromeRE = regexp.MustCompile(`(?i)(^|[-_ ])(nav|navbar|menu|header|footer|sidebar|aside|share|sharing|social|related|recommend|promo|advert|ads?|sponsor|newsletter|subscribe|signup|comment|comments|cookie|consent|breadcrumb|toolbar|popup|modal|banner|outbrain|taboola|paywall|skip|hidden|caption|credit|tags|author-bio|most-?popular|trending|video-player|gallery)($|[-_ ])`)

var dropTags = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Nav: true, atom.Header: true,
	atom.Footer: true, atom.Aside: true, atom.Form: true, atom.Iframe: true, atom.Svg: true,
	atom.Button: true, atom.Select: true, atom.Figcaption: true, atom.Template: true, atom.Object: true,
	atom.Video: true, atom.Audio: true, atom.Canvas: true, atom.Input: true, atom.Textarea: true,
}

var blockTags = map[atom.Atom]bool{
	atom.P: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.Blockquote: true, atom.Li: true,
	atom.Pre: true, atom.H1: true, atom.Dd: true,
}

func looksHTML(s string) bool {
	head := strings.ToLower(s[:min(len(s), 1024)])
	return strings.Contains(head, "<html") || strings.Contains(head, "<!doctype html") || strings.Contains(head, "<body")
}

func parseHTML(text string) *Article {
	a := &Article{Format: "html"}
	root, err := html.Parse(strings.NewReader(text))
	if err != nil {
		return a
	}
	readMeta(root, a)
	ps := articleBlocks(root, true)
	if countChars(ps) < 500 {
		// Some sites mark the article itself with chrome-like classes; then
		// only the tags are trusted.
		if again, err := html.Parse(strings.NewReader(text)); err == nil {
			if lenient := articleBlocks(again, false); countChars(lenient) > countChars(ps) {
				ps = lenient
			}
		}
	}
	ps = dropBoilerplate(ps, a.Title)
	a.Text = strings.Join(ps, "\n\n")
	return a
}

func articleBlocks(root *html.Node, byClass bool) []string {
	prune(root, byClass)
	body := bestContainer(root)
	var ps []string
	collectBlocks(body, &ps)
	if len(ps) == 0 {
		// A page of bare text without paragraph elements.
		ps = paragraphs(textOf(body))
	}
	return ps
}

func countChars(ps []string) int {
	n := 0
	for _, p := range ps {
		n += len(p)
	}
	return n
}

func attr(n *html.Node, key string) string {
	for _, at := range n.Attr {
		if strings.EqualFold(at.Key, key) {
			return at.Val
		}
	}
	return ""
}

// readMeta fills the article's metadata from <title>, meta tags, the
// canonical link and JSON-LD, preferring the most specific source.
func readMeta(root *html.Node, a *Article) {
	var title, ogTitle, site, published, author, canonical, ogURL string
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Title:
				if title == "" {
					title = cleanLine(textOf(n))
				}
			case atom.Meta:
				key := strings.ToLower(attr(n, "property") + attr(n, "name") + attr(n, "itemprop"))
				val := cleanLine(attr(n, "content"))
				switch key {
				case "og:title", "twitter:title":
					if ogTitle == "" {
						ogTitle = val
					}
				case "og:site_name", "application-name":
					if site == "" {
						site = val
					}
				case "article:published_time", "datepublished", "pubdate", "publishdate", "date",
					"dc.date", "dc.date.issued", "sailthru.date", "parsely-pub-date", "article.published":
					if published == "" {
						published = normDate(val)
					}
				case "author", "article:author", "byl", "dc.creator", "parsely-author", "sailthru.author":
					if author == "" && !strings.HasPrefix(val, "http") {
						author = strings.TrimPrefix(strings.TrimPrefix(val, "By "), "by ")
					}
				case "og:url":
					ogURL = val
				}
			case atom.Link:
				if strings.EqualFold(attr(n, "rel"), "canonical") {
					canonical = attr(n, "href")
				}
			case atom.Script:
				if strings.Contains(attr(n, "type"), "ld+json") {
					readJSONLD(textOf(n), &ogTitle, &published, &author, &site)
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	a.Title = firstNonEmpty(ogTitle, title)
	a.Title = stripSiteSuffix(a.Title, site)
	a.Outlet = site
	a.Published = published
	a.Author = author
	a.URL = firstNonEmpty(canonical, ogURL)
}

func readJSONLD(s string, headline, published, author, publisher *string) {
	var v any
	if json.Unmarshal([]byte(s), &v) != nil {
		return
	}
	var visit func(any)
	visit = func(v any) {
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				visit(e)
			}
		case map[string]any:
			if g, ok := x["@graph"]; ok {
				visit(g)
			}
			typ, _ := x["@type"].(string)
			if !strings.Contains(typ, "Article") && typ != "ReportageNewsArticle" {
				return
			}
			if h, ok := x["headline"].(string); ok && *headline == "" {
				*headline = cleanLine(h)
			}
			if d, ok := x["datePublished"].(string); ok && *published == "" {
				*published = normDate(d)
			}
			if *author == "" {
				*author = nameOf(x["author"])
			}
			if *publisher == "" {
				*publisher = nameOf(x["publisher"])
			}
		}
	}
	visit(v)
}

func nameOf(v any) string {
	switch x := v.(type) {
	case string:
		return cleanLine(x)
	case map[string]any:
		n, _ := x["name"].(string)
		return cleanLine(n)
	case []any:
		var names []string
		for _, e := range x {
			if n := nameOf(e); n != "" {
				names = append(names, n)
			}
		}
		return strings.Join(names, ", ")
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

// prune removes page chrome: scripts, navigation, and elements whose class,
// id or role says they are not the article.
func prune(n *html.Node, byClass bool) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.CommentNode {
			n.RemoveChild(c)
		} else if c.Type == html.ElementNode {
			ci := attr(c, "class") + " " + attr(c, "id")
			role := attr(c, "role")
			hidden := attr(c, "hidden") != "" || strings.Contains(strings.ReplaceAll(attr(c, "style"), " ", ""), "display:none") || attr(c, "aria-hidden") == "true"
			if dropTags[c.DataAtom] || hidden || role == "navigation" || role == "complementary" || role == "banner" ||
				role == "contentinfo" || (byClass && c.DataAtom != atom.Body && c.DataAtom != atom.Article && c.DataAtom != atom.Main && chromeRE.MatchString(ci)) {
				n.RemoveChild(c)
			} else {
				prune(c, byClass)
			}
		}
		c = next
	}
}

// bestContainer scores containers by the paragraphs they hold.
func bestContainer(root *html.Node) *html.Node {
	scores := map[*html.Node]float64{}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && (n.DataAtom == atom.P || n.DataAtom == atom.Pre || n.DataAtom == atom.Blockquote) {
			t := cleanLine(textOf(n))
			if len(t) >= 25 {
				s := 1 + float64(strings.Count(t, ",")) + float64(min(len(t)/100, 3))
				if p := n.Parent; p != nil {
					scores[p] += s
					if g := p.Parent; g != nil {
						scores[g] += s / 2
					}
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	var best *html.Node
	for n, s := range scores {
		if best == nil || s > scores[best] || s == scores[best] && depth(n) > depth(best) {
			best = n
		}
	}
	if best == nil {
		return root
	}
	// Paragraphs split over sibling containers: climb while the parent
	// scores nearly as well.
	for best.Parent != nil && scores[best.Parent] >= scores[best]*0.9 && best.Parent.DataAtom != atom.Body {
		best = best.Parent
	}
	return best
}

func depth(n *html.Node) int {
	d := 0
	for ; n != nil; n = n.Parent {
		d++
	}
	return d
}

// collectBlocks emits the text of each paragraph-like element once.
func collectBlocks(n *html.Node, out *[]string) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if blockTags[c.DataAtom] && !hasBlockChild(c) {
			if t := cleanLine(textOf(c)); t != "" {
				*out = append(*out, t)
			}
			continue
		}
		collectBlocks(c, out)
	}
}

func hasBlockChild(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (blockTags[c.DataAtom] || hasBlockChild(c)) {
			return true
		}
	}
	return false
}

// textOf is the text inside a node, with <br> as a space.
func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch {
		case n.Type == html.TextNode:
			b.WriteString(n.Data)
		case n.Type == html.ElementNode && (n.DataAtom == atom.Br || blockTags[n.DataAtom] || n.DataAtom == atom.Div):
			b.WriteByte('\n')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if n.Type == html.ElementNode && (blockTags[n.DataAtom] || n.DataAtom == atom.Div) {
			b.WriteByte('\n')
		}
	}
	walk(n)
	return b.String()
}

var boilerplate = []string{"advertisement", "read more", "click here", "sign up", "subscribe", "share this",
	"follow us", "related:", "view photo", "watch:", "all rights reserved", "©", "copyright"}

// dropBoilerplate removes leftover lines that are chrome, not prose.
func dropBoilerplate(ps []string, title string) []string {
	out := ps[:0]
	for i, p := range ps {
		lp := strings.ToLower(p)
		skip := false
		if len(p) < 40 {
			for _, b := range boilerplate {
				if strings.HasPrefix(lp, b) {
					skip = true
				}
			}
		}
		if i == 0 && strings.EqualFold(p, title) {
			skip = true // the headline is in Title already
		}
		if !skip {
			out = append(out, p)
		}
	}
	return out
}
