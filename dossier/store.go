package dossier

import (
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
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
// the GUI stays responsive during an import. A store opened read-only has
// no write connection.
type Store struct {
	path string
	name string // the path as the caller gave it, for messages

	wmu sync.Mutex
	w   *sql.DB // single connection; nil when read-only
	r   *sql.DB // read pool

	// Checkpoint scheduling (checkpoint.go), under wmu.
	pending        bool // writes since the last complete checkpoint
	lastCheckpoint time.Time
	timer          *time.Timer
	closed         bool

	hadWAL   bool   // a -wal or -shm file was there before this store
	noBackup bool   // a private copy, upgraded without a backup
	tempDir  string // holds that copy, removed on Close

	closeOnce sync.Once
	closeErr  error

	stmts stmtCache // statements AddArticle uses, on w
}

// Open opens the dossier at path, creating it when the file does not exist.
func Open(path string) (*Store, error) { return open(path, modeCreate) }

// OpenExisting opens the dossier at path and fails with ErrMissing if there
// is no such file.
func OpenExisting(path string) (*Store, error) { return open(path, modeExisting) }

// OpenReadOnly opens an existing dossier for reading only, as export does:
// not a byte of the file changes (no journal mode switch, no upgrade, no
// backup copy) and no -wal or -shm file is created. A dossier of an older
// schema version is read through an upgraded temporary copy. Writing
// methods return an error.
func OpenReadOnly(path string) (*Store, error) { return open(path, modeReadOnly) }

type openMode int

const (
	modeCreate openMode = iota
	modeExisting
	modeReadOnly
)

// openFiles counts this process's stores on each file. Go must not open
// and close a dossier file that SQLite holds in this process (closing any
// descriptor of a file drops the process's POSIX locks on it), so the
// header and WAL checks run only for the first store on a file.
var (
	openMu    sync.Mutex
	openFiles = map[string]int{}
)

func hold(abs string) (first bool) {
	openMu.Lock()
	defer openMu.Unlock()
	openFiles[abs]++
	return openFiles[abs] == 1
}

func release(abs string) {
	openMu.Lock()
	defer openMu.Unlock()
	if openFiles[abs]--; openFiles[abs] <= 0 {
		delete(openFiles, abs)
	}
}

func open(path string, mode openMode) (*Store, error) {
	register()
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	fi, err := os.Stat(abs)
	switch {
	case errors.Is(err, os.ErrNotExist):
		if mode != modeCreate {
			return nil, fmt.Errorf("open %s: %w", path, ErrMissing)
		}
		if err := createFile(abs, path); err != nil {
			return nil, err
		}
	case err != nil:
		return nil, fmt.Errorf("open %s: %w", path, unwrapPathError(err))
	case fi.IsDir():
		return nil, fmt.Errorf("open %s: is a folder, %w", path, ErrNotDossier)
	}

	if hold(abs) {
		if err := checkHeader(abs, path); err != nil {
			release(abs)
			return nil, err
		}
		if err := checkWAL(abs, path); err != nil {
			release(abs)
			return nil, err
		}
	}
	s := &Store{path: abs, name: path}
	if mode == modeReadOnly {
		err = s.openReadOnly()
	} else {
		err = s.openWritable()
	}
	if err != nil {
		if s.r != nil {
			s.r.Close()
		}
		if s.w != nil {
			if !s.hadWAL {
				// Nothing was written: closing the usual way removes the
				// -wal and -shm files the write connection made.
				s.setCheckpointOnClose()
			}
			s.w.Close()
		}
		release(abs)
		return nil, err
	}
	return s, nil
}

// openWritable checks the schema through the write connection before
// anything else reads or changes the file, then switches it to WAL and
// upgrades it if it is older.
func (s *Store) openWritable() error {
	// A first look through a read-only connection, which creates nothing
	// beside the file, so that a refused file is left exactly as it was.
	s.hadWAL = exists(s.path+"-wal") || exists(s.path+"-shm")
	if err := s.precheck(); err != nil {
		return err
	}
	var err error
	if s.w, err = sql.Open(driverName, dsn(s.path, "_txlock=immediate")); err != nil {
		return fmt.Errorf("open %s: %w", s.name, err)
	}
	s.w.SetMaxOpenConns(1)
	s.w.SetMaxIdleConns(1)
	s.w.SetConnMaxLifetime(0)
	version, err := verifySchema(s.w)
	if err != nil {
		return s.openError(err)
	}
	if _, err := s.w.Exec("PRAGMA journal_mode = WAL"); err != nil {
		return fmt.Errorf("open %s: %w", s.name, err)
	}
	if err := s.prepare(version); err != nil {
		return err
	}
	if s.r, err = sql.Open(driverName, dsn(s.path, "_query_only=1")); err != nil {
		return fmt.Errorf("open %s: %w", s.name, err)
	}
	s.r.SetMaxOpenConns(4)
	s.r.SetMaxIdleConns(4)
	return nil
}

// precheck checks the schema through a read-only connection, the way
// openReadOnly reads the file.
func (s *Store) precheck() error {
	params := "mode=ro&_query_only=1"
	if !s.hadWAL {
		params += "&immutable=1"
	}
	db, err := sql.Open(driverName, dsn(s.path, params))
	if err != nil {
		return fmt.Errorf("open %s: %w", s.name, err)
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	if _, err := verifySchema(db); err != nil {
		return s.openError(err)
	}
	return nil
}

// openReadOnly reads the file in SQLite's read-only mode. With no -wal or
// -shm beside it, nobody has it open and nothing is waiting to be applied,
// so it is read as immutable: without locks, and without the -wal and -shm
// files a WAL dossier otherwise needs. If they are there, they are shared
// as they are.
//
// A dossier of an older schema version is copied to a temporary file and
// the copy upgraded, so that it reads like any other; the file itself is
// not touched.
func (s *Store) openReadOnly() error {
	params := "mode=ro"
	if !exists(s.path+"-wal") && !exists(s.path+"-shm") {
		params += "&immutable=1"
	}
	var err error
	if s.r, err = sql.Open(driverName, dsn(s.path, params+"&_query_only=1")); err != nil {
		return fmt.Errorf("open %s: %w", s.name, err)
	}
	s.r.SetMaxOpenConns(2)
	s.r.SetMaxIdleConns(2)
	version, err := verifySchema(s.r)
	if err != nil {
		return s.openError(err)
	}
	if version == SchemaVersion {
		return nil
	}
	s.r.Close()
	s.r = nil
	return s.openUpgradedCopy(params)
}

// openUpgradedCopy copies the dossier (already checked) to a temporary
// file, upgrades the copy and opens it in its place.
func (s *Store) openUpgradedCopy(params string) error {
	fail := func(err error) error {
		return fmt.Errorf("open %s: cannot make an upgraded copy to read: %w", s.name, err)
	}
	dir, err := os.MkdirTemp("", "briefwright-")
	if err != nil {
		return fail(err)
	}
	copyPath := filepath.Join(dir, "upgraded.dossier")
	src, err := sql.Open(driverName, dsn(s.path, params))
	if err == nil {
		src.SetMaxOpenConns(1)
		_, err = src.Exec("VACUUM INTO ?", copyPath)
		src.Close()
	}
	if err != nil {
		os.RemoveAll(dir)
		return fail(err)
	}
	c := &Store{path: copyPath, name: s.name, noBackup: true}
	if err := c.openWritable(); err != nil {
		if c.r != nil {
			c.r.Close()
		}
		if c.w != nil {
			c.w.Close()
		}
		os.RemoveAll(dir)
		return err
	}
	c.w.Close() // reads only, through the copy's read pool
	c.w = nil
	s.r, s.tempDir = c.r, dir
	return nil
}

func exists(path string) bool {
	_, err := os.Lstat(path)
	return err == nil
}

// openError words a refusal from verifySchema.
func (s *Store) openError(err error) error {
	return fmt.Errorf("open %s: %w", s.name, err)
}

// dsn builds the driver's connection string: a file: URI so that any
// character in the path is taken literally, and the settings every
// connection needs. WAL with synchronous=NORMAL keeps every committed
// transaction through a crash of the process. The journal mode is set
// once the schema has been checked, since setting it writes to the file.
func dsn(abs string, extra string) string {
	p := filepath.ToSlash(abs)
	p = strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23").Replace(p)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p // Windows drive letters
	}
	return "file:" + p + "?_synchronous=NORMAL&_foreign_keys=1&" + extra
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
	h, err := readHeader(abs)
	if err != nil && !errors.Is(err, io.EOF) {
		return fmt.Errorf("open %s: %w", name, unwrapPathError(err))
	}
	if err != nil || string(h[:16]) != "SQLite format 3\x00" {
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
	db, err := sql.Open(driverName, "file:"+strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23").Replace(filepath.ToSlash(tmpName))+"?_journal_mode=DELETE&_foreign_keys=1")
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

// prepare upgrades a dossier of an older schema version after backing
// it up; version is what verifySchema found.
func (s *Store) prepare(version int) error {
	if version == SchemaVersion {
		return nil
	}
	if version > 0 && !s.noBackup {
		if _, err := s.backup(version); err != nil {
			return fmt.Errorf("open %s: cannot write a backup before upgrading it: %w", s.name, err)
		}
	}
	if err := migrate(s.w, version); err != nil {
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

// Close closes the dossier. It first copies the WAL into the file
// (checkpoint), so the file is complete on its own: it can be copied as a
// backup with nothing else.
func (s *Store) Close() error {
	s.closeOnce.Do(func() {
		s.wmu.Lock()
		defer s.wmu.Unlock()
		s.closed = true
		if s.timer != nil {
			s.timer.Stop()
		}
		rerr := s.r.Close()
		var werr error
		if s.w != nil {
			werr = s.stmts.close()
			if s.checkpoint(true) {
				// Nothing is left to copy, so SQLite may close the usual
				// way and remove the empty -wal and -shm files.
				s.setCheckpointOnClose()
			}
			werr = errors.Join(werr, s.w.Close())
		}
		release(s.path)
		if s.tempDir != "" {
			os.RemoveAll(s.tempDir)
		}
		s.closeErr = s.wrap(errors.Join(rerr, werr))
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
	if s.w == nil {
		return fmt.Errorf("save a copy as %s: %w", dest, s.readOnlyError())
	}
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
// write, and records the modification time. Once committed, the WAL is
// copied into the file, so the file alone always holds every committed
// change (see checkpoint).
func (s *Store) write(fn func(tx *sql.Tx) error) error {
	if s.w == nil {
		return s.readOnlyError()
	}
	s.wmu.Lock()
	defer s.wmu.Unlock()
	// SQLite counts header changes from the header it last read from
	// disk; dropping the cached pages makes it read the current one, so
	// that every transaction's copy of the header carries a counter one
	// higher than the last (see belongs).
	if _, err := s.w.Exec("PRAGMA shrink_memory"); err != nil {
		return s.wrap(err)
	}
	tx, err := s.w.Begin()
	if err != nil {
		return s.wrap(err)
	}
	if err := fn(tx); err != nil {
		tx.Rollback()
		s.afterFailedWrite()
		return err
	}
	_, err = tx.Exec(`INSERT INTO meta(key, value) VALUES ('modified', ?)
		ON CONFLICT(key) DO UPDATE SET value = excluded.value`, formatTime(time.Now().UTC()))
	if err == nil {
		// Rewriting the header page in every transaction lets a later
		// open tell whether a -wal file was written for this file (see
		// belongs).
		_, err = tx.Exec(fmt.Sprintf("PRAGMA user_version = %d", SchemaVersion))
	}
	if err != nil {
		tx.Rollback()
		s.afterFailedWrite()
		return s.wrap(err)
	}
	if err := tx.Commit(); err != nil {
		s.afterFailedWrite()
		return s.wrap(err)
	}
	s.afterWrite()
	return nil
}

func (s *Store) readOnlyError() error {
	return fmt.Errorf("dossier %s is open read-only", s.name)
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
