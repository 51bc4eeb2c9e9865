package dossier

import (
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	// The SQLite driver; build with -tags sqlite_fts5 for full-text search.
	_ "github.com/mattn/go-sqlite3"
)

// Errors callers test for with errors.Is / errors.As.
var (
	ErrNotDossier = errors.New("not a Briefwright dossier")
	ErrTooNew     = errors.New("made by a newer version of Briefwright")
	ErrNotFound   = errors.New("no such item")
	ErrMissing    = errors.New("no such dossier file")
)

// DuplicateError reports an article whose text is already in the dossier.
type DuplicateError struct {
	Existing Article // ID and Title of the article already there
}

func (e *DuplicateError) Error() string {
	return "the same text is already in the dossier as \"" + e.Existing.Title + "\""
}

// applicationID marks a SQLite file as a Briefwright dossier ("Brfw").
const applicationID = 0x42726677

//go:embed migrations/*.sql
var migrationFS embed.FS

// migration is one numbered schema step.
type migration struct {
	version int
	name    string
	sql     string
}

// migrations lists the embedded steps in order; file names start with their
// version number ("002_search.sql").
func migrations() []migration {
	entries, err := migrationFS.ReadDir("migrations")
	if err != nil {
		panic(err) // embedded at build time
	}
	var ms []migration
	for _, e := range entries {
		num, _, ok := strings.Cut(e.Name(), "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil {
			panic("dossier: migration without a number: " + e.Name())
		}
		b, err := migrationFS.ReadFile("migrations/" + e.Name())
		if err != nil {
			panic(err)
		}
		ms = append(ms, migration{version: v, name: e.Name(), sql: string(b)})
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].version < ms[j].version })
	for i, m := range ms {
		if m.version != i+1 {
			panic("dossier: migrations must be numbered 1, 2, 3, ...: " + m.name)
		}
	}
	return ms
}

// SchemaVersion is the schema version this build writes.
var SchemaVersion = len(migrations())

// Store is one open dossier file. Its methods are safe for concurrent use.
//
// Writes go through one connection, one at a time (wmu); reads use a pool of
// read-only connections, which WAL lets run while a write is in progress, so
// the GUI stays responsive during an import.
type Store struct {
	path string
	name string // the path as the caller gave it, for messages

	wmu sync.Mutex
	w   *sql.DB // single connection
	r   *sql.DB // read pool

	closeOnce sync.Once
	closeErr  error
}

// Open opens the dossier at path, creating it when the file does not exist.
func Open(path string) (*Store, error) { return open(path, true) }

// OpenExisting opens the dossier at path and fails with ErrMissing if there
// is no such file (for the CLI's export, which must not create one).
func OpenExisting(path string) (*Store, error) { return open(path, false) }

func open(path string, create bool) (*Store, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	fi, err := os.Stat(abs)
	switch {
	case errors.Is(err, os.ErrNotExist):
		if !create {
			return nil, fmt.Errorf("open %s: %w", path, ErrMissing)
		}
		if err := createFile(abs, path); err != nil {
			return nil, err
		}
	case err != nil:
		return nil, fmt.Errorf("open %s: %w", path, unwrapPathError(err))
	case fi.IsDir():
		return nil, fmt.Errorf("open %s: is a folder, %w", path, ErrNotDossier)
	default:
		if err := checkHeader(abs, path); err != nil {
			return nil, err
		}
	}

	s := &Store{path: abs, name: path}
	if s.w, err = sql.Open("sqlite3", dsn(abs, "_txlock=immediate")); err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	s.w.SetMaxOpenConns(1)
	s.w.SetMaxIdleConns(1)
	s.w.SetConnMaxLifetime(0)
	if err := s.prepare(); err != nil {
		s.w.Close()
		return nil, err
	}
	if s.r, err = sql.Open("sqlite3", dsn(abs, "_query_only=1")); err != nil {
		s.w.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	s.r.SetMaxOpenConns(4)
	s.r.SetMaxIdleConns(4)
	return s, nil
}

// dsn builds the driver's connection string: a file: URI so that any
// character in the path is taken literally, and the settings every
// connection needs. WAL with synchronous=NORMAL keeps every committed
// transaction through a crash of the process.
func dsn(abs string, extra string) string {
	p := filepath.ToSlash(abs)
	p = strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23").Replace(p)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p // Windows drive letters
	}
	return "file:" + p + "?_journal_mode=WAL&_synchronous=NORMAL&_foreign_keys=1&_busy_timeout=10000&" + extra
}

