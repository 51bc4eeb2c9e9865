package ui

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/briefwright/briefwright/dossier"
)

func TestSearchGroupsPagesAndHighlights(t *testing.T) {
	w, st, _ := withArticle(t)
	for i := 0; i < 60; i++ {
		if _, err := st.AddQuestion(dossier.Question{Text: fmt.Sprintf("Will harbour berth %d be ready?", i)}); err != nil {
			t.Fatal(err)
		}
	}
	typeIn(w, w.search, "harbour")
	if len(w.rows) == 0 || !w.rows[0].header {
		t.Fatalf("results do not start with a heading: %s", rowTitles(w))
	}
	var heads []string
	qi := -1
	for i, r := range w.rows {
		switch {
		case r.header:
			heads = append(heads, r.title+" "+r.badge)
		case r.ref.Kind == dossier.KindQuestion && qi < 0:
			qi = i
			if !strings.HasPrefix(r.title, "Will harbour berth") && !strings.HasPrefix(r.title, "It is unclear") {
				t.Errorf("a question hit is titled %q, not by its text", r.title)
			}
			if !strings.Contains(r.sub, "[harbour]") {
				t.Errorf("the hit's line %q does not mark the match", r.sub)
			}
		}
	}
	if !strings.Contains(strings.Join(heads, "|"), "Questions 50 of 60 shown") && !strings.Contains(strings.Join(heads, "|"), "Questions 50 of 61 shown") {
		t.Errorf("headings: %q", heads)
	}
	if !strings.HasPrefix(w.listTitle.Text, "5") || !strings.Contains(w.listTitle.Text, "shown") {
		t.Errorf("list title %q does not say how many are shown", w.listTitle.Text)
	}
	more := -1
	for i, r := range w.rows {
		if r.more == dossier.KindQuestion {
			more = i
		}
	}
	if more < 0 {
		t.Fatalf("no way to see more questions: %s", rowTitles(w))
	}
	act(w, func() { w.list.Select(more) })
	n := 0
	for _, r := range w.rows {
		if r.ref.Kind == dossier.KindQuestion && !r.header {
			n++
		}
		if r.more == dossier.KindQuestion {
			t.Errorf("still offers more questions after showing them all")
		}
	}
	if n < 60 {
		t.Errorf("after Show more, %d questions listed", n)
	}

	// The reader marks the words searched for.
	art := -1
	for i, r := range w.rows {
		if r.ref.Kind == dossier.KindArticle {
			art = i
		}
	}
	act(w, func() { w.list.Select(art) })
	act(w, func() { w.tabs.Select(w.readerTab) })
	marked := false
	for _, o := range objects(w) {
		if rt, ok := o.(*widget.RichText); ok {
			for _, s := range rt.Segments {
				if seg, ok := s.(*widget.TextSegment); ok && strings.EqualFold(seg.Text, "harbour") && seg.Style.TextStyle.Underline {
					marked = true
				}
			}
		}
	}
	if !marked {
		t.Error("the reader does not mark the words searched for")
	}
}

func TestRejectedAndQuestionRows(t *testing.T) {
	w, st, _ := withArticle(t)
	qs, _ := st.Questions(dossier.Filter{})
	q := qs[0]
	q.Status, q.State = dossier.Accepted, dossier.QAnswered
	if err := st.UpdateQuestion(q); err != nil {
		t.Fatal(err)
	}
	open(w, "Questions")
	o := newRowObject()
	updateRowObject(o, w.rows[0])
	badge := o.(*fyne.Container).Objects[1].(*fyne.Container).Objects[1].(*widget.Label)
	if badge.Text != "answered" {
		t.Errorf("an accepted, answered question shows %q", badge.Text)
	}
	if strings.Contains(w.rows[0].sub, "answered") {
		t.Errorf("the question's line repeats its state: %q", w.rows[0].sub)
	}
	open(w, "Quotes")
	r := choose(t, w, "The costs")
	tap(t, w, "Reject")
	for _, x := range w.rows {
		if x.ref == r.ref {
			o := newRowObject()
			updateRowObject(o, x)
			c := o.(*fyne.Container)
			title := c.Objects[0].(*fyne.Container).Objects[0].(*widget.Label)
			icon := c.Objects[1].(*fyne.Container).Objects[0].(*widget.Icon)
			if !title.TextStyle.Strikethrough || title.Importance != widget.LowImportance || !icon.Visible() {
				t.Errorf("a rejected row is not struck through, greyed and marked")
			}
		}
	}
}

func TestSortAndJumpTo(t *testing.T) {
	w, _, _ := withArticle(t)
	open(w, "Actors")
	act(w, func() { w.order.SetSelected(sortAZ) })
	for i := 1; i < len(w.rows); i++ {
		if strings.ToLower(w.rows[i-1].title) > strings.ToLower(w.rows[i].title) {
			t.Fatalf("A–Z gives %s", rowTitles(w))
		}
	}
	act(w, func() { w.order.SetSelected(sortZA) })
	if strings.ToLower(w.rows[0].title) < strings.ToLower(w.rows[len(w.rows)-1].title) {
		t.Errorf("Z–A gives %s", rowTitles(w))
	}
	n := len(w.rows)
	press(t, w, fyne.KeyJ)
	typeIn(w, entryWith(t, w, "Part of a name"), "berg")
	if w.shown == nil || !strings.Contains(w.rows[w.selIndex].title, "Berg") || len(w.rows) != n {
		t.Errorf("jumping to berg selects row %d of %s", w.selIndex, rowTitles(w))
	}
}
