package pdftext

import (
	"bytes"
	"errors"
	"math"
	"strings"
)

type matrix [6]float64

var identity = matrix{1, 0, 0, 1, 0, 0}

// mul returns m × n (m applied first).
func (m matrix) mul(n matrix) matrix {
	return matrix{
		m[0]*n[0] + m[1]*n[2], m[0]*n[1] + m[1]*n[3],
		m[2]*n[0] + m[3]*n[2], m[2]*n[1] + m[3]*n[3],
		m[4]*n[0] + m[5]*n[2] + n[4], m[4]*n[1] + m[5]*n[3] + n[5],
	}
}

type gstate struct {
	ctm                  matrix
	font                 *font
	size, tc, tw, th, tl float64
	rise                 float64
}

// interp runs content streams and collects the text they draw.
type interp struct {
	f        *file
	fonts    map[int]*font
	textLeft int
	unmapped int // glyphs drawn whose characters the font does not give

	page          *Page
	width, height float64
	gs            gstate
	stack         []gstate
	tm            matrix
	tlm           matrix
	marks         []bool // marked-content nesting: is each level an artifact?
	forms         []*stream
	formData      map[*stream][]byte // small forms, decoded once
	formBytes     int64              // bytes held in formData
	cur           *Span
	text          strings.Builder // the current span's text
	glyphs        []glyph
}

func (in *interp) readPage(p pageRef) (Page, error) {
	box := p.box
	w, h := box[2]-box[0], box[3]-box[1]
	// The base matrix puts the visible box's corner at the origin and
	// applies the page's rotation, so text that reads upright on screen
	// is upright here.
	base := matrix{1, 0, 0, 1, -box[0], -box[1]}
	switch p.rotate {
	case 90:
		base = base.mul(matrix{0, -1, 1, 0, 0, w})
		w, h = h, w
	case 180:
		base = base.mul(matrix{-1, 0, 0, -1, w, h})
	case 270:
		base = base.mul(matrix{0, 1, -1, 0, h, 0})
		w, h = h, w
	}
	pg := Page{Width: w, Height: h}
	in.page, in.width, in.height = &pg, w, h
	in.gs = gstate{ctm: base, th: 1}
	in.stack, in.marks, in.forms, in.cur = in.stack[:0], in.marks[:0], in.forms[:0], nil
	data, err := in.f.contents(p.d["Contents"])
	if err != nil {
		return pg, err
	}
	err = in.run(data, p.res, 0)
	in.flush()
	in.page = nil
	return pg, err
}

// contents joins a page's content streams; one that cannot be decoded
// is left out, the others still read, but a compression bomb is an error.
func (f *file) contents(v any) ([]byte, error) {
	var parts [][]byte
	var bomb error
	add := func(s *stream) {
		d, err := f.decode(s)
		if err == nil {
			parts = append(parts, d)
		} else if errors.Is(err, errBomb) {
			bomb = err
		}
	}
	switch c := f.resolve(v).(type) {
	case *stream:
		add(c)
	case []any:
		seen := map[int]bool{}
		for _, x := range c {
			if r, ok := x.(ref); ok {
				if seen[r.num] {
					continue
				}
				seen[r.num] = true
			}
			if s, ok := f.resolve(x).(*stream); ok && bomb == nil {
				add(s)
			}
		}
	}
	return bytes.Join(parts, []byte("\n")), bomb
}

func (in *interp) run(data []byte, res dict, depth int) error {
	f := in.f
	p := newParser(data, 0)
	p.noRefs = true
	var args []any
	for {
		o, kw, ok := p.object(0)
		if kw == "" {
			if !ok {
				return nil
			}
			if len(args) >= 64 {
				args = args[1:]
			}
			args = append(args, o)
			continue
		}
		if f.budget.ops--; f.budget.ops < 0 {
			return errTooComplex
		}
		if err := in.op(kw, args, res, depth, p); err != nil {
			return err
		}
		args = args[:0]
	}
}

