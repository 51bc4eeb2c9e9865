package pdftext

import (
	"math"
	"sort"
	"strings"
)

// Line is a line of text as a reader reads it: the spans on one baseline
// within one column, joined with the spaces their gaps stand for.
type Line struct {
	Text     string
	X0, X1   float64
	Y        float64 // baseline, from the top of the page
	Size     float64 // the size most of its characters are set in
	Bold     bool    // most of its characters are bold
	Artifact bool    // all of it is marked as page furniture
	// Column tells the page's columns apart: 0 is across the page; the
	// columns of a part of the page set in c are 2c+1 (left) and 2c+2.
	Column int
}

// Lines returns the page's lines in reading order: top to bottom, and
// where part of the page is set in columns, each column top to bottom
// from left to right.
func (p *Page) Lines() []Line {
	var out []Line
	for _, l := range linesIn(rowsOf(p.Spans), 0, 0) {
		if l.Text != "" {
			out = append(out, l)
		}
	}
	return out
}

// linesIn orders the rows of one column (0: the page): bands of rows that
// a gutter divides are read as two columns, each of which may divide
// again, so three columns are read as a column and then two.
func linesIn(rows [][]Span, col, depth int) []Line {
	if len(rows) == 0 {
		return nil
	}
	var gutter float64
	var bands []bool
	if depth < 3 {
		gutter, bands = findGutter(rows)
	}
	var out []Line
	var left, right [][]Span
	flushBand := func() {
		out = append(out, linesIn(left, 2*col+1, depth+1)...)
		out = append(out, linesIn(right, 2*col+2, depth+1)...)
		left, right = nil, nil
	}
	for i, r := range rows {
		if bands == nil || !bands[i] {
			flushBand()
			out = append(out, lineOf(r, col))
			continue
		}
		var l, rr []Span
		for _, s := range r {
			if s.X1 <= gutter {
				l = append(l, s)
			} else {
				rr = append(rr, s)
			}
		}
		if len(l) > 0 {
			left = append(left, l)
		}
		if len(rr) > 0 {
			right = append(right, rr)
		}
	}
	flushBand()
	return out
}

func blank(s string) bool { return strings.TrimSpace(s) == "" }

// rowsOf groups spans by baseline, top to bottom, each row left to right,
// leaving out text drawn twice over itself (a poor man's bold).
func rowsOf(spans []Span) [][]Span {
	ss := make([]Span, 0, len(spans))
	for _, s := range spans {
		if !blank(s.Text) || s.X1 > s.X0 {
			ss = append(ss, s)
		}
	}
	sort.SliceStable(ss, func(i, j int) bool { return ss[i].Y < ss[j].Y })
	var rows [][]Span
	var rowY, rowSize float64
	for _, s := range ss {
		if len(rows) > 0 && math.Abs(s.Y-rowY) <= 0.3*min(s.Size, rowSize) {
			rows[len(rows)-1] = append(rows[len(rows)-1], s)
			continue
		}
		rows = append(rows, []Span{s})
		rowY, rowSize = s.Y, s.Size
	}
	rows = attachScripts(rows)
	for i, r := range rows {
		sort.SliceStable(r, func(a, b int) bool { return r[a].X0 < r[b].X0 })
		kept := r[:0]
		for _, s := range r {
			if n := len(kept); n > 0 {
				prev := kept[n-1]
				if prev.Text == s.Text && math.Abs(prev.X0-s.X0) < 0.2*s.Size {
					continue
				}
			}
			kept = append(kept, s)
		}
		rows[i] = kept
	}
	return rows
}

// attachScripts puts a row of a few small characters just above or below
// a line of larger ones — a footnote mark, an exponent — into that line.
func attachScripts(rows [][]Span) [][]Span {
	out := rows[:0]
	for i := 0; i < len(rows); i++ {
		r := rows[i]
		size, chars := 0.0, 0
		for _, s := range r {
			size = max(size, s.Size)
			chars += len([]rune(strings.TrimSpace(s.Text)))
		}
		if chars > 0 && chars <= 4 {
			if i+1 < len(rows) {
				next := rows[i+1]
				if ns := next[0].Size; size < 0.8*ns && next[0].Y-r[0].Y <= 0.6*ns {
					rows[i+1] = append(next, r...)
					continue
				}
			}
			if n := len(out); n > 0 {
				prev := out[n-1]
				if ps := prev[0].Size; size < 0.8*ps && r[0].Y-prev[0].Y <= 0.4*ps {
					out[n-1] = append(prev, r...)
					continue
				}
			}
		}
		out = append(out, r)
	}
	return out
}

