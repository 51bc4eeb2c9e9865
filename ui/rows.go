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
}

// rowRunes bounds a row's lines: a label truncates them to its width, and
// measuring a long text to do so costs time on the UI goroutine.
const rowRunes = 160

// loadRows reads one section's items as list rows, only those tagged tag
// when it is set.
func loadRows(st *dossier.Store, kind string, f dossier.Filter, tag string) ([]row, error) {
	rows, err := readRows(st, kind, f)
	if err != nil {
		return nil, err
	}
	tags, err := st.TagsOf(kind)
	if err != nil {
		return nil, err
	}
	out := rows[:0]
	for _, r := range rows {
		ts := tags[r.ref.ID]
		if tag != "" && !slices.ContainsFunc(ts, func(t string) bool { return strings.EqualFold(t, tag) }) {
			continue
		}
		for _, t := range ts {
			r.sub = join(" · ", r.sub, "#"+t)
		}
		r.title, r.sub = clip(display(r.title), rowRunes), clip(display(r.sub), rowRunes)
		out = append(out, r)
	}
	return out, nil
}

func readRows(st *dossier.Store, kind string, f dossier.Filter) ([]row, error) {
	var rows []row
	ref := func(id int64) dossier.ItemRef { return dossier.ItemRef{Kind: kind, ID: id} }
	switch kind {
	case dossier.KindArticle:
		arts, err := st.Articles()
		for _, a := range arts {
			if f.Text != "" && !containsFold(a.Title+" "+a.Outlet, f.Text) {
				continue
			}
			rows = append(rows, row{ref: ref(a.ID), title: or(a.Title, "Untitled article"), status: dossier.Accepted,
				sub: join(" · ", fmt.Sprintf("A%d", a.ID), a.Outlet, a.Author, plural(a.Words, "word")), badge: a.Published,
				prov: dossier.Provenance{ArticleID: a.ID}})
		}
		return rows, err
	case dossier.KindActor:
		xs, err := st.Actors(f)
		for _, a := range xs {
			rows = append(rows, row{ref: ref(a.ID), title: a.Name, status: a.Status, prov: a.First,
				sub: join(" · ", a.Kind, join(", ", a.Role, a.Affiliation), plural(a.Mentions, "mention"))})
		}
		return rows, err
	case dossier.KindQuote:
		xs, err := st.Quotes(f)
		for _, q := range xs {
			rows = append(rows, row{ref: ref(q.ID), title: "“" + q.Text + "”", status: q.Status, prov: q.Prov,
				sub: join(" · ", or(q.SpeakerName, "unknown speaker"), q.Cue, q.Grade.String(), cite(q.Prov))})
		}
		return rows, err
	case dossier.KindSource:
		xs, err := st.Sources(f)
		for _, s := range xs {
			var p dossier.Provenance
			how := ""
			if len(s.Citations) > 0 {
				p, how = s.Citations[0].Prov, strings.ReplaceAll(s.Citations[0].Relation, "_", " ")
			}
			rows = append(rows, row{ref: ref(s.ID), title: s.Name, status: s.Status, prov: p,
				sub: join(" · ", s.Kind, how, plural(len(s.Citations), "citation"), s.Grade.String())})
		}
		return rows, err
	case dossier.KindQuestion:
		xs, err := st.Questions(f)
		for _, q := range xs {
			rows = append(rows, row{ref: ref(q.ID), title: q.Text, status: q.Status, state: q.State, prov: q.Prov,
				sub: join(" · ", cite(q.Prov), q.Answer)})
		}
		return rows, err
	case dossier.KindEvent:
		xs, err := st.Events(f)
		for _, e := range xs {
			rows = append(rows, row{ref: ref(e.ID), title: join(" — ", or(e.Value, e.When), e.Text), status: e.Status, prov: e.Prov,
				sub: join(" · ", e.When, cite(e.Prov))})
		}
		return rows, err
	case dossier.KindNote:
		xs, err := st.AllNotes()
		for _, n := range xs {
			if f.Text != "" && !containsFold(n.Text, f.Text) {
				continue
			}
			rows = append(rows, row{ref: ref(n.ID), title: n.Text, status: dossier.Accepted,
				sub: "on " + targetName(n.Target), badge: n.Modified.Local().Format("2 Jan")})
		}
		return rows, err
	}
	return nil, nil
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

func containsFold(s, sub string) bool {
	return strings.Contains(strings.ToLower(s), strings.ToLower(sub))
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
