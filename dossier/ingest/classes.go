package ingest

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
)

// Class and id names say what an element is for. They are matched word by
// word (words split at "-", "_", spaces and the like: "media__footer",
// "l-sidebar-fixed") against sets of words, in time linear in their
// length, once per element.

// chromeWords name page chrome: navigation, share bars, promotions,
// comments, notices. Pairs match two adjacent words ("read-more").
var chromeWords = wordSet("nav", "navbar", "menu", "header", "footer", "sidebar", "aside", "share",
	"sharing", "social", "related", "recommend", "promo", "advert", "ad", "ads", "sponsor", "newsletter",
	"subscribe", "signup", "comment", "comments", "cookie", "consent", "breadcrumb", "toolbar", "popup",
	"modal", "banner", "outbrain", "taboola", "paywall", "skip", "caption", "credit", "tags", "trending",
	"gallery", "tooltip", "popover", "nocontent", "byline", "timestamp", "mostpopular", "readmore",
	"morefrom", "alsoon", "hovercard", "postmeta", "entrymeta", "articlemeta",
	"author-bio", "most-popular", "video-player", "read-more", "more-from", "also-on", "rollover-block",
	"hover-card", "post-meta", "entry-meta", "article-meta")

// neverParts, found anywhere in a class or id, mark readers' comments and
// cookie notices, which are never the article however much text they hold.
var neverParts = []string{"comment", "disqus", "replies", "respond", "discussion", "forum", "cookie", "consent", "gdpr"}

// commentParts mark a comment thread, where names are readers', not
// bylines.
var commentParts = []string{"comment", "disqus", "replies", "respond", "discussion"}

// dateParts mark an element that shows the date.
var dateParts = []string{"date", "time", "publish", "posted", "byline", "meta"}

// classID is an element's class and id, lower-cased.
func classID(n *html.Node) string {
	return strings.ToLower(attr(n, "class") + " " + attr(n, "id"))
}

// hasWord reports whether a lower-cased class string holds a word or a
// pair of adjacent words from the set.
func hasWord(ci string, set map[string]bool) bool {
	words := strings.FieldsFunc(ci, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	for i, w := range words {
		if set[w] || i+1 < len(words) && set[w+"-"+words[i+1]] {
			return true
		}
	}
	return false
}

func hasPart(ci string, parts []string) bool {
	for _, p := range parts {
		if strings.Contains(ci, p) {
			return true
		}
	}
	return false
}
