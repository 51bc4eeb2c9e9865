package ui

import (
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/briefwright/briefwright/dossier"
)

// press does what the driver does for a keyboard shortcut: it runs the
// menu item bound to it (Ctrl stands for Cmd on macOS).
func press(t *testing.T, w *MainWindow, key fyne.KeyName, mods ...fyne.KeyModifier) {
	t.Helper()
	var want fyne.Shortcut = shortcut(key, mods...)
	if key == fyne.KeyZ && len(mods) == 0 {
		want = &fyne.ShortcutUndo{} // as the driver names Ctrl+Z
	}
	for _, m := range w.win.MainMenu().Items {
		for _, it := range m.Items {
			if it.Shortcut != nil && it.Shortcut.ShortcutName() == want.ShortcutName() && !it.Disabled {
				act(w, it.Action)
				return
			}
		}
	}
	t.Fatalf("no menu item for %s", want.ShortcutName())
}

// ferryArticle gives a second dossier actors under the same ids as the
// first one's, but other people.
const ferryArticle = `Ferry line resumes after strike

The ferry line between Kessling and Harlow resumed on Friday after a two-week strike, said Mara Holt, the operator's director.

"Passengers can rely on us again," Holt told the Coast Daily.

Union leader Piet Jansen said the agreement "gives the crews what they asked for in March".`

func TestShortcutsActOnlyOnWhatIsShown(t *testing.T) {
	w, st, _ := withArticle(t)
	// A second dossier whose actor under Berg's id is someone else.
	otherPath := filepath.Join(t.TempDir(), "other.dossier")
	other, err := dossier.Open(otherPath)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := other.ImportText(ferryArticle+"\n\nMore: Anna Vos, Kees Mol, Lotte Bos and Jan Smit spoke.", dossier.ArticleMeta{}); err != nil {
		t.Fatal(err)
	}
	berg := actorNamed(t, st, "Tomas Berg")
	before, err := other.Actor(berg.ID)
	if err != nil {
		t.Fatalf("the other dossier has no actor %d: %v", berg.ID, err)
	}
	other.Close()

	open(w, "Actors")
	choose(t, w, "Tomas Berg")
	act(w, func() { w.openPath(otherPath, false) })
	if w.st().Path() != otherPath {
		t.Fatalf("window shows %s", w.st().Path())
	}
	press(t, w, fyne.KeyS) // Save on the other dossier's Overview
	press(t, w, fyne.KeyR) // Reject: nothing is shown
	press(t, w, fyne.KeyReturn)
	after, err := w.st().Actor(berg.ID)
	if err != nil || after.Name != before.Name || after.Role != before.Role || after.Affiliation != before.Affiliation || after.Status != before.Status {
		t.Fatalf("the other dossier's actor %d was %+v, is %+v (%v)", berg.ID, before, after, err)
	}

	// Back in the first dossier: an actor chosen, then the Overview shown.
	act(w, func() { w.openPath(st.Path(), false) })
	open(w, "Actors")
	choose(t, w, "Tomas Berg")
	press(t, w, fyne.Key1)
	press(t, w, fyne.KeyR)
	press(t, w, fyne.KeyDelete)
	if a, err := w.st().Actor(berg.ID); err != nil || a.Status != dossier.Proposed {
		t.Fatalf("Reject on the Overview changed a hidden actor: %+v, %v", a, err)
	}
	// On the Overview, Ctrl+S saves the bottom line.
	typeIn(w, w.overview.bluf, "Funding is the open point.")
	press(t, w, fyne.KeyS)
	if m, _ := w.st().Meta(); m.BottomLine != "Funding is the open point." {
		t.Errorf("Ctrl+S on the Overview saved %q", m.BottomLine)
	}
	// A section switch forgets the item: Ctrl+R in an empty Notes list
	// rejects nothing.
	open(w, "Actors")
	choose(t, w, "Tomas Berg")
	open(w, "Notes")
	press(t, w, fyne.KeyR)
	if a, _ := w.st().Actor(berg.ID); a.Status != dossier.Proposed {
		t.Errorf("Reject in the Notes list rejected the actor chosen before")
	}
}

func TestEditsAreKeptWhenMovingOn(t *testing.T) {
	w, st, _ := withArticle(t)
	open(w, "Quotes")
	choose(t, w, "We will build")
	typeIn(w, entryWith(t, w, "said, told"), "ZZ")
	choose(t, w, "The costs")
	choose(t, w, "We will build")
	if q := quoteWith(t, st, "We will build"); !strings.Contains(q.Cue, "ZZ") {
		t.Fatalf("the edited cue was lost: %q", q.Cue)
	}
	if e := entryWith(t, w, "said, told"); !strings.Contains(e.Text, "ZZ") {
		t.Errorf("coming back shows the cue %q", e.Text)
	}
	// Switching section and dossier keep edits too.
	typeIn(w, entryWith(t, w, "said, told"), "YY")
	open(w, "Actors")
	if q := quoteWith(t, st, "We will build"); !strings.Contains(q.Cue, "YY") || !strings.Contains(q.Cue, "ZZ") {
		t.Fatalf("an edit was lost on switching section: %q", q.Cue)
	}
}

