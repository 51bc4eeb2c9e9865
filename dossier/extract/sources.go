package extract

import (
	"sort"
	"strings"
)

// opinionPieces are written for an outlet ("an op-ed for").
var opinionPieces = wordSet("opinionPieces")

// researcherWords name who did a work at an institution ("researchers at").
var researcherWords = wordSet("researcherWords")

// toOutletWords before "to" and an outlet's name cite the outlet as
// "told" does ("confirmed to Reuters", "in remarks to Fox News").
var toOutletWords = wordSet("toOutletWords")

// workTimes open a time between a work's noun and its maker ("findings
// earlier this year from Ofcom").
var workTimes = wordSet("workTimes")

// reportAdverbs stand between "reported" and "by" ("reported earlier by").
var reportAdverbs = wordSet("reportAdverbs")

// conversationWords before "with" and an outlet's name cite the outlet as
// an interview does ("spoke with The Hollywood Reporter", "in a
// conversation with Variety").
var conversationWords = wordSet("conversationWords")

// sourceCues holds every lower-case word the token loop of findSources
// acts on: the words it compares with and the word sets it looks in.
// Any other lower-case word is passed over with one lookup. A cue used
// in that loop must be added here; TestSourceCuesComplete checks that
// passing over the others changes nothing.
var sourceCues = func() map[string]bool {
	m := map[string]bool{}
	for w := range speechVerb {
		m[w] = true
	}
	for _, set := range []map[string]bool{sourceCueWords, processWorks, workNouns, rulebookNouns, toOutletWords, titledWorks,
		conversationWords, opinionPieces, pressNouns, mediaHeads, sourceVerbs, documentVerbs, workParticiples,
		platformTakeVerbs, platformPostWords, outletFindingVerbs, airingVerbs, messageNouns} {
		for w := range set {
			m[w] = true
		}
	}
	return m
}()

// sourceCueWords are the words findSources compares with one by one.
var sourceCueWords = wordSet("sourceCueWords")

// platformTakeVerbs before "to" and a platform post there: "took to
// Instagram", "Taking to Twitter in April, she wrote".
var platformTakeVerbs = wordSet("platformTakeVerbs")

// platformPostWords before "on" and a platform post there: "wrote on X",
// "in a post on Truth Social", "a comment on a Facebook page".
var platformPostWords = wordSet("platformPostWords")

// outletFindingVerbs before "by" and an outlet: the outlet's reporting
// brought something out ("as revealed by The Guardian").
var outletFindingVerbs = wordSet("outletFindingVerbs")

// airingVerbs before "by": the broadcaster that carried the words
// ("footage broadcast by the state news agency").
var airingVerbs = wordSet("airingVerbs")

// cueShapes marks the shapes (length, first and last letter) of the words
// in sourceCues: a word of another shape is no cue, which an array tells
// faster than the map.
var cueShapes = func() []bool {
	b := make([]bool, 32*27*27)
	for w := range sourceCues {
		b[cueShape(w)] = true
	}
	return b
}()

func cueShape(w string) int {
	letter := func(c byte) int {
		if c >= 'a' && c <= 'z' {
			return int(c - 'a')
		}
		return 26
	}
	return (min(len(w), 31)*27+letter(w[0]))*27 + letter(w[len(w)-1])
}

// maybeSourceCue reports whether w has the shape of a word of sourceCues.
func maybeSourceCue(w string) bool { return w != "" && cueShapes[cueShape(w)] }

// skipNonCues lets findSources pass over the words that cue nothing; a
// test turns it off to check that the result is the same.
var skipNonCues = true

