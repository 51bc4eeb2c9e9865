package dossier

import (
	"database/sql"
	"errors"
	"fmt"
	"sort"
	"strings"
)

// Sources lists sources in the order they are first cited; sources made by
// hand and never cited come last.
func (s *Store) Sources(f Filter) ([]Source, error) {
	ss, err := s.sources(s.r, f, 0)
	return ss, s.wrap(err)
}

// Source reads one source with its citations.
func (s *Store) Source(id int64) (Source, error) {
	ss, err := s.sources(s.r, Filter{}, id)
	if err != nil {
		return Source{}, s.wrap(err)
	}
	if len(ss) == 0 {
		return Source{}, notFound(KindSource, id)
	}
	return ss[0], nil
}

func (s *Store) sources(q querier, f Filter, id int64) ([]Source, error) {
	query := `SELECT id, name, kind, status, reliability, credibility FROM sources WHERE 1`
	cquery := `SELECT source_id, relation, coalesce(article_id, 0), paragraph, start, "end" FROM citations`
	var args, cargs []any
	if id != 0 {
		query += ` AND id = ?`
		cquery += ` WHERE source_id = ?`
		args, cargs = append(args, id), append(cargs, id)
	}
	if f.Status != "" {
		query += ` AND status = ?`
		args = append(args, f.Status)
	}
	if f.ArticleID != 0 {
		// Only the sources the article cites, with their citations in it:
		// an article's reading must not read every citation of an agency
		// cited in thousands of articles.
		query += ` AND id IN (SELECT source_id FROM citations WHERE article_id = ?)`
		args = append(args, f.ArticleID)
		if id == 0 {
			cquery += ` WHERE article_id = ?`
		} else {
			cquery += ` AND article_id = ?`
		}
		cargs = append(cargs, f.ArticleID)
	}
	rows, err := q.Query(query, args...)
	if err != nil {
		return nil, err
	}
	byID := map[int64]*Source{}
	var list []*Source
	for rows.Next() {
		x := &Source{}
		if err := rows.Scan(&x.ID, &x.Name, &x.Kind, &x.Status, &x.Grade.Reliability, &x.Grade.Credibility); err != nil {
			rows.Close()
			return nil, err
		}
		byID[x.ID] = x
		list = append(list, x)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	rows, err = q.Query(cquery+itemOrder, cargs...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var sid int64
		var c Citation
		if err := rows.Scan(&sid, &c.Relation, &c.Prov.ArticleID, &c.Prov.Paragraph, &c.Prov.Start, &c.Prov.End); err != nil {
			return nil, err
		}
		if x := byID[sid]; x != nil {
			x.Citations = append(x.Citations, c)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	needle := strings.ToLower(f.Text)
	var out []Source
	for _, x := range list {
		if f.ArticleID != 0 && !citedIn(x, f.ArticleID) {
			continue
		}
		if contains(needle, x.Name) {
			out = append(out, *x)
		}
	}
	// Citations are already in article order, so the first one is where the
	// source first appears.
	key := func(x Source) (int64, int) {
		if len(x.Citations) == 0 || x.Citations[0].Prov.ArticleID == 0 {
			return 1 << 62, 0
		}
		return x.Citations[0].Prov.ArticleID, x.Citations[0].Prov.Start
	}
	sort.SliceStable(out, func(i, j int) bool {
		ai, si := key(out[i])
		aj, sj := key(out[j])
		if ai != aj {
			return ai < aj
		}
		if si != sj {
			return si < sj
		}
		return out[i].ID < out[j].ID
	})
	return out, nil
}

func citedIn(x *Source, article int64) bool {
	for _, c := range x.Citations {
		if c.Prov.ArticleID == article {
			return true
		}
	}
	return false
}

// AddSource adds a source, with any citations given. Source names are
// unique in a dossier, ignoring case.
func (s *Store) AddSource(src Source) (int64, error) {
	st, err := checkStatus(src.Status)
	if err != nil {
		return 0, err
	}
	if err := checkGrade(src.Grade); err != nil {
		return 0, err
	}
	if norm(src.Name) == "" {
		return 0, errors.New("a source needs a name")
	}
	var id int64
	err = s.write(func(tx *sql.Tx) error {
		res, err := tx.Exec(`INSERT INTO sources(name, norm, kind, status, reliability, credibility) VALUES (?, ?, ?, ?, ?, ?)`,
			strings.TrimSpace(src.Name), norm(src.Name), src.Kind, st, src.Grade.Reliability, src.Grade.Credibility)
		if err != nil {
			return s.uniqueErr(err, src.Name)
		}
		if id, err = res.LastInsertId(); err != nil {
			return s.wrap(err)
		}
		for _, c := range src.Citations {
			if _, err := tx.Exec(`INSERT INTO citations(source_id, relation, article_id, paragraph, start, "end") VALUES (?, ?, ?, ?, ?, ?)`,
				id, c.Relation, nullID(c.Prov.ArticleID), c.Prov.Paragraph, c.Prov.Start, c.Prov.End); err != nil {
				return s.refErr(err, 0, c.Prov.ArticleID)
			}
		}
		return nil
	})
	return id, err
}

// UpdateSource changes a source's name, kind, status and grade; its
// citations stay.
func (s *Store) UpdateSource(src Source) error {
	st, err := checkStatus(src.Status)
	if err != nil {
		return err
	}
	if err := checkGrade(src.Grade); err != nil {
		return err
	}
	if norm(src.Name) == "" {
		return errors.New("a source needs a name")
	}
	return s.write(func(tx *sql.Tx) error {
		res, err := tx.Exec(`UPDATE sources SET name = ?, norm = ?, kind = ?, status = ?, reliability = ?, credibility = ? WHERE id = ?`,
			strings.TrimSpace(src.Name), norm(src.Name), src.Kind, st, src.Grade.Reliability, src.Grade.Credibility, src.ID)
		if err != nil {
			return s.uniqueErr(err, src.Name)
		}
		return affected(res, KindSource, src.ID)
	})
}

func (s *Store) uniqueErr(err error, name string) error {
	if strings.Contains(err.Error(), "UNIQUE") {
		return fmt.Errorf("a source named %q is already in the dossier", strings.TrimSpace(name))
	}
	return s.wrap(err)
}
