package extract

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// rawQuote is a quotation found by pairing quote marks, before attribution.
type rawQuote struct {
	start, end int // text inside the marks
	para       int // 1-based
	open       int // byte offset of the opening mark
	close      int // byte offset just after the closing mark (paragraph end if running on)
	runsOn     bool
	continues  bool // continues a quotation from the previous paragraph
}

// findQuotes finds every direct quotation and its speaker.
func findQuotes(d *doc) []Quote {
	raws := d.quotations()
	out := make([]Quote, 0, len(raws))
	var last attribution
	// saidPara is last's paragraph: the context carries a speaker on only
	// from there, so a quotation no one was found for breaks the thread.
	saidPara := 0
	// cued marks the quotations attributed by a cue of their own, not
	// by the context; heading those in a heading's words.
	var cued, heading []bool
	// termBy is the speaker a short quotation's own cue names (a term
	// quoted in reported speech), termPara its paragraph: a quotation
	// after it in the paragraph with no cue goes on with them.
	var termBy attribution
	termPara := 0
	// spoke marks the actors quoted so far.
	spoke := map[int]bool{}
	for i, r := range raws {
		text := strings.TrimSpace(d.text[r.start:r.end])
		if text == "" {
			continue
		}
		a := d.attribute(r)
		if a.speaker == "" && r.runsOn && !r.continues {
			a = d.runCue(raws[i+1:])
		}
		ownCue := a.speaker != ""
		switch {
		case a.speaker == "" && r.continues:
			a = last
		case a.speaker == "" && i > 0 && r.para == saidPara && last.speaker != "" && raws[i-1].para == r.para:
			// A second quotation in a paragraph with no cue of its own goes on
			// with the paragraph's speaker, unless a sentence between them
			// reports someone else's speech: `"…," Ruiz said. Her friend
			// Ann Lee wrote on her page. "You are an angel."`.
			a = last
			if b := d.leadIn(r); b.speaker != "" && b.speaker != last.speaker && d.sents[d.sentenceAt(r.open)-1].Start >= raws[i-1].close {
				if b.cue = d.speechVerbIn(d.sentenceAt(r.open) - 1); b.cue != "" {
					a = b
				}
			} else if d.sents[d.sentenceAt(r.open)].Start >= raws[i-1].close {
				// "… warned them they may hear "…". Host Alan Cumming
				// later apologized "if you are offended"": a sentence of
				// its own whose subject is a person named quotes them.
				// The quotation must follow a word of the subject's own
				// ("apologized"): right after the name ("Abbas "has put
				// aside …"") it is the last speaker's words about them.
				// So do relatives or others a person's possessive names
				// ("Lopez's teacher called her "…"").
				if b := d.subjectSpeaker(r); b.speaker != "" && b.speaker != last.speaker && d.afterLowerWord(r.open) {
					a = b
				}
			}
		case a.speaker == "" && i > 0 && r.para == termPara && raws[i-1].para == r.para && termBy.named:
			a = termBy
		case a.speaker == "" && (i == 0 || raws[i-1].para != r.para) && d.leadIn(r).speaker != "":
			// "Dan Reed, the spokesman, was blunt. "We did nothing wrong."":
			// the person the paragraph opens with speaks.
			a = d.leadIn(r)
		case a.speaker == "" && i > 0 && (r.para == saidPara || r.para == saidPara+1) && d.standsAlone(r):
			// A quotation standing alone continues the last speaker.
			a = last
		case a.speaker == "":
			a = d.subjectSpeaker(r)
			if a.speaker == "" {
				a = d.reportedBefore(r)
			}
			if a.speaker == "" {
				a = d.reportedParaBefore(r)
			}
			if a.speaker == "" {
				a = d.paraLeadIn(r)
			}
			if a.speaker == "" {
				a = d.namedBefore(r)
			}
			// A heading between paragraphs ("An issue 'synonymous with
			// cricket tours'") repeats words quoted in the story.
			// A paragraph of narration that names no one and reports no
			// speech may stand between them: `"…," she said.` then `The
			// other finding proves …` then `"This is an important finding."`.
			// A word or two in quotation marks in the narration ("had
			// brought "shame" on the family") is a term, no speech.
			prevSaid := i > 0 && raws[i-1].para == saidPara || i > 1 && raws[i-2].para == saidPara && raws[i-1].para == r.para-1 &&
				countWordsTo(d.text[raws[i-1].start:raws[i-1].end], 4) < 4
			if a.speaker == "" && last.speaker != "" && (r.para <= saidPara+1 || r.para == saidPara+2 && r.open == d.paras[r.para-1].Start &&
				prevSaid && d.narrationOnly(r.para-1)) && !d.headingQuote(r) {
				// Nothing names another speaker: the one quoted just
				// before goes on (no cue of its own makes it speech).
				a = last
				a.after = false
			}
			if a.speaker == "" {
				// "But for Parata and his family the deaths are personal."
				// then a quotation paragraph: the one person the paragraph
				// before names, when the article has quoted them already.
				if k := d.onlyPersonBefore(r); k >= 0 && spoke[k] {
					a = attribution{speaker: d.actors[k].Name, named: true}
				}
			}
		}
		// `"…," he said` whose pronoun found no one: the context may not
		// give the quotation to a person the pronoun cannot stand for.
		if !ownCue && a.speaker != "" && !d.pronounAgrees(r, a) {
			a = attribution{}
		}
		// Short quotations are scare quotes, names and terms unless a cue
		// right after them makes them speech ("Never," she said).
		if countWordsTo(text, 4) < 4 && !a.after {
			// Its cue still names who the paragraph reports: `D'Amaro
			// said the cuts were due to the "prolonged impact" of the
			// virus. That included "limited capacity …"`.
			if ownCue {
				termBy, termPara = a, r.para
			}
			continue
		}
		// The "Pose" actor: a short quotation between an article and a
		// noun names a work, whatever speaks after it.
		if countWordsTo(text, 4) < 4 && d.modifiesNoun(r) {
			continue
		}
		if d.isNickname(r) {
			continue
		}
		// "Lord of the Rings: The Rings of Power" star Robert Aramayo: a
		// quotation written in title case names a work, not speech,
		// unless a comma hands it to a cue ("Happy New Year," she said).
		// A colon before it introduces words, though: `wrote on Twitter:
		// "The Fake News Media Is The Enemy Of The People"`.
		if titleCased(text) && (!a.after || !strings.HasSuffix(text, ",")) &&
			!strings.HasSuffix(strings.TrimRight(d.text[:r.open], " "), ":") {
			continue
		}
		s, e := trimSpan(d.text, r.start, r.end)
		out = append(out, Quote{Text: d.text[s:e], Speaker: a.speaker, Cue: a.cue, Paragraph: r.para,
			Start: s, End: e, SpeakerNamed: a.named})
		cued = append(cued, ownCue)
		heading = append(heading, !ownCue && d.headingQuote(r))
		// A word or two in quotation marks that no named speaker says
		// ("define and “steward” all things open source") is a term
		// someone used, and hands the thread of speech on to no one.
		if a.speaker != "" && (a.named || countWordsTo(text, 3) >= 3) {
			last, saidPara = a, r.para
			d.lastSpeaker = d.actorIndex(a)
			if d.lastSpeaker >= 0 {
				spoke[d.lastSpeaker] = true
			}
		}
	}
	repeatSpeakers(out, cued, heading)
	return out
}

