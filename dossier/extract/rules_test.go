package extract

import (
	"strings"
	"testing"
)

// The rule tables hold one row per pattern of English news each stage
// knows: a short made-up text and what must (or must not) come out of it.
// A new rule gets a row here; a row that fails names the pattern broken.

// TestSpeakerRules checks who is found to have said each quotation.
func TestSpeakerRules(t *testing.T) {
	rows := []struct {
		pattern, text string
		want          []string // speakers of the quotations, in order
	}{
		{"cue after the quotation",
			`"We will rebuild the bridge by spring," Mayor Ana Ruiz said.`,
			[]string{"Ana Ruiz"}},
		{"speaker named in the paragraph before, colon",
			"Police chief Mark Evans said:\n\n\"We are following every lead and will find whoever did this.\"",
			[]string{"Mark Evans"}},
		{"speaker named before a photo caption",
			"Police chief Mark Evans said:\n\nOfficers at the scene on Monday (Photo: AP)\n\n\"We are following every lead and will find whoever did this.\"",
			[]string{"Mark Evans"}},
		{"statement running over paragraphs",
			"\"The company has done nothing wrong and will say so in court,\" said Dana Whitfield, its lawyer.\n\n\"We expect the case to be dismissed within weeks.\"",
			[]string{"Dana Whitfield", "Dana Whitfield"}},
		{"a family name that reads as a pronoun",
			"Shares fell. \"The situation is under control,\" He Jianxiong, a spokesman for the city, said on Tuesday.",
			[]string{"He Jianxiong"}},
		{"a speaker described by age",
			"Sarah Mitchell, who founded the firm in 1998, stepped down last year. \"It was time for someone new to lead the company,\" the 56-year-old said.",
			[]string{"Sarah Mitchell"}},
		{"a person named as the object does not speak",
			"Mark Evans was arrested in April.\n\nDuring the call, he called Maria Lopez a \u201cliar\u201d and said, \u201cshe should be stopped before it is too late,\u201d prosecutors said.",
			[]string{"Mark Evans"}},
		{"organisation, role and person after the quotation",
			"\u201cIt depends on what Boeing is willing to invest,\u201d responded NASA administrator Jim Bridenstine.",
			[]string{"Jim Bridenstine"}},
		{"the person a paragraph opens with, then a quotation",
			"\"We will not let these families down,\" Maria Lopez said.\n\nThe company's spokesperson, Dan Reed, was blunt. \"We have done nothing wrong.\"",
			[]string{"Maria Lopez", "Dan Reed"}},
		{"a long appositive that runs to the verb",
			"\u201cThe wind changed direction,\u201d Kurinji Selvaraj, a research analyst at the Council on Energy, Environment and Water think tank told CBS News.",
			[]string{"Kurinji Selvaraj"}},
		{"an owner's role given to one person",
			"China’s ambassador to Britain Liu Xiaoming spoke on Monday.\n\nChina’s ambassador warned that the government \u201cwill not sit on our hands\u201d if the unrest grows.",
			[]string{"Liu Xiaoming"}},
		{"a country speaks for its government",
			"The UK has urged an \u201cend to the violence and for all sides to engage in dialogue\u201d. \u201cWe will respond firmly,\u201d China said.",
			[]string{"UK", "China"}},
		{"ministry as speaker",
			`"The embassy will stay open for the time being," the French foreign ministry said.`,
			[]string{"French foreign ministry"}},
		{"organisation spokesperson",
			`"We do not comment on ongoing investigations," a Pentagon spokesperson said.`,
			[]string{"Pentagon spokesperson"}},
		{"testimony",
			`Officer Lena Brooks testified that "the door was already open when we arrived."`,
			[]string{"Lena Brooks"}},
		{"reported speech inside a report",
			`During the call, Tom Hale said, "somebody ought to pay for this," the prosecutor's office said.`,
			[]string{"Tom Hale"}},
		{"pronoun across paragraphs",
			"Senator Ruth Adler spoke after the vote.\n\n\"This bill will not survive the winter,\" she said.",
			[]string{"Ruth Adler"}},
		{"they for an organisation",
			"Big Machine Records have denied doing anything wrong.\n\n\"At no point did we block her special,\" they said.",
			[]string{"Big Machine Records"}},
		{"the president for the one person with that role",
			"President Joan Miller met the envoys on Monday.\n\n\"We will not sign a bad deal with anyone,\" the president said.",
			[]string{"Joan Miller"}},
		{"surname shared by two people",
			"Eloise Parry met Fiona Parry in Leeds.\n\n\"We have not spoken in ten years,\" Fiona Parry said.",
			[]string{"Fiona Parry"}},
		{"no cue: the person opening the sentence",
			"Salesforce chief executive Marc Benioff spoke first.\n\nBenioff introduced Tim Cook as \"someone who has redefined what it means to lead a company.\"",
			[]string{"Marc Benioff"}},
		{"participle cue speaks for the clause subject",
			`Zippy Duvall urged Mr. Trump to make a deal, saying "time is running out for many in agriculture."`,
			[]string{"Zippy Duvall"}},
		{"cue opening the sentence after an exclaimed quotation",
			"President Donald Trump backed the governor.\n\n\"Governor Bevin has done a wonderful job for Kentucky!\" Trump tweeted before Election Day.",
			[]string{"Donald Trump"}},
		{"short quotation without a cue is a term, not speech",
			`Critics call it a "lethal strike" plan.`,
			nil},
	}
	for _, r := range rows {
		x := Extract(r.text, Meta{})
		var got []string
		for _, q := range x.Quotes {
			got = append(got, q.Speaker)
		}
		if strings.Join(got, "|") != strings.Join(r.want, "|") {
			t.Errorf("%s: speakers %q, want %q", r.pattern, got, r.want)
		}
	}
}

