package pdftext

import "encoding/binary"

// maxTrueTypeChars bounds the characters read from one font's cmap.
const maxTrueTypeChars = 1 << 17

// trueTypeGlyphs reads an embedded TrueType font's own character map and
// returns, for each glyph, the character it draws. It is the last resort
// for fonts that come without a ToUnicode map: what some producers embed
// in Identity-H fonts is a subset whose glyph numbers mean nothing else.
func trueTypeGlyphs(b []byte) map[uint16]rune {
	u16 := func(off int) (int, bool) {
		if off < 0 || off+2 > len(b) {
			return 0, false
		}
		return int(binary.BigEndian.Uint16(b[off:])), true
	}
	u32 := func(off int) (uint32, bool) {
		if off < 0 || off+4 > len(b) {
			return 0, false
		}
		return binary.BigEndian.Uint32(b[off:]), true
	}
	tables, ok := u16(4)
	if !ok {
		return nil
	}
	cmapOff := -1
	for i := 0; i < tables && 12+16*i+16 <= len(b); i++ {
		rec := 12 + 16*i
		if string(b[rec:rec+4]) == "cmap" {
			o, _ := u32(rec + 8)
			cmapOff = int(o)
			break
		}
	}
	n, ok := u16(cmapOff + 2)
	if cmapOff < 0 || !ok {
		return nil
	}
	// Prefer a Unicode subtable: format 12 (all planes) or 4.
	best, bestScore := -1, 0
	for i := 0; i < n && i < 64; i++ {
		rec := cmapOff + 4 + 8*i
		plat, ok1 := u16(rec)
		enc, ok2 := u16(rec + 2)
		off, ok3 := u32(rec + 4)
		if !ok1 || !ok2 || !ok3 {
			break
		}
		sub := cmapOff + int(off)
		format, ok := u16(sub)
		if !ok || format != 4 && format != 12 {
			continue
		}
		score := 0
		switch {
		case plat == 3 && enc == 10 || plat == 0 && format == 12:
			score = 3
		case plat == 3 && enc == 1 || plat == 0:
			score = 2
		case plat == 3 && enc == 0:
			score = 1 // symbol fonts: codes in U+F000..U+F0FF
		}
		if score > bestScore {
			best, bestScore = sub, score
		}
	}
	if best < 0 {
		return nil
	}
	glyphs := map[uint16]rune{}
	add := func(r rune, gid int) {
		if gid == 0 || gid > 0xffff {
			return
		}
		if bestScore == 1 && r >= 0xf000 && r <= 0xf0ff {
			r -= 0xf000
		}
		if old, ok := glyphs[uint16(gid)]; !ok || r < old {
			glyphs[uint16(gid)] = r
		}
	}
	count := 0
	format, _ := u16(best)
	if format == 4 {
		segX2, _ := u16(best + 6)
		ends, starts := best+14, best+16+segX2
		deltas, ranges := starts+segX2, starts+2*segX2
		for s := 0; s < segX2/2; s++ {
			end, ok1 := u16(ends + 2*s)
			start, ok2 := u16(starts + 2*s)
			delta, ok3 := u16(deltas + 2*s)
			ro, ok4 := u16(ranges + 2*s)
			if !ok1 || !ok2 || !ok3 || !ok4 {
				return glyphs
			}
			for c := start; c <= end && c != 0xffff; c++ {
				if count++; count > maxTrueTypeChars {
					return glyphs
				}
				gid := 0
				if ro == 0 {
					gid = (c + delta) & 0xffff
				} else if g, ok := u16(ranges + 2*s + ro + 2*(c-start)); ok && g != 0 {
					gid = (g + delta) & 0xffff
				}
				add(rune(c), gid)
			}
		}
		return glyphs
	}
	groups, _ := u32(best + 12)
	for g := 0; g < int(min(groups, 1<<16)); g++ {
		rec := best + 16 + 12*g
		start, ok1 := u32(rec)
		end, ok2 := u32(rec + 4)
		gid, ok3 := u32(rec + 8)
		if !ok1 || !ok2 || !ok3 {
			break
		}
		for c := start; c <= end && c <= 0x10ffff; c++ {
			if count++; count > maxTrueTypeChars {
				return glyphs
			}
			add(rune(c), int(gid+c-start))
		}
	}
	return glyphs
}
