package export

import "testing"

func TestReadableDate(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"2025", "2025"},
		{"2025-07", "July 2025"},
		{"2025-09-15", "15 September 2025"},
		{"2025-09-10/2025-09-20", "10–20 September 2025"},
		{"2025-08-28/2025-09-03", "28 August – 3 September 2025"},
		{"2025-03/2025-05", "March–May 2025"},
		{"2024-12/2025-01", "December 2024 – January 2025"},
		{"2025-07-01/2025-07-01", "1 July 2025"},
		{"2024/2025", "2024 – 2025"},
		{"", ""},
		{"late 2025", "late 2025"},
		{"2025-13", "2025-13"},
		{"2025-02-30", "2025-02-30"},
		{"2025-09-10/junk", "2025-09-10/junk"},
	} {
		if got := readableDate(c.in); got != c.want {
			t.Errorf("readableDate(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestEventDate(t *testing.T) {
	for _, c := range []struct{ when, value, want string }{
		{"In July 2025", "2025-07", "July 2025"},
		{"July 2025", "2025-07", "July 2025"},
		{"by mid-September 2025", "2025-09-10/2025-09-20", "10–20 September 2025 (by mid-September 2025)"},
		{"Tuesday", "2025-03-04", "4 March 2025 (Tuesday)"},
		{"in late spring", "", "in late spring"},
		{"", "2025-03-04", "4 March 2025"},
		{"2025-03-04", "2025-03-04", "4 March 2025"},
	} {
		if got := eventDate(eventRow{when: c.when, value: c.value}); got != c.want {
			t.Errorf("eventDate(%q, %q) = %q, want %q", c.when, c.value, got, c.want)
		}
	}
}
