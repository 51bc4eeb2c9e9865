package dossier

import (
	"database/sql"
	"fmt"
	"strconv"
	"strings"
)

// querier is what reads need: the read pool, or one transaction when a
// method must see a single consistent state (Snapshot) or read its own
// writes.
type querier interface {
	Query(query string, args ...any) (*sql.Rows, error)
	QueryRow(query string, args ...any) *sql.Row
	Exec(query string, args ...any) (sql.Result, error)
}

// nullID stores id 0 (no article, no speaker) as NULL.
func nullID(id int64) any {
	if id == 0 {
		return nil
	}
	return id
}

// status defaults an unset status to Proposed and rejects unknown ones.
func checkStatus(st Status) (Status, error) {
	switch st {
	case "":
		return Proposed, nil
	case Proposed, Accepted, Rejected:
		return st, nil
	}
	return "", fmt.Errorf("unknown review status %q", st)
}

func checkGrade(g Grade) error {
	if !g.Valid() {
		return fmt.Errorf("grade %q is not a reliability A-F with a credibility 1-6", g.String())
	}
	return nil
}

// norm is the form names are compared in: case folded, spaces collapsed.
func norm(s string) string {
	return strings.ToLower(strings.Join(strings.Fields(s), " "))
}

// contains reports whether needle (already folded) occurs in any of hay,
// ignoring case.
func contains(needle string, hay ...string) bool {
	if needle == "" {
		return true
	}
	for _, h := range hay {
		if strings.Contains(strings.ToLower(h), needle) {
			return true
		}
	}
	return false
}

// inList returns what goes inside "IN (…)" to match ids, and its
// argument: the ids as one JSON array that json_each reads, so that a
// list of any length is a single parameter. (One placeholder per id would
// fail past SQLite's 32,766 parameters: an article naming that many
// actors could not be deleted.)
func inList(ids []int64) (string, []any) {
	b := make([]byte, 0, 2+8*len(ids))
	b = append(b, '[')
	for i, id := range ids {
		if i > 0 {
			b = append(b, ',')
		}
		b = strconv.AppendInt(b, id, 10)
	}
	b = append(b, ']')
	return `SELECT value FROM json_each(?)`, []any{string(b)}
}

// placeholders returns "?, ?, ?" for n parameters.
func placeholders(n int) string {
	return strings.TrimSuffix(strings.Repeat("?, ", n), ", ")
}

// notFound reports a missing item.
func notFound(kind string, id int64) error {
	return fmt.Errorf("%s: %w", ItemRef{Kind: kind, ID: id}, ErrNotFound)
}

// affected turns "no row changed" into ErrNotFound.
func affected(res sql.Result, kind string, id int64) error {
	n, err := res.RowsAffected()
	if err != nil {
		return err
	}
	if n == 0 {
		return notFound(kind, id)
	}
	return nil
}
