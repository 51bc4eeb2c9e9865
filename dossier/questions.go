package dossier

import (
	"database/sql"
	"errors"
	"fmt"
	"strings"
)

const questionCols = `id, text, sentence, coalesce(article_id, 0), paragraph, start, "end", status, state, answer, evidence`

// Questions lists open questions in article and text order.
func (s *Store) Questions(f Filter) ([]Question, error) {
	where, args := listWhere(f)
	qs, err := s.questions(s.r, f.Text, where, args...)
	return qs, s.wrap(err)
}

// Question reads one question.
func (s *Store) Question(id int64) (Question, error) {
	qs, err := s.questions(s.r, "", " WHERE id = ?", id)
	if err != nil {
		return Question{}, s.wrap(err)
	}
	if len(qs) == 0 {
		return Question{}, notFound(KindQuestion, id)
	}
	return qs[0], nil
}

func (s *Store) questions(q querier, text, where string, args ...any) ([]Question, error) {
	rows, err := q.Query(`SELECT `+questionCols+` FROM questions`+where+itemOrder, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	needle := strings.ToLower(text)
	var out []Question
	for rows.Next() {
		var x Question
		if err := rows.Scan(&x.ID, &x.Text, &x.Sentence, &x.Prov.ArticleID, &x.Prov.Paragraph, &x.Prov.Start, &x.Prov.End,
			&x.Status, &x.State, &x.Answer, &x.Evidence); err != nil {
			return nil, err
		}
		if contains(needle, x.Text, x.Sentence, x.Answer) {
			out = append(out, x)
		}
	}
	return out, rows.Err()
}

func checkState(st QuestionState) (QuestionState, error) {
	switch st {
	case "":
		return QOpen, nil
	case QOpen, QAnswered, QDropped:
		return st, nil
	}
	return "", fmt.Errorf("unknown question state %q", st)
}

// AddQuestion adds a question, open unless State says otherwise.
func (s *Store) AddQuestion(q Question) (int64, error) {
	st, err := checkStatus(q.Status)
	if err != nil {
		return 0, err
	}
	state, err := checkState(q.State)
	if err != nil {
		return 0, err
	}
	if strings.TrimSpace(q.Text) == "" {
		return 0, errors.New("a question needs its text")
	}
	var id int64
	err = s.write(func(tx *sql.Tx) error {
		res, err := tx.Exec(`INSERT INTO questions(text, sentence, article_id, paragraph, start, "end", status, state, answer, evidence)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			q.Text, q.Sentence, nullID(q.Prov.ArticleID), q.Prov.Paragraph, q.Prov.Start, q.Prov.End, st, state, q.Answer, q.Evidence)
		if err != nil {
			return s.refErr(err, 0, q.Prov.ArticleID)
		}
		id, err = res.LastInsertId()
		return s.wrap(err)
	})
	return id, err
}

// UpdateQuestion changes a question's text, status, state, answer and
// evidence; its source sentence and provenance stay.
func (s *Store) UpdateQuestion(q Question) error {
	st, err := checkStatus(q.Status)
	if err != nil {
		return err
	}
	state, err := checkState(q.State)
	if err != nil {
		return err
	}
	return s.write(func(tx *sql.Tx) error {
		res, err := tx.Exec(`UPDATE questions SET text = ?, status = ?, state = ?, answer = ?, evidence = ? WHERE id = ?`,
			q.Text, st, state, q.Answer, q.Evidence, q.ID)
		if err != nil {
			return s.wrap(err)
		}
		return affected(res, KindQuestion, q.ID)
	})
}
