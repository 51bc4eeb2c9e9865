package dossier

import (
	"database/sql"
	"errors"
	"strings"
)

const quoteCols = `id, text, coalesce(speaker_id, 0), speaker_label, cue,
	coalesce(article_id, 0), paragraph, start, "end", status, reliability, credibility`

// itemOrder puts items in article order, then text order; hand-made items
// (no article) come last.
const itemOrder = ` ORDER BY article_id IS NULL, article_id, start, id`

// listWhere builds the WHERE clause for a filter's status and article.
func listWhere(f Filter) (string, []any) {
	var conds []string
	var args []any
	if f.Status != "" {
		conds = append(conds, "status = ?")
		args = append(args, f.Status)
	}
	if f.ArticleID != 0 {
		conds = append(conds, "article_id = ?")
		args = append(args, f.ArticleID)
	}
	if len(conds) == 0 {
		return "", nil
	}
	return " WHERE " + strings.Join(conds, " AND "), args
}

// Quotes lists quotes in article and text order, each speaker shown as the
// actor it is merged into, if any.
func (s *Store) Quotes(f Filter) ([]Quote, error) {
	qs, err := s.quotes(s.r, f, "")
	return qs, s.wrap(err)
}

// Quote reads one quote.
func (s *Store) Quote(id int64) (Quote, error) {
	qs, err := s.quotes(s.r, Filter{}, " WHERE id = ?", id)
	if err != nil {
		return Quote{}, s.wrap(err)
	}
	if len(qs) == 0 {
		return Quote{}, notFound(KindQuote, id)
	}
	return qs[0], nil
}

func (s *Store) quotes(q querier, f Filter, where string, args ...any) ([]Quote, error) {
	if where == "" {
		where, args = listWhere(f)
	}
	rows, err := q.Query(`SELECT `+quoteCols+` FROM quotes`+where+itemOrder, args...)
	if err != nil {
		return nil, err
	}
	var all []Quote
	for rows.Next() {
		var x Quote
		if err := rows.Scan(&x.ID, &x.Text, &x.SpeakerID, &x.SpeakerLabel, &x.Cue,
			&x.Prov.ArticleID, &x.Prov.Paragraph, &x.Prov.Start, &x.Prov.End,
			&x.Status, &x.Grade.Reliability, &x.Grade.Credibility); err != nil {
			rows.Close()
			return nil, err
		}
		all = append(all, x)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	// Speakers show as the actor they are merged into: for a few quotes
	// the chains are followed one by one, for a list the whole merge
	// forest is read once.
	resolve := func(id int64) (int64, string, error) { return resolveActor(q, id) }
	if len(all) > 3 {
		g, err := loadGraph(q)
		if err != nil {
			return nil, err
		}
		resolve = func(id int64) (int64, string, error) { r := g.root(id); return r, g.name[r], nil }
	}
	needle := strings.ToLower(f.Text)
	out := all[:0]
	for _, x := range all {
		x.SpeakerName = x.SpeakerLabel
		if x.SpeakerID != 0 {
			if x.SpeakerID, x.SpeakerName, err = resolve(x.SpeakerID); err != nil {
				return nil, err
			}
		}
		if contains(needle, x.Text, x.SpeakerName) {
			out = append(out, x)
		}
	}
	if len(out) == 0 {
		return nil, nil
	}
	return out, nil
}

// AddQuote adds a quote made by hand (or with a provenance the caller
// knows).
func (s *Store) AddQuote(q Quote) (int64, error) {
	st, err := checkStatus(q.Status)
	if err != nil {
		return 0, err
	}
	if err := checkGrade(q.Grade); err != nil {
		return 0, err
	}
	if strings.TrimSpace(q.Text) == "" {
		return 0, errors.New("a quote needs its text")
	}
	var id int64
	err = s.write(func(tx *sql.Tx) error {
		res, err := tx.Exec(`INSERT INTO quotes(text, speaker_id, speaker_label, cue, article_id, paragraph, start, "end", status, reliability, credibility)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			q.Text, nullID(q.SpeakerID), q.SpeakerLabel, q.Cue, nullID(q.Prov.ArticleID), q.Prov.Paragraph, q.Prov.Start, q.Prov.End,
			st, q.Grade.Reliability, q.Grade.Credibility)
		if err != nil {
			return s.refErr(err, q.SpeakerID, q.Prov.ArticleID)
		}
		id, err = res.LastInsertId()
		return s.wrap(err)
	})
	return id, err
}

// UpdateQuote changes a quote's text, speaker, cue, status and grade; its
// provenance stays. A SpeakerID that is the actor the stored speaker is
// merged into keeps the stored speaker, so undoing the merge still works.
func (s *Store) UpdateQuote(q Quote) error {
	st, err := checkStatus(q.Status)
	if err != nil {
		return err
	}
	if err := checkGrade(q.Grade); err != nil {
		return err
	}
	return s.write(func(tx *sql.Tx) error {
		var stored sql.NullInt64
		err := tx.QueryRow(`SELECT speaker_id FROM quotes WHERE id = ?`, q.ID).Scan(&stored)
		if errors.Is(err, sql.ErrNoRows) {
			return notFound(KindQuote, q.ID)
		}
		if err != nil {
			return s.wrap(err)
		}
		speaker := q.SpeakerID
		if stored.Valid && speaker != 0 && speaker != stored.Int64 {
			g, err := loadGraph(tx)
			if err != nil {
				return s.wrap(err)
			}
			if g.root(stored.Int64) == speaker {
				speaker = stored.Int64
			}
		}
		_, err = tx.Exec(`UPDATE quotes SET text = ?, speaker_id = ?, speaker_label = ?, cue = ?, status = ?, reliability = ?, credibility = ? WHERE id = ?`,
			q.Text, nullID(speaker), q.SpeakerLabel, q.Cue, st, q.Grade.Reliability, q.Grade.Credibility, q.ID)
		return s.refErr(err, speaker, 0)
	})
}

// SetSpeaker attributes a quote to an actor; actorID 0 leaves the quote
// with its speaker label only.
func (s *Store) SetSpeaker(quoteID, actorID int64) error {
	return s.write(func(tx *sql.Tx) error {
		res, err := tx.Exec(`UPDATE quotes SET speaker_id = ? WHERE id = ?`, nullID(actorID), quoteID)
		if err != nil {
			return s.refErr(err, actorID, 0)
		}
		return affected(res, KindQuote, quoteID)
	})
}

// SetNewSpeaker adds the actor a and attributes the quote to it, in one
// transaction: a quote that has gone leaves no new actor behind.
func (s *Store) SetNewSpeaker(quoteID int64, a Actor) (int64, error) {
	return s.addActor(a, func(tx *sql.Tx, id int64) error {
		res, err := tx.Exec(`UPDATE quotes SET speaker_id = ? WHERE id = ?`, id, quoteID)
		if err != nil {
			return s.wrap(err)
		}
		return affected(res, KindQuote, quoteID)
	})
}

// refErr explains a foreign-key failure as the missing item.
func (s *Store) refErr(err error, actorID, articleID int64) error {
	if err == nil {
		return nil
	}
	if strings.Contains(err.Error(), "FOREIGN KEY") {
		if actorID != 0 {
			if _, aerr := s.Actor(actorID); errors.Is(aerr, ErrNotFound) {
				return aerr
			}
		}
		if articleID != 0 {
			return notFound(KindArticle, articleID)
		}
	}
	return s.wrap(err)
}
