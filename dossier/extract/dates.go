package extract

import (
	"strconv"
	"strings"
	"time"
)

// findDates finds absolute and relative date expressions ("mid-September
// 2025", "in April", "last week", "18 months ago", "on Tuesday", "from 2002
// to 2005") and normalises each against the article's publication date when
// it is known. News reports the past, so a bare weekday or month resolves
// backwards from that date unless the sentence speaks of the future.
func findDates(d *doc) []Date {
	pub, hasPub := parseISODate(d.meta.Published)
	out := []Date{}
	cl := clauses{sent: -1}
	lastTo := 0 // the token after the last date
	for i := 0; i < len(d.toks); {
		e, ok := d.dateAt(i)
		if !ok {
			i++
			continue
		}
		from, to := i, e.end
		// Ranges: "from 2002 to 2005", "between March and May", "March 3-5".
		if to+1 < len(d.toks) && d.toks[to].sent == d.toks[i].sent {
			sep := d.low(to)
			between := sep == "and" && i > 0 && d.low(i-1) == "between"
			if sep == "to" || sep == "until" || sep == "through" || sep == "-" || sep == "–" || between {
				if e2, ok := d.dateAt(to + 1); ok {
					e = joinRange(e, e2)
					to = e2.end
				} else if y2 := shortYearAfter(e, d.tok(to+1)); y2 > 0 && !between {
					// "2010–15"
					e = joinRange(e, dateExpr{end: to + 2, kind: kindYear, year: y2, abs: strconv.Itoa(y2)})
					to += 2
				}
			} else if sep == "and" {
				// "Friday and Saturday", "late March and April", "2021 and
				// 2022": two dates in a row are one span. Dates apart
				// ("in 2010 and 2015") stay two.
				if e2, ok := d.dateAt(to + 1); ok && consecutive(e, e2) {
					e = joinRange(e, e2)
					to = e2.end
				}
			}
		}
		// free reports that the n words before from are in its sentence
		// and no part of the date before.
		free := func(n int) bool { return from-n >= lastTo && d.toks[from-n].sent == d.toks[from].sent }
		// A time of day right after a date belongs to it ("on Friday at 3 p.m.").
		if to+1 < len(d.toks) && d.tok(to) == "at" {
			if t, ok := d.timeAt(to + 1); ok && e.kind != kindTime {
				to = t
			}
		}
		// The day after a time of day names the time's day ("at 6:38 p.m.
		// on Saturday", "from 10 p.m. until 6 a.m. on Sunday").
		if (e.kind == kindTime || e.kind == kindRange && e.hi != nil && e.hi.kind == kindTime) &&
			to+1 < len(d.toks) && d.toks[to+1].sent == d.toks[i].sent && d.low(to) == "on" {
			if e2, ok := d.dateAt(to + 1); ok && (e2.kind == kindWeekday || e2.kind == kindDay) {
				e, to = e2, e2.end
			}
		} else if e.kind == kindTime && to < len(d.toks) && d.toks[to].sent == d.toks[i].sent {
			// Written straight after it, as news agencies write the day of
			// a time ("around 8:30 p.m. Saturday", "8 a.m. today").
			if e2, ok := d.dateAt(to); ok && (e2.kind == kindWeekday || e2.kind == kindDay || e2.kind == kindRelDay) {
				e, to = e2, e2.end
			}
		}
		// How near a time is ("about 10:30 a.m.", "at approximately 10:24 p.m.").
		if from == i && e.kind != kindRange && free(1) && approxWords[d.low(from-1)] {
			if _, isTime := d.timeAt(i); isTime {
				from--
			}
		}
		// Keep the preposition that says how the date relates ("in 2010",
		// "since 2015"): it is how the expression is written.
		// Not before a possessive: "on last year's list" dates the list.
		possessive := trimPossessive(d.tok(to-1)) != d.tok(to-1)
		if free(1) && datePreps[d.low(from-1)] && !possessive {
			from--
			// "at around 6 a.m."
			if free(1) && d.low(from) == "around" && d.low(from-1) == "at" {
				from--
			}
		}
		if free(1) && d.low(from-1) == "from" && strings.Contains(e.rel, "range") {
			from--
		}
		// "shortly before 1 a.m.", "just after midnight"
		if from < i && free(1) && (d.low(from) == "before" || d.low(from) == "after") && nearWords[d.low(from-1)] {
			from--
		}
		// "for the rest of the season"
		if from == i && free(1) && d.low(from-1) == "for" && e.kind == kindPeriod &&
			from+1 < len(d.toks) && d.low(from) == "the" && restWords[d.low(from+1)] {
			from--
		}
		// "as recently as May", "as early as next year"
		if free(3) && d.low(from-1) == "as" && d.low(from-3) == "as" && asWords[d.low(from-2)] {
			from -= 3
		}
		// "back in 2015"
		if from < i && free(1) && d.low(from-1) == "back" {
			from--
		}
		// "as of October"
		if free(2) && d.low(from-1) == "of" && d.low(from-2) == "as" {
			from -= 2
		}
		future := d.futureAround(from)
		val := ""
		if e.abs != "" {
			val = e.abs
		} else if hasPub {
			val = e.resolve(pub, future)
		}
		if e.kind == kindRange && e.abs == "" && hasPub {
			val = e.resolve(pub, future)
		}
		s := d.sents[d.toks[from].sent]
		start, end := d.toks[from].start, d.toks[to-1].end
		cs, ce := cl.around(d.text, d.toks[from].sent, s, start, end)
		out = append(out, Date{Text: d.text[start:end], Value: val, Event: d.eventAround(s, start, end, cs, ce),
			Paragraph: s.Para, Start: start, End: end})
		i, lastTo = to, to
	}
	return out
}

