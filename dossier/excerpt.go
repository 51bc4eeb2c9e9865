package dossier

import (
	"database/sql"
	"sort"
	"strconv"
	"strings"
)

// Caps bound what an Excerpt reads of the kinds an article can hold millions
// of: at most so many quotes, questions and events per article, the
// accepted ones first.
type Caps struct {
	Quotes, Questions, Events int
	// AcceptedOnly leaves out the items nobody has accepted yet; rejected
	// items are always left out.
	AcceptedOnly bool
}

// Excerpt is the part of a dossier a briefing prints, read in one
// consistent state: the meta, every article with its text, every actor,
// source, note and tag, and of the quotes, questions and events only what
// the Caps let through, with counts of everything. Its memory follows what
// the briefing prints, not what the dossier holds.
type Excerpt struct {
	Dossier // Quotes, Questions and Events capped; rejected items left out
	// Left counts the items left out, by kind ("quotes", "questions",
	// "events") and article id; 0 stands for the items of no article
	// in the dossier (made by hand).
	Left map[string]map[int64]int
	// Counts of the items not rejected (nor proposed, with AcceptedOnly),
	// left out or not.
	TotalQuotes, OpenQuestions, TotalEvents int
	QuotesBySpeaker                         map[string]int // by SpeakerName ("" for none)
}

// cappedKind describes how one capped kind is read.
type cappedKind struct {
	name   string // key in Excerpt.Left
	table  string
	cols   string
	order  string // the order lists give it, as an ORDER BY's terms
	cap    int
	counts map[int64]int // kept items per article id (0: none)
}

// Excerpt reads the dossier as a briefing bounded by c prints it. An item
// whose article is not in the dossier counts as made by hand, as its
// provenance cannot be cited.
func (s *Store) Excerpt(c Caps) (*Excerpt, error) {
	tx, err := s.r.Begin()
	if err != nil {
		return nil, s.wrap(err)
	}
	defer tx.Rollback()
	ex, err := s.excerpt(tx, c)
	return ex, s.wrap(err)
}

