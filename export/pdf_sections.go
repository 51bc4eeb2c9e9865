package export

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/briefwright/briefwright/dossier"
)

// The briefing's sections, in the order they print.

func (p *pdfDoc) bluf() {
	f, b := p.f, p.b
	const inset, pad, bullet = 5.0, 4.0, 5.0
	w := p.width - 2*inset
	lead := p.text(b.lead)
	var open []string
	for _, q := range b.leadOpen {
		open = append(open, p.text(q))
	}
	note := "Generated from the dossier: the analyst has not yet written a bottom line."

	// Measure first, so the tinted panel can be drawn under the text.
	f.SetFont("serif", "", bodySize)
	h := 2*pad + float64(p.lines(lead, w))*bodyLine
	for _, q := range open {
		h += 1.5 + float64(p.lines(q, w-bullet))*bodyLine
	}
	if b.leadMade {
		f.SetFont("serif", "I", 8.5)
		h += 3 + float64(p.lines(note, w))*4.2
	}
	p.startSection("bluf", false, h)
	x, y := p.left, f.GetY()
	fits := f.GetY()+h <= p.bottom
	if fits {
		p.fill(colTint)
		f.Rect(x, y, p.width, h, "F")
		p.fill(colAccent)
		f.Rect(x, y, 1.2, h, "F")
	}
	f.SetXY(x+inset, y+pad)
	f.SetFont("serif", "", bodySize)
	p.color(colInk)
	f.MultiCell(w, bodyLine, lead, "", "L", false)
	for _, q := range open {
		f.Ln(1.5)
		f.SetX(x + inset)
		f.SetFont("serif", "B", bodySize)
		p.color(colAccent)
		f.CellFormat(bullet, bodyLine, "•", "", 0, "L", false, 0, "")
		f.SetFont("serif", "", bodySize)
		p.color(colInk)
		f.MultiCell(w-bullet, bodyLine, q, "", "L", false)
	}
	if b.leadMade {
		f.Ln(3)
		f.SetX(x + inset)
		f.SetFont("serif", "I", 8.5)
		p.color(colMuted)
		f.MultiCell(w, 4.2, note, "", "L", false)
	}
	if fits {
		f.SetY(y + h)
	} else {
		f.Ln(pad) // the text ran over the page: no panel
	}
	p.color(colInk)
	if ns := p.b.notes[dossier.ItemRef{Kind: dossier.KindDossier}]; len(ns) > 0 {
		f.Ln(4)
		f.SetFont("serif", "", bodySize)
		p.room(5 + 1 + float64(min(p.lines(p.text(ns[0]), p.width), 3))*bodyLine)
		f.SetFont("sans", "B", 9)
		p.color(colInk)
		f.CellFormat(p.width, 5, "Analyst’s notes", "", 1, "L", false, 0, "")
		for _, n := range ns {
			f.Ln(1)
			p.body(n)
		}
	}
}

func (p *pdfDoc) actors() {
	if len(p.b.actors) == 0 {
		p.startSection("actors", false, emptyNeed)
		p.empty("No actors recorded.")
		return
	}
	t := table{title: "Key actors", cols: []column{
		{"Name", 0.25, "L"}, {"Kind", 0.15, "L"}, {"Role / affiliation", 0.35, "L"},
		{"Quotes", 0.10, "R"}, {"First seen", 0.15, "L"},
	}}
	any := false
	for _, a := range p.b.actors {
		t.rows = append(t.rows, []cell{
			{text: a.name, style: "B", unreviewed: a.unreviewed}, {text: kindLabel(a.kind)}, {text: p.b.withNotes(a.roleAff, a.ref)},
			{text: fmt.Sprint(a.quotes)}, {text: a.first.String(), link: p.linkFor(a.first)},
		})
		any = any || a.unreviewed
	}
	p.startSection("actors", false, p.tableNeed(t))
	p.table(t)
	p.footnoteUnreviewed(any)
	p.leftOut("actors")
}

