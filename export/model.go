package export

import (
	"fmt"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/briefwright/briefwright/dossier"
)

// briefing is what the PDF and the Markdown both print, worked out once so
// the two stay the same document.
type briefing struct {
	meta     dossier.Meta
	date     time.Time
	lead     string   // the user's bottom line, else a generated one
	leadMade bool     // lead was generated
	leadOpen []string // with a generated lead: the open questions it names
	nOpen    int      // open questions in all
	articles []dossier.Article
	actors   []actorRow
	speakers []speakerGroup
	sources  []sourceRow
	question []questionRow
	events   []eventRow
	notes    map[dossier.ItemRef][]string
	tags     map[dossier.ItemRef][]string
	counts   []count
}

type count struct {
	label string // plural; the singular drops a final "s"
	n     int
}

// String gives the count in words: "1 article", "10,000 quotes".
func (c count) String() string { return thousands(c.n) + " " + c.noun() }

func (c count) noun() string {
	if c.n == 1 {
		return strings.TrimSuffix(c.label, "s")
	}
	return c.label
}

// cite points at a paragraph of an article: [A1 ¶4].
type cite struct{ art, para int }

// anchor names the paragraph's place in the Markdown appendix.
func (c cite) anchor() string {
	if c.para == 0 {
		return fmt.Sprintf("a%d", c.art)
	}
	return fmt.Sprintf("a%d-p%d", c.art, c.para)
}

func (c cite) String() string {
	if c.art == 0 {
		return ""
	}
	if c.para == 0 {
		return fmt.Sprintf("[A%d]", c.art)
	}
	return fmt.Sprintf("[A%d ¶%d]", c.art, c.para)
}

type actorRow struct {
	ref        dossier.ItemRef
	name, kind string
	roleAff    string
	quotes     int
	mentions   int
	first      cite
	unreviewed bool
}

type quoteRow struct {
	ref        dossier.ItemRef
	text, cue  string
	at         cite
	grade      string
	unreviewed bool
}

type speakerGroup struct {
	name    string
	roleAff string // of the speaking actor, when the speaker is one
	quotes  []quoteRow
}

type sourceRow struct {
	ref        dossier.ItemRef
	name, kind string
	how        string
	at         []cite
	grade      string
	unreviewed bool
}

type questionRow struct {
	ref        dossier.ItemRef
	text       string
	sentence   string // the article's sentence the question comes from
	state      string
	answer     string
	evidence   string
	at         cite
	unreviewed bool
}

type eventRow struct {
	ref        dossier.ItemRef
	when       string // as written
	value      string // normalised, for sorting
	text       string
	at         cite
	unreviewed bool
}

