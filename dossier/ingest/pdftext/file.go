package pdftext

import (
	"bytes"
)

// xrefEntry locates an object: in the file at off (kind 1), or as the
// idx-th object of object stream stm (kind 2).
type xrefEntry struct {
	kind byte
	off  int32
	stm  int32
	idx  int32
}

// entry makes an entry, or reports that the numbers cannot be right.
func entry(kind byte, off, stm, idx int) (xrefEntry, bool) {
	const most = 1<<31 - 1
	if off < 0 || off > most || stm < 0 || stm > most || idx < 0 || idx > most {
		return xrefEntry{}, false
	}
	return xrefEntry{kind: kind, off: int32(off), stm: int32(stm), idx: int32(idx)}, true
}

// file is an opened PDF: its bytes, where its objects are, and what has
// been read of them.
type file struct {
	data      []byte
	base      int // offset of "%PDF-": some files carry junk before it
	xref      map[int]xrefEntry
	trailer   dict
	cache     map[int]any
	resolving map[int]bool
	objStms   map[int]*objStm
	scanned   bool
	crypt     *decrypter
	budget    *budget
}

type objStm struct {
	data []byte
	offs map[int]int // object number -> offset in data
	nums []int       // object numbers in order
}

func (f *file) at(off int) int {
	if off < 0 {
		return -1
	}
	return off + f.base
}

// open finds the cross-reference data and the trailer, rebuilding them
// from the objects themselves when they are missing or wrong.
func open(data []byte, b *budget) (*file, error) {
	head := data[:min(len(data), 1024)]
	base := bytes.Index(head, []byte("%PDF-"))
	if base < 0 {
		return nil, errNotPDF
	}
	f := &file{data: data, base: base, xref: map[int]xrefEntry{}, trailer: dict{},
		cache: map[int]any{}, resolving: map[int]bool{}, objStms: map[int]*objStm{}, budget: b}
	if i := bytes.LastIndex(data, []byte("startxref")); i >= 0 {
		p := newParser(data, i+len("startxref"))
		p.noRefs = true
		if o, _, ok := p.object(0); ok {
			if off, ok := o.(int64); ok {
				f.readXrefChain(int(off))
			}
		}
	}
	if _, ok := f.resolve(f.trailer["Root"]).(dict); !ok {
		f.scan()
	}
	if _, ok := f.resolve(f.trailer["Root"]).(dict); !ok {
		return nil, errNoCatalog
	}
	return f, nil
}

// resolve follows references to the object they name; a missing object,
// or a chain of references that loops, is null.
func (f *file) resolve(v any) any {
	for i := 0; i < 16; i++ {
		r, ok := v.(ref)
		if !ok {
			return v
		}
		v = f.load(r.num)
	}
	return nil
}

func (f *file) load(num int) any {
	if v, ok := f.cache[num]; ok {
		return v
	}
	if f.resolving[num] {
		return nil
	}
	f.resolving[num] = true
	defer delete(f.resolving, num)
	v := f.loadEntry(num)
	if v == nil && !f.scanned {
		if _, known := f.xref[num]; known {
			// The table is wrong about this object: trust the objects.
			f.scan()
			v = f.loadEntry(num)
		}
	}
	f.cache[num] = v
	return v
}

func (f *file) loadEntry(num int) any {
	e, ok := f.xref[num]
	if !ok {
		return nil
	}
	switch e.kind {
	case 1:
		return f.readObjectAt(num, f.at(int(e.off)))
	case 2:
		if int(e.stm) == num {
			return nil
		}
		os := f.objStm(int(e.stm))
		if os == nil {
			return nil
		}
		off, ok := os.offs[num]
		if !ok {
			return nil
		}
		p := newParser(os.data, off)
		o, _, _ := p.object(0)
		if _, isStream := o.(*stream); isStream {
			return nil
		}
		return o
	}
	return nil
}

// objStm decodes an object stream once and indexes its objects.
func (f *file) objStm(num int) *objStm {
	if os, ok := f.objStms[num]; ok {
		return os
	}
	f.objStms[num] = nil
	s, ok := f.load(num).(*stream)
	if !ok || s.dict["Type"] != name("ObjStm") {
		return nil
	}
	n, _ := s.dict["N"].(int64)
	first, _ := f.resolve(s.dict["First"]).(int64)
	data, err := f.decode(s)
	if err != nil || first < 0 || int(first) > len(data) || n < 0 || n > int64(len(data)) {
		return nil
	}
	os := &objStm{data: data, offs: map[int]int{}}
	p := newParser(data[:first], 0)
	p.noRefs = true
	for i := int64(0); i < n; i++ {
		a, b := p.tok(), p.tok()
		if a.kind != tNumber || b.kind != tNumber || b.num < 0 || int(first)+int(b.num) > len(data) {
			break
		}
		os.nums = append(os.nums, int(a.num))
		os.offs[int(a.num)] = int(first) + int(b.num)
	}
	f.objStms[num] = os
	return os
}

// readObjectAt reads "num gen obj ... endobj" at pos; num < 0 accepts any
// number. A stream's bytes are found by its Length, or by its
// "endstream" when the Length is wrong.
func (f *file) readObjectAt(num, pos int) any {
	if pos < 0 || pos >= len(f.data) {
		return nil
	}
	p := newParser(f.data, pos)
	p.noRefs = true
	n, g, kw := p.tok(), p.tok(), p.tok()
	if n.kind != tNumber || g.kind != tNumber || kw.kind != tKeyword || kw.s != "obj" {
		return nil
	}
	if num >= 0 && int(n.num) != num {
		return nil
	}
	id := ref{int(n.num), int(g.num)}
	p.noRefs = false
	o, _, _ := p.object(0)
	d, isDict := o.(dict)
	if !isDict {
		return f.decryptStrings(o, id, 0)
	}
	t := p.tok()
	if t.kind != tKeyword || t.s != "stream" || len(p.peeked) > 0 {
		return f.decryptStrings(d, id, 0)
	}
	start := p.lex.pos
	if start < len(f.data) && f.data[start] == '\r' {
		start++
	}
	if start < len(f.data) && f.data[start] == '\n' {
		start++
	}
	s := &stream{dict: d, ref: id}
	if d["Type"] != name("XRef") {
		s.dict = f.decryptStrings(d, id, 0).(dict)
	}
	if length, ok := f.resolve(d["Length"]).(int64); ok && length >= 0 && start+int(length) <= len(f.data) {
		end := start + int(length)
		rest := bytes.TrimLeft(f.data[end:min(end+64, len(f.data))], " \r\n\t\f\x00")
		if bytes.HasPrefix(rest, []byte("endstream")) {
			s.raw = f.data[start:end]
			return s
		}
	}
	end := bytes.Index(f.data[start:], []byte("endstream"))
	if end < 0 {
		end = len(f.data) - start
	}
	s.raw = bytes.TrimRight(f.data[start:start+end], "\r\n")
	return s
}

// Helpers for reading dictionaries whose values may be references.

func (f *file) dictOf(v any) dict {
	switch o := f.resolve(v).(type) {
	case dict:
		return o
	case *stream:
		return o.dict
	}
	return nil
}

func (f *file) num(v any) (float64, bool) {
	switch n := f.resolve(v).(type) {
	case int64:
		return float64(n), true
	case float64:
		return n, true
	}
	return 0, false
}

func (f *file) array(v any) []any {
	a, _ := f.resolve(v).([]any)
	return a
}

func (f *file) name(v any) name {
	n, _ := f.resolve(v).(name)
	return n
}