// findSources finds the outlets, agencies, journalists, documents and
// social posts the article cites as the origin of its information, each
// with how it is cited. A name counts only behind a citing cue: an outlet
// named in a photo credit or a person who merely speaks is no source.
func findSources(d *doc) []Source {
	out := []Source{}
	seen := map[string]int{} // a source's key to its place in out
	var instruments map[string]bool
	add := func(s Source, from int) {
		if s.Name == "" {
			return
		}
		if (s.Kind == "outlet" || s.Kind == "agency") && s.Start <= s.End && s.End <= len(d.text) && d.text[s.Start:s.End] == s.Name {
			// "the Iranian Students' News Agency": a plural possessive
			// inside the name, where the names split it.
			if from := pluralPossessiveBefore(d.text, s.Start); from < s.Start {
				s.Name, s.Start = d.text[from:s.End], from
			}
		}
		if s.Kind == "agency" && s.Start > 5 && s.Start <= len(d.text) && d.text[s.Start-5:s.Start] == " and " && s.Name == d.text[s.Start:s.End] {
			// "the Center on Budget and Policy Priorities": a body's name
			// the mentions split at its "and".
			if p, ok := d.bodyBeforeAnd(s.Start - 5); ok {
				s.Name, s.Start = d.text[p.start:s.End], p.start
			}
		}
		if (s.Kind == "agency" || s.Kind == "document") && s.Start > 0 && s.Start <= len(d.text) && s.Name == d.text[s.Start:s.End] {
			// "the U.S. Department of Agriculture": the country the names
			// split off is part of the body's name.
			for _, c := range []string{"U.S. ", "US ", "U.K. ", "UK "} {
				if at := s.Start - len(c); at >= 0 && d.text[at:s.Start] == c && (at == 0 || d.text[at-1] == ' ' || d.text[at-1] == '\n') && s.Name[0] >= 'A' && s.Name[0] <= 'Z' {
					s.Name, s.Start = d.text[at:s.End], at
					break
				}
			}
		}
		if s.Kind == "outlet" && (strings.HasSuffix(" "+s.Name, " News Agency") || strings.HasSuffix(" "+s.Name, " Press Agency")) {
			s.Kind = "agency" // a news agency nobody lists
		}
		if s.Kind == "agency" && peopleNamed(s.Name) {
			return // "according to their CEOs", "the borough District Attorneys"
		}
		if s.Kind == "agency" {
			if instruments == nil {
				instruments = d.instrumentNames()
			}
			if instruments[s.Name] {
				return // "data from ESPRESSO", the spectrograph: no body
			}
		}
		k := fold(strings.TrimPrefix(s.Name, "The "))
		if o, known := lookupOutlet(s.Name); known && (s.Kind == "outlet" || s.Kind == "agency") {
			// One outlet however the article names it ("Yonhap", later
			// "Yonhap News Agency"): the name it is first cited by stays.
			k = fold(strings.TrimPrefix(o.name, "The "))
		}
		if s.Kind == "outlet" && s.End > 0 && s.End < len(d.text) && magazineAfter(d.text[s.End:]) {
			// "New York magazine", "Vulture magazine": the word belongs
			// to the name the article gives.
			s.Name += " magazine"
			s.End += len(" magazine")
		}
		if s.Kind == "outlet" && s.End > 0 && s.End < len(d.text) && s.Name == d.text[s.Start:s.End] {
			// "News On 6", "Fox 13": a station's number ends its name.
			if n := numberAfter(d.text[s.End:]); n > 0 {
				s.Name += d.text[s.End : s.End+n]
				s.End += n
			}
		}
		if (s.Kind == "outlet" || s.Kind == "agency") && strings.Contains(s.Name, " ") && s.End > 0 && s.End < len(d.text) && wordOpens(d.text[s.End:], " channel") {
			// "an interview with the Roh Moo-hyun Foundation YouTube
			// channel": a body's channel on a platform, named whole.
			if _, platform := socialPlatforms[strings.ToLower(s.Name[strings.LastIndexByte(s.Name, ' ')+1:])]; platform {
				s.Name += " channel"
				s.End += len(" channel")
			}
		}
		if (s.Kind == "outlet" || s.Kind == "agency") && s.End > 0 && s.End < len(d.text) && wordOpens(d.text[s.End:], " website") {
			// "told the Liverpool website": the body's site is cited.
			s.Name += " website"
			s.End += len(" website")
		}
		s.Paragraph = d.sents[d.toks[from].sent].Para
		if x, dup := seen[k]; dup {
			if o := &out[x]; s.Start < o.Start && (o.Kind == "outlet" || o.Kind == "agency") && (s.Kind == "outlet" || s.Kind == "agency") {
				// The cues are read in several passes, not in the order of
				// the text: an outlet cited twice keeps the name it has
				// where the article first cites it ("The Associated Press
				// reported", later "told the AP").
				*o = s
			}
			return
		}
		seen[k] = len(out)
		out = append(out, s)
	}
	byFrom := d.mentionStarts()
	pressSents := map[int]bool{}
	for i := 0; i < len(d.toks); i++ {
		if !d.toks[i].word {
			continue
		}
		lw := d.low(i)
		next := ""
		if i+1 < len(d.toks) && d.toks[i+1].sent == d.toks[i].sent {
			next = d.low(i + 1)
		}
		if skipNonCues && (!maybeSourceCue(lw) || !sourceCues[lw]) {
			// Most words cue nothing: of the checks below only a site's
			// address ("onmeth.com") can start at a lower-case word
			// outside the cues, and at a capitalised one only the
			// checks of names.
			if !d.toks[i].cap {
				if name, end, ok := d.siteAt(i); ok {
					add(Source{Name: name, Kind: "document", Relation: "document", Start: d.toks[i].start, End: d.toks[end].end}, i)
				}
				continue
			}
			d.platformUserAt(i, next, add)
			d.outletNameAt(i, byFrom, add)
			if namedWorkHeads[lw] {
				d.namedWorkAt(i, add)
			}
			d.platformPostAt(i, next, add)
			continue
		}
		switch {
		case lw == "according" && next == "to":
			d.citedAfter(i+2, "according_to", byFrom, true, add)
		case (speechVerb[lw] != "" || lw == "reported") && !d.toks[i].cap && lw != "told" && d.describedNameEndsClause(d.outletDescribedNameAt(i+1)),
			platformPostWords[lw] && next == "on" && d.outletDescribedNameAt(i+2) > 0:
			// "“…,” said Polish tech news site Niebezpiecznik", "a letter
			// posted on alternate media website Kafila": the outlet its
			// description names carried the words.
			k := i + 1
			if next == "on" {
				k++
			}
			d.citedAfter(k, "reported_by", byFrom, false, add)
		case (workNouns[lw] || lw == "figure") && !d.toks[i].cap && next == "," && i+3 < len(d.toks) && d.low(i+2) == "from" && d.toks[i+3].sent == d.toks[i].sent:
			// "This figure, from the Office for National Statistics, was
			// higher": the work's maker in an aside.
			d.citedAfter(i+3, "report", byFrom, true, add)
		case (lw == "source" || lw == "sources") && next == ":" && d.toks[i].cap && d.paras[d.sents[d.toks[i].sent].Para-1].Start == d.toks[i].start:
			// A line "Source: British Homeopathic Association" under a
			// list or a chart credits whoever made it; "Sources: Eurostat,
			// World Bank" credits each.
			if !d.creditNamesPeople(i + 2) {
				d.citedAfter(i+2, "according_to", byFrom, true, add)
			}
			for j := i + 3; j+1 < len(d.toks) && j < i+24 && d.toks[j+1].sent == d.toks[i].sent; j++ {
				if (d.tok(j) == "," || d.tok(j) == ";") && d.toks[j+1].cap && !d.creditNamesPeople(j+1) {
					d.citedAfter(j+1, "according_to", byFrom, true, add)
				}
			}
		case (lw == "programme" || lw == "program" || lw == "show") && !d.toks[i].cap && next == "on" && (d.outletAt(i+2) || isAcronym(d.tok(i+2)) && isOutlet(d.tok(i+2))) && d.spokenOnBefore(i):
			// "Speaking on the Today programme on BBC Radio Four": the
			// broadcaster of an interview on a programme named unquoted.
			d.citedAfter(i+2, "interview", byFrom, false, add)
		case (reportWorks[lw] || lw == "research") && next == "for" && (d.sents[d.toks[i].sent].Start == d.toks[i].start || !d.toks[i].cap && workForOpeners[d.low(i-1)]) && d.findingLater(i+2):
			// "Research for the Ministry of Social Development in 2021
			// showed": whoever the work was done for is cited by it.
			d.citedAfter(i+2, "report", byFrom, true, add)
		case (lw == "surveyed" || lw == "polled") && next == "by":
			// "analysts surveyed by Refinitiv": whoever asked made the figure.
			d.citedAfter(i+2, "report", byFrom, true, add)
		case (lw == "reported" || lw == "published") && reportAdverbs[next] && i+3 < len(d.toks) && d.low(i+2) == "by" && d.toks[i+2].sent == d.toks[i].sent:
			// "The deal was reported earlier by Bloomberg News."
			d.citedAfter(i+3, "reported_by", byFrom, false, add)
		case lw == "released" && next == "by" && !d.workBefore(i, 6):
			// "The album was released by Columbia Records": a label's
			// record, no work of information ("The transcript of the
			// call, released by the White House" is one).
		case (lw == "reported" || lw == "obtained" || lw == "seen" || lw == "reviewed" || lw == "viewed" || lw == "published" || lw == "cited" || lw == "released" || lw == "quoted") && next == "by":
			// "the manager, quoted by the newspaper Dnevnik, said": the
			// outlet that carried the words.
			rel := "reported_by"
			if lw != "reported" && lw != "published" && lw != "quoted" {
				rel = "obtained_by"
			}
			d.citedAfter(i+2, rel, byFrom, lw == "released" || lw == "published" && d.workBefore(i, 4), add)
		case outletFindingVerbs[lw] && next == "by" && d.outletAt(i+2):
			// "as revealed by The Guardian last month": the outlet's
			// reporting brought it out.
			d.citedAfter(i+2, "reported_by", byFrom, false, add)
		case airingVerbs[lw] && next == "by" && !d.toks[i].cap:
			// "in footage broadcast by the state-run Syrian Arab News
			// Agency": the broadcaster carried the words.
			d.citedAfter(i+2, "reported_by", byFrom, true, add)
		case workParticiples[lw] && !d.toks[i].cap && next != "by" && d.workBefore(i, 3) && d.wordWithin(i+1, 4, "by", nil) > 0:
			// "The report, released Tuesday by the Government
			// Accountability Office": a time between the work and its maker.
			d.citedAfter(d.wordWithin(i+1, 4, "by", nil)+1, "report", byFrom, true, add)
		case (lw == "comes" || lw == "come" || lw == "came") && next == "from" && d.workBefore(i, 3):
			// "The figure comes from the National Weather Service."
			d.citedAfter(i+2, "according_to", byFrom, true, add)
		case (lw == "analysis" || lw == "reporting" || lw == "report" || lw == "commentary") && next == "by" && d.bylineAt(i):
			// "Analysis by Laura Kuenssberg, political editor": the
			// story's own byline cites nobody.
		case processWorks[lw] && (next == "by" || next == "from") && !d.workCited(i):
			// "pending a review by the NHL": an inquiry under way cites
			// nothing yet.
		case lw == "commissioned" && next == "by",
			(lw == "compiled" || lw == "collected" || lw == "gathered" || lw == "conducted" || lw == "provided" || lw == "supplied" || lw == "confirmed") && next == "by" &&
				(d.workBefore(i, 4) || d.paras[d.sents[d.toks[i].sent].Para-1].Start == d.toks[i].start),
			workNouns[lw] && (!d.toks[i].cap || d.sents[d.toks[i].sent].Start == d.toks[i].start) && (next == "by" || next == "from") &&
				(i == 0 || !d.toks[i-1].cap || workOpeners[d.low(i-1)] || d.toks[i-1].sent != d.toks[i].sent || d.commonOpens(i-1, byFrom)):
			// "data compiled by the Census Bureau", "a study by Pew", "figures
			// from the ministry", a page's closing "Provided by NASA":
			// whoever made the work is its source. Whoever funded it, or
			// provided security, is not.
			d.citedAfter(i+2, "report", byFrom, true, add)
		case workNouns[lw] && (!d.toks[i].cap || d.sents[d.toks[i].sent].Start == d.toks[i].start) && (workParticiples[next] || workTimes[next] || (next == "of" || next == "on" || next == "about") && unnamedWorks[lw]):
			// "data published in October 2018 by the Drug Enforcement
			// Administration", "a survey of 1,000 adults by Morning
			// Consult", "data on drug seizures — cocaine, heroin and
			// fentanyl — from Customs and Border Protection", "findings
			// earlier this year from Ofcom": the work's maker, a few
			// words on.
			reach := i + 14
			for k := i + 2; k < reach && k+1 < len(d.toks) && d.toks[k].sent == d.toks[i].sent; k++ {
				if w := d.tok(k); w == "—" || w == "–" {
					// An aside between dashes is passed over whole.
					if e := d.dashClose(k); e > k {
						reach += e - k
						k = e
						continue
					}
					break
				}
				if w := d.low(k); w == "by" || w == "from" {
					d.citedAfter(k+1, "report", byFrom, true, add)
					break
				}
				if d.tok(k) == ";" || d.tok(k) == "," && (d.toks[k+1].start > d.toks[k].end || k == 0 || d.toks[k-1].end < d.toks[k].start) {
					break // a comma inside "1,000" goes on
				}
			}
		case workNouns[lw] && !d.toks[i].cap && i > 2 && d.tok(i-1) != "/" && d.slashMakersBefore(i, add):
			// "a Reuters/Ipsos poll", "the NBC News/Wall Street Journal
			// poll": each maker of a joint work.
		case rulebookNouns[lw] && !d.toks[i].cap && next == "of":
			// "the policy manual of the Citizenship and Immigration
			// Services": the body whose rules the article cites.
			d.citedAfter(i+2, "report", byFrom, true, add)
		case platformTakeVerbs[lw] && next == "to":
			// "took to Instagram", "Taking to Twitter in April, she wrote"
			if name, ok := d.platformAt(i + 2); ok {
				add(Source{Name: name, Kind: "social", Relation: "posted", Start: d.toks[i+2].start, End: d.toks[i+2].end}, i+2)
			}
		case lw == "told" || lw == "telling" || lw == "tells":
			// "tells The Hollywood Reporter": a feature's present tense.
			d.citedAfter(i+1, "told", byFrom, false, add)
		case messageNouns[lw] && next == "from" && (!d.toks[i].cap || d.sents[d.toks[i].sent].Start == d.toks[i].start) &&
			(d.workCited(i) || d.speechVerbWithin(i+2, 10)):
			// "A letter from the mayor's office said", "in a memo from
			// the agency's director": the message and who sent it.
			d.citedAfter(i, "document", byFrom, true, add)
		case lw == "via":
			d.citedAfter(i+1, "via", byFrom, true, add)
		case (lw == "email" || lw == "emailed" || lw == "message" || lw == "leaked") && next == "to":
			if lw == "leaked" {
				d.documentBefore(i, add)
			}
			d.citedAfter(i+2, "told", byFrom, false, add)
		case lw == "journal" && !d.toks[i].cap || lw == "published" && d.inAfter(i+1) > 0 ||
			titledWorks[lw] && !d.toks[i].cap && d.inAfter(i+1) > 0,
			(lw == "appears" || lw == "appeared" || lw == "appear") && next == "in" && d.workBefore(i, 4),
			lw == "in" && !d.toks[i].cap && d.journalAfterIn(i):
			// "The findings appear in Nature Immunology."
			// "a paper in the journal Nature Astronomy", "published
			// Wednesday in JAMA", "a study in Nature", "a study Monday
			// in Nature Climate Change".
			k := i + 1
			if lw == "in" {
				k = d.issueOf(i + 1 + skipDet(d, i+1))
			} else if lw != "journal" {
				k = d.inAfter(i + 1)
				k = d.issueOf(k + 1 + skipDet(d, k+1))
			}
			if o, end, ok := d.knownOutletAt(k); ok && d.toks[k].sent == d.toks[i].sent && o.Kind != "agency" {
				add(Source{Name: strings.TrimPrefix(o.Name, "The "), Kind: "document", Relation: "published_in", Start: d.toks[k].start, End: d.toks[end].end}, k)
			} else if x, ok := byFrom[k]; ok && d.toks[k].sent == d.toks[i].sent {
				m := d.mentions[x]
				if lw == "journal" || m.kind != "place" && m.kind != "person" && (lw == "published" || journalName(m.name)) {
					name, end := strings.TrimPrefix(m.name, "The "), m.end
					if e := d.journalOfEnd(m); e > 0 {
						// "the Journal of Experimental Medicine", which the
						// names split at "of".
						name, end = d.text[m.start:d.toks[e].end], d.toks[e].end
					}
					add(Source{Name: name, Kind: "document", Relation: "published_in", Start: m.start, End: end}, k)
				}
			}
		case next == "to" && toOutletWords[lw] && d.outletAt(i+2), lw == "shared" && next == "with" && d.outletAt(i+2):
			// "confirmed to The Associated Press", "in comments to the
			// BBC": said to an outlet, which is cited as with "told".
			d.citedAfter(i+2, "told", byFrom, false, add)
		case lw == "speaking" && next == "to" || lw == "statement" && next == "to" || lw == "talking" && next == "to" || lw == "spoke" && next == "to" || lw == "said" && next == "to":
			d.citedAfter(i+2, "told", byFrom, false, add)
		case (lw == "speaking" || lw == "spoke" || lw == "talking") && strings.HasSuffix(next, "ly") && i+3 < len(d.toks) && d.low(i+2) == "to" && d.outletAt(i+3):
			// "Speaking exclusively to the Daily Mail"
			d.citedAfter(i+3, "told", byFrom, false, add)
		case toOutletWords[lw] && !d.toks[i].cap && next != "to" && d.wordWithin(i+1, 4, "to", d.outletAt) > 0:
			// "confirmed the layoffs to Reuters"
			d.citedAfter(d.wordWithin(i+1, 4, "to", d.outletAt)+1, "told", byFrom, false, add)
		case lw == "interview" && (next == "with" || next == "on" || next == "to" && d.outletAt(i+2)), lw == "interviewed" && next == "by",
			conversationWords[lw] && next == "with" && d.outletAt(i+2),
			(lw == "appearance" || lw == "appeared" || lw == "appearing") && next == "on" && d.outletAt(i+2),
			(lw == "speaking" || lw == "said" || lw == "told") && next == "on" && d.outletAt(i+2),
			(speechVerb[lw] != "" || lw == "spoke" || lw == "speaking") && next == "on" && d.quotedProgrammeOpens(i+2),
			(lw == "appeared" || lw == "appearing" || lw == "appearance") && next == "on" && d.quotedProgrammeOpens(i+2) && (d.speechVerbWithin(i+3, 16) || d.airedWhenAfter(i+2)):
			// "Appearing on "Meet the Press," the governor defended the
			// order"; not "he appeared on "Saturday Night Live" as a child".
			// "said on CNN's State of the Union": a broadcast interview.
			d.citedAfter(i+2, "interview", byFrom, false, add)
		case lw == "on" && i > 0 && d.tok(i-1) == "," && d.quotedProgrammeOpens(i+1) && d.airedWhenAfter(i+1):
			// "De Blasio, on "Good Morning America" today, praised the
			// police": where the words were said, set off by commas.
			d.citedAfter(i+1, "interview", byFrom, false, add)
		case lw == "to" && d.outletNounAfter(i+1) && d.speechWithin(i, 14, nil):
			// "provided a lengthy statement on the incident to the local
			// outlet News On 6": said to an outlet its noun introduces.
			d.citedAfter(i+1, "told", byFrom, false, add)
		case (lw == "interview" || lw == "interviews") && (next == "published" || next == "broadcast" || next == "aired"):
			// "In an interview published Sunday by the newspaper Bild",
			// "in an interview aired on Fox News"
			for k := i + 2; k < i+7 && k+1 < len(d.toks) && d.toks[k].sent == d.toks[i].sent; k++ {
				if d.low(k) == "by" || d.low(k) == "on" && d.outletAt(k+1) {
					d.citedAfter(k+1, "interview", byFrom, false, add)
					break
				}
			}
		case (lw == "contacted" || lw == "reached" || lw == "asked") && d.wordWithin(i+1, 4, "by", d.outletAt) > 0:
			// "said a spokesperson when contacted by Reuters", "when
			// reached for comment by CNN", "Asked about it by NJ Advance
			// Media": the outlet asked and was told.
			d.citedAfter(d.wordWithin(i+1, 4, "by", d.outletAt)+1, "told", byFrom, false, add)
		case (lw == "request" || lw == "requests") && !d.toks[i].cap && d.requestFrom(i+1) > 0:
			// "did not respond to requests from CNN", "a request for
			// comment from Reuters": the outlet asked, as with "told".
			d.citedAfter(d.requestFrom(i+1), "told", byFrom, false, add)
		case lw == "citing":
			d.citedAfter(i+1, "citing", byFrom, true, add)
		case lw == "per" && (!d.toks[i].cap || d.sents[d.toks[i].sent].Start == d.toks[i].start) && (next == "the" || i+1 < len(d.toks) && d.toks[i+1].cap && d.toks[i+1].sent == d.toks[i].sent):
			// "per the WHO", "per ESPN": "according to" in a word. "Per
			// capita", "per cent" and "per share" name nobody.
			d.citedAfter(i+1, "according_to", byFrom, true, add)
		case (lw == "report" || lw == "reporting" || lw == "investigation" || lw == "article" || lw == "story" || lw == "analysis") && (next == "by" || next == "from" || next == "in"):
			// Whoever wrote a report is its source, outlet or not.
			d.citedAfter(i+2, "report", byFrom, lw == "report" && next != "in", add)
		case (lw == "writing" || lw == "wrote" || lw == "op-ed") && next == "in":
			d.citedAfter(i+2, "wrote_in", byFrom, false, add)
		case (lw == "writing" || lw == "wrote" || lw == "writes") && next == "for" && d.outletAt(i+2),
			(speechVerb[lw] != "" || lw == "reported" || lw == "detailed") && !d.toks[i].cap && next == "in" && d.outletAt(i+2),
			(speechVerb[lw] != "" || lw == "pointed" || lw == "points") && !d.toks[i].cap && next == "out" && i+3 < len(d.toks) && d.low(i+2) == "in" && d.outletAt(i+3),
			lw == "in" && d.sents[d.toks[i].sent].Start == d.toks[i].start && d.outletAt(i+1) && d.commaAfterOutlet(i+1):
			// "Writing for The Atlantic", "she argued in The Atlantic",
			// "As reported in The Guardian", "In The Atlantic, she argued",
			// "as she pointed out in the New York Times".
			k := i + 2
			if lw == "in" {
				k = i + 1
			} else if next == "out" {
				k = i + 3
			}
			d.citedAfter(k, "wrote_in", byFrom, false, add)
		case (lw == "released" || lw == "obtained" || lw == "reviewed") && !d.toks[i].cap && d.recordingAt(i+1, add):
			// "prosecutors released the body camera footage"
		case lw == "broken" && next == "by" && d.outletAt(i+2):
			// "The news was broken by Axios."
			d.citedAfter(i+2, "reported_by", byFrom, false, add)
		case opinionPieces[lw] && !d.toks[i].cap && (next == "for" || next == "in") && d.outletAt(i+2):
			// "in an op-ed for The Washington Post", "a column for the
			// Guardian"
			d.citedAfter(i+2, "wrote_in", byFrom, false, add)
		case lw == "in" && (next == "a" || next == "an" || possessives[next] || next == "the") && d.sentDocumentAt(i+2, add):
			// "wrote in a blog post", "in an email to staff", "In a
			// company email": a document the article draws on, not only
			// the way a speaker spoke.
		case lw == "in" && (next == "a" || next == "an" || next == "the") && i+2 < len(d.toks) && legalDocument(d, i+2) && d.citesIn(i):
			d.documentCue(i+2, byFrom, add)
		case lw == "in" && next == "court" && legalDocument(d, i+1) && d.citesIn(i):
			// "said in court papers"
			d.documentCue(i+1, byFrom, add)
		}
		// Social posts: "wrote on X", "posted on Facebook", "in a post on Truth Social".
		if next == "on" && platformPostWords[lw] {
			k := i + 2
			if k+1 < len(d.toks) && d.toks[k+1].sent == d.toks[i].sent && (possessives[d.low(k)] || d.low(k) == "a" || strings.HasSuffix(d.low(k), "'s") || strings.HasSuffix(d.low(k), "’s")) {
				k++ // "wrote on his Instagram account", "a comment on a Facebook page"
			}
			if name, ok := d.platformAt(k); ok {
				add(Source{Name: name, Kind: "social", Relation: "posted", Start: d.toks[i].start, End: d.toks[k].end}, i)
			}
		}
		if lw == "the" && !d.toks[i].cap && i > 1 && d.tok(i-1) == "," && len(out) > 0 && out[len(out)-1].End == d.toks[i-2].end && out[len(out)-1].Kind != "document" {
			// "according to the Intelligencer, the Wheeling News-Register":
			// an outlet's fuller name in apposition is cited with it.
			if name, end, ok := d.outletRunAt(i + 1); ok {
				add(Source{Name: name, Kind: "outlet", Relation: out[len(out)-1].Relation, Start: d.toks[i+1].start, End: d.toks[end].end}, i+1)
			}
		}
		if workNouns[lw] && reportWorks[lw] && !d.toks[i].cap && i > 1 && isYear(d.tok(i-1)) && (d.low(i-2) == "a" || d.low(i-2) == "the") &&
			(findingVerbs[next] || documentVerbs[next] || next == "found" || next == "finds" || lw == "study" && d.findingLater(i+1)) {
			// "A 2016 study found", "a 2021 survey showed": a study known
			// by its year, cited for what it found.
			add(Source{Name: d.text[d.toks[i-1].start:d.toks[i].end], Kind: "document", Relation: "report", Start: d.toks[i-1].start, End: d.toks[i].end}, i-1)
		}
		if lw == "open" && (next == "letter" || next == "letters") && i > 0 && d.toks[i-1].sent == d.toks[i].sent && !d.quotedTok(i) && d.openLetterCited(i) {
			// "wrote an open letter to the provost", "In an open letter
			// posted on Kafila": a letter written to be read by all is a
			// document the article draws on, named as such whoever it
			// is addressed to.
			add(Source{Name: "open letter", Kind: "document", Relation: "document", Start: d.toks[i].start, End: d.toks[i+1].end}, i)
		}
		if pressNouns[lw] && !d.toks[i].cap && d.pressReported(i+1) {
			pressSents[d.toks[i].sent] = true
		}
		if (lw == "on" || lw == "from") && d.spokeOnPlatform(i, add) {
			continue
		}
		if lw == "to" && i > 0 && (d.low(i-1) == "posted" || d.low(i-1) == "uploaded") && d.speechVerbWithin(i+2, 8) {
			// "In a video posted to YouTube, he said": not "a photo she
			// posted to Facebook started a backlash".
			if name, ok := d.platformAt(i + 1); ok && d.toks[i+1].sent == d.toks[i].sent {
				add(Source{Name: name, Kind: "social", Relation: "posted", Start: d.toks[i+1].start, End: d.toks[i+1].end}, i+1)
			}
		}
		d.platformUserAt(i, next, add)
		if mediaHeads[lw] && d.pressCited(i) {
			continue
		}
		if (lw == "seen" || lw == "obtained" || lw == "reviewed") && next == "by" || sourceVerbs[lw] && lw != "first" || documentVerbs[lw] {
			// "Text messages seen by the court", "A court filing said".
			d.documentBefore(i, add)
		}
		if (lw == "titled" || lw == "entitled") && d.workWithin(i, 8) {
			d.quotedTitleAfter(i, add)
		}
		d.outletNameAt(i, byFrom, add)
		if name, end, ok := d.siteAt(i); ok {
			add(Source{Name: name, Kind: "document", Relation: "document", Start: d.toks[i].start, End: d.toks[end].end}, i)
		}
		if d.toks[i].cap && namedWorkHeads[lw] {
			d.namedWorkAt(i, add)
		}
		d.platformPostAt(i, next, add)
		if lw == "tweeted" || lw == "tweet" && i > 0 && (strings.EqualFold(d.tok(i-1), "a") || strings.HasSuffix(d.low(i-1), "'s") || strings.HasSuffix(d.low(i-1), "’s")) ||
			lw == "tweets" && d.inBefore(i, 4) || lw == "tweet" && d.inBefore(i, 3) {
			// "said in a series of tweets", "in his tweets"; "it posted a
			// series of tweets" may be the story itself.
			add(Source{Name: "Twitter", Kind: "social", Relation: "posted", Start: d.toks[i].start, End: d.toks[i].end}, i)
		}
	}
	var namingCounts map[string]int
	namings := func(name string) int {
		if namingCounts == nil {
			namingCounts = d.outletNamings() // counted once, when first asked
		}
		return namingCounts[outletKey(name)]
	}
	// An outlet as the subject of a reporting verb: "The Times reported",
	// "CNN first reported"; or owning a report: "a Reuters report".
	placeOf := -1 // the place of the last "Times of Malta", read with it
	for _, m := range d.mentions {
		if m.to >= len(d.toks) || d.toks[m.to].sent != d.toks[m.from].sent || m.from == placeOf {
			continue
		}
		if d.affiliateNamedAt(m.from) {
			continue // "CNN affiliate KGO reported": read with the network's name
		}
		d.outletLeft(&m)
		called := false
		if d.outletOfPlace(&m, byFrom) {
			placeOf, called = m.to-1, true
		}
		if m.kind != "outlet" && m.actor >= 0 && d.actors[m.actor].Kind == "organization" && m.to+1 < len(d.toks) &&
			!d.toks[m.to].cap && (outletWords[d.low(m.to)] || d.low(m.to) == "news") && !journalistWords[d.low(m.to)] {
			// "Russia's RIA news agency reported", "the Kommersant
			// newspaper said": the word after makes it an outlet.
			m.kind = "outlet"
		} else if m.kind != "outlet" && m.kind != "person" && m.kind != "place" && (m.actor < 0 || d.actors[m.actor].Kind == "organization") && d.outletAppositiveEnd(m.to) > 0 {
			// "Hromadske, a local news site, reported": the apposition
			// calls it an outlet, a name nothing else knows.
			m.kind, called = "outlet", true
		}
		d.outletNamedAfterNoun(&m)
		if k := m.from - 1; k > 0 && d.toks[k].sent == d.toks[m.from].sent && isDigits(d.tok(k)) && cutPossessive(d.tok(k-1)) != d.tok(k-1) {
			// "CBS's 60 Minutes reported": the broadcaster's programme,
			// cited by the broadcaster's name, no person's.
			o := cutPossessive(d.tok(k - 1))
			if _, known := lookupOutlet(o); !known {
				continue
			}
			m.from, m.start, m.name, m.kind, m.actor = k-1, d.toks[k-1].start, o, "outlet", -1
		}
		if (m.kind == "outlet" || isOutlet(m.name)) && m.to < len(d.toks) && d.toks[m.to].sent == d.toks[m.from].sent && isDigits(d.tok(m.to)) &&
			len(d.tok(m.to)) <= 3 && d.toks[m.to].start == d.toks[m.to-1].end+1 {
			// "Radio Kanal 7 reported": the station's number ends its name.
			m.to++
			m.end = d.toks[m.to-1].end
			m.name, m.kind = d.text[m.start:m.end], "outlet"
		}
		if m.kind != "outlet" {
			d.orgCited(m, add)
			d.journalistCited(m, add)
			d.namedWorkCited(m, add)
			continue
		}
		s, ok := outletSource(m.name)
		if !ok {
			// "the newspaper Dnevnik reported": a name nothing knows, that
			// its noun calls an outlet.
			s, ok = Source{Name: strings.TrimPrefix(trimPossessive(m.name), "The "), Kind: "outlet"}, m.actor >= 0 || called || d.outletNounBefore(m.from) || isOutlet(m.name)
		}
		if !ok {
			continue
		}
		if d.journalistOfOutlet(m, "", nil) {
			s.Name = "" // "Wee of the Times reports": cited below, split
		} else if a, from, e, ok := d.affiliateSource(m.to-1, ""); ok {
			// "CNN affiliate KGO reported": the station reported.
			m.from, m.to, m.start, m.end = from, e+1, a.Start, a.End
			s = a
		}
		if p, ok := d.personAfterPossessive(m); ok && s.Name != "" && d.interviewIn(m.from) {
			// "In an interview about his friendship with Epstein, BBC’s
			// Emily Maitlis pressed him": the outlet's journalist asked.
			s.Relation, s.Start, s.End = "interview", m.start, m.end
			add(s, m.from)
			add(Source{Name: d.actors[p.actor].Name, Kind: "journalist", Relation: "interview", Start: p.start, End: p.end}, p.from)
			continue
		}
		// "Both NBC News and Bloomberg have reported": the verb after the
		// last of the outlets cites them all.
		end := m.to
		for end+1 < len(d.toks) && (d.tok(end) == "and" || d.tok(end) == ",") {
			x, found := byFrom[end+1]
			if !found || d.mentions[x].kind != "outlet" {
				break
			}
			end = d.mentions[x].to
		}
		if _, person := d.personAfterPossessive(m); !person && end == m.to && cutPossessive(d.tok(end-1)) != d.tok(end-1) {
			// "The BBC's Newsnight reported": the broadcaster reported,
			// on one of its programmes.
			for j := end; j < m.to+3 && j < len(d.toks) && d.toks[j].sent == d.toks[m.from].sent && d.toks[j].cap && d.toks[j].word; j++ {
				end = j + 1
			}
		}
		end = d.outletVerbAt(end)
		if end+1 < len(d.toks) && d.low(end) == "also" && d.toks[end+1].sent == d.toks[end].sent {
			end++ // "Foo, a local news site, also reported"
		}
		if end >= len(d.toks) || d.toks[end].sent != d.toks[m.from].sent {
			continue
		}
		w := d.low(end)
		if (w == "pointed" || w == "points") && end+1 < len(d.toks) && d.low(end+1) == "out" {
			w = "noted" // "The Times pointed out that"
		}
		switch {
		case pressSents[d.toks[m.from].sent] && s.Name != "":
			// "From The New York Times to CNN, major publications have
			// carried the news": the outlets the sentence lists report it.
			s.Relation = "reported_by"
		case d.insideQuote(m.start):
			// “a future administration may not like something Newsmax
			// writes”: the speaker names the outlet, the article cites
			// nothing.
			continue
		case (w == "said" || w == "says") && d.inStatement(end+1):
			// "Newsmax said in a statement": the outlet speaks for itself
			// in the story, as any body does; it reports nothing.
			continue
		case (w == "said" || w == "says") && namings(m.name) >= 3:
			// "The BBC said an announcement would be made" in a story
			// about the BBC, which names it again and again: the outlet
			// speaks of its own affairs. An outlet that reports the news
			// ("Vatican Radio said the pope spoke") is named once or twice.
			continue
		case sourceVerbs[w] && (w != "first" || end+1 < len(d.toks) && strings.HasPrefix(d.low(end+1), "report")):
			s.Relation = "reported_by"
		case w == "reported" || w == "reporting" || w == "investigation" || w == "interview" || workNouns[w] && w != "statement" ||
			w == "story" || w == "article" || w == "piece":
			// "a Reuters report", "in an Axios story last week"
			s.Relation = "report"
			if w == "interview" {
				s.Relation = "interview"
			}
		case journalistWords[w] && !strings.HasSuffix(w, "s") && d.verbWithin(end+1, 8, journalistVerbs):
			// "An Associated Press journalist in the area reported", not
			// "Fox News host Jeanine Pirro's comments".
			s.Relation = "reported_by"
		case (w == "was" || w == "is") && d.firstToReport(end+1):
			// "Axios was first to report the talks"
			s.Relation = "reported_by"
		case w == "has" || w == "had" || w == "have":
			if end+1 < len(d.toks) && (sourceVerbs[d.low(end+1)] || d.low(end+1) == "seen") {
				// "The BBC has seen a letter": what it saw is cited
				// through it.
				s.Relation = "reported_by"
			} else {
				continue
			}
		default:
			continue
		}
		if s.Name == "" {
			d.journalistOfOutlet(m, s.Relation, add)
			continue
		}
		s.Start, s.End = m.start, m.end
		add(s, m.from)
	}
	d.moreInformation(add)
	sort.SliceStable(out, func(a, b int) bool { return out[a].Start < out[b].Start })
	return mergeDocuments(d.fullNames(out))
}

