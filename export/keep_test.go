package export

import (
	"fmt"
	"strings"
	"testing"

	"github.com/briefwright/briefwright/dossier"
)

// keepDossier is the sample dossier with shift pushing everything after the
// first speaker down the page, and, after it, headings whose first item is
// tall: a speaker whose first quote is longer than a page, a first open
// question, source and event that take many lines, an article with a long
// note. Over a range of shifts, each heading falls at every height of a
// page, the foot included.
func keepDossier(shift int) *dossier.Dossier {
	d := sampleDossier()
	p := d.Quotes[0].Prov
	q := []dossier.Quote{}
	// The first speaker's quotes take 1 to 4 lines each: shift lines in all.
	for lines, i := shift, 0; lines > 0; i++ {
		n := min(lines, 1+i%4)
		lines -= n
		q = append(q, dossier.Quote{ID: int64(200 + i), SpeakerName: "Alpha Filler", Prov: p, Status: dossier.Accepted,
			Text: strings.TrimSpace(strings.Repeat("Filler words to fill one whole line of the page, more or less. ", n))})
	}
	var long strings.Builder
	long.WriteString("Zoe begins her statement. ")
	for i := range 90 {
		fmt.Fprintf(&long, "Sentence %d of Zoe's long statement on harbour dues and dredging. ", i)
	}
	q = append(q, dossier.Quote{ID: 300, SpeakerName: "Zoe Longquote", Prov: p, Status: dossier.Accepted, Text: long.String()})
	d.Quotes = append(q, d.Quotes...)

	many := strings.TrimSpace(strings.Repeat("and a great many further details about the dues ", 12))
	d.Sources = append([]dossier.Source{{ID: 50, Name: "Unique First Source", Kind: "document", Status: dossier.Accepted,
		Citations: []dossier.Citation{{Relation: "report", Prov: p}}}}, d.Sources...)
	d.Notes = append(d.Notes, dossier.Note{ID: 50, Target: dossier.ItemRef{Kind: dossier.KindSource, ID: 50}, Text: many})
	d.Questions = append([]dossier.Question{{ID: 50, Text: "Which unique question opens the list, " + many + "?",
		Sentence: "It is not clear " + many + ".", Answer: "Perhaps " + many + ".", Prov: p, Status: dossier.Accepted, State: dossier.QOpen}},
		d.Questions...)
	// Short questions after the others move the timeline by less than a
	// long one.
	for i := range shift % 20 {
		d.Questions = append(d.Questions, dossier.Question{ID: int64(60 + i), Text: fmt.Sprintf("Short question %d?", i),
			Prov: p, Status: dossier.Accepted, State: dossier.QOpen})
	}
	d.Events = append([]dossier.Event{{ID: 50, When: "1 January 2000", Value: "2000-01-01", Text: "Unique first event " + many,
		Prov: p, Status: dossier.Accepted}}, d.Events...)
	d.Notes = append(d.Notes, dossier.Note{ID: 51, Target: dossier.ItemRef{Kind: dossier.KindArticle, ID: 2}, Text: "Long note on the budget article " + many})
	d.Articles[0].Text += strings.Repeat("\n\nFiller paragraph of the first article, one line long.", shift)
	return d
}

// pageOf is the first page from page from on whose text holds s, or 0.
func pageOf(pdf pdfInfo, s string, from int) int {
	for i := from; i <= len(pdf.pages); i++ {
		if strings.Contains(pdf.pageText(i), s) {
			return i
		}
	}
	return 0
}

// A heading is never left alone at the foot of a page: a speaker's name
// shares its page with the start of the first quote, a section's heading
// with its first row or item, an article's title with its first paragraph.
func TestHeadingsKeepTheirFirstItem(t *testing.T) {
	checks := []struct{ what, heading, first string }{
		{"speaker", "Zoe Longquote", "“Zoe begins her statement."},
		{"section", "Sources", "Unique First Source"},
		{"section", "Open questions", "Which unique question opens"},
		{"section", "Timeline", "Unique first event"},
		{"article", "Regional budget sets aside harbour money", "¶1 Regional budget"},
	}
	for shift := range 60 {
		pdf := readPDF(t, writePDF(t, keepDossier(shift), fixed))
		for _, c := range checks {
			h := pageOf(pdf, c.heading, 3)
			f := pageOf(pdf, c.first, max(h, 1))
			if h == 0 || f == 0 {
				t.Fatalf("shift %d: %s %q on page %d, its first item %q on page %d", shift, c.what, c.heading, h, c.first, f)
			}
			if h != f {
				t.Errorf("shift %d: %s %q is at the foot of page %d, its first item on page %d", shift, c.what, c.heading, h, f)
			}
		}
	}
}
