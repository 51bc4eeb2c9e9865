package dossier

import (
	"errors"
	"reflect"
	"testing"
)

func TestHandMadeItemsRoundTrip(t *testing.T) {
	s, one, _ := filled(t)
	prov := Provenance{ArticleID: one, Paragraph: 2, Start: 3, End: 9}

	aID := must[int64](t)(s.AddActor(Actor{Name: "  Omar García Harfuch ", Kind: "person", Role: "Security Secretary", Affiliation: "Mexico", Aliases: []string{"García Harfuch", "Harfuch", "harfuch"}}))
	a := must[Actor](t)(s.Actor(aID))
	if a.Name != "Omar García Harfuch" || a.Kind != "person" || a.Role != "Security Secretary" || a.Status != Proposed ||
		!reflect.DeepEqual(a.Aliases, []string{"García Harfuch", "Harfuch"}) || a.Mentions != 0 {
		t.Errorf("actor = %+v", a)
	}
	a.Status, a.Aliases, a.Affiliation = Accepted, []string{"OGH"}, "Government of Mexico"
	check(t, s.UpdateActor(a))
	if got := must[Actor](t)(s.Actor(aID)); !reflect.DeepEqual(got, a) {
		t.Errorf("actor after update = %+v, want %+v", got, a)
	}

	qID := must[int64](t)(s.AddQuote(Quote{Text: "We act within the law.", SpeakerID: aID, Cue: "said", Prov: prov, Grade: Grade{Reliability: "A"}}))
	q := must[Quote](t)(s.Quote(qID))
	want := Quote{ID: qID, Text: "We act within the law.", SpeakerID: aID, SpeakerName: a.Name, Cue: "said", Prov: prov, Status: Proposed, Grade: Grade{Reliability: "A"}}
	if !reflect.DeepEqual(q, want) {
		t.Errorf("quote = %+v, want %+v", q, want)
	}
	q.Text, q.Grade, q.Status, q.SpeakerID, q.SpeakerLabel = "We act.", Grade{Credibility: 3}, Rejected, 0, "an official"
	check(t, s.UpdateQuote(q))
	q.SpeakerName = "an official"
	if got := must[Quote](t)(s.Quote(qID)); !reflect.DeepEqual(got, q) {
		t.Errorf("quote after update = %+v, want %+v", got, q)
	}

	srcID := must[int64](t)(s.AddSource(Source{Name: "Milenio", Kind: "outlet", Grade: Grade{"C", 3}, Citations: []Citation{{Relation: "reported_by", Prov: prov}}}))
	src := must[Source](t)(s.Source(srcID))
	if src.Name != "Milenio" || src.Kind != "outlet" || src.Grade != (Grade{"C", 3}) || len(src.Citations) != 1 || src.Citations[0].Prov != prov {
		t.Errorf("source = %+v", src)
	}
	if _, err := s.AddSource(Source{Name: "MILENIO"}); err == nil {
		t.Error("a second source with the same name was added")
	}
	src.Name, src.Status, src.Grade = "Milenio TV", Accepted, Grade{"B", 2}
	check(t, s.UpdateSource(src))
	if got := must[Source](t)(s.Source(srcID)); !reflect.DeepEqual(got, src) {
		t.Errorf("source after update = %+v, want %+v", got, src)
	}
	if err := s.UpdateSource(Source{ID: srcID, Name: "reuters"}); err == nil {
		t.Error("renaming a source onto another was accepted")
	}

	quID := must[int64](t)(s.AddQuestion(Question{Text: "Who approved it?", Prov: prov}))
	qu := must[Question](t)(s.Question(quID))
	if qu.State != QOpen || qu.Status != Proposed || qu.Prov != prov {
		t.Errorf("question = %+v", qu)
	}
	qu.State, qu.Answer, qu.Evidence, qu.Status = QAnswered, "The minister.", "Article 2 ¶3", Accepted
	check(t, s.UpdateQuestion(qu))
	if got := must[Question](t)(s.Question(quID)); !reflect.DeepEqual(got, qu) {
		t.Errorf("question after update = %+v, want %+v", got, qu)
	}
	if err := s.UpdateQuestion(Question{ID: quID, State: "maybe"}); err == nil {
		t.Error("an unknown question state was accepted")
	}

	eID := must[int64](t)(s.AddEvent(Event{When: "mid-September 2025", Value: "2025-09-10/2025-09-20", Text: "Summit"}))
	e := must[Event](t)(s.Event(eID))
	if e.When != "mid-September 2025" || e.Value != "2025-09-10/2025-09-20" || e.Prov != (Provenance{}) || e.Status != Proposed {
		t.Errorf("event = %+v", e)
	}
	e.Text, e.Status = "Summit in Mexico City", Accepted
	check(t, s.UpdateEvent(e))
	if got := must[Event](t)(s.Event(eID)); !reflect.DeepEqual(got, e) {
		t.Errorf("event after update = %+v, want %+v", got, e)
	}
	if evs := must[[]Event](t)(s.Events(Filter{})); evs[len(evs)-2].ID != eID {
		t.Errorf("timeline order: %+v", evs)
	}

	// Bad input is refused with nothing written.
	bad := []struct {
		name string
		err  error
	}{
		{"grade", func() error { _, err := s.AddQuote(Quote{Text: "x", Grade: Grade{"G", 1}}); return err }()},
		{"credibility", func() error { _, err := s.AddSource(Source{Name: "x", Grade: Grade{"A", 7}}); return err }()},
		{"status", func() error { _, err := s.AddEvent(Event{When: "x", Status: "done"}); return err }()},
		{"no speaker", func() error { _, err := s.AddQuote(Quote{Text: "x", SpeakerID: 999}); return err }()},
		{"no article", func() error {
			_, err := s.AddQuestion(Question{Text: "x", Prov: Provenance{ArticleID: 999}})
			return err
		}()},
		{"empty actor", func() error { _, err := s.AddActor(Actor{Name: " "}); return err }()},
		{"missing update", s.UpdateEvent(Event{ID: 999})},
		{"missing actor update", s.UpdateActor(Actor{ID: 999, Name: "x"})},
	}
	for _, b := range bad {
		if b.err == nil {
			t.Errorf("%s: accepted", b.name)
		}
	}

	// Delete each kind.
	for _, ref := range []ItemRef{{KindQuote, qID}, {KindSource, srcID}, {KindQuestion, quID}, {KindEvent, eID}, {KindActor, aID}} {
		check(t, s.Delete(ref))
		if err := s.Delete(ref); !errors.Is(err, ErrNotFound) {
			t.Errorf("deleting %s twice: %v", ref, err)
		}
	}
	if err := s.Delete(ItemRef{KindDossier, 0}); err == nil {
		t.Error("deleting the dossier itself was accepted")
	}
	check(t, s.Delete(ItemRef{KindArticle, one}))
}

