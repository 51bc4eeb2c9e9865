package dossier

import (
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	sqlite3 "github.com/mattn/go-sqlite3"
)

// ErrUntrusted marks a file that looks like a dossier but whose schema is
// not exactly one Briefwright makes: opening it could run SQL someone else
// wrote (a trigger, a view), so it is refused before anything reads it.
var ErrUntrusted = errors.New("not a Briefwright dossier it can trust")

// schemaObject is one row of sqlite_schema, the part that decides what SQL
// a statement runs.
type schemaObject struct {
	typ, name, table, sql string
	root                  int64
}

func (o schemaObject) key() string { return o.typ + " " + o.name }

// expectedSchema is what migrations 1..version make, and the settings each
// full-text index holds in its _config table.
type expectedSchema struct {
	objects map[string]schemaObject
	order   []string // keys in creation order, for stable messages
	config  map[string][]configRow
}

type configRow struct{ k, v string }

var (
	expectedMu  sync.Mutex
	expectedFor = map[int]*expectedSchema{}
)

// expected builds, once per version, the schema a dossier of that version
// has: the embedded migrations applied to an empty in-memory database, so it
// can never drift from what the store really creates.
func expected(version int) (*expectedSchema, error) {
	expectedMu.Lock()
	defer expectedMu.Unlock()
	if e := expectedFor[version]; e != nil {
		return e, nil
	}
	register()
	db, err := sql.Open(driverName, ":memory:")
	if err != nil {
		return nil, err
	}
	defer db.Close()
	db.SetMaxOpenConns(1) // each :memory: connection is a database of its own
	if err := migrateTo(db, 0, version); err != nil {
		return nil, err
	}
	objs, err := readSchema(db, -1)
	if err != nil {
		return nil, err
	}
	e := &expectedSchema{objects: map[string]schemaObject{}, config: map[string][]configRow{}}
	for _, o := range objs {
		e.objects[o.key()] = o
		e.order = append(e.order, o.key())
	}
	for _, o := range objs {
		owner, ok := strings.CutSuffix(o.name, "_config")
		if o.typ == "table" && ok && strings.Contains(strings.ToLower(e.objects["table "+owner].sql), "using fts5") {
			if e.config[o.name], err = readConfig(db, o.name); err != nil {
				return nil, err
			}
		}
	}
	expectedFor[version] = e
	return e, nil
}

