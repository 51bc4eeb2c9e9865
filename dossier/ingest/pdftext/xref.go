package pdftext

import "bytes"

// readXrefChain reads the newest cross-reference section and the older
// ones it points to; entries already known (newer) win.
func (f *file) readXrefChain(off int) {
	seen := map[int]bool{}
	for n := 0; n < 512 && off >= 0 && !seen[off]; n++ {
		seen[off] = true
		tr := f.readXrefSection(off)
		if tr == nil {
			return
		}
		for k, v := range tr {
			if _, ok := f.trailer[k]; !ok {
				f.trailer[k] = v
			}
		}
		// A hybrid file lists its compressed objects in a second,
		// stream-form section.
		if x, ok := tr["XRefStm"].(int64); ok && !seen[int(x)] {
			seen[int(x)] = true
			f.readXrefSection(int(x))
		}
		prev, ok := tr["Prev"].(int64)
		if !ok {
			return
		}
		off = int(prev)
	}
}

// readXrefSection reads one section, a table or a stream, and returns its
// trailer dictionary.
func (f *file) readXrefSection(off int) dict {
	pos := f.at(off)
	if pos < 0 || pos >= len(f.data) {
		return nil
	}
	p := newParser(f.data, pos)
	p.noRefs = true
	t := p.tok()
	if t.kind == tKeyword && t.s == "xref" {
		return f.readXrefTable(p)
	}
	p.unread(t)
	obj := f.readObjectAt(-1, pos)
	s, ok := obj.(*stream)
	if !ok || s.dict["Type"] != name("XRef") {
		return nil
	}
	f.readXrefStream(s)
	return s.dict
}

func (f *file) readXrefTable(p *parser) dict {
	for {
		t := p.tok()
		if t.kind == tKeyword && t.s == "trailer" {
			p.noRefs = false
			o, _, _ := p.object(0)
			d, _ := o.(dict)
			return d
		}
		if t.kind != tNumber {
			return nil
		}
		c := p.tok()
		if c.kind != tNumber {
			return nil
		}
		start, count := int(t.num), int(c.num)
		if start < 0 || count < 0 || count > (len(f.data)-p.lex.pos)/10+1 {
			return nil
		}
		for i := 0; i < count; i++ {
			o, g, k := p.tok(), p.tok(), p.tok()
			if o.kind != tNumber || g.kind != tNumber || k.kind != tKeyword {
				return nil
			}
			num := start + i
			if _, ok := f.xref[num]; !ok && k.s == "n" && len(f.xref) < maxObjects {
				if e, ok := entry(1, int(o.num), 0, 0); ok && o.num > 0 {
					f.xref[num] = e
				}
			}
		}
	}
}

func (f *file) readXrefStream(s *stream) {
	data, err := f.decode(s)
	if err != nil {
		return
	}
	w, _ := s.dict["W"].([]any)
	if len(w) != 3 {
		return
	}
	var ws [3]int
	for i, v := range w {
		n, ok := v.(int64)
		if !ok || n < 0 || n > 8 {
			return
		}
		ws[i] = int(n)
	}
	rec := ws[0] + ws[1] + ws[2]
	if rec == 0 {
		return
	}
	index, _ := s.dict["Index"].([]any)
	if len(index) == 0 {
		size, _ := s.dict["Size"].(int64)
		index = []any{int64(0), size}
	}
	field := func(b []byte, def int) int {
		if len(b) == 0 {
			return def
		}
		v := 0
		for _, c := range b {
			v = v<<8 | int(c)
		}
		return v
	}
	pos := 0
	for i := 0; i+1 < len(index); i += 2 {
		start, _ := index[i].(int64)
		count, _ := index[i+1].(int64)
		for j := int64(0); j < count && pos+rec <= len(data); j++ {
			r := data[pos : pos+rec]
			pos += rec
			kind := field(r[:ws[0]], 1)
			a := field(r[ws[0]:ws[0]+ws[1]], 0)
			b := field(r[ws[0]+ws[1]:], 0)
			num := int(start + j)
			if _, ok := f.xref[num]; ok || num < 0 || len(f.xref) >= maxObjects {
				continue
			}
			var e xrefEntry
			ok := false
			switch kind {
			case 1:
				e, ok = entry(1, a, 0, 0)
			case 2:
				e, ok = entry(2, 0, a, b)
			}
			if ok {
				f.xref[num] = e
			}
		}
	}
}

