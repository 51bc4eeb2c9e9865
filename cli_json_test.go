package main

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/briefwright/briefwright/dossier/extract"
)

// jsonStream writes what encoding/json's Encoder writes, indented and
// compact, for real and for edge-case extractions.
func TestJSONStreamMatchesEncoder(t *testing.T) {
	real := extract.Extract(article, extract.Meta{})
	real.File = "a <b> & \u2028.txt"
	// Longer than a slice encoded at once: element by element.
	long := make([]extract.Question, wholeSlice+1)
	for i := range long {
		long[i] = extract.Question{Text: "Why?", Paragraph: i}
	}
	for name, x := range map[string]*extract.Extraction{
		"long slice":  {Questions: long, Actors: []extract.Actor{{Name: "A"}}},
		"real":        real,
		"nil slices":  {File: "", Article: extract.ArticleInfo{Title: "T"}},
		"empty":       {Actors: []extract.Actor{}, Quotes: []extract.Quote{}},
		"one element": {File: "f", Questions: []extract.Question{{Text: "Why?\x00\xff"}}},
	} {
		for _, indent := range []bool{true, false} {
			var want bytes.Buffer
			enc := json.NewEncoder(&want)
			enc.SetEscapeHTML(false)
			if indent {
				enc.SetIndent("", "  ")
			}
			if err := enc.Encode(x); err != nil {
				t.Fatal(err)
			}
			var got bytes.Buffer
			if err := (&jsonStream{w: &got, indent: indent}).encode(x); err != nil {
				t.Fatal(err)
			}
			if got.String() != want.String() {
				t.Errorf("%s, indent %v:\n%s\nwant\n%s", name, indent, got.String(), want.String())
			}
		}
	}
}
