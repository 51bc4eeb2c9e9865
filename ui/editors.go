package ui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/briefwright/briefwright/dossier"
)

// The fields of each kind of item, and how its editor saves them.

var (
	actorKinds  = []string{"person", "organization", "place"}
	sourceKinds = []string{"outlet", "journalist", "agency", "document", "social"}
)

func entry(text, placeholder string) *widget.Entry {
	e := widget.NewEntry()
	e.SetText(text)
	e.SetPlaceHolder(placeholder)
	return e
}

func multiline(text, placeholder string, rows int) *widget.Entry {
	e := widget.NewMultiLineEntry()
	e.Wrapping = fyne.TextWrapWord
	e.SetText(text)
	e.SetPlaceHolder(placeholder)
	e.SetMinRowsVisible(rows)
	return e
}

func choice(options []string, selected string) *widget.Select {
	s := widget.NewSelect(options, nil)
	if selected != "" {
		s.SetSelected(selected)
	}
	return s
}

// keep is the status to save with: the one asked for, else the current.
func keep(asked, current dossier.Status) dossier.Status {
	if asked != "" {
		return asked
	}
	return current
}

func sectionHead(s string) fyne.CanvasObject {
	l := widget.NewLabel(s)
	l.TextStyle.Bold = true
	return container.NewVBox(widget.NewSeparator(), l)
}

// link is a low-key button that opens something.
func link(label string, fn func()) *widget.Button {
	b := widget.NewButton(label, fn)
	b.Importance = widget.LowImportance
	b.Alignment = widget.ButtonAlignLeading
	return b
}

func (e *editor) actorFields() []fyne.CanvasObject {
	w, a := e.w, e.d.actor
	name := entry(a.Name, "Name")
	kind := choice(actorKinds, a.Kind)
	role := entry(a.Role, "Role or title, e.g. President")
	aff := entry(a.Affiliation, "Affiliation, e.g. Mexico")
	aliases := entry(strings.Join(a.Aliases, ", "), "Other names, separated by commas")
	e.field("Name", name)
	e.field("Kind", kind)
	e.field("Role", role)
	e.field("Affiliation", aff)
	e.field("Aliases", aliases)
	e.save = func(status dossier.Status) func(*dossier.Store) error {
		x := a
		x.Name, x.Kind, x.Role, x.Affiliation = name.Text, kind.Selected, role.Text, aff.Text
		x.Aliases = splitList(aliases.Text)
		x.Status = keep(status, a.Status)
		return func(st *dossier.Store) error { return st.UpdateActor(x) }
	}

	objs := []fyne.CanvasObject{sectionHead("Merging")}
	merge := widget.NewButtonWithIcon("Merge into another actor…", theme.ContentCutIcon(), func() {
		w.pickActor("Merge "+a.Name+" into…", "Choose the actor that "+a.Name+" is the same as. The merge can be undone.", a.ID, false, false,
			func(into int64, _ string) {
				w.want = dossier.ItemRef{Kind: dossier.KindActor, ID: into}
				w.commitEdits()
				w.change("merge actors", refs(dossier.ItemRef{Kind: dossier.KindActor, ID: into}, e.d.ref),
					func(st *dossier.Store) error { return st.MergeActors(into, a.ID) })
			})
	})
	objs = append(objs, container.NewHBox(merge))
	for _, m := range e.d.merged {
		m := m
		undo := widget.NewButtonWithIcon("Undo merge", theme.ContentUndoIcon(), func() {
			w.commitEdits()
			w.change("undo merge", refs(e.d.ref, dossier.ItemRef{Kind: dossier.KindActor, ID: m.ID}),
				func(st *dossier.Store) error { return st.UnmergeActor(m.ID) })
		})
		objs = append(objs, container.NewBorder(nil, nil, nil, undo,
			widget.NewLabel(fmt.Sprintf("Includes %s (%s)", display(m.Name), plural(m.Mentions, "mention")))))
	}

	objs = append(objs, sectionHead("Mentioned "+times(len(e.d.mentions))))
	objs = append(objs, provLinks(w, e.d.ref, e.d.mentions, 8)...)
	if len(e.d.said) > 0 {
		objs = append(objs, sectionHead("Quotes ("+thousands(len(e.d.said))+")"))
		for i, q := range e.d.said {
			if i == 8 {
				objs = append(objs, hint(fmt.Sprintf("and %s more: filter the Quotes list by %s.", thousands(len(e.d.said)-8), display(a.Name))))
				break
			}
			ref := dossier.ItemRef{Kind: dossier.KindQuote, ID: q.ID}
			objs = append(objs, link(clip("“"+q.Text+"”", 90), func() { w.openRef(ref) }))
		}
	}
	return objs
}

