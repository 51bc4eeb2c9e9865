package ui

import (
	"fmt"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"
)

func shortcut(k fyne.KeyName, mods ...fyne.KeyModifier) fyne.Shortcut {
	m := fyne.KeyModifierShortcutDefault
	for _, x := range mods {
		m |= x
	}
	return &desktop.CustomShortcut{KeyName: k, Modifier: m}
}

func item(label string, sc fyne.Shortcut, fn func()) *fyne.MenuItem {
	it := fyne.NewMenuItem(label, fn)
	it.Shortcut = sc
	return it
}

// menu builds the menu bar. Its shortcuts work anywhere in the window,
// text fields included, as the driver runs menu shortcuts first.
func (w *MainWindow) menu() *fyne.MainMenu {
	recent := fyne.NewMenuItem("Open Recent", nil)
	for _, p := range w.recent() {
		recent.ChildMenu = appendItem(recent.ChildMenu, fyne.NewMenuItem(display(strings.TrimSuffix(filepath.Base(p), ".dossier"))+"  —  "+display(filepath.Dir(p)), w.openRecent(p)))
	}
	if recent.ChildMenu == nil {
		recent.Disabled = true
	}
	quit := item("Quit", shortcut(fyne.KeyQ), w.quit)
	quit.IsQuit = true
	file := fyne.NewMenu("File",
		item("New Dossier…", shortcut(fyne.KeyN), w.newDossier),
		item("Open Dossier…", shortcut(fyne.KeyO), w.openDossier),
		recent,
		fyne.NewMenuItem("Open the Demo Dossier", w.openDemo),
		item("Save a Copy As…", shortcut(fyne.KeyS, fyne.KeyModifierShift), w.saveCopy),
		fyne.NewMenuItemSeparator(),
		item("Paste Article…", shortcut(fyne.KeyV, fyne.KeyModifierShift), w.pasteArticle),
		item("Import Article File…", shortcut(fyne.KeyI), w.importFiles),
		fyne.NewMenuItem("Import Folder of Articles…", w.importFolder),
		fyne.NewMenuItemSeparator(),
		item("Export Briefing (PDF)…", shortcut(fyne.KeyE), func() { w.exportAs(".pdf") }),
		fyne.NewMenuItem("Export as Markdown…", func() { w.exportAs(".md") }),
		fyne.NewMenuItem("Export as JSON…", func() { w.exportAs(".json") }),
		fyne.NewMenuItemSeparator(),
		quit,
	)
	undo := fyne.NewMenuItem("Undo", w.undo)
	undo.Shortcut = &fyne.ShortcutUndo{}
	edit := fyne.NewMenu("Edit", undo)
	review := fyne.NewMenu("Review",
		item("Accept", shortcut(fyne.KeyReturn), func() { w.review("accepted") }),
		item("Reject", shortcut(fyne.KeyR), func() { w.review("rejected") }),
		item("Save Changes", shortcut(fyne.KeyS), w.saveShortcut),
		fyne.NewMenuItem("Accept All Shown…", w.acceptShown),
		fyne.NewMenuItemSeparator(),
		item("Add to This List…", shortcut(fyne.KeyN, fyne.KeyModifierShift), func() { w.addItem(w.kind()) }),
		item("Delete…", shortcut(fyne.KeyDelete), w.deleteShown),
	)
	view := fyne.NewMenu("View", item("Find in Dossier", shortcut(fyne.KeyF), w.focusSearch),
		item("Jump To in This List…", shortcut(fyne.KeyJ), w.jumpTo))
	keys := []fyne.KeyName{fyne.Key1, fyne.Key2, fyne.Key3, fyne.Key4, fyne.Key5, fyne.Key6, fyne.Key7, fyne.Key8}
	for i, s := range sections {
		i := i
		view.Items = append(view.Items, item(s.title, shortcut(keys[i]), func() { w.showSection(i) }))
	}
	view.Items = append(view.Items, fyne.NewMenuItemSeparator(),
		item("Details", shortcut(fyne.KeyD), func() { w.tabs.Select(w.detailTab) }),
		item("Reader", shortcut(fyne.KeyT), func() { w.tabs.Select(w.readerTab) }))
	help := fyne.NewMenu("Help",
		fyne.NewMenuItem("Keyboard Shortcuts", w.showShortcuts),
		fyne.NewMenuItem("About Briefwright", w.about))
	return fyne.NewMainMenu(file, edit, review, view, help)
}

func appendItem(m *fyne.Menu, it *fyne.MenuItem) *fyne.Menu {
	if m == nil {
		return fyne.NewMenu("", it)
	}
	m.Items = append(m.Items, it)
	return m
}

func (w *MainWindow) focusSearch() { w.win.Canvas().Focus(w.search) }

// about shows the version and what the app promises.
func (w *MainWindow) about() {
	title := widget.NewLabel("Briefwright " + w.version)
	title.TextStyle.Bold = true
	title.Alignment = fyne.TextAlignCenter
	text := widget.NewLabel("Turns news articles into a research dossier of actors, quotes,\n" +
		"sources, open questions and a timeline, and exports a PDF briefing.\n\n" +
		"Everything stays on this computer: Briefwright never uses the network.\n" +
		"This dossier: " + display(w.st().Path()))
	text.Alignment = fyne.TextAlignCenter
	content := container.NewVBox(title, text)
	if w.icon != nil {
		img := widget.NewIcon(w.icon)
		content.Objects = append([]fyne.CanvasObject{container.NewCenter(container.NewGridWrap(fyne.NewSize(64, 64), img))}, content.Objects...)
	}
	w.open(dialog.NewCustom("About Briefwright", "Close", content, w.win))
}

// showShortcuts lists the keyboard shortcuts from the menus themselves, so
// the list cannot go stale.
func (w *MainWindow) showShortcuts() {
	var b strings.Builder
	for _, m := range w.menu().Items {
		for _, it := range m.Items {
			switch sc := it.Shortcut.(type) {
			case *desktop.CustomShortcut:
				fmt.Fprintf(&b, "%-14s %s\n", keyName(sc), strings.TrimSuffix(it.Label, "…"))
			case *fyne.ShortcutUndo:
				fmt.Fprintf(&b, "%-14s %s\n", keyName(&desktop.CustomShortcut{KeyName: fyne.KeyZ, Modifier: fyne.KeyModifierShortcutDefault}), it.Label)
			}
		}
	}
	l := widget.NewLabel(b.String())
	l.TextStyle.Monospace = true
	w.open(dialog.NewCustom("Keyboard shortcuts", "Close", l, w.win))
}

func keyName(sc *desktop.CustomShortcut) string {
	var parts []string
	if sc.Modifier&fyne.KeyModifierControl != 0 {
		parts = append(parts, "Ctrl")
	}
	if sc.Modifier&fyne.KeyModifierSuper != 0 {
		parts = append(parts, "Cmd")
	}
	if sc.Modifier&fyne.KeyModifierShift != 0 {
		parts = append(parts, "Shift")
	}
	return strings.Join(append(parts, string(sc.KeyName)), "+")
}
