package ingest

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// dropTags never hold article text.
var dropTags = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Iframe: true, atom.Svg: true,
	atom.Button: true, atom.Select: true, atom.Figcaption: true, atom.Template: true, atom.Object: true,
	atom.Video: true, atom.Audio: true, atom.Canvas: true, atom.Input: true, atom.Textarea: true,
	atom.Math: true, atom.Dialog: true,
}

// chromeTags are navigation, headers, footers, asides and forms: chrome,
// unless one of them wraps the article itself (whole pages are set inside
// a <form>).
var chromeTags = map[atom.Atom]bool{
	atom.Nav: true, atom.Header: true, atom.Footer: true, atom.Aside: true, atom.Form: true,
}

var chromeRoles = map[string]bool{"navigation": true, "complementary": true, "banner": true, "contentinfo": true,
	"search": true, "dialog": true, "alertdialog": true}

// blockTags are the elements that are one paragraph of the output.
var blockTags = map[atom.Atom]bool{
	atom.P: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.Blockquote: true, atom.Li: true,
	atom.Pre: true, atom.H1: true, atom.Dd: true,
}

// body finds the article in a parsed page. Its maps hold what each element
// contains, measured in one walk, so that choosing the article costs time
// in proportion to the page and no more.
type body struct {
	block  map[*html.Node]bool    // has a block element inside
	para   map[*html.Node]string  // text of each paragraph
	order  []*html.Node           // the paragraphs, in page order
	prose  map[*html.Node]int     // bytes of prose paragraphs inside
	chars  map[*html.Node]int     // bytes of text inside
	links  map[*html.Node]int     // bytes of text inside links
	totals map[*html.Node]float64 // paragraph score inside
	weight map[*html.Node]float64 // how much each paragraph counts
}

// minProse is the length from which a paragraph counts as prose.
const minProse = 25

func articleBlocks(root *html.Node) []string {
	strip(root)
	b := &body{block: wrapRuns(root)}
	b.measure(root)
	var ps []string
	best, parts := b.bestContainer(root)
	for _, p := range parts {
		// Siblings taken beside the best container may be chrome themselves.
		if p != best && isChrome(p, classID(p)) {
			continue
		}
		b.pruneChrome(p, b.prose[best])
		b.collect(p, &ps)
	}
	return ps
}

// strip removes what is never text: comments, scripts, media, controls and
// hidden elements.
func strip(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		switch {
		case c.Type == html.CommentNode:
			n.RemoveChild(c)
		case c.Type != html.ElementNode:
		case dropTags[c.DataAtom] || isHidden(c):
			n.RemoveChild(c)
		default:
			strip(c)
		}
		c = next
	}
}

func isHidden(n *html.Node) bool {
	return attr(n, "hidden") != "" || attr(n, "aria-hidden") == "true" ||
		strings.Contains(strings.ReplaceAll(attr(n, "style"), " ", ""), "display:none")
}

// measure fills the maps for n's subtree.
func (b *body) measure(root *html.Node) {
	b.para = map[*html.Node]string{}
	b.prose = map[*html.Node]int{}
	b.chars = map[*html.Node]int{}
	b.links = map[*html.Node]int{}
	b.totals = map[*html.Node]float64{}
	b.weight = map[*html.Node]float64{}
	type sums struct {
		chars, links, prose int
		total               float64
	}
	// Only elements with something inside get entries: a page of a
	// million <br>s costs no map entries for them.
	var walk func(n *html.Node, inLink bool, weight float64) sums
	walk = func(n *html.Node, inLink bool, weight float64) sums {
		if n.Type == html.TextNode {
			k := len(strings.TrimSpace(n.Data))
			if inLink {
				return sums{chars: k, links: k}
			}
			return sums{chars: k}
		}
		inLink = inLink || n.DataAtom == atom.A
		weight = min(weight, chromeWeight(n))
		var s sums
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			cs := walk(c, inLink, weight)
			s.chars += cs.chars
			s.links += cs.links
			s.prose += cs.prose
			s.total += cs.total
		}
		if b.isParagraph(n) {
			t := cleanLine(textOf(n))
			b.para[n] = t
			b.order = append(b.order, n)
			if len(t) >= minProse {
				s.prose = len(t)
				if s.chars > 0 {
					weight *= 1 - float64(s.links)/float64(s.chars)
				}
				b.weight[n] = weight
				s.total = paragraphScore(t) * weight
			}
		}
		if s.chars > 0 {
			b.chars[n], b.links[n], b.prose[n], b.totals[n] = s.chars, s.links, s.prose, s.total
		}
		return s
	}
	walk(root, false, 1)
}

