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
	case colorPara:
		return pick(color.NRGBA{0xff, 0xc1, 0x07, 0x30}, color.NRGBA{0xff, 0xc1, 0x07, 0x28})
	}
	return t.Theme.Color(n, v)
}
