package extract

import (
	"fmt"
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
			if sep == "to" || sep == "until" || sep == "through" || sep == "-" || sep == "–" || (sep == "and" && i > 0 && d.low(i-1) == "between") {
				if e2, ok := d.dateAt(to + 1); ok {
					e = joinRange(e, e2)
					to = e2.end
				}
			}
		}
		// A time of day right after a date belongs to it ("on Friday at 3 p.m.").
		if to+1 < len(d.toks) && d.tok(to) == "at" {
			if t, ok := d.timeAt(to + 1); ok && e.kind != "time" {
				to = t
			}
		}
		// Keep the preposition that says how the date relates ("in 2010",
		// "since 2015"): it is how the expression is written.
		if from > 0 && d.toks[from-1].sent == d.toks[from].sent && datePreps[d.low(from-1)] {
			from--
		}
		if from > 0 && d.toks[from-1].sent == d.toks[from].sent && d.low(from-1) == "from" && strings.Contains(e.rel, "range") {
			from--
		}
		future := d.futureAround(from)
		val := ""
		if e.abs != "" {
			val = e.abs
		} else if hasPub {
			val = e.resolve(pub, future)
		}
		if e.kind == "range" && e.abs == "" && hasPub {
			val = e.resolve(pub, future)
		}
		s := d.sents[d.toks[from].sent]
		start, end := d.toks[from].start, d.toks[to-1].end
		out = append(out, Date{Text: d.text[start:end], Value: val, Event: d.eventAround(s, start, end),
			Paragraph: s.Para, Start: start, End: end})
		i = to
	}
	return out
}

// datePreps may precede a date and are kept in its text.
var datePreps = wordSet("datePreps")

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

// dateExpr is one parsed expression. abs is its value when the text alone
// fixes it; otherwise rel describes it for resolve.
type dateExpr struct {
	end  int // token after the expression
	kind string
	abs  string
	// For resolve: a month (1-12) and day with no year, a part of a period
	// ("early", "mid", "late"), a weekday, or a relative phrase.
	month, day int
	part       string
	season     string
	weekday    time.Weekday
	rel        string // "today", "last week", "ago days", ... or "range"
	n          int
	lo, hi     *dateExpr // a range's ends
	year       int       // a year given with the expression, 0 when none
}