func (s *Store) excerpt(tx *sql.Tx, c Caps) (*Excerpt, error) {
	ex := &Excerpt{Dossier: Dossier{Path: s.path}, Left: map[string]map[int64]int{}, QuotesBySpeaker: map[string]int{}}
	d := &ex.Dossier
	var err error
	if d.Meta, err = s.meta(tx); err != nil {
		return nil, err
	}
	if d.Articles, err = s.articles(tx, true); err != nil {
		return nil, err
	}
	if d.Actors, err = s.actors(tx, nil, Filter{}); err != nil {
		return nil, err
	}
	if d.Sources, err = s.sources(tx, Filter{}, 0); err != nil {
		return nil, err
	}
	if d.Notes, err = s.notes(tx, ""); err != nil {
		return nil, err
	}
	if d.Tags, err = allTags(tx); err != nil {
		return nil, err
	}
	known := make(map[int64]bool, len(d.Articles))
	for _, a := range d.Articles {
		known[a.ID] = true
	}
	part := func(article int64) int64 {
		if known[article] {
			return article
		}
		return 0
	}
	keep := ` WHERE status <> 'rejected'`
	if c.AcceptedOnly {
		keep = ` WHERE status = 'accepted'`
	}
	g, err := loadGraph(tx)
	if err != nil {
		return nil, err
	}

	// Quotes are counted per article and per speaker as shown (merged
	// actors resolved), from narrow rows read without sorting.
	quotes := cappedKind{name: "quotes", table: "quotes", cols: quoteCols, cap: c.Quotes,
		order: `article_id IS NULL, article_id, start, id`, counts: map[int64]int{}}
	rows, err := tx.Query(`SELECT coalesce(article_id, 0), coalesce(speaker_id, 0), speaker_label FROM quotes` + keep)
	if err != nil {
		return nil, err
	}
	bySpeaker := map[int64]int{}
	for rows.Next() {
		var article, speaker int64
		var label sql.RawBytes
		if err := rows.Scan(&article, &speaker, &label); err != nil {
			rows.Close()
			return nil, err
		}
		quotes.counts[part(article)]++
		ex.TotalQuotes++
		if speaker != 0 {
			bySpeaker[speaker]++
		} else {
			ex.QuotesBySpeaker[string(label)]++
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	for id, n := range bySpeaker {
		ex.QuotesBySpeaker[g.name[g.root(id)]] += n
	}
	err = s.capped(tx, quotes, keep, ex, func(rows *sql.Rows) error {
		var x Quote
		if err := rows.Scan(&x.ID, &x.Text, &x.SpeakerID, &x.SpeakerLabel, &x.Cue,
			&x.Prov.ArticleID, &x.Prov.Paragraph, &x.Prov.Start, &x.Prov.End,
			&x.Status, &x.Grade.Reliability, &x.Grade.Credibility); err != nil {
			return err
		}
		x.SpeakerName = x.SpeakerLabel
		if x.SpeakerID != 0 {
			x.SpeakerID = g.root(x.SpeakerID)
			x.SpeakerName = g.name[x.SpeakerID]
		}
		d.Quotes = append(d.Quotes, x)
		return nil
	})
	if err != nil {
		return nil, err
	}
	sort.Slice(d.Quotes, func(i, j int) bool {
		return itemBefore(d.Quotes[i].Prov, d.Quotes[j].Prov, d.Quotes[i].ID, d.Quotes[j].ID)
	})

	questions := cappedKind{name: "questions", table: "questions", cols: questionCols, cap: c.Questions,
		order: `article_id IS NULL, article_id, start, id`, counts: map[int64]int{}}
	err = eachRow(tx, `SELECT coalesce(article_id, 0), count(*), sum(state IN ('open', '')) FROM questions`+keep+` GROUP BY article_id`,
		func(rows *sql.Rows) error {
			var article int64
			var n, open int
			if err := rows.Scan(&article, &n, &open); err != nil {
				return err
			}
			questions.counts[part(article)] += n
			ex.OpenQuestions += open
			return nil
		})
	if err != nil {
		return nil, err
	}
	err = s.capped(tx, questions, keep, ex, func(rows *sql.Rows) error {
		var x Question
		if err := rows.Scan(&x.ID, &x.Text, &x.Sentence, &x.Prov.ArticleID, &x.Prov.Paragraph, &x.Prov.Start, &x.Prov.End,
			&x.Status, &x.State, &x.Answer, &x.Evidence); err != nil {
			return err
		}
		d.Questions = append(d.Questions, x)
		return nil
	})
	if err != nil {
		return nil, err
	}
	sort.Slice(d.Questions, func(i, j int) bool {
		return itemBefore(d.Questions[i].Prov, d.Questions[j].Prov, d.Questions[i].ID, d.Questions[j].ID)
	})

	events := cappedKind{name: "events", table: "events", cols: eventCols, cap: c.Events,
		order: `value = '', value, article_id IS NULL, article_id, start, id`, counts: map[int64]int{}}
	err = eachRow(tx, `SELECT coalesce(article_id, 0), count(*) FROM events`+keep+` GROUP BY article_id`,
		func(rows *sql.Rows) error {
			var article int64
			var n int
			if err := rows.Scan(&article, &n); err != nil {
				return err
			}
			events.counts[part(article)] += n
			ex.TotalEvents += n
			return nil
		})
	if err != nil {
		return nil, err
	}
	err = s.capped(tx, events, keep, ex, func(rows *sql.Rows) error {
		var x Event
		if err := rows.Scan(&x.ID, &x.When, &x.Value, &x.Text, &x.Prov.ArticleID, &x.Prov.Paragraph, &x.Prov.Start, &x.Prov.End, &x.Status); err != nil {
			return err
		}
		d.Events = append(d.Events, x)
		return nil
	})
	if err != nil {
		return nil, err
	}
	sort.Slice(d.Events, func(i, j int) bool {
		x, y := d.Events[i], d.Events[j]
		if (x.Value == "") != (y.Value == "") {
			return y.Value == ""
		}
		if x.Value != y.Value {
			return x.Value < y.Value
		}
		return itemBefore(x.Prov, y.Prov, x.ID, y.ID)
	})
	return ex, nil
}

// capped reads k's kept rows (keep is the WHERE clause choosing them): all
// of an article's when it has at most k.cap, else its k.cap first in
// k.order with the accepted ones first, and counts the rest in ex.Left.
// Rows come in no particular order. Only the rows returned are sorted, so
// memory and SQLite's sorter stay bounded by what the caps let through.
func (s *Store) capped(tx *sql.Tx, k cappedKind, keep string, ex *Excerpt, scan func(*sql.Rows) error) error {
	var over []int64
	for a, n := range k.counts {
		if n > k.cap {
			over = append(over, a)
		}
	}
	sort.Slice(over, func(i, j int) bool { return over[i] < over[j] })
	inArticles := `article_id IN (SELECT id FROM articles)`
	// The articles not over the cap, in one query.
	var ovJSON strings.Builder
	ovJSON.WriteByte('[')
	handMadeOver := false
	for _, a := range over {
		if a == 0 {
			handMadeOver = true
			continue
		}
		if ovJSON.Len() > 1 {
			ovJSON.WriteByte(',')
		}
		ovJSON.WriteString(strconv.FormatInt(a, 10))
	}
	ovJSON.WriteByte(']')
	q := `SELECT ` + k.cols + ` FROM ` + k.table + keep
	rest := q
	if len(over) > 0 {
		rest += ` AND coalesce(article_id, 0) NOT IN (SELECT value FROM json_each(?))`
		if handMadeOver {
			rest += ` AND ` + inArticles
		}
	}
	var args []any
	if len(over) > 0 {
		args = append(args, ovJSON.String())
	}
	if err := eachRow(tx, rest, scan, args...); err != nil {
		return err
	}
	// Each article over the cap on its own: SQLite keeps only k.cap rows
	// while it sorts with a LIMIT.
	left := map[int64]int{}
	for _, a := range over {
		where := ` AND article_id = ?`
		args := []any{a}
		if a == 0 {
			where, args = ` AND (article_id IS NULL OR NOT `+inArticles+`)`, nil
		}
		args = append(args, k.cap)
		if err := eachRow(tx, q+where+` ORDER BY status <> 'accepted', `+k.order+` LIMIT ?`, scan, args...); err != nil {
			return err
		}
		left[a] = k.counts[a] - k.cap
	}
	if len(left) > 0 {
		ex.Left[k.name] = left
	}
	return nil
}

// eachRow runs query and calls f for each row.
func eachRow(q querier, query string, f func(*sql.Rows) error, args ...any) error {
	rows, err := q.Query(query, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := f(rows); err != nil {
			return err
		}
	}
	return rows.Err()
}

// itemBefore orders items as lists give them: by article, items made by
// hand last, then by place in the text.
func itemBefore(a, b Provenance, ida, idb int64) bool {
	if (a.ArticleID == 0) != (b.ArticleID == 0) {
		return b.ArticleID == 0
	}
	if a.ArticleID != b.ArticleID {
		return a.ArticleID < b.ArticleID
	}
	if a.Start != b.Start {
		return a.Start < b.Start
	}
	return ida < idb
}
