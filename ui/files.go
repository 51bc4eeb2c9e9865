package ui

import (
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"

	"github.com/briefwright/briefwright/dossier"
	"github.com/briefwright/briefwright/dossier/userdata"
	"github.com/briefwright/briefwright/export"
)

const maxRecent = 8

// remember makes path the dossier opened on the next start and the first
// of the recent ones.
func (w *MainWindow) remember(path string) {
	p := w.app.Preferences()
	p.SetString(prefLast, path)
	recent := []string{path}
	for _, r := range p.StringList(prefRecent) {
		if r != path && len(recent) < maxRecent {
			recent = append(recent, r)
		}
	}
	p.SetStringList(prefRecent, recent)
}

func (w *MainWindow) recent() []string {
	var out []string
	for _, r := range w.app.Preferences().StringList(prefRecent) {
		if r != w.st().Path() {
			out = append(out, r)
		}
	}
	return out
}

func (w *MainWindow) rememberFolder(dir string) { w.app.Preferences().SetString(prefFolder, dir) }

// startIn opens a file dialog in the folder used last.
func (w *MainWindow) startIn(d *dialog.FileDialog) {
	dir := w.app.Preferences().String(prefFolder)
	if dir == "" {
		dir = filepath.Dir(w.st().Path())
	}
	if u, err := storage.ListerForURI(storage.NewFileURI(dir)); err == nil {
		d.SetLocation(u)
	}
}

func (w *MainWindow) dialogSize() fyne.Size {
	s := w.win.Canvas().Size()
	return fyne.NewSize(min(s.Width*0.85, 900), min(s.Height*0.85, 640))
}

// openPath opens the dossier at path off the UI goroutine and switches the
// window to it; create says whether a missing file is made.
func (w *MainWindow) openPath(path string, create bool) {
	w.working("Opening "+display(filepath.Base(path))+"…", -1)
	s := w.sess
	s.work.Add(1)
	w.jobs.Add(1)
	go func() {
		defer w.jobs.Done()
		defer s.work.Done()
		open := dossier.OpenExisting
		if create {
			open = dossier.Open
		}
		st, err := open(path)
		w.onUI(func() {
			if w.sess != s {
				// Another dossier was opened meanwhile and is shown:
				// this one is not wanted, and must not stay open.
				if st != nil {
					w.jobs.Add(1)
					go func() {
						defer w.jobs.Done()
						st.Close()
					}()
				}
				return
			}
			w.tr.timed("open dossier", func() {
				w.idle()
				if err != nil {
					w.open(dialog.NewInformation("Cannot open the dossier", openError(path, err), w.win))
					return
				}
				w.switchTo(st)
			})
		})
	}()
}

// switchTo shows another dossier; the old one is closed once the work
// running on it is done.
func (w *MainWindow) switchTo(st *dossier.Store) {
	w.commitEdits() // on the dossier left, before it closes
	old := w.sess
	w.sess = newSession(st)
	w.jobs.Add(1)
	go func() {
		defer w.jobs.Done()
		old.work.Wait()
		old.st.Close()
	}()
	w.opened = false // remembered once its lists are shown
	w.win.SetMainMenu(w.menu())
	w.overview.reset()
	w.notice.Hide()
	w.counts = nil
	w.rows = nil
	w.list.Refresh()
	w.forget()
	w.tabs.Select(w.detailTab)
	w.showSection(0)
}

// newDossier asks where to make a new, empty dossier, in the dossiers
// folder unless another was chosen, and opens it.
func (w *MainWindow) newDossier() {
	w.saveDialog("New Dossier", "Create", "New research.dossier", []string{".dossier"}, userdata.DataDir, func(path string) {
		if filepath.Ext(path) != ".dossier" {
			path += ".dossier"
		}
		w.openPath(path, true)
	})
}

// openDossier asks for a dossier file and opens it.
func (w *MainWindow) openDossier() {
	w.openDialog("Open a Dossier", []string{".dossier"}, func(path string) { w.openPath(path, false) })
}

// openDemo opens the demo dossier, building it the first time.
func (w *MainWindow) openDemo() {
	w.working("Opening the demo dossier…", -1)
	background(w, "open demo", func(*dossier.Store) (*dossier.Store, error) { return userdata.OpenDemo() },
		func(st *dossier.Store, err error) {
			w.idle()
			if err != nil {
				w.showError(err)
				return
			}
			w.switchTo(st)
		})
}

