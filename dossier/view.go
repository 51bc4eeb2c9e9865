package dossier

import (
	"database/sql"
	"strconv"
	"strings"
)

// View is one consistent state of a dossier, read item by item: for a
// writer that needs every item, such as the JSON export, but not all of
// them in memory at once. Each list comes in the order Snapshot gives it;
// a callback's error stops the reading and is returned.
type View struct {
	s  *Store
	tx *sql.Tx
}

// View calls f with a View of the dossier as it is now; writes made
// meanwhile are not seen.
func (s *Store) View(f func(*View) error) error {
	tx, err := s.r.Begin()
	if err != nil {
		return s.wrap(err)
	}
	defer tx.Rollback()
	return f(&View{s: s, tx: tx})
}

// Meta reads the dossier's own fields.
func (v *View) Meta() (Meta, error) {
	m, err := v.s.meta(v.tx)
	return m, v.s.wrap(err)
}

// Articles calls f for each article, with its text, in import order.
func (v *View) Articles(f func(Article) error) error {
	return v.each(`SELECT `+articleCols+`, text FROM articles ORDER BY id`, func(rows *sql.Rows) error {
		var a Article
		if err := scanArticle(rows, &a, &a.Text); err != nil {
			return v.s.wrap(err)
		}
		return f(a)
	})
}

// Actors calls f for each actor not merged into another. Actors are few
// next to what mentions them, and are read as Snapshot reads them.
func (v *View) Actors(f func(Actor) error) error {
	as, err := v.s.actors(v.tx, nil, Filter{})
	if err != nil {
		return v.s.wrap(err)
	}
	for _, a := range as {
		if err := f(a); err != nil {
			return err
		}
	}
	return nil
}

// Sources calls f for each source with its citations.
func (v *View) Sources(f func(Source) error) error {
	ss, err := v.s.sources(v.tx, Filter{}, 0)
	if err != nil {
		return v.s.wrap(err)
	}
	for _, x := range ss {
		if err := f(x); err != nil {
			return err
		}
	}
	return nil
}

// Quotes calls f for each quote, its speaker shown as the actor it is
// merged into, in article and text order.
func (v *View) Quotes(f func(Quote) error) error {
	g, err := loadGraph(v.tx)
	if err != nil {
		return v.s.wrap(err)
	}
	return v.inItemOrder(`SELECT `+quoteCols+` FROM quotes`, func(rows *sql.Rows) error {
		var x Quote
		if err := rows.Scan(&x.ID, &x.Text, &x.SpeakerID, &x.SpeakerLabel, &x.Cue,
			&x.Prov.ArticleID, &x.Prov.Paragraph, &x.Prov.Start, &x.Prov.End,
			&x.Status, &x.Grade.Reliability, &x.Grade.Credibility); err != nil {
			return v.s.wrap(err)
		}
		x.SpeakerName = x.SpeakerLabel
		if x.SpeakerID != 0 {
			x.SpeakerID = g.root(x.SpeakerID)
			x.SpeakerName = g.name[x.SpeakerID]
		}
		return f(x)
	})
}

// Questions calls f for each question in article and text order.
func (v *View) Questions(f func(Question) error) error {
	return v.inItemOrder(`SELECT `+questionCols+` FROM questions`, func(rows *sql.Rows) error {
		var x Question
		if err := rows.Scan(&x.ID, &x.Text, &x.Sentence, &x.Prov.ArticleID, &x.Prov.Paragraph, &x.Prov.Start, &x.Prov.End,
			&x.Status, &x.State, &x.Answer, &x.Evidence); err != nil {
			return v.s.wrap(err)
		}
		return f(x)
	})
}

// eventChunk is how many events Events reads by id at a time.
const eventChunk = 512

// Events calls f for each event in timeline order. No index gives that
// order, so the ids are sorted first, without the text, and the events
// read by id a chunk at a time.
func (v *View) Events(f func(Event) error) error {
	order, err := ids(v.tx, `SELECT id FROM events`+eventOrder)
	if err != nil {
		return v.s.wrap(err)
	}
	at := make(map[int64]int, eventChunk)
	chunk := make([]Event, 0, eventChunk)
	var list strings.Builder
	for len(order) > 0 {
		n := min(len(order), eventChunk)
		list.Reset()
		list.WriteByte('[')
		clear(at)
		for i, id := range order[:n] {
			if i > 0 {
				list.WriteByte(',')
			}
			list.WriteString(strconv.FormatInt(id, 10))
			at[id] = i
		}
		list.WriteByte(']')
		chunk = chunk[:n]
		err := v.each(`SELECT `+eventCols+` FROM events WHERE id IN (SELECT value FROM json_each(?))`, func(rows *sql.Rows) error {
			var x Event
			if err := rows.Scan(&x.ID, &x.When, &x.Value, &x.Text, &x.Prov.ArticleID, &x.Prov.Paragraph, &x.Prov.Start, &x.Prov.End, &x.Status); err != nil {
				return v.s.wrap(err)
			}
			chunk[at[x.ID]] = x
			return nil
		}, list.String())
		if err != nil {
			return err
		}
		for _, x := range chunk {
			if err := f(x); err != nil {
				return err
			}
		}
		order = order[n:]
	}
	return nil
}

// Notes calls f for each note in the order they were written.
func (v *View) Notes(f func(Note) error) error {
	return v.each(`SELECT id, target_kind, target_id, text, created, modified FROM notes ORDER BY id`, func(rows *sql.Rows) error {
		var n Note
		var created, modified string
		if err := rows.Scan(&n.ID, &n.Target.Kind, &n.Target.ID, &n.Text, &created, &modified); err != nil {
			return v.s.wrap(err)
		}
		n.Created, n.Modified = parseTime(created), parseTime(modified)
		return f(n)
	})
}

// Tags calls f for each tagged item, by kind and id, with its tags.
func (v *View) Tags(f func(ItemRef, []string) error) error {
	var cur ItemRef
	var tags []string
	err := v.each(`SELECT target_kind, target_id, tag FROM tags ORDER BY target_kind, target_id, tag COLLATE NOCASE`, func(rows *sql.Rows) error {
		var r ItemRef
		var t string
		if err := rows.Scan(&r.Kind, &r.ID, &t); err != nil {
			return v.s.wrap(err)
		}
		if len(tags) > 0 && r != cur {
			if err := f(cur, tags); err != nil {
				return err
			}
			tags = nil
		}
		cur = r
		tags = append(tags, t)
		return nil
	})
	if err != nil || len(tags) == 0 {
		return err
	}
	return f(cur, tags)
}

// inItemOrder runs query in itemOrder in two parts, items of an article
// then items made by hand, so that the (article_id, start) index gives the
// order and SQLite sorts nothing.
func (v *View) inItemOrder(query string, row func(*sql.Rows) error) error {
	if err := v.each(query+` WHERE article_id IS NOT NULL ORDER BY article_id, start, id`, row); err != nil {
		return err
	}
	return v.each(query+` WHERE article_id IS NULL ORDER BY start, id`, row)
}

// each runs query and calls row for each row; a query error is wrapped,
// row's own errors are returned as they are.
func (v *View) each(query string, row func(*sql.Rows) error, args ...any) error {
	rows, err := v.tx.Query(query, args...)
	if err != nil {
		return v.s.wrap(err)
	}
	defer rows.Close()
	for rows.Next() {
		if err := row(rows); err != nil {
			return err
		}
	}
	return v.s.wrap(rows.Err())
}
