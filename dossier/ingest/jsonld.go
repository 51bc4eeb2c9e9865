package ingest

import (
	"encoding/json"
	"strings"
)

// JSON-LD (schema.org) describes the article in a <script> of its own. The
// article may be the top object, one of an array, one of a "@graph", or
// nested under "mainEntity"; its type may be a string or a list, and is
// any kind of article or posting.

// ldArticle is what one JSON-LD block says about the article.
type ldArticle struct {
	headline, published, author, publisher string
}

// maxLDDepth bounds the walk through nested JSON-LD.
const maxLDDepth = 32

func readJSONLD(s string) (ld ldArticle) {
	var v any
	if json.Unmarshal([]byte(s), &v) != nil {
		return ld
	}
	var visit func(v any, depth int)
	visit = func(v any, depth int) {
		if depth > maxLDDepth {
			return
		}
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				visit(e, depth+1)
			}
		case map[string]any:
			if isArticleType(x["@type"]) {
				if h, ok := x["headline"].(string); ok && ld.headline == "" {
					ld.headline = cleanLine(h)
				}
				for _, k := range []string{"datePublished", "dateCreated", "uploadDate"} {
					if d, ok := x[k].(string); ok && ld.published == "" {
						ld.published = normDate(d)
					}
				}
				if ld.author == "" {
					ld.author = joinNames(ldNames(x["author"], true, 0))
				}
				if ld.publisher == "" {
					ld.publisher = joinNames(ldNames(x["publisher"], false, 0))
				}
			}
			for _, k := range []string{"@graph", "mainEntity", "mainEntityOfPage", "hasPart"} {
				if e, ok := x[k]; ok {
					visit(e, depth+1)
				}
			}
		}
	}
	visit(v, 0)
	return ld
}

// isArticleType reports whether a JSON-LD "@type" names an article:
// Article, NewsArticle, ReportageNewsArticle, BlogPosting and their kin.
func isArticleType(t any) bool {
	switch x := t.(type) {
	case string:
		return strings.Contains(x, "Article") || strings.HasSuffix(x, "Posting") || x == "Report"
	case []any:
		for _, e := range x {
			if isArticleType(e) {
				return true
			}
		}
	}
	return false
}

// ldNames gives the names in an author or publisher value: a string, an
// object with a name, or a list of either. For authors, organisations are
// left out (an outlet is not a byline).
func ldNames(v any, people bool, depth int) []string {
	if depth > maxLDDepth {
		return nil
	}
	switch x := v.(type) {
	case string:
		if people {
			return splitNames(personName(x))
		}
		return []string{cleanLine(x)}
	case map[string]any:
		if t, _ := x["@type"].(string); people && (t == "Organization" || t == "NewsMediaOrganization") {
			return nil
		}
		return ldNames(x["name"], people, depth+1)
	case []any:
		var names []string
		for _, e := range x {
			names = append(names, ldNames(e, people, depth+1)...)
		}
		return names
	}
	return nil
}
