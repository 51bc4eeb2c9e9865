package ingest

import (
	"regexp"
	"strings"
)

var (
	mdImage    = regexp.MustCompile(`!\[[^\]]*\]\([^)]*\)`)
	mdLink     = regexp.MustCompile(`\[([^\]]*)\]\([^)]*\)`)
	mdRefLink  = regexp.MustCompile(`\[([^\]]+)\]\[[^\]]*\]`)
	mdEmphasis = regexp.MustCompile(`(\*\*|__|\*|_|~~)([^\s*_~](?:[^*_~]*[^\s*_~])?)(\*\*|__|\*|_|~~)`)
	mdCode     = regexp.MustCompile("`([^`]*)`")
	mdListItem = regexp.MustCompile(`^\s*(?:[-*+]|\d+[.)])\s+`)
	mdRefDef   = regexp.MustCompile(`^\s*\[[^\]]+\]:\s*\S+`)
)

// parseMarkdown reads front matter (title, author, date, source, url) and
// turns the body into plain paragraphs.
func parseMarkdown(text string) *Article {
	text = strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", "\n"), "\r", "\n")
	a := &Article{Format: "md"}
	body := text
	if strings.HasPrefix(text, "---\n") {
		if end := strings.Index(text[4:], "\n---"); end >= 0 {
			frontMatter(a, text[4:4+end])
			body = text[4+end+4:]
			if i := strings.IndexByte(body, '\n'); i >= 0 {
				body = body[i+1:]
			} else {
				body = ""
			}
		}
	}
	var blocks []string
	var cur []string
	fence := false
	flush := func() {
		if p := cleanLine(strings.Join(cur, " ")); p != "" {
			blocks = append(blocks, p)
		}
		cur = cur[:0]
	}
	for _, line := range strings.Split(body, "\n") {
		t := strings.TrimSpace(line)
		if strings.HasPrefix(t, "```") || strings.HasPrefix(t, "~~~") {
			flush()
			fence = !fence
			continue
		}
		if fence {
			cur = append(cur, t)
			flush()
			continue
		}
		switch {
		case t == "" || t == "***" || t == "---" || t == "___" || mdRefDef.MatchString(t):
			flush()
		case strings.HasPrefix(t, "#"):
			flush()
			h := strings.TrimSpace(strings.TrimRight(strings.TrimLeft(t, "#"), "#"))
			if a.Title == "" && strings.HasPrefix(t, "# ") && len(blocks) == 0 {
				a.Title = inlineMD(h)
			}
			cur = append(cur, inlineMD(h))
			flush()
		case mdListItem.MatchString(t):
			flush()
			cur = append(cur, inlineMD(mdListItem.ReplaceAllString(t, "")))
		case strings.HasPrefix(t, ">"):
			cur = append(cur, inlineMD(strings.TrimSpace(strings.TrimLeft(t, "> "))))
		default:
			cur = append(cur, inlineMD(t))
		}
	}
	flush()
	a.Text = strings.Join(blocks, "\n\n")
	return a
}

func inlineMD(s string) string {
	s = mdImage.ReplaceAllString(s, "")
	s = mdLink.ReplaceAllString(s, "$1")
	s = mdRefLink.ReplaceAllString(s, "$1")
	s = mdCode.ReplaceAllString(s, "$1")
	for i := 0; i < 3; i++ {
		s = mdEmphasis.ReplaceAllString(s, "$2")
	}
	return strings.TrimSpace(strings.TrimSuffix(s, "  "))
}

// frontMatter reads the simple "key: value" lines of YAML front matter.
func frontMatter(a *Article, fm string) {
	for _, line := range strings.Split(fm, "\n") {
		k, v, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		v = strings.Trim(strings.TrimSpace(v), `"'`)
		switch strings.ToLower(strings.TrimSpace(k)) {
		case "title", "headline":
			a.Title = cleanLine(v)
		case "author", "byline", "by":
			a.Author = cleanLine(v)
		case "date", "published", "publishdate", "pubdate":
			a.Published = normDate(v)
		case "source", "outlet", "publisher", "site", "site_name":
			a.Outlet = cleanLine(v)
		case "url", "link", "canonical", "source_url":
			a.URL = strings.TrimSpace(v)
		}
	}
}
