package extract

import (
	"sort"
	"strconv"
	"strings"
)

// An open point is a sentence that leaves something unsettled: "it is not
// yet clear whether", "declined to comment", "could spark violence". Each
// sentence without a question mark is described by features (the cue
// classes of data/openpoints.txt it matches, its modal verbs, a "whether"
// clause, a leading "if", being quoted, …); the features' weights add up
// to a score, and a sentence scoring above zero is an open point. The
// weights are those of a logistic model fitted to the hand-annotated
// articles, each pulled towards the prior weight its class header gives,
// so that a cue no annotated article shows keeps the weight a reader gave
// it (scripts/fit-openpoints.sh refits them).

// openCue is one cue of data/openpoints.txt: its words, its class and its
// rank in the file.
type openCue struct {
	words []string
	text  string // the words joined by spaces, as a question phrases them
	class int
	rank  int
}

// cueClass is a class of open-point cues, or a feature the code sets, with
// the weight a reader gave it before any fitting.
type cueClass struct {
	name  string
	prior float64
	cued  bool // the class has cues; the code sets the others
}

// quotedSuffix marks a feature seen only inside a quotation: a speaker's
// own hedge says less than the article's.
const quotedSuffix = "/q"

// cueClasses, cuesByWord and openWeights hold data/openpoints.txt: the
// classes in file order, the cues indexed by their first word, and the
// weight of every feature.
var cueClasses, cuesByWord, openWeights = loadOpenCues("openpoints.txt")

// loadOpenCues reads "[class prior]" headers, each followed by the class's
// cues, one a line; "|" separates alternative words and "_" joins the
// words of one alternative. A header with no cues is a feature the code
// sets. The "[fitted]" section lists the fitted weight of each feature.
func loadOpenCues(name string) ([]cueClass, map[string][]openCue, map[string]float64) {
	b, err := dataFS.ReadFile("data/" + name)
	if err != nil {
		panic("extract: missing embedded " + name)
	}
	var classes []cueClass
	byWord := map[string][]openCue{}
	weights := map[string]float64{}
	fitted := false
	rank := 0
	for _, line := range strings.Split(string(b), "\n") {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if line == "[fitted]" {
			fitted = true
			continue
		}
		f := strings.Fields(line)
		if fitted {
			w, err := strconv.ParseFloat(f[len(f)-1], 64)
			if len(f) != 2 || err != nil {
				panic("extract: " + name + ": bad fitted weight " + line)
			}
			weights[f[0]] = w
			continue
		}
		if strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]") {
			f = strings.Fields(line[1 : len(line)-1])
			w, err := strconv.ParseFloat(f[len(f)-1], 64)
			if len(f) != 2 || err != nil {
				panic("extract: " + name + ": bad class header " + line)
			}
			classes = append(classes, cueClass{name: f[0], prior: w})
			continue
		}
		if len(classes) == 0 {
			panic("extract: " + name + ": cue before any class")
		}
		classes[len(classes)-1].cued = true
		for _, ws := range expandCue(f) {
			byWord[ws[0]] = append(byWord[ws[0]], openCue{words: ws, text: strings.Join(ws, " "), class: len(classes) - 1, rank: rank})
			rank++
		}
	}
	for name, w := range openPriors(classes) {
		if _, ok := weights[name]; !ok {
			weights[name] = w
		}
	}
	return classes, byWord, weights
}

// openPriors gives each feature its prior weight: its header's, and for
// the quoted variant of a cue class the same when the class is strong
// (a speaker's "we have no further comment" leaves the point open too),
// nothing (zero) when it is a mere hint. Every feature the code can set
// thus has a weight, fitted or not.
func openPriors(classes []cueClass) map[string]float64 {
	m := map[string]float64{}
	for _, c := range classes {
		m[c.name] = c.prior
	}
	for _, c := range classes {
		q := c.name + quotedSuffix
		if _, ok := m[q]; ok || !c.cued {
			continue
		}
		m[q] = 0
		if c.prior >= 2 || c.prior < 0 {
			m[q] = c.prior
		}
	}
	return m
}

