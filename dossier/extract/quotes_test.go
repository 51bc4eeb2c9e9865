package extract

import (
	"fmt"
	"testing"
)

func TestQuoteSpeakers(t *testing.T) {
	cases := []struct {
		text string
		want []string // "speaker: text"
	}{
		{`Acme Corp. cut jobs. "We regret the decision, but we had no choice," the company said in a statement.`,
			[]string{"Acme Corp.: We regret the decision, but we had no choice,"}},
		{`"This is a betrayal of every worker," said Maria Lopez, a spokeswoman for the union.`,
			[]string{"Maria Lopez: This is a betrayal of every worker,"}},
		{`The minister put it bluntly: "We are broke and cannot pay."`,
			[]string{"minister: We are broke and cannot pay."}},
		{`Union leader Jim Walsh said the plan was "deeply flawed" and would "hurt thousands of families".`,
			[]string{"Jim Walsh: hurt thousands of families"}},
		{`"It's the people's choice, and we'll respect it," Ms Patel said. "Nobody should doubt that."`,
			[]string{"Patel: It's the people's choice, and we'll respect it,", "Patel: Nobody should doubt that."}},
		{`'We have no comment at this stage,' a company spokesman told the Financial Times.`,
			[]string{"company spokesman: We have no comment at this stage,"}},
		{`Dr. Amira Haddad, an economist at Leeds University, says the losses "will hit the north hardest of all."`,
			[]string{"Amira Haddad: will hit the north hardest of all."}},
		{"Senator Ana Ruiz spoke first.\n“We will not give up on this bridge,” she said.",
			[]string{"Ana Ruiz: We will not give up on this bridge,"}},
		{"A spokesperson for the Ministry of Transport said the request \"will be studied with great care.\"",
			[]string{"Ministry of Transport spokesperson: will be studied with great care."}},
		// A quotation run over two paragraphs keeps its speaker.
		{"Ms Okafor said: \"We have waited long enough for this repair.\n\"Now the work begins, and it will be done.\"",
			[]string{"Okafor: We have waited long enough for this repair.", "Okafor: Now the work begins, and it will be done."}},
		{"Police chief Mark Evans, 52, said:\n“We are following several lines of inquiry.”\n“There is no evidence of foul play,” according to Detective Sergeant Lisa Wong.\n“The families deserve answers,” added Mr Evans.",
			[]string{"Mark Evans: We are following several lines of inquiry.", "Lisa Wong: There is no evidence of foul play,", "Mark Evans: The families deserve answers,"}},
		// "she" skips a man named before.
		{"Tom Baker met Maria Lopez on Friday.\n“We agreed on every point that matters,” she said.",
			[]string{"Maria Lopez: We agreed on every point that matters,"}},
		// A quotation in straight single marks keeps the double marks inside it.
		{"'The worst comments I read are, \"She is too thin,\" or \"She is fake.\" It hurts a lot,' Mia Torres said.",
			[]string{"Mia Torres: The worst comments I read are, \"She is too thin,\" or \"She is fake.\" It hurts a lot,"}},
		// Paragraphs of one statement joined into one: each part is a quotation.
		{"Ms Okafor said: \u201cWe have waited long enough for this repair. \u201cNow the work begins, and it will be done,\u201d she added.",
			[]string{"Okafor: We have waited long enough for this repair.", "Okafor: Now the work begins, and it will be done,"}},
		// Scare quotes, nicknames and short terms are not speech.
		{`Joaquín "El Chapo" Guzmán ran the so-called "lethal strike" plan.`, nil},
	}
	for _, c := range cases {
		x := Extract(c.text, Meta{})
		var got []string
		for _, q := range x.Quotes {
			got = append(got, q.Speaker+": "+q.Text)
		}
		if fmt.Sprint(got) != fmt.Sprint(c.want) {
			t.Errorf("%q:\n got %q\nwant %q", c.text, got, c.want)
		}
	}
}
