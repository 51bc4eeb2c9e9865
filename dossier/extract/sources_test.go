package extract

import (
	"fmt"
	"testing"
)

func TestSources(t *testing.T) {
	cases := []struct {
		text string
		want []string // "name (kind, relation)"
	}{
		{"According to investigative journalist Ken Klippenstein, the order was signed.",
			[]string{"Ken Klippenstein (journalist, according_to)"}},
		{"As reported by both Harbour Gazette and the Daily Mail, the plan is secret.",
			[]string{"Harbour Gazette (outlet, reported_by)", "Daily Mail (outlet, reported_by)"}},
		{`"We will not comment," a spokesperson told the Daily Mail.`,
			[]string{"Daily Mail (outlet, told)"}},
		{"Sources told CNN that the talks had stalled.", []string{"CNN (outlet, told)"}},
		{"The Washington Post reported on Monday that the deal was off.",
			[]string{"The Washington Post (outlet, reported_by)"}},
		{"The ministry confirmed the figures, Reuters reported.", []string{"Reuters (agency, reported_by)"}},
		{"The officers signed false certifications, according to court records.",
			[]string{"court records (document, filing)"}},
		{"The mayor wrote on X that the bridge would reopen.", []string{"X (social, posted)"}},
		{"The claims are false, according to The Washington Post's Fact Checker.",
			[]string{"The Washington Post (outlet, according_to)"}},
		{"He said so in a transcript reviewed by Business Insider.",
			[]string{"transcript (document, document)", "Business Insider (outlet, obtained_by)"}},
		{"About 23,000 die every year, according to the CDC.", []string{"CDC (agency, according_to)"}},
		{"In a court filing, prosecutors said the guards slept.", []string{"court filing (document, filing)"}},
		// Not sources: a speaker, unnamed reporters, a photo credit, a
		// platform a person merely posted to.
		{"According to Dr. Nathan Jones, professor of security studies, the risk is high.", nil},
		{"Josh Earnest told reporters aboard Air Force One that he was concerned.", nil},
		{"Thomas Coex/AFP/Getty Images", nil},
		{"A photo she posted to Facebook started a backlash.", nil},
	}
	for _, c := range cases {
		x := Extract(c.text, Meta{})
		var got []string
		for _, s := range x.Sources {
			got = append(got, fmt.Sprintf("%s (%s, %s)", s.Name, s.Kind, s.Relation))
		}
		if fmt.Sprint(got) != fmt.Sprint(c.want) {
			t.Errorf("%q:\n got %q\nwant %q", c.text, got, c.want)
		}
	}
}
