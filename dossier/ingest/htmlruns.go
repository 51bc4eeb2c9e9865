package ingest

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Many pages set text without paragraph elements: bare text between <br>s
// in a <div>, runs of <span>s, text straight inside a <section> beside
// other blocks. wrapRuns turns each such run into a <p> of its own, so the
// scoring and the paragraph structure treat it like any other paragraph.

// inlineTags are the elements that flow inside a line of text.
var inlineTags = map[atom.Atom]bool{
	atom.A: true, atom.Abbr: true, atom.B: true, atom.Bdi: true, atom.Bdo: true, atom.Br: true,
	atom.Cite: true, atom.Code: true, atom.Data: true, atom.Dfn: true, atom.Em: true, atom.Font: true,
	atom.I: true, atom.Img: true, atom.Kbd: true, atom.Mark: true, atom.Q: true, atom.S: true,
	atom.Samp: true, atom.Small: true, atom.Span: true, atom.Strong: true, atom.Sub: true, atom.Sup: true,
	atom.Time: true, atom.U: true, atom.Var: true, atom.Wbr: true, atom.Label: true, atom.Del: true,
	atom.Ins: true, atom.Nobr: true, atom.Big: true, atom.Tt: true, atom.Strike: true, atom.Picture: true,
	atom.Source: true,
}

// leafTags hold one paragraph whatever is inside them.
var leafTags = map[atom.Atom]bool{
	atom.P: true, atom.Pre: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Textarea: true, atom.Title: true, atom.Table: true,
	atom.Ul: true, atom.Ol: true, atom.Dl: true, atom.Tr: true, atom.Tbody: true, atom.Thead: true,
	atom.Tfoot: true, atom.Head: true, atom.Html: true,
}

// wrapRuns wraps the runs of inline content inside block containers into
// paragraphs. It walks without recursion, so a page nested thousands of
// levels deep costs no more than a flat one. It returns the set of
// elements that hold a block element inside.
func wrapRuns(root *html.Node) map[*html.Node]bool {
	// Post-order over an explicit stack: children before their parent.
	hasBlock := map[*html.Node]bool{}
	type frame struct {
		n    *html.Node
		seen bool
	}
	stack := []frame{{root, false}}
	for len(stack) > 0 {
		f := &stack[len(stack)-1]
		n := f.n
		if !f.seen {
			f.seen = true
			for c := n.LastChild; c != nil; c = c.PrevSibling {
				if c.Type == html.ElementNode {
					stack = append(stack, frame{c, false})
				}
			}
			continue
		}
		stack = stack[:len(stack)-1]
		block := false
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && (!inlineTags[c.DataAtom] || hasBlock[c]) {
				block = true
				break
			}
		}
		if n.Type == html.ElementNode && !leafTags[n.DataAtom] && (block || !inlineTags[n.DataAtom]) {
			switch n.DataAtom {
			case atom.Div, atom.Li, atom.Dd, atom.Td, atom.Th, atom.Blockquote:
				// Blocks of inline content only are paragraphs already.
				if block || breaksParagraphs(n) {
					wrapChildren(n, hasBlock)
					block = true
				}
			default:
				wrapChildren(n, hasBlock)
				block = true
			}
		}
		hasBlock[n] = block
	}
	return hasBlock
}

// breaksParagraphs reports whether an element of inline content only is
// set as several paragraphs: it holds a double <br>.
func breaksParagraphs(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if isBr(c) && isBr(nextNonSpace(c)) {
			return true
		}
	}
	return false
}

func isBr(n *html.Node) bool {
	return n != nil && n.Type == html.ElementNode && n.DataAtom == atom.Br
}

func nextNonSpace(n *html.Node) *html.Node {
	for c := n.NextSibling; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode && strings.TrimSpace(c.Data) == "" || c.Type == html.CommentNode {
			continue
		}
		return c
	}
	return nil
}

// wrapChildren gathers n's inline children into <p> elements. A run ends
// at a block child, at a double <br>, and at a single <br> after a
// sentence's end.
func wrapChildren(n *html.Node, hasBlock map[*html.Node]bool) {
	var run []*html.Node
	var text strings.Builder
	flush := func(before *html.Node) {
		if strings.TrimSpace(text.String()) != "" {
			p := &html.Node{Type: html.ElementNode, DataAtom: atom.P, Data: "p",
				Attr: []html.Attribute{{Key: runAttr, Val: "1"}}}
			n.InsertBefore(p, before)
			for _, c := range run {
				n.RemoveChild(c)
				p.AppendChild(c)
			}
		}
		run = run[:0]
		text.Reset()
	}
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		switch {
		case c.Type == html.TextNode:
			run = append(run, c)
			text.WriteString(c.Data)
		case c.Type != html.ElementNode:
		case isBr(c):
			t := strings.TrimRight(text.String(), " \t\r\n\u00a0")
			if isBr(nextNonSpace(c)) || t != "" && strings.ContainsAny(t[len(t)-1:], ".!?:\"”)") {
				flush(c)
			} else {
				run = append(run, c)
				text.WriteByte(' ')
			}
		case inlineTags[c.DataAtom] && !hasBlock[c]:
			run = append(run, c)
			text.WriteString(inlineText(c))
		default:
			flush(c)
		}
		c = next
	}
	flush(nil)
}

// runAttr marks a paragraph made from a run of bare text.
const runAttr = "data-briefwright-run"

// inlineText is the text of an inline element (no blocks inside, so short
// and shallow in practice; the walk is iterative all the same).
func inlineText(n *html.Node) string {
	var b strings.Builder
	stack := []*html.Node{n}
	for len(stack) > 0 {
		c := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
		for k := c.LastChild; k != nil; k = k.PrevSibling {
			stack = append(stack, k)
		}
	}
	return b.String()
}
