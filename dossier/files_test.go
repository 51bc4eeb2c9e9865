package dossier

import (
	"crypto/sha256"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

func sha(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return fmt.Sprintf("%x", sha256.Sum256(b))
}

func listDir(t *testing.T, dir string) string {
	t.Helper()
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range es {
		names = append(names, e.Name())
	}
	sort.Strings(names)
	return strings.Join(names, " ")
}

func copyFile(t testing.TB, from, to string) {
	t.Helper()
	b, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	check(t, os.WriteFile(to, b, 0o644))
}

// Export's read-only open changes not a byte of the dossier and leaves no
// file beside it, whatever state the file is in.
func TestOpenReadOnlyChangesNothing(t *testing.T) {
	tests := []struct {
		name     string
		make     func(t *testing.T, path string)
		articles int
	}{
		{"closed WAL dossier", func(t *testing.T, path string) {
			s, _, _ := filledAt(t, path)
			check(t, s.Close())
		}, 2},
		{"rollback-journal copy", func(t *testing.T, path string) {
			s, _, _ := filledAt(t, path)
			check(t, s.Close())
			db, err := sql.Open("sqlite3", "file:"+path+"?_journal_mode=DELETE")
			check(t, err)
			check(t, db.Ping())
			db.Close()
		}, 2},
		{"older version", func(t *testing.T, path string) {
			copyFile(t, filepath.Join("testdata", "v1.dossier"), path)
		}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "x.dossier")
			tt.make(t, path)
			before, files, sum := snapshotDir(t, dir), listDir(t, dir), sha(t, path)
			s, err := OpenReadOnly(path)
			check(t, err)
			d := must[*Dossier](t)(s.Snapshot())
			if len(d.Articles) != tt.articles {
				t.Errorf("%d articles, want %d", len(d.Articles), tt.articles)
			}
			// Search needs the newest schema's index: an older dossier is
			// read through an upgraded copy.
			if hits := must[[]Hit](t)(s.Search(strings.Fields(d.Articles[0].Title)[0], 10)); len(hits) == 0 {
				t.Errorf("searching for %q found nothing", strings.Fields(d.Articles[0].Title)[0])
			}
			if _, err := s.AddNote(ItemRef{KindArticle, 1}, "x"); err == nil {
				t.Error("a read-only dossier took a note")
			}
			if now := listDir(t, dir); now != files {
				t.Errorf("while open read-only the folder holds %s, before %s", now, files)
			}
			check(t, s.Close())
			if now := sha(t, path); now != sum {
				t.Errorf("sha256 of the dossier went from %s to %s", sum, now)
			}
			if after := snapshotDir(t, dir); after != before {
				t.Errorf("read-only open changed the folder: %s, before %s", listDir(t, dir), files)
			}
		})
	}
}

// While the app has the dossier open and is writing, export reads it
// through the live WAL, and the dossier file stays as the app leaves it.
func TestOpenReadOnlyBesideAWriter(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "x.dossier")
	w, _, _ := filledAt(t, path)
	must[int64](t)(w.AddNote(ItemRef{KindArticle, 1}, "written while export reads"))
	files := listDir(t, dir)
	r, err := OpenReadOnly(path)
	check(t, err)
	if d := must[*Dossier](t)(r.Snapshot()); len(d.Articles) != 2 || len(d.Notes) != 1 {
		t.Errorf("read-only beside a writer: %d articles, %d notes", len(d.Articles), len(d.Notes))
	}
	check(t, r.Close())
	if now := listDir(t, dir); now != files {
		t.Errorf("folder holds %s, before %s", now, files)
	}
	check(t, w.Close())
	if now := listDir(t, dir); now != "x.dossier" {
		t.Errorf("after both closed the folder holds %s", now)
	}
}

// crashImage returns a dossier file and its WAL as a killed process leaves
// them: the last article committed but not yet copied into the file.
func crashImage(t testing.TB, dir string) (db, wal []byte, backup []byte) {
	t.Helper()
	path := filepath.Join(dir, "live.dossier")
	s, _, _ := filledAt(t, path)
	check(t, s.Close())
	backup, err := os.ReadFile(path)
	check(t, err)
	s = must[*Store](t)(Open(path))
	defer s.Close()
	for i := 0; i < 2; i++ {
		a, x := genArticle(i)
		must[int64](t)(s.AddArticle(a, x))
	}
	s.wmu.Lock() // no checkpoint while the files are copied
	defer s.wmu.Unlock()
	if !s.pending {
		t.Fatal("the WAL was emptied already; the test needs writes less than a second apart")
	}
	db, err = os.ReadFile(path)
	check(t, err)
	wal, err = os.ReadFile(path + "-wal")
	check(t, err)
	if len(wal) == 0 {
		t.Fatal("empty WAL")
	}

	return db, wal, backup
}