// expandCue spells out the alternatives of a cue's fields: "did_not|didn't
// respond|reply" gives "did not respond", "did not reply", "didn't respond"
// and "didn't reply".
func expandCue(fields []string) [][]string {
	out := [][]string{nil}
	for _, f := range fields {
		var next [][]string
		for _, prefix := range out {
			for _, alt := range strings.Split(f, "|") {
				ws := append(append([]string{}, prefix...), strings.Split(alt, "_")...)
				next = append(next, ws)
			}
		}
		out = next
	}
	return out
}

// hasWords reports whether the tokens from i on are the given words.
func (d *doc) hasWords(i, to int, words ...string) bool {
	if i+len(words) > to {
		return false
	}
	for k, w := range words {
		if d.low(i+k) != w {
			return false
		}
	}
	return true
}

// openSentence is what the open-point score sees of a sentence: its
// features, and the cues that can phrase it as a question with the
// feature each stands for.
type openSentence struct {
	feats    []string
	phrasers []phraser
	phrased  map[string]bool // the cues in phrasers
}

// phraser is a cue that may phrase the point as a question, the feature
// whose weight ranks it, and its rank in the cue file.
type phraser struct {
	cue, feat string
	rank      int
}

// add records a feature once.
func (o *openSentence) add(f string) {
	for _, g := range o.feats {
		if g == f {
			return
		}
	}
	o.feats = append(o.feats, f)
}

// addPhraser records a cue that can phrase the point, once: a sentence
// of a thousand modals is phrased by the first that can.
func (o *openSentence) addPhraser(p phraser) {
	if o.phrased[p.cue] {
		return
	}
	if o.phrased == nil {
		o.phrased = map[string]bool{}
	}
	o.phrased[p.cue] = true
	o.phrasers = append(o.phrasers, p)
}

// openScore adds up the weights of the features, the bias included.
func openScore(feats []string, weights map[string]float64) float64 {
	s := weights["bias"]
	for _, f := range feats {
		s += weights[f]
	}
	return s
}

// openFeatures describes the sentence of tokens [from, to) for the
// open-point score. Every loop is bounded by the sentence, and the
// windows around a modal by a few words, so that the cost stays linear.
func (d *doc) openFeatures(from, to int) *openSentence {
	o := &openSentence{feats: []string{}}
	d.cueFeatures(o, from, to)
	// "whether" opening a clause: "The coming weeks may reveal whether …".
	for i := from; i < to-1; i++ {
		// "whether to stay" weighs a step, "whether in person or online"
		// names alternatives.
		if d.low(i) != "whether" || prepositions[d.low(i+1)] && d.low(i+1) != "to" || !d.toks[i+1].word {
			continue
		}
		switch {
		case i > from+1 && (d.low(i-1) == "on" || d.low(i-1) == "of") && conditionWords[d.low(i-2)]:
			// "depending on whether" states a condition; "still out
			// on whether" and "questions on whether" ask.
			o.add("whether-condition")
		case d.concessiveWhether(from, i):
			// "Whether you're out exploring or at home, …" concedes any
			// case; it asks nothing.
			o.add("whether-concessive")
		case d.quotedTok(i):
			o.add("whether" + quotedSuffix)
		default:
			o.add("whether")
			o.addPhraser(phraser{cue: "whether", feat: "whether"})
		}
		break
	}
	d.modalFeatures(o, from, to)
	d.aheadFeatures(o, from, to)
	first := from
	for first < to && !d.toks[first].word {
		first++
	}
	if first < to && d.low(first) == "if" {
		o.add("if-first")
		if d.findWords(from, to, "likely", "to") {
			o.add("if-likely")
			o.addPhraser(phraser{cue: "likely", feat: "if-likely"})
		}
	} else {
		for i := first + 1; i < to; i++ {
			if d.low(i) == "if" {
				if d.quotedTok(i) {
					o.add("if-inside" + quotedSuffix)
				} else {
					o.add("if-inside")
				}
			}
		}
	}
	words, quoted, personal := 0, 0, false
	for i := from; i < to; i++ {
		if !d.toks[i].word {
			continue
		}
		words++
		in := d.quotedTok(i)
		if !in && i > first && d.openClass(i)&oEmbed != 0 && (d.low(i) == "why" || d.low(i) == "how") {
			// "didn't estimate how many", "argued over why": a question
			// asked inside the sentence.
			o.add("wh-inside")
			// "Some are asking why", "experts have argued over why",
			// "the question of how much": someone asks it, the article
			// does not answer it in passing. The writer's own "I asked
			// him how" is the interview, answered next.
			for k := max(from, i-3); k < i; k++ {
				if inquiryWords[d.low(k)] && !(k > from && d.personal(k-1)) {
					o.add("wh-asked")
					break
				}
			}
		}
		if !in && i > first && d.openClass(i)&oEmbed != 0 && d.negatedBefore(max(from, i-5), i) {
			// "couldn't tell who or why", "did not say when": a question
			// someone did not or could not answer.
			o.add("not-wh")
		}
		if in {
			quoted++
		}
		if d.class(i)&fSpeech != 0 && !in {
			o.add("speech")
		}
		if !in && d.personal(i) {
			personal = true
		}
	}
	switch {
	case quoted*2 > words:
		o.add("quoted")
	case quoted > 0:
		o.add("part-quoted")
	}
	if personal {
		o.add("personal")
	}
	return o
}

