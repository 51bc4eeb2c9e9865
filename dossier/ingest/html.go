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
	parts := bestContainer(root)
	var ps []string
	for _, p := range parts {
		if isParagraph(p) || blockTags[p.DataAtom] && !hasBlockChild(p) {
			ps = appendBlock(ps, p)
			continue
		}
		collectBlocks(p, &ps)
	}
	if len(ps) == 0 {
		// A page of bare text without paragraph elements.
		for _, p := range parts {
			ps = append(ps, paragraphs(textOf(p))...)
		}
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

// bestContainer scores containers by the paragraphs they hold and returns
// the article's container, with any sibling containers of the same kind
// that continue it (pages that break the text around figures).
func bestContainer(root *html.Node) []*html.Node {
	scores := map[*html.Node]float64{}
	totals := map[*html.Node]float64{}
	var walk func(*html.Node) float64
	walk = func(n *html.Node) float64 {
		total := 0.0
		if isParagraph(n) {
			t := cleanLine(textOf(n))
			if len(t) >= 25 {
				s := 1 + float64(strings.Count(t, ",")) + float64(min(len(t)/100, 3))
				total += s
				if p := n.Parent; p != nil {
					scores[p] += s
					if g := p.Parent; g != nil {
						scores[g] += s / 2
					}
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			total += walk(c)
		}
		totals[n] = total
		return total
	}
	walk(root)
	var best *html.Node
	for n, s := range scores {
		if best == nil || s > scores[best] || s == scores[best] && depth(n) > depth(best) {
			best = n
		}
	}
	if best == nil {
		return []*html.Node{root}
	}
	// Paragraphs split over sibling containers: climb while the parent
	// scores nearly as well.
	for best.Parent != nil && scores[best.Parent] >= scores[best]*0.9 && best.Parent.DataAtom != atom.Body {
		best = best.Parent
	}
	if parts := withContinuations(best, totals); len(parts) > 1 {
		return parts
	}
	return withProseSiblings(best, totals)
}

// withProseSiblings adds the best container's siblings that hold prose and
// few links: the lead paragraphs often sit beside the container of the
// rest (<div><p>lead</p><div class="read-all">…</div></div>).
func withProseSiblings(best *html.Node, totals map[*html.Node]float64) []*html.Node {
	if best.Parent == nil || best.Parent.DataAtom == atom.Body || best.Parent.DataAtom == atom.Html {
		return []*html.Node{best}
	}
	var parts []*html.Node
	for sib := best.Parent.FirstChild; sib != nil; sib = sib.NextSibling {
		if sib == best || isProseBlock(sib, totals) {
			parts = append(parts, sib)
		}
	}
	return parts
}

// isProseBlock reports whether an element is mostly paragraphs of prose
// with few links, or is itself a short sentence set as a paragraph.
func isProseBlock(n *html.Node, totals map[*html.Node]float64) bool {
	if n.Type != html.ElementNode || linkDensity(n) >= 0.3 {
		return false
	}
	if isLeafDiv(n) || n.DataAtom == atom.P {
		return isProse(cleanLine(textOf(n)))
	}
	return totals[n] > 0 && proseShare(n) >= 0.6
}

// proseShare is the share of an element's text that is in paragraphs of
// prose, as opposed to labels, lists of options or captions.
func proseShare(n *html.Node) float64 {
	all := len(cleanLine(textOf(n)))
	if all == 0 {
		return 0
	}
	prose := 0
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if isParagraph(n) {
			if t := cleanLine(textOf(n)); len(t) >= 25 {
				prose += len(t)
			}
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return float64(prose) / float64(all)
}

// linkDensity is the share of an element's text that is inside links.
func linkDensity(n *html.Node) float64 {
	var all, linked int
	var walk func(*html.Node, bool)
	walk = func(n *html.Node, inLink bool) {
		if n.Type == html.TextNode {
			k := len(strings.TrimSpace(n.Data))
			all += k
			if inLink {
				linked += k
			}
		}
		inLink = inLink || n.Type == html.ElementNode && n.DataAtom == atom.A
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inLink)
		}
	}
	walk(n, false)
	if all == 0 {
		return 0
	}
	return float64(linked) / float64(all)
}

// withContinuations looks a few levels up from the best container for
// siblings built the same way (same tag and class) that hold a fair share
// of prose: the rest of an article split into sections.
func withContinuations(best *html.Node, totals map[*html.Node]float64) []*html.Node {
	const levels = 5
	a := best
	for i := 0; i < levels && a.Parent != nil && a.DataAtom != atom.Body; i, a = i+1, a.Parent {
		var parts []*html.Node
		for sib := a.Parent.FirstChild; sib != nil; sib = sib.NextSibling {
			if sib == a || sib.Type == html.ElementNode && sib.DataAtom == a.DataAtom &&
				attr(sib, "class") == attr(a, "class") && totals[sib] >= totals[best]*0.2 {
				parts = append(parts, sib)
			}
		}
		if len(parts) > 1 {
			// Keep the best container itself rather than its ancestor's
			// whole subtree, which may hold chrome beside the text.
			for j, p := range parts {
				if p == a {
					parts[j] = best
				}
			}
			return parts
		}
	}
	return []*html.Node{best}
}

// isParagraph reports whether an element is a paragraph of prose: a <p>,
// <pre> or <blockquote>, or a <div> used as one (no blocks inside).
func isParagraph(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return false
	}
	switch n.DataAtom {
	case atom.P, atom.Pre, atom.Blockquote:
		return true
	case atom.Div:
		return isLeafDiv(n)
	}
	return false
}

// isLeafDiv reports whether a <div> holds only inline content.
func isLeafDiv(n *html.Node) bool {
	if n.DataAtom != atom.Div {
		return false
	}
	var inner func(*html.Node) bool
	inner = func(n *html.Node) bool {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && (c.DataAtom == atom.Div || blockTags[c.DataAtom] ||
				c.DataAtom == atom.Ul || c.DataAtom == atom.Ol || c.DataAtom == atom.Table || c.DataAtom == atom.Figure ||
				c.DataAtom == atom.Section || c.DataAtom == atom.Article || inner(c)) {
				return true
			}
		}
		return false
	}
	return !inner(n)
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
		if blockTags[c.DataAtom] && !hasBlockChild(c) || isLeafDiv(c) {
			*out = appendBlock(*out, c)
			continue
		}
		collectBlocks(c, out)
	}
}

// appendBlock adds a paragraph-like element's text. A <div> used as a
// paragraph counts only when it reads as prose, not as a label or a credit.
func appendBlock(ps []string, n *html.Node) []string {
	t := cleanLine(textOf(n))
	if t == "" || n.DataAtom == atom.Div && !isProse(t) {
		return ps
	}
	return append(ps, t)
}

func isProse(t string) bool {
	if len(t) >= 80 {
		return true
	}
	t = strings.TrimRight(t, "\"”’)] ")
	return len(strings.Fields(t)) >= 3 && strings.ContainsAny(t[len(t)-1:], ".!?:")
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
