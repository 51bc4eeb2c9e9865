package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/briefwright/briefwright/dossier"
)

func TestPasteArticleShowsProposals(t *testing.T) {
	w, st := newTestWindow(t)
	open(w, "Quotes")
	if w.empty.Hidden || !w.list.Hidden {
		t.Fatal("an empty dossier shows no empty state in the Quotes list")
	}

	act(w, w.pasteArticle)
	f := w.lastPaste
	typeIn(w, f.text, harbourArticle)
	typeIn(w, f.outlet, "Kessling Courier")
	typeIn(w, f.day, "2025-03-04")
	tap(t, w, "Add article")

	arts, err := st.Articles()
	if err != nil || len(arts) != 1 {
		t.Fatalf("articles = %v, %v; want the pasted one", arts, err)
	}
	a := arts[0]
	if a.Title != "Port authority approves harbour expansion" || a.Outlet != "Kessling Courier" || a.Published != "2025-03-04" || a.Format != "paste" {
		t.Errorf("stored article = %+v", a)
	}
	// The new article opens in the reader, its proposals marked.
	if w.shown == nil || w.shown.ref != (dossier.ItemRef{Kind: dossier.KindArticle, ID: a.ID}) || w.tabs.Selected() != w.readerTab {
		t.Fatalf("the pasted article is not shown in the reader (shown %+v)", w.shown)
	}
	if len(w.reader.paras) != 6 {
		t.Errorf("reader shows %d paragraphs, want 6", len(w.reader.paras))
	}

	open(w, "Quotes")
	if len(w.rows) != 2 {
		t.Fatalf("quotes listed: %s", rowTitles(w))
	}
	for _, r := range w.rows {
		if r.status != dossier.Proposed {
			t.Errorf("row %q is %s, want proposed", r.title, r.status)
		}
	}
	if got := w.counts.Total(dossier.KindQuote); got != 2 {
		t.Errorf("sidebar count of quotes = %d, want 2", got)
	}
}

func TestAcceptRejectAndBulkAccept(t *testing.T) {
	w, st, _ := withArticle(t)
	open(w, "Quotes")
	choose(t, w, "We will build")
	tap(t, w, "Accept")
	if q := quoteWith(t, st, "We will build"); q.Status != dossier.Accepted {
		t.Errorf("accepted quote is %s", q.Status)
	}
	// Review moves on to the next item.
	if w.shown == nil || w.shown.ref.ID != quoteWith(t, st, "The costs").ID {
		t.Fatalf("after accepting, the next quote is not shown: %+v", w.shown)
	}
	tap(t, w, "Reject")
	if q := quoteWith(t, st, "The costs"); q.Status != dossier.Rejected {
		t.Errorf("rejected quote is %s", q.Status)
	}

	open(w, "Actors")
	act(w, func() { w.status.SetSelected("Proposed") })
	n := len(w.rows)
	if n == 0 {
		t.Fatal("no proposed actors listed")
	}
	tap(t, w, "Accept all shown")
	tap(t, w, "Yes")
	as, _ := st.Actors(dossier.Filter{Status: dossier.Accepted})
	if len(as) != n {
		t.Errorf("bulk accept: %d accepted, want %d", len(as), n)
	}
	if len(w.rows) != 0 || w.empty.Hidden {
		t.Errorf("the Proposed filter still lists %s", rowTitles(w))
	}
}

func TestMergeAndUnmergeActors(t *testing.T) {
	w, st, _ := withArticle(t)
	ruiz, berg := actorNamed(t, st, "Elena Ruiz"), actorNamed(t, st, "Tomas Berg")
	open(w, "Actors")
	choose(t, w, "Tomas Berg")
	tap(t, w, "Merge into another actor")
	p := w.lastPicker
	typeIn(w, p.filter, "ruiz")
	if len(p.shown) != 1 || p.chosen != ruiz.ID {
		t.Fatalf("picker narrowed to %+v", p.shown)
	}
	tap(t, w, "Choose Elena Ruiz")

	got, err := st.Actor(berg.ID)
	if err != nil || got.MergedInto != ruiz.ID {
		t.Fatalf("after merge, Berg = %+v, %v", got, err)
	}
	if strings.Contains(rowTitles(w), "Tomas Berg") {
		t.Errorf("merged actor still listed: %s", rowTitles(w))
	}
	if q := quoteWith(t, st, "The costs"); q.SpeakerID != ruiz.ID {
		t.Errorf("Berg's quote is attributed to %d, want Ruiz %d", q.SpeakerID, ruiz.ID)
	}
	// The merged actor is shown: its details offer the undo.
	if w.shown == nil || w.shown.ref.ID != ruiz.ID {
		t.Fatalf("after merging, the actor merged into is not shown: %+v", w.shown)
	}
	tap(t, w, "Undo merge")
	got, _ = st.Actor(berg.ID)
	if got.MergedInto != 0 {
		t.Errorf("after undo, Berg is still merged into %d", got.MergedInto)
	}
	if q := quoteWith(t, st, "The costs"); q.SpeakerID != berg.ID {
		t.Errorf("after undo, Berg's quote is attributed to %d", q.SpeakerID)
	}
	if !strings.Contains(rowTitles(w), "Tomas Berg") {
		t.Errorf("unmerged actor not listed again: %s", rowTitles(w))
	}
}