func TestAddNoteKeepsUnsavedGradeAndTags(t *testing.T) {
	w, st, _ := withArticle(t)
	open(w, "Quotes")
	choose(t, w, "The costs")
	selects := gradeSelects(w)
	if len(selects) != 2 {
		t.Fatalf("found %d grade choices", len(selects))
	}
	act(w, func() { selects[0].SetSelectedIndex(3); selects[1].SetSelectedIndex(2) }) // C2
	typeIn(w, entryWith(t, w, "Tags"), "budget")
	typeIn(w, entryWith(t, w, "Write a note"), "Ask for the minutes.")
	tap(t, w, "Add note")
	q := quoteWith(t, st, "The costs")
	ref := dossier.ItemRef{Kind: dossier.KindQuote, ID: q.ID}
	if q.Grade.String() != "C2" {
		t.Errorf("after Add note the grade is %q, want C2", q.Grade)
	}
	if tags, _ := st.Tags(ref); strings.Join(tags, ",") != "budget" {
		t.Errorf("after Add note the tags are %q", tags)
	}
	if e := entryWith(t, w, "Tags"); e.Text != "budget" {
		t.Errorf("the tags field shows %q", e.Text)
	}
	if s := gradeSelects(w); len(s) != 2 || s[0].SelectedIndex() != 3 || s[1].SelectedIndex() != 2 {
		t.Errorf("the grade shown after Add note was reset")
	}
}

func gradeSelects(w *MainWindow) []*widget.Select {
	var out []*widget.Select
	for _, o := range objects(w) {
		if s, ok := o.(*widget.Select); ok && s.Options[0] == "—" {
			out = append(out, s)
		}
	}
	return out
}

// snapshot reads what the dossier holds, leaving out when it last changed.
func snapshot(t *testing.T, st *dossier.Store) *dossier.Dossier {
	t.Helper()
	d, err := st.Snapshot()
	if err != nil {
		t.Fatal(err)
	}
	d.Meta.Modified = d.Meta.Created
	return d
}

func TestUndoEachChange(t *testing.T) {
	w, st, _ := withArticle(t)
	steps := []struct {
		name string
		do   func()
	}{
		{"accept", func() { open(w, "Quotes"); choose(t, w, "We will build"); tap(t, w, "Accept") }},
		{"reject", func() { open(w, "Actors"); choose(t, w, "Tomas Berg"); press(t, w, fyne.KeyR) }},
		{"edit", func() {
			open(w, "Actors")
			choose(t, w, "Tomas Berg")
			typeIn(w, entryWith(t, w, "Role or title"), " and chair")
			typeIn(w, entryWith(t, w, "Other names"), ", T. Berg")
			typeIn(w, entryWith(t, w, "Tags"), "council")
			press(t, w, fyne.KeyS)
		}},
		{"merge", func() {
			open(w, "Actors")
			choose(t, w, "Tomas Berg")
			tap(t, w, "Merge into another actor")
			typeIn(w, w.lastPicker.filter, "ruiz")
			tap(t, w, "Choose Elena Ruiz")
		}},
		{"speaker changed to a new name", func() {
			open(w, "Quotes")
			choose(t, w, "The costs")
			tap(t, w, "Change")
			typeIn(w, w.lastPicker.filter, "Ines Kahl")
			act(w, func() { w.lastPicker.filter.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn}) })
		}},
		{"delete actor", func() {
			open(w, "Actors")
			choose(t, w, "Elena Ruiz")
			tap(t, w, "Delete")
			tap(t, w, "Yes")
		}},
		{"delete article", func() {
			open(w, "Articles")
			choose(t, w, "Port authority")
			press(t, w, fyne.KeyDelete)
			tap(t, w, "Yes")
		}},
	}
	q := quoteWith(t, st, "The costs")
	ref := dossier.ItemRef{Kind: dossier.KindQuote, ID: q.ID}
	if err := st.SetTags(ref, []string{"budget"}); err != nil {
		t.Fatal(err)
	}
	if _, err := st.AddNote(ref, "Check the minutes."); err != nil {
		t.Fatal(err)
	}
	a := actorNamed(t, st, "Elena Ruiz")
	if _, err := st.AddNote(dossier.ItemRef{Kind: dossier.KindActor, ID: a.ID}, "Mayor since 2021."); err != nil {
		t.Fatal(err)
	}
	act(w, w.reload)
	for _, s := range steps {
		before := snapshot(t, st)
		hitsBefore, _ := st.Search("Ruiz harbour", 50)
		s.do()
		if reflect.DeepEqual(before, snapshot(t, st)) {
			t.Fatalf("%s changed nothing", s.name)
		}
		press(t, w, fyne.KeyZ)
		if after := snapshot(t, st); !reflect.DeepEqual(before, after) {
			t.Errorf("undo of %s: the dossier is not as it was:\nbefore %+v\nafter  %+v", s.name, before, after)
		}
		if hits, _ := st.Search("Ruiz harbour", 50); !reflect.DeepEqual(hits, hitsBefore) {
			t.Errorf("undo of %s: search finds %+v, before %+v", s.name, hits, hitsBefore)
		}
	}
}

