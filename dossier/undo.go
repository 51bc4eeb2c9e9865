package dossier

import (
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"sync"
)

// History is the undo log of one open dossier: each change made through
// Do keeps the rows it may touch as they were before, so Undo can put
// them back exactly — status, fields, aliases, mentions, quotes, notes and
// tags, and the search index with them. It lives as long as the dossier
// stays open.
type History struct {
	st *Store

	mu    sync.Mutex
	steps []*undoStep
}

// maxUndo is how many changes History keeps.
const maxUndo = 100

// ErrNothingToUndo is returned by Undo when no change is recorded.
var ErrNothingToUndo = errors.New("nothing to undo")

type undoStep struct {
	what   string
	refs   []ItemRef
	scopes []rowScope
	rows   [][]rowImage // per scope, as before the change
	added  []ItemRef    // items the change made, deleted by its undo
}

// rowScope is a set of rows of one table: those where col is one of ids
// (and, for notes and tags, whose target is of kind).
type rowScope struct {
	table string
	col   string
	kind  string
	ids   []int64
}

// rowImage is one row as it was: its columns' names and values.
type rowImage struct {
	cols []string
	vals []any
}

// NewHistory starts an empty undo log for st.
func NewHistory(st *Store) *History { return &History{st: st} }

// Do runs fn, a change to the items refs (their status, fields, tags and
// notes, merges between them, or their deletion), and records how to undo
// it under the name what ("accept quote").
func (h *History) Do(what string, refs []ItemRef, fn func(st *Store) error) error {
	_, err := h.DoAdding(what, refs, func(st *Store) ([]ItemRef, error) { return nil, fn(st) })
	return err
}

