package pdftext

import (
	"math"
	"strings"
	"unicode"
)

// skipInlineImage moves past an inline image's data, which ends at an
// "EI" standing alone.
func skipInlineImage(p *parser) {
	for {
		t := p.tok()
		if t.kind == tEOF {
			return
		}
		if t.kind == tKeyword && t.s == "ID" {
			break
		}
	}
	b := p.lex.b
	for i := p.lex.pos + 1; i+1 < len(b); i++ {
		if b[i] == 'E' && b[i+1] == 'I' && isSpace(b[i-1]) && (i+2 == len(b) || isSpace(b[i+2])) {
			p.lex.pos = i + 2
			return
		}
	}
	p.lex.pos = len(b)
}

// show draws a string: each glyph is placed, then the text matrix moves
// past it.
func (in *interp) show(s string) error {
	gs := &in.gs
	ft := gs.font
	if ft == nil {
		ft = in.f.loadFont(nil)
		gs.font = ft
	}
	in.glyphs = ft.decode(s, in.glyphs)
	artifact := false
	for _, a := range in.marks {
		artifact = artifact || a
	}
	for _, g := range in.glyphs {
		m := in.tm.mul(gs.ctm)
		x := m[4] + gs.rise*m[2]
		y := m[5] + gs.rise*m[3]
		size := math.Abs(gs.size) * math.Hypot(m[2], m[3])
		tx := (g.width*gs.size + gs.tc) * gs.th
		if g.isSpace {
			tx += gs.tw * gs.th
		}
		in.tm = matrix{1, 0, 0, 1, tx, 0}.mul(in.tm)
		// The glyph ends where its own width ends: character and word
		// spacing are gaps after it, and some producers space words with
		// character spacing alone.
		x1 := x + g.width*gs.size*gs.th*m[0]
		// Only upright text is kept: rotated text is a margin note or a
		// watermark far more often than a part of the body.
		upright := m[0] > 0 && m[3] > 0 && math.Abs(m[1]) < 0.05*m[0] && math.Abs(m[2]) < 0.05*m[3]
		// Text off the visible page is not read, nor is text too small to
		// see.
		top := in.height - y
		if !upright || size < 0.5 || x1 < 0 || x > in.width || top < 0 || top > in.height+size {
			continue
		}
		if g.text == "" && !g.isSpace {
			in.unmapped++
			continue
		}
		if err := in.add(cleanGlyph(g.text), x, x1, top, size, ft.bold, artifact); err != nil {
			return err
		}
	}
	return nil
}

// cleanGlyph spells out ligatures and drops control characters.
func cleanGlyph(s string) string {
	switch s {
	case "ﬀ":
		return "ff"
	case "ﬁ":
		return "fi"
	case "ﬂ":
		return "fl"
	case "ﬃ":
		return "ffi"
	case "ﬄ":
		return "ffl"
	case "ﬅ", "ﬆ":
		return "st"
	case "\u00a0", "\t":
		return " "
	}
	if len(s) == 1 && s[0] >= 0x20 && s[0] < 0x7f {
		return s
	}
	return strings.Map(func(r rune) rune {
		if unicode.IsControl(r) || r == '\ufffd' {
			return -1
		}
		return r
	}, s)
}

// add appends a glyph to the current span when it continues it on the
// same baseline, else starts a new span.
func (in *interp) add(text string, x0, x1, y, size float64, bold, artifact bool) error {
	if text == "" {
		return nil
	}
	if in.textLeft -= len(text); in.textLeft < 0 {
		return errTooMuchText
	}
	c := in.cur
	if c != nil && c.Bold == bold && c.Artifact == artifact &&
		math.Abs(c.Y-y) < 0.1*size && math.Abs(c.Size-size) < 0.1*size &&
		x0 > c.X1-0.3*size && x0 < c.X1+0.1*size {
		in.text.WriteString(text)
		c.X1 = max(c.X1, x1)
		return nil
	}
	in.flush()
	if in.f.budget.spans--; in.f.budget.spans < 0 {
		return errTooMuchText
	}
	in.text.WriteString(text)
	in.cur = &Span{X0: x0, X1: x1, Y: y, Size: size, Bold: bold, Artifact: artifact}
	return nil
}

func (in *interp) flush() {
	if in.cur != nil && in.page != nil {
		in.cur.Text = in.text.String()
		in.page.Spans = append(in.page.Spans, *in.cur)
	}
	in.text.Reset()
	in.cur = nil
}
