// Package userdata knows where dossiers live on this machine: the user's data
// folder, the dossier opened on first start, and the demo dossier built from
// the reference article bundled in the binary.
package userdata

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"

	"github.com/briefwright/briefwright/assets"
	"github.com/briefwright/briefwright/dossier"
)

// EnvDataDir overrides the data folder; tests and screenshots use it to
// keep away from the user's own dossiers.
const EnvDataDir = "BRIEFWRIGHT_DATA"

// DataDir returns the platform's per-user data folder for Briefwright,
// creating it if needed: $XDG_DATA_HOME/briefwright (~/.local/share) on
// Linux, ~/Library/Application Support/Briefwright on macOS and
// %LOCALAPPDATA%\Briefwright on Windows.
func DataDir() (string, error) {
	dir := os.Getenv(EnvDataDir)
	if dir == "" {
		var err error
		dir, err = platformDir()
		if err != nil {
			return "", fmt.Errorf("cannot find a folder for your dossiers: %w", err)
		}
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", fmt.Errorf("cannot create the folder for your dossiers: %w", err)
	}
	return dir, nil
}

func platformDir() (string, error) {
	home, err := os.UserHomeDir()
	switch runtime.GOOS {
	case "windows":
		if d := os.Getenv("LOCALAPPDATA"); d != "" {
			return filepath.Join(d, "Briefwright"), nil
		}
		if err != nil {
			return "", err
		}
		return filepath.Join(home, "AppData", "Local", "Briefwright"), nil
	case "darwin", "ios":
		if err != nil {
			return "", err
		}
		return filepath.Join(home, "Library", "Application Support", "Briefwright"), nil
	default:
		if d := os.Getenv("XDG_DATA_HOME"); d != "" && filepath.IsAbs(d) {
			return filepath.Join(d, "briefwright"), nil
		}
		if err != nil {
			return "", err
		}
		return filepath.Join(home, ".local", "share", "briefwright"), nil
	}
}

// DefaultPath is the dossier a first start opens (and creates).
func DefaultPath() (string, error) {
	dir, err := DataDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(dir, "My research.dossier"), nil
}

// DemoPath is where the demo dossier is kept.
func DemoPath() (string, error) {
	dir, err := DataDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(dir, "Demo.dossier"), nil
}

// OpenDemo opens the demo dossier, building it from the bundled reference
// article the first time (or again if the user emptied it).
func OpenDemo() (*dossier.Store, error) {
	path, err := DemoPath()
	if err != nil {
		return nil, err
	}
	st, err := dossier.Open(path)
	if err != nil {
		return nil, err
	}
	if err := fillDemo(st); err != nil {
		st.Close()
		return nil, err
	}
	return st, nil
}

func fillDemo(st *dossier.Store) error {
	arts, err := st.Articles()
	if err != nil || len(arts) > 0 {
		return err
	}
	m := assets.DemoMeta
	_, err = st.ImportText(assets.DemoArticle, dossier.ArticleMeta{
		Title: m.Title, Outlet: m.Outlet, Author: m.Author, Published: m.Published,
	})
	var dup *dossier.DuplicateError
	if err != nil && !errors.As(err, &dup) {
		return fmt.Errorf("cannot build the demo dossier: %w", err)
	}
	meta, err := st.Meta()
	if err != nil {
		return err
	}
	meta.Title = "Demo: U.S. strike plans against Mexican cartels"
	meta.Subject = "Reported U.S. military options against cartels inside Mexico, and Mexico's response"
	meta.Marking = "UNCLASSIFIED // OPEN SOURCE"
	return st.UpdateMeta(meta)
}