// TestActorRules checks the actors found and those that must not be.
func TestActorRules(t *testing.T) {
	rows := []struct {
		pattern, text string
		want, not     []string // "kind:Name"
	}{
		{"X and Y are two actors",
			"Ceres Robotics and Tyvak Nano-Satellite Systems Inc won contracts.",
			[]string{"organization:Tyvak Nano-Satellite Systems Inc"}, []string{"organization:Ceres Robotics and Tyvak Nano-Satellite Systems Inc"}},
		{"a one-word workplace",
			"“We will hold out,” said Phil Levy, the chief economist at Flexport. Analysts at Nomura disagreed.",
			[]string{"organization:Flexport", "organization:Nomura"}, nil},
		{"a country, a portfolio and a title before a name",
			"Trump and US Trade Representative Robert Lighthizer met. UK Home Secretary Priti Patel said so.",
			[]string{"person:Robert Lighthizer", "person:Priti Patel"}, []string{"organization:Trade", "person:UK Home Secretary Priti Patel"}},
		{"an unknown word opening its sentence as a speaker",
			"Analysts were gloomy. Nomura said the yen would weaken.",
			[]string{"person:Nomura"}, nil},
		{"a plural or a contraction opening its sentence is no speaker",
			"Analysts said the yen would weaken. I’m told it will.",
			nil, []string{"person:Analysts", "person:I’m"}},
		{"a description alone before a lower-case noun",
			"A Minneapolis-based company said it would hire.",
			nil, []string{"place:Minneapolis-based", "organization:Minneapolis-based", "person:Minneapolis-based"}},
		{"an and inside a name after for",
			"The Chinese Center for Disease Control and Prevention said it had traced contacts.",
			[]string{"organization:Chinese Center for Disease Control and Prevention"}, []string{"organization:Prevention", "person:Prevention"}},
		{"a town before a known state or country",
			"The band will play in Greenville, South Carolina, and then fly to Doha, Qatar.",
			[]string{"place:Greenville", "place:Doha"}, nil},
		{"a town after a word of direction",
			"The fire spread north of Sacramento and reached homes near Paradise.",
			[]string{"place:Sacramento", "place:Paradise"}, nil},
		{"a title or slogan in quotation marks",
			"He performed a live show called “Ask Dr. Mike” at conventions, and teachers held signs saying “Less Money on Testing”.",
			nil, []string{"person:Mike", "organization:Ask", "person:Less Money"}},
		{"a family name written first, used alone",
			"China’s ambassador Liu Xiaoming said China would act. Liu said the unrest must end.",
			[]string{"person:Liu Xiaoming"}, []string{"person:Liu"}},
		{"a team before a player's position",
			"The fight led to suspensions for Browns pass rusher Myles Garrett and Steelers center Maurkice Pouncey.",
			[]string{"organization:Browns", "organization:Steelers"}, nil},
		{"products are no actors",
			"Apple released the MacBook Pro and the AirPods Pro on Monday.",
			[]string{"organization:Apple"}, []string{"person:MacBook Pro", "organization:MacBook Pro", "person:AirPods Pro", "organization:AirPods Pro"}},
		{"the House",
			"He should be impeached by the House and removed from office by the Senate. The White House said no.",
			[]string{"organization:House", "organization:Senate"}, nil},
		{"a player named after the position",
			"The fight led to suspensions for pass rusher Myles Garrett and Pittsburgh center Maurkice Pouncey.",
			[]string{"person:Maurkice Pouncey"}, nil},
		{"a team after a city, a country before an acronym",
			"The Los Angeles Lakers won. The figures are more generous than the US EPA test.",
			[]string{"organization:EPA"}, []string{"place:Los Angeles Lakers", "person:US EPA"}},
		{"names shaped like places",
			"A federal jury in Fort Worth deliberated. The plague reached Inner Mongolia. She walked down Seventh Street.",
			nil, []string{"organization:Fort Worth", "person:Fort Worth", "organization:Inner Mongolia", "person:Seventh Street"}},
		{"lower-case state body",
			"The Afghan government and the Hong Kong police said so.",
			[]string{"organization:Afghan government", "organization:Hong Kong police"}, nil},
		{"a body noun used as an adjective",
			"Overt American military action could jeopardise cooperation.",
			nil, []string{"organization:American military"}},
		{"a time word ends a name",
			"The vote in the Senate on Monday was close.",
			[]string{"organization:Senate"}, []string{"organization:Senate on Monday"}},
		{"titled person named once",
			"Rep. Adam Schiff said no.",
			[]string{"person:Adam Schiff"}, nil},
		{"role and organisation before a name",
			"He may succeed Disney Chief Executive Bob Iger next year.",
			[]string{"person:Bob Iger"}, nil},
		{"team, abbreviated position, given name",
			"Browns DL Sheldon Richardson weighed in on Monday.",
			[]string{"person:Sheldon Richardson"}, nil},
		{"surname used alone makes a person",
			"Maurkice Pouncey was suspended. Pouncey said he would appeal.",
			[]string{"person:Maurkice Pouncey"}, nil},
		{"recurring unknown name of several words is an organisation",
			"Big Machine owns the recordings. Fans blamed Big Machine anyway.",
			[]string{"organization:Big Machine"}, nil},
		{"X-based and X-owned describe, they do not name",
			"Seattle-based Zillow and Kroger-owned QFC cut prices.",
			[]string{"organization:Zillow", "organization:QFC"}, []string{"organization:Seattle-based Zillow", "organization:Kroger-owned QFC"}},
		{"tickers and index codes are no actors",
			"The Dow Jones Industrial Average .DJI fell while Brent crude LCOc1 rose.",
			nil, []string{"organization:.DJI", "organization:LCOc1", "person:LCOc1"}},
		{"a weekday after a museum's name",
			"Gunmen attacked the Bardo National Museum on Wednesday.",
			[]string{"organization:Bardo National Museum"}, nil},
		{"an unknown acronym named once is shouting or jargon",
			"GET OUT and VOTE on Tuesday, he wrote, as EBITDA fell.",
			nil, []string{"organization:VOTE", "organization:EBITDA"}},
		{"a brand in camel case",
			"Elon Musk's SpaceX and Disney's BamTech were named, and so was Ray McDonald.",
			[]string{"organization:SpaceX", "organization:BamTech"}, []string{"organization:McDonald"}},
		{"a town's police",
			"The girl was found by Forest Hill police within hours.",
			[]string{"organization:Forest Hill police"}, nil},
		{"outlet before another known name",
			"He told VOA Pentagon correspondent Carla Babb that the claim was false.",
			[]string{"organization:Pentagon", "person:Carla Babb"}, []string{"person:VOA Pentagon"}},
	}
	for _, r := range rows {
		x := Extract(r.text, Meta{})
		got := map[string]bool{}
		for _, a := range x.Actors {
			got[a.Kind+":"+a.Name] = true
		}
		for _, w := range r.want {
			if !got[w] {
				t.Errorf("%s: %s missing from %v", r.pattern, w, got)
			}
		}
		for _, n := range r.not {
			if got[n] {
				t.Errorf("%s: %s found", r.pattern, n)
			}
		}
	}
}

