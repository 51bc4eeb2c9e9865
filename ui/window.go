package ui

import (
	"fmt"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/briefwright/briefwright/dossier"
)

const (
	prefLast   = "lastDossier"
	prefRecent = "recentDossiers"
	prefWidth  = "windowWidth"
	prefHeight = "windowHeight"
)

// section is one entry of the sidebar.
type section struct {
	kind  string // item kind listed, "" for the Overview
	title string
}

var sections = []section{
	{"", "Overview"},
	{dossier.KindArticle, "Articles"},
	{dossier.KindActor, "Actors"},
	{dossier.KindQuote, "Quotes"},
	{dossier.KindSource, "Sources"},
	{dossier.KindQuestion, "Questions"},
	{dossier.KindEvent, "Timeline"},
	{dossier.KindNote, "Notes"},
}

// MainWindow is the window on one dossier.
type MainWindow struct {
	app     fyne.App
	win     fyne.Window
	st      *dossier.Store
	version string

	counts  dossier.Counts
	current int   // index into sections
	rows    []row // the current section's list, filtered
	selRow  int

	sidebar   *widget.List
	list      *widget.List
	filter    *widget.Entry
	status    *widget.Select
	search    *widget.Entry
	detail    *fyne.Container
	empty     *widget.Label
	bulk      *widget.Button
	statusBar *widget.Label

	// loaded is called after each list reload (tests wait on it).
	loaded func()
}

// NewWindow builds the main window on an open dossier.
func NewWindow(a fyne.App, st *dossier.Store, version string) *MainWindow {
	w := &MainWindow{app: a, st: st, version: version, selRow: -1}
	w.win = a.NewWindow("Briefwright")
	w.build()
	w.win.SetMainMenu(w.menu())
	w.shortcuts()
	w.win.SetOnDropped(w.dropped)
	p := a.Preferences()
	w.win.Resize(fyne.NewSize(float32(p.FloatWithFallback(prefWidth, 1280)), float32(p.FloatWithFallback(prefHeight, 800))))
	w.win.SetCloseIntercept(func() {
		s := w.win.Canvas().Size()
		p.SetFloat(prefWidth, float64(s.Width))
		p.SetFloat(prefHeight, float64(s.Height))
		w.win.Close()
	})
	w.remember(st.Path())
	w.showSection(0)
	return w
}

func (w *MainWindow) close() {
	if w.st != nil {
		w.st.Close()
	}
}

func (w *MainWindow) build() {
	w.sidebar = widget.NewList(
		func() int { return len(sections) },
		func() fyne.CanvasObject {
			return container.NewBorder(nil, nil, nil, widget.NewLabel("000"), widget.NewLabel("Section"))
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			c := o.(*fyne.Container)
			c.Objects[0].(*widget.Label).SetText(sections[i].title)
			n := ""
			if k := sections[i].kind; k != "" {
				n = fmt.Sprint(w.counts.Total(k))
			}
			c.Objects[1].(*widget.Label).SetText(n)
		})
	w.sidebar.OnSelected = func(i widget.ListItemID) { w.showSection(i) }

	w.filter = widget.NewEntry()
	w.filter.SetPlaceHolder("Filter this list")
	w.filter.OnChanged = func(string) { w.reload() }
	w.status = widget.NewSelect([]string{"All", "Proposed", "Accepted", "Rejected"}, func(string) { w.reload() })
	w.status.SetSelected("All")
	w.bulk = widget.NewButtonWithIcon("Accept all shown", theme.ConfirmIcon(), w.acceptShown)

	w.list = widget.NewList(
		func() int { return len(w.rows) },
		func() fyne.CanvasObject {
			title := widget.NewLabel("title")
			title.Truncation = fyne.TextTruncateEllipsis
			title.TextStyle.Bold = true
			sub := widget.NewLabel("sub")
			sub.Truncation = fyne.TextTruncateEllipsis
			badge := widget.NewLabel("proposed")
			return container.NewBorder(nil, nil, nil, badge, container.NewVBox(title, sub))
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			if i >= len(w.rows) {
				return
			}
			r := w.rows[i]
			c := o.(*fyne.Container)
			box := c.Objects[0].(*fyne.Container)
			box.Objects[0].(*widget.Label).SetText(r.title)
			box.Objects[1].(*widget.Label).SetText(r.sub)
			c.Objects[1].(*widget.Label).SetText(string(r.status))
		})
	w.list.OnSelected = func(i widget.ListItemID) {
		w.selRow = i
		w.showDetail()
	}
	w.empty = widget.NewLabel("")
	w.empty.Wrapping = fyne.TextWrapWord
	w.empty.Alignment = fyne.TextAlignCenter

	w.search = widget.NewEntry()
	w.search.SetPlaceHolder("Search the whole dossier (Ctrl+F)")
	w.search.OnSubmitted = func(q string) { w.runSearch(q) }

	w.detail = container.NewStack()
	w.statusBar = widget.NewLabel("")

	top := container.NewBorder(nil, nil, nil, container.NewHBox(w.status, w.bulk), w.filter)
	middle := container.NewBorder(top, nil, nil, nil, container.NewStack(w.list, container.NewCenter(w.empty)))
	right := container.NewHSplit(middle, container.NewVScroll(container.NewPadded(w.detail)))
	right.Offset = 0.45
	main := container.NewHSplit(w.sidebar, right)
	main.Offset = 0.16
	w.win.SetContent(container.NewBorder(container.NewPadded(w.search), w.statusBar, nil, nil, main))
}