// headingQuote reports a quotation inside a heading between paragraphs
// that has words of its own: "An issue 'synonymous with cricket tours'".
func (d *doc) headingQuote(r rawQuote) bool {
	p := d.paras[r.para-1]
	return d.isFurniture(r.para) && countWordsTo(d.text[p.Start:p.End], 13) <= 12 && (strings.TrimSpace(d.text[p.Start:r.open]) != "" || strings.Trim(d.text[min(r.close, p.End):p.End], " ") != "")
}

// pullQuoteLimit bounds how many uncued quotations are looked up as pull
// quotes, so the look-up stays linear in the article's length.
const pullQuoteLimit = 16

// repeatSpeakers gives a quotation no cue of its own attributes (a pull
// quote set apart at the top of a piece or between paragraphs, a line
// repeated in a caption) the speaker of the same words quoted with a cue
// elsewhere in the article; cued[i] tells whether qs[i] has a cue, and
// heading[i] whether it stands in a heading, where three words repeated
// are enough.
func repeatSpeakers(qs []Quote, cued, heading []bool) {
	need := func(i int) int {
		if heading[i] {
			return 3
		}
		return 6
	}
	// Most articles attribute every quotation by its cue: nothing to do.
	uncued := false
	for i := range qs {
		if !cued[i] && countWordsTo(qs[i].Text, need(i)) >= need(i) {
			uncued = true
			break
		}
	}
	if !uncued {
		return
	}
	var withCue strings.Builder
	var speakers []Quote
	var ends []int
	for i, q := range qs {
		if cued[i] && q.Speaker != "" {
			// " words |": a space on both sides of every word, so that a
			// run of words is found only whole ("art of the deal" is not
			// in "the start of the deal"), and no run spans two quotations.
			withCue.WriteByte(' ')
			foldQuoteTo(&withCue, q.Text)
			withCue.WriteString(" |")
			ends = append(ends, withCue.Len())
			speakers = append(speakers, q)
		}
	}
	if len(speakers) == 0 {
		return
	}
	all := withCue.String()
	// Headings are counted apart: a story's many uncued paragraphs of
	// quotation must not use up their look-ups.
	looked, headings := 0, 0
	for i := range qs {
		if cued[i] || !heading[i] && looked >= pullQuoteLimit || heading[i] && headings >= pullQuoteLimit {
			continue
		}
		if heading[i] {
			headings++
		} else {
			looked++
		}
		f := foldQuote(qs[i].Text)
		if countWordsTo(f, need(i)) < need(i) {
			continue
		}
		// The same words, or a pull quote that joins or trims the
		// quotation: its first or last six words.
		k := strings.Index(all, " "+f+" ")
		if k < 0 {
			k = strings.Index(all, " "+firstWords(f, 6)+" ")
		}
		if k < 0 {
			k = strings.Index(all, " "+lastWords(f, 6)+" ")
		}
		if k < 0 {
			continue
		}
		j := sort.SearchInts(ends, k+1)
		qs[i].Speaker, qs[i].SpeakerNamed = speakers[j].Speaker, speakers[j].SpeakerNamed
	}
}