func nums(args []any, n int) ([]float64, bool) {
	if len(args) < n {
		return nil, false
	}
	out := make([]float64, n)
	for i, a := range args[len(args)-n:] {
		switch v := a.(type) {
		case int64:
			out[i] = float64(v)
		case float64:
			out[i] = v
		default:
			return nil, false
		}
		if math.IsNaN(out[i]) || math.IsInf(out[i], 0) || math.Abs(out[i]) > 1e9 {
			return nil, false
		}
	}
	return out, true
}

func (in *interp) op(kw string, args []any, res dict, depth int, p *parser) error {
	gs := &in.gs
	switch kw {
	case "q":
		if len(in.stack) < 256 {
			in.stack = append(in.stack, in.gs)
		}
	case "Q":
		if n := len(in.stack); n > 0 {
			in.gs = in.stack[n-1]
			in.stack = in.stack[:n-1]
		}
	case "cm":
		if v, ok := nums(args, 6); ok {
			gs.ctm = matrix(v).mul(gs.ctm)
		}
	case "BT":
		in.tm, in.tlm = identity, identity
	case "Tf":
		if len(args) >= 2 {
			if fn, ok := args[len(args)-2].(name); ok {
				gs.font = in.font(res, fn)
			}
			if v, ok := nums(args, 1); ok {
				gs.size = v[0]
			}
		}
	case "Td":
		if v, ok := nums(args, 2); ok {
			in.moveLine(v[0], v[1])
		}
	case "TD":
		if v, ok := nums(args, 2); ok {
			gs.tl = -v[1]
			in.moveLine(v[0], v[1])
		}
	case "Tm":
		if v, ok := nums(args, 6); ok {
			in.tm, in.tlm = matrix(v), matrix(v)
		}
	case "T*":
		in.moveLine(0, -gs.tl)
	case "TL":
		if v, ok := nums(args, 1); ok {
			gs.tl = v[0]
		}
	case "Tc":
		if v, ok := nums(args, 1); ok {
			gs.tc = v[0]
		}
	case "Tw":
		if v, ok := nums(args, 1); ok {
			gs.tw = v[0]
		}
	case "Tz":
		if v, ok := nums(args, 1); ok {
			gs.th = v[0] / 100
		}
	case "Ts":
		if v, ok := nums(args, 1); ok {
			gs.rise = v[0]
		}
	case "Tj":
		if len(args) > 0 {
			if s, ok := args[len(args)-1].(string); ok {
				return in.show(s)
			}
		}
	case "'":
		in.moveLine(0, -gs.tl)
		if len(args) > 0 {
			if s, ok := args[len(args)-1].(string); ok {
				return in.show(s)
			}
		}
	case "\"":
		if v, ok := nums(args[:max(0, len(args)-1)], 2); ok {
			gs.tw, gs.tc = v[0], v[1]
		}
		in.moveLine(0, -gs.tl)
		if len(args) > 0 {
			if s, ok := args[len(args)-1].(string); ok {
				return in.show(s)
			}
		}
	case "TJ":
		if len(args) == 0 {
			break
		}
		arr, _ := args[len(args)-1].([]any)
		for _, x := range arr {
			switch v := x.(type) {
			case string:
				if err := in.show(v); err != nil {
					return err
				}
			case int64, float64:
				n, _ := nums([]any{v}, 1)
				if n != nil {
					in.tm = matrix{1, 0, 0, 1, -n[0] / 1000 * gs.size * gs.th, 0}.mul(in.tm)
				}
			}
		}
	case "BMC", "BDC":
		art := false
		if len(args) > 0 {
			if tag, ok := args[0].(name); ok && tag == "Artifact" {
				art = true
			}
		}
		if len(in.marks) < 256 {
			in.marks = append(in.marks, art)
		}
	case "EMC":
		if n := len(in.marks); n > 0 {
			in.marks = in.marks[:n-1]
		}
	case "Do":
		if len(args) > 0 {
			if xn, ok := args[len(args)-1].(name); ok {
				return in.xobject(res, xn, depth)
			}
		}
	case "BI":
		in.page.Images++
		skipInlineImage(p)
	}
	return nil
}

