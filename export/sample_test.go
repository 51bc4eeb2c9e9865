package export

import (
	"fmt"
	"strings"

	"github.com/briefwright/briefwright/dossier"
	"github.com/briefwright/briefwright/dossier/extract"
)

// sampleDossier is a small invented dossier that exercises every part of the
// briefing: accented names, curly quotes, a long quote, every status and
// question state, notes and tags, and enough rows to paginate a table.
func sampleDossier() *dossier.Dossier {
	text := strings.Join([]string{
		"Harbour deal divides the coastal cities",
		"The council of Puerto Ángeles approved the harbour deal on Tuesday, according to the Coastal Gazette.",
		"“This is the most important decision we have taken in a decade,” said Mayor Inés Guzmán — who proposed the plan.",
		"Opposition leader Tomás Baker warned that the cost ‘could double’ before the work is done, and that “nobody has yet explained who pays for the dredging, who pays for the new breakwater, and who pays when the estimates turn out to be wrong, as they always do in projects of this size.”",
		"It is not yet clear whether the regional government will contribute. The port authority declined to comment.",
	}, "\n\n")
	para := func(n int) (int, int) {
		p := extract.Paragraphs(text)[n-1]
		return p.Start, p.End
	}
	prov := func(n int) dossier.Provenance {
		s, e := para(n)
		return dossier.Provenance{ArticleID: 1, Paragraph: n, Start: s, End: e}
	}
	d := &dossier.Dossier{
		Meta: dossier.Meta{
			Title:      "Harbour deal: who pays?",
			Subject:    "The Puerto Ángeles harbour plan and its opponents",
			Author:     "R. Analyst",
			Marking:    "UNCLASSIFIED // OPEN SOURCE",
			BottomLine: "",
		},
		Articles: []dossier.Article{{
			ID: 1, Title: "Harbour deal divides the coastal cities", Outlet: "Coastal Gazette",
			Author: "Ana Pérez", Published: "2025-03-04", Format: "txt", File: "harbour.txt", Text: text, Words: len(strings.Fields(text)),
		}},
		Actors: []dossier.Actor{
			{ID: 1, Name: "Inés Guzmán", Kind: "person", Role: "Mayor", Affiliation: "Puerto Ángeles", Mentions: 2, First: prov(3), Status: dossier.Accepted},
			{ID: 2, Name: "Tomás Baker", Kind: "person", Role: "Opposition leader", Mentions: 1, First: prov(4), Status: dossier.Proposed},
			{ID: 3, Name: "Puerto Ángeles", Kind: "place", Mentions: 2, First: prov(2), Status: dossier.Accepted},
			{ID: 4, Name: "Rejected Person", Kind: "person", Mentions: 1, First: prov(2), Status: dossier.Rejected},
		},
		Quotes: []dossier.Quote{
			{ID: 1, Text: "This is the most important decision we have taken in a decade,", SpeakerID: 1, SpeakerName: "Inés Guzmán", Cue: "said", Prov: prov(3), Status: dossier.Accepted, Grade: dossier.Grade{Reliability: "B", Credibility: 2}},
			{ID: 2, Text: "nobody has yet explained who pays for the dredging, who pays for the new breakwater, and who pays when the estimates turn out to be wrong, as they always do in projects of this size.", SpeakerID: 2, SpeakerName: "Tomás Baker", Cue: "warned", Prov: prov(4), Status: dossier.Proposed},
			{ID: 3, Text: "a rejected quote that must not appear", SpeakerName: "Nobody", Prov: prov(4), Status: dossier.Rejected},
		},
		Sources: []dossier.Source{
			{ID: 1, Name: "Coastal Gazette", Kind: "outlet", Citations: []dossier.Citation{{Relation: "according_to", Prov: prov(2)}}, Status: dossier.Accepted, Grade: dossier.Grade{Reliability: "C"}},
		},
		Questions: []dossier.Question{
			{ID: 1, Text: "Will the regional government contribute?", Sentence: "It is not yet clear whether the regional government will contribute.", Prov: prov(5), Status: dossier.Accepted, State: dossier.QAnswered, Answer: "Yes, 40% of the cost.", Evidence: "Regional budget, line 12"},
			{ID: 2, Text: "What does the port authority say?", Sentence: "The port authority declined to comment.", Prov: prov(5), Status: dossier.Proposed, State: dossier.QOpen},
			{ID: 3, Text: "Was the vote lawful?", Prov: prov(2), Status: dossier.Accepted, State: dossier.QDropped},
		},
		Events: []dossier.Event{
			{ID: 1, When: "Tuesday", Value: "2025-03-04", Text: "Council approved the harbour deal", Prov: prov(2), Status: dossier.Accepted},
			{ID: 2, When: "next spring", Value: "", Text: "Dredging begins", Prov: prov(4), Status: dossier.Proposed},
		},
		Notes: []dossier.Note{{ID: 1, Target: dossier.ItemRef{Kind: dossier.KindQuote, ID: 1}, Text: "Check against the council minutes."}},
		Tags:  map[dossier.ItemRef][]string{{Kind: dossier.KindQuote, ID: 1}: {"harbour", "council"}},
	}
	// Enough minor actors to push the actors table over a page.
	for i := 0; i < 45; i++ {
		d.Actors = append(d.Actors, dossier.Actor{ID: int64(10 + i), Name: fmt.Sprintf("Harbour Board Member %02d", i+1),
			Kind: "person", Role: "Board member", Affiliation: "Puerto Ángeles Port Authority", Mentions: 1, First: prov(2), Status: dossier.Accepted})
	}
	return d
}
