// Reading date expressions: one parser per kind, each reading at a token
// and returning the expression and the token after it.

package extract

import (
	"fmt"
	"strconv"
	"strings"
)

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
	for _, p := range []string{"early-", "mid-", "late-", "mid", "end-"} {
		if strings.HasPrefix(lw, p) && len(lw) > len(p) {
			if p == "end-" {
				return "late", w[len(p):] // "end-June", as Reuters writes it
			}
			return strings.TrimSuffix(p, "-"), w[len(p):]
		}
	}
	return "", w
}

// partDateAt parses a part of a period: "early 2025", "late spring", "mid-September", "the summer", "the 1990s".
func (d *doc) partDateAt(i int) (dateExpr, bool) {
	w := d.tok(i)
	lw := d.low(i)
	same := func(k int) bool { return k < len(d.toks) && d.toks[k].sent == d.toks[i].sent }
	// A part of a period: "early 2025", "late spring", "mid-September", "the end of".
	part := ""
	j := i
	if lw == "early" || lw == "mid" || lw == "late" || lw == "the" && same(i+1) {
		if lw == "the" {
			// "the summer", "the 1990s"
			if same(i + 1) {
				nw := d.low(i + 1)
				if _, ok := seasons[nw]; ok {
					e := dateExpr{end: i + 2, kind: kindSeason, season: nw}
					// "the spring term", "the fall semester"
					if same(i+2) && (d.low(i+2) == "term" || d.low(i+2) == "semester") {
						e.end = i + 3
					}
					// "the summer of 1959", "the spring of last year"
					if same(i+3) && d.low(i+2) == "of" {
						if y, ok := yearOf(d.tok(i + 3)); ok {
							e.year, e.end = y, i+4
							e.abs = e.partValue()
						} else if r := d.low(i + 3); same(i+4) && (r == "last" || r == "this" || r == "next") && d.low(i+4) == "year" {
							e.rel, e.end = r, i+5
						}
					}
					return e, true
				}
				if y, ok := decade(d.tok(i + 1)); ok {
					return dateExpr{end: i + 2, kind: kindDecade, abs: fmt.Sprintf("%d/%d", y, decadeEnd(y))}, true
				}
				// "the month of April": the month, named with its noun.
				if nw == "month" && same(i+3) && d.low(i+2) == "of" && d.toks[i+3].cap {
					if e, ok := d.monthOrSeason(d.tok(i+3), i+3, same); ok && e.kind != kindSeason {
						return e, true
					}
				}
				// "the 3rd of March"
				if same(i+3) && d.low(i+2) == "of" {
					if dn, err := strconv.Atoi(trimOrdinal(d.tok(i + 1))); err == nil && dn >= 1 && dn <= 31 && trimOrdinal(d.tok(i+1)) != d.tok(i+1) {
						if m := d.monthAfterDay(i + 3); m > 0 && monthNames[d.low(i+3)] > 0 {
							if e, ok := d.monthOrSeason(d.tok(i+3), i+3, same); ok && e.kind == kindMonth {
								e.kind, e.day = kindDay, dn
								e.abs = e.fixed()
								return e, true
							}
						}
					}
				}
				// "the early 2020s"
				if p := d.low(i + 1); (p == "early" || p == "mid" || p == "late") && same(i+2) {
					if y, ok := decade(d.tok(i + 2)); ok {
						return dateExpr{end: i + 3, kind: kindDecade, abs: partRange(p, d.tok(i+2), y, 0, 10)}, true
					}
				}
				// "the fourteenth century", "the 14th century"
				if same(i+2) && d.low(i+2) == "century" && ordinalWord(d.low(i+1)) {
					return dateExpr{end: i + 3, kind: kindPeriod}, true
				}
				// "the early 20th century", "the mid-19th century"
				if p, rest := splitPart(d.tok(i + 1)); same(i+2) && d.low(i+2) == "century" && p != "" && ordinalWord(strings.ToLower(rest)) {
					return dateExpr{end: i + 3, kind: kindPeriod}, true
				}
				if p := d.low(i + 1); (p == "early" || p == "mid" || p == "late") && same(i+3) && d.low(i+3) == "century" && ordinalWord(d.low(i+2)) {
					return dateExpr{end: i + 4, kind: kindPeriod}, true
				}
				// "the '90s", "the early ’80s"
				k := i + 1
				if p := d.low(k); (p == "early" || p == "mid" || p == "late") && same(k+1) {
					k++
				}
				if y, ok := d.shortDecade(k); ok {
					part := ""
					if k > i+1 {
						part = d.low(i + 1)
					}
					return dateExpr{end: k + 2, kind: kindDecade, abs: partRange(part, strconv.Itoa(y), y, 0, 10)}, true
				}
				if p, rest := splitPart(d.tok(i + 1)); rest != d.tok(i+1) {
					if y, ok := decade(rest); ok {
						return dateExpr{end: i + 2, kind: kindDecade, abs: partRange(p, rest, y, 0, 10)}, true
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
			return dateExpr{end: i + 1, kind: kindDecade, abs: partRange(p, fmt.Sprintf("%d", y), y, 0, 10)}, true
		} else if _, ok := seasons[strings.ToLower(rest)]; ok {
			part = p
		} else if y, ok := yearOf(rest); ok {
			// "mid-2020"
			return dateExpr{end: i + 1, kind: kindYear, year: y, abs: partRange(p, rest, y, 0, 1)}, true
		} else if strings.EqualFold(rest, "century") && p != "late" {
			// "by mid-century"
			return dateExpr{end: i + 1, kind: kindPeriod}, true
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
		// "late on Saturday"
		if d.low(j) == "on" && same(j+1) && isWeekday(d.low(j+1)) {
			j++
		}
		nw := d.tok(j)
		if y, ok := yearOf(nw); ok {
			return dateExpr{end: j + 1, kind: kindYear, year: y, abs: partRange(part, nw, y, 0, 1)}, true
		}
		if y, ok := d.shortDecade(j); ok {
			// "late '90s"
			return dateExpr{end: j + 2, kind: kindDecade, abs: partRange(part, strconv.Itoa(y), y, 0, 10)}, true
		}
		if y, ok := decade(nw); ok {
			return dateExpr{end: j + 1, kind: kindDecade, abs: partRange(part, nw, y, 0, 10)}, true
		}
		e, ok := d.monthOrSeason(nw, j, same)
		if !ok {
			// "late Thursday": a weekday with its part, and the date
			// that names it ("early on Saturday (September 21, 2024)").
			if dt, ok := d.parenDate(j + 1); ok && isWeekday(strings.ToLower(nw)) {
				return dt, true
			}
			if wd, ok := weekdays[strings.ToLower(nw)]; ok {
				// "late Monday night": the part of the day after it too
				return dateExpr{end: d.dayPartAfter(j + 1), kind: kindWeekday, weekday: wd}, true
			}
			return dateExpr{}, false
		}
		e.part = part
		e.abs = e.partValue()
		return e, true
	}

	return dateExpr{}, false
}

// monthDateAt parses a month name, with any day and year: "March 3, 2015", "July 2025".
func (d *doc) monthDateAt(i int) (dateExpr, bool) {
	same := func(k int) bool { return k < len(d.toks) && d.toks[k].sent == d.toks[i].sent }
	t := d.toks
	w := d.tok(i)
	lw := d.low(i)
	// A month written short without its full stop, before a day: "Feb 5".
	if _, ok := monthNames[lw+"."]; ok && t[i].cap && same(i+1) {
		if n, err := strconv.Atoi(d.tok(i + 1)); err == nil && n >= 1 && n <= 31 {
			return d.monthOrSeason(lw+".", i, same)
		}
		return dateExpr{}, false
	}
	// "January-March", "the January-March quarter"
	if a, b, ok := strings.Cut(lw, "-"); ok && t[i].cap && monthSpan(w) {
		lo := dateExpr{kind: kindMonth, month: monthNames[a]}
		hi := dateExpr{kind: kindMonth, month: monthNames[b]}
		e := dateExpr{end: i + 1, kind: kindRange, rel: "range", lo: &lo, hi: &hi}
		if same(i + 1) {
			if y, ok := yearOf(d.tok(i + 1)); ok {
				lo.year, hi.year, e.end = y, y, i+2
				lo.abs, hi.abs = lo.fixed(), hi.fixed()
				e.abs = lo.abs + "/" + hi.abs
			} else if nw := d.low(i + 1); nw == "quarter" || nw == "period" {
				e.end = i + 2 // "the January-March quarter"
			}
		}
		return e, true
	}
	// "January's figures"; "May's", "March's", "April's", "June's" and
	// "August's" only where a month is spoken of ("since May's vote"), as
	// they are names too ("June's daughter").
	if base := trimPossessive(lw); base != lw && monthNames[base] > 0 && !strings.HasSuffix(base, ".") && t[i].cap {
		if personalMonths[base] && !d.monthContext(i) {
			return dateExpr{}, false
		}
		return dateExpr{end: i + 1, kind: kindMonth, month: monthNames[base]}, true
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
		if ok && lw == "may" && e.kind == kindMonth && e.year == 0 && e.end == i+1 && !d.monthContext(i) {
			return dateExpr{}, false // "May" as the modal at a sentence start
		}
		if ok && lw == "march" && e.kind == kindMonth && e.year == 0 && e.end == i+1 && !d.monthContext(i) {
			return dateExpr{}, false // "March" as a name or a verb
		}
		return e, ok
	}
	return dateExpr{}, false
}

// dayMonthAt parses a day before the month: "18 March 2015".
func (d *doc) dayMonthAt(i int) (dateExpr, bool) {
	w := d.tok(i)
	same := func(k int) bool { return k < len(d.toks) && d.toks[k].sent == d.toks[i].sent }
	// Day Month Year: "18 March 2015".
	if !isDigitByte(w[0]) {
		return dateExpr{}, false
	}
	// "8-9 July", "8 and 9 July", "3 to 5 March": days of one month.
	lo, k := 0, i+1
	if a, b, ok := daySpan(w); ok {
		lo, w = a, strconv.Itoa(b)
	} else if a, err := strconv.Atoi(w); err == nil && same(i+3) && a >= 1 && rangeWords[d.low(i+1)] && isDigitByte(d.tok(i + 2)[0]) {
		if b, err := strconv.Atoi(d.tok(i + 2)); err == nil && b > a && b <= 31 && d.monthAfterDay(i+3) > 0 {
			lo, w, k = a, d.tok(i+2), i+3
		}
	}
	if dn, err := strconv.Atoi(trimOrdinal(w)); err == nil && dn >= 1 && dn <= 31 && same(k) {
		if m := d.monthAfterDay(k); m > 0 {
			e := dateExpr{end: k + 1, kind: kindDay, month: m, day: dn}
			yearAfterDay(d, &e, k+1, same) // "22 Dec, 2016"
			e.abs = e.fixed()
			if lo > 0 {
				return dayRange(e, lo, dn), true
			}
			return e, true
		}
	}
	return dateExpr{}, false
}

// rangeWords join the two ends of a span of days ("8 and 9 July", "March
// 3 to 5").
var rangeWords = wordSet("rangeWords")

// monthAfterDay returns the month named at token k after a day ("9 July",
// "22 Dec 2016", "3rd March"), or 0.
func (d *doc) monthAfterDay(k int) int {
	if !d.toks[k].cap {
		return 0
	}
	m, ok := monthNames[d.low(k)]
	if !ok {
		// After a day, a month may lose its full stop.
		m = monthNames[d.low(k)+"."]
	}
	return m
}

// trimOrdinal cuts the suffix of an ordinal day ("3rd" -> "3").
func trimOrdinal(w string) string {
	if n := len(w); n >= 3 && n <= 4 && isDigitByte(w[0]) {
		switch strings.ToLower(w[n-2:]) {
		case "st", "nd", "rd", "th":
			return w[:n-2]
		}
	}
	return w
}

// dayRange makes the span of days lo to hi of the month and year of e.
func dayRange(e dateExpr, lo, hi int) dateExpr {
	a, b := e, e
	a.day, b.day = lo, hi
	a.abs, b.abs = a.fixed(), b.fixed()
	r := dateExpr{end: e.end, kind: kindRange, rel: "range", lo: &a, hi: &b}
	if a.abs != "" {
		r.abs = a.abs + "/" + b.abs
	}
	return r
}

// seasonYearAt parses a season with its year: "spring 2024".
func (d *doc) seasonYearAt(i int) (dateExpr, bool) {
	lw := d.low(i)
	same := func(k int) bool { return k < len(d.toks) && d.toks[k].sent == d.toks[i].sent }
	// Seasons: "this summer", "last fall", "spring 2024".
	if _, ok := seasons[lw]; ok && same(i+1) {
		if y, ok := yearOf(d.tok(i + 1)); ok {
			e := dateExpr{end: i + 2, kind: kindSeason, season: lw, year: y}
			e.abs = e.partValue()
			return e, true
		}
	}
	return dateExpr{}, false
}

// weekdayAt parses a weekday: "Tuesday", "Friday night", "Sunday 21 September".
func (d *doc) weekdayAt(i int) (dateExpr, bool) {
	t := d.toks
	lw := d.low(i)
	same := func(k int) bool { return k < len(d.toks) && d.toks[k].sent == d.toks[i].sent }
	// Weekdays: "Tuesday", "on Friday".
	if wd, ok := weekdays[strings.TrimSuffix(strings.TrimSuffix(lw, "'s"), "’s")]; ok && t[i].cap {
		// "The Sunday Times", "the Mail on Sunday": a paper's name
		if same(i+1) && t[i+1].cap && weekdayTitles[d.low(i+1)] || i > 1 && d.low(i-1) == "on" && d.tok(i-2) == "Mail" {
			return dateExpr{}, false
		}
		// "the Good Friday Agreement": the holiday's weekday, in a name
		if i > 0 && t[i-1].sent == t[i].sent && t[i-1].cap && weekdayHolidays[d.low(i-1)] {
			return dateExpr{}, false
		}
		e := dateExpr{end: i + 1, kind: kindWeekday, weekday: wd}
		// "Tuesday afternoon", "Friday night"
		e.end = d.dayPartAfter(i + 1)
		// "Sunday 21 September", "Tuesday, March 3", "Saturday
		// (September 21, 2024) evening": the date names the day.
		k := i + 1
		if dt, ok := d.parenDate(k); ok {
			return dt, true
		}
		if same(k) && d.tok(k) == "," {
			k++
		}
		if same(k) {
			if dt, ok := d.dayDateAt(k); ok {
				return dt, true
			}
		}
		return e, true
	}
	return dateExpr{}, false
}

// dayPartAfter returns the token after a part of the day at token k
// ("morning", "night") that belongs to the day named just before it, or k
// when there is none.
func (d *doc) dayPartAfter(k int) int {
	if k > 0 && k < len(d.toks) && d.toks[k].sent == d.toks[k-1].sent && dayParts[d.low(k)] {
		return k + 1
	}
	return k
}

// dayDateAt parses a calendar day at token k ("September 21, 2024", "21
// September"), the date a weekday may be given with. It tries only the
// parsers of days, which never read another date after theirs: a weekday
// asking dateAt would let "Sunday Sunday Sunday …" read each word as often
// as there are words before it.
func (d *doc) dayDateAt(k int) (dateExpr, bool) {
	if k >= len(d.toks) || !d.toks[k].word {
		return dateExpr{}, false
	}
	if dt, ok := d.monthDateAt(k); ok && dt.kind == kindDay {
		return dt, true
	}
	if dt, ok := d.dayMonthAt(k); ok && dt.kind == kindDay {
		return dt, true
	}
	return dateExpr{}, false
}

// parenDate parses a day's date in brackets after the word that names the
// day ("Saturday (September 21, 2024)", "today (Nov. 18)"), with a part of
// the day after it ("(September 21, 2024) evening").
func (d *doc) parenDate(k int) (dateExpr, bool) {
	t := d.toks
	if k == 0 || k+2 >= len(t) || d.tok(k) != "(" || t[k].sent != t[k-1].sent {
		return dateExpr{}, false
	}
	dt, ok := d.dayDateAt(k + 1)
	if !ok || dt.end >= len(t) || d.tok(dt.end) != ")" || t[dt.end].sent != t[k].sent {
		return dateExpr{}, false
	}
	dt.end = d.dayPartAfter(dt.end + 1)
	return dt, true
}

// relativeAt parses a word relative to the article's date: "today", "last week", "next March".
func (d *doc) relativeAt(i int) (dateExpr, bool) {
	t := d.toks
	w := d.tok(i)
	lw := d.low(i)
	same := func(k int) bool { return k < len(d.toks) && d.toks[k].sent == d.toks[i].sent }
	// Relative words; "yesterday's vote" is yesterday's.
	if isDatePossessive(lw) {
		lw = trimPossessive(lw)
	}
	switch lw {
	case "today", "yesterday", "tomorrow", "tonight":
		// "USA TODAY" is an outlet; "Today, more than ever" in a quotation
		// is rhetoric, not a date.
		if lw == "today" && (w == strings.ToUpper(w) || t[i].cap && i > 0 && t[i-1].cap && t[i-1].sent == t[i].sent) || d.insideQuote(t[i].start) {
			return dateExpr{}, false
		}
		// "today (Nov. 18)"
		if dt, ok := d.parenDate(i + 1); ok {
			return dt, true
		}
		// "yesterday morning", "tomorrow night"
		return dateExpr{end: d.dayPartAfter(i + 1), kind: kindRelDay, rel: lw}, true
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
		// "earlier today", "later tonight", "said earlier Tuesday"
		if (lw == "earlier" || lw == "later") && k == i+1 {
			switch nw := d.low(k); nw {
			case "today", "tonight", "yesterday", "tomorrow":
				return dateExpr{end: d.dayPartAfter(k + 1), kind: kindRelDay, rel: nw}, true
			}
			if isWeekday(d.low(k)) && t[k].cap {
				return d.weekdayAt(k)
			}
		}
		// "this past weekend" is last weekend; "this past March" last March.
		if lw == "this" && d.low(k) == "past" && same(k+1) {
			switch u := d.low(k + 1); u {
			case "week", "month", "year", "weekend":
				return dateExpr{end: k + 2, kind: kindRelative, rel: "last " + u}, true
			}
			if m := monthNames[d.low(k+1)]; m > 0 && t[k+1].cap {
				return dateExpr{end: k + 2, kind: kindMonth, month: m, rel: "last"}, true
			}
			if wd, ok := weekdays[d.low(k+1)]; ok && t[k+1].cap {
				return dateExpr{end: d.dayPartAfter(k + 2), kind: kindWeekday, weekday: wd, rel: "last"}, true
			}
		}
		// "last weekend's call", "next year’s election"
		nw := strings.TrimSuffix(strings.TrimSuffix(d.low(k), "'s"), "’s")
		switch nw {
		case "week", "month", "year", "weekend", "decade":
			if lw == "past" {
				return dateExpr{}, false
			}
			return dateExpr{end: k + 1, kind: kindRelative, rel: rel + " " + nw}, true
		case "season", "quarter":
			// "this season", "last season": a sports season has no fixed
			// dates; "last quarter" is a company's
			if rel == "this" || rel == "last" || rel == "next" {
				return dateExpr{end: k + 1, kind: kindPeriod}, true
			}
		case "morning", "afternoon", "evening", "night":
			if rel == "this" || rel == "last" {
				return dateExpr{end: k + 1, kind: kindRelDay, rel: map[string]string{"this": "today", "last": "yesterday"}[rel]}, true
			}
		}
		if _, ok := seasons[nw]; ok && (rel == "this" || rel == "last" || rel == "next" || rel == "later this" || rel == "earlier this") {
			// "later this summer" is this summer's, for its value
			return dateExpr{end: k + 1, kind: kindSeason, season: nw, rel: strings.TrimPrefix(strings.TrimPrefix(rel, "later "), "earlier ")}, true
		}
		if wd, ok := weekdays[nw]; ok && (rel == "this" || rel == "last" || rel == "next") {
			// "next Thursday, March 20": the date names the day
			if same(k+2) && d.tok(k+1) == "," {
				if dt, ok := d.dayDateAt(k + 2); ok {
					if rel == "next" && dt.abs == "" {
						dt.rel = "ahead" // the day to come, whatever the verb's tense
					}
					return dt, true
				}
			}
			// "last Friday morning"
			return dateExpr{end: d.dayPartAfter(k + 1), kind: kindWeekday, weekday: wd, rel: rel}, true
		}
		if m, ok := monthNames[nw]; ok && rel != "this" && d.toks[k].cap {
			return dateExpr{end: k + 1, kind: kindMonth, month: m, rel: rel}, true
		}
		return dateExpr{}, false
	}
	return dateExpr{}, false
}

// numericDateAt parses a date written with numbers: "18 months ago", "1990s", "2002-2005", "2010", "2025-07-01", "4 a.m.".
func (d *doc) numericDateAt(i int) (dateExpr, bool) {
	t := d.toks
	w := d.tok(i)
	lw := d.low(i)
	same := func(k int) bool { return k < len(d.toks) && d.toks[k].sent == d.toks[i].sent }
	// "18 months ago", "two weeks ago", "a year ago".
	if n, ok := countOf(lw); ok && same(i+2) && d.low(i+2) == "ago" {
		unit := strings.TrimSuffix(d.low(i+1), "s")
		switch unit {
		case "day", "week", "month", "year", "decade":
			return dateExpr{end: i + 3, kind: kindAgo, rel: unit, n: n}, true
		case "fortnight":
			return dateExpr{end: i + 3, kind: kindAgo, rel: "week", n: 2 * n}, true
		}
	}
	if e, ok := d.slashDate(i); ok {
		return e, true
	}
	// "2000 GMT" is a time, not a year.
	if len(w) == 4 && same(i+1) && d.timeZoneAfter(i+1) > i+1 {
		if e, ok := d.timeAt(i); ok {
			return dateExpr{end: e, kind: kindTime}, true
		}
	}
	// Years: "2010", "in 2010", "2002-2005"; decades "1990s".
	if y, ok := decade(w); ok {
		return dateExpr{end: i + 1, kind: kindDecade, abs: fmt.Sprintf("%d/%d", y, decadeEnd(y))}, true
	}
	if a, b, ok := yearSpan(w); ok {
		return dateExpr{end: d.yearKindAfter(i + 1), kind: kindRange, abs: fmt.Sprintf("%d/%d", a, b)}, true
	}
	if end, a, b, ok := d.slashSeason(i); ok {
		return dateExpr{end: end, kind: kindRange, abs: fmt.Sprintf("%d/%d", a, b)}, true
	}
	if y, ok := yearOf(trimPossessive(w)); ok && d.yearContext(i) {
		return dateExpr{end: d.yearKindAfter(i + 1), kind: kindYear, year: y, abs: strconv.Itoa(y)}, true
	}
	// ISO dates: "2025-07-01".
	if v, ok := parseISODate(w); ok && len(w) == 10 {
		return dateExpr{end: i + 1, kind: kindDay, abs: v.Format("2006-01-02")}, true
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
		return dateExpr{end: e, kind: kindTime}, true
	}
	return dateExpr{}, false
}

var dayParts = wordSet("dayParts")

// weekdayTitles follow a weekday in the names of papers and programmes
// ("The Sunday Times", "Saturday Night Live").
var weekdayTitles = wordSet("weekdayTitles")

// timeZones are the zones written after a clock time ("5:45 p.m. ET").
var timeZones = wordSet("timeZones")

// zoneNames name a zone in words after a clock time ("Eastern time").
var zoneNames = wordSet("zoneNames")

// periodUnits are the units of a span of time ("the past several months").
var periodUnits = wordSet("periodUnits")

// personalMonths are months that are names too ("June's daughter").
var personalMonths = wordSet("personalMonths")

// holidays are the first words of named days ("Election Day", "Christmas").
var holidays = wordSet("holidays")

// soloHolidays are the holidays named by one word ("since Diwali").
var soloHolidays = wordSet("soloHolidays")

// countWord reports a count of units: "10", "two", "a few".
func countWord(lw string) bool {
	_, ok := countOf(lw)
	return ok
}

// yearPart is the span of months of a year's quarter or half:
// "third quarter" of 2019 is 2019-07/2019-09.
func yearPart(y int, nth, part string) string {
	n := map[string]int{"first": 1, "second": 2, "third": 3, "fourth": 4}[nth]
	size := 3
	if part == "half" {
		size = 6
	}
	if nth == "final" {
		n = 12 / size
	}
	if n == 0 || n*size > 12 {
		return ""
	}
	return fmt.Sprintf("%d-%02d/%d-%02d", y, (n-1)*size+1, y, n*size)
}

// yearParts count the quarters and halves of a year ("the third quarter").
var yearParts = wordSet("yearParts")

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
		// "Q3 2024"
		if same(k) && w[0] != 'F' && isYear(d.tok(k)) {
			k++
		}
		return dateExpr{end: k, kind: kindPeriod}, true
	}
	// Clock times without a.m. or p.m.: "4:25", "10:30".
	if isDigitByte(w[0]) && i+2 < len(t) && d.tok(i+1) == ":" && t[i+2].start == t[i+1].end && t[i+1].start == t[i].end {
		if h, err := strconv.Atoi(w); err == nil && h <= 24 && len(d.tok(i+2)) == 2 && isDigitByte(d.tok(i + 2)[0]) {
			if _, ok := d.timeAt(i); !ok {
				// "19:30 GMT"
				return dateExpr{end: d.timeZoneAfter(i + 3), kind: kindTime}, true
			}
		}
	}
	if end, ok := d.namedDayAt(i); ok {
		return dateExpr{end: end, kind: kindPeriod}, true
	}
	// "the Fourth of July", "the Christmas holidays"
	if lw == "the" && same(i+1) && d.class(i+1)&fDateStart != 0 {
		if end, ok := d.namedDayAt(i + 1); ok {
			return dateExpr{end: end, kind: kindPeriod}, true
		}
	}
	if end, ok := d.overnightAt(i); ok {
		return dateExpr{end: end, kind: kindTime}, true
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
	case d.dateClass(i)&dMonth != 0 && t[i].cap && same(i+1) && d.low(i+1) == "quarter":
		// "the September quarter"
		return dateExpr{end: i + 2, kind: kindPeriod}, true
	case lw == "week" && t[i].cap && same(i+1) && isDigitByte(d.tok(i + 1)[0]):
		return dateExpr{end: i + 2, kind: kindPeriod}, true
	case (lw == "later" || lw == "earlier") && same(i+2) && d.low(i+1) == "that" && (dayParts[d.low(i+2)] || periodUnits[d.low(i+2)]):
		return dateExpr{end: i + 3, kind: kindPeriod}, true
	case (kw == "early" || kw == "small" || kw == "wee") && k > i && same(k+3) && d.hoursOf(k+1) > 0:
		// "the early hours of Saturday", "the early morning hours of Sunday"
		h := d.hoursOf(k + 1)
		return dateExpr{end: h + 1, kind: kindWeekday, weekday: weekdays[d.low(h)]}, true
	case k > i && (countedUnit(kw) || countedUnit(strings.TrimSuffix(kw, "s"))) && same(k+1) && (d.low(k+1) == "before" || d.low(k+1) == "after"):
		// "the day before", "the week after the vote", "in the days after the storm"
		return dateExpr{end: d.eventObject(k + 2), kind: kindPeriod}, true
	case k > i && kw != "year" && countedUnit(strings.TrimSuffix(kw, "s")) && kw[len(kw)-1] == 's' && same(k+1) &&
		(d.low(k+1) == "since" || d.low(k+1) == "that" && same(k+2) && d.low(k+2) == "followed"):
		// "in the weeks since the vote", "the months that followed"
		if d.low(k+1) == "that" {
			return dateExpr{end: k + 3, kind: kindPeriod}, true
		}
		return dateExpr{end: d.eventObject(k + 2), kind: kindPeriod}, true
	case k > i && (dayParts[kw] || kw == "week" || kw == "weekend") && same(k+2) && d.low(k+1) == "of":
		// "the morning of March 3", "the night of 3 March", "the week
		// of March 3": the day's date
		if dt, ok := d.dayDateAt(k + 2); ok {
			dt.end = max(dt.end, k+3)
			return dt, true
		}
		if isWeekday(d.low(k+2)) && t[k+2].cap && kw != "week" && kw != "weekend" {
			return d.weekdayAt(k + 2) // "the morning of Tuesday, March 4"
		}
	case k == i && (countedUnit(strings.TrimSuffix(lw, "s")) || lw == "hours" && d.hoursSpan(i)) && lw[len(lw)-1] == 's' && !d.countBefore(i):
		// "Weeks before the killings", "Months earlier", "within days"
		if i > 0 && t[i-1].sent == t[i].sent && d.low(i-1) == "within" {
			return dateExpr{end: i + 1, kind: kindPeriod}, true
		}
		if !same(i + 1) {
			break
		}
		switch d.low(i + 1) {
		case "before", "after":
			return dateExpr{end: d.eventObject(i + 2), kind: kindPeriod}, true
		case "earlier", "later", "ago":
			// "Months earlier", "years ago"
			return dateExpr{end: i + 2, kind: kindPeriod}, true
		}
	case lw == "centuries" && same(i+1) && d.low(i+1) == "ago":
		return dateExpr{end: i + 2, kind: kindPeriod}, true
	case k > i && (kw == "year" || countWord(kw) && same(k+1) && d.low(k+1) == "months") && d.monthsTo(k+1) > 0:
		// "the three months to June", "the year to March", as British
		// statistics are given
		return dateExpr{end: d.monthsTo(k + 1), kind: kindPeriod}, true
	case k > i && kw == "new" && same(k+1) && d.low(k+1) == "year":
		// "in the new year"
		return dateExpr{end: k + 2, kind: kindPeriod}, true
	case kw == "holidays" && k > i && i > 0 && t[i-1].sent == t[i].sent && datePreps[d.low(i-1)]:
		// "over the holidays"
		return dateExpr{end: k + 1, kind: kindPeriod}, true
	case kw == "weekend" && k > i:
		// "the weekend"
		return dateExpr{end: k + 1, kind: kindPeriod}, true
	case lw == "over" && same(i+2) && d.low(i+1) == "the" && d.low(i+2) == "weekend":
		return dateExpr{end: i + 3, kind: kindPeriod}, true
	case lw == "recent" && same(i+1) && periodUnits[d.low(i+1)] && strings.HasSuffix(d.low(i+1), "s"):
		// "in recent years"
		return dateExpr{end: i + 2, kind: kindPeriod}, true
	case i > 0 && t[i-1].sent == t[i].sent && (d.low(i-1) == "within" || d.low(i-1) == "after" || d.low(i-1) == "in" && lw != "a" && lw != "an" && lw != "one") &&
		countWord(lw) && same(i+1) && periodUnits[d.low(i+1)]:
		// "within 10 days", "in two weeks", "after three months"; "52
		// weeks in a year" is a rate; "in two weeks' time"
		if k := i + 2; k+1 < len(t) && t[k+1].sent == t[i].sent && (d.tok(k) == "'" || d.tok(k) == "’") && d.low(k+1) == "time" {
			return dateExpr{end: k + 2, kind: kindPeriod}, true
		}
		return dateExpr{end: i + 2, kind: kindPeriod}, true
	case i > 0 && t[i-1].sent == t[i].sent && (d.low(i-1) == "within" || d.low(i-1) == "after") &&
		lw == "a" && same(i+2) && (d.low(i+1) == "few" || d.low(i+1) == "couple") && periodUnits[d.low(i+2)]:
		// "after a few days"
		return dateExpr{end: i + 3, kind: kindPeriod}, true
	case d.dateClass(i)&dSoloHoliday != 0 && t[i].cap:
		// "since Diwali", "before Christmas", "at Christmas in 2015";
		// with its year it needs no preposition ("bought for Christmas
		// in 2015")
		end := i + 1
		if same(i+2) && (d.low(i+1) == "in" || d.low(i+1) == "of") {
			if _, ok := yearOf(d.tok(i + 2)); ok {
				end = i + 3
			}
		} else if same(i+1) && holidayTails[d.low(i+1)] {
			// "over Thanksgiving weekend", "the Christmas holidays"
			end = i + 2
		}
		if end > i+1 || i > 0 && t[i-1].sent == t[i].sent && datePreps[d.low(i-1)] {
			return dateExpr{end: end, kind: kindPeriod}, true
		}
	case d.dateClass(k)&dYearPart != 0 && same(k+1) && (d.low(k+1) == "quarter" || d.low(k+1) == "half"):
		// "the third quarter of 2019", "the first half of the year"
		end, abs := k+2, ""
		if same(end+1) && d.low(end) == "of" {
			j := end + 1
			if y, ok := yearOf(d.tok(j)); ok {
				end = j + 1
				abs = yearPart(y, kw, d.low(k+1))
			} else if same(j+1) && (d.low(j) == "the" || d.low(j) == "this" || d.low(j) == "next" || d.low(j) == "last") && d.low(j+1) == "year" {
				end = j + 2
			}
		}
		if abs != "" {
			return dateExpr{end: end, kind: kindRange, abs: abs}, true
		}
		return dateExpr{end: end, kind: kindPeriod}, true
	case kw == "end" || kw == "start" || kw == "beginning" || kw == "middle" || kw == "turn":
		// "the end of the year", "the start of next month", "(the) end of
		// 2020", "the end of October"
		if same(k+2) && d.low(k+1) == "of" {
			j := k + 2
			if end, _, _, ok := d.slashSeason(j); ok {
				return dateExpr{end: end, kind: kindPeriod}, true
			}
			// The end of a year or a month is its late part, as "late 2020".
			part := map[string]string{"end": "late", "start": "early", "beginning": "early", "middle": "mid"}[kw]
			if y, ok := yearOf(d.tok(j)); ok && part != "" {
				return dateExpr{end: j + 1, kind: kindYear, year: y, abs: partRange(part, d.tok(j), y, 0, 1)}, true
			}
			if monthNames[d.low(j)] > 0 && t[j].cap && part != "" {
				if e, ok := d.monthOrSeason(d.tok(j), j, same); ok && e.kind == kindMonth {
					e.part = part
					e.abs = e.partValue()
					return e, true
				}
			}
			if k == i {
				break // "end of the line": only a year or a month without "the"
			}
			if d.low(j) == "the" || d.low(j) == "this" || d.low(j) == "next" || d.low(j) == "last" {
				j++
			}
			// "the end of the calendar year"
			if same(j+1) && (d.low(j) == "calendar" || d.low(j) == "fiscal" || d.low(j) == "school") && d.low(j+1) == "year" {
				j++
			}
			if same(j) && (periodUnits[d.low(j)] || isCentury(d.low(j))) {
				return dateExpr{end: j + 1, kind: kindPeriod}, true
			}
		}
	case (kw == "rest" || kw == "remainder" || kw == "balance") && k > i && same(k+3) && d.low(k+1) == "of" &&
		(d.low(k+2) == "the" || d.low(k+2) == "this") && periodUnits[d.low(k+3)]:
		// "the rest of the season", "the remainder of the year"
		return dateExpr{end: k + 4, kind: kindPeriod}, true
	case k > i && kw == "eve" && same(k+2) && d.low(k+1) == "of":
		// "on the eve of the summit"
		if end := d.eventObject(k + 2); end > k+2 {
			return dateExpr{end: end, kind: kindPeriod}, true
		}
	case lw == "year-end":
		// "by year-end"
		return dateExpr{end: i + 1, kind: kindPeriod}, true
	case lw == "year" && same(i+2) && d.low(i+1) == "to" && d.low(i+2) == "date":
		return dateExpr{end: i + 3, kind: kindPeriod}, true
	case lw == "to" && same(i+1) && d.low(i+1) == "date" && (i == 0 || t[i-1].sent != t[i].sent || d.low(i-1) != "up"):
		// "the largest to date"; "up to date" is no time
		return dateExpr{end: i + 2, kind: kindPeriod}, true
	case lw == "fiscal" && same(i+1):
		// "fiscal 2019", "fiscal year 2019"
		j := i + 1
		if d.low(j) == "year" && same(j+1) {
			j++
		}
		if _, ok := yearOf(d.tok(j)); ok {
			return dateExpr{end: j + 1, kind: kindPeriod}, true
		}
		if a, _, ok := yearSpan(d.tok(j)); ok && a > 0 {
			return dateExpr{end: j + 1, kind: kindPeriod}, true
		}
	case (lw == "later" || lw == "earlier") && same(i+3) && d.low(i+1) == "in" && d.low(i+2) == "the" &&
		(dayParts[d.low(i+3)] || periodUnits[d.low(i+3)]):
		// "later in the day", "earlier in the week"
		return dateExpr{end: i + 4, kind: kindPeriod}, true
	case k > i && (kw == "first" || kw == "last" || kw == "final") && same(k+5) && countWord(d.low(k+1)) &&
		periodUnits[d.low(k+2)] && d.low(k+3) == "of" && d.low(k+5) == "year" && thisLastNext(d.low(k+4)):
		// "the first three months of this year", as the quarter of one
		return dateExpr{end: k + 6, kind: kindPeriod}, true
	case k > i && (kw == "first" || kw == "last" || kw == "final") && same(k+4) && countWord(d.low(k+1)) &&
		periodUnits[d.low(k+2)] && d.low(k+3) == "of" && d.yearOrMonthAt(k+4):
		// "the first three months of 2020", "the last two weeks of March"
		e := dateExpr{end: k + 5, kind: kindPeriod}
		if y, ok := yearOf(d.tok(k + 4)); ok && d.low(k+2) == "months" {
			if n, _ := countOf(d.low(k + 1)); n > 0 && n < 12 {
				e.kind, e.abs = kindRange, fmt.Sprintf("%d-01/%d-%02d", y, y, n)
				if kw != "first" {
					e.abs = fmt.Sprintf("%d-%02d/%d-12", y, 13-n, y)
				}
			}
		}
		return e, true
	case kw == "last" || kw == "past" || kw == "next" || kw == "coming" || kw == "previous" || kw == "following" || kw == "recent":
		// "the past several months", "the last five days", "the next decade"
		j := k + 1
		if same(j) && (d.low(j) == "few" || d.low(j) == "several" || d.low(j) == "couple") {
			j++
			if same(j) && d.low(j) == "of" {
				j++
			}
		} else if same(j) && countWord(d.low(j)) && d.low(j) != "a" && d.low(j) != "an" {
			j++
		}
		// "the following week's Open"
		if same(j) && (periodUnits[trimPossessive(d.low(j))] || (seasons[d.low(j)] > 0 || dayParts[d.low(j)]) && k > i && kw != "recent") && (k > i || j > k+1) {
			return dateExpr{end: j + 1, kind: kindPeriod}, true
		}
	}
	// "more than two decades ago", "a couple hours earlier", "three days later".
	j := i
	if lw == "just" && same(i+1) {
		j++ // "just over a decade ago"
	}
	switch d.low(j) {
	case "more", "less", "over", "under", "nearly", "almost", "about", "some":
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
	} else if same(j) && countWord(d.low(j)) {
		j++
	} else {
		return dateExpr{}, false
	}
	if same(j+1) && periodUnits[d.low(j)] {
		// "a year and a half ago"
		if same(j+4) && d.low(j+1) == "and" && (d.low(j+2) == "a" || d.low(j+2) == "one") && d.low(j+3) == "half" {
			switch d.low(j + 4) {
			case "ago", "earlier", "later", "before", "after":
				return dateExpr{end: j + 5, kind: kindPeriod}, true
			}
		}
		switch d.low(j + 1) {
		case "ago":
			if j == i+1 {
				return dateExpr{}, false // "two weeks ago": the resolvable form
			}
			return dateExpr{end: j + 2, kind: kindPeriod}, true
		case "earlier", "later":
			return dateExpr{end: j + 2, kind: kindPeriod}, true
		case "before", "after":
			return dateExpr{end: d.eventObject(j + 2), kind: kindPeriod}, true
		case "since":
			// "it has been three years since the crash": a span counted
			// back from the story, as "ago" is
			if same(j + 2) {
				return dateExpr{end: j + 2, kind: kindPeriod}, true
			}
		case "from":
			// "a year from now"
			if same(j+2) && d.low(j+2) == "now" {
				return dateExpr{end: j + 3, kind: kindPeriod}, true
			}
		}
	}
	return dateExpr{}, false
}

// countBefore reports a number just before token i ("13.8 billion years
// after"), which makes the units there a quantity, not a span.
func (d *doc) countBefore(i int) bool {
	if i == 0 || d.toks[i-1].sent != d.toks[i].sent {
		return false
	}
	p := d.low(i - 1)
	if isDigitByte(p[0]) || countWord(p) {
		return true
	}
	switch p {
	case "hundred", "thousand", "million", "billion":
		return true
	}
	return false
}

// countedUnit reports the units a span counted from an event is given in
// ("the day before", "weeks after"): hours and minutes time a match or a
// call more than they date an event.
func countedUnit(w string) bool {
	switch w {
	case "day", "night", "week", "weekend", "month", "year", "decade":
		return true
	}
	return false
}

// eventObject returns the token after the event a span is counted from,
// which starts at token k: "the day before the tornado", "a day before its
// collapse", "two months after the onset of the symptoms". The event is a
// named day, or a determiner and a noun or two, with "of" and another,
// that ends the clause; anything longer, or a clause ("the week before the
// family was swatted"), is left out, and k is returned.
func (d *doc) eventObject(k int) int {
	t := d.toks
	if k >= len(t) || k == 0 {
		return k
	}
	s := t[k-1].sent
	word := func(j int) bool { return j < len(t) && t[j].sent == s && t[j].word }
	// A day named after it: "the day before Christmas", "two days after
	// March 3", "the week before Election Day".
	if dt, ok := d.dayDateAt(k); ok {
		return dt.end
	}
	if word(k) && t[k].cap {
		switch c := d.dateClass(k); {
		case isWeekday(d.low(k)), c&dSoloHoliday != 0:
			return k + 1
		case c&dHoliday != 0 && word(k+1) && t[k+1].cap && (d.low(k+1) == "day" || d.low(k+1) == "eve"):
			return k + 2
		}
	}
	det := func(j int) bool {
		return word(j) && (d.class(j)&fDeterminer != 0 || eventDeterminers[d.low(j)])
	}
	// nouns passes one or two words that are not "of" after a determiner.
	nouns := func(j int) int {
		for n := 0; n < 2 && word(j) && d.low(j) != "of"; n++ {
			j++
		}
		return j
	}
	if !det(k) {
		return k
	}
	j := nouns(k + 1)
	if j == k+1 {
		return k
	}
	if word(j) && d.low(j) == "of" {
		n := j + 1
		if det(n) {
			n++
		}
		if j = nouns(n); j == n {
			return k
		}
	}
	if word(j) {
		return k // the words go on: a clause, not a noun
	}
	return j
}

// eventDeterminers, besides the articles, open the event a span is counted
// from ("before its collapse").
var eventDeterminers = wordSet("eventDeterminers")

// yearOrMonthAt reports a year or a month's name at token k.
func (d *doc) yearOrMonthAt(k int) bool {
	if _, ok := yearOf(d.tok(k)); ok {
		return true
	}
	return monthNames[d.low(k)] > 0 && d.toks[k].cap
}

// thisLastNext reports the words that name a year relative to the story
// ("this year", "last year", "the year").
func thisLastNext(w string) bool { return w == "this" || w == "last" || w == "next" || w == "the" }

func isCentury(w string) bool { return w == "century" || w == "decade" }

// ordinalWord reports "fourteenth" or "14th".
func ordinalWord(w string) bool {
	if ordinals[w] {
		return true
	}
	n := strings.TrimRight(w, "stndrh")
	return n != "" && n != w && len(n) <= 2 && isDigitByte(n[0]) && isDigitByte(n[len(n)-1])
}

var ordinals = wordSet("ordinals")

// monthOrSeason parses a month (with an optional day and year after it) or
// a season (with an optional year) whose name is w at token i.
func (d *doc) monthOrSeason(w string, i int, same func(int) bool) (dateExpr, bool) {
	lw := strings.ToLower(w)
	if _, ok := seasons[lw]; ok {
		e := dateExpr{end: i + 1, kind: kindSeason, season: lw}
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
	e := dateExpr{end: i + 1, kind: kindMonth, month: m}
	k := i + 1
	if same(k) {
		nw := d.tok(k)
		nw = strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(nw, "st"), "nd"), "th")
		nw = strings.TrimSuffix(nw, "rd")
		if dn, err := strconv.Atoi(nw); err == nil && dn >= 1 && dn <= 31 && len(nw) <= 2 {
			e.kind, e.day, e.end = kindDay, dn, k+1
			k++
			// "March 3–5", "July 8 and 9", "March 3 to 5, 2026"
			if hi, ok := d.dayAfterRange(k, dn); ok {
				k += 2
				e.end = k
				yearAfterDay(d, &e, k, same)
				return dayRange(e, dn, hi), true
			}
			yearAfterDay(d, &e, k, same)
		} else if a, b, ok := daySpan(d.tok(k)); ok {
			// "March 3-5"
			e.kind, e.end = kindDay, k+1
			yearAfterDay(d, &e, k+1, same)
			return dayRange(e, a, b), true
		} else if y, ok := yearOf(d.tok(k)); ok {
			e.year, e.end = y, k+1
		} else if dn, m2, ok := dayMonth(d.tok(k)); ok && same(k+1) && m2 != m {
			// "March 30-April 2", "Nov. 28-Dec. 1, 2025"
			if hi, err := strconv.Atoi(d.tok(k + 1)); err == nil && hi >= 1 && hi <= 31 {
				lo := dateExpr{kind: kindDay, month: m, day: dn}
				hd := dateExpr{kind: kindDay, month: m2, day: hi}
				e = dateExpr{end: k + 2, kind: kindRange, rel: "range", lo: &lo, hi: &hd}
				yk := k + 2
				if same(yk) && d.tok(yk) == "," {
					yk++
				}
				if y, ok := yearOf(d.tok(min(yk, len(d.toks)-1))); ok && same(yk) {
					e.end, hd.year, lo.year = yk+1, y, y
					if m2 < m {
						lo.year = y - 1
					}
					e.abs = lo.fixed() + "/" + hd.fixed()
				}
				return e, true
			}
		} else if y, m2, ok := yearMonth(d.tok(k)); ok {
			// "December 2007-June 2009", written with a hyphen
			lo := dateExpr{kind: kindMonth, month: m, year: y}
			hi := dateExpr{kind: kindMonth, month: m2}
			e = dateExpr{end: k + 1, kind: kindRange, rel: "range", lo: &lo, hi: &hi}
			if same(k + 1) {
				if y2, ok := yearOf(d.tok(k + 1)); ok && y2 >= y {
					hi.year, e.end = y2, k+2
				}
			}
			if hi.year == 0 && m2 > m {
				hi.year = y
			}
			lo.abs, hi.abs = lo.fixed(), hi.fixed()
			if hi.abs != "" {
				e.abs = lo.abs + "/" + hi.abs
			}
			return e, true
		} else if lk := d.low(k); (lk == "this" || lk == "last" || lk == "next") && same(k+1) && d.low(k+1) == "year" {
			// "May this year", "June last year" (lk, as the suffixes of
			// ordinals cut from nw would leave "la" of "last")
			e.end, e.rel = k+2, lk+" year"
		} else if nw == "of" && same(k+2) && (d.low(k+1) == "this" || d.low(k+1) == "last" || d.low(k+1) == "next") && d.low(k+2) == "year" {
			// "May of this year"
			e.end, e.rel = k+3, d.low(k+1)+" year"
		} else if nw == "of" && same(k+1) {
			// "June of 2021"
			if y, ok := yearOf(d.tok(k + 1)); ok {
				e.year, e.end = y, k+2
			}
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
		// The end of a span of months ("between March and May", "Jan.-March").
		if rangeWords[p] && i > 1 && d.toks[i-2].sent == d.toks[i].sent && d.toks[i-2].cap && monthNames[d.low(i-2)] > 0 {
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
		return !(d.toks[i+1].word && !d.toks[i+1].cap && strings.HasSuffix(n, "s") && !strings.HasSuffix(n, "ss") &&
			!strings.HasSuffix(n, "is") && !strings.HasSuffix(n, "us"))
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

// decadeEnd is the last year of the decade, or of the century, that
// "1990s" or "1800s" names: before 2000 a round hundred is a century.
func decadeEnd(y int) int {
	if y < 2000 && y%100 == 0 {
		return y + 99
	}
	return y + 9
}

// decade parses "1990s" or "1990's", or a century before 1800 ("1300s").
func decade(w string) (int, bool) {
	if !strings.HasSuffix(w, "s") {
		return 0, false
	}
	w = strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(w, "s"), "'"), "’")
	if len(w) != 4 || w[3] != '0' {
		return 0, false
	}
	if y, err := strconv.Atoi(w); err == nil && y >= 1000 && y < 2000 && strings.HasSuffix(w, "00") {
		return y, true // "the 1300s", "the 1800s": a century
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
		// "2022/23", a sports or academic season
		a, b, ok = strings.Cut(w, "/")
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

// slashSeason parses a season written "2022/23" or "2022/2023", which
// the tokens give as year, slash, year; it returns the token after it.
func (d *doc) slashSeason(i int) (end, from, to int, ok bool) {
	t := d.toks
	if i+2 >= len(t) || d.tok(i+1) != "/" || t[i+1].start != t[i].end || t[i+2].start != t[i+1].end {
		return 0, 0, 0, false
	}
	from, to, ok = yearSpan(d.tok(i) + "-" + d.tok(i+2))
	if !ok || to != from+1 {
		return 0, 0, 0, false
	}
	return i + 3, from, to, true
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
	if w == "noon" || w == "midnight" || w == "midday" {
		return i + 1, true
	}
	if e, ok := d.dayTimeAt(i); ok {
		return e, true
	}
	if w == "" || !isDigitByte(w[0]) {
		return 0, false
	}
	// "6am", "11pm"
	if lw := strings.ToLower(w); len(lw) >= 3 && len(lw) <= 4 && (strings.HasSuffix(lw, "am") || strings.HasSuffix(lw, "pm")) {
		if h, err := strconv.Atoi(lw[:len(lw)-2]); err == nil && h >= 1 && h <= 12 {
			return d.timeZoneAfter(i + 1), true
		}
	}
	// "2130 BST", "0600 local time": the 24-hour clock, with its zone.
	if len(w) == 4 && d.timeZoneAfter(i+1) > i+1 {
		if n, err := strconv.Atoi(w); err == nil && n/100 < 24 && n%100 < 60 {
			return d.timeZoneAfter(i + 1), true
		}
	}
	h, err := strconv.Atoi(w)
	if err != nil || h < 0 || h > 12 {
		return 0, false
	}
	k := i + 1
	// "7.30am", "9.15 pm", as British papers write it
	if k+1 < len(t) && d.tok(k) == "." && t[k].start == t[i].end && t[k+1].start == t[k].end && t[k+1].sent == t[i].sent {
		if m := d.low(k + 1); len(m) == 4 && (m[2:] == "am" || m[2:] == "pm") && isDigitByte(m[0]) && isDigitByte(m[1]) {
			return d.timeZoneAfter(k + 2), true
		}
		if m := d.tok(k + 1); len(m) == 2 && isDigitByte(m[0]) && isDigitByte(m[1]) {
			k += 2
		}
	} else if k+1 < len(t) && d.tok(k) == ":" && t[k+1].sent == t[i].sent {
		k += 2
	}
	if k < len(t) && t[k].sent == t[i].sent {
		switch d.low(k) {
		case "a.m.", "p.m.", "am", "pm", "a.m", "p.m", "o'clock", "o’clock":
			return d.timeZoneAfter(k + 1), true
		}
	}
	return 0, false
}

// timeZoneAfter returns the token after the zone or place a clock time at
// the token before k is given in ("5:45 p.m. ET", "9pm BST", "2 a.m. local
// time (0100 GMT)"), or k when there is none.
func (d *doc) timeZoneAfter(k int) int {
	t := d.toks
	same := func(j int) bool { return j < len(t) && t[j].sent == t[k-1].sent }
	if same(k) && timeZones[d.tok(k)] {
		k++
	} else if same(k+1) && d.low(k) == "local" && d.low(k+1) == "time" {
		k += 2
	} else if same(k) && zoneNames[d.tok(k)] {
		// "7 a.m. Eastern time", "10 a.m. Pacific"
		k++
		if same(k) && d.low(k) == "time" {
			k++
		}
	}
	// The same time in another zone, in brackets.
	if same(k+3) && d.tok(k) == "(" && len(d.tok(k+1)) == 4 && timeZones[d.tok(k+2)] && d.tok(k+3) == ")" {
		if n, err := strconv.Atoi(d.tok(k + 1)); err == nil && n/100 < 24 && n%100 < 60 {
			k += 4
		}
	}
	return k
}

// digitComma reports a comma inside a number ("14,000").
func digitComma(text string, i int) bool {
	return text[i] == ',' && i > 0 && i+1 < len(text) && isDigitByte(text[i-1]) && isDigitByte(text[i+1])
}

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

// isDatePossessive reports a day's or a month's possessive: "tuesday's",
// "yesterday’s", "january's".
func isDatePossessive(lw string) bool {
	// "monday's" is the shortest weekday; most words end before the check.
	if len(lw) < 7 || lw[len(lw)-1] != 's' || lw[len(lw)-2] != '\'' && lw[len(lw)-2] != 0x99 {
		return false // 0x99 ends the curly apostrophe
	}
	base := trimPossessive(lw)
	if base == lw {
		return false
	}
	if _, ok := weekdays[base]; ok {
		return true
	}
	switch base {
	case "today", "yesterday", "tomorrow", "tonight":
		return true
	}
	return monthNames[base] > 0
}

// monthSpan reports two months written as one word, the first before the
// second ("January-March", "Oct.-Dec.").
func monthSpan(w string) bool {
	a, b, ok := strings.Cut(w, "-")
	if !ok || len(a) < 3 || len(b) < 3 || b[0] < 'A' || b[0] > 'Z' {
		return false
	}
	m1, ok1 := monthNames[strings.ToLower(a)]
	m2, ok2 := monthNames[strings.ToLower(b)]
	return ok1 && ok2 && m2 > m1
}

// dayAfterRange reads the second day of a span of days written after the
// month ("March 3–5", "July 8 and 9", "March 3 to 5"): at token k a word
// that joins the two, then a later day of the month. After "and" or "to"
// the number must end the phrase, as "March 3 and 4 people" counts.
func (d *doc) dayAfterRange(k, lo int) (int, bool) {
	t := d.toks
	if k+1 >= len(t) || t[k+1].sent != t[k].sent || !rangeWords[d.low(k)] {
		return 0, false
	}
	w := d.tok(k + 1)
	if len(w) > 2 || !isDigitByte(w[0]) {
		return 0, false
	}
	hi, err := strconv.Atoi(w)
	if err != nil || hi <= lo || hi > 31 {
		return 0, false
	}
	n := k + 2
	if n >= len(t) || t[n].sent != t[k].sent {
		return hi, true
	}
	switch nw := d.low(n); {
	case nw == ":" || nw == "%" || nw == "." && n+1 < len(t) && t[n+1].start == t[n].end:
		return 0, false // "3 to 5:30", "3 to 5.5"
	case !t[n].word, datePreps[nw], nw == "at":
		return hi, true
	case d.low(k) == "–" || d.low(k) == "-" || d.low(k) == "through":
		return hi, monthNames[nw] == 0
	}
	_, isYear := yearOf(d.tok(n))
	return hi, isYear
}

// yearMonth parses a year and the month that ends a span, written as one
// word ("2007-June" of "December 2007-June 2009").
func yearMonth(w string) (int, int, bool) {
	if len(w) < 8 || w[4] != '-' {
		return 0, 0, false
	}
	y, ok := yearOf(w[:4])
	if !ok {
		return 0, 0, false
	}
	m, ok := monthNames[strings.ToLower(w[5:])]
	if !ok || w[5] < 'A' || w[5] > 'Z' {
		return 0, 0, false
	}
	return y, m, true
}

// shortDecade reads a decade written with two digits after an apostrophe
// ("'90s", "’80s") at token k; before the 2020s, as "the '20s" of news
// are the 1920s more often than not.
func (d *doc) shortDecade(k int) (int, bool) {
	t := d.toks
	if k+1 >= len(t) || t[k+1].sent != t[k].sent || t[k+1].start != t[k].end {
		return 0, false
	}
	if a := d.tok(k); a != "'" && a != "’" {
		return 0, false
	}
	w := d.tok(k + 1)
	if len(w) != 3 || w[2] != 's' || w[1] != '0' || !isDigitByte(w[0]) {
		return 0, false
	}
	y := int(w[0]-'0') * 10
	if y >= 20 {
		return 1900 + y, true
	}
	return 2000 + y, true
}

// monthsTo returns the token after "to" and the month that ends a span at
// token k or k+1 ("[months] to June", "to the end of March 2024"), or 0.
func (d *doc) monthsTo(k int) int {
	t := d.toks
	if k >= len(t) {
		return 0
	}
	same := func(j int) bool { return j < len(t) && t[j].sent == t[k].sent }
	if d.low(k) == "months" {
		k++
	}
	if !same(k+1) || d.low(k) != "to" {
		return 0
	}
	j := k + 1
	if same(j+3) && d.low(j) == "the" && d.low(j+1) == "end" && d.low(j+2) == "of" {
		j += 3
	}
	if monthNames[d.low(j)] == 0 || !t[j].cap {
		return 0
	}
	if same(j+1) && isYear(d.tok(j+1)) {
		return j + 2
	}
	return j + 1
}

// yearAfterDay reads the year that may follow a day at token k, after a
// comma or not ("March 3, 2015", "3 March 2015"), into e.
func yearAfterDay(d *doc, e *dateExpr, k int, same func(int) bool) {
	if same(k) && d.tok(k) == "," && same(k+1) {
		if y, ok := yearOf(d.tok(k + 1)); ok {
			e.year, e.end = y, k+2
		}
	} else if same(k) {
		if y, ok := yearOf(d.tok(k)); ok {
			e.year, e.end = y, k+1
		}
	}
}

// isYear reports a year of four digits a news story may name ("2016").
func isYear(w string) bool { _, ok := yearOf(w); return ok }

// hoursSpan reports "hours" at token i that counts from an event ("Hours
// later", "just hours before the vote"), not a noun's ("trading hours
// after the close", "opening hours").
func (d *doc) hoursSpan(i int) bool {
	t := d.toks
	if i == 0 || t[i-1].sent != t[i].sent || !t[i-1].word {
		return true
	}
	switch d.low(i - 1) {
	case "just", "only", "mere", "within", "came", "comes", "come", "the", "some", "barely", "and", "but":
		return true
	}
	return false
}

// dayMonth parses a day and the month of the day after it, written as one
// word ("30-April" of "March 30-April 2").
func dayMonth(w string) (int, int, bool) {
	a, b, ok := strings.Cut(w, "-")
	if !ok || len(a) == 0 || len(a) > 2 || len(b) < 3 || b[0] < 'A' || b[0] > 'Z' {
		return 0, 0, false
	}
	dn, err := strconv.Atoi(a)
	m, isMonth := monthNames[strings.ToLower(b)]
	if err != nil || dn < 1 || dn > 31 || !isMonth {
		return 0, 0, false
	}
	return dn, m, true
}

// yearKindAfter returns the token after the kind of year written after a
// year at token k ("2024 fiscal year", "the 2023-24 school year"), or k.
func (d *doc) yearKindAfter(k int) int {
	t := d.toks
	if k+1 < len(t) && t[k+1].sent == t[k-1].sent && d.low(k+1) == "year" {
		switch d.low(k) {
		case "fiscal", "financial", "calendar", "academic", "school", "tax", "model":
			return k + 2
		}
	}
	return k
}

// hoursOf returns the weekday token of "hours of Saturday" or "morning
// hours of Sunday" at token k, or 0.
func (d *doc) hoursOf(k int) int {
	t := d.toks
	if k < len(t) && d.low(k) == "morning" {
		k++
	}
	if k+2 < len(t) && t[k+2].sent == t[k].sent && d.low(k) == "hours" && d.low(k+1) == "of" && isWeekday(d.low(k+2)) {
		return k + 2
	}
	return 0
}

// slashDate parses a date written in numbers with slashes at token i
// ("3/14/2025", "14/03/25"). American papers put the month first and
// British ones the day: the value is given only when a number over 12
// tells which, or both are the same.
func (d *doc) slashDate(i int) (dateExpr, bool) {
	t := d.toks
	if i+4 >= len(t) || d.tok(i+1) != "/" || d.tok(i+3) != "/" {
		return dateExpr{}, false
	}
	for k := i + 1; k <= i+4; k++ {
		if t[k].start != t[k-1].end {
			return dateExpr{}, false
		}
	}
	num := func(k, maxLen int) int {
		w := d.tok(k)
		if len(w) == 0 || len(w) > maxLen || !isDigitByte(w[0]) {
			return -1
		}
		n, err := strconv.Atoi(w)
		if err != nil {
			return -1
		}
		return n
	}
	a, b, y := num(i, 2), num(i+2, 2), num(i+4, 4)
	if a < 1 || b < 1 || a > 31 || b > 31 || a > 12 && b > 12 || y < 0 {
		return dateExpr{}, false
	}
	switch len(d.tok(i + 4)) {
	case 2:
		if y += 2000; y > 2050 {
			y -= 100
		}
	case 4:
		if _, ok := yearOf(d.tok(i + 4)); !ok {
			return dateExpr{}, false
		}
	default:
		return dateExpr{}, false
	}
	e := dateExpr{end: i + 5, kind: kindDay, year: y}
	switch {
	case a > 12:
		e.day, e.month = a, b
	case b > 12 || a == b:
		e.month, e.day = a, b
	default:
		return dateExpr{end: i + 5, kind: kindPeriod}, true
	}
	e.abs = e.fixed()
	return e, true
}