// airedWhenAfter reports a comma or a time right after the programme's
// title quoted from token i: "on "Good Morning America" today," and not
// "on "Abbey Road" and other albums".
func (d *doc) airedWhenAfter(i int) bool {
	name, start, _ := d.quotedProgrammeAt(i)
	rest := strings.TrimLeft(d.text[start+len(name):], ".,”\" ")
	if strings.HasPrefix(strings.TrimLeft(d.text[start+len(name):], ".”\""), ",") {
		return true
	}
	w, _, _ := strings.Cut(rest, " ")
	w = strings.ToLower(strings.TrimRight(w, ","))
	return isWeekday(w) || w == "today" || w == "tonight" || w == "yesterday" || w == "last" || w == "this" || w == "on"
}

// outletNounAfter reports an outlet's noun and a capitalised name after
// a determiner and a word of place at token k: "the local outlet News On
// 6", "a Boston radio station, WBUR".
func (d *doc) outletNounAfter(k int) bool {
	t := d.toks
	for j := k; j < k+4 && j+1 < len(t) && t[j].sent == t[k-1].sent; j++ {
		if t[j].cap {
			_, place := places[d.low(j)]
			_, demonym := demonyms[d.low(j)]
			if j == k || !place && !demonym {
				return false
			}
		}
		if outletWords[d.low(j)] && !t[j].cap && !outletWords[d.low(j+1)] {
			n := j + 1
			if d.tok(n) == "," && n+1 < len(t) {
				n++
			}
			return t[n].sent == t[j].sent && t[n].cap && t[n].word
		}
	}
	return false
}