// part splits a token like "mid-September" into its part and the rest.
func splitPart(w string) (part, rest string) {
	if len(w) < 4 {
		return "", w
	}
	switch w[0] {
	case 'm', 'M', 'e', 'E', 'l', 'L':
	default:
		return "", w
	}
	lw := strings.ToLower(w)
	for _, p := range []string{"early-", "mid-", "late-", "mid"} {
		if strings.HasPrefix(lw, p) && len(lw) > len(p) {
			return strings.TrimSuffix(p, "-"), w[len(p):]
		}
	}
	return "", w
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
		!strings.HasPrefix(lw, "early-") && !strings.HasPrefix(lw, "late-") && !isWeekdayPossessive(lw) &&
		!fiscalPeriod(w) {
		return dateExpr{}, false
	}
	same := func(k int) bool { return k < len(t) && t[k].sent == t[i].sent }
	if e, ok := d.periodAt(i); ok {
		return e, true
	}

	// A part of a period: "early 2025", "late spring", "mid-September", "the end of".
	part := ""
	j := i
	if lw == "early" || lw == "mid" || lw == "late" || lw == "the" && same(i+1) {
		if lw == "the" {
			// "the summer", "the 1990s"
			if same(i + 1) {
				nw := d.low(i + 1)
				if _, ok := seasons[nw]; ok {
					e := dateExpr{end: i + 2, kind: "season", season: nw}
					// "the summer of 1959"
					if same(i+3) && d.low(i+2) == "of" {
						if y, ok := yearOf(d.tok(i + 3)); ok {
							e.year, e.end = y, i+4
							e.abs = e.partValue()
						}
					}
					return e, true
				}
				if y, ok := decade(d.tok(i + 1)); ok {
					return dateExpr{end: i + 2, kind: "decade", abs: fmt.Sprintf("%d/%d", y, y+9)}, true
				}
				if p, rest := splitPart(d.tok(i + 1)); rest != d.tok(i+1) {
					if y, ok := decade(rest); ok {
						return dateExpr{end: i + 2, kind: "decade", abs: partRange(p, rest, y, 0, 10)}, true
					}
				}
			}
			return dateExpr{}, false
		}
		if !same(i + 1) {
			return dateExpr{}, false
		}
		part = lw
		j = i + 1
	} else if p, rest := splitPart(w); p != "" && (lw[0] == 'm' || lw[0] == 'e' || lw[0] == 'l') {
		if _, ok := monthNames[strings.ToLower(rest)]; ok {
			part = p
		} else if y, ok := decade(rest); ok {
			return dateExpr{end: i + 1, kind: "decade", abs: partRange(p, fmt.Sprintf("%d", y), y, 0, 10)}, true
		} else if _, ok := seasons[strings.ToLower(rest)]; ok {
			part = p
		}
	}
	if part != "" && j == i {
		// The part is inside the token: parse the rest as if it stood alone.
		_, rest := splitPart(w)
		e, ok := d.monthOrSeason(rest, i, same)
		if !ok {
			return dateExpr{}, false
		}
		e.part = part
		e.abs = e.partValue()
		return e, true
	}
	if part != "" {
		nw := d.tok(j)
		if y, ok := yearOf(nw); ok {
			return dateExpr{end: j + 1, kind: "year", year: y, abs: partRange(part, nw, y, 0, 1)}, true
		}
		if y, ok := decade(nw); ok {
			return dateExpr{end: j + 1, kind: "decade", abs: partRange(part, nw, y, 0, 10)}, true
		}
		e, ok := d.monthOrSeason(nw, j, same)
		if !ok {
			// "late Thursday": a weekday with its part.
			if wd, ok := weekdays[strings.ToLower(nw)]; ok {
				return dateExpr{end: j + 1, kind: "weekday", weekday: wd}, true
			}
			return dateExpr{}, false
		}
		e.part = part
		e.abs = e.partValue()
		return e, true
	}

	// Month names, possibly with day and year: "March 3, 2015", "July 2025", "March 18".
	if _, ok := monthNames[lw]; ok {
		if lw == "may" && !t[i].cap {
			return dateExpr{}, false
		}
		if !t[i].cap {
			return dateExpr{}, false
		}
		e, ok := d.monthOrSeason(w, i, same)
		if ok && lw == "may" && e.kind == "month" && e.year == 0 && !d.monthContext(i) {
			return dateExpr{}, false // "May" as the modal at a sentence start
		}
		if ok && lw == "march" && e.kind == "month" && e.year == 0 && !d.monthContext(i) {
			return dateExpr{}, false // "March" as a name or a verb
		}
		return e, ok
	}
	// Day Month Year: "18 March 2015".
	if dn, err := strconv.Atoi(w); isDigitByte(w[0]) && err == nil && dn >= 1 && dn <= 31 && same(i+1) {
		if m, ok := monthNames[d.low(i+1)]; ok && t[i+1].cap {
			e := dateExpr{end: i + 2, kind: "day", month: m, day: dn}
			if same(i + 2) {
				if y, ok := yearOf(d.tok(i + 2)); ok {
					e.year, e.end = y, i+3
				}
			}
			e.abs = e.fixed()
			return e, true
		}
	}
	// Seasons: "this summer", "last fall", "spring 2024".
	if _, ok := seasons[lw]; ok && same(i+1) {
		if y, ok := yearOf(d.tok(i + 1)); ok {
			e := dateExpr{end: i + 2, kind: "season", season: lw, year: y}
			e.abs = e.partValue()
			return e, true
		}
	}
	// Weekdays: "Tuesday", "on Friday".
	if wd, ok := weekdays[strings.TrimSuffix(strings.TrimSuffix(lw, "'s"), "’s")]; ok && t[i].cap {
		e := dateExpr{end: i + 1, kind: "weekday", weekday: wd}
		// "Tuesday afternoon", "Friday night"
		if same(i+1) && dayParts[d.low(i+1)] {
			e.end = i + 2
		}
		// "Sunday 21 September", "Tuesday, March 3": the date names the day.
		k := i + 1
		if same(k) && d.tok(k) == "," {
			k++
		}
		if same(k) {
			if dt, ok := d.dateAt(k); ok && dt.kind == "day" {
				return dt, true
			}
		}
		return e, true
	}
	// Relative words.
	switch lw {
	case "today", "yesterday", "tomorrow", "tonight":
		// "USA TODAY" is an outlet; "Today, more than ever" in a quotation
		// is rhetoric, not a date.
		if w == strings.ToUpper(w) || i > 0 && t[i-1].cap && t[i-1].sent == t[i].sent || d.insideQuote(t[i].start) {
			return dateExpr{}, false
		}
		return dateExpr{end: i + 1, kind: "relday", rel: lw}, true
	case "this", "last", "next", "past", "earlier", "later":
		k := i + 1
		rel := lw
		if (lw == "earlier" || lw == "later") && same(k) && d.low(k) == "this" {
			k++
			rel += " this"
		}
		if !same(k) {
			return dateExpr{}, false
		}
		nw := d.low(k)
		switch nw {
		case "week", "month", "year", "weekend", "decade":
			if lw == "past" {
				return dateExpr{}, false
			}
			return dateExpr{end: k + 1, kind: "rel", rel: rel + " " + nw}, true
		case "morning", "afternoon", "evening", "night":
			if rel == "this" || rel == "last" {
				return dateExpr{end: k + 1, kind: "relday", rel: map[string]string{"this": "today", "last": "yesterday"}[rel]}, true
			}
		}
		if _, ok := seasons[nw]; ok && (rel == "this" || rel == "last" || rel == "next") {
			return dateExpr{end: k + 1, kind: "season", season: nw, rel: rel}, true
		}
		if wd, ok := weekdays[nw]; ok && (rel == "this" || rel == "last" || rel == "next") {
			return dateExpr{end: k + 1, kind: "weekday", weekday: wd, rel: rel}, true
		}
		if m, ok := monthNames[nw]; ok && rel != "this" && d.toks[k].cap {
			return dateExpr{end: k + 1, kind: "month", month: m, rel: rel}, true
		}
		return dateExpr{}, false
	}
	// "18 months ago", "two weeks ago", "a year ago".
	if n, ok := countOf(lw); ok && same(i+2) && d.low(i+2) == "ago" {
		unit := strings.TrimSuffix(d.low(i+1), "s")
		switch unit {
		case "day", "week", "month", "year", "decade":
			return dateExpr{end: i + 3, kind: "ago", rel: unit, n: n}, true
		}
	}
	// Years: "2010", "in 2010", "2002-2005"; decades "1990s".
	if y, ok := decade(w); ok {
		return dateExpr{end: i + 1, kind: "decade", abs: fmt.Sprintf("%d/%d", y, y+9)}, true
	}
	if a, b, ok := yearSpan(w); ok {
		return dateExpr{end: i + 1, kind: "range", abs: fmt.Sprintf("%d/%d", a, b)}, true
	}
	if y, ok := yearOf(w); ok && d.yearContext(i) {
		return dateExpr{end: i + 1, kind: "year", year: y, abs: strconv.Itoa(y)}, true
	}
	// ISO dates: "2025-07-01".
	if v, ok := parseISODate(w); ok && len(w) == 10 {
		return dateExpr{end: i + 1, kind: "day", abs: v.Format("2006-01-02")}, true
	}
	// Times of day: "4 a.m.", "10:30 p.m.", and the date after one
	// ("10:30 p.m. Aug. 9").
	if e, ok := d.timeAt(i); ok {
		if same(e) {
			if _, isMonth := monthNames[d.low(e)]; isMonth && t[e].cap {
				if dt, ok := d.monthOrSeason(d.tok(e), e, same); ok && dt.day > 0 {
					return dt, true
				}
			}
		}
		return dateExpr{end: e, kind: "time"}, true
	}
	return dateExpr{}, false
}

