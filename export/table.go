package export

// A table paginates row by row: a row that would cross the bottom margin
// starts a new page, which repeats the header row.

type column struct {
	title string
	frac  float64 // share of the text width
	align string
}

type cell struct {
	text  string
	style string // "" or "B"
	link  int
}

type table struct {
	cols []column
	rows [][]cell
}

const (
	tableFont = 8.5
	tableLine = 4.2
	tablePad  = 1.6
)

func (p *pdfDoc) tableHeader(t table) {
	f := p.f
	y := f.GetY()
	f.SetFillColor(colAccent[0], colAccent[1], colAccent[2])
	f.Rect(p.left, y, p.width, tableLine+2*tablePad, "F")
	f.SetFont("sans", "B", 7.5)
	f.SetTextColor(255, 255, 255)
	x := p.left
	for _, c := range t.cols {
		w := c.frac * p.width
		f.SetXY(x, y+tablePad)
		f.CellFormat(w, tableLine, c.title, "", 0, c.align, false, 0, "")
		x += w
	}
	f.SetXY(p.left, y+tableLine+2*tablePad)
	p.color(colInk)
}

func (p *pdfDoc) table(t table) {
	f := p.f
	if f.GetY() > p.bottom-20 {
		f.AddPage()
	}
	p.tableHeader(t)
	for i, row := range t.rows {
		// Height of the row: its tallest wrapped cell.
		lines := 1
		texts := make([]string, len(row))
		for j, c := range row {
			texts[j] = p.text(c.text)
			f.SetFont(fontFor(j, c), c.style, tableFont)
			if n := len(f.SplitText(texts[j], t.cols[j].frac*p.width)); n > lines {
				lines = n
			}
		}
		h := float64(lines)*tableLine + 2*tablePad
		if f.GetY()+h > p.bottom {
			f.AddPage()
			p.tableHeader(t)
		}
		y := f.GetY()
		if i%2 == 1 {
			f.SetFillColor(colShade[0], colShade[1], colShade[2])
			f.Rect(p.left, y, p.width, h, "F")
		}
		x := p.left
		for j, c := range row {
			w := t.cols[j].frac * p.width
			f.SetFont(fontFor(j, c), c.style, tableFont)
			if c.link != 0 {
				p.color(colAccent)
				f.Link(x, y, w, h, c.link)
			} else {
				p.color(colInk)
			}
			f.SetXY(x, y+tablePad)
			f.MultiCell(w, tableLine, texts[j], "", t.cols[j].align, false)
			x += w
		}
		f.SetDrawColor(colRule[0], colRule[1], colRule[2])
		f.SetLineWidth(0.15)
		f.Line(p.left, y+h, p.left+p.width, y+h)
		f.SetXY(p.left, y+h)
	}
	p.color(colInk)
	f.Ln(2)
}

// fontFor sets names in the first column in the sans face and the rest in
// the serif, the way reference tables in print usually do.
func fontFor(col int, c cell) string {
	if col == 0 {
		return "sans"
	}
	return "serif"
}