// DoAdding is Do for a change that also makes new items, which fn
// returns ("change the speaker to a new actor"): they did not exist when
// the rows were kept, so its undo deletes them. It returns them too.
func (h *History) DoAdding(what string, refs []ItemRef, fn func(st *Store) ([]ItemRef, error)) ([]ItemRef, error) {
	scopes, err := h.st.scopesOf(refs)
	if err != nil {
		return nil, err
	}
	rows, err := h.st.capture(scopes)
	if err != nil {
		return nil, err
	}
	added, err := fn(h.st)
	if err != nil {
		return added, err
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	h.steps = append(h.steps, &undoStep{what: what, refs: refs, scopes: scopes, rows: rows, added: added})
	if len(h.steps) > maxUndo {
		h.steps = h.steps[len(h.steps)-maxUndo:]
	}
	return added, nil
}

// Next names the change Undo would undo, "" when there is none.
func (h *History) Next() string {
	h.mu.Lock()
	defer h.mu.Unlock()
	if len(h.steps) == 0 {
		return ""
	}
	return h.steps[len(h.steps)-1].what
}

// Undo undoes the last change recorded and returns its name.
func (h *History) Undo() (string, error) {
	what, _, err := h.UndoItems()
	return what, err
}

// UndoItems is Undo, also returning the items the change was made to, as
// given to Do, and those it made, now removed.
func (h *History) UndoItems() (string, []ItemRef, error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if len(h.steps) == 0 {
		return "", nil, ErrNothingToUndo
	}
	s := h.steps[len(h.steps)-1]
	if err := h.st.restore(s); err != nil {
		return s.what, nil, err
	}
	h.steps = h.steps[:len(h.steps)-1]
	return s.what, append(s.refs[:len(s.refs):len(s.refs)], s.added...), nil
}

// restoreOrder is the order tables are written back in, parents first.
var restoreOrder = []string{"articles", "actors", "actor_aliases", "mentions", "sources", "citations",
	"quotes", "questions", "events", "notes", "tags"}

// withoutRowid tables are matched by all their columns.
var withoutRowid = map[string]bool{"actor_aliases": true, "tags": true}

// scopesOf lists the rows a change to refs can touch: for an article,
// everything extracted from it and the actors and sources it may leave
// orphaned; for an actor, every actor merged into it with their aliases,
// mentions and quotes; for every item its notes and tags.
func (s *Store) scopesOf(refs []ItemRef) ([]rowScope, error) {
	byTable := map[string][]int64{}
	var targets []ItemRef
	add := func(table string, ids ...int64) { byTable[table] = append(byTable[table], ids...) }
	g, err := loadGraph(s.r)
	if err != nil {
		return nil, s.wrap(err)
	}
	var actors, sources, articles []int64
	for _, r := range refs {
		targets = append(targets, r)
		switch r.Kind {
		case KindActor:
			actors = append(actors, r.ID)
		case KindSource:
			sources = append(sources, r.ID)
		case KindArticle:
			articles = append(articles, r.ID)
		case KindDossier:
		default:
			table, ok := kindTables[r.Kind]
			if !ok {
				return nil, fmt.Errorf("cannot undo a change to a %s", r.Kind)
			}
			add(table, r.ID)
		}
	}
	for _, a := range articles {
		add("articles", a)
		for _, t := range []string{"mentions", "quotes", "citations", "questions", "events"} {
			byTable[t+"@article_id"] = append(byTable[t+"@article_id"], a)
		}
		more, err := ids(s.r, `SELECT DISTINCT actor_id FROM mentions WHERE article_id = ?`, a)
		if err != nil {
			return nil, s.wrap(err)
		}
		actors = append(actors, more...)
		more, err = ids(s.r, `SELECT DISTINCT source_id FROM citations WHERE article_id = ?`, a)
		if err != nil {
			return nil, s.wrap(err)
		}
		sources = append(sources, more...)
		for _, k := range []string{KindQuote, KindQuestion, KindEvent} {
			more, err := ids(s.r, `SELECT id FROM `+kindTables[k]+` WHERE article_id = ?`, a)
			if err != nil {
				return nil, s.wrap(err)
			}
			for _, id := range more {
				targets = append(targets, ItemRef{k, id})
			}
		}
	}
	seen := map[int64]bool{}
	for _, a := range actors {
		for _, m := range g.group(g.root(a)) {
			if !seen[m] {
				seen[m] = true
				add("actors", m)
				targets = append(targets, ItemRef{KindActor, m})
			}
		}
	}
	var group []int64
	for m := range seen {
		group = append(group, m)
	}
	byTable["actor_aliases@actor_id"] = group
	byTable["mentions@actor_id"] = group
	byTable["quotes@speaker_id"] = group
	add("sources", sources...)
	byTable["citations@source_id"] = sources
	for _, id := range sources {
		targets = append(targets, ItemRef{KindSource, id})
	}
	// Notes on the items, and the notes on those notes.
	noteIDs, err := s.notesOn(targets)
	if err != nil {
		return nil, err
	}
	for _, id := range noteIDs {
		targets = append(targets, ItemRef{KindNote, id})
	}

	var out []rowScope
	for key, ids := range byTable {
		if len(ids) == 0 {
			continue
		}
		table, col, ok := strings.Cut(key, "@")
		if !ok {
			col = "id"
		}
		out = append(out, rowScope{table: table, col: col, ids: ids})
	}
	for kind, ids := range byKind(targets) {
		out = append(out, rowScope{table: "notes", col: "target_id", kind: kind, ids: ids},
			rowScope{table: "tags", col: "target_id", kind: kind, ids: ids})
	}
	return out, nil
}

func byKind(refs []ItemRef) map[string][]int64 {
	out := map[string][]int64{}
	for _, r := range refs {
		out[r.Kind] = append(out[r.Kind], r.ID)
	}
	return out
}

func (s *Store) notesOn(targets []ItemRef) ([]int64, error) {
	var out []int64
	for kind, list := range byKind(targets) {
		in, args := inList(list)
		more, err := ids(s.r, `SELECT id FROM notes WHERE target_kind = ? AND target_id IN (`+in+`)`, append([]any{kind}, args...)...)
		if err != nil {
			return nil, s.wrap(err)
		}
		out = append(out, more...)
	}
	return out, nil
}

// where gives the scope's condition and its arguments.
func (sc rowScope) where() (string, []any) {
	in, args := inList(sc.ids)
	w := quoteIdent(sc.col) + ` IN (` + in + `)`
	if sc.kind != "" {
		return `target_kind = ? AND ` + w, append([]any{sc.kind}, args...)
	}
	return w, args
}

// capture reads the rows of every scope.
func (s *Store) capture(scopes []rowScope) ([][]rowImage, error) {
	tx, err := s.r.Begin()
	if err != nil {
		return nil, s.wrap(err)
	}
	defer tx.Rollback()
	out := make([][]rowImage, len(scopes))
	for i, sc := range scopes {
		where, args := sc.where()
		imgs, err := readImages(tx, `SELECT * FROM `+quoteIdent(sc.table)+` WHERE `+where, args...)
		if err != nil {
			return nil, s.wrap(err)
		}
		out[i] = imgs
	}
	return out, nil
}

func readImages(q querier, query string, args ...any) ([]rowImage, error) {
	rows, err := q.Query(query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		return nil, err
	}
	var out []rowImage
	for rows.Next() {
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			return nil, err
		}
		out = append(out, rowImage{cols: cols, vals: vals})
	}
	return out, rows.Err()
}