// firstWords is the first n words of a folded quotation.
func firstWords(f string, n int) string {
	for i := 0; i < len(f); i++ {
		if f[i] == ' ' {
			if n--; n == 0 {
				return f[:i]
			}
		}
	}
	return f
}

// lastWords is the last n words of a folded quotation.
func lastWords(f string, n int) string {
	for i := len(f) - 1; i >= 0; i-- {
		if f[i] == ' ' {
			if n--; n == 0 {
				return f[i+1:]
			}
		}
	}
	return f
}

// foldQuote is a quotation's words, lower-cased and joined by single
// spaces, with punctuation and curly marks left out.
func foldQuote(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	foldQuoteTo(&b, s)
	return b.String()
}

// foldQuoteTo writes foldQuote(s) to b.
func foldQuoteTo(b *strings.Builder, s string) {
	space, started := false, false
	for _, r := range s {
		switch {
		case 'A' <= r && r <= 'Z':
			r += 'a' - 'A'
		case 'a' <= r && r <= 'z' || '0' <= r && r <= '9':
		case r >= 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			r = unicode.ToLower(r)
		case r == '’' || r == '\'':
			// "don't" and "don’t" fold alike.
			continue
		default:
			space = true
			continue
		}
		if space && started {
			b.WriteByte(' ')
		}
		space, started = false, true
		b.WriteRune(r)
	}
}

// runLookahead bounds how many paragraphs ahead a quotation running over
// paragraphs is followed to the cue that closes it.
const runLookahead = 6

// runCue is the attribution of a quotation that runs over paragraphs
// from the cue of its last part: `"We are devastated.` then `"We will
// rebuild," Mayor Ana Ruiz said.` rest are the quotations after the
// run's first.
func (d *doc) runCue(rest []rawQuote) attribution {
	for j := 0; j < len(rest) && j < runLookahead && rest[j].continues; j++ {
		if a := d.attribute(rest[j]); a.speaker != "" {
			return a
		}
		if !rest[j].runsOn {
			break
		}
	}
	return attribution{}
}

