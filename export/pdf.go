package export

import (
	"fmt"
	"io"
	"strings"

	"github.com/jung-kurt/gofpdf"

	"github.com/briefwright/briefwright/assets"
	"github.com/briefwright/briefwright/dossier"
	"github.com/briefwright/briefwright/dossier/extract"
)

// The briefing's palette: ink for text, one accent for structure, and a
// warm signal colour reserved for "unreviewed".
var (
	colInk     = [3]int{33, 37, 41}
	colMuted   = [3]int{108, 117, 125}
	colAccent  = [3]int{26, 64, 112}
	colRule    = [3]int{206, 212, 218}
	colShade   = [3]int{244, 246, 249}
	colWarn    = [3]int{176, 96, 0}
	colMarking = [3]int{150, 30, 30}
)

// section is one entry of the contents.
type section struct {
	id, title string
}

var sections = []section{
	{"bluf", "Bottom line"},
	{"actors", "Key actors"},
	{"quotes", "Quotes by speaker"},
	{"sources", "Sources"},
	{"questions", "Open questions"},
	{"timeline", "Timeline"},
	{"key", "Appendix A: Grading key"},
	{"articles", "Appendix B: Articles"},
}

// PDF writes the briefing. The contents page needs the page on which each
// section starts, so the document is laid out twice: a first pass, stopped
// where the article appendix begins, only records those pages.
func PDF(w io.Writer, d *dossier.Dossier, opt Options) error {
	b := newBriefing(d, opt)
	first := newPDF(b, opt, nil)
	if err := first.render(true); err != nil {
		return err
	}
	final := newPDF(b, opt, first.pages)
	if err := final.render(false); err != nil {
		return err
	}
	return final.f.Output(w)
}

type pdfDoc struct {
	f      *gofpdf.Fpdf
	b      *briefing
	opt    Options
	g      *glyphs
	known  map[string]int // section id -> page, from the first pass
	pages  map[string]int // section id -> page, this pass
	links  map[string]int // section id -> internal link
	paras  map[cite]int   // appendix paragraph -> internal link
	left   float64
	width  float64 // text width
	bottom float64 // y below which nothing is drawn
}

func newPDF(b *briefing, opt Options, known map[string]int) *pdfDoc {
	size := "A4"
	if strings.EqualFold(opt.PageSize, "Letter") {
		size = "Letter"
	}
	f := gofpdf.New("P", "mm", size, "")
	p := &pdfDoc{f: f, b: b, opt: opt, g: briefingGlyphs(), known: known,
		pages: map[string]int{}, links: map[string]int{}, paras: map[cite]int{}}
	f.AddUTF8FontFromBytes("serif", "", assets.SerifRegular)
	f.AddUTF8FontFromBytes("serif", "B", assets.SerifBold)
	f.AddUTF8FontFromBytes("serif", "I", assets.SerifItalic)
	f.AddUTF8FontFromBytes("sans", "", assets.SansRegular)
	f.AddUTF8FontFromBytes("sans", "B", assets.SansBold)
	const margin = 22.0
	f.SetMargins(margin, 24, margin)
	f.SetAutoPageBreak(true, 20)
	pw, ph := f.GetPageSize()
	p.left, p.width, p.bottom = margin, pw-2*margin, ph-20

	created := opt.created()
	f.SetCreationDate(created)
	f.SetModificationDate(created)
	f.SetCatalogSort(true) // fixed object order, for identical bytes
	f.SetCompression(true)
	f.SetTitle(p.text(b.meta.Title), true)
	f.SetSubject(p.text(b.meta.Subject), true)
	f.SetAuthor(p.text(b.meta.Author), true)
	f.SetCreator("Briefwright", true)
	f.SetProducer("Briefwright", true)
	f.AliasNbPages("{nb}")
	for _, s := range sections {
		p.links[s.id] = f.AddLink()
	}
	f.SetHeaderFunc(p.header)
	f.SetFooterFunc(p.footer)
	return p
}

