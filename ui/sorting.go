package ui

import (
	"sort"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/briefwright/briefwright/dossier"
)

// Orders a list can be sorted in. The list's own order is the store's:
// article order, most mentioned actors first, the timeline by date.
const (
	sortOwn    = "List order"
	sortAZ     = "A–Z"
	sortZA     = "Z–A"
	sortStatus = "To review first"
)

var sortOrders = []string{sortOwn, sortAZ, sortZA, sortStatus}

var statusRank = map[dossier.Status]int{dossier.Proposed: 0, dossier.Accepted: 1, dossier.Rejected: 2}

// sortRows puts rows in an order; it runs off the UI goroutine.
func sortRows(rows []row, order string) {
	switch order {
	case sortAZ, sortZA:
		// Keys made once, not at each of the n log n comparisons.
		keys := make([]string, len(rows))
		for i := range rows {
			keys[i] = strings.ToLower(strings.TrimLeft(rows[i].title, "“\"'"))
		}
		idx := make([]int, len(rows))
		for i := range idx {
			idx[i] = i
		}
		sort.SliceStable(idx, func(a, b int) bool {
			if order == sortZA {
				return keys[idx[a]] > keys[idx[b]]
			}
			return keys[idx[a]] < keys[idx[b]]
		})
		sorted := make([]row, len(rows))
		for i, k := range idx {
			sorted[i] = rows[k]
		}
		copy(rows, sorted)
	case sortStatus:
		sort.SliceStable(rows, func(i, j int) bool { return statusRank[rows[i].status] < statusRank[rows[j].status] })
	}
}

// jumpTo asks for part of a title and selects the first row after the one
// selected that has it, without narrowing the list: for long lists.
func (w *MainWindow) jumpTo() {
	if w.kind() == "" && !w.searching() {
		return
	}
	e := newEscEntry(w, false)
	e.SetPlaceHolder("Part of a name or text; Enter for the next")
	info := widget.NewLabel("")
	info.Importance = widget.LowImportance
	var d *dialog.CustomDialog
	from := max(w.selIndex, 0)
	find := func(next bool) {
		start := from
		if next {
			start = from + 1
		}
		i := w.findRow(e.Text, start)
		if i < 0 {
			info.SetText("Not in this list.")
			return
		}
		info.SetText("")
		from = i
		w.list.Select(i)
		w.list.ScrollTo(i)
	}
	e.OnChanged = func(string) { find(false) }
	e.OnSubmitted = func(string) { find(true) }
	d = dialog.NewCustom("Jump to", "Close", container.NewVBox(e, info), w.win)
	d.Resize(fyne.NewSize(420, d.MinSize().Height))
	w.open(d)
	w.win.Canvas().Focus(e)
}

// findRow finds the first row from start on (wrapping around) whose title
// or second line holds text, ignoring case; -1 if none does.
func (w *MainWindow) findRow(text string, start int) int {
	needle := strings.ToLower(strings.TrimSpace(text))
	if needle == "" || len(w.rows) == 0 {
		return -1
	}
	for k := 0; k < len(w.rows); k++ {
		i := (start + k) % len(w.rows)
		r := w.rows[i]
		if r.header || r.more != "" {
			continue
		}
		hay := r.folded // made once when the list was read
		if hay == "" {
			hay = strings.ToLower(r.title + "\n" + r.sub)
		}
		if strings.Contains(hay, needle) {
			return i
		}
	}
	return -1
}
