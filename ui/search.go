package ui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2/widget"

	"github.com/briefwright/briefwright/dossier"
)

// A search lists its hits grouped by kind, each group under a heading
// with how many there are and how many are shown; a group shows its first
// searchPage hits and grows by searchMore at a click.
const (
	searchPage = 50
	searchMore = 200
)

var kindTitles = map[string]string{
	dossier.KindArticle: "Articles", dossier.KindActor: "Actors", dossier.KindQuote: "Quotes",
	dossier.KindSource: "Sources", dossier.KindQuestion: "Questions", dossier.KindEvent: "Events",
	dossier.KindNote: "Notes", dossier.KindTag: "Tagged",
}

// searchGroup is one kind's part of the results.
type searchGroup struct {
	kind  string
	total int
	hits  []dossier.Hit
}

// runSearch searches the whole dossier as the user types and shows the hits
// in the middle list; choosing a hit shows the item. An empty box goes back
// to the section.
func (w *MainWindow) runSearch(q string) {
	w.loadSeq++ // drops any list reload or search still on its way
	seq := w.loadSeq
	if strings.TrimSpace(q) == "" {
		w.searchFor, w.searchLimits = "", nil
		w.listBar.Objects[1].Show()
		w.add.Show()
		w.bulk.Show()
		w.order.Show()
		w.sidebar.Select(w.current)
		w.listTitle.SetText(sections[w.current].title)
		if w.kind() == "" {
			w.body.Objects = w.body.Objects[:0]
			w.body.Add(w.overview.view)
		}
		w.commitEdits()
		w.forget()
		w.reload()
		return
	}
	if q != w.searchFor {
		w.searchFor, w.searchLimits = q, map[string]int{}
	}
	limits := map[string]int{}
	for k, v := range w.searchLimits {
		limits[k] = v
	}
	background(w, "search", func(st *dossier.Store) ([]searchGroup, error) {
		counts, err := st.SearchCounts(q)
		if err != nil {
			return nil, err
		}
		var groups []searchGroup
		for _, k := range dossier.SearchKinds {
			if counts[k] == 0 {
				continue
			}
			limit := searchPage
			if n, ok := limits[k]; ok {
				limit = n
			}
			hits, err := st.SearchKind(q, k, limit)
			if err != nil {
				return nil, err
			}
			if len(hits) > 0 {
				groups = append(groups, searchGroup{kind: k, total: max(counts[k], len(hits)), hits: hits})
			}
		}
		return groups, nil
	}, func(groups []searchGroup, err error) {
		if seq != w.loadSeq {
			return
		}
		if err != nil {
			w.showError(err)
			return
		}
		w.showHits(groups)
	})
}

func (w *MainWindow) showHits(groups []searchGroup) {
	w.commitEdits()
	w.listBar.Objects[1].Hide()
	w.add.Hide()
	w.bulk.Hide()
	w.order.Hide() // results are in groups, best first
	w.sidebar.UnselectAll()
	if w.body.Objects[0] != w.listSplit {
		w.body.Objects = w.body.Objects[:0]
		w.body.Add(w.listSplit)
	}
	var rows []row
	total, shown := 0, 0
	for _, g := range groups {
		total += g.total
		shown += len(g.hits)
		title := kindTitles[g.kind]
		badge := thousands(g.total)
		if len(g.hits) < g.total {
			badge = fmt.Sprintf("%s of %s shown", thousands(len(g.hits)), thousands(g.total))
		}
		rows = append(rows, row{header: true, title: title, badge: badge})
		for _, h := range g.hits {
			r := row{ref: h.Ref, title: clip(display(or(h.Title, noun(h.Ref.Kind))), rowRunes), sub: clip(display(h.Snippet), rowRunes),
				badge: noun(h.Ref.Kind), prov: dossier.Provenance{ArticleID: h.ArticleID, Paragraph: h.Paragraph}}
			if h.Ref.Kind == dossier.KindArticle && h.Paragraph > 0 {
				r.badge = fmt.Sprintf("¶%d", h.Paragraph)
			}
			rows = append(rows, r)
		}
		if n := g.total - len(g.hits); n > 0 {
			rows = append(rows, row{more: g.kind, title: fmt.Sprintf("Show %s more %s…", thousands(min(n, searchMore)), strings.ToLower(kindTitles[g.kind]))})
		}
	}
	switch {
	case total == 0:
		w.listTitle.SetText("No results")
	case shown == total:
		w.listTitle.SetText(plural(total, "result"))
	default:
		w.listTitle.SetText(fmt.Sprintf("%s of %s shown", thousands(shown), plural(total, "result")))
	}
	keep := w.moreAt
	w.moreAt = -1
	w.rows = rows
	w.sel, w.selIndex = dossier.ItemRef{}, -1
	w.list.UnselectAll()
	w.list.Refresh()
	if keep >= 0 && keep < len(rows) {
		w.list.ScrollTo(keep) // where the group grew
	} else {
		w.list.ScrollToTop()
		w.clearDetail()
	}
	w.updateEmpty()
	if w.loaded != nil {
		w.loaded()
	}
}

// showMore makes the group of row i show more hits.
func (w *MainWindow) showMore(i int) {
	k := w.rows[i].more
	n := searchPage
	for _, r := range w.rows {
		if r.ref.Kind == k && !r.header && r.more == "" {
			n++
		}
	}
	if m, ok := w.searchLimits[k]; ok {
		n = m
	}
	w.searchLimits[k] = n + searchMore
	w.moreAt = i
	w.runSearch(w.search.Text)
}

// onHeader handles a click on a heading or a "show more" row of the
// results: they are not items.
func (w *MainWindow) onHeader(i widget.ListItemID) bool {
	r := w.rows[i]
	if !r.header && r.more == "" {
		return false
	}
	w.quiet = true
	w.list.Unselect(i)
	w.quiet = false
	if r.more != "" {
		w.showMore(i)
	}
	return true
}
