package dossier

import (
	"database/sql"
	"errors"
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefwright/briefwright/dossier/extract"
)

// Reading is one article prepared for a reader: its paragraphs and every
// item located in its text, so a view can number the paragraphs and mark the
// items without knowing how text is split or where items are stored.
type Reading struct {
	Article    Article
	Paragraphs []Paragraph
	Marks      []Mark // in text order
}

// Paragraph is one numbered paragraph of an article.
type Paragraph struct {
	Index      int // 1-based, as in Provenance.Paragraph
	Start, End int // byte offsets into Article.Text
	Text       string
}

// Mark is one item located in an article's text. Ref names the item as the
// lists show it (an actor merged into another is marked as that one); Label
// says what it is ("Claudia Sheinbaum", the speaker of a quote, a source's
// name). Rejected items are marked too, with their Status, so a reader can
// show them differently or leave them out.
type Mark struct {
	Ref    ItemRef
	Label  string
	Prov   Provenance
	Status Status
}

// Piece is a run of a paragraph's text covered by the same marks.
type Piece struct {
	Text       string
	Start, End int   // byte offsets into Article.Text
	Marks      []int // indexes into Reading.Marks, outermost first
}

// Reading reads article id with its paragraphs and the marks of its actors'
// mentions, quotes, citations, questions and events. Marks without a span
// (an item tied to the article but not located in it) are left out.
func (s *Store) Reading(id int64) (*Reading, error) {
	a, err := s.Article(id)
	if err != nil {
		return nil, err
	}
	r := &Reading{Article: a}
	for _, p := range extract.Paragraphs(a.Text) {
		r.Paragraphs = append(r.Paragraphs, Paragraph{Index: p.Index, Start: p.Start, End: p.End, Text: a.Text[p.Start:p.End]})
	}
	add := func(ref ItemRef, label string, p Provenance, st Status) {
		if p.End > p.Start && p.End <= len(a.Text) {
			r.Marks = append(r.Marks, Mark{Ref: ref, Label: label, Prov: p, Status: st})
		}
	}

	g, err := loadGraph(s.r)
	if err != nil {
		return nil, s.wrap(err)
	}
	rows, err := s.r.Query(`SELECT actor_id, paragraph, start, "end" FROM mentions WHERE article_id = ? ORDER BY start`, id)
	if err != nil {
		return nil, s.wrap(err)
	}
	for rows.Next() {
		var actor int64
		p := Provenance{ArticleID: id}
		if err := rows.Scan(&actor, &p.Paragraph, &p.Start, &p.End); err != nil {
			rows.Close()
			return nil, s.wrap(err)
		}
		root := g.root(actor)
		add(ItemRef{KindActor, root}, g.name[root], p, "")
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, s.wrap(err)
	}
	// The statuses of the actors marked only, not of every actor.
	status := map[int64]Status{}
	for i, m := range r.Marks {
		st, ok := status[m.Ref.ID]
		if !ok {
			err := s.r.QueryRow(`SELECT status FROM actors WHERE id = ?`, m.Ref.ID).Scan(&st)
			if err != nil && !errors.Is(err, sql.ErrNoRows) {
				return nil, s.wrap(err)
			}
			status[m.Ref.ID] = st
		}
		r.Marks[i].Status = st
	}

	f := Filter{ArticleID: id}
	qs, err := s.Quotes(f)
	if err != nil {
		return nil, err
	}
	for _, q := range qs {
		add(ItemRef{KindQuote, q.ID}, q.SpeakerName, q.Prov, q.Status)
	}
	srcs, err := s.Sources(f)
	if err != nil {
		return nil, err
	}
	for _, x := range srcs {
		for _, c := range x.Citations {
			if c.Prov.ArticleID == id {
				add(ItemRef{KindSource, x.ID}, x.Name, c.Prov, x.Status)
			}
		}
	}
	qus, err := s.Questions(f)
	if err != nil {
		return nil, err
	}
	for _, q := range qus {
		add(ItemRef{KindQuestion, q.ID}, q.Text, q.Prov, q.Status)
	}
	evs, err := s.Events(f)
	if err != nil {
		return nil, err
	}
	for _, e := range evs {
		add(ItemRef{KindEvent, e.ID}, strings.TrimSpace(e.When+" "+e.Text), e.Prov, e.Status)
	}
	sort.SliceStable(r.Marks, func(i, j int) bool {
		a, b := r.Marks[i].Prov, r.Marks[j].Prov
		if a.Start != b.Start {
			return a.Start < b.Start
		}
		return a.End > b.End // the longer (outer) mark first
	})
	return r, nil
}