var dayParts = wordSet("dayParts")

// periodUnits are the units of a span of time ("the past several months").
var periodUnits = wordSet("periodUnits")

// holidays are the first words of named days ("Election Day", "Christmas").
var holidays = wordSet("holidays")

// fiscalPeriod reports a quarter or fiscal year written short: "Q2",
// "FY2020", "FY20", "FY2020-22".
func fiscalPeriod(w string) bool {
	if len(w) == 2 && (w[0] == 'Q' || w[0] == 'H') && w[1] >= '1' && w[1] <= '4' {
		return true
	}
	if len(w) >= 4 && strings.HasPrefix(w, "FY") && isDigitByte(w[2]) {
		return true
	}
	return false
}

// periodAt parses a span of time named relative to the story, with no
// fixed value: "the past several months", "the next few weeks", "more
// than two decades ago", "a couple hours earlier", "later that evening",
// "the end of the year", "Election Day", "Week 13", "Q2", "4:25".
func (d *doc) periodAt(i int) (dateExpr, bool) {
	t := d.toks
	same := func(k int) bool { return k < len(t) && t[k].sent == t[i].sent && t[k].word }
	lw := d.low(i)
	w := d.tok(i)
	if fiscalPeriod(w) {
		k := i + 1
		if same(k+1) && d.tok(k) == "-" && isDigitByte(d.tok(k + 1)[0]) {
			k += 2
		}
		return dateExpr{end: k, kind: "period"}, true
	}
	// Clock times without a.m. or p.m.: "4:25", "10:30".
	if isDigitByte(w[0]) && i+2 < len(t) && d.tok(i+1) == ":" && t[i+2].start == t[i+1].end && t[i+1].start == t[i].end {
		if h, err := strconv.Atoi(w); err == nil && h <= 24 && len(d.tok(i+2)) == 2 && isDigitByte(d.tok(i + 2)[0]) {
			if _, ok := d.timeAt(i); !ok {
				return dateExpr{end: i + 3, kind: "time"}, true
			}
		}
	}
	k := i
	if lw == "the" {
		k++
	}
	if !same(k) {
		return dateExpr{}, false
	}
	kw := d.low(k)
	switch {
	case holidays[lw] && t[i].cap && same(i+1) && d.low(i+1) == "day" && t[i+1].cap:
		return dateExpr{end: i + 2, kind: "period"}, true
	case lw == "week" && t[i].cap && same(i+1) && isDigitByte(d.tok(i + 1)[0]):
		return dateExpr{end: i + 2, kind: "period"}, true
	case (lw == "later" || lw == "earlier") && same(i+2) && d.low(i+1) == "that" && (dayParts[d.low(i+2)] || periodUnits[d.low(i+2)]):
		return dateExpr{end: i + 3, kind: "period"}, true
	case kw == "end" || kw == "start" || kw == "beginning" || kw == "middle" || kw == "turn":
		// "the end of the year", "the start of next month"
		if k > i && same(k+3) && d.low(k+1) == "of" {
			j := k + 2
			if d.low(j) == "the" || d.low(j) == "this" || d.low(j) == "next" || d.low(j) == "last" {
				j++
			}
			if same(j) && (periodUnits[d.low(j)] || isCentury(d.low(j))) {
				return dateExpr{end: j + 1, kind: "period"}, true
			}
		}
	case kw == "last" || kw == "past" || kw == "next" || kw == "coming" || kw == "previous" || kw == "following" || kw == "recent":
		// "the past several months", "the last five days", "the next decade"
		j := k + 1
		if same(j) && (d.low(j) == "few" || d.low(j) == "several" || d.low(j) == "couple") {
			j++
			if same(j) && d.low(j) == "of" {
				j++
			}
		} else if _, ok := countOf(d.low(j)); ok && same(j) && d.low(j) != "a" && d.low(j) != "an" {
			j++
		}
		if same(j) && periodUnits[d.low(j)] && (k > i || j > k+1) {
			return dateExpr{end: j + 1, kind: "period"}, true
		}
	}
	// "more than two decades ago", "a couple hours earlier", "three days later".
	j := i
	switch lw {
	case "more", "over", "nearly", "almost", "about", "some":
		j++
		if same(j) && d.low(j) == "than" {
			j++
		}
	}
	if same(j) && (d.low(j) == "a" || d.low(j) == "couple") && same(j+1) && (d.low(j+1) == "couple" || d.low(j+1) == "few") {
		j += 2
		if same(j) && d.low(j) == "of" {
			j++
		}
	} else if _, ok := countOf(d.low(j)); ok && same(j) {
		j++
	} else {
		return dateExpr{}, false
	}
	if same(j+1) && periodUnits[d.low(j)] {
		switch d.low(j + 1) {
		case "ago":
			if j == i+1 {
				return dateExpr{}, false // "two weeks ago": the resolvable form
			}
			return dateExpr{end: j + 2, kind: "period"}, true
		case "earlier", "later", "before", "after":
			return dateExpr{end: j + 2, kind: "period"}, true
		}
	}
	return dateExpr{}, false
}