// maxObjects bounds the objects a document may have; real documents of
// the largest size accepted have far fewer.
const maxObjects = 1 << 20

// scan rebuilds the cross-reference data by finding every "N G obj" in
// the file, for files whose tables are missing or point to the wrong place.
func (f *file) scan() {
	if f.scanned {
		return
	}
	f.scanned = true
	// Objects found directly replace the table's; compressed ones the
	// table knew are kept. Only objects that look like cross-reference or
	// object streams are read now: a file of a million small objects must
	// not be read whole.
	var special []int
	for i, n := 0, 0; n < maxObjects; n++ {
		j := bytes.Index(f.data[i:], []byte("obj"))
		if j < 0 {
			break
		}
		i += j + 3
		num, start, ok := objectHeaderBefore(f.data, i-3)
		if !ok {
			continue
		}
		e, ok := entry(1, start-f.base, 0, 0)
		if !ok {
			continue
		}
		f.xref[num] = e
		delete(f.cache, num)
		head := f.data[start:min(start+512, len(f.data))]
		if bytes.Contains(head, []byte("/XRef")) || bytes.Contains(head, []byte("/ObjStm")) {
			special = append(special, num)
		}
	}
	for i := 0; ; {
		j := bytes.Index(f.data[i:], []byte("trailer"))
		if j < 0 {
			break
		}
		i += j + len("trailer")
		o, _, _ := newParser(f.data, i).object(0)
		if d, ok := o.(dict); ok {
			for k, v := range d {
				f.trailer[k] = v
			}
		}
	}
	var roots []any
	for _, num := range special {
		s, ok := f.load(num).(*stream)
		if !ok {
			continue
		}
		switch s.dict["Type"] {
		case name("XRef"):
			if r := s.dict["Root"]; r != nil {
				roots = append(roots, r)
			}
			for _, k := range []name{"Encrypt", "ID", "Info"} {
				if _, ok := f.trailer[k]; !ok && s.dict[k] != nil {
					f.trailer[k] = s.dict[k]
				}
			}
		case name("ObjStm"):
			if os := f.objStm(num); os != nil {
				for i, n := range os.nums {
					if _, ok := f.xref[n]; !ok && len(f.xref) < maxObjects {
						if e, ok := entry(2, 0, num, i); ok {
							f.xref[n] = e
						}
					}
				}
			}
		}
	}
	if _, ok := f.resolve(f.trailer["Root"]).(dict); !ok {
		for _, r := range roots {
			if _, ok := f.resolve(r).(dict); ok {
				f.trailer["Root"] = r
				return
			}
		}
		for num, e := range f.xref {
			if e.kind == 1 {
				at := f.at(int(e.off))
				if at < 0 || at >= len(f.data) || !bytes.Contains(f.data[at:min(at+1024, len(f.data))], []byte("Catalog")) {
					continue
				}
			}
			if d, ok := f.load(num).(dict); ok && d["Type"] == name("Catalog") {
				f.trailer["Root"] = ref{num: num}
				return
			}
		}
	}
}

// objectHeaderBefore reads "num gen " backwards from the "obj" at i and
// returns the object number and where the header starts.
func objectHeaderBefore(b []byte, i int) (num, start int, ok bool) {
	if i+3 < len(b) && !isSpace(b[i+3]) && !isDelim(b[i+3]) {
		return 0, 0, false // "objects", "endobj" is caught below
	}
	j := i
	digits := func(maxLen int) (int, bool) {
		end := j
		for j > 0 && end-j < maxLen && b[j-1] >= '0' && b[j-1] <= '9' {
			j--
		}
		return end - j, end > j
	}
	spaces := func() bool {
		end := j
		for j > 0 && isSpace(b[j-1]) && end-j < 16 {
			j--
		}
		return end > j
	}
	if !spaces() {
		return 0, 0, false
	}
	if _, ok := digits(5); !ok || !spaces() {
		return 0, 0, false
	}
	n, ok := digits(10)
	if !ok || j > 0 && !isSpace(b[j-1]) && !isDelim(b[j-1]) {
		return 0, 0, false
	}
	return atoi(b[j : j+n]), j, true
}

func atoi(b []byte) int {
	n := 0
	for _, c := range b {
		n = n*10 + int(c-'0')
	}
	return n
}
