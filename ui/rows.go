package ui

import (
	"fmt"
	"slices"
	"strings"

	"github.com/briefwright/briefwright/dossier"
)

// row is one line of a section's list.
type row struct {
	ref    dossier.ItemRef
	title  string
	sub    string // marked words between [ and ] are shown highlighted
	status dossier.Status
	prov   dossier.Provenance
	badge  string // shown instead of the status by items without one
	// state, for questions, is shown instead of an accepted status.
	state dossier.QuestionState
	// header rows head a group of search results; more rows ask for more
	// results of a kind.
	header bool
	more   string
	// extra is more text the list's filter finds the row by (aliases, a
	// question's sentence); folded is every such text in lower case, made
	// once.
	extra  string
	folded string
	tags   []string
}

// hasTag reports whether the row is tagged tag, ignoring case.
func (r *row) hasTag(tag string) bool {
	return slices.ContainsFunc(r.tags, func(t string) bool { return strings.EqualFold(t, tag) })
}

// line is the second line as drawn: the row's own, then its tags.
func (r *row) line() string {
	s := r.sub
	for _, t := range r.tags {
		s = join(" · ", s, "#"+t)
	}
	return s
}

// rowRunes bounds a row's lines: a label truncates them to its width, and
// measuring a long text to do so costs time on the UI goroutine.
const rowRunes = 160

// Converters from items to rows. A row keeps its lines as read; they are
// made safe to show and cut to rowRunes only when drawn, for the few rows
// on screen.

func articleRow(a dossier.Article) row {
	return row{ref: dossier.ItemRef{Kind: dossier.KindArticle, ID: a.ID}, title: or(a.Title, "Untitled article"), status: dossier.Accepted,
		sub: join(" · ", fmt.Sprintf("A%d", a.ID), a.Outlet, a.Author, plural(a.Words, "word")), badge: a.Published,
		prov: dossier.Provenance{ArticleID: a.ID}, extra: a.Outlet}
}

func actorRow(a dossier.Actor) row {
	return row{ref: dossier.ItemRef{Kind: dossier.KindActor, ID: a.ID}, title: a.Name, status: a.Status, prov: a.First,
		sub:   join(" · ", a.Kind, join(", ", a.Role, a.Affiliation), plural(a.Mentions, "mention")),
		extra: strings.Join(a.Aliases, " ")}
}

func quoteRow(q dossier.Quote) row {
	return row{ref: dossier.ItemRef{Kind: dossier.KindQuote, ID: q.ID}, title: "“" + q.Text + "”", status: q.Status, prov: q.Prov,
		sub: join(" · ", or(q.SpeakerName, "unknown speaker"), q.Cue, q.Grade.String(), cite(q.Prov))}
}

func sourceRow(s dossier.Source) row {
	var p dossier.Provenance
	how := ""
	if len(s.Citations) > 0 {
		p, how = s.Citations[0].Prov, strings.ReplaceAll(s.Citations[0].Relation, "_", " ")
	}
	return row{ref: dossier.ItemRef{Kind: dossier.KindSource, ID: s.ID}, title: s.Name, status: s.Status, prov: p,
		sub: join(" · ", s.Kind, how, plural(len(s.Citations), "citation"), s.Grade.String())}
}

func questionRow(q dossier.Question) row {
	return row{ref: dossier.ItemRef{Kind: dossier.KindQuestion, ID: q.ID}, title: q.Text, status: q.Status, state: q.State, prov: q.Prov,
		sub: join(" · ", cite(q.Prov), q.Answer), extra: q.Sentence}
}

func eventRow(e dossier.Event) row {
	return row{ref: dossier.ItemRef{Kind: dossier.KindEvent, ID: e.ID}, title: join(" — ", or(e.Value, e.When), e.Text), status: e.Status, prov: e.Prov,
		sub: join(" · ", e.When, cite(e.Prov))}
}

