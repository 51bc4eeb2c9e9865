package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/briefwright/briefwright/dossier"
)

// newRowObject makes the template of a list row: a bold title, a second
// line under it and a status badge on the right, all on one line each so
// that every row has the same height and the list can stay virtual. A gap
// on the right keeps the badge clear of the scroll bar.
func newRowObject() fyne.CanvasObject {
	title := widget.NewLabel("title")
	title.Truncation = fyne.TextTruncateEllipsis
	title.TextStyle.Bold = true
	sub := widget.NewRichText(&widget.TextSegment{Text: "sub", Style: subStyle})
	sub.Truncation = fyne.TextTruncateEllipsis
	badge := widget.NewLabel("proposed")
	badge.SizeName = theme.SizeNameCaptionText
	icon := widget.NewIcon(theme.CancelIcon())
	gap := container.NewGridWrap(fyne.NewSize(theme.ScrollBarSize(), 1))
	return container.NewBorder(nil, nil, nil, container.NewHBox(icon, badge, gap),
		container.New(&tightVBox{}, title, sub))
}

var (
	subStyle = widget.RichTextStyle{Inline: true, SizeName: theme.SizeNameCaptionText, ColorName: colorMuted}
	hitStyle = widget.RichTextStyle{Inline: true, SizeName: theme.SizeNameCaptionText, ColorName: theme.ColorNameForeground,
		TextStyle: fyne.TextStyle{Bold: true, Underline: true}}
)

// markedSegments turns a line with marked words between [ and ] into
// rich text segments, the marked words highlighted.
func markedSegments(s string, plain, marked widget.RichTextStyle) []widget.RichTextSegment {
	var segs []widget.RichTextSegment
	for s != "" {
		i := strings.IndexByte(s, '[')
		j := strings.IndexByte(s[max(i, 0):], ']') + max(i, 0)
		if i < 0 || j <= i {
			segs = append(segs, &widget.TextSegment{Text: s, Style: plain})
			break
		}
		if i > 0 {
			segs = append(segs, &widget.TextSegment{Text: s[:i], Style: plain})
		}
		segs = append(segs, &widget.TextSegment{Text: s[i+1 : j], Style: marked})
		s = s[j+1:]
	}
	return segs
}

func updateRowObject(o fyne.CanvasObject, r row) {
	c := o.(*fyne.Container)
	box := c.Objects[0].(*fyne.Container)
	right := c.Objects[1].(*fyne.Container)
	title := box.Objects[0].(*widget.Label)
	sub := box.Objects[1].(*widget.RichText)
	icon, badge := right.Objects[0].(*widget.Icon), right.Objects[1].(*widget.Label)

	rejected := r.status == dossier.Rejected && r.ref.Kind != dossier.KindArticle && r.ref.Kind != dossier.KindNote && !r.header
	title.TextStyle = fyne.TextStyle{Bold: true, Strikethrough: rejected}
	title.Importance = widget.MediumImportance
	switch {
	case rejected:
		title.Importance = widget.LowImportance
	case r.more != "":
		title.Importance = widget.HighImportance
	}
	title.SetText(clip(display(r.title), rowRunes))
	sub.Segments = markedSegments(clip(display(r.line()), rowRunes), subStyle, hitStyle)
	sub.Refresh()

	text, imp := statusText(r.status, r.state, r.ref.Kind), widget.MediumImportance
	switch r.status {
	case dossier.Proposed:
		imp = widget.WarningImportance
	case dossier.Accepted:
		imp = widget.SuccessImportance
	case dossier.Rejected:
		imp = widget.LowImportance
	case "":
		text = r.badge
	}
	if r.ref.Kind == dossier.KindArticle || r.ref.Kind == dossier.KindNote || r.header || r.more != "" {
		text, imp = r.badge, widget.MediumImportance // no review status
	}
	if rejected {
		icon.Show()
	} else {
		icon.Hide()
	}
	badge.Importance = imp
	badge.SetText(text)
}

// tightVBox stacks objects with no gap, so a title and its second line read
// as one item.
type tightVBox struct{}

func (tightVBox) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for _, o := range objs {
		m := o.MinSize()
		s.Width = max(s.Width, m.Width)
		s.Height += m.Height - theme.InnerPadding()/2
	}
	return s
}

func (tightVBox) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	y := float32(0)
	for _, o := range objs {
		h := o.MinSize().Height
		o.Move(fyne.NewPos(0, y))
		o.Resize(fyne.NewSize(size.Width, h))
		y += h - theme.InnerPadding()/2
	}
}

// updateEmpty shows what to do next when the list has nothing to show.
func (w *MainWindow) updateEmpty() {
	var msg string
	var actions []fyne.CanvasObject
	button := func(label string, icon fyne.Resource, fn func()) {
		b := widget.NewButtonWithIcon(label, icon, fn)
		actions = append(actions, b)
	}
	kind := w.kind()
	switch {
	case w.searching() && len(w.rows) == 0:
		msg = "Nothing in this dossier matches the search.\nTry fewer words, or the start of a name."
	case w.searching():
	case kind == "":
	case len(w.rows) == 0 && w.counts != nil && w.counts.Total(dossier.KindArticle) == 0 && kind != dossier.KindNote:
		msg = "This dossier has no articles yet.\nPaste an article's text, import .txt, .md, .html or .pdf files,\nor drop files onto this window."
		button("Paste article", theme.ContentPasteIcon(), w.pasteArticle)
		button("Import a file", theme.FolderOpenIcon(), w.importFiles)
		button("Open the demo dossier", theme.HomeIcon(), w.openDemo)
	case len(w.rows) == 0 && (w.filter.Text != "" || w.statusFilter() != "" || w.tagFilter.Selected != allTags):
		msg = "Nothing here matches the filter."
		button("Show everything", theme.ContentClearIcon(), func() {
			w.filter.SetText("")
			w.status.SetSelected("All")
			w.tagFilter.SetSelected(allTags)
		})
	case len(w.rows) == 0:
		msg = emptyText[kind]
		button("Add "+noun(kind), theme.ContentAddIcon(), func() { w.addItem(kind) })
	}
	if msg == "" {
		w.empty.Hide()
		w.list.Show()
	} else {
		l := widget.NewLabel(msg)
		l.Alignment = fyne.TextAlignCenter
		w.empty.Objects = []fyne.CanvasObject{container.NewVBox(l, container.NewCenter(container.NewVBox(actions...)))}
		w.empty.Refresh()
		w.empty.Show()
		w.list.Hide()
	}
	w.bulk.Disable()
	if kind != dossier.KindArticle && kind != dossier.KindNote && !w.searching() {
		for _, r := range w.rows {
			if r.status == dossier.Proposed {
				w.bulk.Enable()
				break
			}
		}
	}
}

var emptyText = map[string]string{
	dossier.KindActor:    "No actors yet. People, organisations and places named\nin your articles are proposed here.",
	dossier.KindQuote:    "No quotes yet. Direct quotations in your articles\nare proposed here with their speakers.",
	dossier.KindSource:   "No sources yet. Outlets, agencies, documents and posts\nyour articles cite are proposed here.",
	dossier.KindQuestion: "No open questions yet. Sentences that leave something\nunknown are proposed here as questions to track.",
	dossier.KindEvent:    "No dated events yet. Dates in your articles\nare proposed here as a timeline.",
	dossier.KindNote:     "No notes yet. Add a note to any item from its details,\nor one on the whole dossier here.",
}

func noun(kind string) string {
	switch kind {
	case dossier.KindEvent:
		return "event"
	case dossier.KindQuestion:
		return "question"
	}
	return kind
}
