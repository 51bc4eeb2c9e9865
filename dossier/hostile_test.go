package dossier

import (
	"database/sql"
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// craft makes a dossier holding both test articles and a note, then
// changes it with SQL as someone crafting a hostile file would: through
// the plain SQLite driver, without the store's checks or hardening.
func craft(t *testing.T, dir string, stmts ...string) string {
	return craftIn(t, dir, "DELETE", stmts...)
}

// craftIn crafts a dossier left in the given journal mode.
func craftIn(t *testing.T, dir, journal string, stmts ...string) string {
	t.Helper()
	path := filepath.Join(dir, "received.dossier")
	s, one, _ := filledAt(t, path)
	must[int64](t)(s.AddNote(ItemRef{KindArticle, one}, "Call the embassy"))
	check(t, s.Close())
	db, err := sql.Open("sqlite3", "file:"+path+"?_journal_mode="+journal)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	for _, q := range stmts {
		if _, err := db.Exec(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	return path
}

// filledAt is filled for a dossier at a given path.
func filledAt(t testing.TB, path string) (s *Store, one, two int64) {
	t.Helper()
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if one, err = s.AddArticle(Article{Title: "Mexico rejects strike plan", Format: "txt", Text: textOne}, extractionOne(t)); err != nil {
		t.Fatal(err)
	}
	if two, err = s.AddArticle(Article{Title: "Talks continue", Format: "paste", Text: textTwo}, extractionTwo(t)); err != nil {
		t.Fatal(err)
	}
	return s, one, two
}

// A received dossier whose schema is not exactly Briefwright's is refused
// before any of its SQL can run, by the app's open and by export's
// read-only open, with one sentence naming the file and what is wrong; the
// file is left as it was.
func TestOpenRefusesCraftedSchemas(t *testing.T) {
	recursive := `WITH RECURSIVE r(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM r) `
	tests := []struct {
		name  string
		stmts []string
		want  string
	}{
		{"trigger on article insert", []string{`CREATE TRIGGER keep_tidy AFTER INSERT ON articles BEGIN
			DELETE FROM notes; UPDATE meta SET value = 'pwned' WHERE key = 'title'; END`},
			`it has an unexpected trigger "keep_tidy"`},
		{"trigger replacing one of ours", []string{`DROP TRIGGER notes_fts_ai`, `CREATE TRIGGER notes_fts_ai AFTER INSERT ON notes BEGIN
			DELETE FROM articles; END`},
			`its trigger "notes_fts_ai" is not the one Briefwright makes`},
		{"view in place of notes", []string{`DROP TABLE notes`, `CREATE VIEW notes AS ` + recursive +
			`SELECT i AS id, 'article' AS target_kind, 1 AS target_id, hex(randomblob(1000)) AS text, '' AS created, '' AS modified FROM r`},
			`it has a view "notes" where a dossier has a table`},
		{"recursive view", []string{`CREATE VIEW spin AS ` + recursive + `SELECT i FROM r ORDER BY i DESC`},
			`it has an unexpected view "spin"`},
		{"extra table", []string{`CREATE TABLE exfiltrate(x)`}, `it has an unexpected table "exfiltrate"`},
		{"index on an expression", []string{`CREATE INDEX articles_len ON articles(length(text))`},
			`it has an unexpected index "articles_len"`},
		{"changed column", []string{`ALTER TABLE notes ADD COLUMN extra TEXT DEFAULT 'x'`},
			`its table "notes" is not the one Briefwright makes`},
		{"missing trigger", []string{`DROP TRIGGER quotes_fts_ai`}, `it lacks the trigger "quotes_fts_ai"`},
		{"search index over another table", []string{`DROP TABLE notes_fts`,
			`CREATE VIRTUAL TABLE notes_fts USING fts5(text, content='articles', content_rowid='id', tokenize='unicode61 remove_diacritics 2')`},
			`its table "notes_fts" is not the one Briefwright makes`},
		{"search index shadow table dropped", []string{`DROP TABLE notes_fts_idx`}, `it lacks the table "notes_fts_idx"`},
		{"search index shadow table as a view", []string{`DROP TABLE notes_fts_docsize`, `CREATE VIEW notes_fts_docsize AS SELECT 1 AS id, x'' AS sz`},
			`it has a view "notes_fts_docsize" where a dossier has a table`},
		{"search index rank setting", []string{`INSERT INTO quotes_fts(quotes_fts, rank) VALUES ('rank', 'bm25(10.0, 5.0)')`},
			`its search index "quotes_fts" has settings Briefwright does not make`},
		{"two tables on one b-tree", []string{`PRAGMA writable_schema = ON`,
			`UPDATE sqlite_schema SET rootpage = (SELECT rootpage FROM sqlite_schema WHERE name = 'articles') WHERE name = 'notes'`},
			`its table "notes" is damaged`},
		{"schema that does not parse", []string{`PRAGMA writable_schema = ON`,
			`UPDATE sqlite_schema SET sql = 'CREATE TABLE notes(' WHERE name = 'notes'`},
			`its schema cannot be read`},
		{"schema error quoting control characters", []string{`PRAGMA writable_schema = ON`,
			`UPDATE sqlite_schema SET sql = 'CREATE TABLE notes(' || char(27) || '[2J' || char(10) WHERE name = 'notes'`},
			`its schema cannot be read`},
		{"name with control characters", []string{"CREATE TABLE \"evil\x1b[2J\nname\"(x)"},
			"it has an unexpected table " + quoteName("evil\x1b[2J\nname")},
	}
	for _, tt := range tests {
		for _, journal := range []string{"DELETE", "WAL"} {
			t.Run(tt.name+" "+journal, func(t *testing.T) {
				dir := t.TempDir()
				path := craftIn(t, dir, journal, tt.stmts...)
				before := snapshotDir(t, dir)
				for _, open := range []func(string) (*Store, error){Open, OpenReadOnly} {
					s, err := open(path)
					if err == nil {
						s.Close()
						t.Fatal("opened a crafted dossier")
					}
					if !errors.Is(err, ErrUntrusted) {
						t.Errorf("error %v, want ErrUntrusted", err)
					}
					msg := err.Error()
					if !strings.HasPrefix(msg, "open "+path+": not a Briefwright dossier it can trust: ") {
						t.Errorf("message %q does not start with the file and the verdict", msg)
					}
					if !strings.Contains(msg, tt.want) {
						t.Errorf("message %q, want it to say %q", msg, tt.want)
					}
					if strings.ContainsAny(msg, "\n\x1b") {
						t.Errorf("message %q holds control characters", msg)
					}
				}
				if after := snapshotDir(t, dir); after != before {
					t.Errorf("refusing the dossier changed its folder: %s", listDir(t, dir))
				}
			})
		}
	}
}

// Every connection is hardened before it reads anything.
func TestConnectionsAreHardened(t *testing.T) {
	s := newStore(t)
	for name, db := range map[string]*sql.DB{"write": s.w, "read": s.r} {
		conn, err := db.Conn(t.Context())
		check(t, err)
		if _, err := conn.ExecContext(t.Context(), `PRAGMA writable_schema = ON`); err != nil && name == "write" {
			t.Fatal(err)
		}
		for pragma, want := range map[string]int64{
			"writable_schema": 0, // defensive mode ignores the request
			"trusted_schema":  0,
			"cell_size_check": 1,
			"temp_store":      2,
			"hard_heap_limit": hardHeapLimit,
		} {
			var got int64
			check(t, conn.QueryRowContext(t.Context(), "PRAGMA "+pragma).Scan(&got))
			if got != want {
				t.Errorf("%s connection: %s = %d, want %d", name, pragma, got, want)
			}
		}
		// Views in the file are unusable even if one slipped through.
		if name == "write" {
			if _, err := conn.ExecContext(t.Context(), `CREATE VIEW v AS SELECT 1`); err == nil {
				var n int
				if err := conn.QueryRowContext(t.Context(), `SELECT * FROM v`).Scan(&n); err == nil {
					t.Errorf("%s connection: a view can be used", name)
				}
			}
		}
		// Too long a string is refused rather than built.
		var n int
		if err := conn.QueryRowContext(t.Context(), `SELECT length(zeroblob(?))`, maxLength+1).Scan(&n); err == nil {
			t.Errorf("%s connection: built a blob past the length limit", name)
		}
		conn.Close()
	}
}

// A statement that runs away is stopped once it has used its budget of
// steps: a recursive query that never ends returns an error.
func TestRunawayStatementStops(t *testing.T) {
	defer func(b int64) { stepBudget = b }(stepBudget)
	stepBudget = 1 << 22
	register()
	db, err := sql.Open(driverName, ":memory:")
	check(t, err)
	defer db.Close()
	done := make(chan error, 1)
	go func() {
		var n int64
		done <- db.QueryRow(`WITH RECURSIVE r(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM r) SELECT count(*) FROM r`).Scan(&n)
	}()
	select {
	case err := <-done:
		if err == nil || !strings.Contains(err.Error(), "interrupt") {
			t.Fatalf("runaway query: %v, want it interrupted", err)
		}
	case <-time.After(time.Minute):
		t.Fatal("runaway query still running after a minute")
	}
	// A sort over a runaway is stopped the same way, before its temporary
	// storage grows.
	err = db.QueryRow(`WITH RECURSIVE r(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM r)
		SELECT i FROM r ORDER BY randomblob(100) LIMIT 1`).Scan(new(int64))
	if err == nil {
		t.Fatal("runaway sort finished")
	}
}

// An article far bigger than any import could make (a crafted file) is
// refused as it is read, not loaded into memory; the rest of the dossier
// still opens.
func TestHugeBlobIsRefusedOnRead(t *testing.T) {
	dir := t.TempDir()
	path := craft(t, dir, `UPDATE articles SET text = zeroblob(80 * 1024 * 1024) WHERE id = 1`)
	s, err := OpenReadOnly(path)
	check(t, err)
	defer s.Close()
	if arts := must[[]Article](t)(s.Articles()); len(arts) != 2 {
		t.Errorf("%d articles listed, want 2", len(arts))
	}
	if _, err := s.Snapshot(); err == nil || !strings.Contains(err.Error(), "too big") {
		t.Errorf("Snapshot of a dossier with an 80 MB article: %v, want too big", err)
	}
	if _, err := s.Excerpt(Caps{Quotes: 1, Questions: 1, Events: 1}); err == nil || !strings.Contains(err.Error(), "too big") {
		t.Errorf("Excerpt of a dossier with an 80 MB article: %v, want too big", err)
	}
	err = s.View(func(v *View) error { return v.Articles(func(Article) error { return nil }) })
	if err == nil || !strings.Contains(err.Error(), "too big") {
		t.Errorf("View of a dossier with an 80 MB article: %v, want too big", err)
	}
	if _, err := s.Article(1); err == nil {
		t.Error("read an 80 MB article")
	}
	if a, err := s.Article(2); err != nil || a.Text != textTwo {
		t.Errorf("the other article: %v", err)
	}
}

// A search index whose data pages are garbage (the schema intact) makes
// searches and imports fail with an error, never crash or hang, and the
// rest of the dossier reads.
func TestCorruptSearchIndexFailsCleanly(t *testing.T) {
	dir := t.TempDir()
	path := craft(t, dir,
		`UPDATE quotes_fts_data SET block = randomblob(length(block)) WHERE id > 10`,
		`UPDATE paragraphs_fts_data SET block = x'ffffffffffffffffffff' WHERE id > 10`,
		`UPDATE actors_fts_idx SET pgno = 1000000`)
	s, err := Open(path)
	check(t, err)
	defer s.Close()
	for _, q := range []string{"Sheinbaum", "intervention", "review", "Reuters", `"only path"`} {
		s.Search(q, 20) // an error or some hits: both fine
	}
	must[*Dossier](t)(s.Snapshot())
	a, x := genArticle(7)
	s.AddArticle(a, x)
	d := must[*Dossier](t)(s.Snapshot())
	if len(d.Articles) < 2 || len(d.Notes) != 1 {
		t.Errorf("after a search on a corrupt index: %d articles, %d notes", len(d.Articles), len(d.Notes))
	}
	if ex := must[*Excerpt](t)(s.Excerpt(Caps{Quotes: 150, Questions: 100, Events: 150})); len(ex.Articles) != len(d.Articles) {
		t.Errorf("the excerpt has %d articles, the snapshot %d", len(ex.Articles), len(d.Articles))
	}
}