func (in *interp) moveLine(tx, ty float64) {
	in.tlm = matrix{1, 0, 0, 1, tx, ty}.mul(in.tlm)
	in.tm = in.tlm
}

func (in *interp) font(res dict, fn name) *font {
	fonts := in.f.dictOf(res["Font"])
	v := fonts[fn]
	r, isRef := v.(ref)
	if isRef {
		if ft, ok := in.fonts[r.num]; ok {
			return ft
		}
	}
	ft := in.f.loadFont(v)
	if isRef {
		in.fonts[r.num] = ft
	}
	return ft
}

// maxFormDepth bounds forms drawn inside forms.
const maxFormDepth = 12

// maxFormCache bounds the decoded forms kept for reuse. A letterhead or
// logo drawn on every page of a long report is one small form; decoding it
// again for each page would charge the document's inflate budget once per
// page and refuse a harmless report as a bomb.
const maxFormCache = 8 << 20

// rereadBudget is how many bytes of cached forms a document may read
// again, all uses together: a multiple of what it may decode, as a
// letterhead is read once a page.
func rereadBudget(inflate int64) int64 {
	if inflate > math.MaxInt64/4 {
		return math.MaxInt64
	}
	return 4 * inflate
}

// formStream returns a form's decoded data, from the cache when it was
// decoded before. Forms too large for the cache are decoded, and charged
// to the budget, at every use, so reuse cannot multiply memory either.
func (in *interp) formStream(s *stream) ([]byte, error) {
	if data, ok := in.formData[s]; ok {
		// Each use reads the form again: a large form that compresses
		// to nothing, drawn thousands of times, is a bomb too.
		if int64(len(data)) > in.f.budget.reread {
			return nil, errBomb
		}
		in.f.budget.reread -= int64(len(data))
		return data, nil
	}
	data, err := in.f.decode(s)
	if err != nil {
		return nil, err
	}
	if in.formBytes+int64(len(data)) <= maxFormCache {
		if in.formData == nil {
			in.formData = map[*stream][]byte{}
		}
		in.formData[s] = data
		in.formBytes += int64(len(data))
	}
	return data, nil
}

func (in *interp) xobject(res dict, xn name, depth int) error {
	f := in.f
	s, ok := f.resolve(f.dictOf(res["XObject"])[xn]).(*stream)
	if !ok {
		return nil
	}
	switch f.name(s.dict["Subtype"]) {
	case "Image":
		in.page.Images++
		return nil
	case "Form":
	default:
		return nil
	}
	if depth >= maxFormDepth {
		return nil
	}
	for _, open := range in.forms {
		if open == s {
			return nil // a form that draws itself
		}
	}
	data, err := in.formStream(s)
	if errors.Is(err, errBomb) {
		return err
	}
	if err != nil {
		return nil
	}
	saved, savedStack := in.gs, len(in.stack)
	if m := f.array(s.dict["Matrix"]); len(m) == 6 {
		var v []any
		for _, x := range m {
			v = append(v, f.resolve(x))
		}
		if mv, ok := nums(v, 6); ok {
			in.gs.ctm = matrix(mv).mul(in.gs.ctm)
		}
	}
	fres := f.dictOf(s.dict["Resources"])
	if fres == nil {
		fres = res
	}
	in.forms = append(in.forms, s)
	savedTm, savedTlm := in.tm, in.tlm
	err = in.run(data, fres, depth+1)
	in.forms = in.forms[:len(in.forms)-1]
	in.gs, in.stack = saved, in.stack[:min(savedStack, len(in.stack))]
	in.tm, in.tlm = savedTm, savedTlm
	return err
}
