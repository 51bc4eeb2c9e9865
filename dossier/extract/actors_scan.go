// Stage 1 of finding actors: runs of capitalised words, the candidates
// for names, with what may join them ("Bank of America", Joaquín "El
// Chapo" Guzmán) and what ends them (a date, a sentence opener).

package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// nameConnectors may stand inside a capitalised name ("Bank of America",
// "Osama bin Laden", "Jalisco New Generation Cartel").
var nameConnectors = wordSet("nameConnectors")

// capRun returns the end of the run of capitalised words starting at i (i
// itself when token i does not start one).
func (d *doc) capRun(i int) int {
	t := d.toks
	if !t[i].word || !t[i].cap || negation(d.tok(i)) {
		// ("Don't say that!": a verb's negation opens no name.)
		return i
	}
	j := i + 1
	// No name runs longer than this; a longer run of capitals is a
	// headline or shouting, cut into names of at most this length.
	const maxRun = 16
	for j < len(t) && t[j].sent == t[i].sent && j-i < maxRun {
		switch {
		case t[j].cap && d.tickerAt(j) > j:
			// "Goldman Sachs Group Inc GS.N": a stock's code ends the name.
			return j
		case t[j].word && t[j].cap && j-i >= 2 && isWeekday(d.low(j)):
			// "told the Argus Leader Monday": the day ends the name (but
			// "Cyber Monday" is one).
			return j
		case t[j].word && d.tok(j) == "I" && j+1 < len(t) && t[j+1].sent == t[i].sent && firstPersonVerbs[d.low(j+1)]:
			// "As soon as it fell to Conor I think …": the speaker's "I"
			// ends the name (but "Elizabeth I" is hers).
			return j
		case t[j].word && t[j].cap && d.monthDayAt(j):
			// "meeting Florida State Dec. 31": a date ends the name.
			return j
		case t[j].word && (t[j].cap || nameParticle(d.tok(j))):
			j++
		case j+1 < len(t) && channelNumber(d.tok(j)) && channelWords[d.low(j-1)] && !periodUnits[d.low(j+1)] &&
			d.low(j-2) != "english":
			// "crossed the English Channel 2 weeks ago": a count, and the sea.
			// "BBC Radio 4", "Channel 4 News", "BBC Radio 5 Live": a
			// station's number is part of its name; a programme's title
			// after it is not ("the BBC Radio 4 Today programme").
			j++
			if j < len(t) && t[j].sent == t[i].sent && t[j].cap && !stationTails[d.low(j)] {
				return j
			}
		case d.tok(j) == "-" && j+2 < len(t) && t[j+1].word && t[j+1].cap && t[j+2].word && t[j+2].cap && t[j+2].sent == t[i].sent &&
			t[j-1].end == t[j].start && t[j].end == t[j+1].start && strings.HasSuffix(d.tok(j-1), "."):
			// "the U.S.-China Center for Animal Health": a hyphen after
			// an abbreviation's stop joins two names into one that goes
			// on (but "U.K.-EU talks" name two).
			j += 2
		case t[j].word && nameConnectors[d.tok(j)] && j+1 < len(t) && t[j+1].cap && t[j+1].word && t[j+1].sent == t[i].sent && !isTimeWord(d.low(j+1)):
			// "the Senate on Monday": a day or month ends the name.
			j += 2
		case d.elidedG(j) && j+1 < len(t) && t[j+1].cap && t[j+1].word && t[j+1].sent == t[i].sent:
			// "Bloomin’ Brands", "Dunkin’ Brands Group": a word with its
			// final g dropped keeps the apostrophe inside the name.
			j++
		case d.pluralOwnerIn(j):
			// "Iranian Students’ News Agency", "the Teachers’ Union": a
			// plural possessive inside a body's name.
			j++
		case d.tok(j) == "&" && j+1 < len(t) && t[j+1].cap && t[j+1].word && t[j+1].sent == t[i].sent:
			// "Chapter & Verse", "Procter & Gamble": one company's name.
			j += 2
		case t[j].word && leadConnectors[d.tok(j)] && j+2 < len(t) && articleConnectors[d.tok(j+1)] && t[j+2].cap && t[j+2].word && t[j+2].sent == t[i].sent:
			// "Secretary of the Navy", "Bank of the West"
			j += 3
		case d.tok(j) == "to" && causeHeads[d.low(j-1)] && j+1 < len(t) && t[j+1].cap && t[j+1].word && t[j+1].sent == t[i].sent && !d.givenAt(j+1) && !knownName(d.tok(j+1)):
			// "Coalition to End Broken Windows", "Committee to Protect
			// Journalists": a group's noun takes its cause with "to".
			j += 2
		case d.tok(j) == "for" && j+2 < len(t) && d.tok(j+1) == "a" && t[j+2].cap && t[j+2].word && t[j+2].sent == t[i].sent && orgHeads[d.low(j-1)]:
			// "Committee for a Responsible Federal Budget": a body's
			// noun may take its cause with "a" (but "asked Biden for a
			// Ukraine visit" is no name).
			j += 3
		case isNickOpen(d.tok(j)) && j+3 < len(t):
			// Joaquín "El Chapo" Guzmán: a quoted nickname between two names.
			k := j + 1
			for k < len(t) && k < j+5 && t[k].word && t[k].cap {
				k++
			}
			if k > j+1 && k+1 < len(t) && isNickClose(d.tok(k)) && t[k+1].word && t[k+1].cap && t[k+1].sent == t[i].sent {
				j = k + 1
				continue
			}
			return j
		default:
			return j
		}
	}
	return j
}

