package export

import (
	"strconv"
	"strings"
	"time"
)

// readableDate writes a normalised date ("2025-09", "2025-09-15",
// "2025-09-10/2025-09-20") the way a reader says it ("September 2025",
// "15 September 2025", "10–20 September 2025"). A value it does not know
// is returned as it is.
func readableDate(v string) string {
	lo, hi, isRange := strings.Cut(v, "/")
	a, aok := parseDate(lo)
	if !isRange {
		if !aok {
			return v
		}
		return a.String()
	}
	b, bok := parseDate(hi)
	switch {
	case !aok || !bok:
		return v
	case a == b:
		return a.String()
	case a.prec == 3 && b.prec == 3 && a.y == b.y && a.m == b.m:
		return itoa(a.d) + "–" + b.String()
	case a.prec == 3 && b.prec == 3 && a.y == b.y:
		return itoa(a.d) + " " + month(a.m) + " – " + b.String()
	case a.prec == 2 && b.prec == 2 && a.y == b.y:
		return month(a.m) + "–" + b.String()
	}
	return a.String() + " – " + b.String()
}

// date is a parsed normalised date; prec is 1 for a year, 2 for a month, 3
// for a day.
type date struct{ y, m, d, prec int }

func (d date) String() string {
	switch d.prec {
	case 1:
		return itoa(d.y)
	case 2:
		return month(d.m) + " " + itoa(d.y)
	}
	return itoa(d.d) + " " + month(d.m) + " " + itoa(d.y)
}

func parseDate(s string) (date, bool) {
	for _, f := range []struct {
		layout string
		prec   int
	}{{"2006-01-02", 3}, {"2006-01", 2}, {"2006", 1}} {
		if len(s) != len(f.layout) {
			continue
		}
		if t, err := time.Parse(f.layout, s); err == nil {
			return date{t.Year(), int(t.Month()), t.Day(), f.prec}, true
		}
	}
	return date{}, false
}

func month(m int) string { return time.Month(m).String() }

func itoa(n int) string { return strconv.Itoa(n) }
