package ingest

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A saved news page holds the article among navigation, share bars, ads
// and comments. The body is found the way readability tools do: page
// chrome is removed, every paragraph scores its container by its length
// and commas, and the best container wins (see htmlbody.go).

func looksHTML(s string) bool {
	head := strings.ToLower(s[:min(len(s), 1024)])
	return strings.Contains(head, "<html") || strings.Contains(head, "<!doctype html") || strings.Contains(head, "<body")
}

func parseHTML(text string) *Article {
	a := &Article{Format: "html"}
	root, err := html.Parse(strings.NewReader(text))
	if err != nil {
		// The parser refuses pages nested deeper than any real one; their
		// text is still worth reading.
		a.Text = strings.Join(tokenText(text), "\n\n")
		return a
	}
	readMeta(root, a)
	ps := articleBlocks(root)
	ps = dropBoilerplate(ps, a.Title)
	a.Text = strings.Join(ps, "\n\n")
	return a
}

// tokenText is the text of a page read token by token, without building a
// tree: a paragraph ends at every block element.
func tokenText(text string) []string {
	z := html.NewTokenizer(strings.NewReader(text))
	z.SetMaxBuf(MaxSize + 1)
	var ps []string
	var cur strings.Builder
	skip := 0
	flush := func() {
		if p := cleanLine(cur.String()); p != "" {
			ps = append(ps, p)
		}
		cur.Reset()
	}
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			flush()
			return ps
		case html.TextToken:
			if skip == 0 {
				cur.Write(z.Text())
			}
		case html.StartTagToken, html.EndTagToken:
			name, _ := z.TagName()
			t := atom.Lookup(name)
			if dropTags[t] {
				// Skipped elements do not nest in practice; a count keeps
				// an unclosed one from hiding the rest forever.
				if tt == html.StartTagToken {
					skip++
				} else if skip > 0 {
					skip--
				}
				continue
			}
			if !inlineTags[t] {
				flush()
			} else if t == atom.Br {
				cur.WriteByte(' ')
			}
		}
	}
}

// textOf is the text inside a node, with a line break at each <br> and
// around each block: cleanLine makes them spaces, and a byline's lines
// stay apart for firstTextLine.
func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch {
		case n.Type == html.TextNode:
			b.WriteString(n.Data)
		case n.Type == html.ElementNode && (n.DataAtom == atom.Br || !inlineTags[n.DataAtom]):
			b.WriteByte('\n')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if n.Type == html.ElementNode && !inlineTags[n.DataAtom] {
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