func newBriefing(d *dossier.Dossier, opt Options) *briefing {
	b := &briefing{meta: d.Meta, date: opt.created(), articles: d.Articles, tags: d.Tags}
	index := make(map[int64]int, len(d.Articles))
	for i, a := range d.Articles {
		index[a.ID] = i + 1
	}
	at := func(p dossier.Provenance) cite { return cite{index[p.ArticleID], p.Paragraph} }
	keep := func(s dossier.Status) bool {
		return s != dossier.Rejected && (s == dossier.Accepted || !opt.LeaveOutProposed)
	}
	unrev := func(s dossier.Status) bool { return s != dossier.Accepted }

	quotesBy := map[string][]quoteRow{}
	var speakerOrder []string
	speakerID := map[string]int64{}
	for _, q := range d.Quotes {
		if !keep(q.Status) {
			continue
		}
		name := q.SpeakerName
		if name == "" {
			name = "Unattributed"
		}
		if _, ok := quotesBy[name]; !ok {
			speakerOrder = append(speakerOrder, name)
		}
		if speakerID[name] == 0 {
			speakerID[name] = q.SpeakerID
		}
		quotesBy[name] = append(quotesBy[name], quoteRow{
			ref: dossier.ItemRef{Kind: dossier.KindQuote, ID: q.ID}, text: q.Text, cue: q.Cue,
			at: at(q.Prov), grade: gradeText(q.Grade), unreviewed: unrev(q.Status),
		})
	}
	// Speakers with most quotes first; unattributed quotes last.
	sort.SliceStable(speakerOrder, func(i, j int) bool {
		a, b := speakerOrder[i], speakerOrder[j]
		if (a == "Unattributed") != (b == "Unattributed") {
			return b == "Unattributed"
		}
		return len(quotesBy[a]) > len(quotesBy[b])
	})
	for _, name := range speakerOrder {
		b.speakers = append(b.speakers, speakerGroup{name: name, quotes: quotesBy[name]})
	}

	// A speaker's heading carries the actor's role, even when the actor
	// itself is still a proposal left out of the actors table.
	roles := make(map[int64]string, len(d.Actors))
	for _, a := range d.Actors {
		roles[a.ID] = joinNonEmpty(", ", a.Role, a.Affiliation)
	}
	for i, g := range b.speakers {
		b.speakers[i].roleAff = roles[speakerID[g.name]]
	}

	for _, a := range d.Actors {
		if !keep(a.Status) {
			continue
		}
		n := len(quotesBy[a.Name])
		b.actors = append(b.actors, actorRow{
			ref:  dossier.ItemRef{Kind: dossier.KindActor, ID: a.ID},
			name: a.Name, kind: a.Kind, roleAff: joinNonEmpty(", ", a.Role, a.Affiliation),
			quotes: n, mentions: a.Mentions, first: at(a.First), unreviewed: unrev(a.Status),
		})
	}
	// Key actors: who speaks most, then who is mentioned most.
	sort.SliceStable(b.actors, func(i, j int) bool {
		x, y := b.actors[i], b.actors[j]
		if x.quotes != y.quotes {
			return x.quotes > y.quotes
		}
		return x.mentions > y.mentions
	})

	for _, s := range d.Sources {
		if !keep(s.Status) {
			continue
		}
		row := sourceRow{
			ref:  dossier.ItemRef{Kind: dossier.KindSource, ID: s.ID},
			name: s.Name, kind: s.Kind, grade: gradeText(s.Grade), unreviewed: unrev(s.Status),
		}
		var hows []string
		for _, c := range s.Citations {
			if h := relationText(c.Relation); h != "" && !contains(hows, h) {
				hows = append(hows, h)
			}
			row.at = append(row.at, at(c.Prov))
		}
		row.how = strings.Join(hows, "; ")
		b.sources = append(b.sources, row)
	}

	for _, q := range d.Questions {
		if !keep(q.Status) {
			continue
		}
		state := string(q.State)
		if state == "" {
			state = string(dossier.QOpen)
		}
		b.question = append(b.question, questionRow{
			ref:  dossier.ItemRef{Kind: dossier.KindQuestion, ID: q.ID},
			text: q.Text, sentence: q.Sentence, state: state, answer: q.Answer, evidence: q.Evidence,
			at: at(q.Prov), unreviewed: unrev(q.Status),
		})
	}

	for _, e := range d.Events {
		if !keep(e.Status) {
			continue
		}
		b.events = append(b.events, eventRow{
			ref:  dossier.ItemRef{Kind: dossier.KindEvent, ID: e.ID},
			when: e.When, value: e.Value, text: e.Text, at: at(e.Prov), unreviewed: unrev(e.Status),
		})
	}
	// Timeline in date order; events whose date could not be resolved last,
	// in the order the articles give them.
	sort.SliceStable(b.events, func(i, j int) bool {
		x, y := b.events[i].value, b.events[j].value
		if (x == "") != (y == "") {
			return y == ""
		}
		return x < y
	})

	b.notes = map[dossier.ItemRef][]string{}
	for _, n := range d.Notes {
		if t := strings.TrimSpace(n.Text); t != "" {
			b.notes[n.Target] = append(b.notes[n.Target], t)
		}
	}

	b.nOpen = openCount(b.question)
	b.counts = []count{
		{"Articles", len(d.Articles)}, {"Actors", len(b.actors)}, {"Quotes", nQuotesAll(b.speakers)},
		{"Sources", len(b.sources)}, {"Open questions", b.nOpen}, {"Dated events", len(b.events)},
	}
	b.lead = strings.TrimSpace(d.Meta.BottomLine)
	if b.lead == "" {
		b.lead, b.leadMade = generatedLead(b), true
	}
	return b
}

