package dossier

import (
	"database/sql"
	"strconv"
	"strings"
	"unicode/utf8"
	"unsafe"
)

// A long article has hundreds of thousands of mentions and can have
// millions of questions or paragraphs. Inserted one statement per row, or
// even 64 rows per statement with bound parameters, every row costs the
// Go side a few hundred bytes of garbage (database/sql converts each
// argument) and a call into C per value; for two million rows that is
// more garbage than the article itself. So a batch sends its rows to SQLite
// as one JSON array, which the statement takes apart with json_each: one
// bound string for a thousand rows, built in a buffer that is reused.
const (
	batchRows  = 1000
	batchBytes = 1 << 20 // a batch is sent once its JSON is this long
	// A row whose JSON is longer than this goes in with bound parameters
	// instead, so that escaping can never push a batch past SQLite's
	// length limit.
	maxJSONRow = 4 << 20
)

// batchSpec names a table and the columns a batch fills.
type batchSpec struct {
	table string
	cols  []string
}

// bulk is the statement inserting a JSON array of rows.
func (sp batchSpec) bulk() string {
	picks := make([]string, len(sp.cols))
	for i := range sp.cols {
		picks[i] = "value->>" + strconv.Itoa(i)
	}
	return "INSERT INTO " + sp.table + "(" + strings.Join(sp.cols, ", ") + ") SELECT " + strings.Join(picks, ", ") + " FROM json_each(?)"
}

func (sp batchSpec) single() string {
	return "INSERT INTO " + sp.table + "(" + strings.Join(sp.cols, ", ") + ") VALUES (" +
		strings.TrimSuffix(strings.Repeat("?, ", len(sp.cols)), ", ") + ")"
}

// batch collects rows for a table and inserts them many at a time. A row
// is written as b.row(), then one call per column in the order the batch
// was made with (text, int, ref), then b.end().
type batch struct {
	tx      *sql.Tx
	cache   *stmtCache // nil: prepare in tx
	bulk    string     // INSERT … SELECT value->>0, … FROM json_each(?)
	single  string     // INSERT … VALUES (?, …)
	cols    int
	bulkSt  *sql.Stmt
	buf     []byte
	rows    int
	mark    int     // len(buf) before the current row
	cur     []value // the current row, for the single-row path
	special bool    // the current row holds what JSON cannot carry exactly
}

// value is one column of the current row: a string, or an integer (null
// when a ref is 0).
type value struct {
	s      string
	n      int64
	isText bool
	null   bool
}

func newBatch(tx *sql.Tx, cache *stmtCache, sp batchSpec) *batch {
	return &batch{
		tx:     tx,
		cache:  cache,
		bulk:   sp.bulk(),
		single: sp.single(),
		cols:   len(sp.cols),
		buf:    make([]byte, 0, 64<<10),
		cur:    make([]value, 0, len(sp.cols)),
	}
}

// row starts a row.
func (b *batch) row() *batch {
	b.mark = len(b.buf)
	if b.rows == 0 {
		b.buf = append(b.buf, '[')
	} else {
		b.buf = append(b.buf, ',')
	}
	b.buf = append(b.buf, '[')
	b.cur = b.cur[:0]
	b.special = false
	return b
}

func (b *batch) sep() {
	if len(b.cur) > 0 {
		b.buf = append(b.buf, ',')
	}
}

// text adds a string column.
func (b *batch) text(s string) *batch {
	b.sep()
	b.cur = append(b.cur, value{s: s, isText: true})
	if !b.special {
		b.buf, b.special = appendJSONString(b.buf, s)
	}
	return b
}

// int adds an integer column.
func (b *batch) int(n int) *batch {
	b.sep()
	b.cur = append(b.cur, value{n: int64(n)})
	b.buf = strconv.AppendInt(b.buf, int64(n), 10)
	return b
}

// ref adds a reference to another row, where 0 stands for none (NULL).
func (b *batch) ref(id int64) *batch {
	b.sep()
	if id == 0 {
		b.cur = append(b.cur, value{null: true})
		b.buf = append(b.buf, "null"...)
		return b
	}
	b.cur = append(b.cur, value{n: id})
	b.buf = strconv.AppendInt(b.buf, id, 10)
	return b
}

// end finishes the row, inserting the batch once it is full.
func (b *batch) end() error {
	if len(b.cur) != b.cols {
		panic("dossier: a batch row has the wrong number of columns") // a bug in this package
	}
	if b.special || len(b.buf)-b.mark > maxJSONRow {
		b.buf = b.buf[:b.mark]
		if err := b.flush(); err != nil {
			return err
		}
		return b.insertOne()
	}
	b.buf = append(b.buf, ']')
	b.rows++
	if b.rows < batchRows && len(b.buf) < batchBytes {
		return nil
	}
	return b.flush()
}

// insertOne inserts the current row with bound parameters.
func (b *batch) insertOne() error {
	args := make([]any, len(b.cur))
	for i, v := range b.cur {
		switch {
		case v.null:
			args[i] = nil
		case v.isText:
			args[i] = v.s
		default:
			args[i] = v.n
		}
	}
	_, err := b.tx.Exec(b.single, args...)
	return err
}

// flush inserts the rows still queued.
func (b *batch) flush() error {
	if b.rows == 0 {
		b.buf = b.buf[:0]
		return nil
	}
	b.buf = append(b.buf, ']')
	if b.bulkSt == nil {
		st, err := b.cache.in(b.tx, b.bulk)
		if err != nil {
			return err
		}
		b.bulkSt = st
	}
	// SQLite copies the string as it binds it, so the buffer can be
	// reused at once.
	_, err := b.bulkSt.Exec(unsafe.String(unsafe.SliceData(b.buf), len(b.buf)))
	b.rows = 0
	if cap(b.buf) > 4*batchBytes {
		b.buf = make([]byte, 0, 64<<10) // let one huge row's buffer go
	} else {
		b.buf = b.buf[:0]
	}
	return err
}

func (b *batch) close() {
	if b.bulkSt != nil {
		b.bulkSt.Close()
	}
}

// appendJSONString appends s as a JSON string. special reports a string
// JSON would not carry byte for byte (invalid UTF-8, NUL), which the caller
// inserts with a bound parameter instead.
func appendJSONString(buf []byte, s string) (_ []byte, special bool) {
	const hex = "0123456789abcdef"
	buf = append(buf, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c >= utf8.RuneSelf {
			r, n := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && n == 1 {
				return buf, true
			}
			i += n
			continue
		}
		if c >= 0x20 && c != '"' && c != '\\' {
			i++
			continue
		}
		if c == 0 {
			return buf, true
		}
		buf = append(buf, s[start:i]...)
		switch c {
		case '"', '\\':
			buf = append(buf, '\\', c)
		case '\n':
			buf = append(buf, '\\', 'n')
		case '\t':
			buf = append(buf, '\\', 't')
		case '\r':
			buf = append(buf, '\\', 'r')
		default:
			buf = append(buf, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
		}
		i++
		start = i
	}
	buf = append(buf, s[start:]...)
	return append(buf, '"'), false
}
