package ui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/briefwright/briefwright/dossier"
)

// detailData is everything the detail pane shows about one item, read in
// one go off the UI goroutine.
type detailData struct {
	ref  dossier.ItemRef
	prov dossier.Provenance // where to show the item in its article

	actor    dossier.Actor
	merged   []dossier.Actor      // merged into actor, for undo
	mentions []dossier.Provenance // of actor
	said     []dossier.Quote      // quotes by actor
	quote    dossier.Quote
	source   dossier.Source
	question dossier.Question
	event    dossier.Event
	article  dossier.Article
	note     dossier.Note
	target   string // what a note is on

	notes   []dossier.Note
	tags    []string
	reading *dossier.Reading // the article prov is in, if any
}

// loadDetail reads an item and its surroundings; prov, when set, is the
// place to show (an actor's mention, a source's citation, a search hit).
func loadDetail(st *dossier.Store, ref dossier.ItemRef, prov dossier.Provenance) (*detailData, error) {
	d := &detailData{ref: ref, prov: prov}
	var err error
	switch ref.Kind {
	case dossier.KindActor:
		if d.actor, err = st.Actor(ref.ID); err != nil {
			return nil, err
		}
		if d.merged, err = st.MergedInto(ref.ID); err != nil {
			return nil, err
		}
		if d.mentions, err = st.ActorMentions(ref.ID); err != nil {
			return nil, err
		}
		if d.said, err = st.QuotesBy(ref.ID); err != nil {
			return nil, err
		}
		if d.prov.ArticleID == 0 {
			d.prov = d.actor.First
		}
	case dossier.KindQuote:
		if d.quote, err = st.Quote(ref.ID); err != nil {
			return nil, err
		}
		d.prov = d.quote.Prov
	case dossier.KindSource:
		if d.source, err = st.Source(ref.ID); err != nil {
			return nil, err
		}
		if d.prov.ArticleID == 0 && len(d.source.Citations) > 0 {
			d.prov = d.source.Citations[0].Prov
		}
	case dossier.KindQuestion:
		if d.question, err = st.Question(ref.ID); err != nil {
			return nil, err
		}
		d.prov = d.question.Prov
	case dossier.KindEvent:
		if d.event, err = st.Event(ref.ID); err != nil {
			return nil, err
		}
		d.prov = d.event.Prov
	case dossier.KindArticle:
		if d.article, err = st.Article(ref.ID); err != nil {
			return nil, err
		}
		d.prov.ArticleID = ref.ID
	case dossier.KindNote:
		ns, err := st.AllNotes()
		if err != nil {
			return nil, err
		}
		for _, n := range ns {
			if n.ID == ref.ID {
				d.note = n
			}
		}
		if d.note.ID == 0 {
			return nil, fmt.Errorf("the note is no longer in the dossier")
		}
		d.target = describeTarget(st, d.note.Target)
	default:
		return nil, fmt.Errorf("cannot show a %s", ref.Kind)
	}
	if ref.Kind != dossier.KindNote {
		if d.notes, err = st.Notes(ref); err != nil {
			return nil, err
		}
		if d.tags, err = st.Tags(ref); err != nil {
			return nil, err
		}
	}
	if d.prov.ArticleID != 0 {
		if d.reading, err = st.Reading(d.prov.ArticleID); err != nil {
			return nil, err
		}
	}
	return d, nil
}

// describeTarget names the item a note is on in words.
func describeTarget(st *dossier.Store, r dossier.ItemRef) string {
	var name string
	switch r.Kind {
	case dossier.KindDossier:
		return "the dossier"
	case dossier.KindArticle:
		if a, err := st.Article(r.ID); err == nil {
			name = a.Title
		}
	case dossier.KindActor:
		if a, err := st.Actor(r.ID); err == nil {
			name = a.Name
		}
	case dossier.KindQuote:
		if q, err := st.Quote(r.ID); err == nil {
			name = "“" + q.Text + "”"
		}
	case dossier.KindSource:
		if s, err := st.Source(r.ID); err == nil {
			name = s.Name
		}
	case dossier.KindQuestion:
		if q, err := st.Question(r.ID); err == nil {
			name = q.Text
		}
	case dossier.KindEvent:
		if e, err := st.Event(r.ID); err == nil {
			name = e.When + " " + e.Text
		}
	}
	return fmt.Sprintf("%s: %s", noun(r.Kind), name)
}