// pronounAgrees reports whether the speaker of a may be the one the
// pronoun in a cue right after quotation r stands for (`"…," she said`):
// a person of the other gender is not, nor a person for "it". With no such
// cue any speaker agrees.
func (d *doc) pronounAgrees(r rawQuote, a attribution) bool {
	k := d.tokenAt(r.close)
	if k < len(d.toks) && d.tok(k) == "," {
		k++
	}
	if k+1 >= len(d.toks) || d.class(k)&fPronoun == 0 || !d.speechAt(k+1) {
		return true
	}
	want := pronouns[d.low(k)]
	if want == "" {
		return true
	}
	ai := d.actorIndex(a)
	if ai < 0 {
		return true
	}
	if d.actors[ai].Kind == "person" {
		g := d.actorGender(ai)
		return want != "o" && !genderClash(want, g)
	}
	return want == "o"
}

// actorIndex returns the index of the actor an attribution names, or -1.
func (d *doc) actorIndex(a attribution) int {
	if !a.named {
		return -1
	}
	if d.actorByName == nil {
		d.actorByName = make(map[string]int, len(d.actors))
		for i := range d.actors {
			d.actorByName[d.actors[i].Name] = i
		}
	}
	if i, ok := d.actorByName[a.speaker]; ok {
		return i
	}
	return -1
}

func trimSpan(text string, s, e int) (int, int) {
	for s < e && (text[s] == ' ' || text[s] == '\t') {
		s++
	}
	for e > s && (text[e-1] == ' ' || text[e-1] == '\t') {
		e--
	}
	return s, e
}

// countWords counts the words of s as strings.Fields would, without
// allocating.
func countWords(s string) int { return countWordsTo(s, len(s)+1) }

// countWordsTo counts the words of s, stopping once it has counted limit.
// It runs over every article's whole text: the ASCII bytes of a word or of
// the space between words are passed over in tight loops, and only other
// bytes are decoded.
func countWordsTo(s string, limit int) int {
	n := 0
	for i := 0; i < len(s); {
		// Space up to the next word.
		for i < len(s) {
			if c := s[i]; c < utf8.RuneSelf {
				if !asciiSpace[c] {
					break
				}
				i++
				continue
			}
			r, size := utf8.DecodeRuneInString(s[i:])
			if !unicode.IsSpace(r) {
				break
			}
			i += size
		}
		if i == len(s) {
			break
		}
		if n++; n >= limit {
			return n
		}
		// The word, up to the next space.
		for i < len(s) {
			if c := s[i]; c < utf8.RuneSelf {
				if asciiSpace[c] {
					break
				}
				i++
				continue
			}
			r, size := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				break
			}
			i += size
		}
	}
	return n
}

// asciiSpace marks the ASCII bytes unicode.IsSpace reports.
var asciiSpace = [utf8.RuneSelf]bool{' ': true, '\t': true, '\n': true, '\v': true, '\f': true, '\r': true}

