package ui

import (
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/briefwright/briefwright/assets"
	"github.com/briefwright/briefwright/dossier"
)

// TestReaderWrapsHighlightedNames draws the demo article's fifth paragraph
// with a long name marked as the chosen item at many widths: no line may
// hold a single letter, as happens when wrapping breaks inside a styled
// segment that falls at a line's end.
func TestReaderWrapsHighlightedNames(t *testing.T) {
	w, st := newTestWindow(t)
	m := assets.DemoMeta
	if _, err := st.ImportText(assets.DemoArticle, dossier.ArticleMeta{Title: m.Title, Outlet: m.Outlet, Published: m.Published}); err != nil {
		t.Fatal(err)
	}
	act(w, w.reload)
	a := actorNamed(t, st, "Raymundo Pedro Morales Ángeles")
	r, err := st.Reading(a.First.ArticleID)
	if err != nil {
		t.Fatal(err)
	}
	ref := dossier.ItemRef{Kind: dossier.KindActor, ID: a.ID}
	if a.First.Paragraph != 5 {
		t.Fatalf("the name is first in paragraph %d, want 5", a.First.Paragraph)
	}
	for width := float32(240); width <= 900; width += 7 {
		var lines []string
		act(w, func() {
			rt := paragraphText(r, 5, ref, a.First, "")
			test.NewTempWindow(t, rt)
			rt.Resize(fyne.NewSize(width, rt.MinSize().Height))
			lines = richLines(rt)
		})
		for i, l := range lines {
			if utf8.RuneCountInString(strings.TrimSpace(l)) <= 1 {
				t.Errorf("at width %.0f line %d of %d is %q:\n%s", width, i+1, len(lines), l, strings.Join(lines, "\n"))
				break
			}
		}
	}
}

// richLines reads the lines a RichText shows, from the texts its renderer
// draws, top to bottom.
func richLines(rt *widget.RichText) []string {
	byY := map[float32][]*canvas.Text{}
	for _, o := range test.WidgetRenderer(rt).Objects() {
		if x, ok := o.(*canvas.Text); ok && o.Visible() && x.Text != "" {
			byY[o.Position().Y] = append(byY[o.Position().Y], x)
		}
	}
	var ys []float32
	for y := range byY {
		ys = append(ys, y)
	}
	sort.Slice(ys, func(i, j int) bool { return ys[i] < ys[j] })
	var out []string
	for _, y := range ys {
		ts := byY[y]
		sort.Slice(ts, func(i, j int) bool { return ts[i].Position().X < ts[j].Position().X })
		var b strings.Builder
		for _, x := range ts {
			b.WriteString(x.Text)
		}
		out = append(out, b.String())
	}
	return out
}
