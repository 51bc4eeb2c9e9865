package ui

import (
	"errors"
	"strings"
	"sync"
	"time"

	"github.com/briefwright/briefwright/dossier"
)

// listCache keeps every section's rows of one dossier once read, so that
// switching sections, filtering and sorting work on memory, not on the
// dossier: at 10,000 articles reading the timeline takes a second, and
// filtering its rows a few milliseconds. A change made in the window
// re-reads the rows it touched, or drops the lists it may have changed
// in ways too wide to follow (an article deleted, an undo).
type listCache struct {
	mu    sync.Mutex
	lists map[string][]row
	gen   map[string]int // counts drops, so a read begun before one is not kept
	// stamp is when the dossier last changed as far as the lists know: a
	// later time means another program (the command line) changed it, and
	// every list is read again.
	stamp time.Time
}

func newListCache() *listCache {
	return &listCache{lists: map[string][]row{}, gen: map[string]int{}}
}

// rows gives a section's rows, reading them if they are not kept. The
// slice is shared: callers copy before changing it.
func (c *listCache) rows(st *dossier.Store, kind string) ([]row, error) {
	if err := c.check(st); err != nil {
		return nil, err
	}
	c.mu.Lock()
	rows, ok := c.lists[kind]
	g := c.gen[kind]
	c.mu.Unlock()
	if ok {
		return rows, nil
	}
	rows, err := readRows(st, kind)
	if err != nil {
		return nil, err
	}
	tags, err := st.TagsOf(kind)
	if err != nil {
		return nil, err
	}
	for i := range rows {
		rows[i].tags = tags[rows[i].ref.ID]
		rows[i].folded = fold(&rows[i])
	}
	c.mu.Lock()
	if c.gen[kind] == g {
		c.lists[kind] = rows
	}
	c.mu.Unlock()
	return rows, nil
}

func fold(r *row) string {
	return strings.ToLower(r.title + "\n" + r.sub + "\n" + r.extra + "\n" + strings.Join(r.tags, "\n"))
}

// check drops every list if the dossier changed behind the window's back.
func (c *listCache) check(st *dossier.Store) error {
	m, err := st.Meta()
	if err != nil {
		return err
	}
	c.mu.Lock()
	stale := !m.Modified.Equal(c.stamp)
	c.mu.Unlock()
	if stale {
		c.drop()
		c.mu.Lock()
		c.stamp = m.Modified
		c.mu.Unlock()
	}
	return nil
}

// seen records the dossier's change time after a change made here.
func (c *listCache) seen(st *dossier.Store) {
	if m, err := st.Meta(); err == nil {
		c.mu.Lock()
		c.stamp = m.Modified
		c.mu.Unlock()
	}
}

// drop forgets the lists of kinds, all of them when none is named.
func (c *listCache) drop(kinds ...string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(kinds) == 0 {
		for _, s := range sections {
			kinds = append(kinds, s.kind)
		}
	}
	for _, k := range kinds {
		delete(c.lists, k)
		c.gen[k]++
	}
}

// patchMost is how many items a change may touch and still be followed
// row by row; a larger one (accept all shown) re-reads the list.
const patchMost = 200

// changed brings the lists up to date after a change to the items refs,
// off the UI goroutine.
func (c *listCache) changed(st *dossier.Store, refs []dossier.ItemRef) {
	c.seen(st)
	// Notes may have been added: the list is short, read again at once
	// (so the counts can still be tallied from the lists).
	c.drop(dossier.KindNote)
	defer c.rows(st, dossier.KindNote)
	byKind := map[string][]dossier.ItemRef{}
	for _, r := range refs {
		byKind[r.Kind] = append(byKind[r.Kind], r)
	}
	for kind, rs := range byKind {
		switch kind {
		case dossier.KindArticle, dossier.KindDossier:
			c.drop() // everything extracted from an article goes with it
			return
		case dossier.KindNote:
			continue
		case dossier.KindActor:
			c.speakers(st, rs) // their quotes show their names
		}
		if len(rs) > patchMost {
			c.drop(kind)
			continue
		}
		c.patch(st, kind, rs)
	}
}