func TestReassignSpeaker(t *testing.T) {
	w, st, _ := withArticle(t)
	berg := actorNamed(t, st, "Tomas Berg")
	open(w, "Quotes")
	choose(t, w, "We will build")
	tap(t, w, "Change")
	typeIn(w, w.lastPicker.filter, "Berg")
	tap(t, w, "Choose Tomas Berg")
	q := quoteWith(t, st, "We will build")
	if q.SpeakerID != berg.ID || q.SpeakerName != "Tomas Berg" {
		t.Fatalf("speaker = %d %q, want Tomas Berg", q.SpeakerID, q.SpeakerName)
	}
	if !strings.Contains(w.rows[0].sub, "Tomas Berg") {
		t.Errorf("list row not updated: %q", w.rows[0].sub)
	}

	// "No named speaker" is the first choice when nothing is typed.
	tap(t, w, "Change")
	act(w, func() { w.lastPicker.list.Select(0) })
	tap(t, w, "Choose no speaker")
	if q := quoteWith(t, st, "We will build"); q.SpeakerID != 0 {
		t.Errorf("speaker not removed: %d", q.SpeakerID)
	}
}

func TestEditGradeNotesAndTags(t *testing.T) {
	w, st, _ := withArticle(t)
	open(w, "Quotes")
	choose(t, w, "The costs")
	selects := gradeSelects(w)
	if len(selects) != 2 {
		t.Fatalf("found %d grade choices, want 2", len(selects))
	}
	act(w, func() {
		selects[0].SetSelectedIndex(2) // B
		selects[1].SetSelectedIndex(3) // 3
	})
	typeIn(w, entryWith(t, w, "Tags"), "budget, council")
	tap(t, w, "Save")
	q := quoteWith(t, st, "The costs")
	if q.Grade.String() != "B3" || q.Status != dossier.Proposed {
		t.Errorf("quote after save: grade %q status %s, want B3 proposed", q.Grade, q.Status)
	}
	ref := dossier.ItemRef{Kind: dossier.KindQuote, ID: q.ID}
	if tags, _ := st.Tags(ref); strings.Join(tags, ",") != "budget,council" {
		t.Errorf("tags = %q", tags)
	}

	typeIn(w, entryWith(t, w, "Write a note"), "Check the council minutes.")
	tap(t, w, "Add note")
	notes, _ := st.Notes(ref)
	if len(notes) != 1 || notes[0].Text != "Check the council minutes." {
		t.Fatalf("notes = %+v", notes)
	}
	open(w, "Notes")
	choose(t, w, "Check the council")
	tap(t, w, "On quote")
	if w.kind() != dossier.KindQuote || w.shown == nil || w.shown.ref != ref {
		t.Errorf("the note's link does not lead to its quote")
	}
}

func TestAddAndAnswerQuestion(t *testing.T) {
	w, st, _ := withArticle(t)
	open(w, "Questions")
	before, _ := st.Questions(dossier.Filter{})
	tap(t, w, "Add")
	typeIn(w, entryWith(t, w, "What is still unknown"), "Will the government pay a share?")
	tap(t, w, "Add")
	qs, _ := st.Questions(dossier.Filter{})
	q := questionNamed(qs, "Will the government pay a share?")
	if len(qs) != len(before)+1 || q == nil || q.State != dossier.QOpen {
		t.Fatalf("questions = %+v", qs)
	}
	if w.shown == nil || w.shown.ref.ID != q.ID {
		t.Fatal("the new question is not shown")
	}
	for _, o := range objects(w) {
		if r, ok := o.(*widget.RadioGroup); ok {
			act(w, func() { r.SetSelected("answered") })
		}
	}
	typeIn(w, entryWith(t, w, "What is known now"), "Yes: 40% from the national budget.")
	typeIn(w, entryWith(t, w, "What the answer rests on"), "Ministry statement, 5 March.")
	tap(t, w, "Save")
	got, _ := st.Question(q.ID)
	if got.State != dossier.QAnswered || got.Answer != "Yes: 40% from the national budget." || got.Evidence != "Ministry statement, 5 March." {
		t.Errorf("question after answering = %+v", got)
	}
}