func isCentury(w string) bool { return w == "century" || w == "decade" }

// monthOrSeason parses a month (with an optional day and year after it) or
// a season (with an optional year) whose name is w at token i.
func (d *doc) monthOrSeason(w string, i int, same func(int) bool) (dateExpr, bool) {
	lw := strings.ToLower(w)
	if _, ok := seasons[lw]; ok {
		e := dateExpr{end: i + 1, kind: "season", season: lw}
		if same(i + 1) {
			if y, ok := yearOf(d.tok(i + 1)); ok {
				e.year, e.end = y, i+2
			}
		}
		return e, true
	}
	m, ok := monthNames[lw]
	if !ok {
		return dateExpr{}, false
	}
	e := dateExpr{end: i + 1, kind: "month", month: m}
	k := i + 1
	if same(k) {
		nw := d.tok(k)
		nw = strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(nw, "st"), "nd"), "th")
		nw = strings.TrimSuffix(nw, "rd")
		if dn, err := strconv.Atoi(nw); err == nil && dn >= 1 && dn <= 31 && len(nw) <= 2 {
			e.kind, e.day, e.end = "day", dn, k+1
			k++
			if same(k) && d.tok(k) == "," && same(k+1) {
				if y, ok := yearOf(d.tok(k + 1)); ok {
					e.year, e.end = y, k+2
				}
			} else if same(k) {
				if y, ok := yearOf(d.tok(k)); ok {
					e.year, e.end = y, k+1
				}
			}
		} else if a, b, ok := daySpan(d.tok(k)); ok {
			// "March 3-5"
			lo := dateExpr{kind: "day", month: m, day: a}
			hi := dateExpr{kind: "day", month: m, day: b}
			e = dateExpr{end: k + 1, kind: "range", lo: &lo, hi: &hi, rel: "range"}
			yk := k + 1
			if same(yk) && d.tok(yk) == "," {
				yk++
			}
			if same(yk) {
				if y, ok := yearOf(d.tok(yk)); ok {
					e.end = yk + 1
					lo.year, hi.year = y, y
				}
			}
			if lo.year != 0 {
				e.abs = lo.fixed() + "/" + hi.fixed()
			}
			return e, true
		} else if y, ok := yearOf(d.tok(k)); ok {
			e.year, e.end = y, k+1
		} else if nw == "," && same(k+1) {
			if y, ok := yearOf(d.tok(k + 1)); ok {
				e.year, e.end = y, k+2
			}
		}
	}
	e.abs = e.fixed()
	return e, true
}

