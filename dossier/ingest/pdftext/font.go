package pdftext

import (
	"strings"
)

// font turns the bytes of a shown string into characters and widths.
type font struct {
	composite bool
	enc       *cmap           // composite fonts: codes and CIDs
	ucs2      bool            // composite fonts whose codes are UTF-16 units
	toUni     *cmap           // the font's ToUnicode map, when it has one
	gids      map[uint16]rune // without one: each glyph's character, from the font program
	cidToGID  []byte          // how CIDs map to glyphs, two bytes a CID; nil: the same
	simple    [256]string     // simple fonts: text by code from the encoding
	widths    map[uint32]float64
	first     int
	simpleW   []float64
	defaultW  float64 // glyph units
	scale     float64 // glyph units to text space (1/1000, or Type3's matrix)
	bold      bool
}

type glyph struct {
	text    string
	width   float64 // text space units per unit of font size
	isSpace bool    // the single-byte code 32, which word spacing widens
}

// maxWidthEntries bounds a CID font's width table.
const maxWidthEntries = 1 << 16

func (f *file) loadFont(v any) *font {
	d := f.dictOf(v)
	ft := &font{defaultW: 500, scale: 0.001}
	if d == nil {
		initTables()
		for i := range 256 {
			ft.simple[i] = string(winAnsi[i])
		}
		return ft
	}
	base := string(f.name(d["BaseFont"]))
	lower := strings.ToLower(base)
	ft.bold = strings.Contains(lower, "bold") || strings.Contains(lower, "black") || strings.Contains(lower, "heavy")
	if tu, ok := f.resolve(d["ToUnicode"]).(*stream); ok {
		if data, err := f.decode(tu); err == nil {
			ft.toUni = parseCMap(data, &f.budget.cmap)
		}
	}
	if f.name(d["Subtype"]) == "Type0" {
		f.loadComposite(ft, d)
		return ft
	}
	f.loadSimple(ft, d, lower)
	return ft
}

func (f *file) loadComposite(ft *font, d dict) {
	ft.composite = true
	ft.defaultW = 1000
	identity := false
	switch e := f.resolve(d["Encoding"]).(type) {
	case name:
		s := string(e)
		identity = s == "Identity-H" || s == "Identity-V"
		ft.ucs2 = strings.HasPrefix(s, "Uni") && (strings.Contains(s, "UCS2") || strings.Contains(s, "UTF16"))
	case *stream:
		if data, err := f.decode(e); err == nil {
			ft.enc = parseCMap(data, &f.budget.cmap)
		}
	}
	if ft.enc == nil && !identity && !ft.ucs2 && ft.toUni != nil && len(ft.toUni.space) > 0 {
		// Other predefined CMaps, whose codes may be one byte or two:
		// the ToUnicode codespace says how long codes are, where it says
		// so. Identity codes are two bytes whatever it says.
		ft.enc = &cmap{space: ft.toUni.space}
	}
	desc := f.array(d["DescendantFonts"])
	if len(desc) == 0 {
		return
	}
	cf := f.dictOf(desc[0])
	if w, ok := f.num(cf["DW"]); ok && w > 0 {
		ft.defaultW = w
	}
	if fd := f.dictOf(cf["FontDescriptor"]); fd != nil {
		if w, ok := f.num(fd["FontWeight"]); ok && w >= 600 {
			ft.bold = true
		}
		if ft.toUni == nil && !ft.ucs2 {
			if ff, ok := f.resolve(fd["FontFile2"]).(*stream); ok {
				if data, err := f.decode(ff); err == nil {
					ft.gids = trueTypeGlyphs(data)
				}
				if m, ok := f.resolve(cf["CIDToGIDMap"]).(*stream); ok {
					ft.cidToGID, _ = f.decode(m)
				}
			}
		}
	}
	ft.widths = map[uint32]float64{}
	w := f.array(cf["W"])
	for i := 0; i < len(w) && len(ft.widths) < maxWidthEntries; {
		c1, ok := f.num(w[i])
		if !ok || i+1 >= len(w) {
			break
		}
		if arr := f.array(w[i+1]); arr != nil {
			for j, x := range arr {
				if v, ok := f.num(x); ok && len(ft.widths) < maxWidthEntries {
					ft.widths[uint32(c1)+uint32(j)] = v
				}
			}
			i += 2
			continue
		}
		c2, ok1 := f.num(w[i+1])
		if i+2 >= len(w) || !ok1 {
			break
		}
		v, _ := f.num(w[i+2])
		for k := 0; c1+float64(k) <= c2 && k < maxWidthEntries && len(ft.widths) < maxWidthEntries; k++ {
			ft.widths[uint32(c1)+uint32(k)] = v
		}
		i += 3
	}
}