// Paragraph returns paragraph n (1-based), or false if there is none.
func (r *Reading) Paragraph(n int) (Paragraph, bool) {
	if n < 1 || n > len(r.Paragraphs) {
		return Paragraph{}, false
	}
	return r.Paragraphs[n-1], true
}

// MarksIn lists the indexes of the marks that lie in paragraph n.
func (r *Reading) MarksIn(n int) []int {
	p, ok := r.Paragraph(n)
	if !ok {
		return nil
	}
	var out []int
	for i, m := range r.Marks {
		if m.Prov.Start < p.End && m.Prov.End > p.Start {
			out = append(out, i)
		}
	}
	return out
}

// Pieces cuts paragraph n into runs of text at every mark boundary, each
// with the marks covering it, so a view can style overlapping marks (a
// mention inside a quote) without slicing text itself. Boundaries fall on
// rune starts.
func (r *Reading) Pieces(n int) []Piece {
	p, ok := r.Paragraph(n)
	if !ok {
		return nil
	}
	in := r.MarksIn(n)
	cuts := map[int]bool{p.Start: true, p.End: true}
	clip := func(x int) int { return min(max(x, p.Start), p.End) }
	text := r.Article.Text
	for _, i := range in {
		for _, x := range []int{clip(r.Marks[i].Prov.Start), clip(r.Marks[i].Prov.End)} {
			for x > p.Start && x < p.End && !utf8.RuneStart(text[x]) {
				x--
			}
			cuts[x] = true
		}
	}
	var at []int
	for x := range cuts {
		at = append(at, x)
	}
	sort.Ints(at)
	var out []Piece
	for k := 0; k+1 < len(at); k++ {
		pc := Piece{Text: text[at[k]:at[k+1]], Start: at[k], End: at[k+1]}
		for _, i := range in {
			if m := r.Marks[i].Prov; m.Start <= pc.Start && m.End >= pc.End {
				pc.Marks = append(pc.Marks, i)
			}
		}
		out = append(out, pc)
	}
	return out
}

// quoteMarks are trimmed from a selection made into a quote: a reader
// selects the quotation with its marks, a quote is stored without them.
const quoteMarks = "\"'“”‘’«»„‚‹›"

// Selection turns text selected in paragraph n into the provenance of a new
// item and the selected text trimmed of spaces and enclosing quotation
// marks. The selection must be a run of the paragraph's text; when it occurs
// more than once, the first occurrence is taken.
func (r *Reading) Selection(n int, selected string) (string, Provenance, error) {
	p, ok := r.Paragraph(n)
	if !ok {
		return "", Provenance{}, fmt.Errorf("the article has no paragraph %d", n)
	}
	trimmed := strings.TrimFunc(selected, func(c rune) bool {
		return unicode.IsSpace(c) || strings.ContainsRune(quoteMarks, c)
	})
	if trimmed == "" {
		return "", Provenance{}, errors.New("select the words of the quotation first")
	}
	i := strings.Index(p.Text, trimmed)
	if i < 0 {
		return "", Provenance{}, fmt.Errorf("the selection is not in paragraph %d", n)
	}
	start := p.Start + i
	return trimmed, Provenance{ArticleID: r.Article.ID, Paragraph: n, Start: start, End: start + len(trimmed)}, nil
}