func unwrapPathError(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// checkHeader decides from the file's first bytes, without SQLite and
// without writing anything, whether it is a dossier this build can open.
func checkHeader(abs, name string) error {
	f, err := os.Open(abs)
	if err != nil {
		return fmt.Errorf("open %s: %w", name, unwrapPathError(err))
	}
	defer f.Close()
	var h [100]byte
	if _, err := f.ReadAt(h[:], 0); err != nil || string(h[:16]) != "SQLite format 3\x00" {
		return fmt.Errorf("open %s: %w", name, ErrNotDossier)
	}
	be := func(b []byte) int64 {
		return int64(int32(uint32(b[0])<<24 | uint32(b[1])<<16 | uint32(b[2])<<8 | uint32(b[3])))
	}
	if be(h[68:72]) != applicationID {
		return fmt.Errorf("open %s: %w", name, ErrNotDossier)
	}
	if be(h[60:64]) > int64(SchemaVersion) {
		return fmt.Errorf("open %s: %w", name, ErrTooNew)
	}
	return nil
}

// createFile makes a new, fully migrated dossier at abs. It is built under a
// temporary name in rollback-journal mode and then moved into place, so a
// crash never leaves a half-made file under the dossier's name.
func createFile(abs, name string) error {
	fail := func(err error) error { return fmt.Errorf("create %s: %w", name, unwrapPathError(err)) }
	tmp, err := os.CreateTemp(filepath.Dir(abs), "."+filepath.Base(abs)+".new-*")
	if err != nil {
		return fail(err)
	}
	tmpName := tmp.Name()
	tmp.Close()
	defer os.Remove(tmpName)
	db, err := sql.Open("sqlite3", "file:"+strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23").Replace(filepath.ToSlash(tmpName))+"?_journal_mode=DELETE&_foreign_keys=1")
	if err != nil {
		return fail(err)
	}
	db.SetMaxOpenConns(1)
	err = func() error {
		if _, err := db.Exec(fmt.Sprintf("PRAGMA application_id = %d", applicationID)); err != nil {
			return err
		}
		if err := migrate(db, 0); err != nil {
			return err
		}
		now := time.Now().UTC()
		title := strings.TrimSuffix(filepath.Base(abs), filepath.Ext(abs))
		_, err := db.Exec(`INSERT INTO meta(key, value) VALUES ('title', ?), ('created', ?), ('modified', ?)`,
			title, formatTime(now), formatTime(now))
		return err
	}()
	if cerr := db.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fail(err)
	}
	if err := syncFile(tmpName); err != nil {
		return fail(err)
	}
	// Link refuses to replace a file that appeared meanwhile; some file
	// systems cannot link, and there rename is the fallback.
	if err := os.Link(tmpName, abs); err != nil {
		if _, serr := os.Stat(abs); serr == nil {
			return nil // someone else created it: open theirs
		}
		if err := os.Rename(tmpName, abs); err != nil {
			return fail(err)
		}
	}
	return nil
}

func syncFile(path string) error {
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return err
	}
	defer f.Close()
	return f.Sync()
}

// prepare checks the schema version through SQLite (the header may lag
// behind the WAL) and migrates an older dossier after backing it up.
func (s *Store) prepare() error {
	var app, ver int64
	// The header was checked already: a failure here is one of access
	// (a read-only file or folder, a lock), not of format.
	if err := s.w.QueryRow("PRAGMA application_id").Scan(&app); err != nil {
		return fmt.Errorf("open %s: %w", s.name, err)
	}
	if err := s.w.QueryRow("PRAGMA user_version").Scan(&ver); err != nil {
		return fmt.Errorf("open %s: %w", s.name, err)
	}
	switch {
	case app != applicationID:
		return fmt.Errorf("open %s: %w", s.name, ErrNotDossier)
	case ver > int64(SchemaVersion):
		return fmt.Errorf("open %s: %w", s.name, ErrTooNew)
	case ver == int64(SchemaVersion):
		return nil
	}
	if ver > 0 {
		if _, err := s.backup(int(ver)); err != nil {
			return fmt.Errorf("open %s: cannot write a backup before upgrading it: %w", s.name, err)
		}
	}
	if err := migrate(s.w, int(ver)); err != nil {
		return fmt.Errorf("open %s: upgrading the dossier failed: %w", s.name, err)
	}
	return nil
}

// backup writes a consistent copy of the dossier next to it, named after the
// schema version it holds ("x.dossier.bak-v1", then "x.dossier.bak-v1-2", ...
// so an earlier backup is never overwritten), and returns its path.
func (s *Store) backup(version int) (string, error) {
	base := fmt.Sprintf("%s.bak-v%d", s.path, version)
	dest := base
	for i := 2; ; i++ {
		if _, err := os.Lstat(dest); errors.Is(err, os.ErrNotExist) {
			break
		}
		dest = fmt.Sprintf("%s-%d", base, i)
	}
	if _, err := s.w.Exec("VACUUM INTO ?", dest); err != nil {
		return "", err
	}
	return dest, nil
}