// emptyNeed is the room below a heading for the line saying a section is
// empty.
const emptyNeed = 8

// leftOut says what the section does not list, if anything.
func (p *pdfDoc) leftOut(kind string) {
	if note := p.b.leftOutNote(kind); note != "" {
		p.f.Ln(2)
		p.f.SetFont("serif", "I", 10)
		p.room(float64(p.lines(note, p.width)) * bodyLine)
		p.empty(note)
	}
}

// quoteCount says how many quotes a speaker has, and how many of them are
// listed when the briefing cannot list them all.
func quoteCount(g speakerGroup) string {
	switch {
	case len(g.quotes) < g.total:
		return thousands(len(g.quotes)) + " of " + thousands(g.total) + " quotes"
	case g.total == 1:
		return "1 quote"
	}
	return thousands(g.total) + " quotes"
}

func (p *pdfDoc) footnoteUnreviewed(any bool) {
	if !any {
		return
	}
	p.inline(4,
		piece{text: "◆", family: "sans", size: 6, col: colWarn},
		piece{text: " unreviewed: proposed automatically, not yet accepted by an analyst", family: "sans", size: 7.5, col: colMuted})
}

func (p *pdfDoc) quotes() {
	p.startSection("quotes", true, 0)
	f := p.f
	if len(p.b.speakers) == 0 {
		p.empty("No quotes recorded.")
		return
	}
	const indent, line = 6.0, 5.0
	qw := p.width - indent
	for gi, g := range p.b.speakers {
		name := p.text(capFirst(g.name))
		role := p.text(g.roleAff)
		// Keep the speaker's heading with the first quote, or with its
		// first lines when the quote is longer than a page.
		headH := 6.0 + 3
		if gi > 0 {
			headH += 3
		}
		if role != "" {
			f.SetFont("sans", "", 8)
			headH += float64(p.lines(role, p.width-30)) * 4
		}
		f.SetFont("serif", "I", 10)
		first := p.text("“" + g.quotes[0].text + "”")
		quoteH := float64(p.lines(first, qw))*line + 4.5
		if headH+quoteH > p.height {
			quoteH = 3 * line
		}
		p.room(headH + quoteH)
		if gi > 0 {
			f.Ln(3)
		}
		f.Bookmark(name, 1, -1)
		f.SetFont("sans", "B", 11)
		p.color(colInk)
		f.CellFormat(p.width-30, 6, p.fit(name, p.width-30), "", 0, "L", false, 0, "")
		f.SetFont("sans", "", 8)
		p.color(colMuted)
		f.CellFormat(30, 6, quoteCount(g), "", 1, "R", false, 0, "")
		if role != "" {
			f.MultiCell(p.width-30, 4, role, "", "L", false)
		}
		p.draw(colRule)
		f.SetLineWidth(0.2)
		f.Line(p.left, f.GetY()+1, p.left+p.width, f.GetY()+1)
		f.Ln(3)
		for _, q := range g.quotes {
			text := p.text("“" + q.text + "”")
			f.SetFont("serif", "I", 10)
			// Measure only when the quote might not fit: no line holds
			// fewer than 30 characters, so most quotes are clearly clear
			// of the foot of the page, and a large briefing has thousands.
			if bound := float64(utf8.RuneCountInString(text)/30+2)*line + 8; f.GetY()+bound > p.bottom {
				p.room(float64(p.lines(text, qw))*line + 8)
			}
			y0, page := f.GetY(), f.PageNo()
			f.SetX(p.left + indent)
			p.color(colInk)
			f.MultiCell(qw, line, text, "", "L", false)
			f.SetX(p.left + indent)
			grade := gradeLabel(q.grade)
			ps := []piece{
				{text: q.at.String(), family: "sans", style: "B", size: 7.5, col: colAccent, link: p.linkFor(q.at)},
				{text: "  ·  " + q.cue, family: "sans", size: 7.5, col: colMuted},
				{text: "  ·  " + grade, family: "sans", size: 7.5, col: colMuted},
			}
			if q.cue == "" {
				ps[1].text = ""
			}
			if q.unreviewed {
				ps = append(ps, piece{text: "  ·  ", family: "sans", size: 7.5, col: colMuted},
					piece{text: "◆ unreviewed", family: "sans", size: 7.5, col: colWarn})
			}
			p.inline(4.5, ps...)
			if f.PageNo() == page {
				p.draw(colAccent)
				f.SetLineWidth(0.6)
				f.Line(p.left+2, y0+0.6, p.left+2, f.GetY()-0.6)
			}
			p.notes(q.ref, indent)
			f.Ln(3)
		}
	}
	p.leftOut("quotes")
}