func questionNamed(qs []dossier.Question, text string) *dossier.Question {
	for i := range qs {
		if qs[i].Text == text {
			return &qs[i]
		}
	}
	return nil
}

func TestEmptyStateSaysWhatToDo(t *testing.T) {
	w, _ := newTestWindow(t)
	open(w, "Questions")
	if w.empty.Hidden {
		t.Error("no empty state for a dossier without questions")
	}
}

func TestAddActorSourceEventByHand(t *testing.T) {
	w, st, _ := withArticle(t)
	open(w, "Actors")
	tap(t, w, "Add")
	typeIn(w, entryWith(t, w, "Full name"), "Ines Kahl")
	typeIn(w, entryWith(t, w, "Role or title"), "Minister of Transport")
	tap(t, w, "Add")
	a := actorNamed(t, st, "Ines Kahl")
	if a.Role != "Minister of Transport" || a.Status != dossier.Accepted {
		t.Errorf("added actor = %+v", a)
	}
	open(w, "Sources")
	tap(t, w, "Add")
	typeIn(w, entryWith(t, w, "Name"), "Council minutes")
	tap(t, w, "Add")
	ss, _ := st.Sources(dossier.Filter{})
	found := false
	for _, s := range ss {
		found = found || s.Name == "Council minutes"
	}
	if !found {
		t.Errorf("sources = %+v", ss)
	}
	open(w, "Timeline")
	before, _ := st.Events(dossier.Filter{})
	tap(t, w, "Add")
	typeIn(w, entryWith(t, w, "e.g. mid-September"), "3 March 2025")
	typeIn(w, entryWith(t, w, "YYYY-MM-DD, YYYY-MM"), "2025-03-03")
	typeIn(w, entryWith(t, w, "What happened"), "Port authority vote")
	tap(t, w, "Add")
	es, _ := st.Events(dossier.Filter{})
	found = false
	for _, e := range es {
		found = found || e.Value == "2025-03-03" && e.Text == "Port authority vote"
	}
	if len(es) != len(before)+1 || !found {
		t.Errorf("events = %+v", es)
	}
}

func TestDeleteAsksFirst(t *testing.T) {
	w, st, _ := withArticle(t)
	open(w, "Quotes")
	r := choose(t, w, "The costs")
	tap(t, w, "Delete")
	tap(t, w, "No")
	if _, err := st.Quote(r.ref.ID); err != nil {
		t.Fatalf("declining the confirmation deleted the quote: %v", err)
	}
	tap(t, w, "Delete")
	tap(t, w, "Yes")
	if _, err := st.Quote(r.ref.ID); err == nil {
		t.Fatal("the quote is still there after confirming the delete")
	}
	if strings.Contains(rowTitles(w), "The costs") {
		t.Error("deleted quote still listed")
	}
}

func TestSearchOpensHits(t *testing.T) {
	w, st, _ := withArticle(t)
	typeIn(w, w.search, "harbour")
	if len(w.rows) == 0 {
		t.Fatal("no hits for harbour")
	}
	if w.listTitle.Text == "" || !strings.Contains(w.listTitle.Text, "result") {
		t.Errorf("list title while searching = %q", w.listTitle.Text)
	}
	var quoteRow = -1
	for i, r := range w.rows {
		if r.ref.Kind == dossier.KindQuote {
			quoteRow = i
		}
	}
	if quoteRow < 0 {
		t.Fatalf("no quote among the hits: %s", rowTitles(w))
	}
	act(w, func() { w.list.Select(quoteRow) })
	want := quoteWith(t, st, "We will build")
	if w.shown == nil || w.shown.ref.ID != want.ID {
		t.Fatalf("hit not opened: %+v", w.shown)
	}
	// Reviewing from the results works and keeps the results.
	tap(t, w, "Accept")
	if q := quoteWith(t, st, "We will build"); q.Status != dossier.Accepted {
		t.Errorf("quote accepted from search is %s", q.Status)
	}
	typeIn(w, w.search, "zzzz")
	if len(w.rows) != 0 || w.empty.Hidden {
		t.Error("no empty state for a search without hits")
	}
	act(w, func() { w.search.SetText("") })
	if w.kind() != "" || w.searching() {
		t.Errorf("clearing the search does not go back to the section")
	}
}

