package ui

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/briefwright/briefwright/dossier"
)

// articleExts are the files an import takes.
var articleExts = []string{".txt", ".md", ".markdown", ".html", ".htm", ".pdf"}

// pasteForm is the dialog that adds pasted text as an article.
type pasteForm struct {
	dlg                              *dialog.ConfirmDialog
	text, title, outlet, author, day *widget.Entry
}

// pasteArticle asks for an article's text, pre-filled from the clipboard,
// and its title, outlet, author and date.
func (w *MainWindow) pasteArticle() {
	text := newEscEntry(w, true)
	text.SetPlaceHolder("Paste the article's text here, paragraphs separated by line breaks")
	text.SetMinRowsVisible(12)
	f := &pasteForm{
		text:   &text.Entry,
		title:  entry("", "Left empty: the first line"),
		outlet: entry("", "e.g. Reuters"),
		author: entry("", "Byline"),
		day:    entry("", "YYYY-MM-DD"),
	}
	if clip := w.app.Clipboard().Content(); len(strings.Fields(clip)) > 20 {
		f.text.SetText(clip)
	}
	w.lastPaste = f
	form := widget.NewForm(
		widget.NewFormItem("Title", f.title),
		widget.NewFormItem("Outlet", f.outlet),
		widget.NewFormItem("Author", f.author),
		widget.NewFormItem("Published", f.day),
	)
	content := container.NewBorder(form, nil, nil, nil, text)
	f.dlg = dialog.NewCustomConfirm("Paste an article", "Add article", "Cancel", content, func(ok bool) {
		if ok {
			w.submitPaste(f)
		}
	}, w.win)
	f.dlg.Resize(fyne.NewSize(720, 560))
	w.open(f.dlg)
	w.win.Canvas().Focus(text)
}

func (w *MainWindow) submitPaste(f *pasteForm) {
	text := f.text.Text
	meta := dossier.ArticleMeta{Title: f.title.Text, Outlet: f.outlet.Text, Author: f.author.Text, Published: strings.TrimSpace(f.day.Text)}
	if strings.TrimSpace(text) == "" {
		w.tell("Nothing was added: the pasted text was empty.")
		return
	}
	w.working("Reading the pasted article…", -1)
	background(w, "paste article", func(st *dossier.Store) (int64, error) { return st.ImportText(text, meta) },
		func(id int64, err error) {
			w.idle()
			if err != nil {
				w.tell("The pasted article was not added: " + err.Error())
				return
			}
			w.reportImport([]importResult{{name: or(meta.Title, "pasted article"), id: id}})
		})
}

// importFiles asks for an article file to import.
func (w *MainWindow) importFiles() {
	w.openDialog("Import an Article", articleExts, func(path string) { w.importPaths([]string{path}) })
}

// importFolder imports every article file in a folder.
func (w *MainWindow) importFolder() {
	d := dialog.NewFolderOpen(func(u fyne.ListableURI, err error) {
		if err != nil || u == nil {
			return
		}
		w.rememberFolder(u.Path())
		w.importPaths([]string{u.Path()})
	}, w.win)
	w.startIn(d)
	w.open(d)
	d.Resize(w.dialogSize()) // a file dialog can be sized once shown
}

// dropped imports the files and folders dropped on the window.
func (w *MainWindow) dropped(_ fyne.Position, uris []fyne.URI) {
	var paths []string
	for _, u := range uris {
		if u.Scheme() == "file" {
			paths = append(paths, u.Path())
		}
	}
	w.importPaths(paths)
}

type importResult struct {
	name string // file name as the user knows it
	id   int64
	err  error
}

