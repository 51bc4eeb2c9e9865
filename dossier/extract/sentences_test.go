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
