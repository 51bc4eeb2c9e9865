package dossier

import (
	"errors"
	"reflect"
	"sort"
	"testing"
)

func TestMergeAndUnmergeActors(t *testing.T) {
	s, _, _ := filled(t)
	cs := actorByName(t, s, "Claudia Sheinbaum")
	am := actorByName(t, s, "Ángeles Morales")
	pg := actorByName(t, s, "Pentagon")
	check(t, s.UpdateActor(Actor{ID: am.ID, Name: am.Name, Kind: am.Kind, Role: am.Role, Aliases: []string{"Morales"}, Status: Accepted}))
	before := must[[]Actor](t)(s.Actors(Filter{}))
	quotesBefore := must[[]Quote](t)(s.Quotes(Filter{}))

	// Give Morales a quote, so the merge shows on quotes.
	q := quotesBefore[1] // the unnamed Pentagon spokesperson
	check(t, s.SetSpeaker(q.ID, am.ID))
	if got := must[Quote](t)(s.Quote(q.ID)); got.SpeakerID != am.ID || got.SpeakerName != "Ángeles Morales" {
		t.Fatalf("after SetSpeaker: %+v", got)
	}

	// Morales into Sheinbaum.
	check(t, s.MergeActors(cs.ID, am.ID))
	merged := actorByName(t, s, "Claudia Sheinbaum")
	if merged.Mentions != cs.Mentions+am.Mentions {
		t.Errorf("merged mentions = %d, want %d", merged.Mentions, cs.Mentions+am.Mentions)
	}
	if want := []string{"Sheinbaum", "Ángeles Morales", "Morales"}; !reflect.DeepEqual(merged.Aliases, want) {
		t.Errorf("merged aliases = %q, want %q", merged.Aliases, want)
	}
	if n := len(must[[]Actor](t)(s.Actors(Filter{}))); n != len(before)-1 {
		t.Errorf("%d actors listed after merge, want %d", n, len(before)-1)
	}
	if got := must[Quote](t)(s.Quote(q.ID)); got.SpeakerID != cs.ID || got.SpeakerName != "Claudia Sheinbaum" {
		t.Errorf("quote speaker after merge: %+v, want the surviving actor", got)
	}
	if got := must[Actor](t)(s.Actor(am.ID)); got.MergedInto != cs.ID {
		t.Errorf("merged actor read alone: %+v", got)
	}
	kids := must[[]Actor](t)(s.MergedInto(cs.ID))
	if len(kids) != 1 || kids[0].ID != am.ID {
		t.Errorf("MergedInto = %+v", kids)
	}
	if c := must[Counts](t)(s.Counts()); c.Total(KindActor) != len(before)-1 {
		t.Errorf("counts include the merged actor: %v", c[KindActor])
	}
	if got := must[[]Provenance](t)(s.ActorMentions(cs.ID)); len(got) != merged.Mentions {
		t.Errorf("ActorMentions after merge = %d, want %d", len(got), merged.Mentions)
	}

	// Editing the surviving actor as shown must not adopt the merged names.
	merged.Role = "President of Mexico"
	check(t, s.UpdateActor(merged))

	// Chain: Sheinbaum (with Morales) into Pentagon.
	check(t, s.MergeActors(pg.ID, cs.ID))
	top := actorByName(t, s, "Pentagon")
	if top.Mentions != pg.Mentions+merged.Mentions {
		t.Errorf("chain mentions = %d, want %d", top.Mentions, pg.Mentions+merged.Mentions)
	}
	sort.Strings(top.Aliases)
	if want := []string{"Claudia Sheinbaum", "Morales", "Sheinbaum", "Ángeles Morales"}; !reflect.DeepEqual(top.Aliases, want) {
		t.Errorf("chain aliases = %q, want %q", top.Aliases, want)
	}
	for _, x := range must[[]Quote](t)(s.Quotes(Filter{})) {
		if x.SpeakerID != 0 && x.SpeakerID != pg.ID {
			t.Errorf("quote %d speaker %d, want the top of the chain %d", x.ID, x.SpeakerID, pg.ID)
		}
	}
	// Merging into a merged actor goes to the top of its chain; merging a
	// chain into itself or merging twice is refused.
	mx := actorByName(t, s, "Mexico")
	check(t, s.MergeActors(am.ID, mx.ID))
	if got := must[Actor](t)(s.Actor(mx.ID)); got.MergedInto != pg.ID {
		t.Errorf("merge into a merged actor landed on %d, want %d", got.MergedInto, pg.ID)
	}
	check(t, s.UnmergeActor(mx.ID))
	for _, bad := range [][2]int64{{cs.ID, pg.ID}, {pg.ID, pg.ID}, {pg.ID, am.ID}, {pg.ID, 999}, {999, pg.ID}} {
		if err := s.MergeActors(bad[0], bad[1]); err == nil {
			t.Errorf("MergeActors(%d, %d) accepted", bad[0], bad[1])
		}
	}
	if err := s.UnmergeActor(pg.ID); err == nil {
		t.Error("unmerging an actor that is not merged was accepted")
	}

	// Undo both: everything is as before.
	check(t, s.UnmergeActor(cs.ID))
	check(t, s.UnmergeActor(am.ID))
	check(t, s.SetSpeaker(q.ID, 0))
	if got := must[Actor](t)(s.Actor(cs.ID)); !reflect.DeepEqual(got.Aliases, cs.Aliases) || got.Role != "President of Mexico" {
		t.Errorf("after unmerging, the edited actor is %+v: it adopted merged names or lost the edit", got)
	}
	check(t, s.UpdateActor(cs))
	after := must[[]Actor](t)(s.Actors(Filter{}))
	if !reflect.DeepEqual(after, before) {
		t.Errorf("after unmerging:\n got %+v\nwant %+v", after, before)
	}
	if got := must[[]Quote](t)(s.Quotes(Filter{})); !reflect.DeepEqual(got, quotesBefore) {
		t.Errorf("quotes after unmerging:\n got %+v\nwant %+v", got, quotesBefore)
	}
	if kids := must[[]Actor](t)(s.MergedInto(cs.ID)); len(kids) != 0 {
		t.Errorf("MergedInto after unmerge = %+v", kids)
	}
}