func (p *pdfDoc) text(s string) string { return p.g.printable(s) }

func (p *pdfDoc) color(c [3]int) { p.f.SetTextColor(c[0], c[1], c[2]) }

func (p *pdfDoc) marking() string {
	if m := strings.TrimSpace(p.b.meta.Marking); m != "" {
		return m
	}
	return "UNMARKED"
}

func (p *pdfDoc) header() {
	f := p.f
	if f.PageNo() == 1 {
		return
	}
	f.SetY(10)
	f.SetFont("sans", "B", 7.5)
	p.color(colMarking)
	f.CellFormat(p.width/2, 5, p.text(p.marking()), "", 0, "L", false, 0, "")
	f.SetFont("sans", "", 7.5)
	p.color(colMuted)
	f.CellFormat(p.width/2, 5, p.text(truncate(p.b.meta.Title, 70)), "", 1, "R", false, 0, "")
	f.SetDrawColor(colRule[0], colRule[1], colRule[2])
	f.SetLineWidth(0.2)
	f.Line(p.left, 15.5, p.left+p.width, 15.5)
	f.SetY(24)
	p.color(colInk)
}

func (p *pdfDoc) footer() {
	f := p.f
	_, ph := f.GetPageSize()
	f.SetY(ph - 13)
	f.SetFont("sans", "B", 7.5)
	p.color(colMarking)
	f.CellFormat(p.width/2, 5, p.text(p.marking()), "", 0, "L", false, 0, "")
	f.SetFont("sans", "", 7.5)
	p.color(colMuted)
	f.CellFormat(p.width/2, 5, fmt.Sprintf("Page %d of {nb}", f.PageNo()), "", 0, "R", false, 0, "")
	p.color(colInk)
}

// render lays the briefing out; with probe set it stops where the article
// appendix starts, having recorded every section's page.
func (p *pdfDoc) render(probe bool) error {
	p.cover()
	p.contents()
	p.f.AddPage()
	p.bluf()
	p.actors()
	p.quotes()
	p.sources()
	p.questions()
	p.timeline()
	p.gradeKey()
	p.startSection("articles", true)
	if probe {
		return p.f.Error()
	}
	p.articles()
	return p.f.Error()
}

func (p *pdfDoc) cover() {
	f, b := p.f, p.b
	f.AddPage()
	f.SetFillColor(colAccent[0], colAccent[1], colAccent[2])
	pw, ph := f.GetPageSize()
	f.Rect(0, 0, pw, 9, "F")

	f.SetY(22)
	f.SetFont("sans", "B", 9)
	p.color(colMarking)
	f.CellFormat(p.width, 6, p.text(p.marking()), "", 1, "C", false, 0, "")

	f.SetY(62)
	f.SetFont("sans", "B", 10)
	p.color(colAccent)
	f.CellFormat(p.width, 6, "RESEARCH BRIEFING", "", 1, "L", false, 0, "")
	f.Ln(3)
	f.SetFont("serif", "B", 26)
	p.color(colInk)
	title := b.meta.Title
	if title == "" {
		title = "Untitled dossier"
	}
	f.MultiCell(p.width, 11, p.text(title), "", "L", false)
	if b.meta.Subject != "" {
		f.Ln(3)
		f.SetFont("serif", "I", 13)
		p.color(colMuted)
		f.MultiCell(p.width, 6.5, p.text(b.meta.Subject), "", "L", false)
	}
	f.Ln(8)
	f.SetDrawColor(colAccent[0], colAccent[1], colAccent[2])
	f.SetLineWidth(0.8)
	f.Line(p.left, f.GetY(), p.left+40, f.GetY())
	f.Ln(8)

	kv := [][2]string{
		{"Prepared by", firstOf(b.meta.Author, "—")},
		{"Date", b.date.Format("2 January 2006")},
		{"Handling", p.marking()},
	}
	for _, row := range kv {
		f.SetFont("sans", "B", 9)
		p.color(colMuted)
		f.CellFormat(32, 6, strings.ToUpper(row[0]), "", 0, "L", false, 0, "")
		f.SetFont("serif", "", 11)
		p.color(colInk)
		f.MultiCell(p.width-32, 6, p.text(row[1]), "", "L", false)
	}

	// Counts as a row of figures near the foot of the page.
	y := ph - 70
	cw := p.width / float64(len(b.counts))
	f.SetDrawColor(colRule[0], colRule[1], colRule[2])
	f.SetLineWidth(0.2)
	f.Line(p.left, y-4, p.left+p.width, y-4)
	for i, c := range b.counts {
		x := p.left + float64(i)*cw
		f.SetXY(x, y)
		f.SetFont("serif", "B", 20)
		p.color(colAccent)
		f.CellFormat(cw, 9, fmt.Sprint(c.n), "", 2, "L", false, 0, "")
		f.SetX(x)
		f.SetFont("sans", "", 7.5)
		p.color(colMuted)
		f.CellFormat(cw, 4, strings.ToUpper(c.label), "", 0, "L", false, 0, "")
	}
	f.SetXY(p.left, ph-34)
	f.SetFont("sans", "", 8)
	p.color(colMuted)
	f.MultiCell(p.width, 4.2, "Compiled from open-source reporting. Items marked “unreviewed” were proposed "+
		"automatically and have not been checked by an analyst. Citations such as [A1 ¶4] refer to "+
		"article 1, paragraph 4, reproduced in Appendix B.", "", "L", false)
	p.color(colInk)
}