// channelWords take a station's number ("Radio 4", "Channel 5").
var channelWords = wordSet("channelWords")

// stationTails end a station's name after its number ("BBC Radio 5
// Live", "Channel 4 News").
var stationTails = wordSet("stationTails")

// channelNumber reports the one or two digits of a station's number,
// possessive or not ("Radio 4's").
func channelNumber(w string) bool {
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	return len(w) >= 1 && len(w) <= 2 && w[0] >= '1' && w[0] <= '9' && w[len(w)-1] >= '0' && w[len(w)-1] <= '9'
}

// causeHeads are the nouns of groups named with their cause after "to".
var causeHeads = wordSet("causeHeads")

// firstPersonVerbs follow a speaker's "I" and no king's numeral.
var firstPersonVerbs = wordSet("firstPersonVerbs")

// monthDayAt reports a month's name at token j with the day's number
// after it ("Dec. 31", "March 4").
func (d *doc) monthDayAt(j int) bool {
	if j+1 >= len(d.toks) || d.toks[j+1].sent != d.toks[j].sent {
		return false
	}
	if _, ok := monthNames[d.low(j)]; !ok {
		return false
	}
	n := d.low(j + 1)
	return isNumber(n) && len(n) <= 2
}

// isWeekday reports a weekday's name.
func isWeekday(lw string) bool {
	_, ok := weekdays[lw]
	return ok
}

// isTimeWord reports a weekday or month name.
func isTimeWord(lw string) bool {
	_, wd := weekdays[lw]
	_, mo := monthNames[lw]
	return wd || mo
}

func isNickOpen(s string) bool { return s == `"` || s == "“" || s == "‘" || s == "'" }

func isNickClose(s string) bool { return s == `"` || s == "”" || s == "’" || s == "'" }

func (d *doc) joinName(from, to int) string {
	// Most names stand in the text as they are joined, one space
	// between words: that span is the name, with no copy.
	if from < to && d.spacedOnce(from, to) {
		if span := d.text[d.toks[from].start:d.toks[to-1].end]; !strings.Contains(span, "\u00ad") {
			return span
		}
	}
	var b strings.Builder
	for k := from; k < to; k++ {
		w := d.tok(k)
		if k > from && !(isNickClose(w) && k > from && isNickOpen(d.tok(k-1))) {
			prevEnd := d.toks[k-1].end
			if d.toks[k].start > prevEnd {
				b.WriteByte(' ')
			}
		}
		b.WriteString(w)
	}
	return strings.ReplaceAll(b.String(), "\u00ad", "")
}

