package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/dialog"

	"github.com/briefwright/briefwright/dossier"
	"github.com/briefwright/briefwright/dossier/userdata"
)

func TestEscapeClosesDialogs(t *testing.T) {
	w, _, _ := withArticle(t)
	overlays := func() int { return len(w.win.Canvas().Overlays().List()) }
	open(w, "Quotes")
	choose(t, w, "The costs")
	tap(t, w, "Delete")
	if overlays() == 0 {
		t.Fatal("no confirmation shown")
	}
	act(w, func() { w.win.Canvas().Unfocus() })
	act(w, func() { w.win.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyEscape}) })
	if overlays() != 0 {
		t.Error("Escape does not close the confirmation")
	}
	// In the picker, the filter has the focus: Escape there closes it too.
	tap(t, w, "Change")
	if overlays() == 0 {
		t.Fatal("no picker shown")
	}
	act(w, func() { w.win.Canvas().Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape}) })
	if overlays() != 0 {
		t.Error("Escape in the picker's filter does not close it")
	}
}

func TestQuitShortcut(t *testing.T) {
	w, _ := newTestWindow(t)
	for _, m := range w.win.MainMenu().Items {
		for _, it := range m.Items {
			if it.IsQuit && it.Shortcut != nil && it.Shortcut.ShortcutName() == shortcut(fyne.KeyQ).ShortcutName() {
				return
			}
		}
	}
	t.Error("no Quit with Ctrl+Q in the menus")
}

func TestNoticeFloatsOverTheWindow(t *testing.T) {
	w, _, _ := withArticle(t)
	open(w, "Quotes")
	before := w.list.Position()
	beforeAbs := fyne.CurrentApp().Driver().AbsolutePositionForObject(w.list)
	act(w, func() { w.tell("Three files were imported.\nOne was not.") })
	if after := fyne.CurrentApp().Driver().AbsolutePositionForObject(w.list); after != beforeAbs || w.list.Position() != before {
		t.Errorf("the notice moved the list from %v to %v", beforeAbs, after)
	}
	if w.notice.Hidden {
		t.Error("the notice is not shown")
	}
}

func TestExportFileNames(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Demo: U.S. strike plans against Mexican cartels", "Demo - U.S. strike plans against Mexican cartels"},
		{"a/b\\c:d*e?f\"g<h>i|j", "a-b-c-defghi-j"},
		{"Two\nlines\x1b[31m red", "Two lines red"},
		{"   ", "Briefing"},
		{strings.Repeat("word ", 30), strings.TrimSpace(strings.Repeat("word ", 11)) + "…"},
	} {
		if got := safeName(c.in); got != c.want {
			t.Errorf("safeName(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestNewDossierDialogStartsInTheDossiersFolder(t *testing.T) {
	data := t.TempDir()
	t.Setenv(userdata.EnvDataDir, data)
	w, _ := newTestWindow(t)
	act(w, w.newDossier)
	if len(w.dialogs) != 1 {
		t.Fatalf("%d dialogs shown", len(w.dialogs))
	}
	d, ok := w.dialogs[0].(*dialog.FileDialog)
	if !ok {
		t.Fatalf("New Dossier shows a %T", w.dialogs[0])
	}
	found := false
	for _, o := range objects(w) {
		if l, ok := o.(*canvas.Text); ok && l.Text == "New Dossier" {
			found = true
		}
	}
	if !found {
		t.Error("the dialog is not titled New Dossier")
	}
	act(w, d.Dismiss)
}

func TestLastDossierOnlyOnceItOpened(t *testing.T) {
	w, st, _ := withArticle(t)
	good := st.Path()
	if got := w.app.Preferences().String(prefLast); got != good {
		t.Fatalf("last = %q, want the dossier shown", got)
	}
	bad := filepath.Join(t.TempDir(), "photo.dossier")
	if err := os.WriteFile(bad, []byte("\x89PNG\r\n\x1a\nnot a dossier at all"), 0o644); err != nil {
		t.Fatal(err)
	}
	act(w, func() { w.openPath(bad, false) })
	if got := w.app.Preferences().String(prefLast); got != good {
		t.Errorf("after a failed open, last = %q", got)
	}
	if w.st().Path() != good {
		t.Errorf("the window left its dossier for one that failed")
	}
	shown := false
	for _, o := range objects(w) {
		if l, ok := o.(*canvas.Text); ok && strings.Contains(l.Text, "photo.dossier") {
			shown = true
		}
	}
	if !shown {
		t.Error("the failed open is not reported in a dialog")
	}
	if want := "Briefwright cannot open “photo.dossier”: it is not a Briefwright dossier."; openError(bad, dossier.ErrNotDossier) != want {
		t.Errorf("open error = %q", openError(bad, dossier.ErrNotDossier))
	}

	// At start the last dossier is forgotten until it has opened, so one
	// that hangs is not reopened by every start.
	t.Setenv(userdata.EnvDataDir, t.TempDir())
	w.app.Preferences().SetString(prefLast, bad)
	st2, err := openStart(w.app, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st2.Close()
	if got := w.app.Preferences().String(prefLast); got == bad {
		t.Errorf("a dossier that failed to open at start is still the last one")
	}
}