// TestSourceRules checks the sources cited.
func TestSourceRules(t *testing.T) {
	rows := []struct {
		pattern, text string
		want          []string
	}{
		{"via an outlet and a journalist of an outlet",
			`"It is done," Heyward said, via Brian Batko of the Pittsburgh Post-Gazette. Richardson, via USA Today, said more.`,
			[]string{"Brian Batko", "Pittsburgh Post-Gazette", "USA Today"}},
		{"email and leak to an outlet",
			"Her lawyer said in an email to The Associated Press that he meant no harm. As government documents leaked to the New York Times have shown, it began in 2014.",
			[]string{"Associated Press", "government documents", "The New York Times"}},
		{"organisation that reports or estimates",
			"In 2016, the Department of Social Services reported that use had risen. The National Institute on Drug Abuse has also estimated that 964,000 people use it.",
			[]string{"Department of Social Services", "The National Institute on Drug Abuse"}},
		{"a named survey without a verb",
			"Of the participants who filled in The National Survey on Drug Use and Health, half were female.",
			[]string{"National Survey on Drug Use and Health"}},
		{"outlets joined before the verb",
			"As both NBC News and Bloomberg have reported, there is a security risk.",
			[]string{"NBC News", "Bloomberg"}},
		{"an outlet described by its nationality",
			"The laptop is due in 2020, according to industry sources cited by Taiwanese publication DigiTimes.",
			[]string{"DigiTimes"}},
		{"analysts surveyed by a data firm",
			"Wall Street analysts surveyed by Refinitiv were expecting $2.52 a share.",
			[]string{"Refinitiv"}},
		{"guidance from an institution",
			"He had a moderate risk of a heart attack, according to guidance from the Mayo Clinic.",
			[]string{"Mayo Clinic"}},
		{"a journalist of an outlet",
			"He had, according to Alex Horton of the Washington Post, eaten a wild rabbit.",
			[]string{"Alex Horton", "The Washington Post"}},
		{"a platform's announcement",
			"In his initial Instagram announcement of the pregnancy, he spoke of loss.",
			[]string{"Instagram"}},
		{"an outlet named by two joined outlet words",
			"The mayor told the Tribune-Review that the plan would go ahead.",
			[]string{"Tribune-Review"}},
		{"figures from an agency at a sentence start",
			"Figures from Eurostat showed that inflation fell.",
			[]string{"Eurostat"}},
		{"data published a few words before its maker",
			"We used data published in October 2018 by the Drug Enforcement Administration (DEA). The DEA said so. The DEA agreed.",
			[]string{"Drug Enforcement Administration"}},
		{"a body's rules cited by whose they are",
			"The policy manual of the Citizenship and Immigration Services notes the requirement.",
			[]string{"Citizenship and Immigration Services"}},
		{"a report from a research firm",
			`"The market is stretched," said a report from Kotak Institutional Equities.`,
			[]string{"Kotak Institutional Equities"}},
		{"an office named with its owner",
			"Last week NASA’s Office of the Inspector General released two reports. In 2016, the South Dakota's Department of Social Services reported that use had risen.",
			[]string{"NASA Office of the Inspector General", "South Dakota Department of Social Services"}},
		{"a journalist who reported",
			"CBS Sports NFL Insider Jason La Canfora has reported that the NFL will fine him. The Guardian's Jane Smith reported that the meeting was cancelled.",
			[]string{"Jason La Canfora", "Jane Smith"}},
		{"a name no list knows behind a citing cue",
			"Native ads grew fast in 2017, according to analysis from Poynter. Shares fell, citing Refinitiv data.",
			[]string{"Poynter", "Refinitiv"}},
		{"a site named by its address",
			"Two analysts told Polygraph.info the claims are false.",
			[]string{"Polygraph.info"}},
		{"a document that shows, a lawsuit",
			"Court documents show the defendant wired the money. According to the lawsuit, the firm failed to pay overtime.",
			[]string{"Court documents", "lawsuit"}},
		{"figures that come from a body",
			"The figure comes from the National Weather Service. A survey by the National Retail Federation found more spending.",
			[]string{"National Weather Service", "National Retail Federation"}},
		{"a broadcast interview",
			"The senator said on CNN’s State of the Union that the bill would pass.",
			[]string{"CNN"}},
		{"an acronym someone tells, a day after the outlet",
			"A person familiar with the matter told TRD that staff were let go. Noem told the Argus Leader Monday afternoon that it was working.",
			[]string{"TRD", "Argus Leader"}},
		{"an outlet of a place",
			"According to a report in the Argus Leader of Sioux Falls, the governor launched the campaign.",
			[]string{"Argus Leader"}},
		{"an outlet whose name starts with a country",
			"Experts on jail suicide told USA TODAY that an inmate can be removed from suicide watch.",
			[]string{"USA Today"}},
		{"a lawsuit that alleges",
			"The lawsuit alleges that the firm discriminated against women.",
			[]string{"lawsuit"}},
		{"a report, survey or index by its title",
			"The World Happiness Report found that Finland was the happiest country. According to the Global Peace Index, violence fell.",
			[]string{"World Happiness Report", "Global Peace Index"}},
		{"a body's data that show",
			"Commerce Department data showed retail sales rose 0.3 percent.",
			[]string{"Commerce Department"}},
		{"a poll by name",
			"A similarly fresh Reuters poll has lower numbers.",
			[]string{"Reuters"}},
		{"a statement by name",
			`"We found water," the lead researcher said in a NASA statement.`,
			[]string{"NASA"}},
		{"a journal",
			"According to a paper published in the journal Nature Astronomy on Monday, the team found water.",
			[]string{"Nature Astronomy"}},
		{"a post on a platform",
			`In a Tumblr post she called it the "worst case scenario".`,
			[]string{"Tumblr"}},
		{"evidence presented at trial",
			"According to evidence presented at trial, Webb grabbed the girl.",
			[]string{"evidence presented at trial"}},
		{"a named survey",
			"A Gallup Korea poll found support at 40 percent, and a University of North Carolina survey agreed.",
			[]string{"Gallup Korea", "University of North Carolina"}},
		{"a research firm",
			"Coresight Research estimated that 9,000 stores would close.",
			[]string{"Coresight Research"}},
		{"local news reports and national media",
			"Local news reports said the road was closed, and US media said the same.",
			[]string{"local news reports", "US media"}},
		{"documents",
			"Text messages seen by the court showed the deal. A court filing said so, according to explanatory notes to the bill.",
			[]string{"Text messages", "court filing", "explanatory notes to the bill"}},
		{"platforms",
			"He wrote on Quora that it was true, and posted on X and in Facebook posts.",
			[]string{"Quora", "X", "Facebook"}},
		{"the maker of a work",
			"Data compiled by the Census Bureau show it, and a study by the Pew Research Center agrees.",
			[]string{"Census Bureau", "Pew Research Center"}},
		{"a statement from a body",
			"According to a statement from the Interior Ministry, 12 people were hurt.",
			[]string{"Interior Ministry"}},
		{"took to a platform",
			"The singer took to Instagram to thank her fans.",
			[]string{"Instagram"}},
		{"an outlet that understands",
			"Sky News understands the deal is close.",
			[]string{"Sky News"}},
		{"outlet as the article names it, role and journalist",
			"Robertson told VOA Pentagon correspondent Carla Babb that the claim was false.",
			[]string{"VOA", "Carla Babb"}},
	}
	for _, r := range rows {
		x := Extract(r.text, Meta{})
		got := map[string]bool{}
		for _, s := range x.Sources {
			got[s.Name] = true
		}
		for _, w := range r.want {
			if !got[w] {
				t.Errorf("%s: %q missing from %v", r.pattern, w, x.Sources)
			}
		}
	}
}

