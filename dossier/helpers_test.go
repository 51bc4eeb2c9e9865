package dossier

import (
	"strings"
	"testing"

	"github.com/briefwright/briefwright/dossier/extract"
)

// Two short articles written for these tests, with the extraction a finder
// would give, spans included.
const (
	textOne = `Mexico rejects strike plan

Claudia Sheinbaum said on Tuesday that Mexico would not accept foreign troops on its soil.

"We will never accept an intervention," Sheinbaum told reporters in Mexico City.

According to Reuters, the Pentagon drafted options in July 2025.

"This is under review," a Pentagon spokesperson said.

It is unclear whether the U.S. would act alone.`

	textTwo = `Talks continue in Washington

Officials from the Pentagon met Mexican envoys, reuters reported.

"Cooperation is the only path," said Sheinbaum on Friday, speaking about security talks in Guzmán's home state.

Ángeles Morales, an aide, said the meeting lasted two hours.`
)

// at returns the span of the n-th paragraph's first occurrence of s.
func at(t testing.TB, text, s string) extract.Span {
	t.Helper()
	i := strings.Index(text, s)
	if i < 0 {
		t.Fatalf("%q not in text", s)
	}
	for _, p := range extract.Paragraphs(text) {
		if i < p.End {
			return extract.Span{Paragraph: p.Index, Start: i, End: i + len(s)}
		}
	}
	t.Fatalf("%q outside paragraphs", s)
	return extract.Span{}
}

func extractionOne(t testing.TB) *extract.Extraction {
	q1 := at(t, textOne, "We will never accept an intervention,")
	q2 := at(t, textOne, "This is under review,")
	src := at(t, textOne, "Reuters")
	qu := at(t, textOne, "It is unclear whether the U.S. would act alone.")
	d := at(t, textOne, "July 2025")
	return &extract.Extraction{
		Actors: []extract.Actor{
			{Name: "Claudia Sheinbaum", Kind: "person", Role: "President", Affiliation: "Mexico", Aliases: []string{"Sheinbaum"}, Mentions: 2,
				Spans: []extract.Span{at(t, textOne, "Claudia Sheinbaum"), at(t, textOne, "Sheinbaum told")}},
			{Name: "Pentagon", Kind: "organization", Mentions: 2,
				Spans: []extract.Span{at(t, textOne, "Pentagon drafted"), at(t, textOne, "Pentagon spokesperson")}},
			{Name: "Mexico", Kind: "place", Mentions: 1, Spans: []extract.Span{at(t, textOne, "Mexico rejects")}},
		},
		Quotes: []extract.Quote{
			{Text: "We will never accept an intervention,", Speaker: "Claudia Sheinbaum", SpeakerNamed: true, Cue: "told", Paragraph: q1.Paragraph, Start: q1.Start, End: q1.End},
			{Text: "This is under review,", Speaker: "Pentagon spokesperson", Cue: "said", Paragraph: q2.Paragraph, Start: q2.Start, End: q2.End},
		},
		Sources: []extract.Source{{Name: "Reuters", Kind: "agency", Relation: "according_to", Paragraph: src.Paragraph, Start: src.Start, End: src.End}},
		Questions: []extract.Question{{Text: "Will the U.S. act alone?", Sentence: "It is unclear whether the U.S. would act alone.",
			Paragraph: qu.Paragraph, Start: qu.Start, End: qu.End}},
		Dates: []extract.Date{{Text: "July 2025", Value: "2025-07", Event: "Pentagon drafted options", Paragraph: d.Paragraph, Start: d.Start, End: d.End}},
	}
}

func extractionTwo(t testing.TB) *extract.Extraction {
	q := at(t, textTwo, "Cooperation is the only path,")
	src := at(t, textTwo, "reuters")
	return &extract.Extraction{
		Actors: []extract.Actor{
			// Known only by surname here: it must join the actor of article one.
			{Name: "Sheinbaum", Kind: "person", Mentions: 1, Spans: []extract.Span{at(t, textTwo, "Sheinbaum")}},
			{Name: "pentagon", Kind: "organization", Mentions: 1, Spans: []extract.Span{at(t, textTwo, "Pentagon")}},
			{Name: "Ángeles Morales", Kind: "person", Role: "aide", Mentions: 1, Spans: []extract.Span{at(t, textTwo, "Ángeles Morales")}},
		},
		Quotes: []extract.Quote{
			{Text: "Cooperation is the only path,", Speaker: "Sheinbaum", SpeakerNamed: true, Cue: "said", Paragraph: q.Paragraph, Start: q.Start, End: q.End},
		},
		Sources: []extract.Source{{Name: "reuters", Kind: "agency", Relation: "reported_by", Paragraph: src.Paragraph, Start: src.Start, End: src.End}},
		Dates: []extract.Date{
			{Text: "on Friday", Value: "", Event: "Sheinbaum spoke", Paragraph: q.Paragraph, Start: q.Start, End: q.End},
			{Text: "June 2025", Value: "2025-06", Event: "earlier talks", Paragraph: q.Paragraph, Start: q.Start, End: q.End},
		},
	}
}

// filled opens a new dossier holding both test articles.
func filled(t testing.TB) (s *Store, one, two int64) {
	t.Helper()
	s = newStore(t)
	var err error
	if one, err = s.AddArticle(Article{Title: "Mexico rejects strike plan", Outlet: "Test Wire", Published: "2025-08-01", Format: "txt", File: "one.txt", Text: textOne}, extractionOne(t)); err != nil {
		t.Fatal(err)
	}
	if two, err = s.AddArticle(Article{Title: "Talks continue", Format: "paste", Text: textTwo}, extractionTwo(t)); err != nil {
		t.Fatal(err)
	}
	return s, one, two
}

func actorByName(t testing.TB, s *Store, name string) Actor {
	t.Helper()
	as, err := s.Actors(Filter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range as {
		if a.Name == name {
			return a
		}
	}
	t.Fatalf("no actor %q in %+v", name, as)
	return Actor{}
}

func must[T any](t testing.TB) func(v T, err error) T {
	return func(v T, err error) T {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
}

func check(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
