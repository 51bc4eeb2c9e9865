package export

import (
	"fmt"
	"strings"

	"github.com/briefwright/briefwright/dossier"
	"github.com/briefwright/briefwright/dossier/extract"
)

// sampleDossier is a small invented dossier that exercises every part of the
// briefing: two articles, accented names, curly quotes and dashes, a
// character the fonts lack, a long quote, every status and question state,
// sources cited several times, events out of date order, notes and tags, and
// enough rows to paginate a table.
func sampleDossier() *dossier.Dossier {
	text1 := strings.Join([]string{
		"Harbour deal divides the coastal cities",
		"The council of Puerto Ángeles approved the harbour deal on Tuesday, according to the Coastal Gazette.",
		"“This is the most important decision we have taken in a decade,” said Mayor Inés Guzmán — who proposed the plan.",
		"Opposition leader Tomás Baker warned that the cost ‘could double’ before the work is done, and that “nobody has yet explained who pays for the dredging, who pays for the new breakwater, and who pays when the estimates turn out to be wrong, as they always do in projects of this size.”",
		"It is not yet clear whether the regional government will contribute. The port authority declined to comment.",
		"Work on the 港 terminal began in March 2024, Reuters reported.",
	}, "\n\n")
	text2 := strings.Join([]string{
		"Regional budget sets aside harbour money",
		"The regional government will pay 40% of the harbour works, its budget published on Friday shows.",
		"“We will not leave Puerto Ángeles alone with this bill,” said Finance Minister José Núñez.",
	}, "\n\n")
	texts := map[int64]string{1: text1, 2: text2}
	prov := func(art int64, n int) dossier.Provenance {
		p := extract.Paragraphs(texts[art])[n-1]
		return dossier.Provenance{ArticleID: art, Paragraph: n, Start: p.Start, End: p.End}
	}
	d := &dossier.Dossier{
		Meta: dossier.Meta{
			Title:      "Harbour deal: who pays?",
			Subject:    "The Puerto Ángeles harbour plan and its opponents",
			Author:     "R. Analyst",
			Marking:    "UNCLASSIFIED // OPEN SOURCE",
			BottomLine: "",
		},
		Articles: []dossier.Article{
			{ID: 1, Title: "Harbour deal divides the coastal cities", Outlet: "Coastal Gazette", Author: "Ana Pérez",
				Published: "2025-03-04", Format: "txt", File: "harbour.txt", Text: text1, Words: len(strings.Fields(text1))},
			{ID: 2, Title: "Regional budget sets aside harbour money", Outlet: "El Faro", Published: "2025-03-07",
				URL: "https://example.org/budget", Format: "html", File: "budget.html", Text: text2, Words: len(strings.Fields(text2))},
		},
		Actors: []dossier.Actor{
			{ID: 1, Name: "Inés Guzmán", Kind: "person", Role: "Mayor", Affiliation: "Puerto Ángeles", Mentions: 2, First: prov(1, 3), Status: dossier.Accepted},
			{ID: 2, Name: "Tomás Baker", Kind: "person", Role: "Opposition leader", Mentions: 1, First: prov(1, 4), Status: dossier.Proposed},
			{ID: 3, Name: "Puerto Ángeles", Kind: "place", Mentions: 3, First: prov(1, 2), Status: dossier.Accepted},
			{ID: 4, Name: "Rejected Person", Kind: "person", Mentions: 1, First: prov(1, 2), Status: dossier.Rejected},
			{ID: 5, Name: "José Núñez", Kind: "person", Role: "Finance Minister", Affiliation: "regional government", Mentions: 1, First: prov(2, 3), Status: dossier.Accepted},
			{ID: 6, Name: "Port Authority", Kind: "organization", Mentions: 1, First: prov(1, 5), Status: dossier.Accepted},
		},
		Quotes: []dossier.Quote{
			{ID: 1, Text: "This is the most important decision we have taken in a decade,", SpeakerID: 1, SpeakerName: "Inés Guzmán", Cue: "said", Prov: prov(1, 3), Status: dossier.Accepted, Grade: dossier.Grade{Reliability: "B", Credibility: 2}},
			{ID: 2, Text: "nobody has yet explained who pays for the dredging, who pays for the new breakwater, and who pays when the estimates turn out to be wrong, as they always do in projects of this size.", SpeakerID: 2, SpeakerName: "Tomás Baker", Cue: "warned", Prov: prov(1, 4), Status: dossier.Proposed},
			{ID: 3, Text: "a rejected quote that must not appear", SpeakerName: "Nobody", Prov: prov(1, 4), Status: dossier.Rejected},
			{ID: 4, Text: "We will not leave Puerto Ángeles alone with this bill,", SpeakerID: 5, SpeakerName: "José Núñez", Cue: "said", Prov: prov(2, 3), Status: dossier.Accepted, Grade: dossier.Grade{Reliability: "A", Credibility: 1}},
			{ID: 5, Text: "could double", SpeakerID: 2, SpeakerName: "Tomás Baker", Cue: "warned", Prov: prov(1, 4), Status: dossier.Accepted},
			{ID: 6, Text: "The terminal at 港 is behind schedule", SpeakerLabel: "port official", SpeakerName: "port official", Prov: prov(1, 6), Status: dossier.Accepted},
		},
		Sources: []dossier.Source{
			{ID: 1, Name: "Coastal Gazette", Kind: "outlet", Citations: []dossier.Citation{{Relation: "according_to", Prov: prov(1, 2)}}, Status: dossier.Accepted, Grade: dossier.Grade{Reliability: "C"}},
			{ID: 2, Name: "Reuters", Kind: "agency", Citations: []dossier.Citation{{Relation: "reported_by", Prov: prov(1, 6)}, {Relation: "according_to", Prov: prov(2, 2)}}, Status: dossier.Proposed},
			{ID: 3, Name: "Regional budget 2025", Kind: "document", Citations: []dossier.Citation{{Relation: "report", Prov: prov(2, 2)}}, Status: dossier.Accepted, Grade: dossier.Grade{Reliability: "A", Credibility: 1}},
			{ID: 4, Name: "Rejected Source", Kind: "outlet", Citations: []dossier.Citation{{Relation: "told", Prov: prov(1, 2)}}, Status: dossier.Rejected},
		},
		Questions: []dossier.Question{
			{ID: 1, Text: "Will the regional government contribute?", Sentence: "It is not yet clear whether the regional government will contribute.", Prov: prov(1, 5), Status: dossier.Accepted, State: dossier.QAnswered, Answer: "Yes, 40% of the cost.", Evidence: "Regional budget, line 12 [A2 ¶2]"},
			{ID: 2, Text: "What does the port authority say?", Sentence: "The port authority declined to comment.", Prov: prov(1, 5), Status: dossier.Proposed, State: dossier.QOpen},
			{ID: 3, Text: "Was the vote lawful?", Prov: prov(1, 2), Status: dossier.Accepted, State: dossier.QDropped},
			{ID: 4, Text: "Who pays if the estimates are wrong?", Sentence: "nobody has yet explained who pays", Prov: prov(1, 4), Status: dossier.Accepted, State: dossier.QOpen},
		},
		Events: []dossier.Event{
			{ID: 1, When: "Tuesday", Value: "2025-03-04", Text: "Council approved the harbour deal", Prov: prov(1, 2), Status: dossier.Accepted},
			{ID: 2, When: "next spring", Value: "", Text: "Dredging begins", Prov: prov(1, 4), Status: dossier.Proposed},
			{ID: 3, When: "Friday", Value: "2025-03-07", Text: "Regional budget published", Prov: prov(2, 2), Status: dossier.Accepted},
			{ID: 4, When: "March 2024", Value: "2024-03", Text: "Work on the terminal began", Prov: prov(1, 6), Status: dossier.Accepted},
			{ID: 5, When: "1999", Value: "1999", Text: "a rejected event", Prov: prov(1, 6), Status: dossier.Rejected},
		},
		Notes: []dossier.Note{
			{ID: 1, Target: dossier.ItemRef{Kind: dossier.KindQuote, ID: 1}, Text: "Check against the council minutes."},
			{ID: 2, Target: dossier.ItemRef{Kind: dossier.KindDossier}, Text: "Follow the regional budget debate next week."},
			{ID: 3, Target: dossier.ItemRef{Kind: dossier.KindActor, ID: 5}, Text: "Former port director."},
			{ID: 4, Target: dossier.ItemRef{Kind: dossier.KindSource, ID: 1}, Text: "Owned by the mayor’s family."},
			{ID: 5, Target: dossier.ItemRef{Kind: dossier.KindEvent, ID: 1}, Text: "Vote was 12 to 9."},
			{ID: 6, Target: dossier.ItemRef{Kind: dossier.KindQuestion, ID: 2}, Text: "Ask the press office."},
			{ID: 7, Target: dossier.ItemRef{Kind: dossier.KindArticle, ID: 2}, Text: "Budget PDF saved alongside."},
		},
		Tags: map[dossier.ItemRef][]string{{Kind: dossier.KindQuote, ID: 1}: {"harbour", "council"}},
	}
	// Enough minor actors to push the actors table over a page.
	for i := 0; i < 45; i++ {
		d.Actors = append(d.Actors, dossier.Actor{ID: int64(10 + i), Name: fmt.Sprintf("Harbour Board Member %02d", i+1),
			Kind: "person", Role: "Board member", Affiliation: "Puerto Ángeles Port Authority", Mentions: 1, First: prov(1, 2), Status: dossier.Accepted})
	}
	return d
}

// longQuoteDossier has one quote longer than a page, to check that it runs
// on over the page break instead of being cut or overprinted.
func longQuoteDossier() *dossier.Dossier {
	d := sampleDossier()
	var b strings.Builder
	for i := 1; i <= 120; i++ {
		fmt.Fprintf(&b, "Sentence %d of a very long statement about dredging costs and breakwaters. ", i)
	}
	b.WriteString("The end of the long statement.")
	d.Quotes = append(d.Quotes, dossier.Quote{ID: 99, Text: b.String(), SpeakerID: 1, SpeakerName: "Inés Guzmán",
		Cue: "wrote", Prov: d.Quotes[0].Prov, Status: dossier.Accepted})
	return d
}
