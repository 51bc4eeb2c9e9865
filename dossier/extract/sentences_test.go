package extract

import (
	"reflect"
	"testing"
)

func TestSplitSentences(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		{"Gen. Gregory M. Guillot met Adm. Morales. They spoke.", []string{"Gen. Gregory M. Guillot met Adm. Morales.", "They spoke."}},
		{"Ties with the U.S. The talks ended.", []string{"Ties with the U.S.", "The talks ended."}},
		{"It appears in the Proceedings of the Royal Society B. Only later did they agree. Michael B. Jordan spoke.", []string{"It appears in the Proceedings of the Royal Society B.", "Only later did they agree.", "Michael B. Jordan spoke."}},
		{"They said so on X. The post was deleted.", []string{"They said so on X.", "The post was deleted."}},
		{"U.S. officials said so. Others did not.", []string{"U.S. officials said so.", "Others did not."}},
		{`"Go home," he said. "Now." She left.`, []string{`"Go home," he said.`, `"Now."`, "She left."}},
		{"Is it true? “Yes.” Fine!", []string{"Is it true?", "“Yes.”", "Fine!"}},
		{"Prices rose 2.5 percent... Then fell.", []string{"Prices rose 2.5 percent...", "Then fell."}},
		{"It ended at 4 p.m. on Friday.", []string{"It ended at 4 p.m. on Friday."}},
		{"no end", []string{"no end"}},
	}
	for _, c := range cases {
		p := Paragraphs(c.text)[0]
		var got []string
		for _, s := range splitSentences(c.text, p) {
			got = append(got, c.text[s.Start:s.End])
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%q:\n got %q\nwant %q", c.text, got, c.want)
		}
	}
}

func TestFirstWord(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Hello, world", "Hello"},
		{"  \"Why not?\"", "Why"},
		{"(Reuters) - A", "Reuters"},
		{"12 34", ""},
		{"", ""},
		{"\xe4b c", "b"}, // a byte that is not UTF-8 is one byte wide
		{"\xe4", ""},
		{"Éva's", "Éva"},
	} {
		if got := firstWord(c.in); got != c.want {
			t.Errorf("firstWord(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// A sentence end followed by a byte that is not UTF-8 once cut past the
// end of the text.
func TestExtractInvalidUTF8AfterSentenceEnd(t *testing.T) {
	Extract("A.m. \xe4", Meta{})
}
