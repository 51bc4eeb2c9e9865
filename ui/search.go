package ui

import (
	"fmt"
	"strings"

	"github.com/briefwright/briefwright/dossier"
)

// searchLimit is how many hits the search shows; more would not be read.
const searchLimit = 200

// runSearch searches the whole dossier as the user types and shows the hits
// in the middle list; choosing a hit shows the item. An empty box goes back
// to the section.
func (w *MainWindow) runSearch(q string) {
	w.loadSeq++ // drops any list reload or search still on its way
	seq := w.loadSeq
	if strings.TrimSpace(q) == "" {
		w.listBar.Objects[1].Show()
		w.add.Show()
		w.bulk.Show()
		w.sidebar.Select(w.current)
		w.listTitle.SetText(sections[w.current].title)
		if w.kind() == "" {
			w.body.Objects = w.body.Objects[:0]
			w.body.Add(w.overview.view)
		}
		w.sel, w.selIndex = dossier.ItemRef{}, -1
		w.list.UnselectAll()
		w.reload()
		return
	}
	background(w, "search", func(st *dossier.Store) ([]dossier.Hit, error) { return st.Search(q, searchLimit) },
		func(hits []dossier.Hit, err error) {
			if seq != w.loadSeq {
				return
			}
			if err != nil {
				w.showError(err)
				return
			}
			w.showHits(hits)
		})
}

func (w *MainWindow) showHits(hits []dossier.Hit) {
	w.listBar.Objects[1].Hide()
	w.add.Hide()
	w.bulk.Hide()
	w.sidebar.UnselectAll()
	if w.body.Objects[0] != w.listSplit {
		w.body.Objects = w.body.Objects[:0]
		w.body.Add(w.listSplit)
	}
	switch len(hits) {
	case 0:
		w.listTitle.SetText("No results")
	case 1:
		w.listTitle.SetText("1 result")
	default:
		more := ""
		if len(hits) == searchLimit {
			more = "first "
		}
		w.listTitle.SetText(fmt.Sprintf("%s%d results", more, len(hits)))
	}
	rows := make([]row, len(hits))
	for i, h := range hits {
		r := row{ref: h.Ref, title: clip(or(h.Title, noun(h.Ref.Kind)), rowRunes), sub: clip(plainSnippet(h.Snippet), rowRunes), badge: noun(h.Ref.Kind),
			prov: dossier.Provenance{ArticleID: h.ArticleID, Paragraph: h.Paragraph}}
		if h.Ref.Kind == dossier.KindArticle && h.Paragraph > 0 {
			r.badge = fmt.Sprintf("¶%d", h.Paragraph)
		}
		rows[i] = r
	}
	w.rows = rows
	w.sel, w.selIndex = dossier.ItemRef{}, -1
	w.list.UnselectAll()
	w.list.Refresh()
	w.list.ScrollToTop()
	w.updateEmpty()
	if w.loaded != nil {
		w.loaded()
	}
}

// plainSnippet shows the search's match marks as quotation marks, which a
// one-line label can show.
func plainSnippet(s string) string {
	return strings.NewReplacer("[", "‹", "]", "›").Replace(s)
}