// monthContext reports whether a capitalised "May" or "March" at token i is
// the month: a preposition or a day or year beside it.
func (d *doc) monthContext(i int) bool {
	if i > 0 && d.toks[i-1].sent == d.toks[i].sent {
		p := d.low(i - 1)
		if datePreps[p] || p == "of" || p == "last" || p == "next" || p == "this" {
			return true
		}
	}
	return false
}

// yearContext reports whether a four-digit number at token i is a year
// rather than a count: what stands around it must allow a date.
func (d *doc) yearContext(i int) bool {
	if i > 0 && d.toks[i-1].sent == d.toks[i].sent {
		p := d.tok(i - 1)
		if p == "$" || p == "£" || p == "€" || p == "#" || p == "No." {
			return false
		}
		lp := lowerASCII(p)
		if datePreps[lp] || lp == "the" || lp == "of" || lp == "and" || lp == "or" || lp == "," || lp == "(" || lp == "to" || lp == "in" || monthNames[lp] > 0 {
			return true
		}
	} else {
		return true
	}
	if i+2 < len(d.toks) && d.toks[i+2].sent == d.toks[i].sent {
		// "from at least 2002 to 2005"
		switch d.low(i + 1) {
		case "to", "and", "-", "–", "through", "until":
			if _, ok := yearOf(d.tok(i + 2)); ok {
				return true
			}
		}
	}
	if i+1 < len(d.toks) && d.toks[i+1].sent == d.toks[i].sent {
		n := d.tok(i + 1)
		if n == "%" || n == "percent" || n == "per" {
			return false
		}
		// "2000 workers" counts; "its planned 2024 crewed moon shot" dates.
		return !(d.toks[i+1].word && !d.toks[i+1].cap && strings.HasSuffix(n, "s") && !strings.HasSuffix(n, "ss"))
	}
	return true
}

func yearOf(w string) (int, bool) {
	if len(w) != 4 || !isDigitByte(w[0]) {
		return 0, false
	}
	y, err := strconv.Atoi(w)
	if err != nil || y < 1800 || y > 2100 {
		return 0, false
	}
	return y, true
}

// decade parses "1990s" or "1990's".
func decade(w string) (int, bool) {
	if !strings.HasSuffix(w, "s") {
		return 0, false
	}
	w = strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(w, "s"), "'"), "’")
	if len(w) != 4 || w[3] != '0' {
		return 0, false
	}
	return yearOf(w)
}

// yearSpan parses "2002-2005" or "2002–05".
func yearSpan(w string) (int, int, bool) {
	a, b, ok := strings.Cut(w, "-")
	if !ok {
		a, b, ok = strings.Cut(w, "–")
	}
	if !ok {
		return 0, 0, false
	}
	y1, ok := yearOf(a)
	if !ok {
		return 0, 0, false
	}
	if len(b) == 2 {
		b = a[:2] + b
	}
	y2, ok := yearOf(b)
	if !ok || y2 <= y1 {
		return 0, 0, false
	}
	return y1, y2, true
}

// daySpan parses "3-5" (days of one month).
func daySpan(w string) (int, int, bool) {
	a, b, ok := strings.Cut(w, "-")
	if !ok {
		return 0, 0, false
	}
	x, err1 := strconv.Atoi(a)
	y, err2 := strconv.Atoi(b)
	if err1 != nil || err2 != nil || x < 1 || y > 31 || y <= x {
		return 0, 0, false
	}
	return x, y, true
}