// A WAL left by a crash is applied; a WAL beside a restored older copy,
// or beside another dossier, is refused, and both files stay as they are.
func TestForeignWALIsRefused(t *testing.T) {
	db, wal, backup := crashImage(t, t.TempDir())
	other := t.TempDir()
	s, _, _ := filledAt(t, filepath.Join(other, "other.dossier"))
	check(t, s.Close())
	// As many writes as the live dossier's file has had, so that the
	// header counters match and only the creation time tells them apart.
	s = must[*Store](t)(Open(filepath.Join(other, "other.dossier")))
	a, x := genArticle(40)
	must[int64](t)(s.AddArticle(a, x))
	check(t, s.Close())
	otherDB, err := os.ReadFile(filepath.Join(other, "other.dossier"))
	check(t, err)

	tests := []struct {
		name     string
		db       []byte
		articles int // 0: refused
	}{
		{"its own WAL after a crash", db, 4},
		{"restored older copy", backup, 0},
		{"another dossier", otherDB, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, open := range []func(string) (*Store, error){OpenReadOnly, Open} {
				dir := t.TempDir()
				path := filepath.Join(dir, "x.dossier")
				check(t, os.WriteFile(path, tt.db, 0o644))
				check(t, os.WriteFile(path+"-wal", wal, 0o644))
				before := snapshotDir(t, dir)
				s, err := open(path)
				if tt.articles == 0 {
					if err == nil {
						s.Close()
						t.Fatal("opened a dossier beside a foreign WAL")
					}
					if !errors.Is(err, ErrForeignWAL) || !strings.HasPrefix(err.Error(), "open "+path+": ") {
						t.Errorf("error %q, want ErrForeignWAL naming the file", err)
					}
					if after := snapshotDir(t, dir); after != before {
						t.Error("refusing changed the files")
					}
					continue
				}
				check(t, err)
				if arts := must[[]Article](t)(s.Articles()); len(arts) != tt.articles {
					t.Errorf("%d articles, want %d", len(arts), tt.articles)
				}
				check(t, s.Close())
			}
		})
	}
}

// After "database or disk is full", every article committed before it is
// in the dossier file itself: a copy of the file alone, made while the app
// still has it open or after it closed, opens whole.
func TestDiskFullLeavesTheFileWhole(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "full.dossier")
	s := must[*Store](t)(Open(path))
	defer s.Close()
	var pages int64
	check(t, s.w.QueryRow(`PRAGMA page_count`).Scan(&pages))
	check(t, func() error { _, err := s.w.Exec(fmt.Sprintf(`PRAGMA max_page_count = %d`, pages+60)); return err }())
	added := 0
	var full error
	for i := 0; i < 100 && full == nil; i++ {
		a, x := genArticle(i)
		if _, err := s.AddArticle(a, x); err != nil {
			full = err
			break
		}
		added++
	}
	if full == nil || !strings.Contains(full.Error(), "full") {
		t.Fatalf("after %d articles: %v, want the disk full", added, full)
	}
	if added < 2 {
		t.Fatalf("only %d articles fit", added)
	}
	t.Logf("%d articles, then %v", added, full)

	checkCopy := func(when string) {
		t.Helper()
		cdir := t.TempDir()
		cp := filepath.Join(cdir, "copy.dossier")
		copyFile(t, path, cp)
		c, err := OpenReadOnly(cp)
		if err != nil {
			t.Fatalf("copy %s: %v", when, err)
		}
		defer c.Close()
		var res string
		check(t, c.r.QueryRow(`PRAGMA integrity_check`).Scan(&res))
		if res != "ok" {
			t.Errorf("copy %s: integrity_check %q", when, res)
		}
		if n := len(must[[]Article](t)(c.Articles())); n != added {
			t.Errorf("copy %s holds %d articles, want %d", when, n, added)
		}
	}
	s.wmu.Lock() // copy with no write or checkpoint under way
	checkCopy("while open")
	s.wmu.Unlock()
	check(t, s.Close())
	checkCopy("after close")
}