func nQuotesAll(gs []speakerGroup) int {
	n := 0
	for _, g := range gs {
		n += len(g.quotes)
	}
	return n
}

func openCount(qs []questionRow) int {
	n := 0
	for _, q := range qs {
		if q.state == string(dossier.QOpen) {
			n++
		}
	}
	return n
}

// generatedLead stands in for a bottom line the analyst has not written yet:
// what the articles are, who matters most, and which questions are open.
// The open questions themselves go to b.leadOpen, printed as a list.
func generatedLead(b *briefing) string {
	var s strings.Builder
	switch len(b.articles) {
	case 0:
		return "This dossier holds no articles yet."
	case 1:
		fmt.Fprintf(&s, "Drawn from one article, %s.", quoteTitle(b.articles[0]))
	default:
		fmt.Fprintf(&s, "Drawn from %s articles%s.", thousands(len(b.articles)), publishedSpan(b.articles))
	}
	var people []string
	for _, a := range b.actors {
		if a.kind == "place" {
			continue
		}
		if a.roleAff != "" {
			people = append(people, a.name+" ("+a.roleAff+")")
		} else {
			people = append(people, a.name)
		}
		if len(people) == 4 {
			break
		}
	}
	if len(people) > 0 {
		fmt.Fprintf(&s, " The main actors are %s.", listing(people))
	}
	if n := nQuotesAll(b.speakers); n > 0 {
		top := b.speakers[0]
		switch {
		case len(b.speakers) == 1:
			fmt.Fprintf(&s, " All %s recorded quotes are from %s.", thousands(n), top.name)
		case top.name != "Unattributed" && len(top.quotes) > 1:
			fmt.Fprintf(&s, " %s is quoted most: %s of %s quotes from %s speakers.", capFirst(top.name),
				thousands(len(top.quotes)), thousands(n), thousands(len(b.speakers)))
		default:
			fmt.Fprintf(&s, " %s quotes from %s speakers are recorded.", thousands(n), thousands(len(b.speakers)))
		}
	}
	for _, q := range b.question {
		if q.state == string(dossier.QOpen) && len(b.leadOpen) < 3 {
			b.leadOpen = append(b.leadOpen, ensureStop(q.text))
		}
	}
	switch n := b.nOpen; {
	case n == 0:
		s.WriteString(" No open questions are recorded.")
	case n == 1:
		s.WriteString(" One question remains open:")
	case n <= 3:
		fmt.Fprintf(&s, " %s questions remain open:", numberWord(n))
	default:
		fmt.Fprintf(&s, " %s questions remain open, among them:", thousands(n))
	}
	return s.String()
}

// publishedSpan gives the range of publication dates, as " published
// 2025-01-02 to 2025-03-04", or "" when no article has one.
func publishedSpan(as []dossier.Article) string {
	lo, hi := "", ""
	for _, a := range as {
		if a.Published == "" {
			continue
		}
		if lo == "" || a.Published < lo {
			lo = a.Published
		}
		if a.Published > hi {
			hi = a.Published
		}
	}
	switch {
	case lo == "":
		return ""
	case lo == hi:
		return " published " + readableDate(lo)
	}
	return " published " + readableDate(lo+"/"+hi)
}

