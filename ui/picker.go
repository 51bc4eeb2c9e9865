package ui

import (
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/briefwright/briefwright/dossier"
)

// actorPicker is a dialog to choose an actor from a list narrowed as one
// types: for merging actors and for reassigning a quote's speaker.
type actorPicker struct {
	dlg    *dialog.ConfirmDialog
	filter *widget.Entry
	list   *widget.List
	all    []dossier.Actor
	shown  []dossier.Actor
	chosen int64
	none   bool // offer "no named speaker"
	create bool // offer to create an actor of the name typed
}

// newActorID marks the picker's entry that creates an actor.
const newActorID = -2

// pickActor lets the user choose an actor other than except; with none,
// the first entry means no actor (id 0); with create, a name no actor has
// can be chosen too, and done gets it with id newActorID. Enter chooses
// the entry selected, or the only actor left.
func (w *MainWindow) pickActor(title, message string, except int64, none, create bool, done func(id int64, name string)) {
	p := &actorPicker{none: none, create: create, chosen: -1}
	w.lastPicker = p
	filter := newEscEntry(w, false)
	p.filter = &filter.Entry
	p.filter.SetPlaceHolder("Type part of a name")
	p.list = widget.NewList(func() int { return len(p.shown) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("name")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			a := p.shown[i]
			switch a.ID {
			case 0:
				o.(*widget.Label).SetText("No named speaker")
				return
			case newActorID:
				o.(*widget.Label).SetText("New person: " + a.Name)
				return
			}
			o.(*widget.Label).SetText(join(" · ", a.Name, a.Kind, join(", ", a.Role, a.Affiliation), plural(a.Mentions, "mention")))
		})
	p.list.OnSelected = func(i widget.ListItemID) {
		p.chosen = p.shown[i].ID
		label := "Choose " + clip(or(p.shown[i].Name, "no speaker"), 30)
		if p.chosen == newActorID {
			label = "Create " + clip(p.shown[i].Name, 30)
		}
		p.dlg.SetConfirmText(label)
	}
	p.filter.OnChanged = func(string) { p.narrow() }
	p.filter.OnSubmitted = func(string) { p.submit() }
	msg := widget.NewLabel(message)
	msg.Wrapping = fyne.TextWrapWord
	content := container.NewBorder(container.NewVBox(msg, filter), nil, nil, nil, p.list)
	p.dlg = dialog.NewCustomConfirm(title, "Choose", "Cancel", content, func(ok bool) {
		switch {
		case !ok:
		case p.chosen == newActorID:
			done(newActorID, strings.TrimSpace(p.filter.Text))
		case p.chosen > 0 || (p.chosen == 0 && p.none):
			done(p.chosen, "")
		}
	}, w.win)
	p.dlg.Resize(fyne.NewSize(560, 480))
	w.open(p.dlg)
	w.win.Canvas().Focus(filter)
	background(w, "list actors", func(st *dossier.Store) ([]dossier.Actor, error) { return st.Actors(dossier.Filter{}) },
		func(as []dossier.Actor, err error) {
			if err != nil {
				w.showError(err)
				return
			}
			for _, a := range as {
				if a.ID != except && a.Status != dossier.Rejected {
					p.all = append(p.all, a)
				}
			}
			p.narrow()
		})
}

// narrow shows the actors whose name or alias contains what was typed.
func (p *actorPicker) narrow() {
	needle := strings.ToLower(strings.TrimSpace(p.filter.Text))
	p.shown = p.shown[:0]
	if p.none && needle == "" {
		p.shown = append(p.shown, dossier.Actor{})
	}
	exact := false
	for _, a := range p.all {
		if needle == "" || strings.Contains(strings.ToLower(a.Name), needle) || anyContains(a.Aliases, needle) {
			p.shown = append(p.shown, a)
			exact = exact || strings.ToLower(a.Name) == needle || slices.ContainsFunc(a.Aliases, func(x string) bool { return strings.ToLower(x) == needle })
		}
	}
	if p.create && needle != "" && !exact {
		p.shown = append(p.shown, dossier.Actor{ID: newActorID, Name: strings.Join(strings.Fields(p.filter.Text), " ")})
	}
	p.list.UnselectAll()
	p.chosen = -1
	p.list.Refresh()
	real := -1
	for i, a := range p.shown {
		if a.ID > 0 {
			if real >= 0 {
				return
			}
			real = i
		}
	}
	switch {
	case real >= 0:
		p.list.Select(real)
	case len(p.shown) == 1:
		p.list.Select(0)
	}
}

func anyContains(xs []string, needle string) bool {
	for _, x := range xs {
		if strings.Contains(strings.ToLower(x), needle) {
			return true
		}
	}
	return false
}

// submit is Enter in the filter: it confirms the entry selected.
func (p *actorPicker) submit() {
	if p.chosen != -1 { // narrow selects the only actor left
		p.dlg.Confirm()
	}
}
