package ingest

import (
	"strings"
	"testing"
)

func TestNormDateFormats(t *testing.T) {
	for in, want := range map[string]string{
		"2019-11-19T10:33:00-05:00":           "2019-11-19",
		"2019-11-19T10:33:00.000Z":            "2019-11-19",
		"2019-11-19 10:33:00 +0000":           "2019-11-19",
		"Tue, 19 Nov 2019 15:33:00 GMT":       "2019-11-19",
		"Tue, 19 Nov 2019 15:33:00 +0100":     "2019-11-19",
		"Nov. 19, 2019":                       "2019-11-19",
		"Sept. 3, 2019":                       "2019-09-03",
		"November 19, 2019 at 10:33 a.m.":     "2019-11-19",
		"Updated: Tuesday, November 19, 2019": "2019-11-19",
		"19 November 2019":                    "2019-11-19",
		"19th of November, 2019":              "2019-11-19",
		"2019/11/19":                          "2019-11-19",
		"11/19/2019 01:14 PM":                 "2019-11-19",
		"19/11/2019":                          "2019-11-19",
		"19.11.2019":                          "2019-11-19",
		"1574177580":                          "2019-11-19",
		"1574177580000":                       "2019-11-19",
		"November 2019":                       "2019-11",
		"2019-11":                             "2019-11",
		"2019-02-30":                          "",
		"12345":                               "",
		"yesterday":                           "",
	} {
		if got := normDate(in); got != want {
			t.Errorf("normDate(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestBylines(t *testing.T) {
	for in, want := range map[string]string{
		"By TOM KRISHER, AP Auto Writer":                  "Tom Krisher",
		"By Jane Doe and John Roe, Associated Press":      "Jane Doe and John Roe",
		"Jane Doe, John Roe & Max Moe":                    "Jane Doe, John Roe and Max Moe",
		"Analysis by Chris Cillizza, CNN Editor-at-large": "Chris Cillizza",
		"By Ana Sandoiu | Updated 3 hours ago":            "Ana Sandoiu",
		"Jane Doe, CNN":                                   "Jane Doe",
		"Jane Doe Staff Writer":                           "Jane Doe",
		"@janedoe":                                        "",
	} {
		if got := joinNames(splitNames(personName(in))); got != want {
			t.Errorf("byline %q = %q, want %q", in, got, want)
		}
	}
}

func TestPageMetadata(t *testing.T) {
	const ldBlog = `{"@context":"https://schema.org","@type":"BlogPosting","headline":"Spiced pear jam",
		"datePublished":"2017-12-04T08:00:00+00:00","author":{"@type":"Person","name":"Ann Baker"},
		"publisher":{"@type":"Organization","name":"The Kitchen Shelf"}}`
	const ldGraph = `{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Site"},
		{"@type":["ReportageNewsArticle"],"headline":"Floods in the valley","datePublished":"Nov. 19, 2019",
		"author":[{"@type":"Person","name":"By JANE DOE, Staff Writer"},{"@type":"Person","name":"John Roe"},
		{"@type":"Organization","name":"Valley Times"}],"publisher":{"name":"Valley Times"}}]}`
	for _, c := range []struct {
		name, head                       string
		title, author, published, outlet string
	}{
		{"blog posting", `<script type="application/ld+json">` + ldBlog + `</script>`,
			"Spiced pear jam", "Ann Baker", "2017-12-04", "The Kitchen Shelf"},
		{"graph, nested authors", `<script type="application/ld+json">` + ldGraph + `</script>`,
			"Floods in the valley", "Jane Doe and John Roe", "2019-11-19", "Valley Times"},
		{"place as site name", `<meta property="og:site_name" content="U.S."><meta property="og:title" content="Plant closes">
			<meta property="article:published_time" content="1574177580">
			<script type="application/ld+json">{"@type":"NewsArticle","publisher":{"name":"Daily Courier"}}</script>`,
			"Plant closes", "", "2019-11-19", "Daily Courier"},
		{"commenter is no author", `<title>Open thread</title><meta name="date" content="19 November 2019">`,
			"Open thread", "", "2019-11-19", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			page := "<html><head>" + c.head + "</head><body><article><p>" + strings.Repeat("The river rose overnight, and the town woke to water in its streets. ", 4) +
				`</p></article><div id="comments"><div class="comment-author vcard"><a rel="author" href="/u/x">Sam Commenter</a></div><p>Great piece.</p></div></body></html>`
			a, err := Parse("page.html", []byte(page))
			if err != nil {
				t.Fatal(err)
			}
			if a.Title != c.title || a.Author != c.author || a.Published != c.published || a.Outlet != c.outlet {
				t.Errorf("title %q author %q published %q outlet %q", a.Title, a.Author, a.Published, a.Outlet)
			}
		})
	}
}