func noteRow(n dossier.Note) row {
	return row{ref: dossier.ItemRef{Kind: dossier.KindNote, ID: n.ID}, title: n.Text, status: dossier.Accepted,
		sub: "on " + targetName(n.Target), badge: n.Modified.Local().Format("2 Jan")}
}

func rowsOf[T any](xs []T, conv func(T) row) []row {
	out := make([]row, len(xs))
	for i, x := range xs {
		out[i] = conv(x)
	}
	return out
}

// readRows reads every item of a section, in the list's own order.
func readRows(st *dossier.Store, kind string) ([]row, error) {
	var all dossier.Filter
	switch kind {
	case dossier.KindArticle:
		xs, err := st.Articles()
		return rowsOf(xs, articleRow), err
	case dossier.KindActor:
		xs, err := st.Actors(all)
		return rowsOf(xs, actorRow), err
	case dossier.KindQuote:
		xs, err := st.Quotes(all)
		return rowsOf(xs, quoteRow), err
	case dossier.KindSource:
		xs, err := st.Sources(all)
		return rowsOf(xs, sourceRow), err
	case dossier.KindQuestion:
		xs, err := st.Questions(all)
		return rowsOf(xs, questionRow), err
	case dossier.KindEvent:
		xs, err := st.Events(all)
		return rowsOf(xs, eventRow), err
	case dossier.KindNote:
		xs, err := st.AllNotes()
		return rowsOf(xs, noteRow), err
	}
	return nil, nil
}

// readRow reads one item as its row; ok is false when the item is no
// longer listed (deleted, or an actor merged into another).
func readRow(st *dossier.Store, ref dossier.ItemRef) (r row, ok bool, err error) {
	switch ref.Kind {
	case dossier.KindArticle:
		x, err := st.Article(ref.ID)
		return articleRow(x), err == nil, err
	case dossier.KindActor:
		x, err := st.Actor(ref.ID)
		return actorRow(x), err == nil && x.MergedInto == 0, err
	case dossier.KindQuote:
		x, err := st.Quote(ref.ID)
		return quoteRow(x), err == nil, err
	case dossier.KindSource:
		x, err := st.Source(ref.ID)
		return sourceRow(x), err == nil, err
	case dossier.KindQuestion:
		x, err := st.Question(ref.ID)
		return questionRow(x), err == nil, err
	case dossier.KindEvent:
		x, err := st.Event(ref.ID)
		return eventRow(x), err == nil, err
	}
	return row{}, false, fmt.Errorf("no list of %ss", ref.Kind)
}

// cite gives a provenance as the briefing cites it: "A3 ¶4".
func cite(p dossier.Provenance) string {
	switch {
	case p.ArticleID == 0:
		return "added by hand"
	case p.Paragraph == 0:
		return fmt.Sprintf("A%d", p.ArticleID)
	}
	return fmt.Sprintf("A%d ¶%d", p.ArticleID, p.Paragraph)
}

func join(sep string, xs ...string) string {
	var out []string
	for _, x := range xs {
		if strings.TrimSpace(x) != "" {
			out = append(out, x)
		}
	}
	return strings.Join(out, sep)
}

func or(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// targetName names the item a note is on, for a list row.
func targetName(r dossier.ItemRef) string {
	if r.Kind == dossier.KindDossier {
		return "the dossier"
	}
	return fmt.Sprintf("%s %d", noun(r.Kind), r.ID)
}

// statusText is how a row or the detail pane shows an item's review
// status; a question shows one word for its status and its state together:
// a proposal is "proposed" or "rejected", an accepted question "open",
// "answered" or "dropped".
func statusText(st dossier.Status, state dossier.QuestionState, kind string) string {
	if kind == dossier.KindQuestion && st != dossier.Rejected && (st == dossier.Accepted || (state != "" && state != dossier.QOpen)) {
		return string(or(string(state), string(dossier.QOpen)))
	}
	return string(st)
}