// showItem reads an item off the UI goroutine and shows it in the detail
// pane and the reader.
func (w *MainWindow) showItem(ref dossier.ItemRef, prov dossier.Provenance) {
	s := w.sess
	background(w, "show "+ref.Kind, func(st *dossier.Store) (*detailData, error) {
		s.saving.Wait()
		return loadDetail(st, ref, prov)
	}, func(d *detailData, err error) {
		if w.sel != ref {
			return // the user has moved on
		}
		if e := w.shownEditor; e != nil && e.d.ref == ref && !e.saved && e.dirty() {
			return // keep what is being typed; it is written on moving on
		}
		fresh := w.shown == nil || w.shown.ref != ref
		if err != nil {
			w.detail.Objects = []fyne.CanvasObject{hint(err.Error())}
			w.detail.Refresh()
			return
		}
		w.shown = d
		w.detail.Objects = []fyne.CanvasObject{w.editorFor(d)}
		w.detail.Refresh()
		if fresh {
			w.detailScroll.ScrollToTop() // a new item opens at its top
		}
		w.reader.set(d.reading, d.ref, d.prov, w.searchFor)
		if ref.Kind == dossier.KindArticle {
			w.tabs.Select(w.readerTab)
		} else if w.tabs.Selected() == w.readerTab {
			w.reader.render()
		}
		if w.loaded != nil {
			w.loaded()
		}
	})
}

func (w *MainWindow) clearDetail() {
	w.shown, w.shownEditor = nil, nil
	msg := "Choose an item in the list to review it and see it in its article."
	if w.kind() == dossier.KindArticle {
		msg = "Choose an article to read it with its actors and quotes marked."
	}
	h := hint(msg)
	h.(*widget.Label).Alignment = fyne.TextAlignCenter
	w.detail.Objects = []fyne.CanvasObject{container.NewVBox(layoutSpacer(), h)}
	w.detail.Refresh()
	w.reader.set(nil, dossier.ItemRef{}, dossier.Provenance{}, "")
}

func hint(s string) fyne.CanvasObject {
	l := widget.NewLabel(s)
	l.Wrapping = fyne.TextWrapWord
	l.Importance = widget.LowImportance
	return l
}

// editor is the detail pane for one item: its fields, the review buttons,
// and its notes and tags.
type editor struct {
	w      *MainWindow
	sess   *session // the dossier the item is in
	d      *detailData
	fields []*widget.FormItem
	// save reads the edited fields, on the UI goroutine, and returns the
	// work that writes them with a review status ("" keeps it).
	save    func(status dossier.Status) func(st *dossier.Store) error
	tags    *widget.Entry
	initial []string // the fields' values as read
	saved   bool     // the edits were handed to the store
}

func (w *MainWindow) editorFor(d *detailData) fyne.CanvasObject {
	e := &editor{w: w, sess: w.sess, d: d}
	w.shownEditor = e
	var head string
	var status dossier.Status
	var extra []fyne.CanvasObject
	switch d.ref.Kind {
	case dossier.KindActor:
		head, status = d.actor.Name, d.actor.Status
		extra = e.actorFields()
	case dossier.KindQuote:
		head, status = or(d.quote.SpeakerName, "Unattributed quote"), d.quote.Status
		extra = e.quoteFields()
	case dossier.KindSource:
		head, status = d.source.Name, d.source.Status
		extra = e.sourceFields()
	case dossier.KindQuestion:
		head, status = "Open question", d.question.Status
		extra = e.questionFields()
	case dossier.KindEvent:
		head, status = or(d.event.When, "Event"), d.event.Status
		extra = e.eventFields()
	case dossier.KindArticle:
		head = or(d.article.Title, "Untitled article")
		extra = e.articleFields()
	case dossier.KindNote:
		head = "Note"
		extra = e.noteFields()
	}
	title := widget.NewLabel(display(head))
	title.TextStyle.Bold = true
	title.SizeName = theme.SizeNameSubHeadingText
	title.Wrapping = fyne.TextWrapWord
	kind := widget.NewLabel(strings.ToUpper(noun(d.ref.Kind)))
	kind.SizeName = theme.SizeNameCaptionText
	kind.Importance = widget.LowImportance
	var badge fyne.CanvasObject = layoutSpacer()
	if status != "" {
		b := widget.NewLabel(statusText(status, d.question.State, d.ref.Kind))
		b.Importance = map[dossier.Status]widget.Importance{dossier.Proposed: widget.WarningImportance,
			dossier.Accepted: widget.SuccessImportance, dossier.Rejected: widget.LowImportance}[status]
		badge = b
	}
	parts := []fyne.CanvasObject{container.NewBorder(nil, nil, kind, badge), title}
	if ctx := e.context(); ctx != nil {
		parts = append(parts, ctx)
	}
	parts = append(parts, widget.NewForm(e.fields...), e.buttons(status != ""))
	e.initial = e.values()
	box := container.NewVBox(parts...)
	// The rest is drawn in a second step, so that neither holds the UI
	// goroutine long: wrapping new text is what costs.
	w.later("show more details", func() {
		if w.shownEditor != e {
			return
		}
		box.Objects = append(box.Objects, extra...)
		if d.ref.Kind != dossier.KindNote {
			box.Objects = append(box.Objects, e.notesAndTags()...)
		}
		box.Refresh()
	})
	return box
}