func (f *file) loadSimple(ft *font, d dict, lower string) {
	initTables()
	table := &standard
	if f.name(d["Subtype"]) == "TrueType" {
		table = &winAnsi
	}
	var diffs []any
	switch e := f.resolve(d["Encoding"]).(type) {
	case name:
		table = baseTable(e, table)
	case dict:
		table = baseTable(f.name(e["BaseEncoding"]), table)
		diffs = f.array(e["Differences"])
	}
	for i := range 256 {
		ft.simple[i] = string(table[i])
	}
	code := 0
	for _, x := range diffs {
		switch v := f.resolve(x).(type) {
		case int64:
			code = int(v)
		case name:
			if code >= 0 && code < 256 {
				ft.simple[code] = glyphRune(string(v))
			}
			code++
		}
	}
	if f.name(d["Subtype"]) == "Type3" {
		if m := f.array(d["FontMatrix"]); len(m) == 6 {
			if a, ok := f.num(m[0]); ok && a > 0 && a < 10 {
				ft.scale = a
			}
		}
	}
	fd := f.dictOf(d["FontDescriptor"])
	if w, ok := f.num(fd["MissingWidth"]); ok && w > 0 {
		ft.defaultW = w
	} else if strings.Contains(lower, "courier") {
		ft.defaultW = 600
	}
	if w, ok := f.num(fd["FontWeight"]); ok && w >= 600 {
		ft.bold = true
	}
	first, _ := f.num(d["FirstChar"])
	ft.first = int(first)
	for _, x := range f.array(d["Widths"]) {
		if len(ft.simpleW) >= 256 {
			break
		}
		w, _ := f.num(x)
		ft.simpleW = append(ft.simpleW, w)
	}
	if len(ft.simpleW) == 0 {
		if std := standardFont(lower); std != nil {
			ft.first = 32
			for _, w := range std {
				ft.simpleW = append(ft.simpleW, float64(w))
			}
		}
	}
}

// standardFont gives the widths of a standard font, or of a font with
// the same metrics, by its base name in lower case.
func standardFont(base string) []uint16 {
	if i := strings.IndexByte(base, '+'); i >= 0 {
		base = base[i+1:]
	}
	bold := strings.Contains(base, "bold")
	italic := strings.Contains(base, "italic") || strings.Contains(base, "oblique")
	switch {
	case strings.HasPrefix(base, "helvetica") || strings.HasPrefix(base, "arial"):
		if bold {
			return standardWidths["helvetica-bold"]
		}
		return standardWidths["helvetica"]
	case strings.HasPrefix(base, "times"):
		switch {
		case bold && italic:
			return standardWidths["times-bolditalic"]
		case bold:
			return standardWidths["times-bold"]
		case italic:
			return standardWidths["times-italic"]
		}
		return standardWidths["times-roman"]
	}
	return nil
}

func baseTable(n name, def *[256]rune) *[256]rune {
	switch n {
	case "WinAnsiEncoding":
		return &winAnsi
	case "MacRomanEncoding":
		return &macRoman
	case "StandardEncoding":
		return &standard
	case "PDFDocEncoding":
		return &pdfDoc
	}
	return def
}

// decode splits a shown string into glyphs.
func (ft *font) decode(s string, out []glyph) []glyph {
	out = out[:0]
	for len(s) > 0 {
		var c uint32
		n := 1
		if ft.composite {
			c, n = ft.enc.next(s)
		} else {
			c = uint32(s[0])
		}
		s = s[n:]
		g := glyph{isSpace: n == 1 && c == 32}
		if ft.toUni != nil {
			g.text, _ = ft.toUni.text(c)
		}
		switch {
		case g.text != "":
		case ft.gids != nil:
			g.text = ft.gidText(c)
		case ft.composite && ft.ucs2:
			g.text = utf16BE(string([]byte{byte(c >> 8), byte(c)}))
		case !ft.composite:
			g.text = ft.simple[c&0xff]
		}
		g.width = ft.width(c) * ft.scale
		out = append(out, g)
	}
	return out
}

func (ft *font) width(c uint32) float64 {
	if ft.composite {
		cid := c
		if ft.enc != nil {
			cid = ft.enc.cid(c)
		}
		if w, ok := ft.widths[cid]; ok {
			return w
		}
		return ft.defaultW
	}
	if i := int(c) - ft.first; i >= 0 && i < len(ft.simpleW) && ft.simpleW[i] > 0 {
		return ft.simpleW[i]
	}
	if c == 32 && len(ft.simpleW) == 0 {
		return 250
	}
	return ft.defaultW
}

// gidText is the character of the glyph a CID draws, by the font's own
// character map.
func (ft *font) gidText(c uint32) string {
	cid := c
	if ft.enc != nil {
		cid = ft.enc.cid(c)
	}
	gid := cid
	if m := ft.cidToGID; m != nil {
		if int(2*cid+1) >= len(m) {
			return ""
		}
		gid = uint32(m[2*cid])<<8 | uint32(m[2*cid+1])
	}
	if gid > 0xffff {
		return ""
	}
	if r, ok := ft.gids[uint16(gid)]; ok && r >= 0x20 {
		return string(r)
	}
	return ""
}
