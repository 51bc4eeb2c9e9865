package dossier

import (
	"database/sql"
	"errors"
	"strings"
)

const eventCols = `id, when_text, value, text, coalesce(article_id, 0), paragraph, start, "end", status`

// eventOrder is timeline order: dated events by their normalised date,
// then undated ones in article and text order.
const eventOrder = ` ORDER BY value = '', value, article_id IS NULL, article_id, start, id`

// Events lists events in timeline order.
func (s *Store) Events(f Filter) ([]Event, error) {
	where, args := listWhere(f)
	es, err := s.events(s.r, f.Text, where, args...)
	return es, s.wrap(err)
}

// Event reads one event.
func (s *Store) Event(id int64) (Event, error) {
	es, err := s.events(s.r, "", " WHERE id = ?", id)
	if err != nil {
		return Event{}, s.wrap(err)
	}
	if len(es) == 0 {
		return Event{}, notFound(KindEvent, id)
	}
	return es[0], nil
}

func (s *Store) events(q querier, text, where string, args ...any) ([]Event, error) {
	rows, err := q.Query(`SELECT `+eventCols+` FROM events`+where+eventOrder, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	needle := strings.ToLower(text)
	var out []Event
	for rows.Next() {
		var x Event
		if err := rows.Scan(&x.ID, &x.When, &x.Value, &x.Text, &x.Prov.ArticleID, &x.Prov.Paragraph, &x.Prov.Start, &x.Prov.End, &x.Status); err != nil {
			return nil, err
		}
		if contains(needle, x.Text, x.When) {
			out = append(out, x)
		}
	}
	return out, rows.Err()
}

// AddEvent adds an event to the timeline.
func (s *Store) AddEvent(e Event) (int64, error) {
	st, err := checkStatus(e.Status)
	if err != nil {
		return 0, err
	}
	if strings.TrimSpace(e.When) == "" && strings.TrimSpace(e.Text) == "" {
		return 0, errors.New("an event needs a date or a description")
	}
	var id int64
	err = s.write(func(tx *sql.Tx) error {
		res, err := tx.Exec(`INSERT INTO events(when_text, value, text, article_id, paragraph, start, "end", status) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
			e.When, e.Value, e.Text, nullID(e.Prov.ArticleID), e.Prov.Paragraph, e.Prov.Start, e.Prov.End, st)
		if err != nil {
			return s.refErr(err, 0, e.Prov.ArticleID)
		}
		id, err = res.LastInsertId()
		return s.wrap(err)
	})
	return id, err
}

// UpdateEvent changes an event's date, description and status; its
// provenance stays.
func (s *Store) UpdateEvent(e Event) error {
	st, err := checkStatus(e.Status)
	if err != nil {
		return err
	}
	return s.write(func(tx *sql.Tx) error {
		res, err := tx.Exec(`UPDATE events SET when_text = ?, value = ?, text = ?, status = ? WHERE id = ?`,
			e.When, e.Value, e.Text, st, e.ID)
		if err != nil {
			return s.wrap(err)
		}
		return affected(res, KindEvent, e.ID)
	})
}