// speechWithin reports a word of speech among the n tokens before token
// i in its sentence: a speech verb, a statement's noun or a word of also.
func (d *doc) speechWithin(i, n int, also map[string]bool) bool {
	for j := i - 1; j >= 0 && j >= i-n && d.toks[j].sent == d.toks[i].sent; j-- {
		lw := d.low(j)
		if speechVerb[lw] != "" || spokenNouns[lw] || also[lw] {
			return true
		}
	}
	return false
}

// workForOpeners open a work done for a body that is the subject of its
// sentence ("A study for the Commission found"); after a verb ("does
// research for the Navy") the work is no subject.
var workForOpeners = wordSet("workForOpeners")

// findingLater reports a verb of finding a few words after token k in
// its sentence, past what a study was of and who led it: "a 2009 study
// of dinosaur olfaction, led by Darla Zelenitsky, found", "In a 2007
// study of older people, researchers found". A study only described ("In
// a 2017 study, researchers tracked 500 people") is cited by no finding.
func (d *doc) findingLater(k int) bool {
	for j := k; j < k+20 && j < len(d.toks) && d.toks[j].sent == d.toks[k-1].sent; j++ {
		switch lw := d.low(j); {
		case lw == "found" || lw == "finds" || lw == "suggests" || lw == "suggested" || findingVerbs[lw] && lw != "reported" && lw != "forecast":
			return !d.quotedTok(j)
		case lw == ";" || lw == "but":
			return false
		}
	}
	return false
}