// cueFeatures adds the cue classes matched in tokens [from, to), each
// once: plain when a cue of the class stands in the article's own words,
// quoted when all of them stand inside quotations.
func (d *doc) cueFeatures(o *openSentence, from, to int) {
	var own, inQuote []int
	for i := from; i < to; i++ {
		if d.class(i)&fCueStart == 0 {
			continue
		}
		for _, c := range cueLists[d.cueList(i)] {
			// The first word is the token's own.
			if !d.hasWords(i+1, to, c.words[1:]...) {
				continue
			}
			name := cueClasses[c.class].name
			if d.quotedTok(i) {
				inQuote = appendOnce(inQuote, c.class)
			} else {
				own = appendOnce(own, c.class)
			}
			o.addPhraser(phraser{cue: c.text, feat: name, rank: c.rank})
		}
	}
	for _, c := range own {
		o.add(cueClasses[c].name)
	}
	for _, c := range inQuote {
		if !contains(own, c) {
			o.add(cueClasses[c].name + quotedSuffix)
		}
	}
	// A quoted cue phrases with the quoted feature's weight.
	for k := range o.phrasers {
		p := &o.phrasers[k]
		for _, c := range inQuote {
			if cueClasses[c].name == p.feat && !contains(own, c) {
				p.feat += quotedSuffix
			}
		}
	}
}

func appendOnce(xs []int, x int) []int {
	if contains(xs, x) {
		return xs
	}
	return append(xs, x)
}