func countOf(w string) (int, bool) {
	if w == "" {
		return 0, false
	}
	if !isDigitByte(w[0]) {
		n, ok := numberWords[w]
		return n, ok
	}
	if n, err := strconv.Atoi(w); err == nil && n > 0 && n < 1000 {
		return n, true
	}
	n, ok := numberWords[w]
	return n, ok
}

// timeAt parses a time of day at token i ("4 a.m.", "10:30 p.m.", "noon")
// and returns the token after it.
func (d *doc) timeAt(i int) (int, bool) {
	t := d.toks
	if i >= len(t) {
		return 0, false
	}
	w := d.tok(i)
	if w == "noon" || w == "midnight" {
		return i + 1, true
	}
	if w == "" || !isDigitByte(w[0]) {
		return 0, false
	}
	h, err := strconv.Atoi(w)
	if err != nil || h < 0 || h > 12 {
		return 0, false
	}
	k := i + 1
	if k+1 < len(t) && d.tok(k) == ":" && t[k+1].sent == t[i].sent {
		k += 2
	}
	if k < len(t) && t[k].sent == t[i].sent {
		switch d.low(k) {
		case "a.m.", "p.m.", "am", "pm", "a.m", "p.m":
			return k + 1, true
		}
	}
	return 0, false
}

// fixed is the value a month or day expression has when its year is given.
func (e dateExpr) fixed() string {
	if e.year == 0 {
		return ""
	}
	if e.day > 0 {
		return fmt.Sprintf("%04d-%02d-%02d", e.year, e.month, e.day)
	}
	return fmt.Sprintf("%04d-%02d", e.year, e.month)
}

// partValue is the value of a month or season with a part and a year.
func (e dateExpr) partValue() string {
	if e.year == 0 {
		return ""
	}
	if e.kind == "season" {
		return seasonValue(e.season, e.part, e.year)
	}
	if e.part == "" {
		return e.fixed()
	}
	last := daysIn(e.year, e.month)
	lo, hi := 1, 10
	switch e.part {
	case "mid":
		lo, hi = 10, 20
	case "late":
		lo, hi = 20, last
	}
	return fmt.Sprintf("%04d-%02d-%02d/%04d-%02d-%02d", e.year, e.month, lo, e.year, e.month, hi)
}

func seasonValue(season, part string, year int) string {
	m := seasons[season]
	lo, hi := m, m+2
	switch part {
	case "early":
		hi = lo
	case "mid":
		lo, hi = m+1, m+1
	case "late":
		lo = hi
	}
	ylo, yhi := year, year
	if lo > 12 {
		lo, ylo = lo-12, year+1
	}
	if hi > 12 {
		hi, yhi = hi-12, year+1
	}
	if lo == hi && ylo == yhi {
		return fmt.Sprintf("%04d-%02d", ylo, lo)
	}
	return fmt.Sprintf("%04d-%02d/%04d-%02d", ylo, lo, yhi, hi)
}

// partRange is the value of "early 2025", "mid-1990s" and the like: the
// first, middle or last third of a span of n years from y (n 1 or 10).
func partRange(part, text string, y, _ int, n int) string {
	if n == 1 {
		switch part {
		case "early":
			return fmt.Sprintf("%d-01/%d-04", y, y)
		case "mid":
			return fmt.Sprintf("%d-05/%d-08", y, y)
		case "late":
			return fmt.Sprintf("%d-09/%d-12", y, y)
		}
		return strconv.Itoa(y)
	}
	switch part {
	case "early":
		return fmt.Sprintf("%d/%d", y, y+3)
	case "mid":
		return fmt.Sprintf("%d/%d", y+3, y+6)
	case "late":
		return fmt.Sprintf("%d/%d", y+7, y+9)
	}
	return fmt.Sprintf("%d/%d", y, y+9)
}