func TestSpeakerReassignmentSurvivesMerge(t *testing.T) {
	s, _, _ := filled(t)
	cs := actorByName(t, s, "Claudia Sheinbaum")
	am := actorByName(t, s, "Ángeles Morales")
	q := must[[]Quote](t)(s.Quotes(Filter{}))[0]
	check(t, s.SetSpeaker(q.ID, am.ID))
	check(t, s.MergeActors(cs.ID, am.ID))
	// The GUI edits the quote as shown (speaker = Sheinbaum) and saves it.
	shown := must[Quote](t)(s.Quote(q.ID))
	shown.Grade = Grade{Reliability: "B", Credibility: 2}
	shown.Status = Accepted
	check(t, s.UpdateQuote(shown))
	check(t, s.UnmergeActor(am.ID))
	got := must[Quote](t)(s.Quote(q.ID))
	if got.SpeakerID != am.ID || got.Grade.String() != "B2" || got.Status != Accepted {
		t.Errorf("after edit and unmerge: %+v, want speaker %d kept", got, am.ID)
	}
	if err := s.SetSpeaker(q.ID, 999); !errors.Is(err, ErrNotFound) {
		t.Errorf("SetSpeaker to a missing actor: %v", err)
	}
	if err := s.SetSpeaker(999, am.ID); !errors.Is(err, ErrNotFound) {
		t.Errorf("SetSpeaker on a missing quote: %v", err)
	}
}

// TestSetNewSpeakerIsOneChange gives a quote that has gone a new speaker:
// the change fails whole, and no actor is left behind.
func TestSetNewSpeakerIsOneChange(t *testing.T) {
	s, _, _ := filled(t)
	before := must[[]Actor](t)(s.Actors(Filter{}))
	if _, err := s.SetNewSpeaker(999, Actor{Name: "Ines Kahl", Kind: "person"}); !errors.Is(err, ErrNotFound) {
		t.Errorf("SetNewSpeaker on a missing quote: %v", err)
	}
	if _, err := s.SetNewSpeaker(999, Actor{Name: " "}); err == nil {
		t.Error("SetNewSpeaker with a blank name: no error")
	}
	if after := must[[]Actor](t)(s.Actors(Filter{})); !reflect.DeepEqual(after, before) {
		t.Errorf("actors after a failed SetNewSpeaker:\n got %+v\nwant %+v", after, before)
	}
	q := must[[]Quote](t)(s.Quotes(Filter{}))[0]
	id, err := s.SetNewSpeaker(q.ID, Actor{Name: "Ines Kahl", Kind: "person", Status: Accepted})
	check(t, err)
	if got := must[Quote](t)(s.Quote(q.ID)); got.SpeakerID != id {
		t.Errorf("speaker = %d, want the new actor %d", got.SpeakerID, id)
	}
	if a := must[Actor](t)(s.Actor(id)); a.Name != "Ines Kahl" {
		t.Errorf("new actor = %+v", a)
	}
}

func TestDeleteActor(t *testing.T) {
	s, _, _ := filled(t)
	cs := actorByName(t, s, "Claudia Sheinbaum")
	am := actorByName(t, s, "Ángeles Morales")
	check(t, s.MergeActors(cs.ID, am.ID))
	must[int64](t)(s.AddNote(ItemRef{KindActor, am.ID}, "aide"))
	check(t, s.Delete(ItemRef{KindActor, cs.ID}))
	for _, id := range []int64{cs.ID, am.ID} {
		if _, err := s.Actor(id); !errors.Is(err, ErrNotFound) {
			t.Errorf("actor %d after delete: %v", id, err)
		}
	}
	for _, q := range must[[]Quote](t)(s.Quotes(Filter{})) {
		if q.SpeakerID == cs.ID || q.Text == "" {
			t.Errorf("quote kept its deleted speaker or lost its text: %+v", q)
		}
	}
	if n := must[[]Note](t)(s.AllNotes()); len(n) != 0 {
		t.Errorf("notes of deleted actors remain: %+v", n)
	}
}

func TestQuotesBy(t *testing.T) {
	s, _, _ := filled(t)
	shein := actorByName(t, s, "Claudia Sheinbaum")
	qs := must[[]Quote](t)(s.QuotesBy(shein.ID))
	if len(qs) != 2 {
		t.Fatalf("quotes by Sheinbaum = %+v", qs)
	}
	for _, q := range qs {
		if q.SpeakerID != shein.ID {
			t.Errorf("quote %+v is not hers", q)
		}
	}
	if _, err := s.QuotesBy(9999); !errors.Is(err, ErrNotFound) {
		t.Errorf("quotes by a missing actor: %v", err)
	}
}