// spacedOnce reports whether tokens from to to-1 stand in the text as
// joinName joins them: touching, or apart by one space it keeps.
func (d *doc) spacedOnce(from, to int) bool {
	for k := from + 1; k < to; k++ {
		switch gap := d.toks[k].start - d.toks[k-1].end; {
		case gap == 0:
		case gap == 1 && d.text[d.toks[k-1].end] == ' ' && !(isNickClose(d.tok(k)) && isNickOpen(d.tok(k-1))):
		default:
			return false
		}
	}
	return true
}

// possessiveEnds are the endings trimPossessive drops, in the order it
// tries them.
var possessiveEnds = [...]string{"'s", "’s", "’", "'"}

func trimPossessive(s string) string {
	// Every ending closes with 's', an apostrophe or the last byte of ’.
	if s == "" {
		return s
	}
	if c := s[len(s)-1]; c != 's' && c != '\'' && c != "’"[2] {
		return s
	}
	for _, suf := range possessiveEnds {
		if strings.HasSuffix(s, suf) && len(s) > len(suf)+1 {
			return s[:len(s)-len(suf)]
		}
	}
	return s
}

// lowPossessive is strings.ToLower(trimPossessive(d.tok(k))) without a
// copy: a word's lower case is cached, and the possessive endings are
// their own lower case, so the same number of bytes comes off its end.
func (d *doc) lowPossessive(k int) string {
	w := d.tok(k)
	if !d.toks[k].word {
		return strings.ToLower(trimPossessive(w))
	}
	lw := d.low(k)
	return lw[:len(lw)-(len(w)-len(trimPossessive(w)))]
}

func firstRune(s string) rune { r, _ := utf8.DecodeRuneInString(s); return r }

// Two connectors may stand together in a name: "Secretary of the Navy",
// "Ministry of the Interior", "Juan de la Cruz".
var (
	leadConnectors    = wordSet("leadConnectors")
	articleConnectors = wordSet("articleConnectors")
)

// closesNick reports a closing mark at byte i of a name followed by a space
// (the end of a nickname), not a letter ("Attorney’s").
// ("Bloomin’ Brands": an apostrophe for a dropped g closes none.)
func closesNick(name string, i int) bool {
	if strings.HasSuffix(name[:i], "in") && !strings.ContainsAny(name[:i], "‘'\"") {
		return false
	}
	_, n := utf8.DecodeRuneInString(name[i:])
	return i+n >= len(name) || name[i+n] == ' '
}

// nameNotOpener reports whether the word at token i can be taken for a name
// though nothing else says so: it does not open its sentence, or the
// article also capitalises it where no sentence starts ("Wikileaks
// editor-in-chief …" beside "against Wikileaks co-founder …").
func (d *doc) nameNotOpener(i int) bool {
	if i == 0 || d.toks[i-1].sent != d.toks[i].sent || !d.toks[i-1].word && d.sentenceOpenerBefore(i) {
		return d.midCapital(d.tok(i))
	}
	return true
}

// openerSpeechVerbs are the verbs of saying that make an unknown word
// opening a sentence its speaker; the rarer ones of speechverbs.txt also
// follow imperatives and headings ("See more").
var openerSpeechVerbs = wordSet("openerSpeechVerbs")

// unknownSpeakerOpens reports a word no list knows that opens its
// sentence and speaks right after it ("Nomura said the yen would
// weaken"): a name, when the article never writes the word in lower case
// and it is no plural ("Analysts said").
func (d *doc) unknownSpeakerOpens(i int) bool {
	w := d.tok(i)
	lw := d.low(i)
	if i+1 >= len(d.toks) || !openerSpeechVerbs[d.low(i+1)] || strings.ContainsAny(w, "'’") {
		return false
	}
	if i+2 < len(d.toks) {
		if _, month := monthNames[d.low(i+2)]; month {
			return false // "Correction added Nov. 18": a note's date
		}
	}
	if !d.sentenceOpenerBefore(i) || utf8.RuneCountInString(w) < 3 || notNames[lw] || sentenceOpeners[lw] ||
		strings.HasSuffix(lw, "s") && !strings.HasSuffix(lw, "ss") || isAcronym(w) {
		return false
	}
	if _, ok := pronouns[lw]; ok {
		return false
	}
	return !d.writesLower(lw)
}

