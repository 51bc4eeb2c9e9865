package dossier

import (
	"database/sql"
)

// Meta reads the dossier's own description.
func (s *Store) Meta() (Meta, error) {
	m, err := s.meta(s.r)
	return m, s.wrap(err)
}

func (s *Store) meta(q querier) (Meta, error) {
	rows, err := q.Query(`SELECT key, value FROM meta`)
	if err != nil {
		return Meta{}, err
	}
	defer rows.Close()
	var m Meta
	for rows.Next() {
		var k, v string
		if err := rows.Scan(&k, &v); err != nil {
			return Meta{}, err
		}
		switch k {
		case "title":
			m.Title = v
		case "subject":
			m.Subject = v
		case "author":
			m.Author = v
		case "marking":
			m.Marking = v
		case "bottom_line":
			m.BottomLine = v
		case "created":
			m.Created = parseTime(v)
		case "modified":
			m.Modified = parseTime(v)
		}
	}
	return m, rows.Err()
}

// UpdateMeta replaces the editable fields of the description; Created and
// Modified are kept by the store.
func (s *Store) UpdateMeta(m Meta) error {
	return s.write(func(tx *sql.Tx) error {
		for k, v := range map[string]string{
			"title": m.Title, "subject": m.Subject, "author": m.Author,
			"marking": m.Marking, "bottom_line": m.BottomLine,
		} {
			if _, err := tx.Exec(`INSERT INTO meta(key, value) VALUES (?, ?)
				ON CONFLICT(key) DO UPDATE SET value = excluded.value`, k, v); err != nil {
				return s.wrap(err)
			}
		}
		return nil
	})
}