func contains(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// modalFeatures adds the modal verbs of tokens [from, to) that leave an
// outcome open ("If convicted, he could face decades in jail", "the power
// vacuum could spark even greater violence"), one feature per modal word,
// and the ones that look back ("may have been exposed"), deny ("would not
// return"), describe ("could easily pass as") or stand in a quote.
func (d *doc) modalFeatures(o *openSentence, from, to int) {
	ifFirst := d.low(from) == "if" || from+1 < to && !d.toks[from].word && d.low(from+1) == "if"
	for i := from; i < to-1; i++ {
		if d.class(i)&fModal == 0 {
			continue
		}
		lw := d.low(i)
		// "May" and "Will" with a capital are a month and a name.
		if d.toks[i].cap && (lw == "may" || lw == "will") && i > from {
			continue
		}
		nx := d.low(i + 1)
		// A modal noun ("military might to", "the will of"), or the
		// reader's or the writer's own ("you could read these numbers as",
		// "I may have").
		if !d.toks[i+1].word || d.toks[i+1].cap && nx != "i" || nx == "to" || nx == "of" || i > from && d.personal(i-1) {
			continue
		}
		// "may or may not have": the second modal is the first's, already
		// weighed or left out.
		if i > from+1 && d.low(i-1) == "or" && d.class(i-2)&fModal != 0 {
			continue
		}
		quoted := d.quotedTok(i)
		// "I think that conversion will be tough", "Patrick is betting
		// that he can": a forecast someone holds, not a fact.
		for k := max(from, i-6); k < i; k++ {
			if beliefWords[d.low(k)] {
				if quoted {
					o.add("belief-modal" + quotedSuffix)
				} else {
					o.add("belief-modal")
				}
				break
			}
		}
		var f string
		switch {
		case nx == "have" && (lw == "may" || lw == "might"):
			// "may have been murdered": a past nobody has settled.
			f = "modal-have"
		case nx == "have" && lw == "could":
			// "could have been exposed" doubts a past as often as
			// "they could have shown" imagines one that never was.
			f = "modal-could-have"
		case nx == "have":
			// "would have meant": what never was.
			f = "modal-would-have"
		case (nx == "not" || nx == "never") && (lw == "may" || lw == "might"):
			// "may not halt the stand-off": a doubt about what comes,
			// where "could not prove" tells what was.
			f = "modal-may-not"
		case nx == "not" || nx == "never" || strings.HasSuffix(lw, "n't"):
			f = "modal-not"
		case nx == "be" && i+2 < to && d.low(i+2) == "seen":
			f = "modal-seen"
		case d.describes(from, i):
			f = "modal-describes"
		case lw == "would" && ifFirst:
			f = "modal:would-if"
		default:
			f = "modal:" + lw
		}
		if quoted {
			f += quotedSuffix
		}
		o.add(f)
		if !quoted && strings.HasPrefix(f, "modal:") {
			o.addPhraser(phraser{cue: lw, feat: f})
		}
	}
}

// conditionWords before "on whether" or "of whether" make it a condition
// ("depending on whether", "regardless of whether").
var conditionWords = wordSet("conditionWords")

// embedWords open a question embedded in a sentence.
var embedWords = wordSet("embedWords")

// inquiryWords, a few words before "how" or "why", make it a question
// someone raises or works at ("asked why", "figuring out how"), where
// "shows how" and "here's why" tell the answer.
var inquiryWords = wordSet("inquiryWords")

// negatedBefore reports a negation among tokens [from, to).
func (d *doc) negatedBefore(from, to int) bool {
	for k := from; k < to; k++ {
		lw := d.low(k)
		if lw == "not" || lw == "no" || lw == "never" || lw == "nobody" || strings.HasSuffix(lw, "n't") || strings.HasSuffix(lw, "n’t") {
			return true
		}
	}
	return false
}

// beliefWords, a few words before a modal verb, make its outcome
// someone's belief or bet.
// Only words that are no nouns: "suspects could be sent abroad".
var beliefWords = wordSet("beliefWords")

// phrasePoint phrases an open point as a question. A strong cue phrases
// best ("declined to comment" -> "Will X comment?"), then a "whether"
// clause, then a modal verb, then "likely", then a weak cue; the heaviest
// first within each, the earliest listed among equals. When none can, the
// sentence stands.
func (d *doc) phrasePoint(s Sent, from, to int, o *openSentence, weights map[string]float64) string {
	group := func(p phraser) int {
		switch {
		case p.feat == "whether":
			return 1
		case strings.HasPrefix(p.feat, "modal:"):
			return 2
		case p.feat == "if-likely":
			return 3
		case weights[p.feat] >= 2:
			return 0
		}
		return 4
	}
	ps := append([]phraser{}, o.phrasers...)
	sort.SliceStable(ps, func(a, b int) bool {
		ga, gb := group(ps[a]), group(ps[b])
		if ga != gb {
			return ga < gb
		}
		wa, wb := weights[ps[a].feat], weights[ps[b].feat]
		if wa != wb {
			return wa > wb
		}
		return ps[a].rank < ps[b].rank
	})
	raw := standingText(d.text[s.Start:s.End])
	for _, p := range ps {
		if weights[p.feat] <= 0 {
			continue
		}
		if q := d.phraseOpen(s, from, to, p.cue); q != raw {
			return q
		}
	}
	return raw
}

// chargeWords are what a person "faces" when a case is still to be tried
// or sentenced: "still faces nine state charges", "faces up to 20 years".
var chargeWords = wordSet("chargeWords")

// planVerbs, before "to", announce a step someone means to take.
var planVerbs = wordSet("planVerbs")

// aheadWords name a time still to come on their own.
var aheadWords = wordSet("aheadWords")

// periodWords follow "this", "next" or "coming" to name a period.
var periodWords = wordSet("periodWords")

// aheadFeatures adds what points the sentence at a time to come in the
// article's own words ("next year", "in the coming weeks", "later this
// week"), and such a time or a named day or date ("on Wednesday", "Feb.
// 14", "this year") beside the article's own "will" ("Job cuts will be announced later this week"), a
// forecast rather than a description of what a thing does. A person who
// still faces charges, trial or years in prison has a case to be decided.
// Each look is a few tokens wide, so the cost stays linear.
func (d *doc) aheadFeatures(o *openSentence, from, to int) {
	ahead, named, will, plan := false, false, false, false
	for i := from; i < to; i++ {
		if !d.toks[i].word || d.quotedTok(i) {
			continue
		}
		lw := d.low(i)
		oc := d.openClass(i)
		switch {
		case oc&oAhead != 0:
			ahead = true
		case d.toks[i].cap && i > from:
			if oc&oCalendar == 0 {
				break
			}
			if _, ok := weekdays[lw]; ok {
				named = true
			}
			if _, ok := monthNames[lw]; ok && i+1 < to && isDigits(d.low(i+1)) {
				named = true
			}
		case lw == "this" && i+1 < to && periodWords[d.low(i+1)]:
			// "this year" looks back as often as ahead; "later this
			// week" does not.
			if i > from && d.low(i-1) == "later" {
				ahead = true
			} else {
				named = true
			}
		case (lw == "next" || lw == "coming") && i+1 < to && (periodWords[d.low(i+1)] || isDigits(d.low(i+1))):
			// "next year", "in the coming weeks", "within the next 24
			// hours".
			ahead = true
		case oc&oPlan != 0 && i+1 < to && d.low(i+1) == "to":
			plan = true
		case lw == "will" || lw == "'ll" || lw == "’ll":
			if i+1 < to && d.toks[i+1].word && !d.toks[i+1].cap {
				will = true
			}
		case (lw == "face" || lw == "faces" || lw == "facing") && i > from && d.low(i-1) == "still":
			// "still faces nine charges": a plain "faces charges" tells
			// what the charge is; "still" says it is not settled.
			for k := i + 1; k < to && k <= i+6; k++ {
				if chargeWords[d.low(k)] {
					o.add("faces-charge")
					break
				}
			}
		}
	}
	if ahead {
		o.add("when-ahead")
	}
	if (ahead || named) && will {
		o.add("will-when")
	}
	if (ahead || named) && plan {
		// "The Lakers plan to re-evaluate him within the next 24 hours".
		o.add("plan-when")
	}
	// The last two paragraphs of an article often say what comes next;
	// in a text of a few paragraphs position says nothing.
	if p := d.sents[d.toks[from].sent].Para; len(d.paras) >= 5 && p >= len(d.paras)-1 {
		o.add("tail")
	}
}

// isDigits reports a number written in digits only.
func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}
