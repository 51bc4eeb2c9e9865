package assets

import (
	_ "embed"

	"fyne.io/fyne/v2"
)

// iconPNG is rendered from icon.svg by scripts/dist-icon.sh; FyneApp.toml
// points fyne package at the same file, so the window, the launcher entry
// and the packaged executables all show one icon.
//
//go:embed icon.png
var iconPNG []byte

// Icon is the app icon (512×512 PNG), for fyne.App.SetIcon and the About
// dialog.
var Icon fyne.Resource = &fyne.StaticResource{StaticName: "briefwright.png", StaticContent: iconPNG}