// pairQuotes pairs quote marks paragraph by paragraph. Double marks (" “ ”),
// single curly ones and straight single ones outside them all open
// quotations; single marks inside a quotation in double ones are nested
// and not paired. A closing mark counts only
// before space, punctuation or the paragraph end; an opener never closed
// runs to the paragraph's end when it opens the paragraph (the quotation
// continues in the next paragraph that opens with a mark) and is dropped
// otherwise.
func (d *doc) pairQuotes() []rawQuote {
	var out []rawQuote
	running := false
	for _, p := range d.paras {
		seg := d.text[p.Start:p.End]
		marks := quoteMarksIn(seg)
		if marks == 0 {
			running = false
			continue
		}
		single := marks&markDouble == 0 && marks&markLeftSingle != 0
		// Straight single marks quote beside any others (curly
		// apostrophes, a stray curly mark: 'I’ve seen it,' she said), and
		// pair only around punctuation ('No comment,' he said), so that
		// apostrophes ("workers' union", "it's") never pair. Double marks
		// may stand inside them: 'They wrote, "She's gone," to me,' she said.
		straight := marks&markStraight != 0
		i := p.Start
		first := true
		// unclosed holds, as bits (markBit), the kinds of opener that
		// found no close in the paragraph.
		unclosed := 0
		// joined: the last quotation ended where this one opens.
		joined := false
		for i < p.End {
			// Skip to the next byte that can start a mark: '"', '\'' or the
			// first byte of a curly one.
			if c := d.text[i]; c != '"' && c != '\'' && c != 0xE2 {
				i++
				if c != ' ' {
					first = false
				}
				continue
			}
			r, n := utf8.DecodeRuneInString(d.text[i:])
			// A curly single mark outside double ones opens a quotation
			// too: ‘We have capacity.’’ beside “…” in the paragraph.
			// A partial quotation may open in lower case: said she
			// 'appeared older than her age.' It never runs on.
			lower := straight && !isStraightOpen(d.text, i, r, p.Start) && isStraightOpenLower(d.text, i, r)
			if !isOpenMark(d.text, i, r, p.Start, marks&markLeftSingle != 0) && !(straight && isStraightOpen(d.text, i, r, p.Start)) && !lower {
				i += n
				first = false
				continue
			}
			atStart := first
			first = false
			// Once an opener finds no close, no later opener of its kind in
			// the paragraph can: skip the search (it would be quadratic).
			c, cn := -1, 0
			kind := markBit(r, lower)
			if unclosed&kind == 0 {
				c, cn = d.findClose(i+n, p.End, r, single)
				if c < 0 {
					unclosed |= kind
				}
			}
			if c < 0 && lower {
				i += n
				continue
			}
			if c < 0 {
				// An opener never closed runs on to the next paragraph when it
				// opens the paragraph, or when the next paragraph opens with a
				// quotation mark (`Persson said: "I would …` then `"Her …`).
				if atStart || d.nextParaOpensQuote(p.Index) && countWords(d.text[i+n:p.End]) >= 4 {
					out = append(out, rawQuote{start: i + n, end: p.End, para: p.Index, open: i, close: p.End,
						runsOn: true, continues: running || joined})
					running = true
					// The quotation holds the rest of the paragraph.
					break
				}
				i += n
				continue
			}
			if cn == 0 {
				// Ended by the next quotation's opening mark: the two
				// are one statement, as over paragraphs.
				out = append(out, rawQuote{start: i + n, end: c, para: p.Index, open: i, close: c,
					runsOn: true, continues: atStart && running})
				joined = true
				i = c
				continue
			}
			out = append(out, rawQuote{start: i + n, end: c, para: p.Index, open: i, close: c + cn,
				continues: atStart && running || joined})
			joined = false
			running = false
			i = c + cn
		}
		if len(out) == 0 || out[len(out)-1].para != p.Index || !out[len(out)-1].runsOn {
			running = false
		}
	}
	return out
}

func isOpenMark(text string, i int, r rune, paraStart int, single bool) bool {
	switch r {
	case '“':
		return true
	case '"':
		if i == paraStart {
			return true
		}
		prev, _ := utf8.DecodeLastRuneInString(text[:i])
		return unicode.IsSpace(prev) || strings.ContainsRune("([{—–-:,/", prev)
	case '‘':
		if !single {
			return false
		}
		if i == paraStart {
			return true
		}
		prev, _ := utf8.DecodeLastRuneInString(text[:i])
		return unicode.IsSpace(prev) || strings.ContainsRune("([{—–-:", prev)
	}
	return false
}

