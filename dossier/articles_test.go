package dossier

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"reflect"
	"strings"
	"testing"
)

func TestAddArticleStoresProposals(t *testing.T) {
	s, one, two := filled(t)

	a := must[Article](t)(s.Article(one))
	sum := sha256.Sum256([]byte(textOne))
	if a.Text != textOne || a.SHA256 != hex.EncodeToString(sum[:]) || a.Words != len(strings.Fields(textOne)) ||
		a.Title != "Mexico rejects strike plan" || a.Outlet != "Test Wire" || a.Published != "2025-08-01" ||
		a.Format != "txt" || a.File != "one.txt" || a.Added.IsZero() {
		t.Errorf("article = %+v", a)
	}
	list := must[[]Article](t)(s.Articles())
	if len(list) != 2 || list[0].ID != one || list[1].ID != two || list[0].Text != "" || list[0].SHA256 != a.SHA256 {
		t.Errorf("Articles() = %+v, want both in import order without text", list)
	}

	// Article two names "Sheinbaum" (an alias) and "pentagon": no new actors.
	actors := must[[]Actor](t)(s.Actors(Filter{}))
	var names []string
	for _, x := range actors {
		names = append(names, x.Name)
	}
	if want := []string{"Claudia Sheinbaum", "Pentagon", "Mexico", "Ángeles Morales"}; !reflect.DeepEqual(names, want) {
		t.Errorf("actors = %q, want %q (by mentions, then name)", names, want)
	}
	cs := actors[0]
	if cs.Mentions != 3 || cs.Role != "President" || cs.Affiliation != "Mexico" || cs.Kind != "person" ||
		!reflect.DeepEqual(cs.Aliases, []string{"Sheinbaum"}) || cs.Status != Proposed ||
		cs.First != (Provenance{ArticleID: one, Paragraph: 2, Start: strings.Index(textOne, "Claudia"), End: strings.Index(textOne, "Claudia") + len("Claudia Sheinbaum")}) {
		t.Errorf("Sheinbaum = %+v", cs)
	}
	mentions := must[[]Provenance](t)(s.ActorMentions(cs.ID))
	if len(mentions) != 3 || mentions[0].ArticleID != one || mentions[2].ArticleID != two {
		t.Errorf("mentions = %+v", mentions)
	}
	if got := must[Actor](t)(s.Actor(cs.ID)); !reflect.DeepEqual(got, cs) {
		t.Errorf("Actor(%d) = %+v, want %+v", cs.ID, got, cs)
	}

	quotes := must[[]Quote](t)(s.Quotes(Filter{}))
	if len(quotes) != 3 {
		t.Fatalf("quotes = %+v", quotes)
	}
	q0 := quotes[0]
	if q0.SpeakerID != cs.ID || q0.SpeakerName != "Claudia Sheinbaum" || q0.SpeakerLabel != "" || q0.Cue != "told" ||
		q0.Prov.ArticleID != one || q0.Prov.Paragraph != 3 || textOne[q0.Prov.Start:q0.Prov.End] != q0.Text {
		t.Errorf("first quote = %+v", q0)
	}
	if q := quotes[1]; q.SpeakerID != 0 || q.SpeakerLabel != "Pentagon spokesperson" || q.SpeakerName != "Pentagon spokesperson" {
		t.Errorf("unnamed speaker quote = %+v", q)
	}
	if q := quotes[2]; q.SpeakerID != cs.ID || q.Prov.ArticleID != two {
		t.Errorf("article two quote = %+v, want Sheinbaum found by alias", q)
	}

	sources := must[[]Source](t)(s.Sources(Filter{}))
	if len(sources) != 1 || sources[0].Name != "Reuters" || len(sources[0].Citations) != 2 ||
		sources[0].Citations[0].Relation != "according_to" || sources[0].Citations[1].Prov.ArticleID != two {
		t.Errorf("sources = %+v, want one Reuters cited twice", sources)
	}
	qs := must[[]Question](t)(s.Questions(Filter{}))
	if len(qs) != 1 || qs[0].State != QOpen || qs[0].Status != Proposed || qs[0].Prov.Paragraph != 6 ||
		textOne[qs[0].Prov.Start:qs[0].Prov.End] != qs[0].Sentence {
		t.Errorf("questions = %+v", qs)
	}
	events := must[[]Event](t)(s.Events(Filter{}))
	var whens []string
	for _, e := range events {
		whens = append(whens, e.When)
	}
	if want := []string{"June 2025", "July 2025", "on Friday"}; !reflect.DeepEqual(whens, want) {
		t.Errorf("events in order %q, want %q (dated by value, then undated)", whens, want)
	}

	c := must[Counts](t)(s.Counts())
	for kind, want := range map[string]int{KindArticle: 2, KindActor: 4, KindQuote: 3, KindSource: 1, KindQuestion: 1, KindEvent: 3, KindNote: 0} {
		if c.Total(kind) != want {
			t.Errorf("Counts %s = %d, want %d", kind, c.Total(kind), want)
		}
	}
	if c[KindQuote][Proposed] != 3 {
		t.Errorf("Counts quote proposed = %d", c[KindQuote][Proposed])
	}
}

