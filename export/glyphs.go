package export

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/image/font/sfnt"

	"github.com/briefwright/briefwright/assets"
)

// glyphs knows which characters the briefing's fonts can draw. Text is
// passed through printable so that a character the fonts lack prints as a
// visible replacement instead of an empty box or a broken page: gofpdf
// indexes its width tables by code point and knows nothing above U+FFFF.
type glyphs struct {
	fonts []*sfnt.Font
	mu    sync.Mutex
	known map[rune]bool
	repl  rune
}

var (
	fontGlyphsOnce sync.Once
	fontGlyphs     *glyphs
)

func briefingGlyphs() *glyphs {
	fontGlyphsOnce.Do(func() {
		g := &glyphs{known: map[rune]bool{}, repl: '?'}
		// A character prints only if every face has it: the same text may
		// be set in any of them.
		for _, b := range [][]byte{assets.SerifRegular, assets.SerifBold, assets.SerifItalic, assets.SansRegular, assets.SansBold} {
			if f, err := sfnt.Parse(b); err == nil {
				g.fonts = append(g.fonts, f)
			}
		}
		if g.has('\uFFFD') {
			g.repl = '\uFFFD'
		}
		fontGlyphs = g
	})
	return fontGlyphs
}

func (g *glyphs) has(r rune) bool {
	if r > 0xFFFF {
		return false
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	if ok, seen := g.known[r]; seen {
		return ok
	}
	var buf sfnt.Buffer
	ok := len(g.fonts) > 0
	for _, f := range g.fonts {
		if i, err := f.GlyphIndex(&buf, r); err != nil || i == 0 {
			ok = false
			break
		}
	}
	g.known[r] = ok
	return ok
}

// printable returns s with line breaks and tabs turned into spaces, other
// control and formatting characters dropped and characters the fonts lack
// replaced.
func (g *glyphs) printable(s string) string {
	simple := true
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c >= 0x7f {
			simple = false
			break
		}
	}
	if simple {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r == '\n' || r == '\t' || r == '\r' || r == '\v' || r == '\f' || r == '\u0085' || r == '\u2028' || r == '\u2029':
			b.WriteByte(' ')
		case r == utf8.RuneError, unicode.IsControl(r), unicode.Is(unicode.Cf, r):
			// Formatting characters have no ink: soft hyphens, zero-width
			// spaces, byte order marks, and bidirectional overrides,
			// which gofpdf would not apply anyway.
		case r < 0x7f || g.has(r):
			b.WriteRune(r)
		default:
			b.WriteRune(g.repl)
		}
	}
	return b.String()
}