// patch re-reads the rows of refs in the kept list of kind.
func (c *listCache) patch(st *dossier.Store, kind string, refs []dossier.ItemRef) {
	c.mu.Lock()
	rows, ok := c.lists[kind]
	g := c.gen[kind]
	c.mu.Unlock()
	if !ok {
		return
	}
	fresh := map[dossier.ItemRef]*row{}
	for _, ref := range refs {
		r, listed, err := readRow(st, ref)
		if err != nil && !errors.Is(err, dossier.ErrNotFound) {
			c.drop(kind)
			return
		}
		if listed {
			if r.tags, err = st.Tags(ref); err != nil {
				c.drop(kind)
				return
			}
			r.folded = fold(&r)
		} else {
			r = row{}
		}
		fresh[ref] = &r
	}
	c.put(kind, rows, g, fresh)
}

// put writes fresh rows (an empty row: gone from the list) over the kept
// list rows of kind, read at generation g.
func (c *listCache) put(kind string, rows []row, g int, fresh map[dossier.ItemRef]*row) {
	// Copy on write: readers may hold the old slice.
	out := make([]row, 0, len(rows))
	for _, r := range rows {
		if f, ok := fresh[r.ref]; ok {
			delete(fresh, r.ref)
			if f.ref.Kind == "" {
				continue // gone from the list
			}
			r = *f
		}
		out = append(out, r)
	}
	for _, f := range fresh {
		if f.ref.Kind != "" {
			c.drop(kind) // a new row: its place in the order is the store's
			return
		}
	}
	c.mu.Lock()
	if c.gen[kind] == g {
		c.lists[kind] = out
	}
	c.mu.Unlock()
}

// speakers brings the quotes of actors up to date after a change to the
// actors (a name, a merge): their rows are read again, not the list.
func (c *listCache) speakers(st *dossier.Store, actors []dossier.ItemRef) {
	c.mu.Lock()
	rows, ok := c.lists[dossier.KindQuote]
	g := c.gen[dossier.KindQuote]
	c.mu.Unlock()
	if !ok {
		return
	}
	if len(actors) > patchMost {
		c.drop(dossier.KindQuote)
		return
	}
	tags, err := st.TagsOf(dossier.KindQuote)
	if err != nil {
		c.drop(dossier.KindQuote)
		return
	}
	fresh := map[dossier.ItemRef]*row{}
	for _, a := range actors {
		qs, err := st.QuotesBy(a.ID)
		if err != nil {
			c.drop(dossier.KindQuote) // a deleted actor: its quotes have no speaker now
			return
		}
		for _, q := range qs {
			r := quoteRow(q)
			r.tags = tags[q.ID]
			r.folded = fold(&r)
			fresh[r.ref] = &r
		}
	}
	c.put(dossier.KindQuote, rows, g, fresh)
}

// shown narrows and sorts a section's rows as the list bar asks.
func shown(rows []row, needle string, status dossier.Status, tag, order string) []row {
	needle = strings.ToLower(strings.TrimSpace(needle))
	out := make([]row, 0, len(rows))
	for i := range rows {
		r := &rows[i]
		if status != "" && r.status != status {
			continue
		}
		if tag != "" && !r.hasTag(tag) {
			continue
		}
		if needle != "" && !strings.Contains(r.folded, needle) {
			continue
		}
		out = append(out, *r)
	}
	sortRows(out, order)
	return out
}

// prefetch reads every section's list in the background once the dossier
// is shown, so the first visit to a section is as quick as the next.
func (w *MainWindow) prefetch() {
	s := w.sess
	backgroundOn(w, s, "read lists", func(st *dossier.Store) (struct{}, error) {
		for _, sec := range sections {
			if sec.kind == "" {
				continue
			}
			if _, err := s.lists.rows(st, sec.kind); err != nil {
				return struct{}{}, err
			}
		}
		return struct{}{}, nil
	}, func(struct{}, error) {})
}

// counts tallies the kept lists by status, as Store.Counts does, when
// every list is kept; ok is false otherwise.
func (c *listCache) counts() (dossier.Counts, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	out := dossier.Counts{}
	for _, s := range sections {
		if s.kind == "" {
			continue
		}
		rows, ok := c.lists[s.kind]
		if !ok {
			return nil, false
		}
		m := map[dossier.Status]int{}
		for i := range rows {
			if s.kind == dossier.KindArticle || s.kind == dossier.KindNote {
				m[""]++
			} else {
				m[rows[i].status]++
			}
		}
		out[s.kind] = m
	}
	return out, true
}