// findClose finds the mark closing an opener, skipping nested quotations.
func (d *doc) findClose(from, end int, open rune, single bool) (int, int) {
	// Straight single marks nest inside a quotation in them: 'The last
	// thing we want is to say, 'What is the age?' It doesn't matter,'
	// Twito said.
	nested := 0
	// Double marks inside a quotation in straight single ones pair among
	// themselves; a double mark closing none closes the quotation, typed
	// with the wrong mark: 'It is a bit unusual," he added.
	double := 0
	for i := from; i < end; {
		r, n := utf8.DecodeRuneInString(d.text[i:])
		if open == '\'' && isStraightOpen(d.text, i, r, from) && i > from {
			nested++
			i += n
			continue
		}
		if (open == '“' || open == '"') && (r == '“' || r == '"') && d.opensAfterStop(i, from) {
			// `"… first part. "Second part …," she said`: a quotation run
			// over paragraphs that were joined ends where the next opens.
			return i, 0
		}
		closes := false
		switch {
		case open == '\'' && (r == '"' || r == '“' || r == '”'):
			prev, _ := utf8.DecodeLastRuneInString(d.text[:i])
			if r == '“' || r == '"' && (unicode.IsSpace(prev) || strings.ContainsRune("([{—–:", prev)) {
				double++
			} else if double > 0 {
				double--
			} else if strings.ContainsRune(",.!?", prev) {
				closes = true
			}
		case open == '“' && (r == '”' || r == '"'):
			closes = true
		case (open == '“' || open == '"') && r == '’' && strings.HasPrefix(d.text[i+n:end], "’"):
			// ’’ typed for a closing double mark: `voters,’’ Will Moy said`.
			closes = true
			if closeOK(d.text, i+2*n, end) {
				return i, 2 * n
			}
		case (open == '“' || open == '"') && r == '\'' && strings.HasPrefix(d.text[i+n:end], "'") && closeOK(d.text, i+2*n, end):
			// '' typed for a closing double mark, as ’’ is: `my ability.''`.
			return i, 2 * n
		case open == '"' && (r == '"' || r == '”'):
			closes = true
		case open == '‘' && r == '’':
			closes = true
		case open == '\'' && r == '\'':
			closes = straightClose(d.text, from, i, end)
		}
		if closes && closeOK(d.text, i+n, end) {
			if nested == 0 {
				return i, n
			}
			nested--
		}
		i += n
	}
	return -1, 0
}

// opensAfterStop reports a double mark at i, after from, that opens a
// quotation right after a sentence's end: a space before it, a full
// stop, question or exclamation mark before that, a letter after it.
func (d *doc) opensAfterStop(i, from int) bool {
	if i < from+2 || d.text[i-1] != ' ' || i+1 >= len(d.text) {
		return false
	}
	if p := d.text[i-2]; p != '.' && p != '?' && p != '!' {
		return false
	}
	_, n := utf8.DecodeRuneInString(d.text[i:])
	next, _ := utf8.DecodeRuneInString(d.text[i+n:])
	return unicode.IsLetter(next)
}

// closeOK: a closing mark must be followed by space, punctuation or the end
// ("Jones’ dog" is not a quotation's end).
func closeOK(text string, after, end int) bool {
	if after >= end {
		return true
	}
	r, _ := utf8.DecodeRuneInString(text[after:])
	return unicode.IsSpace(r) || unicode.IsPunct(r) || r == '—'
}

// isNickname reports a short quotation sitting inside a name:
// Joaquín "El Chapo" Guzmán.
func (d *doc) isNickname(r rawQuote) bool {
	if countWordsTo(d.text[r.start:r.end], 4) > 3 || r.open == 0 || r.close >= len(d.text) {
		return false
	}
	before, _ := utf8.DecodeLastRuneInString(strings.TrimRight(d.text[:r.open], " "))
	after := strings.TrimLeft(d.text[r.close:], " ")
	a, _ := utf8.DecodeRuneInString(after)
	return unicode.IsUpper(a) && unicode.IsLetter(before) && unicode.IsUpper(firstRune(d.text[r.start:]))
}

// standsAlone reports whether a quotation is its sentence's only content,
// so its speaker must come from the context.
func (d *doc) standsAlone(r rawQuote) bool {
	if len(d.sents) == 0 {
		return false
	}
	s := d.sents[d.sentenceAt(r.open)]
	if r.open < s.Start || r.open >= s.End {
		return false
	}
	before := strings.TrimSpace(d.text[s.Start:r.open])
	after := strings.Trim(d.text[min(r.close, s.End):s.End], " .,")
	return before == "" && after == ""
}

