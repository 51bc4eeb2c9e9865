package assets

import (
	"bytes"
	"image"
	"image/png"
	"testing"
)

func TestIcon(t *testing.T) {
	if Icon.Name() == "" {
		t.Error("Icon has no name")
	}
	img, err := png.Decode(bytes.NewReader(Icon.Content()))
	if err != nil {
		t.Fatalf("Icon is not a PNG: %v", err)
	}
	if got := img.Bounds().Size(); got != (image.Point{512, 512}) {
		t.Errorf("Icon is %v pixels, want 512×512 (fyne package scales down from it)", got)
	}
	// The tile has rounded corners: the corner pixels must be transparent so
	// the icon sits on any panel colour, and the middle must be opaque.
	for _, p := range []image.Point{{0, 0}, {511, 0}, {0, 511}, {511, 511}} {
		if _, _, _, a := img.At(p.X, p.Y).RGBA(); a != 0 {
			t.Errorf("corner %v is not transparent (alpha %d)", p, a)
		}
	}
	if _, _, _, a := img.At(256, 256).RGBA(); a != 0xffff {
		t.Errorf("centre is not opaque (alpha %d)", a)
	}
}
