package extract

import "testing"

func TestCanonicalOutlet(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"usatoday", "USA Today"},
		{"Washington Post", "The Washington Post"},
		{"The Washington Post", "The Washington Post"},
		{"AP", "Associated Press"},
		{"Harbour Gazette", "Harbour Gazette"},
		{"", ""},
	} {
		if got := CanonicalOutlet(c.in); got != c.want {
			t.Errorf("CanonicalOutlet(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