func daysIn(y, m int) int {
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// joinRange makes one range of two expressions, lending the second's year
// to the first ("from March to May 2025").
func joinRange(a, b dateExpr) dateExpr {
	if a.year == 0 && b.year != 0 && a.kind != "year" {
		a.year = b.year
		a.abs = a.partValue()
	}
	lo, hi := a, b
	r := dateExpr{end: b.end, kind: "range", rel: "range", lo: &lo, hi: &hi}
	if a.abs != "" && b.abs != "" {
		r.abs = startOf(a.abs) + "/" + endOf(b.abs)
	}
	return r
}

func startOf(v string) string { s, _, _ := strings.Cut(v, "/"); return s }
func endOf(v string) string {
	if _, e, ok := strings.Cut(v, "/"); ok {
		return e
	}
	return v
}

// resolve turns a relative expression into a value against the article's
// date; future says the sentence speaks of what is to come.
func (e dateExpr) resolve(pub time.Time, future bool) string {
	day := func(t time.Time) string { return t.Format("2006-01-02") }
	month := func(t time.Time) string { return t.Format("2006-01") }
	switch e.kind {
	case "range":
		if e.lo == nil || e.hi == nil {
			return ""
		}
		a, b := e.lo.resolveOr(pub, future), e.hi.resolveOr(pub, future)
		if a == "" || b == "" {
			return ""
		}
		return startOf(a) + "/" + endOf(b)
	case "relday":
		switch e.rel {
		case "today", "tonight":
			return day(pub)
		case "yesterday":
			return day(pub.AddDate(0, 0, -1))
		case "tomorrow":
			return day(pub.AddDate(0, 0, 1))
		}
	case "weekday":
		diff := int(pub.Weekday()) - int(e.weekday)
		switch {
		case e.rel == "next" || (future && e.rel == ""):
			ahead := (int(e.weekday) - int(pub.Weekday()) + 7) % 7
			if ahead == 0 {
				ahead = 7
			}
			return day(pub.AddDate(0, 0, ahead))
		case e.rel == "this":
			return day(pub.AddDate(0, 0, -diff))
		}
		// "on Tuesday" in a piece dated a Tuesday is that day; "last
		// Tuesday" is the week before.
		if diff < 0 || diff == 0 && e.rel == "last" {
			diff += 7
		}
		return day(pub.AddDate(0, 0, -diff))
	case "rel":
		mon := pub.AddDate(0, 0, -((int(pub.Weekday()) + 6) % 7))
		switch e.rel {
		case "last week":
			return day(mon.AddDate(0, 0, -7)) + "/" + day(mon.AddDate(0, 0, -1))
		case "this week":
			return day(mon) + "/" + day(mon.AddDate(0, 0, 6))
		case "next week":
			return day(mon.AddDate(0, 0, 7)) + "/" + day(mon.AddDate(0, 0, 13))
		case "last weekend":
			return day(mon.AddDate(0, 0, -2)) + "/" + day(mon.AddDate(0, 0, -1))
		case "this weekend":
			return day(mon.AddDate(0, 0, 5)) + "/" + day(mon.AddDate(0, 0, 6))
		case "next weekend":
			return day(mon.AddDate(0, 0, 12)) + "/" + day(mon.AddDate(0, 0, 13))
		case "last month":
			return month(firstOfMonth(pub).AddDate(0, -1, 0))
		case "this month":
			return month(pub)
		case "next month":
			return month(firstOfMonth(pub).AddDate(0, 1, 0))
		case "last year":
			return strconv.Itoa(pub.Year() - 1)
		case "this year":
			return strconv.Itoa(pub.Year())
		case "next year":
			return strconv.Itoa(pub.Year() + 1)
		case "earlier this year":
			return fmt.Sprintf("%d-01-01/%s", pub.Year(), day(pub))
		case "later this year":
			return fmt.Sprintf("%s/%d-12-31", day(pub), pub.Year())
		case "earlier this month":
			return day(firstOfMonth(pub)) + "/" + day(pub)
		case "later this month":
			return day(pub) + "/" + day(firstOfMonth(pub).AddDate(0, 1, -1))
		case "earlier this week":
			return day(mon) + "/" + day(pub)
		case "later this week":
			return day(pub) + "/" + day(mon.AddDate(0, 0, 6))
		case "last decade", "this decade":
			return ""
		}
	case "ago":
		switch e.rel {
		case "day":
			return day(pub.AddDate(0, 0, -e.n))
		case "week":
			return day(pub.AddDate(0, 0, -7*e.n))
		case "month":
			return month(firstOfMonth(pub).AddDate(0, -e.n, 0))
		case "year":
			return strconv.Itoa(pub.Year() - e.n)
		case "decade":
			return strconv.Itoa(pub.Year() - 10*e.n)
		}
	case "month", "day":
		y := pub.Year()
		pm := int(pub.Month())
		switch {
		case e.rel == "last":
			if e.month >= pm {
				y--
			}
		case e.rel == "next":
			if e.month <= pm {
				y++
			}
		case future:
			if e.month < pm || e.month == pm && e.day > 0 && e.day < pub.Day() {
				y++
			}
		default:
			if e.month > pm || e.month == pm && e.day > pub.Day() {
				y--
			}
		}
		e.year = y
		return e.partValue()
	case "season":
		y := pub.Year()
		start := seasons[e.season]
		// The month the named part of the season begins: "late spring" is May.
		begins := start
		switch e.part {
		case "mid":
			begins++
		case "late":
			begins += 2
		}
		if begins > 12 {
			begins -= 12
		}
		switch {
		case e.rel == "last":
			y--
			if start <= int(pub.Month()) && start != 12 {
				// "last summer" in December is this year's summer.
				if int(pub.Month()) > start+2 {
					y++
				}
			}
		case e.rel == "next":
			if start <= int(pub.Month()) {
				y++
			}
		case e.rel == "this":
		case future:
			if begins < int(pub.Month()) && start != 12 {
				y++
			}
		default:
			if begins > int(pub.Month()) || start == 12 && int(pub.Month()) < 12 {
				y--
			}
		}
		e.year = y
		return seasonValue(e.season, e.part, y)
	}
	return ""
}

func (e *dateExpr) resolveOr(pub time.Time, future bool) string {
	if e.abs != "" {
		return e.abs
	}
	if e.kind == "year" && e.year != 0 {
		return strconv.Itoa(e.year)
	}
	return e.resolve(pub, future)
}

func firstOfMonth(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC)
}

