package export

import (
	"bytes"
	"fmt"
	"io"
	"strings"

	"github.com/jung-kurt/gofpdf"

	"github.com/briefwright/briefwright/assets"
	"github.com/briefwright/briefwright/dossier"
)

// The briefing's palette: ink for text, one accent (a deep navy) for
// structure, a warm signal colour reserved for "unreviewed", and a dark red
// for the handling marking, as on printed government paper.
var (
	colInk     = [3]int{33, 37, 41}
	colMuted   = [3]int{108, 117, 125}
	colAccent  = [3]int{26, 64, 112}
	colRule    = [3]int{206, 212, 218}
	colShade   = [3]int{243, 245, 248}
	colTint    = [3]int{232, 238, 246}
	colWarn    = [3]int{176, 96, 0}
	colGood    = [3]int{40, 120, 60}
	colMarking = [3]int{150, 30, 30}
)

// Type sizes and leading, in points and millimetres.
const (
	bodySize = 10.5
	bodyLine = 5.4
	pageTop  = 24.0 // first baseline area below the running header
	pageFoot = 20.0 // bottom margin, above the footer
	margin   = 22.0
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

// PDF writes the briefing. The contents page is left blank while the rest
// is laid out, then filled in once every section's page is known.
func PDF(w io.Writer, d *dossier.Dossier, opt Options) error {
	return renderPDF(w, newBriefing(d, opt), opt)
}

func renderPDF(w io.Writer, b *briefing, opt Options) error {
	p := newPDF(b, opt)
	p.render()
	var raw bytes.Buffer
	if err := p.f.Output(&raw); err != nil {
		return err
	}
	packed, err := compressStreams(raw.Bytes())
	if err != nil {
		return err
	}
	_, err = w.Write(packed)
	return err
}

type pdfDoc struct {
	f      *gofpdf.Fpdf
	b      *briefing
	opt    Options
	g      *glyphs
	pages  map[string]int // section id -> page
	links  map[string]int // section id -> internal link
	paras  map[cite]int   // appendix paragraph -> internal link
	placed map[int]bool   // links whose destination is set
	left   float64
	width  float64 // text width
	bottom float64 // y below which nothing is drawn
	height float64 // usable height of a page
}

func newPDF(b *briefing, opt Options) *pdfDoc {
	size := "A4"
	if strings.EqualFold(opt.PageSize, "Letter") {
		size = "Letter"
	}
	f := gofpdf.New("P", "mm", size, "")
	p := &pdfDoc{f: f, b: b, opt: opt, g: briefingGlyphs(),
		pages: map[string]int{}, links: map[string]int{}, paras: map[cite]int{}, placed: map[int]bool{}}
	f.AddUTF8FontFromBytes("serif", "", assets.SerifRegular)
	f.AddUTF8FontFromBytes("serif", "B", assets.SerifBold)
	f.AddUTF8FontFromBytes("serif", "I", assets.SerifItalic)
	f.AddUTF8FontFromBytes("sans", "", assets.SansRegular)
	f.AddUTF8FontFromBytes("sans", "B", assets.SansBold)
	f.SetMargins(margin, pageTop, margin)
	// Text starts exactly at the margin; tables pad their cells themselves.
	f.SetCellMargin(0)
	f.SetAutoPageBreak(true, pageFoot)
	pw, ph := f.GetPageSize()
	p.left, p.width, p.bottom = margin, pw-2*margin, ph-pageFoot
	p.height = p.bottom - pageTop

	created := opt.created()
	f.SetCreationDate(created)
	f.SetModificationDate(created)
	f.SetCatalogSort(true)  // fixed object order, for identical bytes
	f.SetCompression(false) // compressStreams does it, faster
	f.SetTitle(p.text(firstOf(b.meta.Title, "Untitled dossier")), true)
	f.SetSubject(p.text(b.meta.Subject), true)
	f.SetAuthor(p.text(b.meta.Author), true)
	f.SetKeywords(p.text(p.marking()), true)
	f.SetCreator("Briefwright", true)
	f.SetProducer("Briefwright", true)
	f.AliasNbPages("{nb}")
	f.SetDisplayMode("fullpage", "single")
	for _, s := range sections {
		p.links[s.id] = f.AddLink()
	}
	f.SetHeaderFunc(p.header)
	f.SetFooterFunc(p.footer)
	return p
}

func (p *pdfDoc) text(s string) string { return p.g.printable(s) }

func (p *pdfDoc) color(c [3]int) { p.f.SetTextColor(c[0], c[1], c[2]) }
func (p *pdfDoc) fill(c [3]int)  { p.f.SetFillColor(c[0], c[1], c[2]) }
func (p *pdfDoc) draw(c [3]int)  { p.f.SetDrawColor(c[0], c[1], c[2]) }

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
	mark := p.fit(p.marking(), p.width/2)
	mw := f.GetStringWidth(mark) + 2
	f.SetFont("sans", "", 7.5)
	p.color(colMuted)
	f.CellFormat(p.width-mw, 5, p.fit(firstOf(p.b.meta.Title, "Untitled dossier"), p.width-mw-6), "", 0, "L", false, 0, "")
	f.SetFont("sans", "B", 7.5)
	p.color(colMarking)
	f.CellFormat(mw, 5, mark, "", 1, "R", false, 0, "")
	p.draw(colRule)
	f.SetLineWidth(0.2)
	f.Line(p.left, 15.5, p.left+p.width, 15.5)
	f.SetY(pageTop)
	p.color(colInk)
}

