package ingest

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// Pages give their publication date in every format there is: ISO 8601
// with or without a zone, RFC 1123, "Nov. 19, 2019", "19 November 2019",
// "2019/11/19", "11/19/2019", "19.11.2019", a unix timestamp, often with a
// weekday, a time or "Updated" around it. normDate finds the date in any
// of them.

var months = map[string]time.Month{}

func init() {
	for m := time.January; m <= time.December; m++ {
		name := strings.ToLower(m.String())
		months[name] = m
		months[name[:3]] = m
	}
	months["sept"] = time.September
}

const monthRE = `(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`

var (
	isoDateRE   = regexp.MustCompile(`^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[^\d])`)
	isoMonthRE  = regexp.MustCompile(`^(\d{4})-(\d{2})$`)
	dayMonthRE  = regexp.MustCompile(`(?i)(?:^|[^\d])(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?` + monthRE + `,?\s+(\d{4})`)
	monthDayRE  = regexp.MustCompile(`(?i)(?:^|[^a-z])` + monthRE + `\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})`)
	monthYearRE = regexp.MustCompile(`(?i)^` + monthRE + `,?\s+(\d{4})$`)
	numericRE   = regexp.MustCompile(`(?:^|[^\d])(\d{1,2})([/.])(\d{1,2})[/.](\d{4})(?:$|[^\d])`)
	unixRE      = regexp.MustCompile(`^\d{10}(?:\d{3})?$`)
)

// normDate gives a published date as YYYY-MM-DD (YYYY-MM when only the
// month is known), or "" when it cannot be read.
func normDate(s string) string {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 200 {
		return ""
	}
	if m := isoDateRE.FindStringSubmatch(s); m != nil {
		return ymd(m[1], m[2], m[3])
	}
	if m := isoMonthRE.FindStringSubmatch(s); m != nil {
		return ym(m[1], months[""], m[2])
	}
	if unixRE.MatchString(s) {
		n, _ := strconv.ParseInt(s, 10, 64)
		if len(s) == 13 {
			n /= 1000
		}
		if t := time.Unix(n, 0).UTC(); t.Year() >= 1990 && t.Year() <= 2100 {
			return t.Format("2006-01-02")
		}
		return ""
	}
	if m := dayMonthRE.FindStringSubmatch(s); m != nil {
		return date(m[3], months[strings.ToLower(m[2])], m[1])
	}
	if m := monthDayRE.FindStringSubmatch(s); m != nil {
		return date(m[3], months[strings.ToLower(m[1])], m[2])
	}
	if m := monthYearRE.FindStringSubmatch(s); m != nil {
		return ym(m[2], months[strings.ToLower(m[1])], "")
	}
	if m := numericRE.FindStringSubmatch(s); m != nil {
		a, _ := strconv.Atoi(m[1])
		b, _ := strconv.Atoi(m[3])
		// "19.11.2019" and "19/11/2019" put the day first; "11/19/2019"
		// is American, month first, as slashes usually are.
		day, month := b, a
		if m[2] == "." || a > 12 {
			day, month = a, b
		}
		return date(m[4], time.Month(month), strconv.Itoa(day))
	}
	return ""
}

func ymd(y, m, d string) string {
	n, _ := strconv.Atoi(m)
	return date(y, time.Month(n), d)
}

// date checks a calendar date and formats it; "" when there is no such day.
func date(y string, m time.Month, d string) string {
	year, err1 := strconv.Atoi(y)
	day, err2 := strconv.Atoi(d)
	if err1 != nil || err2 != nil || m < time.January || m > time.December || year < 1900 || year > 2100 {
		return ""
	}
	t := time.Date(year, m, day, 0, 0, 0, 0, time.UTC)
	if t.Day() != day || t.Month() != m {
		return ""
	}
	return t.Format("2006-01-02")
}

// ym formats a year and month; the month is given by name or by number.
func ym(y string, m time.Month, num string) string {
	if num != "" {
		n, _ := strconv.Atoi(num)
		m = time.Month(n)
	}
	year, err := strconv.Atoi(y)
	if err != nil || m < time.January || m > time.December || year < 1900 || year > 2100 {
		return ""
	}
	return time.Date(year, m, 1, 0, 0, 0, 0, time.UTC).Format("2006-01")
}