func (p *pdfDoc) contents() {
	f := p.f
	f.AddPage()
	f.Bookmark("Contents", 0, -1)
	p.heading("Contents")
	for i, s := range sections {
		page := ""
		if n := p.known[s.id]; n > 0 {
			page = fmt.Sprint(n)
		}
		y := f.GetY()
		f.SetFont("serif", "", 11)
		p.color(colInk)
		label := fmt.Sprintf("%d   %s", i+1, s.title)
		if strings.HasPrefix(s.title, "Appendix") {
			label = "     " + s.title
		}
		lw := f.GetStringWidth(label) + 2
		f.CellFormat(lw, 8, label, "", 0, "L", false, p.links[s.id], "")
		pw := f.GetStringWidth(page) + 2
		dots := p.width - lw - pw
		p.color(colRule)
		if n := int(dots / f.GetStringWidth(". ")); n > 0 {
			f.CellFormat(dots, 8, strings.Repeat(". ", n), "", 0, "R", false, p.links[s.id], "")
		} else {
			f.SetX(f.GetX() + dots)
		}
		p.color(colInk)
		f.CellFormat(pw, 8, page, "", 1, "R", false, p.links[s.id], "")
		f.SetY(y + 8.5)
	}
}

// startSection begins a section on a new page if asked, or when little room
// is left, and records where it starts for the contents and bookmarks.
func (p *pdfDoc) startSection(id string, newPage bool) {
	f := p.f
	if newPage || f.GetY() > p.bottom-45 {
		f.AddPage()
	} else if f.GetY() > 30 {
		f.Ln(8)
	}
	title := ""
	for _, s := range sections {
		if s.id == id {
			title = s.title
		}
	}
	p.pages[id] = f.PageNo()
	f.SetLink(p.links[id], -1, -1)
	f.Bookmark(title, 0, -1)
	p.heading(title)
}

func (p *pdfDoc) heading(title string) {
	f := p.f
	f.SetFont("sans", "B", 15)
	p.color(colAccent)
	f.CellFormat(p.width, 9, p.text(title), "", 1, "L", false, 0, "")
	f.SetDrawColor(colAccent[0], colAccent[1], colAccent[2])
	f.SetLineWidth(0.5)
	f.Line(p.left, f.GetY()+0.5, p.left+p.width, f.GetY()+0.5)
	f.Ln(5)
	p.color(colInk)
}