// nextParaOpensQuote reports whether the paragraph after para (1-based)
// starts with a quotation mark.
func (d *doc) nextParaOpensQuote(para int) bool {
	if para >= len(d.paras) {
		return false
	}
	p := d.paras[para]
	r, _ := utf8.DecodeRuneInString(d.text[p.Start:p.End])
	return r == '"' || r == '“' || r == '‘' || isStraightOpen(d.text, p.Start, r, p.Start)
}

// quotations pairs the article's quotation marks once.
func (d *doc) quotations() []rawQuote {
	if d.quoteSpans == nil {
		d.quoteSpans = d.pairQuotes()
		if d.quoteSpans == nil {
			d.quoteSpans = []rawQuote{}
		}
	}
	return d.quoteSpans
}

// isStraightOpen reports a straight single mark opening a quotation: at
// the paragraph start or after a space, before a capital letter.
func isStraightOpen(text string, i int, r rune, paraStart int) bool {
	if r != '\'' || i+1 >= len(text) {
		return false
	}
	if i != paraStart {
		prev, _ := utf8.DecodeLastRuneInString(text[:i])
		if !unicode.IsSpace(prev) && !strings.ContainsRune("([{—–:", prev) {
			return false
		}
	}
	next, _ := utf8.DecodeRuneInString(text[i+1:])
	// '[It] hurts': words the writer put in open the quotation too.
	return unicode.IsUpper(next) || next == '['
}

// markBit is the bit of an opening mark's kind in pairQuotes' record of
// openers that found no close; a lower-case straight opener is a kind of
// its own.
func markBit(r rune, lower bool) int {
	switch {
	case lower:
		return 1
	case r == '"':
		return 2
	case r == '“':
		return 4
	case r == '‘':
		return 8
	}
	return 16
}

// isStraightOpenLower reports a straight single mark after a space and
// before a lower-case word that is not an elision ('em, 'til, rock 'n'
// roll): the opening of a partial quotation.
func isStraightOpenLower(text string, i int, r rune) bool {
	if r != '\'' || i == 0 || i+1 >= len(text) || text[i-1] != ' ' {
		return false
	}
	e := i + 1
	for e < len(text) && 'a' <= text[e] && text[e] <= 'z' {
		e++
	}
	return e > i+1 && !elisions[text[i+1:e]]
}

// elisions are words whose first letters an apostrophe stands for.
var elisions = wordSet("elisions")

// straightClose reports a straight single mark at i closing a quotation
// whose words start at from: right after the quotation's own
// punctuation, or before punctuation or the paragraph's end.
func straightClose(text string, from, i, end int) bool {
	// A partial quotation closed mid-sentence: 'show no mercy' in the
	// fight. After an s the mark is a plural's possessive (workers'
	// union); elsewhere it may stand for letters left out (rock 'n' roll,
	// talkin' about).
	if i+1 < end && text[i+1] == ' ' {
		if prev, _ := utf8.DecodeLastRuneInString(text[:i]); unicode.IsLetter(prev) && prev != 's' && prev != 'S' {
			return !elidedAt(text, from, i, end)
		}
	}
	return punctClose(text, i, end)
}

// punctClose reports a straight single mark at i right after a
// quotation's own punctuation or before punctuation.
func punctClose(text string, i, end int) bool {
	if i+1 >= end {
		return true
	}
	prev, _ := utf8.DecodeLastRuneInString(text[:i])
	next, _ := utf8.DecodeRuneInString(text[i+1:])
	if strings.ContainsRune(",.!?", prev) {
		return unicode.IsSpace(next) || unicode.IsPunct(next)
	}
	return strings.ContainsRune(",.!?;:", next)
}

// elidedAt reports a straight single mark at i, after a word, that
// stands for letters left out: the n' of rock 'n' roll, or a dropped g
// (talkin', nothin') when another mark after a word, which can close the
// quotation, follows in the sentence.
func elidedAt(text string, from, i, end int) bool {
	w := i
	for w > from && 'a' <= text[w-1] && text[w-1] <= 'z' {
		w--
	}
	word := text[w:i]
	if word == "n" && w > from && text[w-1] == '\'' {
		return true
	}
	if len(word) < 4 || !strings.HasSuffix(word, "in") {
		return false
	}
	for j := i + 1; j < end; j++ {
		switch text[j] {
		case '\'':
			if c := text[j-1]; 'a' <= c && c <= 'z' && c != 's' || punctClose(text, j, end) && c != ' ' {
				return true
			}
		case '.', '!', '?':
			if j+1 < end && text[j+1] != '\'' {
				return false
			}
		}
	}
	return false
}

