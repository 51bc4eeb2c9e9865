package pdftext

// cmap is a parsed CMap: a ToUnicode map (codes to text) or an encoding
// CMap (codes to CIDs), with the code lengths its codespace defines.
// Ranges are expanded into maps, so that looking a code up costs the
// same whatever the map holds; the entries kept are bounded per map and
// per document.
type cmap struct {
	space []codeRange
	chars map[uint32]string
	cids  map[uint32]uint32
}

type codeRange struct {
	lo, hi uint32
	n      int // bytes
}

const (
	maxCMapEntries = 1 << 17 // entries one map may hold: two full planes of codes
	maxCodeRanges  = 64      // codespace ranges: real maps have one to four
)

func code(s string) uint32 {
	var v uint32
	for i := 0; i < len(s) && i < 4; i++ {
		v = v<<8 | uint32(s[i])
	}
	return v
}

// parseCMap reads a CMap, keeping at most *left entries (the document's
// remaining allowance), which it decreases.
func parseCMap(data []byte, left *int) *cmap {
	c := &cmap{chars: map[uint32]string{}, cids: map[uint32]uint32{}}
	p := newParser(data, 0)
	p.noRefs = true
	var ops []any
	room := func() bool { return *left > 0 && len(c.chars)+len(c.cids) < maxCMapEntries }
	for room() {
		o, kw, ok := p.object(0)
		if !ok && kw == "" {
			break
		}
		if kw == "" {
			if len(ops) < 3*256 { // a section holds at most 100 entries
				ops = append(ops, o)
			}
			continue
		}
		switch kw {
		case "endcodespacerange":
			for i := 0; i+1 < len(ops) && len(c.space) < maxCodeRanges; i += 2 {
				lo, _ := ops[i].(string)
				hi, _ := ops[i+1].(string)
				if len(lo) > 0 && len(lo) <= 4 && len(lo) == len(hi) {
					c.space = append(c.space, codeRange{code(lo), code(hi), len(lo)})
				}
			}
		case "endbfchar":
			for i := 0; i+1 < len(ops) && room(); i += 2 {
				src, _ := ops[i].(string)
				if src == "" {
					continue
				}
				switch dst := ops[i+1].(type) {
				case string:
					c.chars[code(src)] = utf16BE(dst)
				case name:
					c.chars[code(src)] = glyphRune(string(dst))
				}
				*left--
			}
		case "endbfrange":
			for i := 0; i+2 < len(ops); i += 3 {
				lo, _ := ops[i].(string)
				hi, _ := ops[i+1].(string)
				if lo == "" || hi == "" || code(hi) < code(lo) {
					continue
				}
				c.bfrange(code(lo), code(hi), ops[i+2], left)
			}
		case "endcidrange":
			for i := 0; i+2 < len(ops); i += 3 {
				lo, _ := ops[i].(string)
				hi, _ := ops[i+1].(string)
				cid, _ := ops[i+2].(int64)
				if lo == "" || hi == "" || cid < 0 {
					continue
				}
				for cd := code(lo); cd <= code(hi) && room(); cd++ {
					c.cids[cd] = uint32(cid) + cd - code(lo)
					*left--
					if cd == 0xffffffff {
						break
					}
				}
			}
		case "endcidchar":
			for i := 0; i+1 < len(ops) && room(); i += 2 {
				src, _ := ops[i].(string)
				cid, _ := ops[i+1].(int64)
				if src != "" && cid >= 0 {
					c.cids[code(src)] = uint32(cid)
					*left--
				}
			}
		}
		ops = ops[:0]
	}
	return c
}

// bfrange maps lo..hi either to the texts of an array, or to a text whose
// last UTF-16 unit counts up.
func (c *cmap) bfrange(lo, hi uint32, dst any, left *int) {
	room := func() bool { return *left > 0 && len(c.chars) < maxCMapEntries }
	switch d := dst.(type) {
	case []any:
		for i, x := range d {
			s, _ := x.(string)
			if uint64(lo)+uint64(i) > uint64(hi) || !room() {
				return
			}
			c.chars[lo+uint32(i)] = utf16BE(s)
			*left--
		}
	case string:
		var base []uint16
		for j := 0; j+1 < len(d); j += 2 {
			base = append(base, uint16(d[j])<<8|uint16(d[j+1]))
		}
		if len(base) == 0 {
			return
		}
		u := make([]uint16, len(base))
		for cd := lo; cd <= hi && room(); cd++ {
			copy(u, base)
			u[len(u)-1] += uint16(cd - lo)
			c.chars[cd] = utf16BE(string(unitsToBytes(u)))
			*left--
			if cd == 0xffffffff {
				return
			}
		}
	}
}

func (c *cmap) text(code uint32) (string, bool) {
	s, ok := c.chars[code]
	return s, ok
}

func unitsToBytes(u []uint16) []byte {
	b := make([]byte, 0, 2*len(u))
	for _, x := range u {
		b = append(b, byte(x>>8), byte(x))
	}
	return b
}

func (c *cmap) cid(code uint32) uint32 {
	if v, ok := c.cids[code]; ok {
		return v
	}
	return code
}

// next splits the first code off s by the codespace; without one, codes
// are two bytes.
func (c *cmap) next(s string) (uint32, int) {
	if c == nil || len(c.space) == 0 {
		if len(s) == 1 {
			return uint32(s[0]), 1
		}
		return uint32(s[0])<<8 | uint32(s[1]), 2
	}
	for n := 1; n <= 4 && n <= len(s); n++ {
		v := code(s[:n])
		for _, r := range c.space {
			if r.n == n && v >= r.lo && v <= r.hi {
				return v, n
			}
		}
	}
	// Not in any range: take the shortest length the map uses.
	n := 4
	for _, r := range c.space {
		n = min(n, r.n)
	}
	n = min(n, len(s))
	return code(s[:n]), n
}