// chromeWeight is how much the paragraphs inside an element count: page
// chrome counts little, so that the article wins even where a page wraps
// it in an element named like chrome ("l-sidebar-layout", a whole page in
// a <form>); readers' comments count for nothing.
func chromeWeight(n *html.Node) float64 {
	if n.Type != html.ElementNode {
		return 1
	}
	ci := classID(n)
	if hasPart(ci, neverParts) {
		return 0
	}
	if isChrome(n, ci) {
		return 0.2
	}
	return 1
}

func isChrome(n *html.Node, ci string) bool {
	return chromeTags[n.DataAtom] || chromeRoles[attr(n, "role")] ||
		n.DataAtom != atom.Body && n.DataAtom != atom.Article && n.DataAtom != atom.Main && hasWord(ci, chromeWords)
}

func paragraphScore(t string) float64 {
	return 1 + float64(strings.Count(t, ",")) + float64(min(len(t)/100, 3))
}

// pruneChrome removes navigation, share bars, comments and the like from
// inside the article's container, by tag, role, class or id. An element
// that holds most of the container's prose is the article's own wrapper
// whatever its class says, and stays; readers' comments never do.
func (b *body) pruneChrome(n *html.Node, total int) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.ElementNode {
			ci := classID(c)
			chrome := isChrome(c, ci)
			wraps := 2*b.prose[c] > total && !hasPart(ci, neverParts)
			if chrome && !wraps {
				n.RemoveChild(c)
			} else {
				b.pruneChrome(c, total)
			}
		}
		c = next
	}
}

// isParagraph reports whether an element is a paragraph of prose: a <p>,
// <pre>, or a <div> or <blockquote> with no blocks inside.
func (b *body) isParagraph(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return false
	}
	switch n.DataAtom {
	case atom.P, atom.Pre:
		return true
	case atom.Div, atom.Blockquote:
		return !b.block[n]
	case atom.Table:
		return b.isDataTable(n)
	}
	return false
}

// isDataTable reports whether a table holds data, each cell a few words,
// rather than laying out a page: no cell holds a block.
func (b *body) isDataTable(n *html.Node) bool {
	cells := 0
	for sec := n.FirstChild; sec != nil; sec = sec.NextSibling {
		rows := []*html.Node{sec}
		if sec.DataAtom != atom.Tr {
			rows = rows[:0]
			for r := sec.FirstChild; r != nil; r = r.NextSibling {
				rows = append(rows, r)
			}
		}
		for _, r := range rows {
			for c := r.FirstChild; c != nil; c = c.NextSibling {
				if c.Type != html.ElementNode {
					continue
				}
				if c.DataAtom != atom.Td && c.DataAtom != atom.Th || b.block[c] {
					return false
				}
				cells++
			}
		}
	}
	return cells > 0
}

// tableRows gives a table of data one line a row, its cells in order.
func tableRows(n *html.Node) []string {
	var rows []string
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.DataAtom != atom.Tr {
				walk(c)
				continue
			}
			var cells []string
			for td := c.FirstChild; td != nil; td = td.NextSibling {
				if t := cleanLine(textOf(td)); t != "" {
					cells = append(cells, t)
				}
			}
			if len(cells) > 0 {
				rows = append(rows, strings.Join(cells, " "))
			}
		}
	}
	walk(n)
	return rows
}

