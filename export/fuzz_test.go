package export

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzBriefing puts arbitrary text where the user's and the articles' text
// goes: the briefing must always be written, and say what it was given
// (less what the fonts cannot draw).
func FuzzBriefing(f *testing.F) {
	for _, s := range []string{"", "plain", "Ángeles — “x” ‘y’", "🚢港\x00\xff\ufffd", "(\\)", "a\r\nb\tc",
		strings.Repeat("W", 400), strings.Repeat("word ", 500), "\u202eright to left\u202c", "e\u0301"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d := sampleDossier()
		d.Meta.Title, d.Meta.Marking, d.Meta.BottomLine = s, s, s
		d.Quotes[0].Text, d.Actors[0].Name, d.Actors[0].Role = s, s, s
		d.Quotes[0].SpeakerName = s
		d.Sources[0].Name, d.Questions[0].Answer, d.Events[0].When = s, s, s
		d.Articles[1].Title, d.Articles[1].Text = s, s+"\n\n"+s
		var b bytes.Buffer
		if err := PDF(&b, d, fixed); err != nil {
			t.Fatalf("PDF: %v", err)
		}
		text := readPDF(t, b.Bytes()).text()
		if w := strings.Join(strings.Fields(briefingGlyphs().printable(s)), " "); len(w) > 0 && len(w) < 60 && utf8.ValidString(s) && !strings.Contains(text, w) {
			t.Errorf("briefing lacks %q", w)
		}
		b.Reset()
		if err := Markdown(&b, d, fixed); err != nil {
			t.Fatalf("Markdown: %v", err)
		}
	})
}