// importPaths imports files (folders: the article files in them) one by one
// off the UI goroutine, showing progress. A bad or duplicate file is
// reported by name and the others still import.
func (w *MainWindow) importPaths(paths []string) {
	files, skipped := expandPaths(paths)
	if len(files) == 0 && len(skipped) == 0 {
		w.tell("Nothing to import: no .txt, .md, .html or .pdf files there.")
		return
	}
	w.working(fmt.Sprintf("Importing %s…", plural(len(files), "file")), 0)
	total := len(files)
	background(w, "import files", func(st *dossier.Store) ([]importResult, error) {
		out := skipped
		for i, f := range files {
			i, name := i, display(filepath.Base(f))
			w.onUI(func() {
				w.working(fmt.Sprintf("Importing %s of %s: %s", thousands(i+1), thousands(total), name), float64(i)/float64(total))
			})
			id, err := st.ImportFile(f)
			out = append(out, importResult{name: name, id: id, err: err})
		}
		return out, nil
	}, func(rs []importResult, _ error) {
		w.idle()
		w.reportImport(rs)
	})
}

// expandPaths replaces folders by the article files in them; files of
// other kinds in a folder are skipped quietly, files named directly are
// tried (and reported if they are not articles).
func expandPaths(paths []string) (files []string, skipped []importResult) {
	for _, p := range paths {
		fi, err := os.Stat(p)
		if err != nil {
			skipped = append(skipped, importResult{name: display(filepath.Base(p)), err: errors.New("cannot be read")})
			continue
		}
		if !fi.IsDir() {
			files = append(files, p)
			continue
		}
		ents, err := os.ReadDir(p)
		if err != nil {
			skipped = append(skipped, importResult{name: display(filepath.Base(p)), err: errors.New("the folder cannot be read")})
			continue
		}
		var found []string
		for _, e := range ents {
			ext := strings.ToLower(filepath.Ext(e.Name()))
			if !e.IsDir() && !strings.HasPrefix(e.Name(), ".") && contains(articleExts, ext) {
				found = append(found, filepath.Join(p, e.Name()))
			}
		}
		sort.Strings(found)
		files = append(files, found...)
	}
	return files, skipped
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if x == y {
			return true
		}
	}
	return false
}

// maxProblems is how many files the import report names; the floating
// notice would cover the window with more.
const maxProblems = 6

// reportImport says what was imported and names every file that was not,
// and why, then shows the new articles.
func (w *MainWindow) reportImport(rs []importResult) {
	var ok int
	var lastID int64
	var problems []string
	for _, r := range rs {
		var dup *dossier.DuplicateError
		switch {
		case r.err == nil:
			ok++
			lastID = r.id
		case errors.As(r.err, &dup):
			problems = append(problems, fmt.Sprintf("%s: already in the dossier as “%s”", r.name, display(dup.Existing.Title)))
		default:
			msg := display(r.err.Error())
			if !strings.Contains(msg, r.name) {
				msg = r.name + ": " + msg
			}
			problems = append(problems, msg)
		}
	}
	if ok > 0 {
		w.sess.lists.drop() // new articles bring items of every kind
		w.reloadCounts()
	}
	var b strings.Builder
	switch ok {
	case 0:
		b.WriteString("No article was added.")
	case 1:
		b.WriteString("1 article added; its proposals are ready to review.")
	default:
		fmt.Fprintf(&b, "%s articles added; their proposals are ready to review.", thousands(ok))
	}
	if len(problems) > 0 {
		fmt.Fprintf(&b, " %s not added:", thousands(len(problems)))
		for i, p := range problems {
			if i == maxProblems {
				fmt.Fprintf(&b, "\n• and %s more", thousands(len(problems)-maxProblems))
				break
			}
			b.WriteString("\n• " + p)
		}
	}
	w.tell(b.String())
	if ok == 1 && len(rs) == 1 {
		w.openItem(dossier.ItemRef{Kind: dossier.KindArticle, ID: lastID})
		return
	}
	if ok > 0 && w.kind() == "" {
		w.showSection(sectionOf(dossier.KindArticle))
		return
	}
	w.reload()
}

// working shows progress at the bottom of the window; a negative fraction
// means unknown.
func (w *MainWindow) working(msg string, fraction float64) {
	w.progText.SetText(msg)
	if fraction < 0 {
		w.progress.Hide()
	} else {
		w.progress.Show()
		w.progress.SetValue(fraction)
	}
	w.busy.Show()
}

func (w *MainWindow) idle() { w.busy.Hide() }
