package dossier

import (
	"database/sql"
	"encoding/binary"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

var writeV1 = flag.Bool("write-v1", false, "rewrite testdata/v1.dossier, a dossier as version 1 of the schema wrote it")

// v1Fixture is what testdata/v1.dossier holds, written with version 1's
// schema and SQL alone (no FTS tables yet).
var v1Fixture = []string{
	`INSERT INTO meta(key, value) VALUES ('title', 'Old dossier'), ('created', '2026-01-02T03:04:05Z'),
		('modified', '2026-01-02T03:04:05Z'), ('bottom_line', 'Strikes are unlikely before spring.')`,
	`INSERT INTO articles(id, title, outlet, published, format, file, sha256, text, words, added) VALUES
		(1, 'Old article', 'Old Wire', '2026-01-01', 'txt', 'old.txt', 'e3b0', 'Paragraph one names Ana Guzmán.

"Nothing has been decided," Guzmán said in Monterrey.', 13, '2026-01-02T03:04:05Z')`,
	`INSERT INTO actors(id, name, norm, kind, role) VALUES (1, 'Ana Guzmán', 'ana guzmán', 'person', 'minister'), (2, 'Monterrey', 'monterrey', 'place', '')`,
	`INSERT INTO actor_aliases(actor_id, alias, norm) VALUES (1, 'Guzmán', 'guzmán')`,
	`INSERT INTO mentions(actor_id, article_id, paragraph, start, "end") VALUES (1, 1, 1, 20, 31), (1, 1, 2, 33, 40), (2, 1, 2, 52, 61)`,
	`INSERT INTO quotes(id, text, speaker_id, cue, article_id, paragraph, start, "end", status, reliability, credibility)
		VALUES (1, 'Nothing has been decided,', 1, 'said', 1, 2, 34, 59, 'accepted', 'B', 2)`,
	`INSERT INTO sources(id, name, norm, kind) VALUES (1, 'Old Wire', 'old wire', 'outlet')`,
	`INSERT INTO citations(source_id, relation, article_id, paragraph) VALUES (1, 'reported_by', 1, 1)`,
	`INSERT INTO questions(text, article_id, paragraph, state, answer) VALUES ('Has anything been decided?', 1, 2, 'answered', 'No')`,
	`INSERT INTO events(when_text, value, text, article_id, paragraph) VALUES ('1 January 2026', '2026-01-01', 'Guzmán spoke', 1, 2)`,
	`INSERT INTO notes(target_kind, target_id, text, created, modified) VALUES ('quote', 1, 'Ask for the minutes', '2026-01-02T03:04:05Z', '2026-01-02T03:04:05Z')`,
	`INSERT INTO tags(target_kind, target_id, tag) VALUES ('article', 1, 'monterrey')`,
}

// TestWriteV1Fixture regenerates testdata/v1.dossier when run with
//
//	go test -tags sqlite_fts5 ./dossier -run TestWriteV1Fixture -write-v1
func TestWriteV1Fixture(t *testing.T) {
	if !*writeV1 {
		t.Skip("run with -write-v1 to rewrite testdata/v1.dossier")
	}
	path := filepath.Join("testdata", "v1.dossier")
	os.Remove(path)
	db, err := sql.Open("sqlite3", "file:"+path+"?_journal_mode=DELETE&_foreign_keys=1")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	check(t, func() error { _, err := db.Exec(fmt.Sprintf("PRAGMA application_id = %d", applicationID)); return err }())
	check(t, migrateTo(db, 0, 1))
	for _, q := range v1Fixture {
		if _, err := db.Exec(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	check(t, func() error { _, err := db.Exec("VACUUM"); return err }())
}

// userVersion reads the schema version from a SQLite file's header.
func userVersion(t *testing.T, path string) int {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return int(binary.BigEndian.Uint32(b[60:64]))
}

func TestMigrateFromV1(t *testing.T) {
	orig, err := os.ReadFile(filepath.Join("testdata", "v1.dossier"))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "old.dossier")
	check(t, os.WriteFile(path, orig, 0o644))
	if v := userVersion(t, path); v != 1 {
		t.Fatalf("fixture is version %d, want 1", v)
	}

	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	m := must[Meta](t)(s.Meta())
	if m.Title != "Old dossier" || m.BottomLine != "Strikes are unlikely before spring." {
		t.Errorf("meta after migration = %+v", m)
	}
	a := must[Article](t)(s.Article(1))
	if a.Title != "Old article" || a.Outlet != "Old Wire" || a.Words != 13 {
		t.Errorf("article after migration = %+v", a)
	}
	actors := must[[]Actor](t)(s.Actors(Filter{}))
	if len(actors) != 2 || actors[0].Name != "Ana Guzmán" || actors[0].Mentions != 2 || len(actors[0].Aliases) != 1 {
		t.Errorf("actors after migration = %+v", actors)
	}
	q := must[Quote](t)(s.Quote(1))
	if q.SpeakerName != "Ana Guzmán" || q.Grade.String() != "B2" || q.Status != Accepted {
		t.Errorf("quote after migration = %+v", q)
	}
	if qs := must[[]Question](t)(s.Questions(Filter{})); len(qs) != 1 || qs[0].State != QAnswered {
		t.Errorf("questions after migration = %+v", qs)
	}
	if n := must[[]Note](t)(s.AllNotes()); len(n) != 1 {
		t.Errorf("notes after migration = %+v", n)
	}
	if tags := must[[]string](t)(s.Tags(ItemRef{KindArticle, 1})); len(tags) != 1 {
		t.Errorf("tags after migration = %q", tags)
	}
	// The search index is built from what the old file held.
	for query, kind := range map[string]string{"monterrey": KindArticle, "decided": KindQuote, "guzman": KindActor, "minutes": KindNote, "old wire": KindSource} {
		found := false
		for _, h := range must[[]Hit](t)(s.Search(query, 20)) {
			found = found || h.Ref.Kind == kind
		}
		if !found {
			t.Errorf("search %q after migration found no %s", query, kind)
		}
	}
	check(t, s.Close())
	if v := userVersion(t, path); v != SchemaVersion {
		t.Errorf("migrated file is version %d, want %d", v, SchemaVersion)
	}

	// The backup holds the old version, whole.
	bak := path + ".bak-v1"
	if v := userVersion(t, bak); v != 1 {
		t.Errorf("backup is version %d, want 1", v)
	}
	db, err := sql.Open("sqlite3", "file:"+bak+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	var n int
	check(t, db.QueryRow(`SELECT (SELECT count(*) FROM articles) + (SELECT count(*) FROM quotes) + (SELECT count(*) FROM actors)`).Scan(&n))
	db.Close()
	if n != 4 {
		t.Errorf("backup holds %d articles+quotes+actors, want 4", n)
	}

	// Opening again migrates nothing and writes no second backup.
	s = must[*Store](t)(Open(path))
	s.Close()
	if _, err := os.Stat(bak + "-2"); err == nil {
		t.Error("a second backup was written for an up-to-date dossier")
	}
}
