package extract

import (
	"fmt"
	"strings"
	"testing"
)

func TestDates(t *testing.T) {
	// 2025-03-14 is a Friday.
	const pub = "2025-03-14"
	cases := []struct {
		text, pub string
		want      []string // "text=value"
	}{
		{"The plans should be ready by mid-September 2025.", "", []string{"by mid-September 2025=2025-09-10/2025-09-20"}},
		{"The order came in late spring.", pub, []string{"in late spring=2024-05"}},
		{"The order came in late spring.", "", []string{"in late spring="}},
		{"In July 2025, the generals met.", "", []string{"In July 2025=2025-07"}},
		{"The talks ended on Tuesday.", pub, []string{"on Tuesday=2025-03-11"}},
		// A weekday in a piece dated that weekday is the day itself.
		{"The talks ended on Friday.", pub, []string{"on Friday=2025-03-14"}},
		{"The talks ended last Friday.", pub, []string{"last Friday=2025-03-07"}},
		{"The vote will take place on Friday.", pub, []string{"on Friday=2025-03-21"}},
		{"The company said last week that it would cut jobs.", pub, []string{"last week=2025-03-03/2025-03-09"}},
		{"Prices rose last month.", pub, []string{"last month=2025-02"}},
		{"He was released 18 months ago.", pub, []string{"18 months ago=2023-09"}},
		{"She was evicted in April.", pub, []string{"in April=2024-04"}},
		{"It opened on March 3.", pub, []string{"on March 3=2025-03-03"}},
		{"It opened on March 30.", pub, []string{"on March 30=2024-03-30"}},
		{"The abuse went on from at least 2002 to 2005.", "", []string{"2002 to 2005=2002/2005"}},
		{"The deal runs from March to May 2025.", "", []string{"from March to May 2025=2025-03/2025-05"}},
		{"Talks are set for March 3-5, 2026.", "", []string{"March 3-5, 2026=2026-03-03/2026-03-05"}},
		{"He was born on 18 March 1961 in Leeds.", "", []string{"on 18 March 1961=1961-03-18"}},
		{"He spoke on March 3, 2015, to Congress.", "", []string{"on March 3, 2015=2015-03-03"}},
		{"The inquiry was shelved in 2017 but re-opened earlier this year.", pub, []string{"in 2017=2017", "earlier this year=2025-01-01/2025-03-14"}},
		{"Bin Laden lived there in the mid-1990s.", "", []string{"in the mid-1990s=1993/1996"}},
		{"Snow fell last winter.", pub, []string{"last winter=2024-12/2025-02"}},
		{"It happened in the winter.", pub, []string{"in the winter=2024-12/2025-02"}},
		{"Relations soured since the 1990s.", "", []string{"since the 1990s=1990/1999"}},
		{"She stayed up until 4 a.m. deleting comments.", "", []string{"until 4 a.m.="}},
		{"The decision today ends the case.", pub, []string{"today=2025-03-14"}},
		{"Yesterday the court ruled.", pub, []string{"Yesterday=2025-03-13"}},
		{"Officials said late Thursday that sanctions would end.", pub, []string{"late Thursday=2025-03-13"}},
		{"The report is due next month.", pub, []string{"next month=2025-04"}},
		{"Sales fell in early 2024.", "", []string{"in early 2024=2024-01/2024-04"}},
		{"Ambassadors met at 2025-07-01 talks.", "", []string{"at 2025-07-01=2025-07-01"}},
		{"No checks were made from 10:30 p.m. Aug. 9 to 6:30 a.m.", "", []string{"from 10:30 p.m. Aug. 9 to 6:30 a.m.="}},
		{"WASHINGTON – Two officers were charged Tuesday.", pub, []string{"Tuesday=2025-03-11"}},
		{"In the fall of 2017, Rothman read the paper.", "", []string{"In the fall of 2017=2017-09/2017-11"}},
		// Not dates: the modal "May", a count, a name, an outlet, rhetoric.
		{"Experts told USA TODAY the checks failed.", pub, nil},
		{`He said, "Today, more than ever, we need help."`, pub, nil},
		{"May the best team win.", pub, nil},
		{"The firm employs 2000 workers.", pub, nil},
		{"March organisers said the rally was peaceful.", pub, nil},
	}
	for _, c := range cases {
		x := Extract(c.text, Meta{Published: c.pub})
		var got []string
		for _, d := range x.Dates {
			got = append(got, d.Text+"="+d.Value)
		}
		if fmt.Sprint(got) != fmt.Sprint(c.want) {
			t.Errorf("%q (published %q):\n got %q\nwant %q", c.text, c.pub, got, c.want)
		}
	}
}

func TestDateEvent(t *testing.T) {
	x := Extract("In July 2025, the commander met two Mexican admirals in Monterrey.", Meta{})
	if len(x.Dates) != 1 {
		t.Fatalf("dates: %+v", x.Dates)
	}
	if ev := x.Dates[0].Event; !strings.Contains(ev, "commander met two Mexican admirals") {
		t.Errorf("event %q does not say what happened", ev)
	}
	d := x.Dates[0]
	if got := "In July 2025"; d.Paragraph != 1 || d.Text != got {
		t.Errorf("date %+v", d)
	}
}

// TestPartOfCentury: the early, middle or late part of a century ("the
// 1600s") is a third of it, not of its first decade.
func TestPartOfCentury(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"The port grew in the late 1600s.", "in the late 1600s=1667/1699"},
		{"The port grew in the early 1300s.", "in the early 1300s=1300/1333"},
		{"The port grew in the mid-1500s.", "in the mid-1500s=1533/1566"},
		{"Deliveries start in the early 2020s.", "in the early 2020s=2020/2023"},
	} {
		x := Extract(c.text, Meta{})
		var got []string
		for _, d := range x.Dates {
			got = append(got, d.Text+"="+d.Value)
		}
		if fmt.Sprint(got) != fmt.Sprint([]string{c.want}) {
			t.Errorf("%q: got %q, want %q", c.text, got, c.want)
		}
	}
}

// TestDatesCutShort reads the words that open a date where the text ends
// before the date does: every parser must stop at the last token, and a
// date found must lie inside the text.
func TestDatesCutShort(t *testing.T) {
	openers := []string{"Q1", "March 3 and", "March 3 to", "8 and", "8 and 9", "the 3rd of", "end-June", "the year",
		"the year to", "the months", "the days since", "the months that", "overnight", "at sunset", "2130", "2130 BST (",
		"7 p.m. local", "3/3/", "the morning of", "the eve of", "Presidents'", "New Year's", "the early morning hours of",
		"January-March", "March 30-April", "2010 –", "this past", "earlier", "just over", "more than", "the following",
		"hours", "centuries", "the spring of last", "the late '", "the early 19th", "7.30", "Eid al", "the Fourth of",
		"bank holiday", "Good", "at 7 p.m. Eastern", "December 2007-June", "in the three months to", "Yesterday's", "May's"}
	for _, o := range openers {
		for _, s := range []string{o, "It happened " + o, "It happened " + o + "."} {
			for _, d := range Extract(s, Meta{Published: "2025-03-14"}).Dates {
				if d.Start < 0 || d.End > len(s) || d.Start >= d.End || s[d.Start:d.End] != d.Text {
					t.Errorf("%q: date %+v lies outside the text", s, d)
				}
			}
		}
	}
}
