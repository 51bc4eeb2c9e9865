package dossier

import (
	"database/sql"

	"github.com/briefwright/briefwright/dossier/extract"
)

// paraRowid is an article paragraph's row in paragraphs_fts; paragraph 0 is
// the title row, which triggers keep.
func paraRowid(article int64, paragraph int) int64 { return article<<24 | int64(paragraph) }

const maxParagraph = 1<<24 - 1

var paragraphsBatch = batchSpec{"paragraphs_fts", []string{"rowid", "title", "text"}}

// indexParagraphs adds an article's paragraphs to the search index, split
// as extract numbers them. Past the (unreachable in practice) 16,777,215th
// paragraph, the rest of the text goes into the last row.
func indexParagraphs(tx *sql.Tx, cache *stmtCache, id int64, text string) error {
	b := newBatch(tx, cache, paragraphsBatch)
	defer b.close()
	for _, p := range extract.Paragraphs(text) {
		body := text[p.Start:p.End]
		if p.Index == maxParagraph {
			body = text[p.Start:]
		}
		if err := b.row().ref(paraRowid(id, p.Index)).text("").text(body).end(); err != nil {
			return err
		}
		if p.Index == maxParagraph {
			break
		}
	}
	return b.flush()
}

// indexAllParagraphs indexes every article's paragraphs (upgrading from a
// dossier without a search index).
func indexAllParagraphs(tx *sql.Tx) error {
	rows, err := tx.Query(`SELECT id, text FROM articles ORDER BY id`)
	if err != nil {
		return err
	}
	type art struct {
		id   int64
		text string
	}
	var arts []art
	for rows.Next() {
		var a art
		if err := rows.Scan(&a.id, &a.text); err != nil {
			rows.Close()
			return err
		}
		arts = append(arts, a)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for _, a := range arts {
		if err := indexParagraphs(tx, nil, a.id, a.text); err != nil {
			return err
		}
	}
	return nil
}