// provLinks lists places an item appears, each opening the reader there.
func provLinks(w *MainWindow, ref dossier.ItemRef, ps []dossier.Provenance, most int) []fyne.CanvasObject {
	var objs []fyne.CanvasObject
	for i, p := range ps {
		if i == most {
			objs = append(objs, hint("and "+thousands(len(ps)-most)+" more"))
			break
		}
		if p.ArticleID == 0 {
			continue
		}
		p := p
		objs = append(objs, link(cite(p), func() { w.readAt(ref, p) }))
	}
	return objs
}

// readAt shows an item at one of its places in the reader.
func (w *MainWindow) readAt(ref dossier.ItemRef, p dossier.Provenance) {
	background(w, "read", func(st *dossier.Store) (*dossier.Reading, error) { return st.Reading(p.ArticleID) },
		func(r *dossier.Reading, err error) {
			if err != nil {
				w.showError(err)
				return
			}
			w.reader.set(r, ref, p, w.searchFor)
			w.tabs.Select(w.readerTab)
			w.reader.render()
		})
}

func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

var reliabilities = []string{"—", "A  completely reliable", "B  usually reliable", "C  fairly reliable",
	"D  not usually reliable", "E  unreliable", "F  cannot be judged"}
var credibilities = []string{"—", "1  confirmed by other sources", "2  probably true", "3  possibly true",
	"4  doubtful", "5  improbable", "6  cannot be judged"}

// gradeFields edits an Admiralty grade with two choices and returns how to
// read it back.
func (e *editor) gradeFields(g dossier.Grade) func() dossier.Grade {
	rel := choice(reliabilities, reliabilities[0])
	for _, r := range reliabilities[1:] {
		if g.Reliability != "" && strings.HasPrefix(r, g.Reliability) {
			rel.SetSelected(r)
		}
	}
	cred := choice(credibilities, credibilities[0])
	if g.Credibility > 0 && g.Credibility < len(credibilities) {
		cred.SetSelected(credibilities[g.Credibility])
	}
	e.field("Source reliability", rel)
	e.field("Credibility", cred)
	return func() dossier.Grade {
		var out dossier.Grade
		if i := rel.SelectedIndex(); i > 0 {
			out.Reliability = string(rune('A' + i - 1))
		}
		if i := cred.SelectedIndex(); i > 0 {
			out.Credibility = i
		}
		return out
	}
}

func (e *editor) quoteFields() []fyne.CanvasObject {
	w, q := e.w, e.d.quote
	text := multiline(q.Text, "The words quoted, without quotation marks", 3)
	speaker := widget.NewLabel(or(q.SpeakerName, "no named speaker"))
	speaker.Wrapping = fyne.TextWrapWord
	change := widget.NewButtonWithIcon("Change…", theme.AccountIcon(), func() {
		msg := clip("“"+q.Text+"”", 120) + "\nType a name no actor has to add that person."
		w.pickActor("Who said this?", msg, 0, true, true, func(id int64, name string) {
			w.commitEdits()
			w.changeAdding("change speaker", refs(e.d.ref), func(st *dossier.Store) ([]dossier.ItemRef, error) {
				if id != newActorID {
					return nil, st.SetSpeaker(q.ID, id)
				}
				id, err := st.SetNewSpeaker(q.ID, dossier.Actor{Name: name, Kind: "person", Status: dossier.Accepted})
				if err != nil {
					return nil, err
				}
				return refs(dossier.ItemRef{Kind: dossier.KindActor, ID: id}), nil
			})
		})
	})
	label := entry(q.SpeakerLabel, "How the article describes the speaker")
	cue := entry(q.Cue, "said, told, wrote…")
	e.field("Text", text)
	e.field("Speaker", container.NewBorder(nil, nil, nil, change, speaker))
	e.field("Described as", label)
	e.field("Cue", cue)
	grade := e.gradeFields(q.Grade)
	e.save = func(status dossier.Status) func(*dossier.Store) error {
		x := q
		x.Text, x.SpeakerLabel, x.Cue, x.Grade = text.Text, label.Text, cue.Text, grade()
		x.Status = keep(status, q.Status)
		return func(st *dossier.Store) error { return st.UpdateQuote(x) }
	}
	if q.SpeakerID == 0 {
		return nil
	}
	ref := dossier.ItemRef{Kind: dossier.KindActor, ID: q.SpeakerID}
	return []fyne.CanvasObject{container.NewHBox(link("Show "+q.SpeakerName+" →", func() { w.openRef(ref) }))}
}

