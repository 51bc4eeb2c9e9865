package ingest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// hostilePages are pages built to make a parser slow, hungry or crash:
// nesting deeper than any real page, a page at the size limit, huge
// attributes, endless entities, unclosed elements of every kind.
func hostilePages() map[string]string {
	prose := "<p>The council met on Tuesday and voted, after a long debate, to rebuild the harbour wall.</p>"
	return map[string]string{
		"deep divs":        strings.Repeat("<div>", 100_000) + prose,
		"deep spans":       "<p>" + strings.Repeat("<span>", 100_000) + "text" + prose,
		"deep tables":      strings.Repeat("<table><tr><td>", 20_000) + prose,
		"deep formatting":  strings.Repeat("<b><i><a href=x>", 50_000) + prose,
		"misnested":        strings.Repeat("<p><b><div></b></p></div>", 50_000) + prose,
		"huge attribute":   `<html><body><div class="` + strings.Repeat("a-sidebar ", 1_000_000) + `">` + prose + "</div>",
		"huge id and json": `<script type="application/ld+json">` + strings.Repeat(`{"@graph":[`, 50_000) + `</script>` + prose,
		"endless entities": "<p>" + strings.Repeat("&amp;&#x1F600;&nbsp;&notanentity;&#99999999;", 200_000) + "</p>" + prose,
		"many paragraphs":  strings.Repeat(prose, 100_000),
		"brs":              "<div>" + strings.Repeat("word<br>", 1_000_000) + "</div>",
		"unclosed comment": prose + "<!--" + strings.Repeat("x", 1_000_000),
		"unclosed script":  prose + "<script>" + strings.Repeat("<p>x</p>", 200_000),
	}
}

// TestHostilePages: every hostile page is read or refused with an error,
// never a panic, and what is read is well formed. (How long each takes is
// measured by BenchmarkHostile, not asserted here.)
func TestHostilePages(t *testing.T) {
	for name, page := range hostilePages() {
		t.Run(name, func(t *testing.T) {
			a, err := Parse("page.html", []byte(page))
			checkArticle(t, a, err)
		})
	}
}

func BenchmarkHostile(b *testing.B) {
	for name, page := range hostilePages() {
		b.Run(strings.ReplaceAll(name, " ", "-"), func(b *testing.B) {
			b.SetBytes(int64(len(page)))
			for b.Loop() {
				Parse("page.html", []byte(page))
			}
		})
	}
}

// BenchmarkLargePage reads a 20 MB page, the largest accepted: the page
// fixtures repeated.
func BenchmarkLargePage(b *testing.B) {
	var one strings.Builder
	files, _ := filepath.Glob("testdata/shapes/*.html")
	for _, f := range files {
		data, _ := os.ReadFile(f)
		one.Write(data)
	}
	page := strings.Repeat(one.String(), MaxSize/one.Len())
	b.SetBytes(int64(len(page)))
	for b.Loop() {
		if _, err := Parse("page.html", []byte(page)); err != nil {
			b.Fatal(err)
		}
	}
}