func (e *editor) field(label string, o fyne.CanvasObject) {
	e.fields = append(e.fields, widget.NewFormItem(label, o))
}

// later runs fn on the UI goroutine after what is waiting there now, to
// split long UI work into steps.
func (w *MainWindow) later(what string, fn func()) {
	background(w, what, func(*dossier.Store) (struct{}, error) { return struct{}{}, nil }, func(struct{}, error) { fn() })
}

func layoutSpacer() fyne.CanvasObject { return widget.NewLabel("") }

// context shows the paragraph the item is in, the item marked, with a way
// to the full article.
func (e *editor) context() fyne.CanvasObject {
	r, p := e.d.reading, e.d.prov
	if r == nil || e.d.ref.Kind == dossier.KindArticle {
		return nil
	}
	if _, ok := r.Paragraph(p.Paragraph); !ok {
		return nil
	}
	text := paragraphText(r, p.Paragraph, e.d.ref, p, e.w.searchFor)
	where := widget.NewLabel(fmt.Sprintf("In “%s”, paragraph %d", display(or(r.Article.Title, "Untitled")), p.Paragraph))
	where.Importance = widget.LowImportance
	where.Truncation = fyne.TextTruncateEllipsis
	open := widget.NewButtonWithIcon("Read", theme.FileTextIcon(), func() { e.w.tabs.Select(e.w.readerTab) })
	open.Importance = widget.LowImportance
	return widget.NewCard("", "", container.NewBorder(container.NewBorder(nil, nil, nil, open, where), nil, nil, nil, text))
}

// buttons are the review actions: accept, reject and save for items with a
// review status, save and delete for all.
func (e *editor) buttons(review bool) fyne.CanvasObject {
	w := e.w
	var objs []fyne.CanvasObject
	if review {
		acc := widget.NewButtonWithIcon("Accept", theme.ConfirmIcon(), func() { w.review(dossier.Accepted) })
		acc.Importance = widget.HighImportance
		rej := widget.NewButtonWithIcon("Reject", theme.CancelIcon(), func() { w.review(dossier.Rejected) })
		objs = append(objs, acc, rej)
	}
	save := widget.NewButtonWithIcon("Save", theme.DocumentSaveIcon(), func() { w.review("") })
	del := widget.NewButtonWithIcon("Delete…", theme.DeleteIcon(), w.deleteShown)
	objs = append(objs, save)
	return container.NewBorder(nil, nil, container.NewHBox(objs...), del)
}

// review saves the shown item's fields with a status ("" keeps it) and,
// for accept and reject, moves on to the next item of the list.
func (w *MainWindow) review(status dossier.Status) {
	e := w.visibleEditor()
	if e == nil || e.save == nil {
		return
	}
	d := e.d
	if status != "" && !hasStatus(d.ref.Kind) {
		return
	}
	write := e.writer(status)
	what := "edit " + noun(d.ref.Kind)
	if status != "" {
		what = map[dossier.Status]string{dossier.Accepted: "accept ", dossier.Rejected: "reject ", dossier.Proposed: "propose "}[status] + noun(d.ref.Kind)
		if !w.searching() {
			w.moveOn(status)
		}
	}
	w.change(what, refs(d.ref), write)
}

// moveOn shows the row after the one reviewed at once, its status marked,
// while the review is written: the reload that follows keeps the new
// choice.
func (w *MainWindow) moveOn(status dossier.Status) {
	i := w.selIndex
	if i < 0 || i >= len(w.rows) || w.rows[i].ref != w.sel {
		w.advance = true // let the reload find the next
		return
	}
	w.rows[i].status = status
	w.list.RefreshItem(i)
	if i+1 >= len(w.rows) {
		return
	}
	w.commitEdits()
	next := w.rows[i+1]
	w.sel, w.selIndex = next.ref, i+1
	w.quiet = true
	w.list.Select(i + 1)
	w.quiet = false
	w.list.ScrollTo(i + 1)
	w.showItem(next.ref, next.prov)
	w.justShown = next.ref
}

func hasStatus(kind string) bool {
	return kind != dossier.KindArticle && kind != dossier.KindNote
}