// writesLower reports whether the article writes the word lw in lower
// case somewhere.
func (d *doc) writesLower(lw string) bool {
	if d.lowSeen == nil {
		d.lowSeen = map[string]bool{}
		for k := range d.toks {
			if d.toks[k].word && !d.toks[k].cap {
				d.lowSeen[d.low(k)] = true
			}
		}
	}
	return d.lowSeen[lw]
}

// sentenceOpenerBefore reports that only quote marks or brackets stand
// between the sentence start and token i.
func (d *doc) sentenceOpenerBefore(i int) bool {
	s := d.toks[i].sent
	for k := i - 1; k >= 0 && d.toks[k].sent == s; k-- {
		if d.toks[k].word {
			return false
		}
	}
	return true
}

// midCapital reports whether w appears capitalised somewhere other than
// at a sentence start.
func (d *doc) midCapital(w string) bool {
	if d.midCaps == nil {
		d.midCaps = map[string]bool{}
		for i := 1; i < len(d.toks); i++ {
			if d.toks[i].cap && d.toks[i].word && d.toks[i-1].sent == d.toks[i].sent && !d.sentenceOpenerBefore(i) {
				d.midCaps[trimPossessive(d.tok(i))] = true
			}
		}
	}
	return d.midCaps[trimPossessive(w)]
}

// nameParticle reports a lower-case particle joined to a surname
// ("al-Bashir", "bin-Salman", "el-Sisi").
func nameParticle(w string) bool {
	for _, p := range []string{"al-", "el-", "bin-", "ibn-", "abu-"} {
		if strings.HasPrefix(w, p) && len(w) > len(p) {
			r, _ := utf8.DecodeRuneInString(w[len(p):])
			return unicode.IsUpper(r)
		}
	}
	return false
}

// isDateline reports the place name in capitals that opens a wire story
// ("PORTVALE —"): it locates the story and names no actor.
func (d *doc) isDateline(i int) bool {
	t := d.toks[i]
	if !t.word || i+1 >= len(d.toks) {
		return false
	}
	p := d.paras[d.sents[t.sent].Para-1]
	if t.start != p.Start {
		return false
	}
	w := d.tok(i)
	if w != strings.ToUpper(w) || len(w) < 3 {
		return false
	}
	switch d.tok(i + 1) {
	case "—", "–", "-", ",":
		return true
	}
	return false
}

// pinyinInitials and pinyinFinals spell the syllables of Mandarin
// romanised in pinyin.
var (
	pinyinInitials = []string{"zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r", "z", "c", "s", "y", "w", ""}
	pinyinFinals   = wordSet("pinyinFinals")
)

// pinyinName reports a capitalised word made of two or three pinyin
// syllables, hyphens allowed ("Jianxiong", "Xiao-ming"): the given name
// after a family name that English reads otherwise ("He Jianxiong").
func pinyinName(w string) bool {
	lw := strings.ToLower(strings.ReplaceAll(w, "-", ""))
	if w == lw || len(lw) < 4 || len(lw) > 12 {
		return false
	}
	n := pinyinSyllables(lw, 0)
	return n >= 2 && n <= 3
}

// pinyinSyllables returns the fewest pinyin syllables that spell s, or 0
// when none do; depth bounds the search.
func pinyinSyllables(s string, depth int) int {
	if s == "" {
		return 0
	}
	if depth > 3 {
		return -1
	}
	best := -1
	for _, ini := range pinyinInitials {
		if !strings.HasPrefix(s, ini) {
			continue
		}
		rest := s[len(ini):]
		for k := 1; k <= 4 && k <= len(rest); k++ {
			if !pinyinFinals[rest[:k]] {
				continue
			}
			n := pinyinSyllables(rest[k:], depth+1)
			if n < 0 {
				continue
			}
			if best < 0 || n+1 < best {
				best = n + 1
			}
		}
	}
	return best
}