// spokenOnBefore reports a word of speech or of an appearance a few
// tokens before token i in its sentence: "Speaking on the Today
// programme", "said on the Breakfast show".
func (d *doc) spokenOnBefore(i int) bool { return d.speechWithin(i, 8, appearanceWords) }

// appearanceWords tell of someone speaking on a programme ("appearing on").
var appearanceWords = wordSet("appearanceWords")

// spokenNouns name something said ("in a statement to", "comments to").
var spokenNouns = wordSet("spokenNouns")

// bylineAt reports a byline around token i: a paragraph that ends
// without a sentence's closing mark, short as a credit line is ("The
// stakes just rose: analysis by Anthony Zurcher, BBC News, Washington").
func (d *doc) bylineAt(i int) bool {
	p := d.paras[d.sents[d.toks[i].sent].Para-1]
	text := strings.TrimRight(d.text[p.Start:p.End], " \t\r\n")
	if text == "" || len(text) > 160 {
		return false
	}
	switch text[len(text)-1] {
	case '.', '!', '?', '"', ')', ':':
		// A colon introduces what follows, as isFurniture reads it.
		return false
	}
	return !strings.HasSuffix(text, "”") && !strings.HasSuffix(text, "’")
}

// numberAfter returns the length of a space and a number of one to three
// digits that open text and end a word there (" 6", " 13"), or 0.
func numberAfter(text string) int {
	if len(text) < 2 || text[0] != ' ' {
		return 0
	}
	n := 1
	for n < len(text) && n < 4 && text[n] >= '0' && text[n] <= '9' {
		n++
	}
	if n == 1 || n < len(text) && (text[n] >= '0' && text[n] <= '9' || text[n] >= 'A' && text[n] <= 'Z' || text[n] >= 'a' && text[n] <= 'z' || text[n] == ',' && n+1 < len(text) && text[n+1] >= '0' && text[n+1] <= '9') {
		return 0
	}
	return n
}

