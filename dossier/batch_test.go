package dossier

import (
	"database/sql"
	"path/filepath"
	"strings"
	"testing"
)

// batchTexts are strings a batch must store byte for byte.
var batchTexts = []string{
	"", "plain", `quote " and backslash \ and slash /`, "line\nbreak\r\ttab", "\x01\x1f\x7f controls",
	"NUL \x00 inside", "invalid \xff\xfe UTF-8", "half a rune \xe2\x80", "U+2028 \u2028 U+2029 \u2029", "Ángeles — “quoted” 🙂",
	`\u0041 is not unescaped`,
}

// roundTrip stores texts through a batch of questions and reads them back
// in order.
func roundTrip(t testing.TB, s *Store, texts []string) []string {
	t.Helper()
	var first int64
	err := s.write(func(tx *sql.Tx) error {
		if err := tx.QueryRow(`SELECT coalesce(max(id), 0) + 1 FROM questions`).Scan(&first); err != nil {
			return err
		}
		b := newBatch(tx, nil, questionsBatch)
		defer b.close()
		for i, x := range texts {
			if err := b.row().text(x).text(x).ref(0).int(i).int(-i).int(1 << 40).end(); err != nil {
				return err
			}
		}
		return b.flush()
	})
	if err != nil {
		t.Fatal(err)
	}
	rows, err := s.r.Query(`SELECT text, sentence, article_id IS NULL, paragraph, start, "end" FROM questions WHERE id >= ? ORDER BY id`, first)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var text, sentence string
		var null bool
		var p, start, end int64
		if err := rows.Scan(&text, &sentence, &null, &p, &start, &end); err != nil {
			t.Fatal(err)
		}
		i := int64(len(out))
		if text != sentence || !null || p != i || start != -i || end != 1<<40 {
			t.Fatalf("row %d came back as %q, %q, null %v, %d, %d, %d", i, text, sentence, null, p, start, end)
		}
		out = append(out, text)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

func TestBatchKeepsEveryByte(t *testing.T) {
	s := must[*Store](t)(Open(filepath.Join(t.TempDir(), "b.dossier")))
	defer s.Close()
	// Many rows, so that they go in several batches, the odd ones among them.
	var texts []string
	for i := range 3 * batchRows {
		texts = append(texts, batchTexts[i%len(batchTexts)])
	}
	texts[batchRows+7] = strings.Repeat("long ", 1<<18)
	texts = texts[:len(texts)-5] // the last batch is not full
	got := roundTrip(t, s, texts)
	if len(got) != len(texts) {
		t.Fatalf("%d rows came back, want %d", len(got), len(texts))
	}
	for i := range texts {
		if got[i] != texts[i] {
			t.Errorf("row %d: stored %.40q, read back %.40q", i, texts[i], got[i])
		}
	}
	// The questions are searchable as any other.
	hits := must[[]Hit](t)(s.Search("Ángeles", 10))
	if len(hits) == 0 {
		t.Errorf("a question stored in a batch is not found by search")
	}
}