// restore writes a step's rows back in one transaction: rows in its scopes
// that were not there before go, rows that were are written back as they
// were (updated in place, so nothing hanging on them is cascaded away).
func (s *Store) restore(step *undoStep) error {
	return s.write(func(tx *sql.Tx) error {
		// Rows go back parent first, but an actor may be merged into one
		// written after it: check references at commit.
		if _, err := tx.Exec(`PRAGMA defer_foreign_keys = ON`); err != nil {
			return s.wrap(err)
		}
		for _, table := range restoreOrder {
			for i, sc := range step.scopes {
				if sc.table != table {
					continue
				}
				if err := restoreScope(tx, sc, step.rows[i]); err != nil {
					return s.wrap(fmt.Errorf("undo %s: %w", step.what, err))
				}
			}
		}
		for _, r := range step.added {
			table, ok := kindTables[r.Kind]
			if !ok {
				return fmt.Errorf("undo %s: cannot remove a %s", step.what, r.Kind)
			}
			query := `DELETE FROM ` + quoteIdent(table) + ` WHERE id = ?1`
			if r.Kind == KindActor {
				// An article imported since may name the actor, which
				// is no part of the change: an actor in use stays.
				query += ` AND NOT EXISTS (SELECT 1 FROM mentions WHERE actor_id = ?1)
					AND NOT EXISTS (SELECT 1 FROM quotes WHERE speaker_id = ?1)
					AND NOT EXISTS (SELECT 1 FROM actors WHERE merged_into = ?1)`
			}
			if _, err := tx.Exec(query, r.ID); err != nil {
				return s.wrap(fmt.Errorf("undo %s: %w", step.what, err))
			}
		}
		return nil
	})
}

func restoreScope(tx *sql.Tx, sc rowScope, before []rowImage) error {
	table := quoteIdent(sc.table)
	if withoutRowid[sc.table] {
		// Aliases and tags have no id of their own: the scope's rows are
		// replaced whole.
		where, args := sc.where()
		if _, err := tx.Exec(`DELETE FROM `+table+` WHERE `+where, args...); err != nil {
			return err
		}
		for _, img := range before {
			if err := insertRow(tx, sc.table, img); err != nil {
				return err
			}
		}
		return nil
	}
	was := map[int64]bool{}
	for _, img := range before {
		was[img.id()] = true
	}
	// Rows the change added to the scope (a note, an alias) go.
	where, args := sc.where()
	now, err := ids(tx, `SELECT id FROM `+table+` WHERE `+where, args...)
	if err != nil {
		return err
	}
	var added []int64
	for _, id := range now {
		if !was[id] {
			added = append(added, id)
		}
	}
	if len(added) > 0 {
		in, args := inList(added)
		if _, err := tx.Exec(`DELETE FROM `+table+` WHERE id IN (`+in+`)`, args...); err != nil {
			return err
		}
	}
	for _, img := range before {
		if err := putRow(tx, sc.table, img); err != nil {
			return err
		}
	}
	return nil
}

func (img rowImage) id() int64 {
	for i, c := range img.cols {
		if c == "id" {
			if v, ok := img.vals[i].(int64); ok {
				return v
			}
		}
	}
	return 0
}

// putRow writes a row back: updated in place when its id is there, so
// that rows referring to it stay, else inserted again.
func putRow(tx *sql.Tx, table string, img rowImage) error {
	var set []string
	var args []any
	for i, c := range img.cols {
		if c != "id" {
			set = append(set, quoteIdent(c)+` = ?`)
			args = append(args, img.vals[i])
		}
	}
	res, err := tx.Exec(`UPDATE `+quoteIdent(table)+` SET `+strings.Join(set, ", ")+` WHERE id = ?`, append(args, img.id())...)
	if err != nil {
		return err
	}
	if n, err := res.RowsAffected(); err != nil || n > 0 {
		return err
	}
	if err := insertRow(tx, table, img); err != nil {
		return err
	}
	if table == "articles" {
		// The title is indexed by a trigger, the paragraphs by the store.
		for i, c := range img.cols {
			if c == "text" {
				if text, ok := img.vals[i].(string); ok {
					return indexParagraphs(tx, nil, img.id(), text)
				}
			}
		}
	}
	return nil
}

func insertRow(tx *sql.Tx, table string, img rowImage) error {
	cols := make([]string, len(img.cols))
	for i, c := range img.cols {
		cols[i] = quoteIdent(c)
	}
	_, err := tx.Exec(`INSERT INTO `+quoteIdent(table)+`(`+strings.Join(cols, ", ")+`) VALUES (`+placeholders(len(cols))+`)`, img.vals...)
	return err
}

func quoteIdent(s string) string { return `"` + strings.ReplaceAll(s, `"`, `""`) + `"` }
