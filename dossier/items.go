package dossier

import (
	"database/sql"
	"fmt"
)

// statusTables are the kinds that carry a review status.
var statusTables = map[string]string{
	KindActor:    "actors",
	KindQuote:    "quotes",
	KindSource:   "sources",
	KindQuestion: "questions",
	KindEvent:    "events",
}

// SetStatus sets the review status of items of one kind in one transaction
// (bulk accept passes many IDs). If any of them does not exist, nothing
// changes.
func (s *Store) SetStatus(kind string, status Status, ids ...int64) error {
	table, ok := statusTables[kind]
	if !ok {
		return fmt.Errorf("%ss have no review status", kind)
	}
	if status == "" {
		return fmt.Errorf("no review status given")
	}
	if _, err := checkStatus(status); err != nil {
		return err
	}
	uniq := map[int64]bool{}
	for _, id := range ids {
		uniq[id] = true
	}
	return s.write(func(tx *sql.Tx) error {
		st, err := tx.Prepare(`UPDATE ` + table + ` SET status = ? WHERE id = ?`)
		if err != nil {
			return s.wrap(err)
		}
		defer st.Close()
		for id := range uniq {
			res, err := st.Exec(status, id)
			if err != nil {
				return s.wrap(err)
			}
			if err := affected(res, kind, id); err != nil {
				return err
			}
		}
		return nil
	})
}

// Delete removes one item (an actor's quotes keep their text and lose their
// speaker). Deleting an actor removes the actors merged into it too, as it
// is shown as one. Notes and tags on the removed items go with them. The
// GUI asks for confirmation first.
func (s *Store) Delete(ref ItemRef) error {
	table, ok := kindTables[ref.Kind]
	if !ok {
		return fmt.Errorf("cannot delete a %s", ref.Kind)
	}
	return s.write(func(tx *sql.Tx) error {
		switch ref.Kind {
		case KindArticle:
			return s.deleteArticle(tx, ref.ID)
		case KindActor:
			g, err := loadGraph(tx)
			if err != nil {
				return s.wrap(err)
			}
			if _, ok := g.parent[ref.ID]; !ok {
				return notFound(ref.Kind, ref.ID)
			}
			in, args := inList(g.group(ref.ID))
			if _, err := tx.Exec(`DELETE FROM actors WHERE id IN (`+in+`)`, args...); err != nil {
				return s.wrap(err)
			}
		default:
			res, err := tx.Exec(`DELETE FROM `+table+` WHERE id = ?`, ref.ID)
			if err != nil {
				return s.wrap(err)
			}
			if err := affected(res, ref.Kind, ref.ID); err != nil {
				return err
			}
		}
		return s.wrap(dropOrphans(tx))
	})
}

// exists checks that ref names an item; the dossier itself is KindDossier
// with ID 0.
func (s *Store) exists(q querier, ref ItemRef) error {
	if ref.Kind == KindDossier {
		if ref.ID != 0 {
			return notFound(ref.Kind, ref.ID)
		}
		return nil
	}
	table, ok := kindTables[ref.Kind]
	if !ok {
		return fmt.Errorf("unknown kind of item %q", ref.Kind)
	}
	var one int
	err := q.QueryRow(`SELECT 1 FROM `+table+` WHERE id = ?`, ref.ID).Scan(&one)
	if err == sql.ErrNoRows {
		return notFound(ref.Kind, ref.ID)
	}
	return s.wrap(err)
}