func numberWord(n int) string {
	if n >= 0 && n <= 10 {
		return [...]string{"No", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten"}[n]
	}
	return thousands(n)
}

// thousands writes n with thousands separators: 10,000.
func thousands(n int) string {
	s := fmt.Sprint(n)
	if n < 0 {
		return "-" + thousands(-n)
	}
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// capFirst capitalises a speaker description used at the start of a
// sentence or as a heading ("senior official" -> "Senior official").
func capFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 || r == utf8.RuneError {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

func quoteTitle(a dossier.Article) string {
	t := a.Title
	if t == "" {
		t = "untitled"
	}
	if a.Outlet != "" {
		return "“" + t + "” (" + a.Outlet + ")"
	}
	return "“" + t + "”"
}

func ensureStop(s string) string {
	s = strings.TrimSpace(s)
	if s == "" || strings.ContainsAny(s[len(s)-1:], ".?!") {
		return s
	}
	return s + "."
}

func listing(xs []string) string {
	switch len(xs) {
	case 0:
		return ""
	case 1:
		return xs[0]
	}
	return strings.Join(xs[:len(xs)-1], ", ") + " and " + xs[len(xs)-1]
}

func gradeText(g dossier.Grade) string {
	if s := g.String(); s != "" {
		return s
	}
	return "Ungraded"
}

// relationText says in words how a source was cited.
func relationText(r string) string {
	switch r {
	case "":
		return ""
	case "reported_by":
		return "reported by"
	case "told":
		return "was told"
	case "according_to":
		return "according to"
	case "interview":
		return "interview"
	}
	return strings.ReplaceAll(r, "_", " ")
}

func joinNonEmpty(sep string, xs ...string) string {
	var out []string
	for _, x := range xs {
		if x = strings.TrimSpace(x); x != "" {
			out = append(out, x)
		}
	}
	return strings.Join(out, sep)
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// withNotes appends the analyst's notes on an item to a table cell's text.
func (b *briefing) withNotes(text string, ref dossier.ItemRef) string {
	for _, n := range b.notes[ref] {
		text = joinNonEmpty(" — ", text, "Note: "+n)
	}
	return text
}

// articleByline is the metadata line printed under an article's title.
func articleByline(a dossier.Article) string {
	return joinNonEmpty(" · ", a.Outlet, a.Author, readableDate(a.Published), a.URL)
}

// eventDate gives an event's date for the timeline: the resolved date in
// words, since the timeline is sorted by it, then the article's own words
// where they say more ("by mid-September 2025").
func eventDate(e eventRow) string {
	if e.value == "" {
		return e.when
	}
	v := readableDate(e.value)
	w := strings.TrimSpace(e.when)
	for _, p := range []string{"in ", "on ", "during ", "since "} {
		if len(w) > len(p) && strings.EqualFold(w[:len(p)], p) {
			w = w[len(p):]
			break
		}
	}
	if w == "" || strings.EqualFold(w, v) || w == e.value {
		return v
	}
	return v + " (" + e.when + ")"
}

// gradeLabel is how a quote's grade reads after its citation.
func gradeLabel(g string) string {
	if g == "Ungraded" {
		return "Ungraded"
	}
	return "Grade " + g
}

const gradeIntro = "Sources and quotes are graded with the Admiralty (NATO) system: a letter for the " +
	"reliability of the source and a number for the credibility of the information, " +
	"judged separately. “B2” reads: usually reliable source, information probably true. " +
	"“Ungraded” means no analyst has graded the item yet."

// gradeKey explains the Admiralty grades.
var gradeKey = struct{ reliability, credibility [][2]string }{
	reliability: [][2]string{
		{"A", "Completely reliable"}, {"B", "Usually reliable"}, {"C", "Fairly reliable"},
		{"D", "Not usually reliable"}, {"E", "Unreliable"}, {"F", "Reliability cannot be judged"},
	},
	credibility: [][2]string{
		{"1", "Confirmed by other sources"}, {"2", "Probably true"}, {"3", "Possibly true"},
		{"4", "Doubtful"}, {"5", "Improbable"}, {"6", "Truth cannot be judged"},
	},
}