// saveCopy writes a copy of the dossier elsewhere; the window stays on the
// dossier it shows.
func (w *MainWindow) saveCopy() {
	base := strings.TrimSuffix(filepath.Base(w.st().Path()), ".dossier") + " copy.dossier"
	w.saveDialog("Save a Copy of the Dossier", "Save", base, []string{".dossier"}, nil, func(path string) {
		if filepath.Ext(path) != ".dossier" {
			path += ".dossier"
		}
		w.working("Saving a copy…", -1)
		background(w, "save copy", func(st *dossier.Store) (struct{}, error) { return struct{}{}, st.SaveCopy(path) },
			func(_ struct{}, err error) {
				w.idle()
				if err != nil {
					w.showError(err)
					return
				}
				w.tell("A copy of the dossier was saved as " + display(path) + ".")
			})
	})
}

// exportAs asks where to export the dossier; the extension (.pdf, .md or
// .json) picks the format.
func (w *MainWindow) exportAs(ext string) {
	name := strings.TrimSuffix(filepath.Base(w.st().Path()), ".dossier")
	if w.overview.meta.Title != "" {
		name = safeName(w.overview.meta.Title)
	}
	w.commitEdits() // the export reads the dossier as the window shows it
	titles := map[string]string{".pdf": "Export the Briefing as PDF", ".md": "Export as Markdown", ".json": "Export as JSON"}
	w.saveDialog(titles[ext], "Export", name+ext, []string{ext}, nil, func(path string) {
		if filepath.Ext(path) == "" {
			path += ext
		}
		w.exportTo(path)
	})
}

// exportTo writes the export off the UI goroutine with progress shown.
func (w *MainWindow) exportTo(path string) {
	w.working("Exporting "+display(filepath.Base(path))+"…", -1)
	background(w, "export", func(st *dossier.Store) (struct{}, error) {
		// Read through the store, not a snapshot: the briefing lists a
		// bounded number of items per article, so memory stays small
		// however large the dossier.
		return struct{}{}, export.WriteStore(path, st, export.Options{})
	}, func(_ struct{}, err error) {
		w.idle()
		if err != nil {
			w.showError(err)
			return
		}
		w.tell("Exported to " + display(path) + ".")
	})
}

// safeName turns a title into a file name that every system accepts:
// "Demo: U.S. strike plans" gives "Demo - U.S. strike plans", characters
// file systems refuse become spaces or dashes, and a long title is cut at
// a word with "…".
func safeName(s string) string {
	s = display(s)
	s = strings.NewReplacer(": ", " - ", " / ", " - ", "/", "-", "\\", "-", ":", "-", "|", "-",
		"*", "", "?", "", "\"", "", "<", "", ">", "").Replace(s)
	s = strings.Join(strings.Fields(s), " ")
	s = strings.Trim(s, " .-")
	if r := []rune(s); len(r) > 60 {
		cut := string(r[:59])
		if i := strings.LastIndex(cut, " "); i > 30 {
			cut = cut[:i]
		}
		s = strings.TrimRight(cut, " .,-") + "…"
	}
	return or(s, "Briefing")
}

// saveDialog asks for a file to write. Fyne's dialog creates the file; it
// is removed again when empty so the caller writes it whole (a dossier is
// made under a temporary name and moved into place).
func (w *MainWindow) saveDialog(title, confirm, name string, exts []string, folder func() (string, error), done func(path string)) {
	d := dialog.NewFileSave(func(wc fyne.URIWriteCloser, err error) {
		if err != nil {
			w.showError(err)
			return
		}
		if wc == nil {
			return
		}
		path := wc.URI().Path()
		wc.Close()
		if fi, err := os.Stat(path); err == nil && fi.Size() == 0 {
			os.Remove(path)
		}
		w.rememberFolder(filepath.Dir(path))
		done(path)
	}, w.win)
	d.SetTitleText(title)
	d.SetConfirmText(confirm)
	d.SetFileName(name)
	d.SetFilter(storage.NewExtensionFileFilter(exts))
	w.startIn(d)
	if folder != nil {
		if dir, err := folder(); err == nil {
			if u, err := storage.ListerForURI(storage.NewFileURI(dir)); err == nil {
				d.SetLocation(u)
			}
		}
	}
	w.open(d)
	d.Resize(w.dialogSize()) // a file dialog can be sized once shown
}

// openDialog asks for an existing file with one of exts, starting in the
// folder used last, and remembers the folder chosen.
func (w *MainWindow) openDialog(title string, exts []string, done func(path string)) {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil || r == nil {
			return
		}
		path := r.URI().Path()
		r.Close()
		w.rememberFolder(filepath.Dir(path))
		done(path)
	}, w.win)
	d.SetTitleText(title)
	d.SetFilter(storage.NewExtensionFileFilter(exts))
	w.startIn(d)
	w.open(d)
	d.Resize(w.dialogSize()) // a file dialog can be sized once shown
}

func (w *MainWindow) openRecent(path string) func() {
	return func() {
		if _, err := os.Stat(path); err != nil {
			w.open(dialog.NewInformation("Cannot open the dossier", openError(path, dossier.ErrMissing), w.win))
			return
		}
		w.openPath(path, false)
	}
}
