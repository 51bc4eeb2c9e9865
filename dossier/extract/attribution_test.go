package extract

import (
	"strings"
	"testing"
)

// TestSpeechAt checks which phrasal verbs introduce speech: the word
// marked with * in each text.
func TestSpeechAt(t *testing.T) {
	rows := []struct {
		text string
		want bool
	}{
		{"It will take years, she *went on.", true},
		{"She *went on: it will take years.", true},
		{"He *went on to say it will take years.", true},
		{"Baker *went on to win the contract.", false},
		{"Baker *went on a tour of the town.", false},
		{"Baker *went out and bought a boat.", false},
		{"Baker *goes out at night.", false},
		{"She *pointed out that it will take years.", true},
		{"He *hit back at his critics.", true},
		{"He *chimed in with a joke.", true},
		{"She *summed up the case.", true},
		{"She *said it will take years.", true},
		{"She *walked home.", false},
	}
	for _, r := range rows {
		at := strings.Index(r.text, "*")
		d := newDoc(strings.Replace(r.text, "*", "", 1), Meta{})
		i := d.tokenAt(at)
		if got := d.speechAt(i); got != r.want {
			t.Errorf("%q: speechAt(%q) = %v, want %v", r.text, d.tok(i), got, r.want)
		}
	}
}