func TestAddArticleRefusesDuplicate(t *testing.T) {
	s, one, _ := filled(t)
	before := must[Counts](t)(s.Counts())
	_, err := s.AddArticle(Article{Title: "Again", Text: textOne}, extractionOne(t))
	var dup *DuplicateError
	if !errors.As(err, &dup) || dup.Existing.ID != one || dup.Existing.Title != "Mexico rejects strike plan" {
		t.Fatalf("duplicate: got %v", err)
	}
	if after := must[Counts](t)(s.Counts()); !reflect.DeepEqual(before, after) {
		t.Errorf("counts changed: %v -> %v", before, after)
	}
	if _, err := s.AddArticle(Article{Title: "Blank", Text: " \n "}, nil); err == nil {
		t.Error("an article without text was stored")
	}
}

func TestFilters(t *testing.T) {
	s, one, two := filled(t)
	quotes := must[[]Quote](t)(s.Quotes(Filter{}))
	check(t, s.SetStatus(KindQuote, Accepted, quotes[0].ID, quotes[2].ID))
	tests := []struct {
		name string
		f    Filter
		want int
	}{
		{"all", Filter{}, 3},
		{"accepted", Filter{Status: Accepted}, 2},
		{"proposed", Filter{Status: Proposed}, 1},
		{"article two", Filter{ArticleID: two}, 1},
		{"article one accepted", Filter{ArticleID: one, Status: Accepted}, 1},
		{"text any case", Filter{Text: "NEVER accept"}, 1},
		{"speaker name", Filter{Text: "claudia"}, 2},
		{"no match", Filter{Text: "zebra"}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := must[[]Quote](t)(s.Quotes(tt.f)); len(got) != tt.want {
				t.Errorf("Quotes(%+v) = %d items, want %d", tt.f, len(got), tt.want)
			}
		})
	}
	if got := must[[]Actor](t)(s.Actors(Filter{ArticleID: two})); len(got) != 3 {
		t.Errorf("actors of article two = %d, want 3", len(got))
	}
	if got := must[[]Actor](t)(s.Actors(Filter{Text: "ángeles"})); len(got) != 1 || got[0].Name != "Ángeles Morales" {
		t.Errorf("actors matching ángeles = %+v", got)
	}
	if got := must[[]Actor](t)(s.Actors(Filter{Text: "SHEINBAUM"})); len(got) != 1 {
		t.Errorf("actors matching SHEINBAUM = %+v", got)
	}
	if got := must[[]Source](t)(s.Sources(Filter{ArticleID: two, Text: "REUT"})); len(got) != 1 {
		t.Errorf("sources = %+v", got)
	}
	if got := must[[]Event](t)(s.Events(Filter{ArticleID: one})); len(got) != 1 {
		t.Errorf("events of article one = %+v", got)
	}
	if got := must[[]Question](t)(s.Questions(Filter{Text: "ALONE", Status: Proposed})); len(got) != 1 {
		t.Errorf("questions = %+v", got)
	}
}

func TestSetStatusBulk(t *testing.T) {
	s, _, _ := filled(t)
	var ids []int64
	for _, q := range must[[]Quote](t)(s.Quotes(Filter{})) {
		ids = append(ids, q.ID)
	}
	check(t, s.SetStatus(KindQuote, Accepted, ids...))
	if c := must[Counts](t)(s.Counts()); c[KindQuote][Accepted] != 3 || c[KindQuote][Proposed] != 0 {
		t.Errorf("counts after bulk accept: %v", c[KindQuote])
	}
	// One missing id: nothing changes.
	err := s.SetStatus(KindQuote, Rejected, append(ids, 9999)...)
	if !errors.Is(err, ErrNotFound) {
		t.Errorf("SetStatus with a missing id: %v, want ErrNotFound", err)
	}
	if c := must[Counts](t)(s.Counts()); c[KindQuote][Accepted] != 3 {
		t.Errorf("a failed bulk change was partly applied: %v", c[KindQuote])
	}
	for _, bad := range []struct {
		kind string
		st   Status
	}{{KindArticle, Accepted}, {KindQuote, "maybe"}, {KindQuote, ""}} {
		if err := s.SetStatus(bad.kind, bad.st, ids[0]); err == nil {
			t.Errorf("SetStatus(%q, %q) accepted", bad.kind, bad.st)
		}
	}
	for _, kind := range []string{KindActor, KindSource, KindQuestion, KindEvent} {
		check(t, s.SetStatus(kind, Rejected))
	}
}