func (p *pdfDoc) subheading(title string) {
	f := p.f
	if f.GetY() > p.bottom-25 {
		f.AddPage()
	}
	f.Ln(2)
	f.SetFont("sans", "B", 10.5)
	p.color(colInk)
	f.MultiCell(p.width, 5.5, p.text(title), "", "L", false)
	f.Ln(1)
}

// body prints a paragraph of reading text.
func (p *pdfDoc) body(s string) {
	p.f.SetFont("serif", "", 10.5)
	p.color(colInk)
	p.f.MultiCell(p.width, 5.4, p.text(s), "", "L", false)
}

func (p *pdfDoc) empty(s string) {
	p.f.SetFont("serif", "I", 10)
	p.color(colMuted)
	p.f.MultiCell(p.width, 5.4, s, "", "L", false)
	p.color(colInk)
}

func (p *pdfDoc) bluf() {
	p.startSection("bluf", false)
	f := p.f
	y := f.GetY()
	p.body(p.b.lead)
	if p.b.leadMade {
		p.color(colMuted)
	}
	f.SetDrawColor(colAccent[0], colAccent[1], colAccent[2])
	f.SetLineWidth(1)
	if f.GetY() > y {
		f.Line(p.left-4, y, p.left-4, f.GetY())
	}
	p.color(colInk)
}

// linkFor returns the internal link to an appendix paragraph, creating it
// now; the appendix sets its destination when it prints the paragraph.
func (p *pdfDoc) linkFor(c cite) int {
	if c.art == 0 {
		return 0
	}
	if l, ok := p.paras[c]; ok {
		return l
	}
	l := p.f.AddLink()
	p.paras[c] = l
	return l
}

func (p *pdfDoc) actors() {
	p.startSection("actors", false)
	if len(p.b.actors) == 0 {
		p.empty("No actors recorded.")
		return
	}
	t := table{cols: []column{
		{"Name", 0.27, "L"}, {"Kind", 0.13, "L"}, {"Role / affiliation", 0.35, "L"},
		{"Quotes", 0.10, "R"}, {"First seen", 0.15, "L"},
	}}
	for _, a := range p.b.actors {
		name := a.name
		if a.unreviewed {
			name += " *"
		}
		t.rows = append(t.rows, []cell{
			{text: name, style: "B"}, {text: kindLabel(a.kind)}, {text: a.roleAff},
			{text: fmt.Sprint(a.quotes)}, {text: a.first.String(), link: p.linkFor(a.first)},
		})
	}
	p.table(t)
	p.footnoteUnreviewed(anyActorUnreviewed(p.b.actors))
}

func (p *pdfDoc) footnoteUnreviewed(any bool) {
	if !any {
		return
	}
	p.f.Ln(1)
	p.f.SetFont("sans", "", 7.5)
	p.color(colWarn)
	p.f.CellFormat(p.width, 4, "* unreviewed: proposed automatically, not yet accepted by an analyst", "", 1, "L", false, 0, "")
	p.color(colInk)
}

func (p *pdfDoc) quotes() {
	p.startSection("quotes", true)
	f := p.f
	if len(p.b.speakers) == 0 {
		p.empty("No quotes recorded.")
		return
	}
	for _, g := range p.b.speakers {
		p.subheading(fmt.Sprintf("%s  (%d)", g.name, len(g.quotes)))
		for _, q := range g.quotes {
			if f.GetY() > p.bottom-14 {
				f.AddPage()
			}
			f.SetFont("serif", "I", 10)
			p.color(colInk)
			f.SetX(p.left + 5)
			f.MultiCell(p.width-5, 5, p.text("“"+q.text+"”"), "", "L", false)
			f.SetX(p.left + 5)
			f.SetFont("sans", "", 7.5)
			p.color(colAccent)
			c := q.at.String()
			cw := f.GetStringWidth(c) + 1
			f.CellFormat(cw, 4.5, c, "", 0, "L", false, p.linkFor(q.at), "")
			p.color(colMuted)
			meta := "  ·  " + joinNonEmpty("  ·  ", q.cue, "grade "+q.grade)
			f.CellFormat(f.GetStringWidth(p.text(meta))+1, 4.5, p.text(meta), "", 0, "L", false, 0, "")
			if q.unreviewed {
				p.color(colWarn)
				f.CellFormat(20, 4.5, "  ·  unreviewed", "", 0, "L", false, 0, "")
			}
			f.Ln(4.5)
			p.notes(q.ref)
			f.Ln(2.5)
			p.color(colInk)
		}
	}
}