// readSchema reads sqlite_schema, normalised, stopping with an error past
// max rows (-1: no limit) so that a file with a huge schema costs little.
func readSchema(q querier, max int) ([]schemaObject, error) {
	rows, err := q.Query(`SELECT type, name, tbl_name, coalesce(sql, ''), coalesce(rootpage, 0) FROM sqlite_schema ORDER BY rowid`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []schemaObject
	for rows.Next() {
		if max >= 0 && len(out) > max {
			return out, errTooManyObjects
		}
		var o schemaObject
		if err := rows.Scan(&o.typ, &o.name, &o.table, &o.sql, &o.root); err != nil {
			return nil, err
		}
		o.sql = strings.Join(strings.Fields(o.sql), " ")
		out = append(out, o)
	}
	return out, rows.Err()
}

var errTooManyObjects = errors.New("too many schema objects")

// readConfig reads a full-text index's settings. They are compared too:
// one of them ("rank") names SQL the index evaluates on every query.
func readConfig(q querier, table string) ([]configRow, error) {
	rows, err := q.Query(`SELECT CAST(k AS TEXT), typeof(v) || ':' || CAST(v AS TEXT) FROM "` + table + `" ORDER BY 1 LIMIT 100`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []configRow
	for rows.Next() {
		var r configRow
		if err := rows.Scan(&r.k, &r.v); err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// verifySchema checks, before anything else reads the dossier through q,
// that its schema is exactly the one its version should have: the same
// tables with the same columns, indexes, triggers and full-text indexes
// (their shadow tables included) and nothing else. It returns the version.
// The problem it finds is described in words, ready to follow "it".
func verifySchema(q querier) (int, error) {
	var version, app int64
	var temp int
	// The version comes from SQLite rather than the header read earlier:
	// a committed migration may still be in the WAL.
	err := q.QueryRow(`SELECT (SELECT user_version FROM pragma_user_version),
		(SELECT application_id FROM pragma_application_id),
		(SELECT count(*) FROM sqlite_temp_schema)`).Scan(&version, &app, &temp)
	if err != nil {
		return 0, unreadable(err)
	}
	switch {
	case app != applicationID:
		return 0, ErrNotDossier
	case version > int64(SchemaVersion):
		return 0, ErrTooNew
	case version < 0:
		return 0, untrusted("its schema version %d is not one Briefwright wrote", version)
	case temp != 0:
		return 0, untrusted("its connection has temporary objects")
	}
	want, err := expected(int(version))
	if err != nil {
		return 0, err
	}
	got, err := readSchema(q, len(want.objects))
	if errors.Is(err, errTooManyObjects) {
		return 0, untrusted("it has more tables, indexes and triggers than a dossier has")
	}
	if err != nil {
		return 0, unreadable(err)
	}
	if err := compareSchema(got, want); err != nil {
		return 0, err
	}
	// Two objects sharing a b-tree, or one rooted at the schema's own
	// page, would make one table read as another.
	roots := map[int64]bool{}
	for _, o := range got {
		hasTree := (o.typ == "table" || o.typ == "index") && !strings.HasPrefix(o.sql, "CREATE VIRTUAL")
		if !hasTree {
			continue
		}
		if o.root < 2 || roots[o.root] {
			return 0, untrusted("its %s %s is damaged", o.typ, quoteName(o.name))
		}
		roots[o.root] = true
	}
	for _, key := range want.order {
		name := want.objects[key].name
		cfg, ok := want.config[name]
		if !ok {
			continue
		}
		have, err := readConfig(q, name)
		if err != nil {
			return 0, untrusted("its search index settings cannot be read (%s)", sqliteMessage(err))
		}
		if !slices.Equal(have, cfg) {
			return 0, untrusted("its search index %q has settings Briefwright does not make", strings.TrimSuffix(name, "_config"))
		}
	}
	return int(version), nil
}

// compareSchema names the first difference between a file's schema and the
// expected one.
func compareSchema(got []schemaObject, want *expectedSchema) error {
	wantByName := map[string]schemaObject{}
	for _, o := range want.objects {
		wantByName[o.name] = o
	}
	seen := map[string]bool{}
	for _, o := range got {
		seen[o.key()] = true
		w, ok := want.objects[o.key()]
		if !ok {
			if other, ok := wantByName[o.name]; ok && other.typ != o.typ {
				return untrusted("it has %s %s where a dossier has %s", article(o.typ), quoteName(o.name), article(other.typ))
			}
			return untrusted("it has an unexpected %s %s", o.typ, quoteName(o.name))
		}
		if w.table != o.table || w.sql != o.sql {
			return untrusted("its %s %s is not the one Briefwright makes", o.typ, quoteName(o.name))
		}
	}
	for _, k := range want.order {
		if !seen[k] {
			o := want.objects[k]
			return untrusted("it lacks the %s %s", o.typ, quoteName(o.name))
		}
	}
	return nil
}

func article(typ string) string {
	if typ == "index" {
		return "an index"
	}
	return "a " + typ
}

// quoteName quotes a name from the file for a message: control characters
// escaped, at most 60 characters, so a crafted name cannot garble a
// terminal or flood it.
func quoteName(s string) string {
	if utf8.RuneCountInString(s) > 60 {
		s = string([]rune(s)[:60]) + "…"
	}
	return fmt.Sprintf("%q", s)
}

// unreadable words an error reading the schema: a file SQLite finds
// malformed is refused as untrusted; a lock, a full memory or a failing
// disk is reported as it is, since the file may well be a good dossier.
func unreadable(err error) error {
	var se sqlite3.Error
	if errors.As(err, &se) {
		switch se.Code {
		case sqlite3.ErrBusy, sqlite3.ErrLocked, sqlite3.ErrNomem, sqlite3.ErrIoErr, sqlite3.ErrCantOpen,
			sqlite3.ErrPerm, sqlite3.ErrReadonly, sqlite3.ErrAuth, sqlite3.ErrFull:
			return err
		}
	}
	return untrusted("its schema cannot be read (%s)", sqliteMessage(err))
}

// sqliteMessage is an error from SQLite fit for a one-line message: it
// may quote names from the file, so control characters are replaced and
// its length is capped.
func sqliteMessage(err error) string {
	m := strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return '?'
		}
		return r
	}, err.Error())
	if utf8.RuneCountInString(m) > 120 {
		m = string([]rune(m)[:120]) + "…"
	}
	return m
}

type untrustedError struct{ problem string }

func (e *untrustedError) Error() string { return ErrUntrusted.Error() + ": " + e.problem }
func (e *untrustedError) Unwrap() error { return ErrUntrusted }

func untrusted(format string, args ...any) error {
	return &untrustedError{problem: fmt.Sprintf(format, args...)}
}
