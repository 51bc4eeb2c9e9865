package export

import "strings"

// A table paginates row by row: a row that would cross the bottom margin
// starts a new page, which repeats the header row under a "continued" line.

type column struct {
	title string
	frac  float64 // share of the text width
	align string
}

type cell struct {
	text       string
	style      string // "" or "B"
	link       int
	unreviewed bool // followed by the unreviewed marker
}

type table struct {
	title string // repeated as "… (continued)" on later pages, if set
	cols  []column
	rows  [][]cell
}

const (
	tableFont = 8.5
	tableLine = 4.2
	tablePadY = 1.7
	tablePadX = 1.8
	markWidth = 3.2 // room kept after a cell's text for the unreviewed marker
)

func (p *pdfDoc) tableHeader(t table) {
	f := p.f
	y := f.GetY()
	h := tableLine + 2*tablePadY
	p.fill(colAccent)
	f.Rect(p.left, y, p.width, h, "F")
	f.SetFont("sans", "B", 7.5)
	f.SetTextColor(255, 255, 255)
	x := p.left
	for _, c := range t.cols {
		w := c.frac * p.width
		f.SetXY(x+tablePadX, y+tablePadY)
		f.CellFormat(w-2*tablePadX, tableLine, c.title, "", 0, c.align, false, 0, "")
		x += w
	}
	f.SetXY(p.left, y+h)
	p.color(colInk)
}

// tableNeed is the height of a table's header and first row, which are
// kept on one page, and with the heading above them.
func (p *pdfDoc) tableNeed(t table) float64 {
	h := tableLine + 2*tablePadY
	if len(t.rows) > 0 {
		texts := make([]string, len(t.cols))
		h += p.rowHeight(t, t.rows[0], texts)
	}
	return h
}

// rowHeight is the height of a row, its tallest wrapped cell; texts
// receives the cells' printable text.
// A row is never taller than a page (less a repeated header and its
// "continued" line): a cell's text is cut short, with an ellipsis, to fit.
func (p *pdfDoc) rowHeight(t table, row []cell, texts []string) float64 {
	maxLines := int((p.height - 5 - 2*(tableLine+2*tablePadY)) / tableLine)
	lines := 1
	for j, c := range row {
		texts[j] = p.text(c.text)
		p.f.SetFont(fontFor(j), c.style, tableFont)
		w := p.cellWidth(t, j, c)
		n := p.lines(texts[j], w)
		for n > maxLines {
			split := p.f.SplitText(texts[j], w)
			texts[j] = strings.TrimRight(strings.Join(split[:maxLines-1], " "), " ,;:") + " …"
			n = p.lines(texts[j], w)
		}
		lines = max(lines, n)
	}
	return float64(lines)*tableLine + 2*tablePadY
}

func (p *pdfDoc) table(t table) {
	f := p.f
	p.room(p.tableNeed(t))
	p.tableHeader(t)
	texts := make([]string, len(t.cols))
	for i, row := range t.rows {
		h := p.rowHeight(t, row, texts)
		if f.GetY()+h > p.bottom {
			f.AddPage()
			if t.title != "" {
				f.SetFont("sans", "", 7.5)
				p.color(colMuted)
				f.CellFormat(p.width, 5, p.text(t.title+" (continued)"), "", 1, "L", false, 0, "")
			}
			p.tableHeader(t)
		}
		y := f.GetY()
		if i%2 == 1 {
			p.fill(colShade)
			f.Rect(p.left, y, p.width, h, "F")
		}
		x := p.left
		for j, c := range row {
			w := t.cols[j].frac * p.width
			f.SetFont(fontFor(j), c.style, tableFont)
			if c.link != 0 {
				p.color(colAccent)
				f.Link(x, y, w, h, c.link)
			} else {
				p.color(colInk)
			}
			f.SetXY(x+tablePadX, y+tablePadY)
			cw := p.cellWidth(t, j, c)
			f.MultiCell(cw, tableLine, texts[j], "", t.cols[j].align, false)
			if c.unreviewed {
				p.unreviewedMark(x+tablePadX, y+tablePadY, cw, texts[j])
			}
			x += w
		}
		p.draw(colRule)
		f.SetLineWidth(0.15)
		f.Line(p.left, y+h, p.left+p.width, y+h)
		f.SetXY(p.left, y+h)
	}
	p.color(colInk)
	f.Ln(2)
}

// cellWidth is the width a cell's text wraps to.
func (p *pdfDoc) cellWidth(t table, col int, c cell) float64 {
	w := t.cols[col].frac*p.width - 2*tablePadX
	if c.unreviewed {
		w -= markWidth
	}
	return w
}

// unreviewedMark puts the marker after the last line of a cell's text,
// which was wrapped short enough to leave it room.
func (p *pdfDoc) unreviewedMark(x, y, w float64, text string) {
	f := p.f
	lines := f.SplitText(text, w)
	last := ""
	if len(lines) > 0 {
		last = lines[len(lines)-1]
	}
	lx := x + f.GetStringWidth(last) + 1
	f.SetFont("sans", "", 6)
	p.color(colWarn)
	f.SetXY(lx, y+float64(max(len(lines)-1, 0))*tableLine)
	f.CellFormat(markWidth-1, tableLine, "◆", "", 0, "L", false, 0, "")
}

// fontFor sets names in the first column in the sans face and the rest in
// the serif, the way reference tables in print usually do.
func fontFor(col int) string {
	if col == 0 {
		return "sans"
	}
	return "serif"
}