// notes prints the analyst's notes on an item, indented under it.
func (p *pdfDoc) notes(ref dossier.ItemRef) {
	f := p.f
	for _, n := range p.b.notes[ref] {
		f.SetX(p.left + 5)
		f.SetFont("sans", "", 8)
		p.color(colMuted)
		f.MultiCell(p.width-5, 4, p.text("Note: "+n), "", "L", false)
	}
	if tags := p.b.tags[ref]; len(tags) > 0 {
		f.SetX(p.left + 5)
		f.SetFont("sans", "", 8)
		p.color(colMuted)
		f.MultiCell(p.width-5, 4, p.text("Tags: "+strings.Join(tags, ", ")), "", "L", false)
	}
	p.color(colInk)
}

func (p *pdfDoc) sources() {
	p.startSection("sources", false)
	if len(p.b.sources) == 0 {
		p.empty("No sources recorded.")
		return
	}
	t := table{cols: []column{
		{"Source", 0.28, "L"}, {"Kind", 0.14, "L"}, {"How cited", 0.28, "L"},
		{"Where", 0.18, "L"}, {"Grade", 0.12, "L"},
	}}
	any := false
	for _, s := range p.b.sources {
		name := s.name
		if s.unreviewed {
			name += " *"
			any = true
		}
		var where []string
		for _, c := range s.at {
			where = append(where, c.String())
		}
		link := 0
		if len(s.at) > 0 {
			link = p.linkFor(s.at[0])
		}
		t.rows = append(t.rows, []cell{
			{text: name, style: "B"}, {text: kindLabel(s.kind)}, {text: s.how},
			{text: strings.Join(uniq(where), " "), link: link}, {text: s.grade},
		})
	}
	p.table(t)
	p.footnoteUnreviewed(any)
}

func (p *pdfDoc) questions() {
	p.startSection("questions", false)
	f := p.f
	if len(p.b.question) == 0 {
		p.empty("No open questions recorded.")
		return
	}
	for i, q := range p.b.question {
		if f.GetY() > p.bottom-18 {
			f.AddPage()
		}
		f.SetFont("sans", "B", 10)
		p.color(colAccent)
		f.CellFormat(8, 5.4, fmt.Sprintf("%d.", i+1), "", 0, "L", false, 0, "")
		f.SetFont("serif", "B", 10.5)
		p.color(colInk)
		f.MultiCell(p.width-8, 5.4, p.text(q.text), "", "L", false)
		f.SetX(p.left + 8)
		f.SetFont("sans", "B", 7.5)
		switch q.state {
		case string(dossier.QAnswered):
			f.SetTextColor(40, 120, 60)
		case string(dossier.QDropped):
			p.color(colMuted)
		default:
			p.color(colWarn)
		}
		f.CellFormat(f.GetStringWidth(strings.ToUpper(q.state))+2, 4.5, strings.ToUpper(q.state), "", 0, "L", false, 0, "")
		f.SetFont("sans", "", 7.5)
		p.color(colAccent)
		c := "  " + q.at.String()
		f.CellFormat(f.GetStringWidth(c)+1, 4.5, c, "", 0, "L", false, p.linkFor(q.at), "")
		if q.unreviewed {
			p.color(colWarn)
			f.CellFormat(20, 4.5, "  ·  unreviewed", "", 0, "L", false, 0, "")
		}
		f.Ln(4.5)
		for _, kv := range [][2]string{{"Answer", q.answer}, {"Evidence", q.evidence}} {
			if strings.TrimSpace(kv[1]) == "" {
				continue
			}
			f.SetX(p.left + 8)
			f.SetFont("serif", "", 9.5)
			p.color(colInk)
			f.MultiCell(p.width-8, 4.8, p.text(kv[0]+": "+kv[1]), "", "L", false)
		}
		p.notes(q.ref)
		f.Ln(3)
	}
}