func (e *editor) sourceFields() []fyne.CanvasObject {
	w, s := e.w, e.d.source
	name := entry(s.Name, "Name")
	kind := choice(sourceKinds, s.Kind)
	e.field("Name", name)
	e.field("Kind", kind)
	grade := e.gradeFields(s.Grade)
	e.save = func(status dossier.Status) func(*dossier.Store) error {
		x := s
		x.Name, x.Kind, x.Grade = name.Text, kind.Selected, grade()
		x.Status = keep(status, s.Status)
		return func(st *dossier.Store) error { return st.UpdateSource(x) }
	}
	objs := []fyne.CanvasObject{sectionHead("Cited " + times(len(s.Citations)))}
	for i, c := range s.Citations {
		if i == 12 {
			objs = append(objs, hint("and "+thousands(len(s.Citations)-12)+" more"))
			break
		}
		c := c
		objs = append(objs, link(join(" · ", cite(c.Prov), strings.ReplaceAll(c.Relation, "_", " ")), func() { w.readAt(e.d.ref, c.Prov) }))
	}
	return objs
}

var questionStates = []string{"open", "answered", "dropped"}

func (e *editor) questionFields() []fyne.CanvasObject {
	q := e.d.question
	text := multiline(q.Text, "The question", 2)
	state := widget.NewRadioGroup(questionStates, nil)
	state.Horizontal = true
	state.Required = true
	state.SetSelected(string(or(string(q.State), "open")))
	answer := multiline(q.Answer, "What is known now", 3)
	evidence := multiline(q.Evidence, "What the answer rests on: articles, quotes, documents", 2)
	e.field("Question", text)
	e.field("State", state)
	e.field("Answer", answer)
	e.field("Evidence", evidence)
	e.save = func(status dossier.Status) func(*dossier.Store) error {
		x := q
		x.Text, x.Answer, x.Evidence = text.Text, answer.Text, evidence.Text
		x.State = dossier.QuestionState(state.Selected)
		x.Status = keep(status, q.Status)
		return func(st *dossier.Store) error { return st.UpdateQuestion(x) }
	}
	if q.Sentence == "" {
		return nil
	}
	s := widget.NewLabel("From: “" + q.Sentence + "”")
	s.Wrapping = fyne.TextWrapWord
	s.Importance = widget.LowImportance
	return []fyne.CanvasObject{s}
}

func (e *editor) eventFields() []fyne.CanvasObject {
	ev := e.d.event
	when := entry(ev.When, "The date as written, e.g. mid-September 2025")
	value := entry(ev.Value, "For ordering: YYYY, YYYY-MM or YYYY-MM-DD")
	text := multiline(ev.Text, "What happened", 2)
	e.field("When", when)
	e.field("Date", value)
	e.field("What", text)
	e.save = func(status dossier.Status) func(*dossier.Store) error {
		x := ev
		x.When, x.Value, x.Text = when.Text, strings.TrimSpace(value.Text), text.Text
		x.Status = keep(status, ev.Status)
		return func(st *dossier.Store) error { return st.UpdateEvent(x) }
	}
	return nil
}

func (e *editor) articleFields() []fyne.CanvasObject {
	w, a := e.w, e.d.article
	title := entry(a.Title, "Title")
	outlet := entry(a.Outlet, "Outlet")
	author := entry(a.Author, "Author")
	published := entry(a.Published, "YYYY-MM-DD")
	url := entry(a.URL, "Address of the original")
	e.field("Title", title)
	e.field("Outlet", outlet)
	e.field("Author", author)
	e.field("Published", published)
	e.field("URL", url)
	e.save = func(dossier.Status) func(*dossier.Store) error {
		x := a
		x.Title, x.Outlet, x.Author, x.Published, x.URL = title.Text, outlet.Text, author.Text, strings.TrimSpace(published.Text), url.Text
		return func(st *dossier.Store) error { return st.UpdateArticle(x) }
	}
	info := join(" · ", fmt.Sprintf("A%d", a.ID), plural(a.Words, "word"), or(display(a.File), "pasted text"),
		"added "+a.Added.Local().Format("2 Jan 2006"))
	read := widget.NewButtonWithIcon("Read the article", theme.FileTextIcon(), func() { w.tabs.Select(w.readerTab) })
	return []fyne.CanvasObject{hint(info), container.NewHBox(read)}
}

func (e *editor) noteFields() []fyne.CanvasObject {
	w, n := e.w, e.d.note
	text := multiline(n.Text, "Note", 6)
	e.field("Note", text)
	e.save = func(dossier.Status) func(*dossier.Store) error {
		v := text.Text
		return func(st *dossier.Store) error { return st.UpdateNote(n.ID, v) }
	}
	on := link("On "+clip(e.d.target, 80)+" →", func() { w.openRef(n.Target) })
	return []fyne.CanvasObject{container.NewHBox(on), hint("Written " + n.Created.Local().Format("2 Jan 2006 15:04"))}
}
