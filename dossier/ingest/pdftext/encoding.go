package pdftext

import (
	"strconv"
	"strings"
	"sync"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// The base encodings of simple fonts, as code -> character tables.
var (
	winAnsi, macRoman, standard, pdfDoc [256]rune
	glyphs                              map[string]rune
	tablesOnce                          sync.Once
)

func initTables() {
	tablesOnce.Do(func() {
		for i := range 256 {
			winAnsi[i] = charmap.Windows1252.DecodeByte(byte(i))
			macRoman[i] = charmap.Macintosh.DecodeByte(byte(i))
			pdfDoc[i] = rune(i)
			if i < 0x80 {
				standard[i] = rune(i)
			}
		}
		// WinAnsi shows unused codes as a bullet and 0xA0, 0xAD as space
		// and hyphen; what a font draws at 0xAD is a visible hyphen.
		winAnsi[0xAD] = '-'
		standard['\''] = '’'
		standard['`'] = '‘'
		for code, r := range standardHigh {
			standard[code] = r
		}
		for code, r := range pdfDocHigh {
			pdfDoc[code] = r
		}
		glyphs = make(map[string]rune, 1100)
		for _, pair := range strings.Fields(glyphList) {
			n, h, _ := strings.Cut(pair, ":")
			if v, err := strconv.ParseUint(h, 16, 32); err == nil {
				if _, dup := glyphs[n]; !dup {
					glyphs[n] = rune(v)
				}
			}
		}
	})
}

// standardHigh is Adobe StandardEncoding above 0x7F.
var standardHigh = map[int]rune{
	0xa1: '¡', 0xa2: '¢', 0xa3: '£', 0xa4: '⁄', 0xa5: '¥', 0xa6: 'ƒ', 0xa7: '§', 0xa8: '¤',
	0xa9: '\'', 0xaa: '“', 0xab: '«', 0xac: '‹', 0xad: '›', 0xae: 'ﬁ', 0xaf: 'ﬂ', 0xb1: '–',
	0xb2: '†', 0xb3: '‡', 0xb4: '·', 0xb6: '¶', 0xb7: '•', 0xb8: '‚', 0xb9: '„', 0xba: '”',
	0xbb: '»', 0xbc: '…', 0xbd: '‰', 0xbf: '¿', 0xc1: '`', 0xc2: '´', 0xc3: 'ˆ', 0xc4: '˜',
	0xc5: '¯', 0xc6: '˘', 0xc7: '˙', 0xc8: '¨', 0xca: '˚', 0xcb: '¸', 0xcd: '˝', 0xce: '˛',
	0xcf: 'ˇ', 0xd0: '—', 0xe1: 'Æ', 0xe3: 'ª', 0xe8: 'Ł', 0xe9: 'Ø', 0xea: 'Œ', 0xeb: 'º',
	0xf1: 'æ', 0xf5: 'ı', 0xf8: 'ł', 0xf9: 'ø', 0xfa: 'œ', 0xfb: 'ß',
}

// pdfDocHigh is where PDFDocEncoding, used by text strings such as the
// document title, differs from Latin-1.
var pdfDocHigh = map[int]rune{
	0x18: '˘', 0x19: 'ˇ', 0x1a: 'ˆ', 0x1b: '˙', 0x1c: '˝', 0x1d: '˛', 0x1e: '˚', 0x1f: '˜',
	0x80: '•', 0x81: '†', 0x82: '‡', 0x83: '…', 0x84: '—', 0x85: '–', 0x86: 'ƒ', 0x87: '⁄',
	0x88: '‹', 0x89: '›', 0x8a: '−', 0x8b: '‰', 0x8c: '„', 0x8d: '“', 0x8e: '”', 0x8f: '‘',
	0x90: '’', 0x91: '‚', 0x92: '™', 0x93: 'ﬁ', 0x94: 'ﬂ', 0x95: 'Ł', 0x96: 'Œ', 0x97: 'Š',
	0x98: 'Ÿ', 0x99: 'Ž', 0x9a: 'ı', 0x9b: 'ł', 0x9c: 'œ', 0x9d: 'š', 0x9e: 'ž', 0xa0: '€',
}

// glyphRune reads a glyph name: a listed name, "uniXXXX", "uXXXX[XX]",
// a ligature of names joined by "_", or a name with a ".suffix" variant.
func glyphRune(n string) string {
	initTables()
	if r, ok := glyphs[n]; ok {
		return string(r)
	}
	if i := strings.IndexByte(n, '.'); i > 0 {
		return glyphRune(n[:i])
	}
	if strings.Contains(n, "_") {
		var b strings.Builder
		for _, part := range strings.Split(n, "_") {
			b.WriteString(glyphRune(part))
		}
		return b.String()
	}
	if len(n) == 1 && (n[0] >= 'A' && n[0] <= 'Z' || n[0] >= 'a' && n[0] <= 'z') {
		return n
	}
	if strings.HasPrefix(n, "uni") && len(n) >= 7 && (len(n)-3)%4 == 0 {
		var b strings.Builder
		for i := 3; i+4 <= len(n); i += 4 {
			v, err := strconv.ParseUint(n[i:i+4], 16, 16)
			if err != nil {
				return ""
			}
			b.WriteRune(rune(v))
		}
		return b.String()
	}
	if strings.HasPrefix(n, "u") && len(n) >= 5 && len(n) <= 7 {
		if v, err := strconv.ParseUint(n[1:], 16, 32); err == nil && utf8.ValidRune(rune(v)) {
			return string(rune(v))
		}
	}
	return ""
}

// textString decodes a text string outside content streams (the title,
// the author): UTF-16BE or UTF-8 with a byte-order mark, else
// PDFDocEncoding.
func textString(s string) string {
	initTables()
	switch {
	case strings.HasPrefix(s, "\xfe\xff"):
		return utf16BE(s[2:])
	case strings.HasPrefix(s, "\xff\xfe"):
		u := make([]uint16, 0, len(s)/2)
		for i := 2; i+1 < len(s); i += 2 {
			u = append(u, uint16(s[i])|uint16(s[i+1])<<8)
		}
		return string(utf16.Decode(u))
	case strings.HasPrefix(s, "\xef\xbb\xbf"):
		return strings.ToValidUTF8(s[3:], "")
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		b.WriteRune(pdfDoc[s[i]])
	}
	return b.String()
}

func utf16BE(s string) string {
	u := make([]uint16, 0, len(s)/2)
	for i := 0; i+1 < len(s); i += 2 {
		u = append(u, uint16(s[i])<<8|uint16(s[i+1]))
	}
	return string(utf16.Decode(u))
}