func TestChangeSpeakerToANewName(t *testing.T) {
	w, st, _ := withArticle(t)
	open(w, "Quotes")
	choose(t, w, "The costs")
	tap(t, w, "Change")
	p := w.lastPicker
	typeIn(w, p.filter, "Ines Kahl")
	act(w, func() { p.filter.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn}) })
	kahl := actorNamed(t, st, "Ines Kahl")
	if q := quoteWith(t, st, "The costs"); q.SpeakerID != kahl.ID {
		t.Fatalf("the quote's speaker is %d %q, want the new actor %d", q.SpeakerID, q.SpeakerName, kahl.ID)
	}
	if kahl.Kind != "person" || kahl.Status != dossier.Accepted {
		t.Errorf("new actor = %+v", kahl)
	}
	// Enter also confirms a single match.
	tap(t, w, "Change")
	typeIn(w, w.lastPicker.filter, "Ruiz")
	act(w, func() { w.lastPicker.filter.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn}) })
	if q := quoteWith(t, st, "The costs"); q.SpeakerName != "Elena Ruiz" {
		t.Errorf("Enter on one match gives speaker %q", q.SpeakerName)
	}
}

func TestTagsAreSearchableAndFilterable(t *testing.T) {
	w, st, _ := withArticle(t)
	q := quoteWith(t, st, "The costs")
	open(w, "Quotes")
	choose(t, w, "The costs")
	typeIn(w, entryWith(t, w, "Tags"), "fiscal watch")
	press(t, w, fyne.KeyS)

	typeIn(w, w.search, "fiscal")
	found := false
	for _, r := range w.rows {
		found = found || r.ref == dossier.ItemRef{Kind: dossier.KindQuote, ID: q.ID}
	}
	if !found {
		t.Fatalf("searching a tag does not find the tagged quote: %s", rowTitles(w))
	}
	act(w, func() { w.search.SetText("") })

	open(w, "Quotes")
	if !contains(w.tagFilter.Options, "fiscal watch") {
		t.Fatalf("the tag filter offers %q", w.tagFilter.Options)
	}
	act(w, func() { w.tagFilter.SetSelected("fiscal watch") })
	if len(w.rows) != 1 || w.rows[0].ref.ID != q.ID {
		t.Errorf("filtered by tag, the list shows %s", rowTitles(w))
	}
}

func TestCountsFollowChanges(t *testing.T) {
	w, st, _ := withArticle(t)
	open(w, "Quotes")
	choose(t, w, "We will build")
	tap(t, w, "Accept")
	open(w, "Actors")
	choose(t, w, "Tomas Berg")
	tap(t, w, "Reject")
	want, err := st.Counts()
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(w.counts, want) {
		t.Errorf("the sidebar counts %v, the dossier holds %v", w.counts, want)
	}
}

func TestNewItemOpensAtItsTop(t *testing.T) {
	w, _, _ := withArticle(t)
	act(w, func() { w.win.Resize(fyne.NewSize(900, 420)) })
	open(w, "Actors")
	choose(t, w, "Elena Ruiz")
	act(w, func() { w.detailScroll.Refresh(); w.detailScroll.ScrollToOffset(fyne.NewPos(0, 300)) })
	if w.detailScroll.Offset.Y == 0 {
		t.Fatalf("the details fit without scrolling: %v in %v", w.detailScroll.Content.MinSize(), w.detailScroll.Size())
	}
	choose(t, w, "Tomas Berg")
	if y := w.detailScroll.Offset.Y; y != 0 {
		t.Errorf("the next item opens scrolled down by %.0f", y)
	}
}

func TestQuoteListFollowsMerges(t *testing.T) {
	w, _, _ := withArticle(t)
	speakerOf := func(text string) string {
		open(w, "Quotes")
		for _, r := range w.rows {
			if strings.Contains(r.title, text) {
				return r.sub
			}
		}
		t.Fatalf("no quote %q listed", text)
		return ""
	}
	if s := speakerOf("The costs"); !strings.HasPrefix(s, "Tomas Berg") {
		t.Fatalf("before the merge the quote shows %q", s)
	}
	open(w, "Actors")
	choose(t, w, "Tomas Berg")
	tap(t, w, "Merge into another actor")
	typeIn(w, w.lastPicker.filter, "ruiz")
	tap(t, w, "Choose Elena Ruiz")
	if s := speakerOf("The costs"); !strings.HasPrefix(s, "Elena Ruiz") {
		t.Errorf("after the merge the quote shows %q", s)
	}
	open(w, "Actors")
	choose(t, w, "Elena Ruiz")
	tap(t, w, "Undo merge")
	if s := speakerOf("The costs"); !strings.HasPrefix(s, "Tomas Berg") {
		t.Errorf("after undoing the merge the quote shows %q", s)
	}
}
