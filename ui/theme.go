package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// Colours the reader marks items with, on top of Fyne's own theme. The
// variant (light or dark) is the system's, so both stay readable.
const (
	colorQuote  fyne.ThemeColorName = "briefwright-quote"
	colorActor  fyne.ThemeColorName = "briefwright-actor"
	colorChosen fyne.ThemeColorName = "briefwright-chosen"
	colorPara   fyne.ThemeColorName = "briefwright-paragraph"
	// colorMuted is for second lines and captions: quieter than the text,
	// but readable (at least 4.5:1 against the background), unlike the
	// theme's grey for disabled things.
	colorMuted fyne.ThemeColorName = "briefwright-muted"
)

// appTheme is Fyne's default theme, which follows the system's light or
// dark setting, with Briefwright's reader colours added.
type appTheme struct{ fyne.Theme }

func newTheme() fyne.Theme { return appTheme{theme.DefaultTheme()} }

func (t appTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	dark := v == theme.VariantDark
	pick := func(light, darkc color.NRGBA) color.Color {
		if dark {
			return darkc
		}
		return light
	}
	switch n {
	case colorQuote:
		return pick(color.NRGBA{0x0b, 0x5c, 0x8a, 0xff}, color.NRGBA{0x7c, 0xc4, 0xf0, 0xff})
	case colorActor:
		return pick(color.NRGBA{0x6a, 0x3d, 0x9a, 0xff}, color.NRGBA{0xc9, 0xa7, 0xf2, 0xff})
	case colorChosen:
		return pick(color.NRGBA{0xb3, 0x41, 0x00, 0xff}, color.NRGBA{0xff, 0xb3, 0x47, 0xff})
	case theme.ColorNameDisabled:
		// Fyne's grey for low-importance labels is about 2:1 against the
		// background; captions and hints use it, so it is darkened to
		// about 4.6:1, still lighter than text.
		return pick(color.NRGBA{0, 0, 0, 0x8f}, color.NRGBA{0xff, 0xff, 0xff, 0x8f})
	case theme.ColorNameWarning:
		// The default amber and green are under 3:1 on white: the badges
		// and counts they colour are text, so they are darkened there.
		if !dark {
			return color.NRGBA{0xa8, 0x4e, 0x00, 0xff}
		}
	case theme.ColorNameSuccess:
		if !dark {
			return color.NRGBA{0x2e, 0x7d, 0x32, 0xff}
		}
	case colorMuted:
		return pick(color.NRGBA{0x55, 0x5b, 0x66, 0xff}, color.NRGBA{0xb4, 0xb9, 0xc2, 0xff})
	case colorPara:
		return pick(color.NRGBA{0xff, 0xc1, 0x07, 0x30}, color.NRGBA{0xff, 0xc1, 0x07, 0x28})
	}
	return t.Theme.Color(n, v)
}
