package assets

import _ "embed"

// The briefing's typefaces: DejaVu Serif for reading text and DejaVu Sans for
// headings and tables. Both cover Latin, Greek and Cyrillic with the
// typographic punctuation news copy uses. Licence: fonts/LICENSE-DejaVu.txt
// (Bitstream Vera derivative, free to embed and redistribute).
var (
	//go:embed fonts/DejaVuSerif.ttf
	SerifRegular []byte
	//go:embed fonts/DejaVuSerif-Bold.ttf
	SerifBold []byte
	//go:embed fonts/DejaVuSerif-Italic.ttf
	SerifItalic []byte
	//go:embed fonts/DejaVuSans.ttf
	SansRegular []byte
	//go:embed fonts/DejaVuSans-Bold.ttf
	SansBold []byte
)