// deleteShown deletes the shown item after asking.
func (w *MainWindow) deleteShown() {
	e := w.visibleEditor()
	if e == nil {
		return
	}
	d := e.d
	msg := fmt.Sprintf("Delete this %s? Its notes and tags go with it. Undo (Ctrl+Z) brings it back.", noun(d.ref.Kind))
	switch d.ref.Kind {
	case dossier.KindArticle:
		msg = fmt.Sprintf("Delete “%s” and everything proposed from it? Actors and sources other articles cite stay. Undo (Ctrl+Z) brings it back.", display(d.article.Title))
	case dossier.KindActor:
		msg = fmt.Sprintf("Delete %s, with the actors merged into it? Their quotes stay, without a speaker. Undo (Ctrl+Z) brings them back.", display(d.actor.Name))
	}
	w.confirm("Delete", msg, func(ok bool) {
		if !ok {
			return
		}
		w.advance = true
		ref := d.ref
		w.change("delete "+noun(ref.Kind), refs(ref), func(st *dossier.Store) error { return st.Delete(ref) })
	})
}

// notesAndTags edits the tags of the shown item and lists, adds and edits
// its notes.
func (e *editor) notesAndTags() []fyne.CanvasObject {
	w, d := e.w, e.d
	e.tags = widget.NewEntry()
	e.tags.SetPlaceHolder("Tags, separated by commas")
	e.tags.SetText(strings.Join(d.tags, ", "))
	e.tags.OnSubmitted = func(string) { w.review("") }
	head := widget.NewLabel("Notes and tags")
	head.TextStyle.Bold = true
	objs := []fyne.CanvasObject{widget.NewSeparator(), head, e.tags}
	for _, n := range d.notes {
		n := n
		l := widget.NewLabel(n.Text)
		l.Wrapping = fyne.TextWrapWord
		when := widget.NewLabel(n.Modified.Local().Format("2 Jan 2006 15:04"))
		when.SizeName = theme.SizeNameCaptionText
		when.Importance = widget.LowImportance
		edit := widget.NewButtonWithIcon("", theme.DocumentCreateIcon(), func() { w.editNote(n) })
		edit.Importance = widget.LowImportance
		objs = append(objs, container.NewBorder(nil, nil, nil, container.NewVBox(edit), container.NewVBox(l, when)))
	}
	note := widget.NewMultiLineEntry()
	note.SetPlaceHolder("Write a note on this " + noun(d.ref.Kind))
	note.SetMinRowsVisible(2)
	note.Wrapping = fyne.TextWrapWord
	add := widget.NewButtonWithIcon("Add note", theme.ContentAddIcon(), func() {
		text := note.Text
		ref := d.ref
		// The fields' edits go with the note, so adding it loses none.
		write := func(*dossier.Store) error { return nil }
		if !e.saved && e.dirty() {
			write = e.writer("")
		}
		e.saved = true
		w.change("add note", refs(ref), func(st *dossier.Store) error {
			if err := write(st); err != nil {
				return err
			}
			_, err := st.AddNote(ref, text)
			return err
		})
	})
	objs = append(objs, note, container.NewHBox(add))
	return objs
}

// editNote edits or deletes a note in a dialog.
func (w *MainWindow) editNote(n dossier.Note) {
	esc := newEscEntry(w, true)
	text := &esc.Entry
	text.SetText(n.Text)
	text.SetMinRowsVisible(5)
	var dlg *dialog.CustomDialog
	del := widget.NewButtonWithIcon("Delete note", theme.DeleteIcon(), func() {
		dlg.Hide()
		w.confirm("Delete note", "Delete this note? Undo (Ctrl+Z) brings it back.", func(ok bool) {
			if ok {
				ref := dossier.ItemRef{Kind: dossier.KindNote, ID: n.ID}
				w.change("delete note", refs(ref), func(st *dossier.Store) error { return st.Delete(ref) })
			}
		})
	})
	del.Importance = widget.DangerImportance
	save := widget.NewButtonWithIcon("Save", theme.DocumentSaveIcon(), func() {
		dlg.Hide()
		v := text.Text
		w.change("edit note", refs(dossier.ItemRef{Kind: dossier.KindNote, ID: n.ID}), func(st *dossier.Store) error { return st.UpdateNote(n.ID, v) })
	})
	save.Importance = widget.HighImportance
	cancel := widget.NewButton("Cancel", func() { dlg.Hide() })
	dlg = dialog.NewCustomWithoutButtons("Edit note", container.NewBorder(nil, container.NewHBox(del, layoutSpacer(), cancel, save), nil, nil, esc), w.win)
	dlg.Resize(fyne.NewSize(520, 300))
	w.open(dlg)
}

// splitList splits a comma-separated list, dropping empty entries.
func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}
