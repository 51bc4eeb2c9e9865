package dossier

import (
	"strings"
	"testing"
)

func TestReadingMarks(t *testing.T) {
	s, one, _ := filled(t)
	r := must[*Reading](t)(s.Reading(one))
	if got := len(r.Paragraphs); got != 6 {
		t.Fatalf("paragraphs = %d, want 6", got)
	}
	for _, p := range r.Paragraphs {
		if r.Article.Text[p.Start:p.End] != p.Text || p.Text == "" {
			t.Errorf("paragraph %d: text %q does not match its span", p.Index, p.Text)
		}
	}
	kinds := map[string]int{}
	for i, m := range r.Marks {
		kinds[m.Ref.Kind]++
		if i > 0 && r.Marks[i-1].Prov.Start > m.Prov.Start {
			t.Errorf("marks out of text order at %d", i)
		}
	}
	want := map[string]int{KindActor: 5, KindQuote: 2, KindSource: 1, KindQuestion: 1, KindEvent: 1}
	for k, n := range want {
		if kinds[k] != n {
			t.Errorf("%s marks = %d, want %d (all: %v)", k, kinds[k], n, kinds)
		}
	}
	sh := actorByName(t, s, "Claudia Sheinbaum")
	for _, m := range r.Marks {
		if m.Ref == (ItemRef{KindQuote, 0}) {
			t.Errorf("mark without id: %+v", m)
		}
		if m.Ref.Kind == KindQuote && strings.HasPrefix(r.Article.Text[m.Prov.Start:], "We will") && m.Label != "Claudia Sheinbaum" {
			t.Errorf("quote label = %q, want the speaker", m.Label)
		}
	}
	// A mention of an actor merged into another is marked as that one.
	other := must[int64](t)(s.AddActor(Actor{Name: "C. Sheinbaum", Kind: "person", Status: Proposed}))
	check(t, s.MergeActors(other, sh.ID))
	r = must[*Reading](t)(s.Reading(one))
	for _, m := range r.Marks {
		if m.Ref.Kind == KindActor && m.Ref.ID == sh.ID {
			t.Errorf("mark still names the merged actor: %+v", m)
		}
	}
}

func TestReadingPieces(t *testing.T) {
	r := &Reading{Article: Article{Text: "Título\n\n“Ángeles dijo sí,” said Ana."}}
	r.Paragraphs = []Paragraph{{1, 0, 7, "Título"}, {2, 9, len(r.Article.Text), r.Article.Text[9:]}}
	quote := strings.Index(r.Article.Text, "Ángeles")
	name := strings.Index(r.Article.Text, "Ana")
	r.Marks = []Mark{
		{Ref: ItemRef{KindQuote, 1}, Prov: Provenance{Paragraph: 2, Start: quote, End: quote + len("Ángeles dijo sí,")}},
		{Ref: ItemRef{KindActor, 2}, Prov: Provenance{Paragraph: 2, Start: quote, End: quote + len("Ángeles")}},
		{Ref: ItemRef{KindActor, 3}, Prov: Provenance{Paragraph: 2, Start: name, End: name + len("Ana")}},
	}
	var got []string
	for _, p := range r.Pieces(2) {
		got = append(got, p.Text+markList(p.Marks))
	}
	want := []string{"“", "Ángeles[0 1]", " dijo sí,[0]", "” said ", "Ana[2]", "."}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("pieces = %q\nwant     %q", got, want)
	}
	if p := r.Pieces(1); len(p) != 1 || p[0].Text != "Título" || p[0].Marks != nil {
		t.Errorf("unmarked paragraph pieces = %+v", p)
	}
	if r.Pieces(3) != nil {
		t.Error("pieces of a missing paragraph")
	}
}

func markList(m []int) string {
	if m == nil {
		return ""
	}
	var b strings.Builder
	b.WriteByte('[')
	for i, x := range m {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteByte(byte('0' + x))
	}
	b.WriteByte(']')
	return b.String()
}

func TestReadingSelection(t *testing.T) {
	s, one, _ := filled(t)
	r := must[*Reading](t)(s.Reading(one))
	for _, tc := range []struct {
		name, sel, want string
		para            int
		wantErr         bool
	}{
		{"with marks", ` "We will never accept an intervention," `, "We will never accept an intervention,", 3, false},
		{"plain", "Mexico City", "Mexico City", 3, false},
		{"curly", "“This is under review,”", "This is under review,", 5, false},
		{"wrong paragraph", "Mexico City", "", 2, true},
		{"empty", ` “ ” `, "", 3, true},
		{"no paragraph", "x", "", 9, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			text, p, err := r.Selection(tc.para, tc.sel)
			if (err != nil) != tc.wantErr {
				t.Fatalf("err = %v, want error %v", err, tc.wantErr)
			}
			if err != nil {
				return
			}
			if text != tc.want || r.Article.Text[p.Start:p.End] != tc.want || p.Paragraph != tc.para || p.ArticleID != one {
				t.Errorf("got %q at %+v", text, p)
			}
		})
	}
}
