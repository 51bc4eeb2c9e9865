package dossier

import (
	"bytes"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func newStore(t testing.TB) *Store {
	t.Helper()
	s, err := Open(filepath.Join(t.TempDir(), "test.dossier"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func TestOpenCreatesAndReopens(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "Cartel strikes.dossier")
	if _, err := OpenExisting(path); !errors.Is(err, ErrMissing) {
		t.Fatalf("OpenExisting on a missing file: got %v, want ErrMissing", err)
	}
	if _, err := os.Stat(path); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("OpenExisting created the file")
	}
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	m, err := s.Meta()
	if err != nil {
		t.Fatal(err)
	}
	if m.Title != "Cartel strikes" || m.Created.IsZero() {
		t.Errorf("new dossier meta = %+v, want title from the file name and Created set", m)
	}
	m.Subject, m.BottomLine, m.Marking, m.Author = "Strikes", "BLUF: ‘Ángeles’ — yes", "UNCLASSIFIED", "Analyst"
	if err := s.UpdateMeta(m); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	for _, suffix := range []string{"-wal", "-shm"} {
		if _, err := os.Stat(path + suffix); err == nil {
			t.Errorf("%s left behind after Close", suffix)
		}
	}
	s, err = OpenExisting(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	got, err := s.Meta()
	if err != nil {
		t.Fatal(err)
	}
	if got.Subject != m.Subject || got.BottomLine != m.BottomLine || got.Marking != m.Marking ||
		got.Author != m.Author || got.Title != m.Title || !got.Created.Equal(m.Created) || got.Modified.Before(m.Created) {
		t.Errorf("meta after reopen = %+v, want %+v", got, m)
	}
}

// sqliteFile makes a SQLite file that is not a dossier.
func sqliteFile(t *testing.T, path string, pragmas ...string) {
	t.Helper()
	db, err := sql.Open("sqlite3", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	stmts := append(pragmas, "CREATE TABLE t(x)", "INSERT INTO t VALUES (1)")
	for _, q := range stmts {
		if _, err := db.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
}

func TestOpenRefusesAndLeavesFileAlone(t *testing.T) {
	tests := []struct {
		name    string
		file    string
		make    func(t *testing.T, path string)
		want    error
		message string
	}{
		{"text", "notes.txt", func(t *testing.T, p string) { os.WriteFile(p, []byte("just some notes\n"), 0o644) }, ErrNotDossier, "open %s: not a Briefwright dossier"},
		{"empty", "empty.dossier", func(t *testing.T, p string) { os.WriteFile(p, nil, 0o644) }, ErrNotDossier, "open %s: not a Briefwright dossier"},
		{"png", "image.dossier", func(t *testing.T, p string) {
			os.WriteFile(p, append([]byte("\x89PNG\r\n\x1a\n"), bytes.Repeat([]byte{0}, 200)...), 0o644)
		}, ErrNotDossier, "open %s: not a Briefwright dossier"},
		{"other sqlite", "other.db", func(t *testing.T, p string) { sqliteFile(t, p) }, ErrNotDossier, "open %s: not a Briefwright dossier"},
		{"other sqlite in WAL", "wal.db", func(t *testing.T, p string) { sqliteFile(t, p, "PRAGMA journal_mode=WAL") }, ErrNotDossier, "open %s: not a Briefwright dossier"},
		{"newer", "future.dossier", func(t *testing.T, p string) {
			sqliteFile(t, p, fmt.Sprintf("PRAGMA application_id=%d", applicationID), fmt.Sprintf("PRAGMA user_version=%d", SchemaVersion+1))
		}, ErrTooNew, "open %s: made by a newer version of Briefwright"},
		{"folder", "folder.dossier", func(t *testing.T, p string) { os.Mkdir(p, 0o755) }, ErrNotDossier, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, tt.file)
			tt.make(t, path)
			before := snapshotDir(t, dir)
			for _, open := range []func(string) (*Store, error){Open, OpenExisting} {
				s, err := open(path)
				if err == nil {
					s.Close()
					t.Fatalf("opened %s", tt.file)
				}
				if !errors.Is(err, tt.want) {
					t.Errorf("error %v, want %v", err, tt.want)
				}
				if tt.message != "" && err.Error() != fmt.Sprintf(tt.message, path) {
					t.Errorf("message %q, want %q", err, fmt.Sprintf(tt.message, path))
				}
				if !strings.Contains(err.Error(), path) {
					t.Errorf("message %q does not name the file", err)
				}
			}
			if after := snapshotDir(t, dir); after != before {
				t.Errorf("folder changed:\nbefore %s\nafter  %s", before, after)
			}
		})
	}
}

// snapshotDir describes every file in dir with its content.
func snapshotDir(t *testing.T, dir string) string {
	t.Helper()
	var b strings.Builder
	filepath.Walk(dir, func(p string, fi os.FileInfo, err error) error {
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&b, "%s %v %d ", p, fi.Mode(), fi.Size())
		if !fi.IsDir() {
			data, _ := os.ReadFile(p)
			fmt.Fprintf(&b, "%x;", data)
		}
		return nil
	})
	return b.String()
}
