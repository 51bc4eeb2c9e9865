package extract

import (
	"fmt"
	"strings"
	"testing"
)

func TestQuestions(t *testing.T) {
	cases := []struct {
		text string
		want []string // the question text of each proposal
	}{
		{"As reported by the Daily Mail, it is not yet clear whether the U.S. would deploy troops or rely on strikes.",
			[]string{"Would the U.S. deploy troops or rely on strikes?"}},
		{"The Pentagon, when pressed for specifics, declined to comment, citing security.",
			[]string{"Will the Pentagon comment?"}},
		{"The details of these operations remain shrouded in secrecy.",
			[]string{"What are the details of these operations?"}},
		{"But the strategic impact remains uncertain.", []string{"What is the strategic impact?"}},
		{"If the strikes succeed, the resulting power vacuum could spark even greater violence.",
			[]string{"Could the resulting power vacuum spark even greater violence?"}},
		{"The coming weeks may reveal whether the two governments can find a path forward.",
			[]string{"Can the two governments find a path forward?"}},
		{"The second test — talks with Palestinians — could be even more difficult.",
			[]string{"Could the second test be even more difficult?"}},
		{"There was no immediate comment from Assange but Wikileaks welcomed the move.",
			[]string{"Will Assange comment?"}},
		{"The minister would not be drawn on the timing.", []string{"Will the minister comment?"}},
		{"The club declined to be drawn on its plans.", []string{"Will the club comment?"}},
		{"Residents were not sure if the water was safe.", []string{"Was the water safe?"}},
		{"If so, that would let some people choose their meetings next year.", []string{"Would that let some people choose their meetings next year?"}},
		{"The buyers elected to remain anonymous.", []string{"The buyers elected to remain anonymous."}},
		{"Where do relations go from here?", []string{"Where do relations go from here?"}},
		{`"Is that worth the loss of cooperation?" he asked.`, []string{"Is that worth the loss of cooperation?"}},
		// The question's subject: a sentence's first word is lower-cased
		// unless it is a name; a subject that is no noun phrase, or that
		// "and" may cut short, is not guessed and the sentence stands.
		{"Many in the city could leave next year.", []string{"Could many in the city leave next year?"}},
		{"NASA could pick four finalists.", []string{"Could NASA pick four finalists?"}},
		{"The disease may result from fungus growing in—guess what—humidifiers.",
			[]string{"The disease may result from fungus growing in—guess what—humidifiers."}},
		{"Mr. Trump continues to insist his tactics could work.", []string{"Mr. Trump continues to insist his tactics could work."}},
		{"A plan for farmers and herders could cut the smoke.", []string{"A plan for farmers and herders could cut the smoke."}},
		// A forecast's subject starts after the forecast verb; numbers
		// and amounts stay whole.
		{"Analysts expect 16.6 million vehicles will be sold this year.",
			[]string{"Will 16.6 million vehicles be sold this year?"}},
		{"If convicted, the firm could pay $250,000 in fines.", []string{"Could the firm pay $250,000 in fines?"}},
		// Question headings answered right below them are not open; one
		// about what is to come is.
		{"What did the prosecutors say?\nThey dropped the case.\nWhat was the case about?\nA conference in 2010.\nHow likely is a conviction?\nLawyers disagree.",
			[]string{"How likely is a conviction?"}},
		// Open points by kind. An unanswered request, whatever it asked
		// about, and a question someone did not or could not answer.
		{"Figgins declined to address whether Thomas slept on the job.", []string{"Will Figgins comment?"}},
		{"The company has not explained why the plant closed.", []string{"The company has not explained why the plant closed."}},
		// A step still to come.
		{"Residents are waiting to hear when the plant will reopen.", []string{"Will the plant reopen?"}},
		// A past nobody has settled, and a claim nothing has borne out.
		{"More than 200 others may have been exposed, officials fear.", []string{"More than 200 others may have been exposed, officials fear."}},
		{"There is no clear evidence linking the two cases.", []string{"There is no clear evidence linking the two cases."}},
		// An allegation beside a hedge; a speaker's belief about what is
		// to come.
		{"Prosecutors allege he may have hidden the money.", []string{"Prosecutors allege he may have hidden the money."}},
		{`"I think that conversion will be tough," he said.`, []string{`"I think that conversion will be tough," he said.`}},
		// Settled statements, speakers' own hedges and modal nouns are not,
		// nor is a past imagined ("could have shown").
		{"Voters could have shown they were tired of the investigations.", nil},
		{"The council approved the budget on Monday.", nil},
		{`"It could be lost," Jones said.`, nil},
		{"The United States has the military might to defeat the cartels.", nil},
		{"Whether in Vietnam or in the war on drugs, battles are not wars.", nil},
	}
	for _, c := range cases {
		x := Extract(c.text, Meta{})
		var got []string
		for _, q := range x.Questions {
			got = append(got, q.Text)
		}
		if fmt.Sprint(got) != fmt.Sprint(c.want) {
			t.Errorf("%q:\n got %q\nwant %q", c.text, got, c.want)
		}
	}
}

