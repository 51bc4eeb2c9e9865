package dossier

import (
	"database/sql"
	"fmt"
	"reflect"
	"sort"
	"testing"
)

// dump reads every table of the dossier, search indexes included, except
// the time of the last change.
func dump(t *testing.T, s *Store) map[string][]string {
	t.Helper()
	tables, err := s.strings(must[*sql.Rows](t)(s.r.Query(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_data' AND name NOT LIKE '%_idx' AND name NOT LIKE '%_docsize' AND name NOT LIKE '%_config' AND name NOT LIKE '%_content'`)))
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][]string{}
	for _, table := range tables {
		q := `SELECT rowid, * FROM ` + quoteIdent(table)
		if withoutRowid[table] || table == "meta" || table == "tags_fts" {
			q = `SELECT * FROM ` + quoteIdent(table)
		}
		imgs, err := readImages(s.r, q)
		if err != nil {
			t.Fatalf("%s: %v", table, err)
		}
		for _, img := range imgs {
			row := fmt.Sprint(img.vals...)
			if table == "meta" && img.vals[0] == "modified" {
				continue
			}
			out[table] = append(out[table], row)
		}
		sort.Strings(out[table])
	}
	for _, fts := range []string{"paragraphs_fts", "quotes_fts", "questions_fts", "events_fts", "sources_fts", "notes_fts", "actors_fts"} {
		if _, err := s.w.Exec(`INSERT INTO ` + fts + `(` + fts + `) VALUES ('integrity-check')`); err != nil {
			t.Errorf("%s: %v", fts, err)
		}
	}
	return out
}

func TestHistoryUndoesEveryKindOfChange(t *testing.T) {
	s, one, two := filled(t)
	shein := actorByName(t, s, "Claudia Sheinbaum")
	pent := actorByName(t, s, "Pentagon")
	qs := must[[]Quote](t)(s.Quotes(Filter{}))
	quote := ItemRef{KindQuote, qs[0].ID}
	check(t, s.SetTags(quote, []string{"intervention"}))
	must[int64](t)(s.AddNote(quote, "Key quote."))
	must[int64](t)(s.AddNote(ItemRef{KindActor, shein.ID}, "President since 2024."))
	src := must[[]Source](t)(s.Sources(Filter{}))[0]

	h := NewHistory(s)
	steps := []struct {
		name string
		refs []ItemRef
		fn   func(*Store) error
	}{
		{"accept", []ItemRef{quote}, func(s *Store) error { return s.SetStatus(KindQuote, Accepted, quote.ID) }},
		{"edit quote", []ItemRef{quote}, func(s *Store) error {
			q := qs[0]
			q.Text, q.Cue, q.Grade = "changed", "shouted", Grade{"B", 2}
			return s.UpdateQuote(q)
		}},
		{"tags", []ItemRef{quote}, func(s *Store) error { return s.SetTags(quote, []string{"a", "b"}) }},
		{"add note", []ItemRef{quote}, func(s *Store) error { _, err := s.AddNote(quote, "Another."); return err }},
		{"edit actor", []ItemRef{{KindActor, shein.ID}}, func(s *Store) error {
			a := shein
			a.Name, a.Aliases = "C. Sheinbaum", []string{"La Presidenta"}
			return s.UpdateActor(a)
		}},
		{"merge", []ItemRef{{KindActor, shein.ID}, {KindActor, pent.ID}}, func(s *Store) error { return s.MergeActors(shein.ID, pent.ID) }},
		{"delete actor", []ItemRef{{KindActor, shein.ID}}, func(s *Store) error { return s.Delete(ItemRef{KindActor, shein.ID}) }},
		{"delete source", []ItemRef{{KindSource, src.ID}}, func(s *Store) error { return s.Delete(ItemRef{KindSource, src.ID}) }},
		{"delete quote", []ItemRef{quote}, func(s *Store) error { return s.Delete(quote) }},
		{"delete article one", []ItemRef{{KindArticle, one}}, func(s *Store) error { return s.Delete(ItemRef{KindArticle, one}) }},
		{"delete article two", []ItemRef{{KindArticle, two}}, func(s *Store) error { return s.Delete(ItemRef{KindArticle, two}) }},
	}
	for _, st := range steps {
		before := dump(t, s)
		check(t, h.Do(st.name, st.refs, st.fn))
		if reflect.DeepEqual(before, dump(t, s)) {
			t.Fatalf("%s changed nothing", st.name)
		}
		if h.Next() != st.name {
			t.Errorf("next undo is %q, want %q", h.Next(), st.name)
		}
		what, err := h.Undo()
		if err != nil || what != st.name {
			t.Fatalf("undo %s: %q, %v", st.name, what, err)
		}
		if after := dump(t, s); !reflect.DeepEqual(before, after) {
			for table := range before {
				if !reflect.DeepEqual(before[table], after[table]) {
					t.Errorf("undo %s: %s was\n%q\nis\n%q", st.name, table, before[table], after[table])
				}
			}
		}
	}
	// Several changes undo in reverse order.
	before := dump(t, s)
	for _, st := range steps[:6] {
		check(t, h.Do(st.name, st.refs, st.fn))
	}
	for range steps[:6] {
		if _, err := h.Undo(); err != nil {
			t.Fatal(err)
		}
	}
	if !reflect.DeepEqual(before, dump(t, s)) {
		t.Error("undoing six changes in a row does not give the dossier back")
	}
	if _, err := h.Undo(); err != ErrNothingToUndo {
		t.Errorf("undo with nothing left: %v", err)
	}
}

// quoteToReassign gives a new dossier holding one article with one quote.
func quoteToReassign(t *testing.T) (*Store, ItemRef) {
	t.Helper()
	s := newStore(t)
	if _, err := s.ImportText(`"We will build it," said Elena Ruiz, the mayor.`, ArticleMeta{Title: "Port"}); err != nil {
		t.Fatal(err)
	}
	qs, err := s.Quotes(Filter{})
	if err != nil || len(qs) != 1 {
		t.Fatalf("quotes %v, %v", qs, err)
	}
	return s, ItemRef{KindQuote, qs[0].ID}
}

// speakerByNewName gives quote ref a new actor as its speaker, through h,
// as the app does, and returns the actor's id.
func speakerByNewName(t *testing.T, h *History, ref ItemRef) int64 {
	t.Helper()
	added, err := h.DoAdding("change speaker", []ItemRef{ref}, func(st *Store) ([]ItemRef, error) {
		id, err := st.SetNewSpeaker(ref.ID, Actor{Name: "Ines Kahl", Kind: "person", Status: Accepted})
		if err != nil {
			return nil, err
		}
		return []ItemRef{{KindActor, id}}, nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return added[0].ID
}

// TestUndoRemovesWhatAChangeAdded undoes a change that made a new actor:
// the actor goes with the change, and the dossier is as it was.
func TestUndoRemovesWhatAChangeAdded(t *testing.T) {
	s, ref := quoteToReassign(t)
	before := dump(t, s)
	h := NewHistory(s)
	speakerByNewName(t, h, ref)
	_, items, err := h.UndoItems()
	if err != nil {
		t.Fatal(err)
	}
	if len(items) != 2 || items[1].Kind != KindActor {
		t.Errorf("undo names %v, want the quote and the new actor", items)
	}
	if after := dump(t, s); !reflect.DeepEqual(before, after) {
		t.Errorf("after undo the dossier differs:\nbefore %v\nafter  %v", before, after)
	}
}

// TestUndoKeepsAnAddedActorInUse undoes a change that made a new actor
// after an article imported since then named that actor: the article's
// mentions of it stay, and so does the actor.
func TestUndoKeepsAnAddedActorInUse(t *testing.T) {
	s, ref := quoteToReassign(t)
	h := NewHistory(s)
	added := speakerByNewName(t, h, ref)
	art, err := s.ImportText(`Ines Kahl, the harbour master, said the work would start soon.`, ArticleMeta{Title: "Harbour"})
	if err != nil {
		t.Fatal(err)
	}
	mentions := func() (n int) {
		r, err := s.Reading(art)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range r.Marks {
			if m.Ref == (ItemRef{KindActor, added}) {
				n++
			}
		}
		return n
	}
	n := mentions()
	if n == 0 {
		t.Fatalf("the second article does not name actor %d", added)
	}
	if _, err := h.Undo(); err != nil {
		t.Fatal(err)
	}
	if got := mentions(); got != n {
		t.Errorf("after undo the second article names actor %d %d times, want %d", added, got, n)
	}
	if q, err := s.Quote(ref.ID); err != nil || q.SpeakerID == added {
		t.Errorf("after undo the quote's speaker is %d (%v), want the one before", q.SpeakerID, err)
	}
}
