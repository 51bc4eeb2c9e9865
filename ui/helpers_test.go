package ui

import (
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/briefwright/briefwright/dossier"
)

// harbourArticle is a short news article written for these tests: a named
// speaker, an unnamed one, a second person to merge and reassign to, a
// source and a date.
const harbourArticle = `Port authority approves harbour expansion

Mayor Elena Ruiz said on Monday that the city would fund the new harbour in Kessling.

"We will build the harbour in two years and not a day more," Ruiz told reporters at City Hall.

According to Reuters, the port authority voted five to two in favour on 3 March 2025.

"The costs have not been explained to anyone in this council," said Tomas Berg, a councillor from the Green Party.

It is unclear whether the national government will pay a share of the cost.`

// newTestWindow opens the main window of a test app on a new dossier in a
// temporary folder, and waits until it has loaded.
func newTestWindow(t *testing.T) (*MainWindow, *dossier.Store) {
	t.Helper()
	a := test.NewTempApp(t)
	a.Settings().SetTheme(newTheme())
	st, err := dossier.Open(filepath.Join(t.TempDir(), "test.dossier"))
	if err != nil {
		t.Fatal(err)
	}
	w := NewWindow(a, st, "9.9.9")
	w.settle() // the first load runs on its own goroutine
	w.win.Resize(fyne.NewSize(1300, 900))
	w.win.Show()
	w.settle()
	t.Cleanup(func() {
		w.settle()
		w.win.Close()
		st.Close()
	})
	return w, st
}

// withArticle adds harbourArticle through the store, as an import would.
func withArticle(t *testing.T) (*MainWindow, *dossier.Store, int64) {
	t.Helper()
	w, st := newTestWindow(t)
	id, err := st.ImportText(harbourArticle, dossier.ArticleMeta{Outlet: "Kessling Courier", Published: "2025-03-04"})
	if err != nil {
		t.Fatal(err)
	}
	act(w, w.reload)
	return w, st, id
}

// act does what a user does, on the test goroutine standing in for the UI
// goroutine, and waits for the work it starts. It holds uiMu as the UI
// goroutine is held by an event: callbacks of background work run after.
func act(w *MainWindow, fn func()) {
	w.uiMu.Lock()
	fn()
	w.uiMu.Unlock()
	w.settle()
}

// typeIn types into an entry.
func typeIn(w *MainWindow, e *widget.Entry, text string) {
	act(w, func() { test.Type(e, text) })
}

// objects lists every visible object of the window, dialogs included,
// as a user could see and reach them.
func objects(w *MainWindow) []fyne.CanvasObject {
	w.uiMu.Lock()
	defer w.uiMu.Unlock()
	var out []fyne.CanvasObject
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		if o == nil || !o.Visible() {
			return
		}
		out = append(out, o)
		switch x := o.(type) {
		case *fyne.Container:
			for _, c := range x.Objects {
				walk(c)
			}
		case fyne.Widget:
			for _, c := range test.WidgetRenderer(x).Objects() {
				walk(c)
			}
		}
	}
	c := w.win.Canvas()
	walk(c.Content())
	for _, o := range c.Overlays().List() {
		walk(o)
	}
	return out
}

// button finds the visible button whose label starts with text, preferring
// the topmost (a dialog's over the window's).
func button(t testing.TB, w *MainWindow, text string) *widget.Button {
	t.Helper()
	var found *widget.Button
	for _, o := range objects(w) {
		if b, ok := o.(*widget.Button); ok && strings.HasPrefix(b.Text, text) && !b.Disabled() {
			found = b
		}
	}
	if found == nil {
		t.Fatalf("no button %q on screen", text)
	}
	return found
}

// entryWith finds the visible entry with a placeholder starting with ph.
func entryWith(t *testing.T, w *MainWindow, ph string) *widget.Entry {
	t.Helper()
	var found *widget.Entry
	for _, o := range objects(w) {
		switch e := o.(type) {
		case *widget.Entry:
			if strings.HasPrefix(e.PlaceHolder, ph) {
				found = e
			}
		case *escEntry:
			if strings.HasPrefix(e.PlaceHolder, ph) {
				found = &e.Entry
			}
		}
	}
	if found == nil {
		t.Fatalf("no entry %q on screen", ph)
	}
	return found
}

// tap taps a button and waits for the work it starts.
func tap(t *testing.T, w *MainWindow, label string) {
	t.Helper()
	b := button(t, w, label)
	act(w, func() { test.Tap(b) })
}

// open chooses a section in the sidebar and waits for its list.
func open(w *MainWindow, title string) {
	for i, s := range sections {
		if s.title == title {
			act(w, func() { w.sidebar.Select(i) })
		}
	}
}

// choose selects the list row whose title contains text.
func choose(t *testing.T, w *MainWindow, text string) row {
	t.Helper()
	for i, r := range w.rows {
		if strings.Contains(r.title, text) {
			act(w, func() { w.list.Select(i) })
			return r
		}
	}
	t.Fatalf("no row %q in %s", text, rowTitles(w))
	return row{}
}

func rowTitles(w *MainWindow) string {
	var ts []string
	for _, r := range w.rows {
		ts = append(ts, r.title)
	}
	return strings.Join(ts, " | ")
}

func actorNamed(t *testing.T, st *dossier.Store, name string) dossier.Actor {
	t.Helper()
	as, err := st.Actors(dossier.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range as {
		if a.Name == name {
			return a
		}
	}
	t.Fatalf("no actor %q", name)
	return dossier.Actor{}
}

func quoteWith(t *testing.T, st *dossier.Store, text string) dossier.Quote {
	t.Helper()
	qs, err := st.Quotes(dossier.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range qs {
		if strings.Contains(q.Text, text) {
			return q
		}
	}
	t.Fatalf("no quote with %q", text)
	return dossier.Quote{}
}