// showSection switches the middle and right panes to a section.
func (w *MainWindow) showSection(i int) {
	w.current = i
	w.selRow = -1
	w.list.UnselectAll()
	if w.sidebar != nil {
		w.sidebar.Select(i)
	}
	w.reload()
}

func (w *MainWindow) kind() string { return sections[w.current].kind }

// reload reads the section's items off the UI goroutine and shows them.
func (w *MainWindow) reload() {
	kind, text, status := w.kind(), w.filter.Text, w.statusFilter()
	go func() {
		counts, _ := w.st.Counts()
		rows, err := loadRows(w.st, kind, dossier.Filter{Text: text, Status: status})
		fyne.Do(func() {
			w.counts = counts
			w.sidebar.Refresh()
			if err != nil {
				w.showError(err)
				return
			}
			w.rows = rows
			w.list.Refresh()
			w.updateEmpty()
			w.win.SetTitle(w.title())
			if w.selRow >= 0 && w.selRow < len(w.rows) {
				w.showDetail()
			} else if kind == "" {
				w.showOverview()
			} else {
				w.detail.Objects = []fyne.CanvasObject{hint("Choose an item to see it in its article and review it.")}
				w.detail.Refresh()
			}
			if w.loaded != nil {
				w.loaded()
			}
		})
	}()
}

func (w *MainWindow) statusFilter() dossier.Status {
	switch w.status.Selected {
	case "Proposed":
		return dossier.Proposed
	case "Accepted":
		return dossier.Accepted
	case "Rejected":
		return dossier.Rejected
	}
	return ""
}

func (w *MainWindow) title() string {
	return fmt.Sprintf("%s — Briefwright", strings.TrimSuffix(filepath.Base(w.st.Path()), ".dossier"))
}

func (w *MainWindow) updateEmpty() {
	msg := ""
	switch {
	case w.kind() == "":
		msg = ""
	case w.counts.Total(dossier.KindArticle) == 0:
		msg = "No articles yet.\nPaste text (Ctrl+Shift+V), import files (Ctrl+I) or drop files on this window."
	case len(w.rows) == 0 && (w.filter.Text != "" || w.statusFilter() != ""):
		msg = "Nothing matches the filter."
	case len(w.rows) == 0:
		msg = "Nothing here yet. Items you add by hand appear here too."
	}
	w.empty.SetText(msg)
	w.list.Hidden = msg != "" && w.kind() != ""
	w.bulk.Disable()
	if kind := w.kind(); kind != "" && kind != dossier.KindArticle && kind != dossier.KindNote && len(w.rows) > 0 {
		w.bulk.Enable()
	}
}

func hint(s string) fyne.CanvasObject {
	l := widget.NewLabel(s)
	l.Wrapping = fyne.TextWrapWord
	return l
}

func (w *MainWindow) showError(err error) {
	dialog.ShowError(err, w.win)
}

// acceptShown accepts every proposed item the list shows.
func (w *MainWindow) acceptShown() {
	var ids []int64
	for _, r := range w.rows {
		if r.status == dossier.Proposed {
			ids = append(ids, r.ref.ID)
		}
	}
	if len(ids) == 0 {
		return
	}
	kind := w.kind()
	dialog.ShowConfirm("Accept all shown", fmt.Sprintf("Accept %d proposed items?", len(ids)), func(ok bool) {
		if ok {
			w.do(func() error { return w.st.SetStatus(kind, dossier.Accepted, ids...) })
		}
	}, w.win)
}

// do runs a change off the UI goroutine, then reloads.
func (w *MainWindow) do(change func() error) {
	go func() {
		err := change()
		fyne.Do(func() {
			if err != nil {
				w.showError(err)
			}
			w.reload()
		})
	}()
}
