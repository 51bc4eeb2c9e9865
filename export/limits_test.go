package export

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/briefwright/briefwright/dossier"
)

// hugeDossier is one article of the given paragraphs, with n of each kind
// of item in it, the last five of each accepted, the rest proposed.
func hugeDossier(text string, n int) *dossier.Dossier {
	d := &dossier.Dossier{Meta: dossier.Meta{Title: "Huge"},
		Articles: []dossier.Article{{ID: 7, Title: "The huge article", Text: text, File: "huge.txt"}}}
	p := dossier.Provenance{ArticleID: 7, Paragraph: 1}
	status := func(i int) dossier.Status {
		if i >= n-5 {
			return dossier.Accepted
		}
		return dossier.Proposed
	}
	for i := range n {
		d.Questions = append(d.Questions, dossier.Question{ID: int64(i + 1), Text: fmt.Sprintf("Question %d?", i+1), Prov: p, Status: status(i)})
		d.Quotes = append(d.Quotes, dossier.Quote{ID: int64(i + 1), Text: fmt.Sprintf("Quote %d", i+1), SpeakerName: fmt.Sprintf("Speaker %d", i%7), Prov: p, Status: status(i)})
		d.Actors = append(d.Actors, dossier.Actor{ID: int64(i + 1), Name: fmt.Sprintf("Actor %d", i+1), Kind: "person", Mentions: 1, First: p, Status: status(i)})
		d.Sources = append(d.Sources, dossier.Source{ID: int64(i + 1), Name: fmt.Sprintf("Source %d", i+1), Kind: "outlet",
			Citations: []dossier.Citation{{Relation: "according_to", Prov: p}}, Status: status(i)})
		d.Events = append(d.Events, dossier.Event{ID: int64(i + 1), When: "2025", Value: "2025", Text: fmt.Sprintf("Event %d", i+1), Prov: p, Status: status(i)})
	}
	return d
}

// A briefing lists at most so many items of each kind per article, keeps
// the accepted ones, and says how many it left out; the JSON keeps all.
func TestBriefingCapsPerArticle(t *testing.T) {
	const n = 2000
	d := hugeDossier("The huge article\n\nOne paragraph.", n)
	b := newBriefing(d, fixed)
	lim := listLimits
	if len(b.question) != lim.questions || len(b.actors) != lim.actors || len(b.sources) != lim.sources || len(b.events) != lim.events {
		t.Errorf("listed %d questions, %d actors, %d sources, %d events", len(b.question), len(b.actors), len(b.sources), len(b.events))
	}
	quotes := 0
	for _, g := range b.speakers {
		quotes += len(g.quotes)
	}
	if quotes != lim.quotes {
		t.Errorf("listed %d quotes, want %d", quotes, lim.quotes)
	}
	for _, c := range b.counts {
		if c.label != "Articles" && c.n != n {
			t.Errorf("cover count of %s is %d, want every one of the %d", c.label, c.n, n)
		}
	}

	pdf := readPDF(t, writePDF(t, d, fixed))
	text := pdf.text()
	for _, want := range []string{
		"Question 1?", fmt.Sprintf("Question %d?", n), // the first, and an accepted one
		fmt.Sprintf("This briefing lists at most %d questions per article: %s more from A1 are left out here;", lim.questions, thousands(n-lim.questions)),
		fmt.Sprintf("This briefing lists at most %d quotes per article: %s more from A1", lim.quotes, thousands(n-lim.quotes)),
		fmt.Sprintf("at most %d actors per article: %s more from A1", lim.actors, thousands(n-lim.actors)),
		fmt.Sprintf("at most %d sources per article: %s more from A1", lim.sources, thousands(n-lim.sources)),
		fmt.Sprintf("at most %d dated events per article: %s more from A1", lim.events, thousands(n-lim.events)),
		"2,000 OPEN QUESTIONS",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("the PDF lacks %q", want)
		}
	}
	if !regexp.MustCompile(`Speaker \d+ \d+ of 28[56] quotes`).MatchString(text) {
		t.Errorf("a speaker's heading does not say how many of the quotes are listed")
	}
	if strings.Contains(text, fmt.Sprintf("Question %d?", lim.questions+1)) {
		t.Errorf("the PDF lists a question past the limit")
	}
	if len(pdf.pages) > 60 {
		t.Errorf("%d pages for %d items listed", len(pdf.pages), lim.questions+lim.quotes+lim.actors+lim.sources+lim.events)
	}

	var md bytes.Buffer
	if err := Markdown(&md, d, fixed); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(md.String(), fmt.Sprintf("%s more from A1 are left out here", thousands(n-lim.questions))) ||
		!strings.Contains(md.String(), fmt.Sprintf("Question %d?", n)) || strings.Contains(md.String(), fmt.Sprintf("Question %d?", lim.questions+1)) {
		t.Errorf("the Markdown does not cap the questions the same way")
	}
	var js bytes.Buffer
	if err := JSON(&js, d); err != nil {
		t.Fatal(err)
	}
	if c := strings.Count(js.String(), `"text": "Question `); c != n {
		t.Errorf("the JSON holds %d questions, want all %d", c, n)
	}
}