func TestNotesAndTags(t *testing.T) {
	s, one, _ := filled(t)
	q := must[[]Quote](t)(s.Quotes(Filter{}))[0]
	targets := []ItemRef{{KindDossier, 0}, {KindArticle, one}, {KindQuote, q.ID}, {KindActor, q.SpeakerID}}
	for i, ref := range targets {
		id := must[int64](t)(s.AddNote(ref, "note "+ref.String()))
		check(t, s.UpdateNote(id, "edited note "+ref.String()))
		ns := must[[]Note](t)(s.Notes(ref))
		if len(ns) != 1 || ns[0].Text != "edited note "+ref.String() || ns[0].Target != ref || ns[0].Created.IsZero() || ns[0].Modified.Before(ns[0].Created) {
			t.Errorf("notes on %s = %+v", ref, ns)
		}
		check(t, s.SetTags(ref, []string{" urgent ", "Mexico", "mexico", "", "tag " + string(rune('a'+i))}))
		if got := must[[]string](t)(s.Tags(ref)); !reflect.DeepEqual(got, []string{"Mexico", "tag " + string(rune('a'+i)), "urgent"}) {
			t.Errorf("tags on %s = %q", ref, got)
		}
	}
	if got := must[[]Note](t)(s.AllNotes()); len(got) != len(targets) {
		t.Errorf("AllNotes = %d, want %d", len(got), len(targets))
	}
	if got := must[[]string](t)(s.AllTags()); !reflect.DeepEqual(got, []string{"Mexico", "tag a", "tag b", "tag c", "tag d", "urgent"}) {
		t.Errorf("AllTags = %q", got)
	}
	check(t, s.SetTags(targets[0], nil))
	if got := must[[]string](t)(s.Tags(targets[0])); len(got) != 0 {
		t.Errorf("tags after clearing = %q", got)
	}
	for _, ref := range []ItemRef{{KindQuote, 999}, {KindDossier, 1}, {"thing", 1}} {
		if _, err := s.AddNote(ref, "x"); err == nil {
			t.Errorf("note on %s accepted", ref)
		}
		if err := s.SetTags(ref, []string{"x"}); err == nil {
			t.Errorf("tags on %s accepted", ref)
		}
	}
	if _, err := s.AddNote(targets[0], "  "); err == nil {
		t.Error("an empty note was accepted")
	}
	if err := s.UpdateNote(999, "x"); !errors.Is(err, ErrNotFound) {
		t.Errorf("UpdateNote on a missing note: %v", err)
	}
	n := must[[]Note](t)(s.Notes(targets[0]))[0]
	check(t, s.Delete(ItemRef{KindNote, n.ID}))
	if got := must[[]Note](t)(s.Notes(targets[0])); len(got) != 0 {
		t.Errorf("note after delete: %+v", got)
	}
}
