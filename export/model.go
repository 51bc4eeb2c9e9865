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
	leftOut  map[string]map[int]int // kind -> article -> items not listed
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
	total   int // quotes in all, listed or not
}

type sourceRow struct {
	ref        dossier.ItemRef
	name, kind string
	how        string
	at         []cite
	moreAt     int // places cited beyond at
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

func newBriefing(d *dossier.Dossier, opt Options) *briefing { return briefingOf(d, nil, opt) }

// excerptCaps are the limits a briefing puts on the kinds the store caps
// for it (Store.Excerpt).
func excerptCaps(opt Options) dossier.Caps {
	lim := listLimits
	return dossier.Caps{Quotes: lim.quotes, Questions: lim.questions, Events: lim.events, AcceptedOnly: opt.LeaveOutProposed}
}

// briefingOf works out the briefing of d, or, when ex is given, of the
// dossier ex is an excerpt of: d is then &ex.Dossier, whose quotes,
// questions and events the store already cut to excerptCaps, and the
// counts of the whole come from ex. Both give the same briefing.
func briefingOf(d *dossier.Dossier, ex *dossier.Excerpt, opt Options) *briefing {
	lim := listLimits
	b := &briefing{meta: clipMeta(d.Meta), date: opt.created(), tags: d.Tags,
		leftOut: map[string]map[int]int{}}
	index := make(map[int64]int, len(d.Articles))
	for i, a := range d.Articles {
		index[a.ID] = i + 1
		a.Title, a.Outlet, a.Author = clip(a.Title, lim.name), clip(a.Outlet, lim.name), clip(a.Author, lim.name)
		a.Published, a.URL, a.File = clip(a.Published, lim.name), clip(a.URL, lim.name), clip(Visible(a.File), lim.name)
		b.articles = append(b.articles, a)
	}
	at := func(p dossier.Provenance) cite { return cite{index[p.ArticleID], p.Paragraph} }
	keep := func(s dossier.Status) bool {
		return s != dossier.Rejected && (s == dossier.Accepted || !opt.LeaveOutProposed)
	}
	unrev := func(s dossier.Status) bool { return s != dossier.Accepted }
	left := func(kind string) map[int]int {
		m := map[int]int{}
		b.leftOut[kind] = m
		if ex != nil {
			for a, n := range ex.Left[kind] {
				m[index[a]] += n
			}
		}
		return m
	}
	// Where items compete for a place, the ones an analyst accepted win.
	accepted := func(s dossier.Status) int {
		if s == dossier.Accepted {
			return 0
		}
		return 1
	}
	name := func(s string) string { return clip(s, lim.name) }
	text := func(s string) string { return clip(s, lim.text) }

	// Quotes per speaker are counted over every quote, listed or not, so
	// the key actors keep their order.
	quoteCount := map[string]int{}
	nQuotes := 0
	if ex != nil {
		for name, n := range ex.QuotesBySpeaker {
			quoteCount[speakerOf(dossier.Quote{SpeakerName: name})] += n
		}
		nQuotes = ex.TotalQuotes
	} else {
		for _, q := range d.Quotes {
			if keep(q.Status) {
				quoteCount[speakerOf(q)]++
				nQuotes++
			}
		}
	}
	qs := d.Quotes
	quotesBy := map[string][]quoteRow{}
	var speakerOrder []string
	speakerID := map[string]int64{}
	for _, i := range pick(len(qs), lim.quotes, func(i int) bool { return keep(qs[i].Status) },
		func(i int) int { return index[qs[i].Prov.ArticleID] },
		func(i, j int) bool { return accepted(qs[i].Status) < accepted(qs[j].Status) }, left("quotes")) {
		q := qs[i]
		name := speakerOf(q)
		if _, ok := quotesBy[name]; !ok {
			speakerOrder = append(speakerOrder, name)
		}
		if speakerID[name] == 0 {
			speakerID[name] = q.SpeakerID
		}
		quotesBy[name] = append(quotesBy[name], quoteRow{
			ref: dossier.ItemRef{Kind: dossier.KindQuote, ID: q.ID}, text: text(q.Text), cue: clip(q.Cue, lim.name),
			at: at(q.Prov), grade: gradeText(q.Grade), unreviewed: unrev(q.Status),
		})
	}
	// Speakers with most quotes first; unattributed quotes last.
	sort.SliceStable(speakerOrder, func(i, j int) bool {
		a, b := speakerOrder[i], speakerOrder[j]
		if (a == "Unattributed") != (b == "Unattributed") {
			return b == "Unattributed"
		}
		return quoteCount[a] > quoteCount[b]
	})
	for _, n := range speakerOrder {
		b.speakers = append(b.speakers, speakerGroup{name: name(n), quotes: quotesBy[n], total: quoteCount[n]})
	}

	// A speaker's heading carries the actor's role, even when the actor
	// itself is still a proposal left out of the actors table.
	roles := make(map[int64]string, len(b.speakers))
	for _, id := range speakerID {
		roles[id] = ""
	}
	for _, a := range d.Actors {
		if _, ok := roles[a.ID]; ok {
			roles[a.ID] = name(joinNonEmpty(", ", a.Role, a.Affiliation))
		}
	}
	for i, n := range speakerOrder {
		b.speakers[i].roleAff = roles[speakerID[n]]
	}

	as := d.Actors
	nActors := 0
	for _, i := range pick(len(as), lim.actors, func(i int) bool { return keep(as[i].Status) },
		func(i int) int { return index[as[i].First.ArticleID] },
		func(i, j int) bool {
			x, y := as[i], as[j]
			if accepted(x.Status) != accepted(y.Status) {
				return accepted(x.Status) < accepted(y.Status)
			}
			if quoteCount[x.Name] != quoteCount[y.Name] {
				return quoteCount[x.Name] > quoteCount[y.Name]
			}
			return x.Mentions > y.Mentions
		}, left("actors")) {
		a := as[i]
		b.actors = append(b.actors, actorRow{
			ref:  dossier.ItemRef{Kind: dossier.KindActor, ID: a.ID},
			name: name(a.Name), kind: name(a.Kind), roleAff: name(joinNonEmpty(", ", a.Role, a.Affiliation)),
			quotes: quoteCount[a.Name], mentions: a.Mentions, first: at(a.First), unreviewed: unrev(a.Status),
		})
	}
	for _, a := range as {
		if keep(a.Status) {
			nActors++
		}
	}
	// Key actors: who speaks most, then who is mentioned most.
	sort.SliceStable(b.actors, func(i, j int) bool {
		x, y := b.actors[i], b.actors[j]
		if x.quotes != y.quotes {
			return x.quotes > y.quotes
		}
		return x.mentions > y.mentions
	})

	ss := d.Sources
	firstArticle := func(s dossier.Source) int {
		if len(s.Citations) == 0 {
			return 0
		}
		return index[s.Citations[0].Prov.ArticleID]
	}
	nSources := 0
	for _, s := range ss {
		if keep(s.Status) {
			nSources++
		}
	}
	for _, i := range pick(len(ss), lim.sources, func(i int) bool { return keep(ss[i].Status) },
		func(i int) int { return firstArticle(ss[i]) },
		func(i, j int) bool {
			if accepted(ss[i].Status) != accepted(ss[j].Status) {
				return accepted(ss[i].Status) < accepted(ss[j].Status)
			}
			return len(ss[i].Citations) > len(ss[j].Citations)
		}, left("sources")) {
		s := ss[i]
		row := sourceRow{
			ref:  dossier.ItemRef{Kind: dossier.KindSource, ID: s.ID},
			name: name(s.Name), kind: name(s.Kind), grade: gradeText(s.Grade), unreviewed: unrev(s.Status),
		}
		// A source cited a million times is cited in a few ways, at a
		// few places worth listing: the distinct ones, up to a limit.
		seen := map[cite]bool{}
		var hows []string
		for _, c := range s.Citations {
			if h := name(relationText(c.Relation)); h != "" && !contains(hows, h) && len(hows) < lim.cites {
				hows = append(hows, h)
			}
			if w := at(c.Prov); !seen[w] {
				seen[w] = true
				if len(row.at) < lim.cites {
					row.at = append(row.at, w)
				}
			}
		}
		row.moreAt = len(seen) - len(row.at)
		row.how = strings.Join(hows, "; ")
		b.sources = append(b.sources, row)
	}

	qn := d.Questions
	if ex != nil {
		b.nOpen = ex.OpenQuestions
	} else {
		for _, q := range qn {
			if keep(q.Status) && (q.State == "" || q.State == dossier.QOpen) {
				b.nOpen++
			}
		}
	}
	for _, i := range pick(len(qn), lim.questions, func(i int) bool { return keep(qn[i].Status) },
		func(i int) int { return index[qn[i].Prov.ArticleID] },
		func(i, j int) bool { return accepted(qn[i].Status) < accepted(qn[j].Status) }, left("questions")) {
		q := qn[i]
		state := string(q.State)
		if state == "" {
			state = string(dossier.QOpen)
		}
		b.question = append(b.question, questionRow{
			ref:  dossier.ItemRef{Kind: dossier.KindQuestion, ID: q.ID},
			text: text(q.Text), sentence: text(q.Sentence), state: name(state), answer: text(q.Answer), evidence: text(q.Evidence),
			at: at(q.Prov), unreviewed: unrev(q.Status),
		})
	}

	es := d.Events
	nEvents := 0
	if ex != nil {
		nEvents = ex.TotalEvents
	} else {
		for _, e := range es {
			if keep(e.Status) {
				nEvents++
			}
		}
	}
	for _, i := range pick(len(es), lim.events, func(i int) bool { return keep(es[i].Status) },
		func(i int) int { return index[es[i].Prov.ArticleID] },
		func(i, j int) bool { return accepted(es[i].Status) < accepted(es[j].Status) }, left("events")) {
		e := es[i]
		b.events = append(b.events, eventRow{
			ref:  dossier.ItemRef{Kind: dossier.KindEvent, ID: e.ID},
			when: name(e.When), value: name(e.Value), text: text(e.Text), at: at(e.Prov), unreviewed: unrev(e.Status),
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
	more := map[dossier.ItemRef]int{}
	for _, n := range d.Notes {
		if t := strings.TrimSpace(n.Text); t != "" {
			if len(b.notes[n.Target]) < lim.notes {
				b.notes[n.Target] = append(b.notes[n.Target], text(t))
			} else {
				more[n.Target]++
			}
		}
	}
	for ref, n := range more {
		b.notes[ref] = append(b.notes[ref], fmt.Sprintf("%s more notes are in the dossier.", thousands(n)))
	}

	b.counts = []count{
		{"Articles", len(d.Articles)}, {"Actors", nActors}, {"Quotes", nQuotes},
		{"Sources", nSources}, {"Open questions", b.nOpen}, {"Dated events", nEvents},
	}
	b.lead = strings.TrimSpace(b.meta.BottomLine)
	if b.lead == "" {
		b.lead, b.leadMade = generatedLead(b), true
	}
	return b
}

func speakerOf(q dossier.Quote) string {
	if q.SpeakerName == "" {
		return "Unattributed"
	}
	return q.SpeakerName
}

// clipMeta shortens the dossier's own fields to what a cover and a running
// header can hold.
func clipMeta(m dossier.Meta) dossier.Meta {
	lim := listLimits
	m.Title, m.Subject = clip(m.Title, lim.name), clip(m.Subject, 4*lim.name)
	m.Author, m.Marking = clip(m.Author, lim.name), clip(m.Marking, lim.name)
	m.BottomLine = clip(m.BottomLine, 2*lim.text)
	return m
}

// tagLine is an item's tags as one line, or "".
func (b *briefing) tagLine(ref dossier.ItemRef) string {
	tags := b.tags[ref]
	if len(tags) == 0 {
		return ""
	}
	shown := firstN(tags, listLimits.tags, func(n int) string { return "and " + thousands(n) + " more" })
	for i, t := range shown {
		shown[i] = clip(t, listLimits.name)
	}
	return strings.Join(shown, ", ")
}

// leftOutNote says what the briefing left out of a section, or "".
func (b *briefing) leftOutNote(kind string) string {
	plural := map[string]string{"actors": "actors", "quotes": "quotes", "sources": "sources",
		"questions": "questions", "events": "dated events"}[kind]
	limit := map[string]int{"actors": listLimits.actors, "quotes": listLimits.quotes, "sources": listLimits.sources,
		"questions": listLimits.questions, "events": listLimits.events}[kind]
	return leftOutNote(plural, limit, b.leftOut[kind])
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
	if n := b.counts[2].n; n > 0 && len(b.speakers) > 0 {
		top := b.speakers[0]
		switch {
		case len(b.speakers) == 1:
			fmt.Fprintf(&s, " All %s recorded quotes are from %s.", thousands(n), top.name)
		case top.name != "Unattributed" && top.total > 1:
			fmt.Fprintf(&s, " %s is quoted most: %s of %s quotes from %s speakers.", capFirst(top.name),
				thousands(top.total), thousands(n), thousands(len(b.speakers)))
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
	sign := ""
	if n < 0 {
		// Cut the sign off the digits rather than negate n, which
		// overflows for the smallest int.
		sign, s = "-", s[1:]
	}
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return sign + s
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
