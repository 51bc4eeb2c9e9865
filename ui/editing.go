package ui

import (
	"slices"

	"fyne.io/fyne/v2/widget"

	"github.com/briefwright/briefwright/dossier"
)

// Edits are kept as one goes, as in a reference manager: whatever was
// typed into an item's fields is written when the user moves on — to
// another item, section, search or dossier, or out of the app — and can be
// undone like any other change. Shortcuts act only on the item the window
// shows.

// values reads what the editor's fields hold now.
func (e *editor) values() []string {
	var out []string
	for _, f := range e.fields {
		switch x := f.Widget.(type) {
		case *widget.Entry:
			out = append(out, x.Text)
		case *widget.Select:
			out = append(out, x.Selected)
		case *widget.RadioGroup:
			out = append(out, x.Selected)
		}
	}
	return out
}

// dirty reports whether a field or the tags differ from what was read.
func (e *editor) dirty() bool {
	if e.save == nil {
		return false
	}
	if !slices.Equal(e.values(), e.initial) {
		return true
	}
	return e.tagsChanged()
}

func (e *editor) tagsChanged() bool {
	return e.tags != nil && !slices.Equal(splitList(e.tags.Text), e.d.tags)
}

// writer reads the editor's fields and tags, on the UI goroutine, and
// returns the work that writes them with a review status ("" keeps it).
// The editor counts as saved from then on.
func (e *editor) writer(status dossier.Status) func(st *dossier.Store) error {
	save := e.save(status)
	var tags []string
	changed := e.tagsChanged()
	if changed {
		tags = splitList(e.tags.Text)
	}
	ref := e.d.ref
	e.saved = true
	return func(st *dossier.Store) error {
		if err := save(st); err != nil {
			return err
		}
		if !changed {
			return nil
		}
		return st.SetTags(ref, tags)
	}
}

// commitEdits writes the edits of the item shown, if any, to the dossier
// it belongs to, which may be one being closed.
func (w *MainWindow) commitEdits() {
	if o := w.overview; o != nil && o.dirty {
		o.store()
	}
	e := w.shownEditor
	if e == nil || e.saved || !e.dirty() {
		return
	}
	write := e.writer("")
	s, ref := e.sess, e.d.ref
	s.saving.Add(1)
	backgroundOn(w, s, "keep edits", func(*dossier.Store) (struct{}, error) {
		defer s.saving.Done()
		return struct{}{}, s.do("edit "+noun(ref.Kind), refs(ref), write)
	}, func(_ struct{}, err error) {
		if err != nil {
			w.showError(err)
			return
		}
		w.reload() // titles in the list may have changed
	})
}

// forget clears the choice of item and what the detail pane shows, when
// the section or the dossier changes.
func (w *MainWindow) forget() {
	w.sel, w.selIndex = dossier.ItemRef{}, -1
	w.want = dossier.ItemRef{}
	w.advance = false
	w.list.UnselectAll()
	w.clearDetail()
}

// visibleEditor is the editor of the item the window shows, nil when it
// shows none (the Overview, an empty list, another dossier's item).
func (w *MainWindow) visibleEditor() *editor {
	e := w.shownEditor
	if e == nil || e.sess != w.sess || w.shown != e.d || w.sel != e.d.ref {
		return nil
	}
	if w.kind() == "" && !w.searching() {
		return nil
	}
	return e
}

// saveShortcut saves what the window shows: the Overview's fields, or the
// item's.
func (w *MainWindow) saveShortcut() {
	if w.kind() == "" && !w.searching() {
		if w.overview.dirty {
			w.overview.store()
		}
		return
	}
	w.review("")
}
