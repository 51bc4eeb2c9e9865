package extract

import (
	"fmt"
	"reflect"
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
		{"Jobs fell 59 percent, according to data calculated for Bloomberg by the Ann Arbor-based Center for Automotive Research.",
			[]string{"Center for Automotive Research (agency, report)"}},
		{"That was the key message from kernel developer Jonathan Corbet during his annual Kernel Report session at the conference.", []string{}},
		{"The office did not respond to requests from CNN to describe the call.", []string{"CNN (outlet, told)"}},
		{"The ministry did not respond to a request for comment from Reuters.", []string{"Reuters (agency, told)"}},
		{"Officials granted a request from the union for more time.", []string{}},
		{"Findings earlier this year from Ofcom show how tablets have spread within families.",
			[]string{"Ofcom (outlet, report)"}},
		{"\"We will rebuild,\" he said in footage broadcast by the state-run Syrian Arab News Agency.",
			[]string{"Syrian Arab News Agency (agency, reported_by)"}},
		{"Cardiologist Dr Lisa Anderson told BBC Radio 4's Today programme this would lead to cross-infection.",
			[]string{"BBC Radio 4 (outlet, told)"}},
		{"It started with a surge in incidents, according to whale rescue group Project Jonah, with 140 pilot whales beaching and dying on Stewart Island.",
			[]string{"Project Jonah (agency, according_to)"}},
		{"Seven people were killed, according to UK-based monitoring group the Syrian Observatory for Human Rights.",
			[]string{"Syrian Observatory for Human Rights (agency, according_to)"}},
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
		{"His sentencing is set for Feb. 14, according to the office release.",
			[]string{"office release (document, document)"}},
		{"Yersinia pestis, per the WHO, is often found in small mammals.",
			[]string{"WHO (agency, according_to)"}},
		{"The guards slept, according to court records. Court documents show more.",
			[]string{"court records (document, filing)"}},
		{"Staff worked overtime, according to federal prison records. One, according to prison records, worked more.",
			[]string{"prison records (document, document)"}},
		{"According to Sui-Lee Wee of the New York Times, the sites were disinfected.",
			[]string{"Sui-Lee Wee (journalist, according_to)", "The New York Times (outlet, according_to)"}},
		{`"It works," the director tells The Hollywood Reporter.`,
			[]string{"The Hollywood Reporter (outlet, told)"}},
		{"The agency assured the public on Weibo that the risk was low.",
			[]string{"Weibo (social, posted)"}},
		{"One user on Weibo posted: “Why now?”", []string{"Weibo (social, posted)"}},
		{"Amnesty International said so. At least 106 died, according to reports received by Amnesty.",
			[]string{"Amnesty International (agency, report)"}},
		{"The memo was seen by The Harbour Ledger. An aide told THL that staff were let go.",
			[]string{"Harbour Ledger (outlet, obtained_by)"}},
		{"From The New York Times to CNN, almost all major publications have carried the news.",
			[]string{"The New York Times (outlet, reported_by)", "CNN (outlet, reported_by)"}},
		{"Harbour Nation is producing the tour. According to HN, expect the hits.",
			[]string{"Harbour Nation (agency, according_to)"}},
		{"They were paid $449,000, according to the state's finances website.",
			[]string{"state's finances website (document, document)"}},
		{"He said so, according to Reuters, the news agency.", []string{"Reuters (agency, according_to)"}},
		{"According to the Harbour Disease Office (HDO), cases rose.", []string{"HDO (agency, according_to)"}},
		{"According to the Harbour Disease Office (HQ), cases rose.", []string{"Harbour Disease Office (agency, according_to)"}},
		{"The space agency NASA reported a launch.", []string{"NASA (document, report)"}},
		{"The deal was reported earlier by Bloomberg News.", []string{"Bloomberg News (agency, reported_by)"}},
		{"He spoke with The Hollywood Reporter about the show. In a conversation with Variety, he said more.",
			[]string{"The Hollywood Reporter (outlet, interview)", "Variety (outlet, interview)"}},
		{"The prince gave an interview to the BBC.", []string{"BBC (outlet, interview)"}},
		{"The prime minister told the Sunday Times that he would not resign. The Mail on Sunday reported it.",
			[]string{"The Sunday Times (outlet, told)", "Mail on Sunday (outlet, reported_by)"}},
		{"The duke told BBC Newsnight that he had no recollection.", []string{"BBC Newsnight (outlet, told)"}},
		{`He told BBC Breakfast: "It is clear." He told the BBC News Channel the case was strong.`,
			[]string{"BBC Breakfast (outlet, told)", "BBC News Channel (outlet, told)"}},
		{"A spokesman told CNN Tuesday that the talks ended.", []string{"CNN (outlet, told)"}},
		{"A post-mortem examination has revealed that he had the virus in April.",
			[]string{"post-mortem examination (document, document)"}},
		{"The Harbour Observer newspaper in Monrovia reported that he did not leave sick.",
			[]string{"Harbour Observer (outlet, reported_by)"}},
		{"The research, which was published today (Oct. 28) in the Journal of the Harbour Society, is part of a larger effort.",
			[]string{"Journal of the Harbour Society (document, published_in)"}},
		{"The telescope has a spectrograph named HARBOR. The data from HARBOR showed a second signal.", nil},
		{"He combined his data with the study published this year as well as images taken by researchers using the PIER instrument on the telescope.", nil},
		{"Tourism made up 15 percent of output, according to the Harbour Travel and Tourism Council, an industry body.",
			[]string{"Harbour Travel and Tourism Council (agency, according_to)"}},
		{"The deal was reported by Reuters and Bloomberg.", []string{"Reuters (agency, reported_by)", "Bloomberg (agency, reported_by)"}},
		{"Ann Lee, a fellow at the Harbour Institution, agreed. Rents fell, according to a Harbour analysis.",
			[]string{"Harbour (agency, according_to)"}},
		{"Rents fell, according to Harbour Analytics Inc. in York. They fell more, according to the Harbour’s report.",
			[]string{"Harbour Analytics (agency, according_to)"}},
		{`He told the Harbour United website: "I came here to win."`, []string{"Harbour United website (outlet, told)"}},
		{"In an interview about his friendship with the financier, BBC’s Emily Maitlis pressed him.",
			[]string{"BBC (outlet, interview)", "Emily Maitlis (journalist, interview)"}},
		{"Iranian state television reported that 12 died. According to local reports, the fire started at night.",
			[]string{}},
		{"Local newspapers reported that the mayor resigned, and Russian news agencies said the same.",
			[]string{}},
		{"In a company email sent by the chairman, staff were told of layoffs.",
			[]string{"company email (document, document)"}},
		{"Cuts will come, the chairman said in an email to staff. In a letter to shareholders, he said more.",
			[]string{"email to staff (document, document)", "letter to shareholders (document, document)"}},
		{"The doctor wrote in a blog post that the couple had been moved.", []string{"blog post (document, document)"}},
		{"In a joint statement published Oct. 25, the ministries said the camp was blocked.",
			[]string{"joint statement (document, document)"}},
		{"Here is the latest data on drug seizures — cocaine, heroin, and fentanyl — from Customs and Border Protection.",
			[]string{"Customs and Border Protection (agency, report)"}},
		{"The doctors noted findings of overcrowded and unsanitary conditions at detention facilities by the DHS Office of Inspector General.",
			[]string{"DHS Office of Inspector General (agency, report)"}},
		{"According to India's Central Pollution Control Board, the air was bad.",
			[]string{"Central Pollution Control Board (agency, according_to)"}},
		{"According to a news release from the Columbus Division of Police, 12 were arrested.",
			[]string{"Columbus Division of Police (agency, according_to)"}},
		{"According to the Ministry of Trade, Industry and Energy, solar capacity will triple.",
			[]string{"Ministry of Trade, Industry and Energy (agency, according_to)"}},
		{"According to data from Refinitiv, Alibaba will raise $13 billion.", []string{"Refinitiv (agency, according_to)"}},
		{"The research appears in Nature Immunology. The team describes it in a paper in the Journal of Experimental Medicine.",
			[]string{"Nature Immunology (document, published_in)", "Journal of Experimental Medicine (document, published_in)"}},
		{"The GAO said in a June report that the rocket is over budget.",
			[]string{"Government Accountability Office (document, report)"}},
		{"TASS quoted the minister as saying that the talks were over. As the Guardian noted, they were.",
			[]string{"TASS (agency, reported_by)", "The Guardian (outlet, reported_by)"}},
		{"He said during an appearance on MSNBC that the talks were over.", []string{"MSNBC (outlet, interview)"}},
		{"In an interview published Sunday by the German newspaper Bild, he said the talks were over.",
			[]string{"Bild (outlet, interview)"}},
		{"He said in a series of tweets that the talks were over.", []string{"Twitter (social, posted)"}},
		{"When contacted by Reuters, a spokesman declined to comment.", []string{"Reuters (agency, told)"}},
		{"She argued in The Atlantic that the air is toxic. As the BBC explains, it is.",
			[]string{"The Atlantic (outlet, wrote_in)", "BBC (outlet, reported_by)"}},
		{"In The Atlantic, she argued that the air is toxic.", []string{"The Atlantic (outlet, wrote_in)"}},
		{"She wrote for The Atlantic that the air is toxic. The news was broken by Axios.",
			[]string{"The Atlantic (outlet, wrote_in)", "Axios (outlet, reported_by)"}},
		{"Prosecutors released the body camera footage when officers found her.",
			[]string{"body camera footage (document, document)"}},
		{"An October 11 presentation to bondholders indicated that jobs would be cut.",
			[]string{"presentation to bondholders (document, document)"}},
		{"The report by NASA's Office of Inspector General found that the rocket is late.",
			[]string{"NASA Office of Inspector General (agency, report)"}},
		{"In a report issued Tuesday, the Government Accountability Office said the rocket is late.",
			[]string{"Government Accountability Office (document, report)"}},
		{"The GAO's annual assessment of major projects found the rocket is late.",
			[]string{"Government Accountability Office (document, report)"}},
		{"In a video posted to YouTube, he said the talks were over.", []string{"YouTube (social, posted)"}},
		{"In a since-deleted tweet, he said the talks were over.", []string{"Twitter (social, posted)"}},
		{"The company confirmed the layoffs to Reuters. Speaking exclusively to the Daily Mail, he said more.",
			[]string{"Reuters (agency, told)", "Daily Mail (outlet, told)"}},
		{"According to the Yonhap news agency, the deal was off. He told Yonhap News Agency so.",
			[]string{"Yonhap (agency, according_to)"}},
		{"According to the Harris County sheriff's office, he was arrested. The Manhattan district attorney's office charged him, according to the Orange County, Calif., sheriff's office.",
			[]string{"Harris County sheriff's office (agency, according_to)", "Orange County, Calif., sheriff's office (agency, according_to)"}},
		{"A Reuters/Ipsos poll showed support at 40 percent.", []string{"Reuters (agency, report)", "Ipsos (agency, report)"}},
		{"According to a count kept by the Associated Press, 40 died. Figures published by the Office for National Statistics showed more.",
			[]string{"Associated Press (agency, report)", "Office for National Statistics (agency, report)"}},
		{"A count by the Gun Violence Archive found 40 shootings.", []string{"Gun Violence Archive (agency, report)"}},
		{"She told NPR’s Morning Edition that the talks were over.", []string{"NPR (outlet, told)"}},
		{"She told MSNBC’s Rachel Maddow that the talks were over.",
			[]string{"MSNBC (outlet, told)", "Rachel Maddow (journalist, told)"}},
		{"According to the website, the bar is called Oxy.", nil},
		{"The Democratic Party-controlled House of Representatives concluded its third public hearing.", nil},
		{"According to HN, expect the hits.", nil},
		// Not sources: a platform that is only a topic, or where nobody
		// spoke; an acronym a known body has.
		{"Stier says he noticed the lines between groups on Instagram have blurred.", nil},
		{"Messages started to pop up on her Facebook page.", nil},
		// Not sources: a speaker, unnamed reporters, a photo credit, a
		// platform a person merely posted to.
		{"According to Dr. Nathan Jones, professor of security studies, the risk is high.", nil},
		{"Josh Earnest told reporters aboard Air Force One that he was concerned.", nil},
		{"Thomas Coex/AFP/Getty Images", nil},
		{"A photo she posted to Facebook started a backlash.", nil},
		// Nor a body's unnamed member, a reason, a host who reports
		// nothing, an unnamed study or a lawsuit that is only a venue.
		{"The men were freed, according to a Taliban representative.", nil},
		{"Trump scuttled the talks, citing Taliban violence.", nil},
		{"He earns $5 per share and 3 per cent per capita.", nil},
		{"Fox News host Jeanine Pirro criticized the move.", nil},
		{"One small, 2-month study showed that eating late raised hunger.", nil},
		{"He gave testimony Tuesday in a lawsuit with ZeniMax Media.", nil},
		{"Audi has revealed the second production model in its e-tron range.", nil},
		{"Trump, according to the White House, went to hospital for a \"quick exam and labs\" on Saturday.", nil},
		{"He faces a suspension pending a review by the NHL, and will miss games.", nil},
		{"A study in China found more cases. The book was published in London by Penguin.", nil},
		{"Data collected by NASA's Cassini spacecraft show the dunes.", nil},
		{"The study was funded by the National Institutes of Health. Security was provided by the Secret Service.", nil},
		{"His appointment was confirmed by the Senate.", nil},
		{"He was suspended per NFL rules. According to Apple's Tim Cook, sales rose.", nil},
		{"CNN, which is owned by AT&T, said nothing.", nil},
		{"According to media reports, 12 died. State reports say more.", nil},
		{"She said in an email that she was sorry. In a letter to the president in May, he said farmers faced hardship. He said in a statement that he was sorry.", nil},
		{"Data on migrants from Mexico rose.", nil},
		{"She appeared in Vogue last year. The Pentagon said in a statement that the claim was false.", nil},
		{"In a three-hour recorded interview with the FBI, he confessed. The account posted a series of tweets.", nil},
		{"In Washington, she argued that the air is toxic. He was asked by police about it.", nil},
		{"The singer released a video for the song. The band released a new music video on Friday.", nil},
		{"Apple revealed the plans to investors. Speaking briefly to reporters, he left.", nil},
		{"The 24/7 news cycle and the Monday/Tuesday schedule were busy.", nil},
		{"Australian Prime Minister Scott Morrison said in a statement that he was pleased.", nil},
		{"CNN's Jake Tapper said the move was odd. The talks with the BBC went on.", nil},
		{"The governor's office didn't respond to The Hill's request for comment. He explained to the committee that it was new.", nil},
		{"She released her seventh album, titled “Lover”, in August.", nil},
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

// TestSourceCuesComplete checks that passing over the words outside
// sourceCues finds the same sources as reading every word, on the test
// articles and the sentences of TestSources.
func TestSourceCuesComplete(t *testing.T) {
	arts := testArticles(t)
	if len(arts) == 0 {
		t.Fatal("no test articles")
	}
	texts := []string{
		"She shared the hashtag and onmeth.com, the website for the initiative.",
		"Court documents show the defendant wired the money, according to the lawsuit.",
		"One user on Weibo posted: “Why now?” The singer took to Instagram.",
	}
	for _, a := range arts {
		texts = append(texts, a.text)
	}
	defer func() { skipNonCues = true }()
	for i, text := range texts {
		run := func(skip bool) []Source {
			skipNonCues = skip
			d := newDoc(text, Meta{})
			d.actors = findActors(d)
			return findSources(d)
		}
		if fast, full := run(true), run(false); !reflect.DeepEqual(fast, full) {
			t.Errorf("text %d: passing over non-cues finds %v, reading every word %v", i, fast, full)
		}
	}
}

// BenchmarkFindSources times the source finder alone on the test
// articles, their tokens and actors found beforehand.
func BenchmarkFindSources(b *testing.B) {
	var docs []*doc
	for _, a := range testArticles(b) {
		d := newDoc(a.text, Meta{})
		d.actors = findActors(d)
		docs = append(docs, d)
	}
	for b.Loop() {
		for _, d := range docs {
			findSources(d)
		}
	}
}