// bestContainer scores containers by the paragraphs they hold and returns
// the article's container, with any sibling containers of the same kind
// that continue it (pages that break the text around figures). Paragraphs
// are added up in page order and, of containers with the same score and
// depth, the first in the page wins, so a page always reads the same.
func (b *body) bestContainer(root *html.Node) (best *html.Node, parts []*html.Node) {
	scores := map[*html.Node]float64{}
	var containers []*html.Node // in the order first scored
	add := func(n *html.Node, s float64) {
		if _, ok := scores[n]; !ok {
			containers = append(containers, n)
		}
		scores[n] += s
	}
	for _, n := range b.order {
		t := b.para[n]
		if len(t) < minProse {
			continue
		}
		s := paragraphScore(t) * b.weight[n]
		// Microdata marking the article's body makes its paragraphs count
		// double.
		if b.inMarkedBody(n) {
			s *= 2
		}
		if p := n.Parent; p != nil {
			add(p, s)
			// An <article> keeps its score to itself, so that a list of
			// teasers, each an <article>, does not add up to a winner.
			if g := p.Parent; g != nil && p.DataAtom != atom.Article {
				add(g, s/2)
			}
		}
	}
	for _, n := range containers {
		if s := scores[n]; best == nil || s > scores[best] || s == scores[best] && depth(n) > depth(best) {
			best = n
		}
	}
	if best == nil {
		return root, []*html.Node{root}
	}
	// Paragraphs split over sibling containers: climb while the parent
	// scores nearly as well.
	for best.Parent != nil && scores[best.Parent] >= scores[best]*0.9 && best.Parent.DataAtom != atom.Body {
		best = best.Parent
	}
	if parts := b.withContinuations(best); len(parts) > 1 {
		return best, parts
	}
	return best, b.withProseSiblings(best)
}

// withProseSiblings adds the best container's siblings that hold prose and
// few links: the lead paragraphs often sit beside the container of the
// rest (<div><p>lead</p><div class="read-all">…</div></div>).
func (b *body) withProseSiblings(best *html.Node) []*html.Node {
	if best.Parent == nil || best.Parent.DataAtom == atom.Body || best.Parent.DataAtom == atom.Html {
		return []*html.Node{best}
	}
	var parts []*html.Node
	for sib := best.Parent.FirstChild; sib != nil; sib = sib.NextSibling {
		// An <article> beside the best container, or a block of them, is
		// other articles.
		if sib == best || sib.DataAtom != atom.Article && b.isProseBlock(sib) && !holdsArticle(sib) {
			parts = append(parts, sib)
		}
	}
	return parts
}

// holdsArticle reports whether an <article> element is inside n.
func holdsArticle(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (c.DataAtom == atom.Article || holdsArticle(c)) {
			return true
		}
	}
	return false
}

// isProseBlock reports whether an element is mostly paragraphs of prose
// with few links, or is itself a short sentence set as a paragraph.
func (b *body) isProseBlock(n *html.Node) bool {
	if n.Type != html.ElementNode || b.linkDensity(n) >= 0.3 {
		return false
	}
	if t, ok := b.para[n]; ok {
		return isProse(t)
	}
	return b.totals[n] > 0 && b.proseShare(n) >= 0.6
}

// proseShare is the share of an element's text that is in paragraphs of
// prose, as opposed to labels, lists of options or captions.
func (b *body) proseShare(n *html.Node) float64 {
	if b.chars[n] == 0 {
		return 0
	}
	return min(float64(b.prose[n])/float64(b.chars[n]), 1)
}

// linkDensity is the share of an element's text that is inside links.
func (b *body) linkDensity(n *html.Node) float64 {
	if b.chars[n] == 0 {
		return 0
	}
	return float64(b.links[n]) / float64(b.chars[n])
}

