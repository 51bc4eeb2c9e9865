package ui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/briefwright/briefwright/dossier"
)

// overview edits the dossier's description and bottom line, and sums up
// what the dossier holds and what is left to review.
type overview struct {
	w        *MainWindow
	view     fyne.CanvasObject
	title    *widget.Entry
	subject  *widget.Entry
	author   *widget.Entry
	marking  *widget.Entry
	bluf     *widget.Entry
	save     *widget.Button
	saved    *widget.Label
	summary  *fyne.Container
	dirty    bool
	meta     dossier.Meta
	filling  bool
	dateLine *widget.Label
}

func newOverview(w *MainWindow) *overview {
	o := &overview{w: w}
	changed := func(string) {
		if !o.filling {
			o.dirty = true
			o.save.Enable()
			o.saved.SetText("")
		}
	}
	mk := func(ph string) *widget.Entry {
		e := entry("", ph)
		e.OnChanged = changed
		return e
	}
	o.title = mk("Title of the briefing")
	o.subject = mk("What the dossier is about, in one line")
	o.author = mk("Who prepared it")
	o.marking = mk("Handling marking, e.g. UNCLASSIFIED // FOR RESEARCH USE")
	o.bluf = multiline("", "Bottom line up front: the two or three sentences a reader must take away. Left empty, the briefing opens with a lead generated from the articles.", 8)
	o.bluf.OnChanged = changed
	o.save = widget.NewButtonWithIcon("Save", theme.DocumentSaveIcon(), o.store)
	o.save.Importance = widget.HighImportance
	o.save.Disable()
	o.saved = widget.NewLabel("")
	o.saved.Importance = widget.LowImportance
	o.dateLine = widget.NewLabel("")
	o.dateLine.Importance = widget.LowImportance

	form := widget.NewForm(
		widget.NewFormItem("Title", o.title),
		widget.NewFormItem("Subject", o.subject),
		widget.NewFormItem("Author", o.author),
		widget.NewFormItem("Marking", o.marking),
	)
	blufHead := widget.NewLabel("Bottom line")
	blufHead.TextStyle.Bold = true
	head := widget.NewLabel("Overview")
	head.SizeName = theme.SizeNameHeadingText
	head.TextStyle.Bold = true
	left := container.NewVBox(head, o.dateLine, form, blufHead, o.bluf,
		container.NewHBox(o.save, o.saved))

	o.summary = container.NewVBox()
	exp := widget.NewButtonWithIcon("Export the briefing…", theme.DocumentSaveIcon(), func() { w.exportAs(".pdf") })
	right := container.NewVBox(widget.NewCard("In this dossier", "", o.summary), exp)
	o.view = container.NewVScroll(container.NewPadded(
		container.NewBorder(nil, nil, nil, container.New(fixedWidth(340), right), container.NewPadded(left))))
	return o
}

// show refreshes the summary and, unless the user is editing, the fields.
func (o *overview) show(c dossier.Counts) {
	o.summary.Objects = nil
	for i, s := range sections[1:] {
		i := i + 1
		n := c.Total(s.kind)
		detail := thousands(n)
		if p := c[s.kind][dossier.Proposed]; p > 0 {
			detail = fmt.Sprintf("%s · %s to review", thousands(n), thousands(p))
		}
		count := widget.NewLabel(detail)
		if c[s.kind][dossier.Proposed] > 0 {
			count.Importance = widget.WarningImportance
		}
		go1 := widget.NewButtonWithIcon(s.title, s.icon(), func() { o.w.showSection(i) })
		go1.Alignment = widget.ButtonAlignLeading
		go1.Importance = widget.LowImportance
		o.summary.Add(container.NewBorder(nil, nil, nil, count, go1))
	}
	o.summary.Refresh()
	if o.dirty {
		return
	}
	background(o.w, "read overview", func(st *dossier.Store) (dossier.Meta, error) { return st.Meta() },
		func(m dossier.Meta, err error) {
			if err != nil {
				o.w.showError(err)
				return
			}
			if o.dirty {
				return
			}
			o.meta = m
			o.filling = true
			o.title.SetText(m.Title)
			o.subject.SetText(m.Subject)
			o.author.SetText(m.Author)
			o.marking.SetText(m.Marking)
			o.bluf.SetText(m.BottomLine)
			o.filling = false
			o.save.Disable()
			o.dateLine.SetText(join(" · ", "Created "+m.Created.Local().Format("2 Jan 2006"),
				"last changed "+m.Modified.Local().Format("2 Jan 2006 15:04")))
		})
}

// store saves the description and bottom line.
func (o *overview) store() {
	m := o.meta
	m.Title, m.Subject, m.Author, m.Marking, m.BottomLine = o.title.Text, o.subject.Text, o.author.Text, o.marking.Text, o.bluf.Text
	s := o.w.sess
	background(o.w, "save overview", func(st *dossier.Store) (struct{}, error) {
		err := st.UpdateMeta(m)
		s.lists.seen(st) // the lists are as they were
		return struct{}{}, err
	},
		func(_ struct{}, err error) {
			if err != nil {
				o.w.showError(err)
				return
			}
			o.meta = m
			o.dirty = false
			o.save.Disable()
			o.saved.SetText("Saved")
		})
}

// reset forgets unsaved edits, when another dossier is opened.
func (o *overview) reset() { o.dirty = false }

// fixedWidth lays out its objects stacked at one width and their own
// height, so a side column keeps its width whatever it holds.
type fixedWidth float32

func (f fixedWidth) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var h float32
	for _, o := range objs {
		h = max(h, o.MinSize().Height)
	}
	return fyne.NewSize(float32(f), h)
}

func (f fixedWidth) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(fyne.NewSize(size.Width, o.MinSize().Height))
	}
}