func (p *pdfDoc) footer() {
	f := p.f
	_, ph := f.GetPageSize()
	p.draw(colRule)
	f.SetLineWidth(0.2)
	f.Line(p.left, ph-14, p.left+p.width, ph-14)
	f.SetXY(p.left, ph-13)
	third := p.width / 3
	// The page number is set flush left: the total is filled in at the
	// end, so a right-aligned one would not sit flush with the margin.
	f.SetFont("sans", "", 7.5)
	p.color(colMuted)
	f.CellFormat(third, 5, fmt.Sprintf("Page %d of {nb}", f.PageNo()), "", 0, "L", false, 0, "")
	f.SetFont("sans", "B", 7.5)
	p.color(colMarking)
	f.CellFormat(third, 5, p.fit(p.marking(), third), "", 0, "C", false, 0, "")
	f.SetFont("sans", "", 7.5)
	p.color(colMuted)
	f.CellFormat(third, 5, p.b.date.Format("2 January 2006"), "", 0, "R", false, 0, "")
	p.color(colInk)
}

// fit returns s, printable, shortened with an ellipsis to fit width in the
// current font.
func (p *pdfDoc) fit(s string, width float64) string {
	s = p.text(s)
	if p.f.GetStringWidth(s) <= width {
		return s
	}
	r := []rune(s)
	lo, hi := 0, len(r)
	for lo < hi { // longest prefix that fits with the ellipsis
		mid := (lo + hi + 1) / 2
		if p.f.GetStringWidth(string(r[:mid])+"…") <= width {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return strings.TrimRight(string(r[:lo]), " ,;:") + "…"
}

// render lays the briefing out and then goes back to fill in the contents.
func (p *pdfDoc) render() {
	p.cover()
	p.f.AddPage() // contents, filled in last
	contents := p.f.PageNo()
	p.f.Bookmark("Contents", 0, pageTop)
	p.f.AddPage()
	p.bluf()
	p.actors()
	p.quotes()
	p.sources()
	p.questions()
	p.timeline()
	p.gradeKey()
	p.articles()
	p.settleLinks()
	last := p.f.PageNo()
	p.f.SetPage(contents)
	p.contents()
	// The footer of the last page is drawn when the document is closed, on
	// the current page: go back there.
	p.f.SetPage(last)
}

// settleLinks points any citation whose paragraph is not in the appendix
// (a paragraph number past the article's end) at the appendix itself, so
// no link in the file leads nowhere.
func (p *pdfDoc) settleLinks() {
	for _, l := range p.paras {
		if !p.placed[l] {
			p.f.SetLink(l, pageTop, p.pages["articles"])
		}
	}
}

// startSection begins a section, on a new page if asked, or when its
// heading and the first need millimetres of its content would not fit on
// this one: a heading is never left alone at the foot of a page. It
// records where the section starts for the contents and bookmarks.
func (p *pdfDoc) startSection(id string, newPage bool, need float64) {
	f := p.f
	gap := 0.0
	if f.GetY() > pageTop+1 {
		gap = 9
	}
	need = min(need, p.height-headingHeight)
	if newPage || f.GetY()+gap+headingHeight+need > p.bottom {
		f.AddPage()
	} else {
		f.Ln(gap)
	}
	title := ""
	for _, s := range sections {
		if s.id == id {
			title = s.title
		}
	}
	p.pages[id] = f.PageNo()
	f.SetLink(p.links[id], f.GetY(), -1)
	f.Bookmark(title, 0, -1)
	p.heading(title)
}

// headingHeight is the height heading takes.
const headingHeight = 9 + 5

func (p *pdfDoc) heading(title string) {
	f := p.f
	f.SetFont("sans", "B", 15)
	p.color(colAccent)
	f.CellFormat(p.width, 9, p.text(title), "", 1, "L", false, 0, "")
	p.draw(colAccent)
	f.SetLineWidth(0.5)
	f.Line(p.left, f.GetY()+0.5, p.left+p.width, f.GetY()+0.5)
	f.Ln(5)
	p.color(colInk)
}

// room starts a new page unless h millimetres are left on this one. A block
// taller than a page is let run over instead, so callers that keep a
// heading with what follows ask for no more than a page.
func (p *pdfDoc) room(h float64) {
	if p.f.GetY()+h > p.bottom && h < p.height && p.f.GetY() > pageTop+1 {
		p.f.AddPage()
	}
}

// lines is how many lines s takes when wrapped to width in the current font.
func (p *pdfDoc) lines(s string, width float64) int {
	if s == "" {
		return 0
	}
	return len(p.f.SplitText(s, width))
}

// body prints a paragraph of reading text.
func (p *pdfDoc) body(s string) {
	p.f.SetFont("serif", "", bodySize)
	p.color(colInk)
	p.f.MultiCell(p.width, bodyLine, p.text(s), "", "L", false)
}

// empty says a section has nothing in it, and why that may be.
func (p *pdfDoc) empty(s string) {
	p.f.SetFont("serif", "I", 10)
	p.color(colMuted)
	p.f.MultiCell(p.width, bodyLine, p.text(s), "", "L", false)
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

// inline prints pieces of text one after another on a line, each in its
// own font and colour, and returns the x after the last.
type piece struct {
	text   string
	family string
	style  string
	size   float64
	col    [3]int
	link   int
}

func (p *pdfDoc) inline(h float64, ps ...piece) {
	f := p.f
	for _, x := range ps {
		if x.text == "" {
			continue
		}
		f.SetFont(x.family, x.style, x.size)
		p.color(x.col)
		t := p.text(x.text)
		f.CellFormat(f.GetStringWidth(t)+0.3, h, t, "", 0, "L", false, x.link, "")
	}
	f.Ln(h)
	p.color(colInk)
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

func firstOf(s ...string) string {
	for _, v := range s {
		if strings.TrimSpace(v) != "" {
			return v
		}
	}
	return ""
}