// lineOf joins a row's spans, putting a space where the gap between two
// is wider than letter spacing.
func lineOf(r []Span, col int) Line {
	var b strings.Builder
	l := Line{Column: col, X0: math.Inf(1), X1: math.Inf(-1), Artifact: true}
	chars := map[float64]int{}
	bold, all := 0, 0
	var prev *Span
	for i := range r {
		s := &r[i]
		if prev != nil {
			gap := s.X0 - prev.X1
			text := b.String()
			// A raised number opening a line is a footnote's mark: it
			// stands apart from the footnote's first word.
			mark := i == 1 && prev.Size < 0.8*s.Size && strings.Trim(prev.Text, "0123456789 ") == ""
			if (gap > 0.15*min(s.Size, prev.Size) || mark) && !strings.HasSuffix(text, " ") && !strings.HasPrefix(s.Text, " ") {
				b.WriteByte(' ')
			}
		}
		b.WriteString(s.Text)
		prev = s
		if blank(s.Text) {
			continue
		}
		n := len([]rune(s.Text))
		all += n
		if s.Bold {
			bold += n
		}
		chars[math.Round(s.Size*2)/2] += n
		l.X0 = min(l.X0, s.X0)
		l.X1 = max(l.X1, s.X1)
		if !s.Artifact {
			l.Artifact = false
		}
	}
	l.Text = strings.Join(strings.Fields(b.String()), " ")
	best := 0
	for size, n := range chars {
		if n > best || n == best && size > l.Size {
			best, l.Size = n, size
		}
	}
	for _, s := range r {
		if !blank(s.Text) && math.Round(s.Size*2)/2 == l.Size {
			l.Y = s.Y
			break
		}
	}
	l.Bold = bold*2 > all
	return l
}

// findGutter looks for the white corridor between two columns: an x that
// no line crosses for a run of at least five rows, each with text on both
// sides and a gap of most of an em. It returns the corridor's middle and
// which rows are in such runs, or nil when the page is one column.
func findGutter(rows [][]Span) (float64, []bool) {
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, r := range rows {
		for _, s := range r {
			if !blank(s.Text) {
				lo, hi = min(lo, s.X0), max(hi, s.X1)
			}
		}
	}
	width := hi - lo
	spans := 0
	for _, r := range rows {
		spans += len(r)
	}
	// A page of tens of thousands of runs is a table of figures, not a
	// page of columns, and not worth the search.
	if width < 100 || len(rows) < 5 || spans > 20000 {
		return 0, nil
	}
	bestX, bestScore := 0.0, 0
	var bestBands []bool
	for x := lo + 0.25*width; x <= lo+0.75*width; x += max(2, width/300) {
		score, bands := bandsAt(rows, x, 0.2*width)
		if score > bestScore {
			bestX, bestScore, bestBands = x, score, bands
		}
	}
	if bestScore < 5 {
		return 0, nil
	}
	return bestX, bestBands
}

// bandsAt scores a gutter candidate: the rows it splits into two parts
// at least minWidth wide (columns of text, not the narrow columns of a
// table), in runs of at least five uncrossed rows whose common gap is
// wide enough.
func bandsAt(rows [][]Span, x, minWidth float64) (int, []bool) {
	bands := make([]bool, len(rows))
	score := 0
	start := -1
	split := 0
	gapL, gapR := math.Inf(-1), math.Inf(1)
	size := 0.0
	var starts []float64 // where the right-hand parts begin
	var ys []float64     // baselines of the split rows
	end := func(i int) {
		if start >= 0 && split >= 5 && gapR-gapL >= 0.8*size && aligned(starts, size) && dense(ys, size) {
			for j := start; j < i; j++ {
				bands[j] = true
			}
			score += split
		}
		start, split, gapL, gapR, size = -1, 0, math.Inf(-1), math.Inf(1), 0
		starts, ys = starts[:0], ys[:0]
	}
	for i, r := range rows {
		crossed := false
		l, rr := math.Inf(-1), math.Inf(1)  // the gap around x
		l0, r1 := math.Inf(1), math.Inf(-1) // the outer ends
		for _, s := range r {
			if blank(s.Text) {
				continue
			}
			switch {
			case s.X1 <= x:
				l, l0 = max(l, s.X1), min(l0, s.X0)
			case s.X0 >= x:
				rr, r1 = min(rr, s.X0), max(r1, s.X1)
			default:
				crossed = true
			}
			size = max(size, s.Size)
		}
		if crossed {
			end(i)
			continue
		}
		if start < 0 {
			start = i
		}
		if l-l0 >= minWidth && r1-rr >= minWidth {
			split++
			starts = append(starts, rr)
			ys = append(ys, r[0].Y)
			gapL, gapR = max(gapL, l), min(gapR, rr)
		}
	}
	end(len(rows))
	return score, bands
}

// aligned says whether most of the right-hand parts begin at one x, as
// the lines of a column do and the cells of a table often do not.
func aligned(starts []float64, size float64) bool {
	sorted := append([]float64(nil), starts...)
	sort.Float64s(sorted)
	mid := sorted[len(sorted)/2]
	n := 0
	for _, x := range sorted {
		if math.Abs(x-mid) <= 1.5*size {
			n++
		}
	}
	return n*10 >= len(sorted)*7
}

// dense says whether the rows follow each other at the spacing of lines
// of text; the rows of a table are usually farther apart.
func dense(ys []float64, size float64) bool {
	var d []float64
	for i := 1; i < len(ys); i++ {
		d = append(d, ys[i]-ys[i-1])
	}
	if len(d) == 0 {
		return false
	}
	sort.Float64s(d)
	return d[len(d)/2] <= 1.6*size
}