func TestReaderLinksBackToItems(t *testing.T) {
	w, st, _ := withArticle(t)
	open(w, "Quotes")
	choose(t, w, "The costs")
	act(w, func() { w.tabs.Select(w.readerTab) })
	rd := w.reader
	if len(rd.paras) != 6 {
		t.Fatalf("reader paragraphs = %d", len(rd.paras))
	}
	// The chosen quote is marked in its paragraph; under Ruiz's quote a
	// link leads to it, and tapping her paragraph offers her.
	var quoteLink *widget.Hyperlink
	for _, o := range objects(w) {
		switch x := o.(type) {
		case *widget.Hyperlink:
			if strings.HasPrefix(x.Text, "quote · Elena Ruiz") {
				quoteLink = x
			}
		case *widget.RichText:
			for _, s := range x.Segments {
				if seg, ok := s.(*widget.TextSegment); ok && strings.HasPrefix(seg.Text, "The costs") && seg.Style.ColorName != colorChosen {
					t.Errorf("chosen quote drawn in %q", seg.Style.ColorName)
				}
			}
		}
	}
	if quoteLink == nil {
		t.Fatal("reader has no link to Ruiz's quote")
	}
	var ruiz *fyne.MenuItem
	for _, it := range rd.menuFor(3) {
		if it.Label == "Actor · Elena Ruiz" {
			ruiz = it
		}
	}
	if ruiz == nil {
		t.Fatalf("paragraph 3 does not offer Ruiz: %v", rd.menuFor(3))
	}
	act(w, ruiz.Action)
	if w.kind() != dossier.KindActor || w.shown == nil || w.shown.ref.ID != actorNamed(t, st, "Elena Ruiz").ID {
		t.Fatalf("choosing Ruiz in the reader does not open her: %+v", w.shown)
	}
	act(w, func() { w.tabs.Select(w.readerTab) })
	quoteLink = nil
	for _, o := range objects(w) {
		if x, ok := o.(*widget.Hyperlink); ok && strings.HasPrefix(x.Text, "quote · Elena Ruiz") {
			quoteLink = x
		}
	}
	if quoteLink == nil {
		t.Fatal("the reader on Ruiz has no link to her quote")
	}
	act(w, func() { test.TapAt(quoteLink, fyne.NewPos(30, quoteLink.Size().Height/2)) })
	if w.kind() != dossier.KindQuote || w.shown == nil || w.shown.ref.ID != quoteWith(t, st, "We will build").ID {
		t.Fatalf("the quote link does not open the quote: %+v", w.shown)
	}
}

func TestQuoteFromReaderSelection(t *testing.T) {
	w, st, id := withArticle(t)
	open(w, "Articles")
	choose(t, w, "Port authority")
	act(w, func() { w.reader.pick.SetChecked(true) })
	l := w.reader.labels[1] // paragraph 2
	act(w, func() {
		w.reader.scroll.ScrollToTop()
		pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(l)
		test.Drag(w.win.Canvas(), pos.Add(fyne.NewPos(20, 12)), 150, 0)
	})
	if l.SelectedText() == "" {
		t.Fatal("dragging over the paragraph selects nothing")
	}
	sel := strings.TrimSpace(l.SelectedText())
	tap(t, w, "Quote the selection")
	tap(t, w, "Add")
	q := quoteWith(t, st, sel)
	if q.Prov.ArticleID != id || q.Prov.Paragraph != 2 || q.Status != dossier.Accepted {
		t.Errorf("quote from selection = %+v", q)
	}
}

func TestOverviewEditsMeta(t *testing.T) {
	w, st := newTestWindow(t)
	o := w.overview
	act(w, func() { o.title.SetText("") })
	typeIn(w, o.title, "Harbour dossier")
	typeIn(w, o.marking, "OPEN SOURCE")
	typeIn(w, o.bluf, "The council will approve the expansion; funding is unclear.")
	act(w, func() { test.Tap(o.save) })
	m, _ := st.Meta()
	if m.Title != "Harbour dossier" || m.Marking != "OPEN SOURCE" || m.BottomLine != "The council will approve the expansion; funding is unclear." {
		t.Errorf("meta = %+v", m)
	}
	if !o.save.Disabled() || o.saved.Text != "Saved" {
		t.Error("saving does not show it is saved")
	}
}