// bodyBeforeAnd returns the mention that ends at byte end, right before
// an "and", when it opens a body's name that runs on past the "and": its
// first word a body's ("Center", "Institute", "Council") and a connector
// in it ("Center on Budget", "Institute for Policy").
func (d *doc) bodyBeforeAnd(end int) (mention, bool) {
	x := sort.Search(len(d.mentions), func(k int) bool { return d.mentions[k].end >= end })
	if x >= len(d.mentions) || d.mentions[x].end != end {
		return mention{}, false
	}
	m := d.mentions[x]
	first, rest, ok := strings.Cut(strings.TrimPrefix(m.name, "The "), " ")
	if !ok || !orgHeads[strings.ToLower(first)] {
		return mention{}, false
	}
	for _, w := range strings.Fields(rest) {
		if w == "on" || w == "for" || w == "of" {
			return m, true
		}
	}
	return mention{}, false
}

// outletNamings counts the mentions of each outlet, by outletKey.
func (d *doc) outletNamings() map[string]int {
	n := map[string]int{}
	for _, m := range d.mentions {
		if m.kind == "outlet" {
			n[outletKey(m.name)]++
		}
	}
	return n
}

// outletKey folds an outlet's name to the key its namings share.
func outletKey(name string) string {
	if o, ok := lookupOutlet(name); ok {
		return fold(strings.TrimPrefix(o.name, "The "))
	}
	return fold(strings.TrimPrefix(trimPossessive(name), "The "))
}

// peopleNamed reports a name that ends in the plural of a person's role
// ("CEOs", "District Attorneys"): people, cited as a body would be only
// by the name of their office. A body named for the people it gathers
// joins them with a connector or its cause ("Union of Concerned Scientists",
// "Committee to Protect Journalists").
func peopleNamed(name string) bool {
	i := strings.LastIndexByte(name, ' ')
	w := strings.ToLower(trimPossessive(name[i+1:]))
	if len(w) <= 2 || w[len(w)-1] != 's' || !personRoles[w[:len(w)-1]] {
		return false
	}
	for _, c := range strings.Fields(name[:max(i, 0)]) {
		if nameConnectors[c] || c == "to" {
			return false
		}
	}
	return true
}