// migrationHooks finish a migration with work SQL cannot do, in its
// transaction.
var migrationHooks = map[int]func(tx *sql.Tx) error{
	2: indexAllParagraphs,
}

// migrate applies every migration above version, each in its own
// transaction together with the new user_version.
func migrate(db *sql.DB, version int) error { return migrateTo(db, version, SchemaVersion) }

// migrateTo applies the migrations above from up to and including to.
func migrateTo(db *sql.DB, from, to int) error {
	for _, m := range migrations() {
		if m.version <= from || m.version > to {
			continue
		}
		tx, err := db.Begin()
		if err != nil {
			return err
		}
		if _, err := tx.Exec(m.sql); err != nil {
			tx.Rollback()
			return fmt.Errorf("%s: %w", m.name, err)
		}
		if hook := migrationHooks[m.version]; hook != nil {
			if err := hook(tx); err != nil {
				tx.Rollback()
				return fmt.Errorf("%s: %w", m.name, err)
			}
		}
		if _, err := tx.Exec(fmt.Sprintf("PRAGMA user_version = %d", m.version)); err != nil {
			tx.Rollback()
			return fmt.Errorf("%s: %w", m.name, err)
		}
		if err := tx.Commit(); err != nil {
			return fmt.Errorf("%s: %w", m.name, err)
		}
	}
	return nil
}

// Path is the dossier file's absolute path.
func (s *Store) Path() string { return s.path }

// Close closes the dossier. The last connection to close checkpoints the
// WAL into the file, which is then complete on its own.
func (s *Store) Close() error {
	s.closeOnce.Do(func() {
		s.wmu.Lock()
		defer s.wmu.Unlock()
		rerr := s.r.Close()
		werr := s.w.Close()
		s.closeErr = errors.Join(rerr, werr)
	})
	return s.closeErr
}

// SaveCopy writes a consistent copy of the dossier to dest, replacing dest
// only once the copy is complete.
func (s *Store) SaveCopy(dest string) error {
	abs, err := filepath.Abs(dest)
	if err != nil {
		return fmt.Errorf("save a copy as %s: %w", dest, err)
	}
	if abs == s.path {
		return fmt.Errorf("save a copy as %s: that is the dossier itself", dest)
	}
	tmp, err := os.CreateTemp(filepath.Dir(abs), "."+filepath.Base(abs)+".new-*")
	if err != nil {
		return fmt.Errorf("save a copy as %s: %w", dest, unwrapPathError(err))
	}
	tmpName := tmp.Name()
	tmp.Close()
	os.Remove(tmpName) // VACUUM INTO wants to create the file itself
	defer os.Remove(tmpName)
	// The read connections are query-only, which VACUUM INTO counts as
	// writing; the write connection makes the copy, holding off writes.
	s.wmu.Lock()
	_, err = s.w.Exec("VACUUM INTO ?", tmpName)
	s.wmu.Unlock()
	if err != nil {
		return fmt.Errorf("save a copy as %s: %w", dest, err)
	}
	if err := syncFile(tmpName); err != nil {
		return fmt.Errorf("save a copy as %s: %w", dest, err)
	}
	if err := os.Rename(tmpName, abs); err != nil {
		return fmt.Errorf("save a copy as %s: %w", dest, unwrapPathError(err))
	}
	return nil
}

// write runs fn in one write transaction, serialised with every other
// write, and records the modification time.
func (s *Store) write(fn func(tx *sql.Tx) error) error {
	s.wmu.Lock()
	defer s.wmu.Unlock()
	tx, err := s.w.Begin()
	if err != nil {
		return s.wrap(err)
	}
	if err := fn(tx); err != nil {
		tx.Rollback()
		return err
	}
	if _, err := tx.Exec(`INSERT INTO meta(key, value) VALUES ('modified', ?)
		ON CONFLICT(key) DO UPDATE SET value = excluded.value`, formatTime(time.Now().UTC())); err != nil {
		tx.Rollback()
		return s.wrap(err)
	}
	if err := tx.Commit(); err != nil {
		return s.wrap(err)
	}
	return nil
}

// wrap names the dossier in a database error.
func (s *Store) wrap(err error) error {
	if err == nil {
		return nil
	}
	return fmt.Errorf("dossier %s: %w", s.name, err)
}

const timeLayout = time.RFC3339Nano

func formatTime(t time.Time) string { return t.UTC().Format(timeLayout) }

func parseTime(s string) time.Time {
	t, err := time.Parse(timeLayout, s)
	if err != nil {
		return time.Time{}
	}
	return t
}
