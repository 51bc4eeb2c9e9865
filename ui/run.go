// Package ui is Briefwright's desktop app: a main window to review, curate
// and search one dossier. It holds no SQL and no parsing: it reads and
// changes the dossier only through dossier.Store, and runs store, import
// and export work off the UI goroutine, handing results back with fyne.Do.
package ui

import (
	"fmt"
	"os"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"

	"github.com/briefwright/briefwright/dossier"
	"github.com/briefwright/briefwright/dossier/userdata"
)

// AppID identifies Briefwright to the desktop (preferences, data folder).
const AppID = "io.briefwright.app"

// Options says which dossier the app opens.
type Options struct {
	Path    string // dossier to open; "" = the last one used, else the default
	Demo    bool   // open the demo dossier
	Version string // shown in the About dialog
	// Icon is the application icon, shown by the desktop and in About.
	Icon fyne.Resource
}

// EnvShow, a section name ("overview", "quotes", "actors"...) or "reader",
// makes the app open on that view with the first item chosen. It exists for
// scripts/screenshots.sh and is not a user setting.
const EnvShow = "BRIEFWRIGHT_SHOW"

// Run opens the app and returns when its window closes.
func Run(opt Options) error {
	a := app.NewWithID(AppID)
	a.Settings().SetTheme(newTheme())
	if opt.Icon != nil {
		a.SetIcon(opt.Icon)
	}
	st, err := openStart(a, opt)
	if err != nil {
		return err
	}
	w := NewWindow(a, st, opt.Version)
	w.icon = opt.Icon
	if v := os.Getenv(EnvShow); v != "" {
		w.showOnOpen(v)
	}
	w.win.ShowAndRun()
	w.close()
	return nil
}

// openStart picks the dossier to show first.
func openStart(a fyne.App, opt Options) (*dossier.Store, error) {
	if opt.Demo {
		return userdata.OpenDemo()
	}
	path := opt.Path
	if path == "" {
		path = a.Preferences().String(prefLast)
		// Forgotten until it has opened and shown its lists (the window
		// remembers it then): a dossier that fails or hangs on opening
		// must not be the one every later start tries again.
		a.Preferences().SetString(prefLast, "")
	}
	if path != "" {
		if st, err := dossier.OpenExisting(path); err == nil {
			return st, nil
		} else if opt.Path != "" {
			return nil, err
		}
	}
	def, err := userdata.DefaultPath()
	if err != nil {
		return nil, err
	}
	st, err := dossier.Open(def)
	if err != nil {
		return nil, fmt.Errorf("cannot open your dossier: %w", err)
	}
	return st, nil
}