// The appendix prints the start of an article too long to read in print,
// and says what is left.
func TestAppendixCaps(t *testing.T) {
	lim := listLimits
	for _, c := range []struct {
		name, text string
		last       string // the last paragraph printed
		next       string // the first one left out
		note       string
	}{
		{"many paragraphs", "Title\n\n" + strings.Repeat("a\n\n", 100_000), fmt.Sprintf("¶%d a", lim.paragraphs),
			fmt.Sprintf("¶%d a", lim.paragraphs+1), fmt.Sprintf("The appendix prints this article up to ¶%s; the rest,", thousands(lim.paragraphs))},
		{"one huge paragraph", "Title\n\n" + strings.Repeat("word ", 1_000_000) + "Finis", "¶2 word word",
			"Finis", "The appendix prints this article up to part of ¶2; the rest, 4.8 MB of text,"},
		{"short", "Title\n\nOne.\n\nTwo.", "¶3 Two.", "The appendix prints", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			d := &dossier.Dossier{Articles: []dossier.Article{{ID: 1, Title: "T", Text: c.text}}}
			text := readPDF(t, writePDF(t, d, fixed)).text()
			if !strings.Contains(text, c.last) || strings.Contains(text, c.next) {
				t.Errorf("the appendix does not end at %q", c.last)
			}
			if c.note != "" && !strings.Contains(text, c.note) {
				t.Errorf("the appendix lacks %q", c.note)
			}
			var md bytes.Buffer
			if err := Markdown(&md, d, fixed); err != nil {
				t.Fatal(err)
			}
			if c.note != "" && !strings.Contains(md.String(), c.note) {
				t.Errorf("the Markdown appendix lacks %q", c.note)
			}
		})
	}
}

// Fields longer than a page are cut short, so that no table row or header
// runs off the page: the file is still whole and within its margins.
func TestLongFieldsAreClipped(t *testing.T) {
	long := strings.Repeat("Ángeles ", 200_000)
	d := sampleDossier()
	d.Meta.Title, d.Meta.Marking = long, long
	d.Actors[0].Name, d.Actors[0].Role = long, long
	d.Events[0].Text, d.Sources[0].Name = long, long
	d.Quotes[0].Text, d.Questions[0].Text = long, long
	d.Notes[0].Text = long
	pdf := readPDF(t, writePDF(t, d, fixed))
	if len(pdf.pages) > 80 {
		t.Errorf("%d pages", len(pdf.pages))
	}
	if !strings.Contains(pdf.text(), "Ángeles Ángeles…") {
		t.Errorf("long fields are not shown cut short with an ellipsis")
	}
}

// Memory and time of a briefing follow what it prints, not what the
// dossier holds: two million questions and three million paragraphs in one
// article make a briefing as quick as a small one.
//
//	go test -run '^$' -bench HugeArticle -benchmem ./export
func BenchmarkHugeArticle(b *testing.B) {
	d := &dossier.Dossier{Meta: dossier.Meta{Title: "Huge"},
		Articles: []dossier.Article{{ID: 1, Title: "Huge", Text: "Huge\n\n" + strings.Repeat("a\n\n", 3_000_000)}}}
	for i := range 2_000_000 {
		d.Questions = append(d.Questions, dossier.Question{ID: int64(i + 1), Text: "Why?", Sentence: "Why?",
			Prov: dossier.Provenance{ArticleID: 1, Paragraph: 2}, Status: dossier.Proposed, State: dossier.QOpen})
	}
	for b.Loop() {
		if err := PDF(io.Discard, d, fixed); err != nil {
			b.Fatal(err)
		}
	}
}

// A failed export leaves neither a half-written file nor a temporary one,
// and the file it would have replaced is still there, whole.
func TestWriteFailureKeepsOldFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "brief.pdf")
	if err := os.WriteFile(path, []byte("the good briefing"), 0o644); err != nil {
		t.Fatal(err)
	}
	err := writeAtomic(path, func(w io.Writer) error {
		w.Write(bytes.Repeat([]byte("half"), 1<<20))
		return errors.New("disk full")
	})
	if err == nil || !strings.Contains(err.Error(), "brief.pdf") || !strings.Contains(err.Error(), "disk full") {
		t.Errorf("error %v", err)
	}
	if b, _ := os.ReadFile(path); string(b) != "the good briefing" {
		t.Errorf("the old file was replaced")
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("files left behind: %v", entries)
	}
}

func TestClip(t *testing.T) {
	for _, c := range []struct {
		s    string
		n    int
		want string
	}{
		{"abc", 3, "abc"},
		{"abcd", 3, "ab…"},
		{"ééé", 3, "ééé"}, // three runes fit, though six bytes
		{"éééé", 3, "éé…"},
		{"日本語", 3, "日本語"},
		{"", 3, ""},
	} {
		if got := clip(c.s, c.n); got != c.want {
			t.Errorf("clip(%q, %d) = %q, want %q", c.s, c.n, got, c.want)
		}
	}
}

// Writing a briefing clips long tags in what it prints, not in the
// dossier it was given, which may be written again in another format.
func TestBriefingLeavesTheDossierAsItWas(t *testing.T) {
	long := strings.Repeat("x", 1000)
	ref := dossier.ItemRef{Kind: dossier.KindArticle, ID: 1}
	d := &dossier.Dossier{Meta: dossier.Meta{Title: "T"}, Articles: []dossier.Article{{ID: 1, Title: "A", Text: "Some text."}},
		Tags: map[dossier.ItemRef][]string{ref: {long}}}
	if err := Markdown(io.Discard, d, fixed); err != nil {
		t.Fatal(err)
	}
	if got := d.Tags[ref][0]; got != long {
		t.Errorf("writing the briefing changed a tag of the dossier to %d bytes", len(got))
	}
}

func TestThousands(t *testing.T) {
	for _, tc := range []struct {
		n    int
		want string
	}{
		{0, "0"}, {999, "999"}, {1000, "1,000"}, {-1234567, "-1,234,567"},
		{math.MinInt64, "-9,223,372,036,854,775,808"},
	} {
		if got := thousands(tc.n); got != tc.want {
			t.Errorf("thousands(%d) = %q, want %q", tc.n, got, tc.want)
		}
	}
}