// notes prints the analyst's notes and tags on an item, indented under it.
func (p *pdfDoc) notes(ref dossier.ItemRef, indent float64) {
	f := p.f
	for _, n := range p.b.notes[ref] {
		f.SetX(p.left + indent)
		f.SetFont("sans", "", 8)
		p.color(colInk)
		f.MultiCell(p.width-indent, 4, p.text("Note: "+n), "", "L", false)
	}
	if tags := p.b.tagLine(ref); tags != "" {
		f.SetX(p.left + indent)
		f.SetFont("sans", "", 8)
		p.color(colMuted)
		f.MultiCell(p.width-indent, 4, p.text("Tags: "+tags), "", "L", false)
	}
	p.color(colInk)
}

// citeList gives up to max citations and how many more there are.
func citeList(cs []cite, more, max int) string {
	var where []string
	for _, c := range cs {
		where = append(where, c.String())
	}
	if len(where) > max {
		more += len(where) - max
		where = where[:max]
	}
	if more > 0 {
		return strings.Join(where, " ") + fmt.Sprintf(" and %s more", thousands(more))
	}
	return strings.Join(where, " ")
}

func (p *pdfDoc) sources() {
	if len(p.b.sources) == 0 {
		p.startSection("sources", false, emptyNeed)
		p.empty("No sources recorded.")
		return
	}
	t := table{title: "Sources", cols: []column{
		{"Source", 0.26, "L"}, {"Kind", 0.14, "L"}, {"How cited", 0.22, "L"},
		{"Where", 0.26, "L"}, {"Grade", 0.12, "L"},
	}}
	any := false
	for _, s := range p.b.sources {
		link := 0
		if len(s.at) > 0 {
			link = p.linkFor(s.at[0])
		}
		t.rows = append(t.rows, []cell{
			{text: s.name, style: "B", unreviewed: s.unreviewed}, {text: kindLabel(s.kind)}, {text: p.b.withNotes(s.how, s.ref)},
			{text: citeList(s.at, s.moreAt, 6), link: link}, {text: s.grade},
		})
		any = any || s.unreviewed
	}
	p.startSection("sources", false, p.tableNeed(t))
	p.table(t)
	p.footnoteUnreviewed(any)
	p.leftOut("sources")
}

// questionBlock is one open question laid out for printing.
type questionBlock struct {
	text, sentence string
	extra          []string // answer and evidence
	h              float64  // height, the space after it included
}

func (p *pdfDoc) questionBlock(q questionRow, w float64) questionBlock {
	f := p.f
	qb := questionBlock{text: p.text(q.text)}
	if s := strings.TrimSpace(q.sentence); s != "" && s != strings.TrimSpace(q.text) {
		qb.sentence = p.text("“" + s + "”")
	}
	for _, kv := range [][2]string{{"Answer: ", q.answer}, {"Evidence: ", q.evidence}} {
		if strings.TrimSpace(kv[1]) != "" {
			qb.extra = append(qb.extra, p.text(kv[0]+kv[1]))
		}
	}
	f.SetFont("serif", "B", bodySize)
	qb.h = float64(p.lines(qb.text, w))*bodyLine + 5
	f.SetFont("serif", "I", 9)
	qb.h += float64(p.lines(qb.sentence, w)) * 4.4
	f.SetFont("serif", "", 9.5)
	for _, e := range qb.extra {
		qb.h += float64(p.lines(e, w)) * 4.8
	}
	qb.h += 4
	return qb
}

