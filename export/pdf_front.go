package export

import (
	"fmt"
	"strings"
)

// The front matter: cover and contents.

func (p *pdfDoc) cover() {
	f, b := p.f, p.b
	f.AddPage()
	pw, ph := f.GetPageSize()
	p.fill(colAccent)
	f.Rect(0, 0, pw, 9, "F")

	f.SetY(18)
	f.SetFont("sans", "B", 9)
	p.color(colMarking)
	f.CellFormat(p.width, 6, p.fit(p.marking(), p.width), "", 1, "C", false, 0, "")

	f.SetY(58)
	f.SetFont("sans", "B", 9.5)
	p.color(colAccent)
	f.CellFormat(p.width, 6, "RESEARCH BRIEFING", "", 1, "L", false, 0, "")
	f.Ln(2)
	f.SetFont("serif", "B", 26)
	p.color(colInk)
	f.MultiCell(p.width, 11, p.text(firstOf(b.meta.Title, "Untitled dossier")), "", "L", false)
	if b.meta.Subject != "" {
		f.Ln(2)
		f.SetFont("serif", "I", 13)
		p.color(colMuted)
		f.MultiCell(p.width, 6.5, p.text(b.meta.Subject), "", "L", false)
	}
	f.Ln(7)
	p.draw(colAccent)
	f.SetLineWidth(0.8)
	f.Line(p.left, f.GetY(), p.left+40, f.GetY())
	f.Ln(7)

	for _, row := range [][2]string{
		{"Prepared by", firstOf(b.meta.Author, "—")},
		{"Date", b.date.Format("2 January 2006")},
		{"Handling", p.marking()},
	} {
		f.SetFont("sans", "B", 8)
		p.color(colMuted)
		f.CellFormat(34, 6, strings.ToUpper(row[0]), "", 0, "L", false, 0, "")
		f.SetFont("serif", "", 11)
		p.color(colInk)
		f.MultiCell(p.width-34, 6, p.text(row[1]), "", "L", false)
	}

	// The articles the briefing rests on, as far as room allows: the
	// figures below must not be overprinted.
	countsY := ph - 72
	if len(b.articles) > 0 {
		f.Ln(6)
		f.SetFont("sans", "B", 8)
		p.color(colMuted)
		f.CellFormat(34, 5, "BASED ON", "", 0, "L", false, 0, "")
		x := p.left + 34
		for i, a := range b.articles {
			if f.GetY() > countsY-18 || i == 5 {
				f.SetX(x)
				f.SetFont("serif", "I", 9.5)
				p.color(colMuted)
				f.CellFormat(p.width-34, 5, fmt.Sprintf("and %s more, listed in Appendix B", thousands(len(b.articles)-i)), "", 1, "L", false, p.links["articles"], "")
				break
			}
			f.SetX(x)
			f.SetFont("serif", "", 9.5)
			p.color(colInk)
			f.MultiCell(p.width-34, 4.6, p.text(quoteTitle(a)+dateSuffix(a.Published)), "", "L", false)
			f.Ln(0.8)
		}
	}

	// Counts as a row of figures near the foot of the page.
	cw := p.width / float64(len(b.counts))
	p.draw(colRule)
	f.SetLineWidth(0.2)
	f.Line(p.left, countsY-4, p.left+p.width, countsY-4)
	// One size for all the figures, as large as the widest allows.
	size := 20.0
	for ; size > 9; size-- {
		f.SetFont("serif", "B", size)
		fits := true
		for _, c := range b.counts {
			fits = fits && f.GetStringWidth(thousands(c.n)) < cw-3
		}
		if fits {
			break
		}
	}
	for i, c := range b.counts {
		x := p.left + float64(i)*cw
		f.SetXY(x, countsY)
		f.SetFont("serif", "B", size)
		p.color(colAccent)
		f.CellFormat(cw, 9, thousands(c.n), "", 2, "L", false, 0, "")
		f.SetX(x)
		f.SetFont("sans", "", 7)
		p.color(colMuted)
		f.CellFormat(cw, 4, strings.ToUpper(c.noun()), "", 0, "L", false, 0, "")
	}
	f.SetXY(p.left, ph-40)
	f.SetFont("sans", "", 7.5)
	p.color(colMuted)
	note := "Compiled from open-source reporting. Citations such as [A1 ¶4] refer to article 1, " +
		"paragraph 4, reproduced in Appendix B; grades follow the key in Appendix A."
	if p.opt.LeaveOutProposed {
		note += " Only items accepted by an analyst are included."
	} else {
		note += " Items marked “unreviewed” were proposed automatically and have not yet been checked by an analyst."
	}
	f.MultiCell(p.width, 3.8, note, "", "L", false)
	p.color(colInk)
}

func dateSuffix(published string) string {
	if published == "" {
		return ""
	}
	return ", " + readableDate(published)
}

// contents is drawn last, on the page the cover left for it, when the page
// of every section is known.
func (p *pdfDoc) contents() {
	f := p.f
	f.SetXY(p.left, pageTop)
	p.heading("Contents")
	for i, s := range sections {
		page := fmt.Sprint(p.pages[s.id])
		y := f.GetY()
		f.SetFont("sans", "B", 10)
		p.color(colAccent)
		num, title := fmt.Sprint(i+1), s.title
		if strings.HasPrefix(s.title, "Appendix ") {
			num = ""
		}
		f.CellFormat(9, 8, num, "", 0, "L", false, p.links[s.id], "")
		f.SetFont("serif", "", 11)
		p.color(colInk)
		lw := f.GetStringWidth(title) + 2
		f.CellFormat(lw, 8, title, "", 0, "L", false, p.links[s.id], "")
		pw := f.GetStringWidth(page) + 2
		// Dotted leader, drawn rather than typed so that copied text
		// reads "Sources 6".
		dots := p.width - 9 - lw - pw
		if dots > 4 {
			x := f.GetX() + 1
			p.draw(colMuted)
			f.SetLineWidth(0.3)
			f.SetLineCapStyle("round")
			f.SetDashPattern([]float64{0, 1.4}, 0)
			f.Line(x, y+5.3, x+dots-2, y+5.3)
			f.SetDashPattern([]float64{}, 0)
			f.SetLineCapStyle("butt")
			f.Link(x, y, dots, 8, p.links[s.id])
		}
		f.SetX(f.GetX() + dots)
		f.CellFormat(pw, 8, page, "", 1, "R", false, p.links[s.id], "")
		f.SetY(y + 9)
	}
	f.Ln(6)
	f.SetFont("sans", "", 8)
	p.color(colMuted)
	f.MultiCell(p.width, 4.2, "The entries above and every citation such as [A1 ¶4] are links. The document outline lists each section, speaker and article.", "", "L", false)
	p.color(colInk)
}