func TestQuestionKeepsSentence(t *testing.T) {
	text := "Talks ended.\nOfficials said it is unclear whether the plant will reopen. Workers waited."
	x := Extract(text, Meta{})
	if len(x.Questions) != 1 {
		t.Fatalf("questions: %+v", x.Questions)
	}
	q := x.Questions[0]
	want := "Officials said it is unclear whether the plant will reopen."
	if q.Sentence != want || text[q.Start:q.End] != want || q.Paragraph != 2 {
		t.Errorf("got %+v, want sentence %q in paragraph 2", q, want)
	}
	if q.Text != "Will the plant reopen?" {
		t.Errorf("text %q", q.Text)
	}
}

// TestOpenFeaturesWeighed rejects a feature the code sets that
// data/openpoints.txt gives no weight: a misspelt name would silently
// weigh nothing.
func TestOpenFeaturesWeighed(t *testing.T) {
	for _, a := range loadFitArticles(t) {
		for _, s := range a.sents {
			for _, f := range s.feats {
				if _, ok := openWeights[f]; !ok {
					t.Errorf("%s: feature %q has no weight in openpoints.txt", a.name, f)
				}
			}
		}
	}
	if openWeights["bias"] >= 0 {
		t.Errorf("bias %v: every sentence would be an open point", openWeights["bias"])
	}
}

// TestOpenPointFeatures checks the feature each cue class and construction
// gives a sentence, whether or not its weight alone makes the point.
func TestOpenPointFeatures(t *testing.T) {
	rows := []struct {
		text, feat string
	}{
		{"The companies hadn’t yet fixed the problem.", "pending"},
		{"The recommendations haven’t been adopted.", "not-done"},
		{"The move may not halt the stand-off.", "modal-may-not"},
		{"Investigators are focusing on whether the crew took too long.", "whether"},
		{"The jury was still out on whether the scheme would work.", "whether"},
		{"The price will vary depending on whether buyers cancel.", "whether-condition"},
		{"Lawmakers are wrestling with whether to stick with the president.", "whether"},
		{"That may change next year.", "modal:may"},
		{"Today it leads the market, but that might not always be the case.", "modal-may-not"},
		{"The firms are building landers that could be scaled up.", "modal-describes"},
		{"Residents were not sure if the water was safe.", "unknown"},
		{"Doctors are unsure how the virus spread.", "unknown"},
		{"No group claimed responsibility for the attack.", "unknown"},
		{"Officials revealed few details of the talks.", "unanswered"},
		{"She wouldn't be drawn on her next project.", "unanswered"},
		{"Trump has not offered any details.", "unanswered"},
		{"I can not comment further at this time.", "not-provided"},
		{"The buyers elected to remain anonymous.", "undisclosed"},
		{"The recordings have never been made public.", "undisclosed"},
		{"The reopening was delayed indefinitely.", "undisclosed"},
		{"The tests are not yet widely available.", "pending"},
		{"An announcement of the official turnout is awaited.", "pending"},
		{"Work is under way to make the technology stable.", "underway"},
		{"The kernel is still under development.", "underway"},
		{"Couples will probably keep squabbling over the temperature.", "likely"},
		{"Any senator who votes to convict is sure to face blowback.", "expected"},
		{"He claimed to have fired the general.", "suspected"},
		{"She is hoping for an investigation into the threats.", "called-for"},
		{"Some confusion remains over how many people are missing.", "wonder"},
		{"Rescue workers believe many more bodies are still buried.", "belief"},
		{"Some are asking why they are suddenly being targeted.", "wh-asked"},
		{"Lawmakers wanted to ask the minister how the money was spent.", "wh-asked"},
		{"The ministry is weighing whether to extend the ban.", "deliberating"},
		{"Regulators are reviewing the merger.", "deliberating"},
		{"The board was still considering its options on Friday.", "deliberating"},
		{"Prosecutors are looking into the donations.", "deliberating"},
		{"The league is mulling a salary cap.", "deliberating"},
		{"Both parties are debating how to fund the bridge.", "deliberating"},
		{"Teachers are worried about the cuts.", "concern"},
		{"Several doctors expressed doubts about the trial design.", "concern"},
		{"Fishermen have raised alarm over the falling catch.", "concern"},
		{"The vote is due to take place on Tuesday.", "due"},
		{"The outage was due to a faulty cable.", "due-cause"},
		{"The landlord never responded to the tenants.", "non-answer"},
	}
	for _, r := range rows {
		d := newDoc(r.text, Meta{})
		findQuotes(d)
		from, to := d.sentTokens(0)
		o := d.openFeatures(from, to)
		found := false
		for _, f := range o.feats {
			found = found || f == r.feat
		}
		if !found {
			t.Errorf("%q: features %v, want %s among them", r.text, o.feats, r.feat)
		}
	}
}

// TestOpenCueApostrophes checks that a cue written with a straight
// apostrophe is also listed with a typographic one, and the reverse:
// articles use both, and a cue matches words as they are written.
func TestOpenCueApostrophes(t *testing.T) {
	cues := map[string]bool{}
	for _, cs := range cuesByWord {
		for _, c := range cs {
			cues[c.text] = true
		}
	}
	twin := strings.NewReplacer("'", "’", "’", "'")
	for c := range cues {
		if strings.ContainsAny(c, "'’") && !cues[twin.Replace(c)] {
			t.Errorf("openpoints.txt lists %q but not %q", c, twin.Replace(c))
		}
	}
}