func (p *pdfDoc) questions() {
	f := p.f
	if len(p.b.question) == 0 {
		p.startSection("questions", false, emptyNeed)
		p.empty("No open questions recorded.")
		return
	}
	// The numbers hang in the margin of the text: wide enough for "100.".
	f.SetFont("sans", "B", 10)
	indent := max(8.0, f.GetStringWidth(fmt.Sprintf("%d.", len(p.b.question)))+2)
	w := p.width - indent
	for i, q := range p.b.question {
		qb := p.questionBlock(q, w)
		if i == 0 {
			p.startSection("questions", false, qb.h)
		}
		// A question is kept whole on a page, unless it is longer than one.
		p.room(min(qb.h, p.height-headingHeight))

		f.SetFont("sans", "B", 10)
		p.color(colAccent)
		f.CellFormat(indent, bodyLine, fmt.Sprintf("%d.", i+1), "", 0, "L", false, 0, "")
		f.SetFont("serif", "B", bodySize)
		p.color(colInk)
		f.MultiCell(w, bodyLine, qb.text, "", "L", false)
		f.SetX(p.left + indent)
		state := piece{text: strings.ToUpper(q.state), family: "sans", style: "B", size: 7.5, col: colWarn}
		switch q.state {
		case string(dossier.QAnswered):
			state.col = colGood
		case string(dossier.QDropped):
			state.col = colMuted
		}
		ps := []piece{state, {text: "  ·  ", family: "sans", size: 7.5, col: colMuted},
			{text: q.at.String(), family: "sans", style: "B", size: 7.5, col: colAccent, link: p.linkFor(q.at)}}
		if q.unreviewed {
			ps = append(ps, piece{text: "  ·  ", family: "sans", size: 7.5, col: colMuted},
				piece{text: "◆ unreviewed", family: "sans", size: 7.5, col: colWarn})
		}
		p.inline(5, ps...)
		if qb.sentence != "" {
			f.SetX(p.left + indent)
			f.SetFont("serif", "I", 9)
			p.color(colMuted)
			f.MultiCell(w, 4.4, qb.sentence, "", "L", false)
		}
		for _, e := range qb.extra {
			f.SetX(p.left + indent)
			f.SetFont("serif", "", 9.5)
			p.color(colInk)
			f.MultiCell(w, 4.8, e, "", "L", false)
		}
		p.notes(q.ref, indent)
		f.Ln(4)
	}
	p.leftOut("questions")
}

func (p *pdfDoc) timeline() {
	if len(p.b.events) == 0 {
		p.startSection("timeline", false, emptyNeed)
		p.empty("No dated events recorded.")
		return
	}
	t := table{title: "Timeline", cols: []column{{"Date", 0.27, "L"}, {"Event", 0.57, "L"}, {"Where", 0.16, "L"}}}
	any := false
	for _, e := range p.b.events {
		when := eventDate(e)
		t.rows = append(t.rows, []cell{
			{text: when, style: "B", unreviewed: e.unreviewed}, {text: p.b.withNotes(e.text, e.ref)},
			{text: e.at.String(), link: p.linkFor(e.at)},
		})
		any = any || e.unreviewed
	}
	p.startSection("timeline", false, p.tableNeed(t))
	p.table(t)
	p.footnoteUnreviewed(any)
	p.leftOut("events")
}

func (p *pdfDoc) gradeKey() {
	p.startSection("key", true, 0)
	p.body(gradeIntro)
	p.f.Ln(4)
	for _, part := range []struct {
		title string
		rows  [][2]string
	}{{"Source reliability", gradeKey.reliability}, {"Information credibility", gradeKey.credibility}} {
		t := table{cols: []column{{"Grade", 0.15, "L"}, {part.title, 0.85, "L"}}}
		for _, r := range part.rows {
			t.rows = append(t.rows, []cell{{text: r[0], style: "B"}, {text: r[1]}})
		}
		p.table(t)
		p.f.Ln(4)
	}
}

