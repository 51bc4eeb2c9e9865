// Giving date expressions their values: fixed when the text says the
// year, else resolved against the article's publication date (past tense
// backwards, future forwards).

package extract

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

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
	if e.kind == kindSeason {
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
	// A decade or, before 1800, a century ("the late 1600s"): thirds of
	// its span.
	span := decadeEnd(y) - y + 1
	third := span / 3
	switch part {
	case "early":
		return fmt.Sprintf("%d/%d", y, y+third)
	case "mid":
		return fmt.Sprintf("%d/%d", y+third, y+2*third)
	case "late":
		return fmt.Sprintf("%d/%d", y+2*third+1, y+span-1)
	}
	return fmt.Sprintf("%d/%d", y, y+span-1)
}

func daysIn(y, m int) int {
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// joinRange makes one range of two expressions, lending the second's year
// to the first ("from March to May 2025").
func joinRange(a, b dateExpr) dateExpr {
	if a.year == 0 && b.year != 0 && a.kind != kindYear {
		a.year = b.year
		a.abs = a.partValue()
	}
	lo, hi := a, b
	r := dateExpr{end: b.end, kind: kindRange, rel: "range", lo: &lo, hi: &hi}
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
	case kindRange:
		if e.lo == nil || e.hi == nil {
			return ""
		}
		if e.lo.kind == kindWeekday && e.hi.kind == kindWeekday && e.lo.abs == "" && e.hi.abs == "" {
			return weekdaySpan(*e.lo, *e.hi, pub, future)
		}
		a, b := e.lo.resolveOr(pub, future), e.hi.resolveOr(pub, future)
		if a == "" || b == "" {
			return ""
		}
		// Each end resolved on its own may cross the other ("between
		// March and May" in a piece of mid-March is last year's March):
		// the span is the nearest one that runs forwards.
		if s, t := startOf(a), endOf(b); len(s) >= 4 && len(t) >= 4 && s[:min(len(s), len(t))] > t[:min(len(s), len(t))] {
			if future {
				b = shiftYear(b, 1)
			} else {
				a = shiftYear(a, -1)
			}
		}
		return startOf(a) + "/" + endOf(b)
	case kindRelDay:
		switch e.rel {
		case "today", "tonight":
			return day(pub)
		case "yesterday":
			return day(pub.AddDate(0, 0, -1))
		case "tomorrow":
			return day(pub.AddDate(0, 0, 1))
		}
	case kindWeekday:
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
	case kindRelative:
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
	case kindAgo:
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
	case kindMonth, kindDay:
		y := pub.Year()
		pm := int(pub.Month())
		switch {
		case e.rel == "this year":
		case e.rel == "last year":
			y--
		case e.rel == "next year":
			y++
		case e.rel == "last":
			if e.month >= pm {
				y--
			}
		case e.rel == "next":
			if e.month <= pm {
				y++
			}
		case future || e.rel == "ahead":
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
	case kindSeason:
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

// weekdaySpan is the value of "Friday and Saturday" or "from Monday to
// Wednesday": days of one week, so the two ends are resolved together, the
// end of a past span on or before the article's date, the start of a span
// to come after it.
func weekdaySpan(lo, hi dateExpr, pub time.Time, future bool) string {
	n := (int(hi.weekday) - int(lo.weekday) + 7) % 7
	if future || lo.rel == "next" {
		a, _ := parseISODate(lo.resolve(pub, future))
		return a.Format("2006-01-02") + "/" + a.AddDate(0, 0, n).Format("2006-01-02")
	}
	hi.rel = lo.rel
	b, _ := parseISODate(hi.resolve(pub, future))
	return b.AddDate(0, 0, -n).Format("2006-01-02") + "/" + b.Format("2006-01-02")
}

func (e *dateExpr) resolveOr(pub time.Time, future bool) string {
	if e.abs != "" {
		return e.abs
	}
	if e.kind == kindYear && e.year != 0 {
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

// shiftYear moves a value ("2025-03", "2025-03-01/2025-03-10") n years.
func shiftYear(v string, n int) string {
	parts := strings.Split(v, "/")
	for i, p := range parts {
		if y, err := strconv.Atoi(p[:min(4, len(p))]); err == nil && len(p) >= 4 {
			parts[i] = fmt.Sprintf("%04d", y+n) + p[4:]
		}
	}
	return strings.Join(parts, "/")
}
