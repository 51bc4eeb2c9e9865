package pdftext

// cmap is a parsed CMap: a ToUnicode map (codes to text) or an encoding
// CMap (codes to CIDs), with the code lengths its codespace defines.
type cmap struct {
	space  []codeRange
	chars  map[uint32]string
	ranges []textRange
	cids   map[uint32]uint32
	cidRgs []cidRange
}

type codeRange struct {
	lo, hi uint32
	n      int // bytes
}

type textRange struct {
	lo, hi uint32
	base   []uint16 // UTF-16 of the first code's text; the last unit counts up
	each   []string // or one text per code
}

type cidRange struct{ lo, hi, cid uint32 }

// maxCMapEntries bounds what a hostile CMap can make us keep.
const maxCMapEntries = 1 << 17

func code(s string) uint32 {
	var v uint32
	for i := 0; i < len(s) && i < 4; i++ {
		v = v<<8 | uint32(s[i])
	}
	return v
}

func parseCMap(data []byte) *cmap {
	c := &cmap{chars: map[uint32]string{}, cids: map[uint32]uint32{}}
	p := newParser(data, 0)
	p.noRefs = true
	var ops []any
	entries := 0
	for entries < maxCMapEntries {
		o, kw, ok := p.object(0)
		if !ok && kw == "" {
			break
		}
		if kw == "" {
			ops = append(ops, o)
			if len(ops) > 1024 {
				ops = ops[1:]
			}
			continue
		}
		switch kw {
		case "begincodespacerange", "beginbfchar", "beginbfrange", "begincidrange", "begincidchar":
			ops = ops[:0]
			continue
		case "endcodespacerange":
			for i := 0; i+1 < len(ops); i += 2 {
				lo, _ := ops[i].(string)
				hi, _ := ops[i+1].(string)
				if len(lo) > 0 && len(lo) <= 4 && len(lo) == len(hi) {
					c.space = append(c.space, codeRange{code(lo), code(hi), len(lo)})
					entries++
				}
			}
		case "endbfchar":
			for i := 0; i+1 < len(ops); i += 2 {
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
				entries++
			}
		case "endbfrange":
			for i := 0; i+2 < len(ops); i += 3 {
				lo, _ := ops[i].(string)
				hi, _ := ops[i+1].(string)
				if lo == "" || hi == "" || code(hi) < code(lo) {
					continue
				}
				r := textRange{lo: code(lo), hi: code(hi)}
				switch dst := ops[i+2].(type) {
				case string:
					for j := 0; j+1 < len(dst); j += 2 {
						r.base = append(r.base, uint16(dst[j])<<8|uint16(dst[j+1]))
					}
					if len(r.base) == 0 {
						continue
					}
				case []any:
					for _, d := range dst {
						s, _ := d.(string)
						r.each = append(r.each, utf16BE(s))
					}
					entries += len(r.each)
				default:
					continue
				}
				c.ranges = append(c.ranges, r)
				entries++
			}
		case "endcidrange":
			for i := 0; i+2 < len(ops); i += 3 {
				lo, _ := ops[i].(string)
				hi, _ := ops[i+1].(string)
				cid, _ := ops[i+2].(int64)
				if lo != "" && hi != "" && code(hi) >= code(lo) && cid >= 0 {
					c.cidRgs = append(c.cidRgs, cidRange{code(lo), code(hi), uint32(cid)})
					entries++
				}
			}
		case "endcidchar":
			for i := 0; i+1 < len(ops); i += 2 {
				src, _ := ops[i].(string)
				cid, _ := ops[i+1].(int64)
				if src != "" && cid >= 0 {
					c.cids[code(src)] = uint32(cid)
					entries++
				}
			}
		}
		ops = ops[:0]
	}
	return c
}

// text is what a code stands for, and whether the map knows it.
func (c *cmap) text(code uint32) (string, bool) {
	if s, ok := c.chars[code]; ok {
		return s, true
	}
	for i := len(c.ranges) - 1; i >= 0; i-- {
		r := c.ranges[i]
		if code < r.lo || code > r.hi {
			continue
		}
		off := code - r.lo
		if r.each != nil {
			if int(off) < len(r.each) {
				return r.each[off], true
			}
			return "", false
		}
		u := append([]uint16(nil), r.base...)
		u[len(u)-1] += uint16(off)
		return utf16BE(string(unitsToBytes(u))), true
	}
	return "", false
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
	for _, r := range c.cidRgs {
		if code >= r.lo && code <= r.hi {
			return r.cid + code - r.lo
		}
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