// inStatement reports "in a statement" or "in its statement" from
// token k.
func (d *doc) inStatement(k int) bool {
	if k+2 >= len(d.toks) || d.low(k) != "in" || d.toks[k+2].sent != d.toks[k].sent {
		return false
	}
	lw := d.low(k + 1)
	return (lw == "a" || lw == "an" || possessives[lw]) && d.low(k+2) == "statement"
}

// platformUserAt adds the platform named at token i when one of its
// users speaks: "one Weibo commenter said".
func (d *doc) platformUserAt(i int, next string, add func(Source, int)) {
	if name, ok := d.platformAt(i); ok && userNouns[next] && d.speechVerbWithin(i+2, 6) {
		add(Source{Name: name, Kind: "social", Relation: "posted", Start: d.toks[i].start, End: d.toks[i+1].end}, i)
	}
}

// platformPostAt adds the platform named at token i before a post's
// noun: "a Tumblr post".
func (d *doc) platformPostAt(i int, next string, add func(Source, int)) {
	name, ok := d.platformAt(i)
	end := i + 1
	if ok && strings.Contains(name, " ") && i+2 < len(d.toks) && d.toks[i+2].sent == d.toks[i].sent {
		end, next = i+2, d.low(i+2) // "a Truth Social post"
	}
	if ok && postNouns[next] && strings.HasSuffix(next, "s") && i > 0 && d.toks[i-1].sent == d.toks[i].sent && d.toks[i-1].word && !d.toks[i-1].cap &&
		!possessives[d.low(i-1)] && !postsOpeners[d.low(i-1)] {
		// "arrested for Facebook posts", "fake YouTube videos": posts
		// in general, which nobody quotes from.
		return
	}
	if ok && postNouns[next] {
		add(Source{Name: name, Kind: "social", Relation: "posted", Start: d.toks[i].start, End: d.toks[end].end}, i)
	}
}

// postsOpeners before a platform's posts make them the posts the article
// draws on: "in Facebook posts", "a series of Instagram stories".
var postsOpeners = wordSet("postsOpeners")

// outletNameAt adds an outlet the mentions missed or took for something
// else, named from the capitalised token i on (see unmentionedOutlet).
func (d *doc) outletNameAt(i int, byFrom map[int]int, add func(Source, int)) {
	if x, named := byFrom[i]; (!named || d.mentions[x].kind != "person" && d.mentions[x].kind != "outlet") && d.toks[i].cap &&
		(i == 0 || !d.toks[i-1].cap || trimPossessive(d.tok(i-1)) != d.tok(i-1)) {
		d.unmentionedOutlet(i, add)
	}
}

// commaAfterOutlet reports a comma right after the known outlet named
// from token k, after any "the": "In The Atlantic, she argued".
func (d *doc) commaAfterOutlet(k int) bool {
	k += skipDet(d, k)
	i := d.firstMention(k)
	if i >= len(d.mentions) || d.mentions[i].from != k {
		return false
	}
	e := d.mentions[i].to
	return e < len(d.toks) && d.toks[e].sent == d.toks[k].sent && d.tok(e) == ","
}

// commonOpens reports a word that opens its sentence at token k and
// names nobody: "Flight-tracking data from FlightAware", "Radar data
// from FlightAware", where the capital is the sentence's, not a name's.
func (d *doc) commonOpens(k int, byFrom map[int]int) bool {
	if d.sents[d.toks[k].sent].Start != d.toks[k].start || isAcronym(d.tok(k)) {
		return false
	}
	if x, named := byFrom[k]; named && d.mentions[x].actor >= 0 {
		return false
	}
	_, known := lookupOutlet(d.tok(k))
	return !known
}

// wordWithin returns the word w among the n words from token k in the
// sentence of token k-1, or -1; punctuation ends the search. When
// followed is set, what follows w must pass it: "reached for comment
// by CNN" (by and an outlet), "confirmed the layoffs to Reuters".
func (d *doc) wordWithin(k, n int, w string, followed func(int) bool) int {
	for j := k; j < k+n && j+1 < len(d.toks) && d.toks[j].sent == d.toks[k-1].sent && d.toks[j].word; j++ {
		if d.low(j) == w {
			if followed == nil || followed(j+1) {
				return j
			}
			return -1
		}
	}
	return -1
}

// slashMakersBefore adds the makers of a joint work named right before
// the work's noun at token i, their names joined by slashes ("Reuters/
// Ipsos poll"), and reports whether there were any.
func (d *doc) slashMakersBefore(i int, add func(Source, int)) bool {
	t := d.toks
	from, slash := i, false
	for j := i - 1; j >= 0 && j >= i-8 && t[j].sent == t[i].sent; j-- {
		if d.tok(j) == "/" && j > 0 && t[j].start == t[j-1].end && t[j+1].start == t[j].end {
			slash = true
		} else if !t[j].cap || !t[j].word {
			break
		}
		from = j
	}
	for from < i && (workOpeners[d.low(from)] || notNames[d.low(from)]) {
		from++ // "A Reuters/Ipsos poll"
	}
	if !slash || from == i || d.tok(from) == "/" {
		return false
	}
	for s := from; s < i; {
		e := s
		for e+1 < i && d.tok(e+1) != "/" {
			e++
		}
		name := d.text[t[s].start:t[e].end]
		src, ok := outletSource(name)
		if !ok {
			src = Source{Name: name, Kind: "agency"}
		}
		src.Relation, src.Start, src.End = "report", t[s].start, t[e].end
		add(src, s)
		s = e + 2
	}
	return true
}

// interviewIn reports an interview's noun near token i in its sentence,
// outside quotation marks. The bound keeps a sentence of thousands of
// names linear.
func (d *doc) interviewIn(i int) bool {
	for j := max(0, i-30); j < len(d.toks) && j < i+30; j++ {
		if d.toks[j].sent != d.toks[i].sent {
			continue
		}
		if lw := d.low(j); (lw == "interview" || lw == "interviews" || lw == "interviewed") && !d.insideQuote(d.toks[j].start) {
			return true
		}
	}
	return false
}

// andNameEnd returns the last token of a body's name that holds "and"
// ("World Travel and Tourism Council", "Food and Drug Administration")
// when the names split it there, or -1. The words before "and" must name
// nothing the article or the lists know on their own, and the words after
// must end as a body's name ends; "Reuters and Bloomberg" are two.
func (d *doc) andNameEnd(m mention, byFrom map[int]int) int {
	t := d.toks
	if m.to+1 >= len(t) || d.tok(m.to) != "and" || t[m.to+1].sent != t[m.from].sent || m.to-m.from > 3 ||
		m.kind == "person" || m.kind == "place" || m.kind == "outlet" || isAcronym(d.tok(m.from)) {
		return -1
	}
	x, ok := byFrom[m.to+1]
	if !ok {
		return -1
	}
	n := d.mentions[x]
	if n.kind == "person" || n.kind == "place" || n.kind == "outlet" || n.to-n.from > 4 || !orgHeads[d.low(n.to-1)] || orgHeads[d.low(m.to-1)] {
		return -1
	}
	first := trimPossessive(strings.TrimPrefix(m.name, "the "))
	if _, known := knownOrgs[strings.ToLower(first)]; known || isOutlet(first) {
		return -1
	}
	if m.actor >= 0 && (d.actors[m.actor].Kind != "organization" || d.actors[m.actor].Mentions > 1) {
		return -1
	}
	return n.to - 1
}

// inBefore reports "in" among the n tokens before token i in its
// sentence.
func (d *doc) inBefore(i, n int) bool {
	for j := i - 1; j >= 0 && j >= i-n && d.toks[j].sent == d.toks[i].sent; j-- {
		if d.low(j) == "in" {
			return true
		}
	}
	return false
}

// dashClose returns the dash that closes the aside opened by the dash at
// token k, a few words on in its sentence, or -1.
func (d *doc) dashClose(k int) int {
	for j := k + 1; j < k+16 && j < len(d.toks) && d.toks[j].sent == d.toks[k].sent; j++ {
		if w := d.tok(j); w == "—" || w == "–" {
			return j
		}
	}
	return -1
}