// datePreps may precede a date and are kept in its text.
var datePreps = wordSet("datePreps")

// restWords are what is left of a period ("for the rest of the season").
var restWords = wordSet("restWords")

// asWords say how soon or late a date is ("as early as next year").
var asWords = wordSet("asWords")

// approxWords say a clock time is not exact, and are kept with it.
var approxWords = wordSet("approxWords")

// nearWords say how near "before" or "after" is, and are kept with it.
var nearWords = wordSet("nearWords")

var monthNames = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan.": 1, "feb.": 2, "mar.": 3, "apr.": 4, "jun.": 6, "jul.": 7, "aug.": 8,
	"sep.": 9, "sept.": 9, "oct.": 10, "nov.": 11, "dec.": 12,
}

var weekdays = map[string]time.Weekday{
	"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
	"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday,
}

// seasons give the first month of each (northern hemisphere, as the news
// of the outlets this reads uses them).
var seasons = map[string]int{"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}

var numberWords = map[string]int{"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
	"six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": 0,
	"few": 0, "fifteen": 15, "eighteen": 18, "twenty": 20, "thirty": 30}

// dateKind says what a date expression names.
type dateKind uint8

const (
	kindNone     dateKind = iota
	kindDay               // a calendar day: "March 3", "18 March 2015"
	kindMonth             // "July 2025", "in April"
	kindSeason            // "late spring", "the summer of 1959"
	kindYear              // "2010", "early 2025"
	kindDecade            // "the 1990s"
	kindRange             // "March 3-5", "from 2002 to 2005"
	kindWeekday           // "on Tuesday", "last Friday"
	kindRelDay            // "today", "yesterday", "this morning"
	kindRelative          // "last week", "next month"
	kindAgo               // "18 months ago"
	kindTime              // "4 a.m.", "10:30"
	kindPeriod            // a span with no fixed value: "the past several months"
)

// dateExpr is one parsed expression. abs is its value when the text alone
// fixes it; otherwise rel describes it for resolve.
type dateExpr struct {
	end  int // token after the expression
	kind dateKind
	abs  string
	// For resolve: a month (1-12) and day with no year, a part of a period
	// ("early", "mid", "late"), a weekday, or a relative phrase.
	month, day int
	part       string
	season     string
	weekday    time.Weekday
	rel        string // "today", "last week", "ago days", "ahead" (a day to come), ... or "range"
	n          int
	lo, hi     *dateExpr // a range's ends
	year       int       // a year given with the expression, 0 when none
}

// dateAt parses a date expression starting at token i.
func (d *doc) dateAt(i int) (dateExpr, bool) {
	t := d.toks
	if i >= len(t) || !t[i].word {
		return dateExpr{}, false
	}
	w := d.tok(i)
	lw := d.low(i)
	// Most words start no date: only capitals, digits and a few words can.
	if !isDigitByte(w[0]) && d.class(i)&fDateStart == 0 && !strings.HasPrefix(lw, "mid") &&
		!strings.HasPrefix(lw, "early-") && !strings.HasPrefix(lw, "late-") && !strings.HasPrefix(lw, "end-") && !isDatePossessive(lw) &&
		!fiscalPeriod(w) && !(d.toks[i].cap && monthSpan(w)) {
		return dateExpr{}, false
	}
	// The kinds of date expressions are read in turn; the first parser
	// that reads one wins.
	parsers := dateParsers()
	// Two words in three a date can start with are these; each is read
	// only by the parsers that can read it, in the same order: the others
	// want a month, weekday or season name, a relative word ("last"),
	// "early", "mid" or "late", or a number in digits (dateParsersOf).
	// "just over a year ago", "just 75 days before"
	if lw == "just" && (i+1 >= len(d.toks) || d.low(i+1) != "over" && d.low(i+1) != "under" && !countWord(d.low(i+1))) {
		return dateExpr{}, false
	}
	if use := dateParsersOf(lw); use != nil {
		for _, k := range use {
			if e, ok := parsers[k](d, i); ok {
				return e, true
			}
		}
		return dateExpr{}, false
	}
	for _, parse := range parsers {
		if e, ok := parse(d, i); ok {
			return e, true
		}
	}
	return dateExpr{}, false
}

// dateParsers lists the parsers of each kind of date expression, in the
// order dateAt tries them. (A function, as a package variable holding them
// would depend on itself through dateAt.)
func dateParsers() [8]func(*doc, int) (dateExpr, bool) {
	return [...]func(*doc, int) (dateExpr, bool){
		(*doc).periodAt, (*doc).partDateAt, (*doc).monthDateAt, (*doc).dayMonthAt, (*doc).seasonYearAt,
		(*doc).weekdayAt, (*doc).relativeAt, (*doc).numericDateAt,
	}
}

// dateParsersOf gives, for the commonest words a date can start with, the
// parsers (by their index in dateAt's list) that can read a date there:
// periodAt ("the past several months", "to date", "a few days later",
// "weeks before the vote", "less than a year ago"),
// partDateAt ("the 1990s", "the summer") and numericDateAt ("a year ago").
// Any other word gets nil: every parser.
func dateParsersOf(lw string) []int {
	switch lw {
	case "the":
		return []int{0, 1}
	case "to":
		return []int{0}
	case "a", "an":
		return []int{0, 7}
	case "hours", "days", "weeks", "months", "years", "decades", "centuries", "less", "overnight", "just":
		return []int{0}
	}
	if dayTimeWords[lw] {
		return []int{7}
	}
	return nil
}

// dateStarters are the words (lower-cased) a date expression can start
// with; any other word that is not a number is passed over at once.
var dateStarters = func() map[string]bool {
	m := wordSet("dateStarterWords")
	for _, ws := range []map[string]bool{holidays, soloHolidays, dayNameWords, weekdayHolidays, dayTimeWords} {
		for w := range ws {
			m[w] = true
		}
	}
	for w := range namedHolidays {
		m[w] = true
	}
	for w := range yearParts {
		m[w] = true
	}
	for w := range monthNames {
		m[w] = true
		m[strings.TrimSuffix(w, ".")] = true // "Feb 5"
	}
	for w := range weekdays {
		m[w] = true
	}
	for w := range numberWords {
		m[w] = true
	}
	for w := range seasons {
		m[w] = true
	}
	return m
}()

// consecutive reports two dates of one kind that follow each other: days,
// weekdays, months, years or decades ("Friday and Saturday", "late March
// and April", "the 1600s and 1700s").
func consecutive(a, b dateExpr) bool {
	if a.kind != b.kind {
		return false
	}
	switch a.kind {
	case kindWeekday:
		return b.weekday == (a.weekday+1)%7 && b.rel == ""
	case kindDay:
		return a.month == b.month && b.day == a.day+1 && (a.year == 0 || a.year == b.year)
	case kindMonth:
		if b.month != a.month%12+1 || b.rel != "" {
			return false
		}
		if a.year == 0 || b.year == 0 {
			return true
		}
		if b.month == 1 {
			return b.year == a.year+1 // "December 2019 and January 2020"
		}
		return b.year == a.year
	case kindYear:
		return a.year != 0 && b.year == a.year+1
	case kindDecade:
		x, err1 := strconv.Atoi(endOf(a.abs))
		y, err2 := strconv.Atoi(startOf(b.abs))
		return err1 == nil && err2 == nil && y == x+1
	}
	return false
}

// shortYearAfter reads the end of a span of years written with its last
// two digits ("15" of "2010–15") after the year of e, or returns 0.
func shortYearAfter(e dateExpr, w string) int {
	if e.kind != kindYear || e.abs != strconv.Itoa(e.year) || len(w) != 2 || !isDigitByte(w[0]) || !isDigitByte(w[1]) {
		return 0
	}
	y := e.year/100*100 + int(w[0]-'0')*10 + int(w[1]-'0')
	if y <= e.year {
		return 0
	}
	return y
}
