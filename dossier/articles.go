package dossier

import (
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/briefwright/briefwright/dossier/extract"
)

// AddArticle stores an article and everything extracted from it in one
// transaction, as proposed items; actors already in the dossier (same name
// or alias) gain mentions instead of being duplicated. A text already present
// gives a *DuplicateError and changes nothing.
//
// The store computes SHA256, Words and Added; the other fields are kept as
// given.
func (s *Store) AddArticle(a Article, x *extract.Extraction) (int64, error) {
	if strings.TrimSpace(a.Text) == "" {
		return 0, fmt.Errorf("article %q has no text", a.Title)
	}
	sum := sha256.Sum256([]byte(a.Text))
	a.SHA256 = hex.EncodeToString(sum[:])
	a.Words = countWords(a.Text)
	a.Added = time.Now().UTC()
	if s.w != nil {
		if err := s.stmts.prepare(s.w, insertQueries); err != nil {
			return 0, s.wrap(err)
		}
	}
	err := s.write(func(tx *sql.Tx) error {
		var dup Article
		err := tx.QueryRow(`SELECT id, title FROM articles WHERE sha256 = ?`, a.SHA256).Scan(&dup.ID, &dup.Title)
		if err == nil {
			return &DuplicateError{Existing: dup}
		}
		if !errors.Is(err, sql.ErrNoRows) {
			return s.wrap(err)
		}
		res, err := tx.Exec(`INSERT INTO articles(title, outlet, author, published, url, format, file, sha256, text, words, added)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			a.Title, a.Outlet, a.Author, a.Published, a.URL, a.Format, a.File, a.SHA256, a.Text, a.Words, formatTime(a.Added))
		if err != nil {
			return s.wrap(err)
		}
		if a.ID, err = res.LastInsertId(); err != nil {
			return s.wrap(err)
		}
		if err := indexParagraphs(tx, &s.stmts, a.ID, a.Text); err != nil {
			return s.wrap(err)
		}
		if x != nil {
			if err := addExtraction(tx, &s.stmts, a.ID, a.Text, x); err != nil {
				return s.wrap(err)
			}
		}
		return nil
	})
	if err != nil {
		return 0, err
	}
	return a.ID, nil
}

// countWords counts what strings.Fields would return, without building
// the slice (millions of words for the largest article).
func countWords(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); {
		var space bool
		if c := s[i]; c < utf8.RuneSelf {
			space = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\v' || c == '\f'
			i++
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
			i += size
		}
		if !space && !in {
			n++
		}
		in = !space
	}
	return n
}

// addExtraction writes the proposals for article id, whose text is text.
func addExtraction(tx *sql.Tx, cache *stmtCache, id int64, text string, x *extract.Extraction) error {
	// A span outside the text is stored as empty, so that readers can
	// always slice the text with it.
	span := func(start, end int) (int, int) {
		if start < 0 || end < start || end > len(text) {
			return 0, 0
		}
		return start, end
	}
	ins, err := newInserter(tx, cache)
	if err != nil {
		return err
	}
	defer ins.close()

	actorIDs := map[string]int64{} // norm(extracted name) -> dossier actor
	// speakers remembers the dossier actor (or none, 0) a quote's speaker
	// resolved to: a long article quotes the same few people thousands of
	// times, often by a name that is only an alias.
	speakers := map[string]int64{}
	for _, xa := range x.Actors {
		n := norm(xa.Name)
		if n == "" {
			continue
		}
		aid, ok := actorIDs[n]
		if !ok {
			if aid, err = ins.findActor(n, xa.Kind); err != nil {
				return err
			}
			if aid == 0 {
				if aid, err = ins.newActor(Actor{Name: xa.Name, Kind: xa.Kind, Role: xa.Role, Affiliation: xa.Affiliation}); err != nil {
					return err
				}
			} else if err := ins.enrichActor(aid, xa.Role, xa.Affiliation); err != nil {
				return err
			}
			actorIDs[n] = aid
		}
		for _, al := range xa.Aliases {
			if err := ins.alias(aid, al); err != nil {
				return err
			}
		}
		spans := xa.Spans
		if len(spans) == 0 {
			// Tie the actor to the article even without a located mention,
			// so deleting the article can tell whether the actor goes too.
			spans = []extract.Span{{}}
		}
		for _, sp := range spans {
			start, end := span(sp.Start, sp.End)
			if err := ins.mentions.row().ref(aid).ref(id).int(sp.Paragraph).int(start).int(end).end(); err != nil {
				return err
			}
		}
	}

	for _, q := range x.Quotes {
		var speaker int64
		label := q.Speaker
		if q.SpeakerNamed && q.Speaker != "" {
			n := norm(q.Speaker)
			aid, ok := actorIDs[n]
			if !ok {
				if aid, ok = speakers[n]; !ok {
					if aid, err = ins.findActor(n, ""); err != nil {
						return err
					}
					speakers[n] = aid
				}
			}
			if aid != 0 {
				speaker, label = aid, ""
			}
		}
		start, end := span(q.Start, q.End)
		if err := ins.quotes.row().text(q.Text).ref(speaker).text(label).text(q.Cue).ref(id).int(q.Paragraph).int(start).int(end).end(); err != nil {
			return err
		}
	}

	for _, src := range x.Sources {
		n := norm(src.Name)
		if n == "" {
			continue
		}
		sid, err := ins.source(src.Name, n, src.Kind)
		if err != nil {
			return err
		}
		start, end := span(src.Start, src.End)
		if err := ins.citations.row().ref(sid).text(src.Relation).ref(id).int(src.Paragraph).int(start).int(end).end(); err != nil {
			return err
		}
	}

	for _, q := range x.Questions {
		start, end := span(q.Start, q.End)
		if err := ins.questions.row().text(q.Text).text(q.Sentence).ref(id).int(q.Paragraph).int(start).int(end).end(); err != nil {
			return err
		}
	}
	for _, d := range x.Dates {
		start, end := span(d.Start, d.End)
		if err := ins.events.row().text(d.Text).text(d.Value).text(d.Event).ref(id).int(d.Paragraph).int(start).int(end).end(); err != nil {
			return err
		}
	}
	for _, b := range ins.batches {
		if err := b.flush(); err != nil {
			return err
		}
	}
	return nil
}

// inserter holds the statements one article's proposals are written with.
type inserter struct {
	tx                                            *sql.Tx
	findName, findAlias, actor, aliasStmt, enrich *sql.Stmt
	findSource, newSource                         *sql.Stmt
	all                                           []*sql.Stmt

	mentions, quotes, citations, questions, events *batch
	batches                                        []*batch
}

// The statements and batches an article's proposals are written with.
var (
	mentionsBatch  = batchSpec{"mentions", []string{"actor_id", "article_id", "paragraph", "start", `"end"`}}
	quotesBatch    = batchSpec{"quotes", []string{"text", "speaker_id", "speaker_label", "cue", "article_id", "paragraph", "start", `"end"`}}
	citationsBatch = batchSpec{"citations", []string{"source_id", "relation", "article_id", "paragraph", "start", `"end"`}}
	questionsBatch = batchSpec{"questions", []string{"text", "sentence", "article_id", "paragraph", "start", `"end"`}}
	eventsBatch    = batchSpec{"events", []string{"when_text", "value", "text", "article_id", "paragraph", "start", `"end"`}}

	// An actor matches by name, else by alias, when the kinds agree (or
	// one is unknown); an unmerged actor is preferred.
	findNameSQL = `SELECT id FROM actors WHERE norm = ?1 AND (kind = ?2 OR kind = '' OR ?2 = '')
		ORDER BY merged_into IS NOT NULL, id LIMIT 1`
	findAliasSQL = `SELECT a.id FROM actor_aliases al JOIN actors a ON a.id = al.actor_id
		WHERE al.norm = ?1 AND (a.kind = ?2 OR a.kind = '' OR ?2 = '')
		ORDER BY a.merged_into IS NOT NULL, a.id LIMIT 1`
	newActorSQL = `INSERT INTO actors(name, norm, kind, role, affiliation, status) VALUES (?, ?, ?, ?, ?, ?)`
	aliasSQL    = `INSERT OR IGNORE INTO actor_aliases(actor_id, alias, norm)
		SELECT ?1, ?2, ?3 WHERE ?3 <> (SELECT norm FROM actors WHERE id = ?1)`
	enrichSQL = `UPDATE actors SET role = CASE WHEN role = '' THEN ?2 ELSE role END,
		affiliation = CASE WHEN affiliation = '' THEN ?3 ELSE affiliation END
		WHERE id = ?1 AND ((role = '' AND ?2 <> '') OR (affiliation = '' AND ?3 <> ''))`
	findSourceSQL = `SELECT id FROM sources WHERE norm = ?`
	newSourceSQL  = `INSERT INTO sources(name, norm, kind) VALUES (?, ?, ?)`

	insertQueries = []string{findNameSQL, findAliasSQL, newActorSQL, aliasSQL, enrichSQL, findSourceSQL, newSourceSQL,
		mentionsBatch.full(), quotesBatch.full(), citationsBatch.full(), questionsBatch.full(), eventsBatch.full(),
		paragraphsBatch.full()}
)

func newInserter(tx *sql.Tx, cache *stmtCache) (*inserter, error) {
	ins := &inserter{
		tx:        tx,
		mentions:  newBatch(tx, cache, mentionsBatch),
		quotes:    newBatch(tx, cache, quotesBatch),
		citations: newBatch(tx, cache, citationsBatch),
		questions: newBatch(tx, cache, questionsBatch),
		events:    newBatch(tx, cache, eventsBatch),
	}
	ins.batches = []*batch{ins.mentions, ins.quotes, ins.citations, ins.questions, ins.events}
	for _, p := range []struct {
		dst **sql.Stmt
		sql string
	}{
		{&ins.findName, findNameSQL}, {&ins.findAlias, findAliasSQL}, {&ins.actor, newActorSQL},
		{&ins.aliasStmt, aliasSQL}, {&ins.enrich, enrichSQL}, {&ins.findSource, findSourceSQL}, {&ins.newSource, newSourceSQL},
	} {
		st, err := cache.in(tx, p.sql)
		if err != nil {
			ins.close()
			return nil, err
		}
		*p.dst = st
		ins.all = append(ins.all, st)
	}
	return ins, nil
}

func (ins *inserter) close() {
	for _, st := range ins.all {
		st.Close()
	}
	for _, b := range ins.batches {
		b.close()
	}
}

// findActor returns the dossier actor named n (normalised), or 0.
func (ins *inserter) findActor(n, kind string) (int64, error) {
	for _, st := range []*sql.Stmt{ins.findName, ins.findAlias} {
		var id int64
		err := st.QueryRow(n, kind).Scan(&id)
		if err == nil {
			return id, nil
		}
		if !errors.Is(err, sql.ErrNoRows) {
			return 0, err
		}
	}
	return 0, nil
}

func (ins *inserter) newActor(a Actor) (int64, error) {
	st, err := checkStatus(a.Status)
	if err != nil {
		return 0, err
	}
	a.Name = strings.TrimSpace(a.Name)
	res, err := ins.actor.Exec(a.Name, norm(a.Name), a.Kind, a.Role, a.Affiliation, st)
	if err != nil {
		return 0, err
	}
	id, err := res.LastInsertId()
	if err != nil {
		return 0, err
	}
	for _, al := range a.Aliases {
		if err := ins.alias(id, al); err != nil {
			return 0, err
		}
	}
	return id, nil
}

// enrichActor fills a known actor's empty role and affiliation.
func (ins *inserter) enrichActor(id int64, role, affiliation string) error {
	if role == "" && affiliation == "" {
		return nil
	}
	_, err := ins.enrich.Exec(id, role, affiliation)
	return err
}

// alias adds an alias unless the actor already has it or is named so.
func (ins *inserter) alias(id int64, alias string) error {
	alias = strings.TrimSpace(alias)
	if alias == "" {
		return nil
	}
	_, err := ins.aliasStmt.Exec(id, alias, norm(alias))
	return err
}

// source returns the dossier's source of that name, adding it if new.
func (ins *inserter) source(name, n, kind string) (int64, error) {
	var id int64
	err := ins.findSource.QueryRow(n).Scan(&id)
	if err == nil {
		return id, nil
	}
	if !errors.Is(err, sql.ErrNoRows) {
		return 0, err
	}
	res, err := ins.newSource.Exec(strings.TrimSpace(name), n, kind)
	if err != nil {
		return 0, err
	}
	return res.LastInsertId()
}

const articleCols = `id, title, outlet, author, published, url, format, file, sha256, words, added`

func scanArticle(sc interface{ Scan(...any) error }, a *Article, extra ...any) error {
	var added string
	dst := append([]any{&a.ID, &a.Title, &a.Outlet, &a.Author, &a.Published, &a.URL, &a.Format, &a.File, &a.SHA256, &a.Words, &added}, extra...)
	if err := sc.Scan(dst...); err != nil {
		return err
	}
	a.Added = parseTime(added)
	return nil
}

// Articles lists the articles in import order, without their text.
func (s *Store) Articles() ([]Article, error) { return s.articles(s.r, false) }

func (s *Store) articles(q querier, withText bool) ([]Article, error) {
	cols := articleCols
	if withText {
		cols += ", text"
	}
	rows, err := q.Query(`SELECT ` + cols + ` FROM articles ORDER BY id`)
	if err != nil {
		return nil, s.wrap(err)
	}
	defer rows.Close()
	var out []Article
	for rows.Next() {
		var a Article
		var extra []any
		if withText {
			extra = append(extra, &a.Text)
		}
		if err := scanArticle(rows, &a, extra...); err != nil {
			return nil, s.wrap(err)
		}
		out = append(out, a)
	}
	return out, s.wrap(rows.Err())
}

// Article reads one article with its text.
func (s *Store) Article(id int64) (Article, error) {
	var a Article
	err := scanArticle(s.r.QueryRow(`SELECT `+articleCols+`, text FROM articles WHERE id = ?`, id), &a, &a.Text)
	if errors.Is(err, sql.ErrNoRows) {
		return Article{}, notFound(KindArticle, id)
	}
	return a, s.wrap(err)
}

// UpdateArticle changes an article's metadata (title, outlet, author,
// published, URL); its text and provenance stay as imported.
func (s *Store) UpdateArticle(a Article) error {
	return s.write(func(tx *sql.Tx) error {
		res, err := tx.Exec(`UPDATE articles SET title = ?, outlet = ?, author = ?, published = ?, url = ? WHERE id = ?`,
			a.Title, a.Outlet, a.Author, a.Published, a.URL, a.ID)
		if err != nil {
			return s.wrap(err)
		}
		return affected(res, KindArticle, a.ID)
	})
}

// DeleteArticle removes an article with everything extracted from it.
// Actors and sources it introduced go too unless something else still
// refers to them (a mention or citation elsewhere, a quote, a merge).
func (s *Store) DeleteArticle(id int64) error {
	return s.write(func(tx *sql.Tx) error { return s.deleteArticle(tx, id) })
}

func (s *Store) deleteArticle(tx *sql.Tx, id int64) error {
	actors, err := ids(tx, `SELECT DISTINCT actor_id FROM mentions WHERE article_id = ?`, id)
	if err != nil {
		return s.wrap(err)
	}
	sources, err := ids(tx, `SELECT DISTINCT source_id FROM citations WHERE article_id = ?`, id)
	if err != nil {
		return s.wrap(err)
	}
	res, err := tx.Exec(`DELETE FROM articles WHERE id = ?`, id)
	if err != nil {
		return s.wrap(err)
	}
	if err := affected(res, KindArticle, id); err != nil {
		return err
	}
	if len(actors) > 0 {
		in, args := inList(actors)
		// Repeat so an actor whose only tie was a merged actor just
		// removed goes as well; each round removes at least one, so a
		// damaged file cannot keep the loop going.
		for range len(actors) {
			res, err := tx.Exec(`DELETE FROM actors WHERE id IN (`+in+`)
				AND NOT EXISTS (SELECT 1 FROM mentions m WHERE m.actor_id = actors.id)
				AND NOT EXISTS (SELECT 1 FROM quotes q WHERE q.speaker_id = actors.id)
				AND NOT EXISTS (SELECT 1 FROM actors c WHERE c.merged_into = actors.id)`, args...)
			if err != nil {
				return s.wrap(err)
			}
			if n, _ := res.RowsAffected(); n == 0 {
				break
			}
		}
	}
	if len(sources) > 0 {
		in, args := inList(sources)
		if _, err := tx.Exec(`DELETE FROM sources WHERE id IN (`+in+`)
			AND NOT EXISTS (SELECT 1 FROM citations c WHERE c.source_id = sources.id)`, args...); err != nil {
			return s.wrap(err)
		}
	}
	return s.wrap(dropOrphans(tx))
}

// ids runs a query returning one id per row.
func ids(q querier, query string, args ...any) ([]int64, error) {
	rows, err := q.Query(query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		out = append(out, id)
	}
	return out, rows.Err()
}

// kindTables maps item kinds to their tables.
var kindTables = map[string]string{
	KindArticle:  "articles",
	KindActor:    "actors",
	KindQuote:    "quotes",
	KindSource:   "sources",
	KindQuestion: "questions",
	KindEvent:    "events",
	KindNote:     "notes",
}

// dropOrphans removes notes and tags whose item is gone.
func dropOrphans(tx *sql.Tx) error {
	for _, table := range []string{"notes", "tags"} {
		for _, kind := range []string{KindArticle, KindActor, KindQuote, KindSource, KindQuestion, KindEvent, KindNote} {
			if _, err := tx.Exec(`DELETE FROM `+table+` WHERE target_kind = ? AND target_id NOT IN (SELECT id FROM `+kindTables[kind]+`)`, kind); err != nil {
				return err
			}
		}
	}
	return nil
}
