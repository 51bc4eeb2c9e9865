package dossier

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

func TestSnapshotAndSaveCopy(t *testing.T) {
	s, one, _ := filled(t)
	check(t, s.UpdateMeta(Meta{Title: "Cartel strikes", BottomLine: "BLUF"}))
	q := must[[]Quote](t)(s.Quotes(Filter{}))[0]
	must[int64](t)(s.AddNote(ItemRef{KindQuote, q.ID}, "check"))
	check(t, s.SetTags(ItemRef{KindArticle, one}, []string{"mexico"}))
	cs := actorByName(t, s, "Claudia Sheinbaum")
	check(t, s.MergeActors(cs.ID, actorByName(t, s, "Ángeles Morales").ID))

	d := must[*Dossier](t)(s.Snapshot())
	if d.Path != s.Path() || d.Meta.Title != "Cartel strikes" || d.Meta.BottomLine != "BLUF" {
		t.Errorf("snapshot meta = %+v, path %q", d.Meta, d.Path)
	}
	if len(d.Articles) != 2 || d.Articles[0].Text != textOne || d.Articles[1].Text != textTwo {
		t.Errorf("snapshot articles = %d, first with text %v", len(d.Articles), len(d.Articles) > 0 && d.Articles[0].Text != "")
	}
	lists := []struct {
		name      string
		got, want any
	}{
		{"actors", d.Actors, must[[]Actor](t)(s.Actors(Filter{}))},
		{"quotes", d.Quotes, must[[]Quote](t)(s.Quotes(Filter{}))},
		{"sources", d.Sources, must[[]Source](t)(s.Sources(Filter{}))},
		{"questions", d.Questions, must[[]Question](t)(s.Questions(Filter{}))},
		{"events", d.Events, must[[]Event](t)(s.Events(Filter{}))},
		{"notes", d.Notes, must[[]Note](t)(s.AllNotes())},
		{"tags", d.Tags, map[ItemRef][]string{{KindArticle, one}: {"mexico"}}},
	}
	for _, l := range lists {
		if !reflect.DeepEqual(l.got, l.want) {
			t.Errorf("snapshot %s = %+v, want %+v", l.name, l.got, l.want)
		}
	}
	if len(d.Actors) != 3 {
		t.Errorf("snapshot has %d actors, want 3 (merged one left out)", len(d.Actors))
	}

	dest := filepath.Join(t.TempDir(), "copy.dossier")
	check(t, os.WriteFile(dest, []byte("old"), 0o644)) // replaced
	check(t, s.SaveCopy(dest))
	if err := s.SaveCopy(s.Path()); err == nil {
		t.Error("SaveCopy onto the dossier itself was accepted")
	}
	c, err := OpenExisting(dest)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	dc := must[*Dossier](t)(c.Snapshot())
	dc.Path = d.Path
	if !reflect.DeepEqual(dc, d) {
		t.Errorf("copy differs:\n got %+v\nwant %+v", dc, d)
	}
}
