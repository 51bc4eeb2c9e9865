package ui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
)

// This file holds the plainest working versions of the window's menu,
// detail, search and drop handling; the full review GUI replaces them.

func (w *MainWindow) menu() *fyne.MainMenu {
	file := fyne.NewMenu("File",
		fyne.NewMenuItem("Import files…", w.importFiles))
	help := fyne.NewMenu("Help", fyne.NewMenuItem("About Briefwright", func() {
		dialog.ShowInformation("About Briefwright", "Briefwright "+w.version, w.win)
	}))
	return fyne.NewMainMenu(file, help)
}

func (w *MainWindow) shortcuts() {}

func (w *MainWindow) remember(path string) {
	w.app.Preferences().SetString(prefLast, path)
}

func (w *MainWindow) importFiles() {
	dialog.ShowFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil || r == nil {
			return
		}
		path := r.URI().Path()
		r.Close()
		w.importPaths([]string{path})
	}, w.win)
}

func (w *MainWindow) dropped(_ fyne.Position, uris []fyne.URI) {
	var paths []string
	for _, u := range uris {
		paths = append(paths, u.Path())
	}
	w.importPaths(paths)
}

func (w *MainWindow) importPaths(paths []string) {
	w.do(func() error {
		for _, p := range paths {
			if _, err := w.st.ImportFile(p); err != nil {
				return err
			}
		}
		return nil
	})
}

func (w *MainWindow) showDetail() {
	if w.selRow < 0 || w.selRow >= len(w.rows) {
		return
	}
	r := w.rows[w.selRow]
	w.detail.Objects = []fyne.CanvasObject{hint(r.title + "\n" + r.sub)}
	w.detail.Refresh()
}

func (w *MainWindow) showOverview() {
	m, err := w.st.Meta()
	if err != nil {
		w.showError(err)
		return
	}
	w.detail.Objects = []fyne.CanvasObject{widget.NewLabel(m.Title)}
	w.detail.Refresh()
}

func (w *MainWindow) runSearch(q string) {
	go func() {
		hits, err := w.st.Search(q, 50)
		fyne.Do(func() {
			if err != nil {
				w.showError(err)
				return
			}
			w.statusBar.SetText(fmt.Sprintf("%d hits for %q", len(hits), q))
		})
	}()
}