// tickerAt returns the end of a stock's code at token i, capitals and an
// exchange's letters joined by a dot with no space ("GS.N", "VOD.L",
// "0700.HK"); else i.
func (d *doc) tickerAt(i int) int {
	t := d.toks
	if !t[i].cap || i+2 >= len(t) || t[i+1].start != t[i].end || d.text[t[i].end] != '.' || t[i+2].start != t[i+1].end {
		return i
	}
	code, ex := d.tok(i), d.tok(i+2)
	if len(ex) > 2 || ex != strings.ToUpper(ex) || code != strings.ToUpper(code) || len(code) > 5 || !unicode.IsUpper(firstRune(ex)) {
		return i
	}
	return i + 3
}

// negation reports a verb contracted with "not" ("Don't", "Can’t").
func negation(w string) bool {
	// (Most words end otherwise; the last byte decides them at once.)
	if len(w) < 4 || w[len(w)-1] != 't' {
		return false
	}
	return strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t")
}

// pluralOwnerIn reports an apostrophe at token j that makes the
// capitalised plural touching it a possessive inside a body's name: a
// body's noun follows within three capitalised words ("Students’ News
// Agency", "Veterans’ Affairs Department"). A closing quotation mark has
// its opening mark earlier in the sentence.
func (d *doc) pluralOwnerIn(j int) bool {
	t := d.toks
	if w := d.tok(j); w != "’" && w != "'" || j == 0 || t[j-1].end != t[j].start || !t[j-1].word || !t[j-1].cap ||
		!strings.HasSuffix(d.low(j-1), "s") || strings.HasSuffix(d.low(j-1), "ss") {
		return false
	}
	// (Not "Kansas’ Insurance Department", "James Ellis’ foundation",
	// "Harris’ Campaign Committee", "Siemens’ Energy Division": a place's,
	// a person's or a company's name that ends in s. The owner is people
	// by their trade or standing: "Students’", "Veterans’", "Employees’".)
	if !personRoles[strings.TrimSuffix(d.low(j-1), "s")] {
		return false
	}
	if knownName(d.tok(j-1)) || j >= 2 && t[j-2].sent == t[j].sent && d.givenAt(j-2) {
		return false
	}
	head := false
	for k := j + 1; k < len(t) && k <= j+3 && t[k].sent == t[j].sent && t[k].word && t[k].cap; k++ {
		// ("the White House Correspondents’ Association’s dinner": the
		// body's own possessive after its head word.)
		if orgHeads[d.lowPossessive(k)] {
			head = true
			break
		}
	}
	if !head {
		return false
	}
	// (singleOpens: looking back from every apostrophe would cost a long
	// sentence of such names the square of its length.)
	open := d.singleOpens()[t[j].sent]
	return open < 0 || open > j-2
}

// elidedG reports an apostrophe at token j that stands for the g dropped
// from the word before it, touching it ("Bloomin’", "Rockin'"): an "in"
// ending no possessive shares. A closing quotation mark after such a
// word has its opening mark earlier in the sentence.
func (d *doc) elidedG(j int) bool {
	t := d.toks
	if w := d.tok(j); w != "’" && w != "'" || j == 0 || t[j-1].end != t[j].start || !t[j-1].word || !strings.HasSuffix(d.low(j-1), "in") {
		return false
	}
	if knownName(d.tok(j-1)) || d.givenAt(j-1) {
		return false // "Berlin’", "Putin’" closing a quotation
	}
	open := d.singleOpens()[t[j].sent]
	return open < 0 || open > j-2
}

// singleOpens returns, for each sentence, its first token that may open
// a quotation in single marks, or -1: one pass, where looking back from
// every apostrophe would cost a long sentence the square of its length.
func (d *doc) singleOpens() []int {
	if d.singleOpen == nil {
		d.singleOpen = make([]int, len(d.sents))
		for i := range d.singleOpen {
			d.singleOpen[i] = -1
		}
		for k := range d.toks {
			if w := d.tok(k); (w == "‘" || w == "'") && d.singleOpen[d.toks[k].sent] < 0 {
				d.singleOpen[d.toks[k].sent] = k
			}
		}
	}
	return d.singleOpen
}
