package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/briefwright/briefwright/dossier"
)

// Items added by hand are accepted at once: the user vouches for them.

// addItem asks for a new item of a kind and opens it once added.
func (w *MainWindow) addItem(kind string) {
	switch kind {
	case dossier.KindArticle, "":
		w.pasteArticle()
	case dossier.KindActor:
		name, kindSel := entry("", "Full name"), choice(actorKinds, "person")
		role, aff := entry("", "Role or title"), entry("", "Affiliation")
		w.addForm("Add an actor", []*widget.FormItem{
			widget.NewFormItem("Name", name), widget.NewFormItem("Kind", kindSel),
			widget.NewFormItem("Role", role), widget.NewFormItem("Affiliation", aff),
		}, kind, func() adder {
			a := dossier.Actor{Name: name.Text, Kind: kindSel.Selected, Role: role.Text, Affiliation: aff.Text, Status: dossier.Accepted}
			return func(st *dossier.Store) (int64, error) { return st.AddActor(a) }
		})
	case dossier.KindQuote:
		w.addQuote("", dossier.Provenance{})
	case dossier.KindSource:
		name, kindSel := entry("", "Name"), choice(sourceKinds, "outlet")
		w.addForm("Add a source", []*widget.FormItem{
			widget.NewFormItem("Name", name), widget.NewFormItem("Kind", kindSel),
		}, kind, func() adder {
			x := dossier.Source{Name: name.Text, Kind: kindSel.Selected, Status: dossier.Accepted}
			return func(st *dossier.Store) (int64, error) { return st.AddSource(x) }
		})
	case dossier.KindQuestion:
		text := multiline("", "What is still unknown?", 3)
		w.addForm("Add an open question", []*widget.FormItem{widget.NewFormItem("Question", text)}, kind,
			func() adder {
				q := dossier.Question{Text: text.Text, Status: dossier.Accepted, State: dossier.QOpen}
				return func(st *dossier.Store) (int64, error) { return st.AddQuestion(q) }
			})
	case dossier.KindEvent:
		when, value, text := entry("", "e.g. mid-September 2025"), entry("", "YYYY-MM-DD, YYYY-MM or YYYY"), multiline("", "What happened", 2)
		w.addForm("Add an event", []*widget.FormItem{
			widget.NewFormItem("When", when), widget.NewFormItem("Date", value), widget.NewFormItem("What", text),
		}, kind, func() adder {
			e := dossier.Event{When: when.Text, Value: strings.TrimSpace(value.Text), Text: text.Text, Status: dossier.Accepted}
			return func(st *dossier.Store) (int64, error) { return st.AddEvent(e) }
		})
	case dossier.KindNote:
		text := multiline("", "A note on the whole dossier", 5)
		w.addForm("Add a note", []*widget.FormItem{widget.NewFormItem("Note", text)}, kind,
			func() adder {
				v := text.Text
				return func(st *dossier.Store) (int64, error) {
					return st.AddNote(dossier.ItemRef{Kind: dossier.KindDossier}, v)
				}
			})
	}
}

// adder adds an item off the UI goroutine and returns its id.
type adder func(st *dossier.Store) (int64, error)

// addForm shows a form and adds the item when confirmed, then opens it.
// read runs on the UI goroutine: it reads the form into the adder.
func (w *MainWindow) addForm(title string, items []*widget.FormItem, kind string, read func() adder) {
	d := dialog.NewForm(title, "Add", "Cancel", items, func(ok bool) {
		if ok {
			w.added(kind, read())
		}
	}, w.win)
	d.Resize(fyne.NewSize(520, d.MinSize().Height))
	w.open(d)
}

// added runs an add off the UI goroutine and opens the new item.
func (w *MainWindow) added(kind string, add adder) {
	s := w.sess
	background(w, "add "+kind, func(st *dossier.Store) (int64, error) {
		id, err := add(st)
		s.lists.seen(st)
		s.lists.drop(kind, dossier.KindNote)
		return id, err
	}, func(id int64, err error) {
		if err != nil {
			w.showError(err)
			return
		}
		w.reloadCounts()
		w.openItem(dossier.ItemRef{Kind: kind, ID: id})
	})
}

// addQuote asks for a new quote; text and prov come from a selection in
// the reader, or are empty for a quote from elsewhere.
func (w *MainWindow) addQuote(text string, prov dossier.Provenance) {
	body := multiline(text, "The words quoted, without quotation marks", 3)
	var speaker int64
	who := widget.NewLabel("no named speaker")
	choose := widget.NewButtonWithIcon("Choose…", theme.AccountIcon(), func() {
		w.pickActor("Who said this?", clip("“"+body.Text+"”", 120), 0, true, false, func(id int64, _ string) {
			speaker = id
			who.SetText("no named speaker")
			if p := w.lastPicker; p != nil {
				for _, a := range p.all {
					if a.ID == id {
						who.SetText(a.Name)
					}
				}
			}
		})
	})
	label, cue := entry("", "If unnamed: how the article describes the speaker"), entry("", "said, told, wrote…")
	items := []*widget.FormItem{
		widget.NewFormItem("Text", body),
		widget.NewFormItem("Speaker", container.NewBorder(nil, nil, nil, choose, who)),
		widget.NewFormItem("Described as", label),
		widget.NewFormItem("Cue", cue),
	}
	if prov.ArticleID != 0 {
		items = append(items, widget.NewFormItem("From", widget.NewLabel(cite(prov))))
	}
	w.addForm("Add a quote", items, dossier.KindQuote, func() adder {
		q := dossier.Quote{Text: strings.TrimSpace(body.Text), SpeakerID: speaker, SpeakerLabel: label.Text,
			Cue: cue.Text, Prov: prov, Status: dossier.Accepted}
		return func(st *dossier.Store) (int64, error) { return st.AddQuote(q) }
	})
}