// TestQuestionRules checks the open points found in sentences.
func TestQuestionRules(t *testing.T) {
	rows := []struct {
		pattern, text string
		open          bool
	}{
		{"declined to say", "He declined to say when the company might change its strategy.", true},
		{"did not give a direct answer", "The minister did not give a direct answer on the timing.", true},
		{"did not immediately respond", "The governor's office didn't immediately respond to a request for comment.", true},
		{"remains elusive", "Actually signing a deal has proved elusive.", true},
		{"jury still out", "The jury was still out on whether the scheme would work.", true},
		{"no guarantee", "There is no guarantee that the talks will resume.", true},
		{"not yet", "The two sides have not yet agreed on a date.", true},
		{"unable to", "The two sides have been unable to reschedule a meeting.", true},
		{"explicit question", "Where do relations go from here?", true},
		{"reported speech question", `"Is that worth the loss of cooperation?" he asked.`, true},
		{"a plea alone is procedure", "The pair pleaded not guilty and were released on the condition that each post bond within a week.", false},
		{"a plea beside a trial to come", "The pair pleaded not guilty and will stand trial in May.", true},
		{"a modal that describes a thing", "The watch could easily pass as a normal watch.", false},
		{"a modal after a finding", "He found that tiny differences could lead to vastly different results.", false},
		{"a modal in a general finding", "Studies show that sleep deprivation may be linked to binge eating.", false},
		{"a modal in a relative clause", "The firms are building landers that could be scaled up to larger vehicles.", false},
		{"a modal of anyone at all", "Some might find the roofline a bit strange.", false},
		{"a past ability", "By December he could no longer walk to the next room.", false},
		{"a modal that advises the reader", "Measuring out portions may help you avoid a binge.", false},
		{"a modal about the story's outcome", "A phase one trade deal could be pushed into next year.", true},
		{"a rhetorical question in a quote", `"But does that mean that they're going to be indicted?" she said.`, false},
		{"a quoted question framed as the question", `"The question is, is it worth it. Is that worth the loss of cooperation?" Jones said.`, true},
		{"a concessive whether", "Whether you're out exploring or at home, water is a must.", false},
		{"what is said to have happened", "His mother was said to have been disapproving of the idea.", false},
		{"what is said to be so now", "Among the hundreds trapped were said to be secondary school pupils.", true},
		{"a writer's perhaps", "Or perhaps it's the pigeons that you are breeding in your kitchen.", false},
		{"a question about the past the article tells", "How had a writer this good fallen into obscurity?", false},
		{"a question about what never was", "Would there have been impeachment proceedings against Obama?", false},
		{"a question about what is to come", "Will Warren continue to face the heat?", true},
		{"hard to draw a conclusion", "It is difficult to draw firm conclusions from such studies.", true},
		{"waiting for a decision", "The governor said he was waiting for a commission to make recommendations.", true},
		{"speculation about the future", "The sacking will reignite speculation about his future.", true},
		{"were not able to", "The researchers weren't able to collect data on potency.", true},
		{"no hard data", "There are no hard data on the value of the seizures.", true},
		{"a demand not yet met", "Regulators are demanding answers from the providers.", true},
		{"a plea to reconsider", "The doctors pleaded with the administration to reconsider its decision.", true},
		{"not expected", "They don't expect to take action until at least 2021.", true},
		{"a future perhaps", "The probe will map the shell and perhaps yield insights into the plumes.", true},
		{"could not say", "Officials could not say how many people were inside.", true},
		{"is likely", "Some consolidation is likely in the near term.", true},
		{"not able to", "Police alone are not able to end the violence.", true},
		{"a weak hint and a modal", "Engineers fear the dam could fail this winter, the report said.", true},
		{"a weak hint alone", "The company was accused of hiding losses in 2015.", false},
		{"a weak hint in a quote", `"What I fear is that cooperation could be lost if troops came," Jones said.`, false},
		{"settled in the sentence", "The cause of the fire, once unclear, turned out to be a faulty heater.", false},
		{"what would have been", "The bill would have meant that suspects could be sent abroad.", false},
		{"the reader's modal", "You could read these numbers as a vindication.", false},
		{"a workplace's name", "Analysts at Nomura could cut their forecasts again.", true},
		{"the writer's musing", "Do we have an oxygen bar in Delhi?", false},
		{"the writer's own modal", "I may or may not have spilled some hot jam.", false},
		{"a fragment with a question mark", "Olfactory receptors in the kidney?", false},
		{"a heading that asks what is to come", "How likely is a conviction in the US?", true},
		{"an investigation opened", "Prosecutors opened an investigation into the sale.", true},
		{"no decision yet", "The board has not decided on a successor.", true},
		{"a date already set", "Sentencing is scheduled for Feb. 14.", false},
		{"a quoted question asked personally", `"Did you change the starting values just slightly?" a listener asked.`, false},
		{"a question framed by its asker", `"Then I would ask what is the incentive of implementing this deal?" he said.`, true},
		{"the most likely reason", "Experts suggested the most likely reason residents stay is fear of retribution.", true},
		{"not committed yet", "The president hasn't yet committed to any specifics.", true},
		{"an inquiry under way", "Investigations are under way into the cause of the crash.", true},
		{"a name not released", "Police have not released the name of the victim.", true},
		{"answered at once", "Why? Because the council ran out of money.", false},
		{"question to the reader", "How do you stay hydrated in the heat?", false},
		{"lone heading answered below", "Why is the market rising?\nBecause rates fell.", false},
		{"whether in a conditional", "The number will vary depending on whether subscribers cancel.", false},
		{"a plain fact", "The bridge opened in 2019 and carries 40,000 cars a day.", false},
		{"could not comment", "She said she couldn't comment on the ongoing investigation.", true},
		{"was not clear", "It wasn't clear why the strategy failed.", true},
		{"a sentence still to come", "The conspiracy charge is punishable by up to five years in prison.", true},
		{"comment asked for", "The site has asked for comment and will update this post.", true},
		{"wondering", "Investors wonder how long the rally can last.", true},
		{"a plan alone", "The team plans to release an album.", false},
		{"a plan with a time ahead", "The team plans to release an album next year.", true},
		{"a forecast in the article's words", "Analysts expect 16.6 million vehicles will be sold this year.", true},
		{"a step announced for later", "Job cuts will be announced later this week.", true},
		{"charges still faced", "Webb still faces nine state charges of kidnapping.", true},
		{"a party left undisclosed", "The third buyer was an undisclosed investor.", true},
		{"what a product will do", "The phone will ship with a larger screen.", false},
	}
	for _, r := range rows {
		x := Extract(r.text, Meta{})
		if got := len(x.Questions) > 0; got != r.open {
			t.Errorf("%s: open point found = %v, want %v (%q)", r.pattern, got, r.open, r.text)
		}
	}
}

