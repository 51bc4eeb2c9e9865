package export

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/briefwright/briefwright/dossier"
	"github.com/briefwright/briefwright/dossier/extract"
)

// overflowStore is a dossier of a few generated articles, the second of
// which holds more quotes, questions and events than a briefing lists,
// some accepted, some rejected; hand-made questions, quotes and events
// (of no article) past the caps too; a merged speaker, notes and tags.
func overflowStore(t *testing.T, many int) *dossier.Store {
	t.Helper()
	st, err := dossier.Open(filepath.Join(t.TempDir(), "overflow.dossier"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	for n := range 3 {
		a, x := benchArticle(n)
		if n == 1 {
			for i := range many {
				p := 2 + i%10
				x.Quotes = append(x.Quotes, extract.Quote{Text: fmt.Sprintf("Extra quote %d", i), Speaker: fmt.Sprintf("Voice %d", i%4),
					Paragraph: p, Start: 10 + i, End: 20 + i})
				x.Questions = append(x.Questions, extract.Question{Text: fmt.Sprintf("Extra question %d?", i), Sentence: "Why?",
					Paragraph: p, Start: 30 + i%50, End: 40 + i%50})
				x.Dates = append(x.Dates, extract.Date{Text: fmt.Sprintf("day %d", i), Value: fmt.Sprintf("2024-%02d-%02d", 1+i%12, 1+i%28),
					Event: "something happened", Paragraph: p, Start: 50 + i%7, End: 55 + i%7})
				if i%9 == 0 {
					x.Dates = append(x.Dates, extract.Date{Text: "some day", Event: "undated", Paragraph: p})
				}
			}
		}
		if _, err := st.AddArticle(a, x); err != nil {
			t.Fatal(err)
		}
	}
	for i := range many / 2 {
		if _, err := st.AddQuestion(dossier.Question{Text: fmt.Sprintf("Hand-made question %d?", i), Status: dossier.Accepted}); err != nil {
			t.Fatal(err)
		}
		if _, err := st.AddQuote(dossier.Quote{Text: fmt.Sprintf("Hand-made quote %d", i), SpeakerLabel: "a witness"}); err != nil {
			t.Fatal(err)
		}
		if _, err := st.AddEvent(dossier.Event{When: "once", Text: fmt.Sprintf("Hand-made event %d", i)}); err != nil {
			t.Fatal(err)
		}
	}
	status := func(kind string, list func() ([]int64, error)) {
		ids, err := list()
		if err != nil {
			t.Fatal(err)
		}
		var acc, rej []int64
		for i, id := range ids {
			switch i % 7 {
			case 3:
				acc = append(acc, id)
			case 5:
				rej = append(rej, id)
			}
		}
		if err := st.SetStatus(kind, dossier.Accepted, acc...); err != nil {
			t.Fatal(err)
		}
		if err := st.SetStatus(kind, dossier.Rejected, rej...); err != nil {
			t.Fatal(err)
		}
	}
	status(dossier.KindQuote, func() ([]int64, error) {
		qs, err := st.Quotes(dossier.Filter{})
		var ids []int64
		for _, q := range qs {
			ids = append(ids, q.ID)
		}
		return ids, err
	})
	status(dossier.KindQuestion, func() ([]int64, error) {
		qs, err := st.Questions(dossier.Filter{})
		var ids []int64
		for _, q := range qs {
			ids = append(ids, q.ID)
		}
		return ids, err
	})
	status(dossier.KindEvent, func() ([]int64, error) {
		es, err := st.Events(dossier.Filter{})
		var ids []int64
		for _, e := range es {
			ids = append(ids, e.ID)
		}
		return ids, err
	})
	as, err := st.Actors(dossier.Filter{})
	if err != nil || len(as) < 2 {
		t.Fatalf("%d actors, %v", len(as), err)
	}
	if err := st.MergeActors(as[0].ID, as[1].ID); err != nil {
		t.Fatal(err)
	}
	if _, err := st.AddNote(dossier.ItemRef{Kind: dossier.KindActor, ID: as[0].ID}, "Merged on purpose."); err != nil {
		t.Fatal(err)
	}
	if err := st.SetTags(dossier.ItemRef{Kind: dossier.KindActor, ID: as[0].ID}, []string{"key", "Border"}); err != nil {
		t.Fatal(err)
	}
	return st
}

// Exporting from the store, which reads only what the briefing lists and
// streams the JSON, writes the same bytes as exporting its snapshot, with
// articles and hand-made items past every cap.
func TestWriteStoreMatchesSnapshot(t *testing.T) {
	saved := listLimits
	defer func() { listLimits = saved }()
	listLimits.quotes, listLimits.questions, listLimits.events = 7, 5, 6
	st := overflowStore(t, 500) // events past View's chunk of 512 too
	d, err := st.Snapshot()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for _, reviewed := range []bool{false, true} {
		opt := fixed
		opt.LeaveOutProposed = reviewed
		for _, ext := range []string{".pdf", ".md", ".json"} {
			want, got := filepath.Join(dir, "want"+ext), filepath.Join(dir, "got"+ext)
			if err := WriteFile(want, d, opt); err != nil {
				t.Fatal(err)
			}
			if err := WriteStore(got, st, opt); err != nil {
				t.Fatal(err)
			}
			w, _ := os.ReadFile(want)
			g, _ := os.ReadFile(got)
			if !bytes.Equal(w, g) {
				t.Errorf("reviewed-only %v: %s from the store differs from the snapshot's (%d and %d bytes)", reviewed, ext, len(g), len(w))
			}
			if ext == ".md" && !reviewed && !bytes.Contains(g, []byte("are left out here")) {
				t.Errorf("the test dossier is not over the caps")
			}
		}
	}
}

// The excerpt holds at most the caps' items per article and counts the
// rest; Snapshot holds them all.
func TestExcerptIsBounded(t *testing.T) {
	st := overflowStore(t, 300)
	ex, err := st.Excerpt(dossier.Caps{Quotes: 7, Questions: 5, Events: 6})
	if err != nil {
		t.Fatal(err)
	}
	per := func(p []dossier.Provenance) map[int64]int {
		m := map[int64]int{}
		for _, x := range p {
			m[x.ArticleID]++
		}
		return m
	}
	var qp, up, ep []dossier.Provenance
	for _, q := range ex.Quotes {
		qp = append(qp, q.Prov)
	}
	for _, q := range ex.Questions {
		up = append(up, q.Prov)
	}
	for _, e := range ex.Events {
		ep = append(ep, e.Prov)
	}
	for kind, c := range map[string]struct {
		got map[int64]int
		cap int
	}{"quotes": {per(qp), 7}, "questions": {per(up), 5}, "events": {per(ep), 6}} {
		for a, n := range c.got {
			if n > c.cap {
				t.Errorf("%s: %d of article %d read, cap %d", kind, n, a, c.cap)
			}
		}
		if ex.Left[kind][0] == 0 || ex.Left[kind][2] == 0 {
			t.Errorf("%s: nothing left out of article 2 or of the hand-made ones: %v", kind, ex.Left[kind])
		}
	}
	d, err := st.Snapshot()
	if err != nil {
		t.Fatal(err)
	}
	kept := 0
	for _, q := range d.Questions {
		if q.Status != dossier.Rejected {
			kept++
		}
	}
	left := 0
	for _, n := range ex.Left["questions"] {
		left += n
	}
	if len(ex.Questions)+left != kept {
		t.Errorf("%d questions read and %d left out, want %d in all", len(ex.Questions), left, kept)
	}
}
