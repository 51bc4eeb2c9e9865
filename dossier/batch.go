package dossier

import (
	"database/sql"
	"strings"
)

// batchRows is how many rows one INSERT of a batch carries: a long article
// has hundreds of thousands of mentions and tens of thousands of quotes,
// and one statement per row spends more time in the driver than in SQLite.
const batchRows = 64

// batch collects rows for a table and inserts them batchRows at a time.
type batch struct {
	tx   *sql.Tx
	head string // INSERT INTO t(cols) VALUES
	row  string // (?, ?, ...)
	cols int
	full *sql.Stmt // the statement for a full batch, once needed
	args []any
}

func newBatch(tx *sql.Tx, table string, cols ...string) *batch {
	return &batch{
		tx:   tx,
		head: "INSERT INTO " + table + "(" + strings.Join(cols, ", ") + ") VALUES ",
		row:  "(" + strings.TrimSuffix(strings.Repeat("?, ", len(cols)), ", ") + ")",
		cols: len(cols),
	}
}

func (b *batch) query(rows int) string {
	return b.head + strings.TrimSuffix(strings.Repeat(b.row+", ", rows), ", ")
}

// add queues one row, inserting the batch once it is full.
func (b *batch) add(vals ...any) error {
	b.args = append(b.args, vals...)
	if len(b.args) < b.cols*batchRows {
		return nil
	}
	if b.full == nil {
		st, err := b.tx.Prepare(b.query(batchRows))
		if err != nil {
			return err
		}
		b.full = st
	}
	_, err := b.full.Exec(b.args...)
	b.args = b.args[:0]
	return err
}

// flush inserts the rows still queued.
func (b *batch) flush() error {
	if len(b.args) == 0 {
		return nil
	}
	_, err := b.tx.Exec(b.query(len(b.args)/b.cols), b.args...)
	b.args = b.args[:0]
	return err
}

func (b *batch) close() {
	if b.full != nil {
		b.full.Close()
	}
}
