package ui

import (
	"errors"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/briefwright/briefwright/dossier"
)

// closable is what Escape needs of a dialog: Fyne's dialogs and its file
// dialogs alike.
type closable interface {
	Show()
	Dismiss()
	SetOnClosed(func())
}

// open shows a dialog and lets Escape close it: the last one shown first.
func (w *MainWindow) open(d closable) {
	w.dialogs = append(w.dialogs, d)
	d.SetOnClosed(func() {
		for i, x := range w.dialogs {
			if x == d {
				w.dialogs = append(w.dialogs[:i], w.dialogs[i+1:]...)
				break
			}
		}
	})
	d.Show()
	if _, ok := d.(*dialog.FileDialog); ok {
		// Fyne's file dialog focuses its name field, where Escape would
		// do nothing: without the focus, Escape reaches the window.
		w.win.Canvas().Unfocus()
	}
}

// escape closes the dialog shown last, as if cancelled.
func (w *MainWindow) escape() {
	if n := len(w.dialogs); n > 0 {
		w.dialogs[n-1].Dismiss()
	}
}

func (w *MainWindow) confirm(title, msg string, done func(bool)) {
	w.open(dialog.NewConfirm(title, msg, done, w.win))
}

// escEntry is an entry in a dialog: Escape there closes the dialog, as it
// does anywhere else in the window.
type escEntry struct {
	widget.Entry
	onEscape func()
}

func newEscEntry(w *MainWindow, multiLine bool) *escEntry {
	e := &escEntry{onEscape: w.escape}
	e.MultiLine = multiLine
	if multiLine {
		e.Wrapping = fyne.TextWrapWord
	}
	e.ExtendBaseWidget(e)
	return e
}

func (e *escEntry) TypedKey(k *fyne.KeyEvent) {
	if k.Name == fyne.KeyEscape && e.onEscape != nil {
		e.onEscape()
		return
	}
	e.Entry.TypedKey(k)
}

// openError says in one sentence why the dossier at path could not be
// opened.
func openError(path string, err error) string {
	name := display(filepath.Base(path))
	why := ""
	switch {
	case errors.Is(err, dossier.ErrNotDossier):
		why = "it is not a Briefwright dossier"
	case errors.Is(err, dossier.ErrTooNew):
		why = "it was made by a newer version of Briefwright; update Briefwright to open it"
	case errors.Is(err, dossier.ErrMissing):
		why = "the file is no longer there"
	default:
		why = display(err.Error())
		// The store names the file first; the sentence names it already.
		for _, p := range []string{path, filepath.Base(path)} {
			why = strings.TrimPrefix(why, "open "+display(p)+": ")
			why = strings.TrimPrefix(why, "dossier "+display(p)+": ")
		}
	}
	why = strings.TrimSuffix(strings.TrimSpace(why), ".")
	return "Briefwright cannot open “" + name + "”: " + why + "."
}