// parseISODate reads "YYYY-MM-DD" (or a longer timestamp starting so).
func parseISODate(s string) (time.Time, bool) {
	if len(s) < 10 {
		return time.Time{}, false
	}
	t, err := time.Parse("2006-01-02", s[:10])
	return t, err == nil
}

// futureWords in the sentence before a date make a bare weekday or month
// point forwards ("will vote on Friday").
var futureWords = wordSet("futureWords")

// futureAround reports whether the words just before token i in its sentence
// speak of the future.
func (d *doc) futureAround(i int) bool {
	s := d.toks[i].sent
	for k := i - 1; k >= 0 && k >= i-8 && d.toks[k].sent == s; k-- {
		if futureWords[d.low(k)] {
			return true
		}
	}
	return false
}

// eventAround describes what a date in sentence s dates: the clause holding
// it, without the date, or the sentence's main clause when that clause is
// the date alone ("In July 2025, Guillot met Morales").
func (d *doc) eventAround(s Sent, start, end int) string {
	text := d.text
	clauseStart, clauseEnd := s.Start, s.End
	for i := start - 1; i >= s.Start; i-- {
		if isClauseBreak(text[i]) && !digitComma(text, i) {
			clauseStart = i + 1
			break
		}
	}
	for i := end; i < s.End; i++ {
		if isClauseBreak(text[i]) && !digitComma(text, i) {
			clauseEnd = i
			break
		}
	}
	before := strings.TrimSpace(text[clauseStart:start])
	after := strings.TrimSpace(text[end:clauseEnd])
	words := strings.Fields(before + " " + after)
	if len(words) < 4 {
		// The date stands in its own clause: describe the rest of the sentence.
		words = strings.Fields(strings.TrimSpace(text[s.Start:start]) + " " + strings.TrimSpace(text[end:s.End]))
	}
	// A dateline ("WASHINGTON –") is no part of the event.
	if len(words) > 1 && words[0] == strings.ToUpper(words[0]) && (words[1] == "–" || words[1] == "—" || words[1] == "-") {
		words = words[2:]
	}
	for len(words) > 0 && strings.Trim(words[0], ",;:—–-") == "" {
		words = words[1:]
	}
	if len(words) > 0 {
		words[0] = strings.TrimLeft(words[0], ",;:")
	}
	const max = 14
	ell := false
	if len(words) > max {
		words = words[:max]
		ell = true
	}
	ev := strings.Join(words, " ")
	// Removing the date can leave a stray comma: "Published , it has".
	ev = strings.NewReplacer(" , ", ", ", " ,", ",", "( ,", "(", ", ,", ",").Replace(ev)
	ev = strings.Trim(ev, " ,;:.—–\"“”")
	if ell {
		ev += "…"
	}
	return ev
}

func isClauseBreak(c byte) bool { return c == ',' || c == ';' || c == ':' }

// digitComma reports a comma inside a number ("14,000").
func digitComma(text string, i int) bool {
	return text[i] == ',' && i > 0 && i+1 < len(text) && isDigitByte(text[i-1]) && isDigitByte(text[i+1])
}

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

// isWeekdayPossessive reports "tuesday's" and "tuesday’s".
func isWeekdayPossessive(lw string) bool {
	if i := strings.IndexAny(lw, "'’"); i > 0 {
		_, ok := weekdays[lw[:i]]
		return ok
	}
	return false
}

// dateStarters are the words (lower-cased) a date expression can start
// with; any other word that is not a number is passed over at once.
var dateStarters = func() map[string]bool {
	m := toSet("early", "mid", "late", "the", "this", "last", "next", "past", "earlier", "later", "today",
		"yesterday", "tomorrow", "tonight", "noon", "midnight", "more", "nearly", "almost", "about", "over",
		"some", "week", "couple", "previous", "coming", "recent", "following")
	for w := range holidays {
		m[w] = true
	}
	for w := range monthNames {
		m[w] = true
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