func TestDeleteArticle(t *testing.T) {
	s, one, two := filled(t)
	q := must[[]Quote](t)(s.Quotes(Filter{ArticleID: one}))[0]
	must[int64](t)(s.AddNote(ItemRef{KindQuote, q.ID}, "check this"))
	check(t, s.SetTags(ItemRef{KindArticle, one}, []string{"mexico"}))
	check(t, s.DeleteArticle(one))

	if _, err := s.Article(one); !errors.Is(err, ErrNotFound) {
		t.Errorf("deleted article still readable: %v", err)
	}
	var names []string
	for _, a := range must[[]Actor](t)(s.Actors(Filter{})) {
		names = append(names, a.Name)
	}
	// Mexico was only in article one; the others are in article two too.
	if want := []string{"Claudia Sheinbaum", "Pentagon", "Ángeles Morales"}; !reflect.DeepEqual(names, want) {
		t.Errorf("actors after delete = %q, want %q", names, want)
	}
	if cs := actorByName(t, s, "Claudia Sheinbaum"); cs.Mentions != 1 || cs.First.ArticleID != two {
		t.Errorf("Sheinbaum after delete = %+v", cs)
	}
	c := must[Counts](t)(s.Counts())
	for kind, want := range map[string]int{KindArticle: 1, KindQuote: 1, KindSource: 1, KindQuestion: 0, KindEvent: 2, KindNote: 0} {
		if c.Total(kind) != want {
			t.Errorf("%s after delete = %d, want %d", kind, c.Total(kind), want)
		}
	}
	if tags := must[[]string](t)(s.AllTags()); len(tags) != 0 {
		t.Errorf("tags of the deleted article remain: %q", tags)
	}
	if src := must[[]Source](t)(s.Sources(Filter{})); len(src) != 1 || len(src[0].Citations) != 1 {
		t.Errorf("sources = %+v", src)
	}
	check(t, s.DeleteArticle(two))
	if c := must[Counts](t)(s.Counts()); c.Total(KindActor)+c.Total(KindSource)+c.Total(KindQuote)+c.Total(KindEvent) != 0 {
		t.Errorf("items left after deleting every article: %v", c)
	}
	if err := s.DeleteArticle(two); !errors.Is(err, ErrNotFound) {
		t.Errorf("deleting twice: %v", err)
	}
}

func TestUpdateArticle(t *testing.T) {
	s, one, _ := filled(t)
	a := must[Article](t)(s.Article(one))
	a.Title, a.Outlet, a.Author, a.Published, a.URL = "New title", "Outlet", "Ana Guzmán", "2025-08", "https://example.org/a"
	a.Text = "ignored"
	check(t, s.UpdateArticle(a))
	got := must[Article](t)(s.Article(one))
	if got.Title != "New title" || got.Author != "Ana Guzmán" || got.URL != a.URL || got.Published != "2025-08" || got.Text != textOne {
		t.Errorf("after UpdateArticle: %+v", got)
	}
	if hits := must[[]Hit](t)(s.Search("new title", 5)); len(hits) == 0 || hits[0].Ref != (ItemRef{KindArticle, one}) {
		t.Errorf("search after retitling: %+v", hits)
	}
	if err := s.UpdateArticle(Article{ID: 999}); !errors.Is(err, ErrNotFound) {
		t.Errorf("UpdateArticle of a missing article: %v", err)
	}
}

func TestAddArticleKeepsSpansInsideText(t *testing.T) {
	s := newStore(t)
	x := extractionOne(t)
	x.Quotes[0].Start, x.Quotes[0].End = 5, len(textOne)+10
	x.Questions[0].Start, x.Questions[0].End = -1, 3
	x.Actors[0].Spans[0].Start, x.Actors[0].Spans[0].End = 9, 2
	id := must[int64](t)(s.AddArticle(Article{Text: textOne}, x))
	check := func(what string, start, end int) {
		t.Helper()
		if start < 0 || end < start || end > len(textOne) {
			t.Errorf("%s span %d:%d outside the text", what, start, end)
		}
	}
	for _, q := range must[[]Quote](t)(s.Quotes(Filter{ArticleID: id})) {
		check("quote", q.Prov.Start, q.Prov.End)
	}
	for _, q := range must[[]Question](t)(s.Questions(Filter{ArticleID: id})) {
		check("question", q.Prov.Start, q.Prov.End)
	}
	for _, a := range must[[]Actor](t)(s.Actors(Filter{})) {
		for _, p := range must[[]Provenance](t)(s.ActorMentions(a.ID)) {
			check("mention", p.Start, p.End)
		}
	}
}

func TestCountWords(t *testing.T) {
	for _, s := range []string{"", " ", "one", " two  words ", "tab\tand\nnew line", "no\u00a0break\u2003em space", "Ángeles — Guzmán", "bad \xff\xfe utf8\xc3", "\u0085next\u2028line", textOne} {
		if got, want := countWords(s), len(strings.Fields(s)); got != want {
			t.Errorf("countWords(%q) = %d, want %d", s, got, want)
		}
	}
}