// withContinuations looks a few levels up from the best container for
// siblings built the same way that hold a fair share of prose: the rest of
// an article split into sections. A sibling counts when the path from it
// down to a container repeats the path down to the best one, tag by tag
// and class by class; that container, not the whole sibling, is taken.
func (b *body) withContinuations(best *html.Node) []*html.Node {
	const levels = 5
	var path []*html.Node // from just below a down to best
	a := best
	for i := 0; i < levels && a.Parent != nil && a.DataAtom != atom.Body; i, a = i+1, a.Parent {
		var parts []*html.Node
		for sib := a.Parent.FirstChild; sib != nil; sib = sib.NextSibling {
			if sib == a {
				parts = append(parts, best)
				continue
			}
			// Each <article> is an article of its own, not a part.
			if !sameKind(sib, a) || sib.DataAtom == atom.Article {
				continue
			}
			n := follow(sib, path)
			if n == nil && b.linkDensity(sib) < 0.3 && b.proseShare(sib) >= 0.5 {
				n = sib // built differently inside, but prose all the same
			}
			if n != nil && b.totals[n] >= b.totals[best]*0.2 {
				parts = append(parts, n)
			}
		}
		if len(parts) > 1 {
			return parts
		}
		path = append([]*html.Node{a}, path...)
	}
	return []*html.Node{best}
}

// follow walks down from n along the tags and classes of path.
func follow(n *html.Node, path []*html.Node) *html.Node {
	for _, step := range path {
		var next *html.Node
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if sameKind(c, step) {
				next = c
				break
			}
		}
		if next == nil {
			return nil
		}
		n = next
	}
	return n
}

// sameKind reports whether two elements are built alike: the same tag and
// the same first class ("text" and "text version-2").
func sameKind(x, y *html.Node) bool {
	if x.Type != html.ElementNode || x.DataAtom != y.DataAtom || x.Data != y.Data {
		return false
	}
	fx, fy := strings.Fields(attr(x, "class")), strings.Fields(attr(y, "class"))
	if len(fx) == 0 || len(fy) == 0 {
		return len(fx) == len(fy)
	}
	return fx[0] == fy[0]
}

// inMarkedBody reports whether a paragraph is inside an element that
// schema.org microdata names as the article's body or a blog post, within
// a few levels.
func (b *body) inMarkedBody(n *html.Node) bool {
	for i := 0; n != nil && i < 4; n, i = n.Parent, i+1 {
		switch strings.ToLower(attr(n, "itemprop")) {
		case "articlebody", "blogpost", "text":
			return true
		}
	}
	return false
}

func depth(n *html.Node) int {
	d := 0
	for ; n != nil; n = n.Parent {
		d++
	}
	return d
}

// collect emits the text of each paragraph-like element under n once, in
// page order.
func (b *body) collect(n *html.Node, out *[]string) {
	if n.Type != html.ElementNode {
		return
	}
	if n.DataAtom == atom.Table && b.isParagraph(n) {
		*out = append(*out, tableRows(n)...)
		return
	}
	if _, ok := b.para[n]; ok || blockTags[n.DataAtom] && !b.block[n] {
		// Measured before chrome inside it was pruned: read it again.
		t := cleanLine(textOf(n))
		// A <div> or a run of bare text is a paragraph only when it reads
		// as prose, not as a label or a credit.
		// A block that is mostly links is a list of other stories, unless
		// it is a long paragraph that links its own words.
		ld := b.linkDensity(n)
		if t != "" && (isProse(t) || n.DataAtom != atom.Div && attr(n, runAttr) == "") && (ld < 0.5 || ld < 0.9 && len(t) >= 150) {
			*out = append(*out, t)
		}
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		b.collect(c, out)
	}
}

func isProse(t string) bool {
	if len(t) >= 80 {
		return true
	}
	t = strings.TrimRight(t, "\"”’)] ")
	return len(strings.Fields(t)) >= 3 && strings.ContainsAny(t[len(t)-1:], ".!?:")
}
