package extract

import (
	"strings"
	"testing"
)

// The lower-cased forms the actor finder takes without a copy must be the
// ones strings.ToLower gives.
func TestAppendLower(t *testing.T) {
	for _, s := range []string{"", "abc", "New York Times", "AT&T", "Guzmán", "İSTANBUL", "\u212aelvin", "Netan\u00adyahu", "O’Brien’s"} {
		if got, want := string(appendLower([]byte("x"), s)), "x"+strings.ToLower(s); got != want {
			t.Errorf("appendLower(%q) = %q, want %q", s, got, want)
		}
	}
}

func TestLowPossessive(t *testing.T) {
	d := newDoc("Biden's plan, the CEO’s pay, IT'S late, Jones' dog, İSTANBUL’s mayor and Guzmán’ OK.", Meta{})
	for k := range d.toks {
		if got, want := d.lowPossessive(k), strings.ToLower(trimPossessive(d.tok(k))); got != want {
			t.Errorf("lowPossessive(%q) = %q, want %q", d.tok(k), got, want)
		}
	}
}

// joinName gives a name its span of the text only when that is how the
// words join one by one.
func TestJoinNameSpan(t *testing.T) {
	joinEach := func(d *doc, from, to int) string {
		var b strings.Builder
		for k := from; k < to; k++ {
			if k > from && d.toks[k].start > d.toks[k-1].end && !(isNickClose(d.tok(k)) && isNickOpen(d.tok(k-1))) {
				b.WriteByte(' ')
			}
			b.WriteString(d.tok(k))
		}
		return strings.ReplaceAll(b.String(), "\u00ad", "")
	}
	for _, text := range []string{
		"Joe Biden spoke.", "Joe  Biden spoke", "Joe\nBiden", "Joe\u00a0Biden",
		`Dwayne "The Rock" Johnson`, `Dwayne " The Rock " Johnson`, `a " " b`, `a ' ' b`,
		"Netan\u00adyahu said", "U.S. Army", "Guzmán’s team",
	} {
		d := newDoc(text, Meta{})
		for from := 0; from < len(d.toks); from++ {
			for to := from; to <= len(d.toks); to++ {
				if got, want := d.joinName(from, to), joinEach(d, from, to); got != want {
					t.Errorf("joinName(%q, %d, %d) = %q, want %q", text, from, to, got, want)
				}
			}
		}
	}
}

func TestTrimPossessive(t *testing.T) {
	for _, r := range []struct{ in, want string }{
		{"", ""}, {"s", "s"}, {"'", "'"}, {"boss", "boss"}, {"a's", "a's"}, {"ab's", "ab"},
		{"Biden's", "Biden"}, {"CEO’s", "CEO"}, {"Jones'", "Jones"}, {"Guzmán’", "Guzmán"},
		{"’s", "’s"}, {"it’", "it"}, {"Times", "Times"}, {"Biden’S", "Biden’S"},
	} {
		if got := trimPossessive(r.in); got != r.want {
			t.Errorf("trimPossessive(%q) = %q, want %q", r.in, got, r.want)
		}
	}
}

// lookupOutlet folds an ASCII name without a copy; it must find what
// folding with a copy finds.
func TestLookupOutletFolded(t *testing.T) {
	folded := func(name string) (outlet, bool) { return lookupFolded(fold(strings.TrimSpace(name))) }
	names := []string{"", " ", "the", "The ", "Hill", "Australian", "the Sunday Times", " Reuters ", "NEW YORK TIMES", "Harbour Gazette"}
	for k := range outlets {
		names = append(names, k, strings.ToUpper(k), "The "+k, "the "+strings.TrimPrefix(k, "the "), strings.TrimPrefix(k, "the "))
	}
	for _, n := range names {
		got, gotOK := lookupOutlet(n)
		want, wantOK := folded(n)
		if got != want || gotOK != wantOK {
			t.Errorf("lookupOutlet(%q) = %v, %v; want %v, %v", n, got, gotOK, want, wantOK)
		}
	}
}
