package dossier

import (
	"strings"
	"testing"
)

// The generator must give what the crash test and benchmarks claim:
// realistic size and spans that point at the right text.
func TestGenArticle(t *testing.T) {
	for n := 0; n < 20; n++ {
		a, x := genArticle(n)
		words := len(strings.Fields(a.Text))
		if words < 650 || words > 950 {
			t.Errorf("article %d has %d words", n, words)
		}
		m, q, c, qu, e := genItems(x)
		if items := len(x.Actors) + q + c + qu + e; items < 15 || items > 30 {
			t.Errorf("article %d has %d items", n, items)
		}
		if m < len(x.Actors) {
			t.Errorf("article %d: %d mentions for %d actors", n, m, len(x.Actors))
		}
		for _, xa := range x.Actors {
			for _, sp := range xa.Spans {
				if a.Text[sp.Start:sp.End] != xa.Name {
					t.Errorf("article %d: span %v is %q, want %q", n, sp, a.Text[sp.Start:sp.End], xa.Name)
				}
			}
		}
		for _, xq := range x.Quotes {
			if a.Text[xq.Start:xq.End] != xq.Text {
				t.Errorf("article %d: quote span is %q, want %q", n, a.Text[xq.Start:xq.End], xq.Text)
			}
		}
		if a2, _ := genArticle(n); a2.Text != a.Text {
			t.Errorf("article %d is not deterministic", n)
		}
	}
}