// mentionStarts indexes the mentions by the token their name starts at.
func (d *doc) mentionStarts() map[int]int {
	m := make(map[int]int, len(d.mentions))
	for i, mn := range d.mentions {
		if _, ok := m[mn.from]; !ok {
			m[mn.from] = i
		}
	}
	return m
}

func hasAnyWord(s string, set map[string]bool) bool {
	for _, w := range strings.Fields(strings.ToLower(s)) {
		if set[strings.Trim(w, ",.?!;:")] {
			return true
		}
	}
	return false
}

func skipDet(d *doc, i int) int {
	if i < len(d.toks) && (d.tok(i) == "the" || d.tok(i) == "a" || d.tok(i) == "an") {
		return 1
	}
	return 0
}

// prepositions end the words a citing cue may skip before a name.
var prepositions = wordSet("prepositions")

// verbWithin reports a word of the set among the n tokens from k in the
// sentence of token k-1.
func (d *doc) verbWithin(k, n int, set map[string]bool) bool {
	for j := k; j < k+n && j < len(d.toks) && d.toks[j].sent == d.toks[k-1].sent; j++ {
		if set[d.low(j)] {
			return true
		}
	}
	return false
}

// quoteAfterIn reports a quotation of three words or more that starts in
// sentence si at byte from or later.
func (d *doc) quoteAfterIn(si, from int) bool {
	qs := d.quotations()
	st := d.sents[si]
	i0 := sort.Search(len(qs), func(i int) bool { return qs[i].start >= max(st.Start, from) })
	for i := i0; i < len(qs) && i < i0+20 && qs[i].start < st.End; i++ {
		if len(strings.Fields(d.text[qs[i].start:qs[i].end])) >= 3 {
			return true
		}
	}
	return false
}

// instrumentNames gathers the names the article gives its instruments:
// before an instrument's noun ("the SPHERE instrument") or after its
// noun and "named" or "called" ("a spectrograph named ESPRESSO").
func (d *doc) instrumentNames() map[string]bool {
	t := d.toks
	names := map[string]bool{}
	for i := 1; i < len(t); i++ {
		if !t[i].word || t[i].cap || !instrumentNouns[d.low(i)] {
			continue
		}
		if t[i-1].cap && t[i-1].word && t[i-1].sent == t[i].sent {
			j := i - 1
			for j > 0 && i-j < 4 && t[j-1].cap && t[j-1].word && t[j-1].sent == t[i].sent {
				j--
			}
			names[d.text[t[j].start:t[i-1].end]] = true
		}
		if i+2 < len(t) && (d.low(i+1) == "named" || d.low(i+1) == "called") && t[i+2].cap && t[i+2].sent == t[i].sent {
			names[d.tok(i+2)] = true
		}
	}
	return names
}

// requestFrom returns the token after the "from" that follows a
// request's noun at token k-1 ("requests from", "a request for comment
// from") when a known outlet is named there, or -1.
func (d *doc) requestFrom(k int) int {
	if k+2 < len(d.toks) && d.low(k) == "for" && d.low(k+1) == "comment" {
		k += 2
	}
	if k+1 >= len(d.toks) || d.low(k) != "from" || d.toks[k+1].sent != d.toks[k-1].sent || !d.outletAt(k+1) {
		return -1
	}
	return k + 1
}

// pluralPossessiveBefore returns where a name starts that runs on before
// offset start over a plural possessive and the capitalised words before
// it ("Iranian Students' " before "News Agency"), or start.
func pluralPossessiveBefore(text string, start int) int {
	i := start
	switch {
	case strings.HasSuffix(text[:i], "s' "):
		i -= len("' ")
	case strings.HasSuffix(text[:i], "s’ "):
		i -= len("’ ")
	default:
		return start
	}
	from := start
	for n := 0; n < 4; n++ {
		j := strings.LastIndexByte(text[:i], ' ') + 1
		if j >= i || text[j] < 'A' || text[j] > 'Z' {
			break
		}
		from = j
		if j == 0 || text[j-1] != ' ' {
			break
		}
		i = j - 1
	}
	return from
}

// openLetterCited reports the open letter at token i ("open") as one the
// article draws on: written or read ("wrote an open letter", "read the
// open letter"), the words in it ("in an open letter"), what it says
// ("the open letter, signed by 40 mayors, calls for"), or, for letters,
// what they ask ("signed open letters demanding his return"). A letter
// someone will not sign, and the verb "open" before "letters"
// ("volunteers open letters from residents"), cite nothing.
func (d *doc) openLetterCited(i int) bool {
	t := d.toks
	plural := d.low(i+1) == "letters"
	v := i - 1
	switch {
	case d.low(v) == "in":
		return true // "in open letters to the board"
	case letterDeterminers[d.low(v)]:
		if v > 0 && t[v-1].sent == t[i].sent && d.low(v-1) == "in" {
			return true // "In an open letter to the board, …"
		}
		v--
	case !plural:
		return false
	}
	after := i + 2
	if plural {
		if after < len(t) && t[after].sent == t[i].sent && letterContent[d.low(after)] {
			return v >= 0 && letterWriteVerbs[d.low(v)] && !d.refusedBefore(v)
		}
		return d.letterSays(after)
	}
	if v >= 0 && t[v].sent == t[i].sent && letterWriteVerbs[d.low(v)] && !d.refusedBefore(v) {
		return true
	}
	return d.letterSays(after)
}

// letterSays reports a verb of saying for the letter whose noun ends
// before token k: "the open letter said", "an open letter from 40
// doctors argues", "the open letter, signed by 40 mayors, calls for".
// A comma past the letter's own words ends the search ("would not sign
// an open letter about it, officials said").
func (d *doc) letterSays(k int) bool {
	t := d.toks
	if k >= len(t) {
		return false
	}
	sent := t[k-1].sent
	aside := d.tok(k) == ","
	for j := k; j < k+14 && j < len(t) && t[j].sent == sent; j++ {
		if !t[j].word {
			if d.tok(j) != "," {
				return false
			}
			if j == k {
				continue
			}
			if !aside {
				return false
			}
			aside = false
			continue
		}
		if !aside && letterVerbs[d.low(j)] {
			return true
		}
	}
	return false
}

// refusedBefore reports a negation or a refusal in the three words before
// the verb at token v: "would not sign", "refused to sign".
func (d *doc) refusedBefore(v int) bool {
	for j := v - 1; j >= 0 && j >= v-3 && d.toks[j].sent == d.toks[v].sent; j-- {
		lw := d.low(j)
		if lw == "not" || lw == "never" || lw == "refused" || lw == "declined" || lw == "refuses" || lw == "declines" ||
			strings.HasSuffix(lw, "n't") || strings.HasSuffix(lw, "n’t") {
			return true
		}
	}
	return false
}

// letterDeterminers stand before a letter's "open".
var letterDeterminers = wordSet("letterDeterminers")

// letterWriteVerbs are done to a letter its writers or readers draw on.
var letterWriteVerbs = wordSet("letterWriteVerbs")

// letterContent opens what letters ask right after their noun.
var letterContent = wordSet("letterContent")

// letterVerbs say what a letter says.
var letterVerbs = wordSet("letterVerbs")

// creditNamesPeople reports the name at token k of a credit line as a
// person's ("Source: Maria Lopez, interview with the author") or a
// family's ("Sources: Hale family; police"): no body that made a figure.
// A body opening with a given name has its head ("Victoria Police").
func (d *doc) creditNamesPeople(k int) bool {
	t := d.toks
	if k >= len(t) || !t[k].word || !t[k].cap {
		return false
	}
	j := k
	for j < k+4 && j < len(t) && t[j].sent == t[k].sent && t[j].word && t[j].cap {
		if orgHeads[d.low(j)] {
			return false
		}
		j++
	}
	if j < len(t) && t[j].sent == t[k].sent && (d.low(j) == "family" || d.low(j) == "families") {
		return true
	}
	return j-k >= 2 && j-k <= 3 && d.givenAt(k)
}
