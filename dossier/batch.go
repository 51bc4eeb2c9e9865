package dossier

import (
	"database/sql"
	"strings"
)

// batchRows is how many rows one INSERT of a batch carries: a long article
// has hundreds of thousands of mentions and can have millions of questions
// or paragraphs, and one statement per row spends more time in the driver
// than in SQLite. Past a few hundred rows a statement gains nothing more
// (measured on two million questions); 256 rows of the widest table bind
// 2,048 values, far below SQLite's limit of 32,766.
const batchRows = 256

// batchSpec names a table and the columns a batch fills.
type batchSpec struct {
	table string
	cols  []string
}

// insert is the statement inserting rows rows.
func (sp batchSpec) insert(rows int) string {
	row := "(" + placeholders(len(sp.cols)) + ")"
	return "INSERT INTO " + sp.table + "(" + strings.Join(sp.cols, ", ") + ") VALUES " +
		strings.TrimSuffix(strings.Repeat(row+", ", rows), ", ")
}

// full is the statement inserting a full batch.
func (sp batchSpec) full() string { return sp.insert(batchRows) }

// batch collects rows for a table and inserts them batchRows at a time. A
// row is written as b.row(), then one call per column in the order of the
// spec (text, int, ref), then b.end(); the values go into one slice that is
// reused from batch to batch.
type batch struct {
	tx     *sql.Tx
	cache  *stmtCache // nil: prepare in tx
	spec   batchSpec
	fullSt *sql.Stmt // the statement for a full batch, once needed
	args   []any
	start  int // len(args) when the current row began
}

func newBatch(tx *sql.Tx, cache *stmtCache, sp batchSpec) *batch {
	return &batch{tx: tx, cache: cache, spec: sp, args: make([]any, 0, batchRows*len(sp.cols))}
}

// row starts a row.
func (b *batch) row() *batch {
	b.start = len(b.args)
	return b
}

// text adds a string column.
func (b *batch) text(s string) *batch {
	b.args = append(b.args, s)
	return b
}

// int adds an integer column.
func (b *batch) int(n int) *batch {
	b.args = append(b.args, int64(n))
	return b
}

// ref adds a reference to another row, where 0 stands for none (NULL).
func (b *batch) ref(id int64) *batch {
	if id == 0 {
		b.args = append(b.args, nil)
	} else {
		b.args = append(b.args, id)
	}
	return b
}

// end finishes the row, inserting the batch once it is full.
func (b *batch) end() error {
	if len(b.args)-b.start != len(b.spec.cols) {
		panic("dossier: a batch row has the wrong number of columns") // a bug in this package
	}
	if len(b.args) < batchRows*len(b.spec.cols) {
		return nil
	}
	if b.fullSt == nil {
		st, err := b.cache.in(b.tx, b.spec.full())
		if err != nil {
			return err
		}
		b.fullSt = st
	}
	_, err := b.fullSt.Exec(b.args...)
	b.reset()
	return err
}

// flush inserts the rows still queued, with a statement for exactly that
// many rows: one statement runs the search-index triggers for all its rows
// at less cost than one statement per row, preparing included.
func (b *batch) flush() error {
	defer b.reset()
	if rows := len(b.args) / len(b.spec.cols); rows > 0 {
		_, err := b.tx.Exec(b.spec.insert(rows), b.args...)
		return err
	}
	return nil
}

// reset empties the batch, letting go of the strings it held.
func (b *batch) reset() {
	clear(b.args)
	b.args = b.args[:0]
}

func (b *batch) close() {
	if b.fullSt != nil {
		b.fullSt.Close()
	}
}
