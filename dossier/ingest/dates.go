package ingest

import (
	"strings"
	"time"
)

var dateLayouts = []string{
	time.RFC3339, "2006-01-02T15:04:05", "2006-01-02T15:04:05Z0700", "2006-01-02 15:04:05",
	"2006-01-02T15:04", "2006-01-02", "2006/01/02", time.RFC1123, time.RFC1123Z,
	"Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST", "January 2, 2006",
	"Jan 2, 2006", "Jan. 2, 2006", "2 January 2006", "2 Jan 2006", "January 2 2006",
	"Monday, January 2, 2006", "Monday 2 January 2006", "January 2006", "2006-01",
}

// normDate gives a published date as YYYY-MM-DD (YYYY-MM when only the
// month is known), or "" when it cannot be read.
func normDate(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return ""
	}
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil && t.Year() >= 1900 {
			if l == "January 2006" || l == "2006-01" {
				return t.Format("2006-01")
			}
			return t.Format("2006-01-02")
		}
	}
	// An ISO date at the start of a longer timestamp.
	if len(s) >= 10 {
		if t, err := time.Parse("2006-01-02", s[:10]); err == nil && t.Year() >= 1900 {
			return t.Format("2006-01-02")
		}
	}
	return ""
}