func (p *pdfDoc) articles() {
	p.startSection("articles", true, 0)
	f := p.f
	if len(p.b.articles) == 0 {
		p.empty("No articles.")
		return
	}
	p.body("Each article as imported, paragraph by paragraph. The paragraph numbers are the ones the citations use.")
	f.Ln(2)
	const num, paraLine = 9.0, 4.8
	for i, a := range p.b.articles {
		n := i + 1
		title := p.text(firstOf(a.Title, "Untitled article"))
		by := articleByline(a)
		if a.File != "" {
			by = joinNonEmpty(" · ", by, a.File)
		}
		if a.Words > 0 {
			by = joinNonEmpty(" · ", by, thousands(a.Words)+" words")
		}
		by = p.text(by)
		paras, cut := appendixParagraphs(a.Text)

		// The title, byline and notes stay with the first lines of the
		// first paragraph.
		f.SetFont("sans", "B", 12)
		h := 4 + float64(p.lines(title, p.width-12))*6 + 3
		f.SetFont("sans", "", 8)
		h += float64(p.lines(by, p.width-12)) * 4.2
		h += p.notesHeight(dossier.ItemRef{Kind: dossier.KindArticle, ID: a.ID}, 12)
		if len(paras) > 0 {
			f.SetFont("serif", "", 9.5)
			first := p.text(a.Text[paras[0].Start:paras[0].End])
			h += float64(min(p.lines(first, p.width-num), 3))*paraLine + 1.5
		}
		p.room(min(h, p.height))
		f.Ln(4)
		f.Bookmark(p.fit(fmt.Sprintf("A%d  %s", n, title), 300), 1, -1)
		f.SetFont("sans", "B", 12)
		p.color(colAccent)
		f.CellFormat(12, 6, fmt.Sprintf("A%d", n), "", 0, "L", false, 0, "")
		p.color(colInk)
		f.MultiCell(p.width-12, 6, title, "", "L", false)
		if by != "" {
			f.SetX(p.left + 12)
			f.SetFont("sans", "", 8)
			p.color(colMuted)
			f.MultiCell(p.width-12, 4.2, by, "", "L", false)
		}
		p.notes(dossier.ItemRef{Kind: dossier.KindArticle, ID: a.ID}, 12)
		f.Ln(3)
		for _, para := range paras {
			text := p.text(a.Text[para.Start:para.End])
			f.SetFont("serif", "", 9.5)
			// A paragraph of up to three lines is not split. (Measured
			// only near the foot of a page: the appendix is most of a
			// large briefing.)
			if f.GetY()+3*paraLine+1.5 > p.bottom {
				p.room(float64(min(p.lines(text, p.width-num), 3))*paraLine + 1.5)
			}
			if l, ok := p.paras[cite{n, para.Index}]; ok {
				f.SetLink(l, f.GetY(), -1)
				p.placed[l] = true
			}
			y := f.GetY()
			f.SetFont("sans", "", 7)
			p.color(colMuted)
			f.CellFormat(num, paraLine, fmt.Sprintf("¶%d", para.Index), "", 0, "L", false, 0, "")
			f.SetFont("serif", "", 9.5)
			p.color(colInk)
			f.SetXY(p.left+num, y)
			f.MultiCell(p.width-num, paraLine, text, "", "L", false)
			f.Ln(1.5)
		}
		if cut != "" {
			p.empty(cut)
			f.Ln(1.5)
		}
	}
}

// notesHeight is the height notes prints for an item.
func (p *pdfDoc) notesHeight(ref dossier.ItemRef, indent float64) float64 {
	p.f.SetFont("sans", "", 8)
	h := 0.0
	for _, n := range p.b.notes[ref] {
		h += float64(p.lines(p.text("Note: "+n), p.width-indent)) * 4
	}
	if tags := p.b.tagLine(ref); tags != "" {
		h += float64(p.lines(p.text("Tags: "+tags), p.width-indent)) * 4
	}
	return h
}
