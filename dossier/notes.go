package dossier

import (
	"database/sql"
	"errors"
	"sort"
	"strings"
	"time"
)

// Notes lists the notes on one item, oldest first.
func (s *Store) Notes(target ItemRef) ([]Note, error) {
	ns, err := s.notes(s.r, ` WHERE target_kind = ? AND target_id = ?`, target.Kind, target.ID)
	return ns, s.wrap(err)
}

// AllNotes lists every note, oldest first.
func (s *Store) AllNotes() ([]Note, error) {
	ns, err := s.notes(s.r, "")
	return ns, s.wrap(err)
}

func (s *Store) notes(q querier, where string, args ...any) ([]Note, error) {
	rows, err := q.Query(`SELECT id, target_kind, target_id, text, created, modified FROM notes`+where+` ORDER BY id`, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Note
	for rows.Next() {
		var n Note
		var created, modified string
		if err := rows.Scan(&n.ID, &n.Target.Kind, &n.Target.ID, &n.Text, &created, &modified); err != nil {
			return nil, err
		}
		n.Created, n.Modified = parseTime(created), parseTime(modified)
		out = append(out, n)
	}
	return out, rows.Err()
}

// AddNote attaches a note to an item, or to the dossier with
// ItemRef{KindDossier, 0}.
func (s *Store) AddNote(target ItemRef, text string) (int64, error) {
	if strings.TrimSpace(text) == "" {
		return 0, errors.New("the note is empty")
	}
	var id int64
	err := s.write(func(tx *sql.Tx) error {
		if err := s.exists(tx, target); err != nil {
			return err
		}
		now := formatTime(time.Now())
		res, err := tx.Exec(`INSERT INTO notes(target_kind, target_id, text, created, modified) VALUES (?, ?, ?, ?, ?)`,
			target.Kind, target.ID, text, now, now)
		if err != nil {
			return s.wrap(err)
		}
		id, err = res.LastInsertId()
		return s.wrap(err)
	})
	return id, err
}

// UpdateNote replaces a note's text.
func (s *Store) UpdateNote(id int64, text string) error {
	if strings.TrimSpace(text) == "" {
		return errors.New("the note is empty")
	}
	return s.write(func(tx *sql.Tx) error {
		res, err := tx.Exec(`UPDATE notes SET text = ?, modified = ? WHERE id = ?`, text, formatTime(time.Now()), id)
		if err != nil {
			return s.wrap(err)
		}
		return affected(res, KindNote, id)
	})
}

// Tags lists an item's tags in alphabetical order.
func (s *Store) Tags(target ItemRef) ([]string, error) {
	rows, err := s.r.Query(`SELECT tag FROM tags WHERE target_kind = ? AND target_id = ? ORDER BY tag COLLATE NOCASE`, target.Kind, target.ID)
	if err != nil {
		return nil, s.wrap(err)
	}
	return s.strings(rows)
}

// SetTags replaces an item's tags. Tags are trimmed; empty ones and
// repeats (ignoring case) are dropped.
func (s *Store) SetTags(target ItemRef, tags []string) error {
	return s.write(func(tx *sql.Tx) error {
		if err := s.exists(tx, target); err != nil {
			return err
		}
		if _, err := tx.Exec(`DELETE FROM tags WHERE target_kind = ? AND target_id = ?`, target.Kind, target.ID); err != nil {
			return s.wrap(err)
		}
		seen := map[string]bool{}
		for _, t := range tags {
			t = strings.Join(strings.Fields(t), " ")
			if t == "" || seen[strings.ToLower(t)] {
				continue
			}
			seen[strings.ToLower(t)] = true
			if _, err := tx.Exec(`INSERT INTO tags(target_kind, target_id, tag) VALUES (?, ?, ?)`, target.Kind, target.ID, t); err != nil {
				return s.wrap(err)
			}
		}
		return nil
	})
}

// AllTags lists every tag used in the dossier, in alphabetical order.
func (s *Store) AllTags() ([]string, error) {
	rows, err := s.r.Query(`SELECT DISTINCT tag FROM tags ORDER BY tag COLLATE NOCASE`)
	if err != nil {
		return nil, s.wrap(err)
	}
	return s.strings(rows)
}

// allTags reads every item's tags.
func allTags(q querier) (map[ItemRef][]string, error) {
	rows, err := q.Query(`SELECT target_kind, target_id, tag FROM tags ORDER BY target_kind, target_id, tag COLLATE NOCASE`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[ItemRef][]string{}
	for rows.Next() {
		var r ItemRef
		var t string
		if err := rows.Scan(&r.Kind, &r.ID, &t); err != nil {
			return nil, err
		}
		out[r] = append(out[r], t)
	}
	return out, rows.Err()
}

func (s *Store) strings(rows *sql.Rows) ([]string, error) {
	defer rows.Close()
	var out []string
	for rows.Next() {
		var t string
		if err := rows.Scan(&t); err != nil {
			return nil, s.wrap(err)
		}
		out = append(out, t)
	}
	sort.SliceStable(out, func(i, j int) bool { return strings.ToLower(out[i]) < strings.ToLower(out[j]) })
	return out, s.wrap(rows.Err())
}
