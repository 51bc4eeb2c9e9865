package ui

import (
	"strings"

	"github.com/briefwright/briefwright/dossier"
)

// showOnOpen opens the window on one view once the first list has loaded:
// a section by name with its first item chosen, "reader" for the first
// quote in the reader, or "search:WORDS" for the results of a search with
// the first hit chosen. Used to take screenshots of each view.
func (w *MainWindow) showOnOpen(view string) {
	if q, ok := strings.CutPrefix(view, "search:"); ok {
		w.showSearchOnOpen(q)
		return
	}
	view = strings.ToLower(view)
	done := false
	w.loaded = func() {
		if done {
			return
		}
		if view == "overview" {
			done = true
			return
		}
		target := view
		if view == "reader" {
			target = "quotes"
		}
		for i, s := range sections {
			if strings.ToLower(s.title) != target {
				continue
			}
			if w.current != i {
				w.showSection(i)
				return // loaded runs again once the section is listed
			}
			done = true
			if len(w.rows) == 0 {
				return
			}
			w.list.Select(0)
			if view == "reader" {
				w.showReaderWhenLoaded()
			}
			return
		}
		done = true
	}
}

// showReaderWhenLoaded switches to the reader once the chosen item is shown.
func (w *MainWindow) showReaderWhenLoaded() {
	w.loaded = func() {
		if w.shown != nil && w.shown.ref.Kind == dossier.KindQuote {
			w.loaded = nil
			w.tabs.Select(w.readerTab)
			w.reader.scrollToChosen()
		}
	}
}

// showSearchOnOpen searches once the dossier is shown and chooses the
// first hit.
func (w *MainWindow) showSearchOnOpen(q string) {
	step := 0
	w.loaded = func() {
		step++
		switch step {
		case 1:
			w.search.SetText(q)
		case 2:
			for i, r := range w.rows {
				if !r.header && r.more == "" {
					w.list.Select(i)
					break
				}
			}
		default:
			w.loaded = nil
		}
	}
}