// TestDateRules checks the dates found and their values.
func TestDateRules(t *testing.T) {
	rows := []struct {
		pattern, text, pub string
		want               []string // "text=value"
	}{
		{"weekday in a piece dated that weekday", "Three people died on Tuesday.", "2019-11-19", []string{"on Tuesday=2019-11-19"}},
		{"late year", "The plant will close in late 2019.", "", []string{"in late 2019=2019-09/2019-12"}},
		{"range of days", "The talks ran from March 3 to March 5, 2026.", "", []string{"from March 3 to March 5, 2026=2026-03-03/2026-03-05"}},
		{"clock time with a date", "From 10:30 p.m. Aug. 9, no checks were made.", "2019-08-20", []string{"From 10:30 p.m. Aug. 9=2019-08-09"}},
		{"clock time alone", "Kickoff moved to 4:25 on Sunday.", "", []string{"4:25="}},
		{"span relative to the story", "Manufacturing has slumped over the past several months.", "", []string{"the past several months="}},
		{"long ago", "More than two decades ago, Galileo found evidence of an ocean.", "", []string{"More than two decades ago="}},
		{"later that evening", "Later that evening, Webb took the child to a hotel.", "", []string{"Later that evening="}},
		{"year as a modifier", "NASA's planned 2024 crewed moon shot is at risk.", "", []string{"2024=2024"}},
		{"this past weekend", "The summit was held this past weekend.", "2019-11-19", []string{"this past weekend=2019-11-16/2019-11-17"}},
		{"a quarter of a year", "Sales rose in the third quarter of 2019.", "", []string{"in the third quarter of 2019=2019-07/2019-09"}},
		{"the weekend, recent years, a count of days ahead",
			"Over the weekend the board met; sales fell in recent years; a ruling is due within 10 days.", "",
			[]string{"Over the weekend=", "in recent years=", "within 10 days="}},
		{"a year's part in one word", "The plan dates to mid-2020.", "", []string{"mid-2020=2020-05/2020-08"}},
		{"named days", "The store opened on Black Friday and closed on Christmas Eve.", "", []string{"on Black Friday=", "on Christmas Eve="}},
		{"the early hours of a day", "The deal was struck in the early hours of Saturday.", "2019-11-19", []string{"in the early hours of Saturday=2019-11-16"}},
		{"a count is no year", "The firm employs 2000 workers.", "", nil},
		{"the end of a year or a month", "Teachers want a raise by the end of 2020 and a vote by end of October 2019.", "",
			[]string{"by the end of 2020=2020-09/2020-12", "by end of October 2019=2019-10-20/2019-10-31"}},
		{"an end that is no date", "It was the end of the line for the plan.", "", nil},
		{"fiscal year", "Seizures rose in fiscal year 2019 and again in fiscal 2020.", "", []string{"in fiscal year 2019=", "in fiscal 2020="}},
		{"day, month, comma, year", "The post went up on 22 Dec, 2016.", "", []string{"on 22 Dec, 2016=2016-12-22"}},
		{"a year and a half ago", "A year and a half ago, the lab opened.", "", []string{"A year and a half ago="}},
		{"a season written with a slash", "He signed through 2022/23, to the end of 2023/24.", "", []string{"through 2022/23=2022/2023", "the end of 2023/24="}},
		{"this season", "Spurs have won three games this season.", "", []string{"this season="}},
		{"clock time with its zone", "The launch is set for 5:45 p.m. ET on Tuesday.", "", []string{"5:45 p.m. ET="}},
		{"later in the day", "Later in the day, the House voted.", "", []string{"Later in the day="}},
		{"the end of a named year", "Sales may slow toward the end of the year and the end of the calendar year.", "",
			[]string{"toward the end of the year=", "the end of the calendar year="}},
		{"the rest of a period", "He is out for the rest of the season and the remainder of the year.", "",
			[]string{"the rest of the season=", "the remainder of the year="}},
		{"part of a decade", "Deliveries start in the early 2020s.", "", []string{"in the early 2020s=2020/2023"}},
		{"a century", "The plague killed millions in the fourteenth century.", "", []string{"in the fourteenth century="}},
		{"to date", "It is the largest simulation to date, and shares are up 20% year to date.", "", []string{"to date=", "year to date="}},
		{"up to date is no date", "Keep your software up to date.", "", nil},
		{"as of a month", "As of October 2019, the airline had 150 jets.", "", []string{"As of October 2019=2019-10"}},
		{"a clock time in one word", "The train left at 6am.", "", []string{"at 6am="}},
		{"a month this year", "The boy fell ill in May this year.", "2019-11-19", []string{"in May this year=2019-05"}},
		{"a year's possessive", "Their biggest hit came on 1973's The Captain and Me.", "", []string{"1973's=1973"}},
		{"tonight after a name", "Minnesota hosts the Sabres tonight.", "", []string{"tonight="}},
		{"a night after", "One night after the loss, the Lakers won.", "", []string{"One night after="}},
	}
	for _, r := range rows {
		x := Extract(r.text, Meta{Published: r.pub})
		var got []string
		for _, d := range x.Dates {
			got = append(got, d.Text+"="+d.Value)
		}
		for _, w := range r.want {
			found := false
			for _, g := range got {
				found = found || g == w
			}
			if !found {
				t.Errorf("%s: %q missing from %q", r.pattern, w, got)
			}
		}
		if r.want == nil && len(got) > 0 {
			t.Errorf("%s: dates %q, want none", r.pattern, got)
		}
	}
}

// TestDateEventRules checks the event given to a date: its clause, never
// a fragment left by cutting the date out.
func TestDateEventRules(t *testing.T) {
	rows := []struct{ pattern, text, event string }{
		{"date in its own clause", "In July 2025, the generals met in Mexico City.", "the generals met in Mexico City"},
		{"date as its clause's subject", "As mid-September approaches, the world is watching closely.", "the world is watching closely"},
		{"date inside the clause", "The plans should be ready by mid-September 2025.", "The plans should be ready"},
	}
	for _, r := range rows {
		x := Extract(r.text, Meta{})
		if len(x.Dates) != 1 || x.Dates[0].Event != r.event {
			t.Errorf("%s: dates %+v, want one with event %q", r.pattern, x.Dates, r.event)
		}
	}
}
