package ingest

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestPageShapes reads small pages built like the saved pages that body
// extraction used to get wrong: each must give the article's paragraphs,
// first to last, one a line, and none of the page's chrome.
func TestPageShapes(t *testing.T) {
	for _, c := range []struct {
		file        string
		first, last string
		paragraphs  int
		absent      []string
	}{
		// Bare text between double <br>s, no <p> at all.
		{"br-text.html", "The old river bridge reopened", "stays at 30 km/h.", 4, []string{"Home", "Contact"}},
		// Text in runs of <span>, an ad between them.
		{"span-runs.html", "The central library will open", "the library's director said on Tuesday.", 2, []string{"Advertise"}},
		// Text straight inside a <section>, beside a heading and a figure.
		{"section-text.html", "A late frost", "who had no cover at all.", 3, []string{"Home"}},
		// The whole page inside an ASP.NET <form>.
		{"form-page.html", "Dock workers at the northern port", "across the region.", 3, []string{"Search", "Home"}},
		// The article inside a layout class that reads like a sidebar.
		{"sidebar-wrapper.html", "The first trams ran", "cut back from next month.", 3, []string{"Share on"}},
		// A one-paragraph post under a long comment thread.
		{"comments-thread.html", "Our goal with these threads", "answer them in the comments below.", 1, []string{"giving later", "small trials"}},
		// A short article with a table, and a longer cookie notice.
		{"cookie-notice.html", "Below, we look at the snap counts", "Myles Brown 57", 4, []string{"cookies", "I Accept"}},
		// A menu full of teaser sentences before a short article.
		{"mega-menu.html", "Health officials are reporting", "The death occurred on Saturday.", 2, []string{"bakery", "robbed"}},
		// One article in sections whose classes differ a little.
		{"split-sections.html", "The new-look final began", "for the rest of the week.", 4, []string{"podcast"}},
		// Teasers of other stories, each an <article>, beside the story.
		{"teaser-articles.html", "Residents of the hill village", "before the summer.", 3, []string{"baker", "choir"}},
		// A table of data, one line a row.
		{"data-table.html", "On this page you will always", "2 Martin Truex Jr. 5035 7", 5, nil},
		// Hover cards inside a paragraph.
		{"hover-cards.html", "A man pleaded guilty", "offices.", 2, []string{"latest:", "Ilhan OmarIlhan"}},
		// A caption beside the text, a list of links inside it.
		{"captions-links.html", "Astronomers have confirmed", "built for the purpose.", 3, []string{"illustration", "Photos:"}},
		// A listing built like the article's container, further down.
		{"listing-siblings.html", "Police released video", "lasted three days.", 2, []string{"galleries", "watercolour"}},
		// A short post marked as the page's blog post by microdata, beside
		// longer teasers with more commas.
		{"marked-body.html", "To live a true love", "fill what is missing.", 2, []string{"family", "obstacle"}},
		// Bare text in the articleBody element, around an empty ad slot.
		{"article-body-div.html", "The son of a former president", "come forward.", 3, []string{"Minister resigns", "Markets"}},
	} {
		t.Run(c.file, func(t *testing.T) {
			a, err := ReadFile(filepath.Join("testdata", "shapes", c.file))
			if err != nil {
				t.Fatal(err)
			}
			checkArticle(t, a, nil)
			ps := strings.Split(a.Text, "\n\n")
			if !strings.HasPrefix(a.Text, c.first) || !strings.HasSuffix(a.Text, c.last) || len(ps) != c.paragraphs {
				t.Errorf("got %d paragraphs, want %d:\n%s", len(ps), c.paragraphs, a.Text)
			}
			for _, x := range c.absent {
				if strings.Contains(a.Text, x) {
					t.Errorf("chrome %q in the body:\n%s", x, a.Text)
				}
			}
		})
	}
}