func TestImportReportsBadAndDuplicateFiles(t *testing.T) {
	w, st, _ := withArticle(t)
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	good := write("ferry.md", "---\ntitle: Ferry line resumes\noutlet: Coast Daily\n---\n\nThe ferry line between Kessling and Harlow resumed on Friday after a two-week strike.\n\n\"Passengers can rely on us again,\" said Mara Holt, the operator's director.\n")
	dup := write("again.txt", harbourArticle)
	bad := write("photo.txt", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
	act(w, func() { w.importPaths([]string{good, dup, bad}) })
	arts, _ := st.Articles()
	if len(arts) != 2 || arts[1].Title != "Ferry line resumes" || arts[1].Outlet != "Coast Daily" {
		t.Fatalf("articles after import = %+v", arts)
	}
	msg := w.noticeMsg.Text
	for _, want := range []string{"1 article added", "again.txt: already in the dossier", "photo.txt"} {
		if !strings.Contains(msg, want) {
			t.Errorf("import report %q does not say %q", msg, want)
		}
	}
	if w.notice.Hidden || !w.busy.Hidden {
		t.Error("report hidden or progress still shown")
	}
}

func TestExportWritesFiles(t *testing.T) {
	w, _, _ := withArticle(t)
	dir := t.TempDir()
	for _, ext := range []string{".json", ".md", ".pdf"} {
		p := filepath.Join(dir, "out"+ext)
		act(w, func() { w.exportTo(p) })
		fi, err := os.Stat(p)
		if err != nil || fi.Size() == 0 {
			t.Errorf("export %s: %v", ext, err)
		}
	}
	if !strings.Contains(w.noticeMsg.Text, "out.pdf") {
		t.Errorf("no word of the export: %q", w.noticeMsg.Text)
	}
}

func TestFilterAndStatusFilter(t *testing.T) {
	w, st, _ := withArticle(t)
	open(w, "Quotes")
	typeIn(w, w.filter, "costs")
	if len(w.rows) != 1 || !strings.Contains(w.rows[0].title, "The costs") {
		t.Fatalf("filtered rows: %s", rowTitles(w))
	}
	act(w, func() { w.filter.SetText("") })
	q := quoteWith(t, st, "We will build")
	if err := st.SetStatus(dossier.KindQuote, dossier.Accepted, q.ID); err != nil {
		t.Fatal(err)
	}
	act(w, func() { w.status.SetSelected("Accepted") })
	if len(w.rows) != 1 || w.rows[0].ref.ID != q.ID {
		t.Errorf("accepted rows: %s", rowTitles(w))
	}
}

func TestSwitchDossierAndRecent(t *testing.T) {
	w, _, _ := withArticle(t)
	first := w.st().Path()
	other := filepath.Join(t.TempDir(), "other.dossier")
	act(w, func() { w.openPath(other, true) })
	if w.st().Path() != other {
		t.Fatalf("window shows %s, want %s", w.st().Path(), other)
	}
	if got := w.app.Preferences().String(prefLast); got != other {
		t.Errorf("last dossier = %q", got)
	}
	if r := w.recent(); len(r) == 0 || r[0] != first {
		t.Errorf("recent = %q, want %s first", r, first)
	}
	if w.counts.Total(dossier.KindArticle) != 0 {
		t.Error("the new dossier shows the old one's counts")
	}
	act(w, func() { w.openPath(first, false) })
	if w.counts.Total(dossier.KindArticle) != 1 {
		t.Error("reopening the first dossier does not show its article")
	}
}

func TestLayoutRemembered(t *testing.T) {
	w, _ := newTestWindow(t)
	w.win.Resize(fyne.NewSize(1111, 777))
	w.sideSplit.SetOffset(0.2)
	w.saveLayout()
	l := w.savedLayout()
	if l.width != 1111 || l.height != 777 || l.side != 0.2 || l.list != w.listSplit.Offset {
		t.Errorf("remembered layout = %+v", l)
	}
	w.app.Preferences().SetString(prefLayout, "garbage")
	if l := w.savedLayout(); l.width != 1280 {
		t.Errorf("a bad preference gives %+v, want the default", l)
	}
}