// Kinds of quotation marks in a paragraph, as bits.
const (
	markDouble = 1 << iota // " “ ”
	markLeftSingle
	markRightSingle
	markStraight
)

// quoteMarksIn reports which kinds of quotation marks s holds, in one pass
// over its bytes.
func quoteMarksIn(s string) int {
	m := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '"':
			m |= markDouble
		case '\'':
			m |= markStraight
		case 0xE2:
			if i+2 < len(s) && s[i+1] == 0x80 {
				switch s[i+2] {
				case 0x9C, 0x9D: // “ ”
					m |= markDouble
				case 0x98: // ‘
					m |= markLeftSingle
				case 0x99: // ’
					m |= markRightSingle
				}
			}
		}
	}
	return m
}

// modifiesNoun reports a quotation standing between an article or a
// possessive and a lower-case word: the "Pose" actor, her "Bad Blood" video.
func (d *doc) modifiesNoun(r rawQuote) bool {
	o := d.tokenAt(r.open)
	c := d.tokenAt(r.close)
	if o == 0 || c >= len(d.toks) || d.toks[o-1].sent != d.toks[o].sent {
		return false
	}
	switch d.low(o - 1) {
	case "the", "a", "an", "his", "her", "their", "its":
	default:
		return false
	}
	// The closing mark may be a token of its own.
	if isQuoteMark(d.tok(c)) {
		c++
	}
	return c < len(d.toks) && d.toks[c].word && !d.toks[c].cap && d.class(c)&fSpeech == 0
}

// afterLowerWord reports whether the nearest word before off is written
// in lower case: a verb or adverb of the sentence, not the end of a name.
func (d *doc) afterLowerWord(off int) bool {
	i := d.tokenAt(off) - 1
	for k := 0; k < 2 && i >= 0 && !d.toks[i].word; k++ {
		i--
	}
	return i >= 0 && d.toks[i].word && !d.toks[i].cap
}

// titleCased reports a span of two or more words written as a title is:
// each word capitalised but for titleSmallWords, some letters in lower
// case (not shouted), and no sentence ending it.
func titleCased(s string) bool {
	s = strings.TrimRight(s, " ,;:’'\"”")
	if s == "" || strings.ContainsAny(s[len(s)-1:], ".!?") || strings.HasSuffix(s, "…") {
		return false
	}
	words, lower := 0, false
	for w := range strings.FieldsSeq(s) {
		w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		if w == "" {
			continue
		}
		r := firstRune(w)
		switch {
		case unicode.IsUpper(r) || unicode.IsDigit(r):
		case words > 0 && titleSmallWords[w]:
		default:
			return false
		}
		if !lower && strings.ToUpper(w) != w {
			lower = true
		}
		words++
	}
	return words >= 2 && lower
}

// narrationOnly reports a short paragraph (1-based) that names no person
// or organisation and has no speech verb; a long one is not read.
func (d *doc) narrationOnly(para int) bool {
	p := d.paras[para-1]
	from, to := d.tokenAt(p.Start), d.tokenAt(p.End)
	if to-from > 80 {
		return false
	}
	for k := from; k < to; k++ {
		// "Another resident had a very different view": a person the
		// paragraph brings in unnamed may be who speaks next.
		if d.class(k)&fSpeech != 0 || k > from && d.toks[k].word && isRoleNoun(d.low(k)) && unnamedDet[d.low(k-1)] {
			return false
		}
	}
	for mi := d.firstMention(from); mi < len(d.mentions) && d.mentions[mi].from < to; mi++ {
		if a := d.mentions[mi].actor; a >= 0 && (d.actors[a].Kind == "person" || d.actors[a].Kind == "organization") {
			return false
		}
	}
	return true
}