func (p *pdfDoc) timeline() {
	p.startSection("timeline", false)
	if len(p.b.events) == 0 {
		p.empty("No dated events recorded.")
		return
	}
	t := table{cols: []column{{"Date", 0.22, "L"}, {"Event", 0.62, "L"}, {"Where", 0.16, "L"}}}
	any := false
	for _, e := range p.b.events {
		when := e.when
		if e.value != "" && e.value != e.when {
			when += " (" + e.value + ")"
		}
		text := e.text
		if e.unreviewed {
			text += " *"
			any = true
		}
		t.rows = append(t.rows, []cell{{text: when, style: "B"}, {text: text}, {text: e.at.String(), link: p.linkFor(e.at)}})
	}
	p.table(t)
	p.footnoteUnreviewed(any)
}

func (p *pdfDoc) gradeKey() {
	p.startSection("key", true)
	p.body("Sources and quotes are graded with the Admiralty (NATO) system: a letter for the " +
		"reliability of the source and a number for the credibility of the information, " +
		"judged separately. “B2” reads: usually reliable source, information probably true.")
	p.f.Ln(3)
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
	f := p.f
	if len(p.b.articles) == 0 {
		p.empty("No articles.")
		return
	}
	for i, a := range p.b.articles {
		n := i + 1
		if i > 0 {
			if f.GetY() > p.bottom-40 {
				f.AddPage()
			} else {
				f.Ln(6)
			}
		}
		title := fmt.Sprintf("A%d  %s", n, firstOf(a.Title, "Untitled article"))
		f.Bookmark(p.text(truncate(title, 80)), 1, -1)
		f.SetFont("sans", "B", 12)
		p.color(colInk)
		f.MultiCell(p.width, 6, p.text(title), "", "L", false)
		if by := articleByline(a); by != "" {
			f.SetFont("sans", "", 8)
			p.color(colMuted)
			f.MultiCell(p.width, 4.2, p.text(by), "", "L", false)
		}
		f.Ln(2.5)
		for _, para := range extract.Paragraphs(a.Text) {
			if f.GetY() > p.bottom-10 {
				f.AddPage()
			}
			if l, ok := p.paras[cite{n, para.Index}]; ok {
				f.SetLink(l, -1, -1)
			}
			y := f.GetY()
			f.SetFont("sans", "", 7)
			p.color(colMuted)
			f.CellFormat(9, 4.8, fmt.Sprintf("¶%d", para.Index), "", 0, "L", false, 0, "")
			f.SetFont("serif", "", 9.5)
			p.color(colInk)
			f.SetXY(p.left+9, y)
			f.MultiCell(p.width-9, 4.8, p.text(a.Text[para.Start:para.End]), "", "L", false)
			f.Ln(1.5)
		}
	}
}

func kindLabel(k string) string {
	switch k {
	case "organization":
		return "Organisation"
	case "":
		return ""
	}
	return strings.ToUpper(k[:1]) + k[1:]
}

func anyActorUnreviewed(as []actorRow) bool {
	for _, a := range as {
		if a.unreviewed {
			return true
		}
	}
	return false
}

func uniq(xs []string) []string {
	var out []string
	for _, x := range xs {
		if !contains(out, x) {
			out = append(out, x)
		}
	}
	return out
}

func firstOf(s ...string) string {
	for _, v := range s {
		if strings.TrimSpace(v) != "" {
			return v
		}
	}
	return ""
}

func truncate(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
