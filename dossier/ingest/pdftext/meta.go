package pdftext

import (
	"bytes"
	"encoding/xml"
	"strings"
	"time"
)

// info reads the Info dictionary, and fills what it lacks from the XMP
// metadata that newer producers write instead.
func (f *file) info(root dict) Info {
	var in Info
	d := f.dictOf(f.trailer["Info"])
	str := func(k name) string {
		s, _ := f.resolve(d[k]).(string)
		return strings.Join(strings.Fields(textString(s)), " ")
	}
	in.Title, in.Author, in.Subject = str("Title"), str("Author"), str("Subject")
	in.Created = pdfDate(str("CreationDate"))
	in.Modified = pdfDate(str("ModDate"))
	if in.Title != "" && in.Author != "" && !in.Created.IsZero() {
		return in
	}
	if s, ok := f.resolve(root["Metadata"]).(*stream); ok {
		if data, err := f.decode(s); err == nil {
			x := readXMP(data)
			if in.Title == "" {
				in.Title = x.title
			}
			if in.Author == "" {
				in.Author = x.author
			}
			if in.Created.IsZero() {
				in.Created = x.created
			}
		}
	}
	return in
}

// pdfDate reads "D:YYYYMMDDHHmmSSOHH'mm'", of which only the year is
// required.
func pdfDate(s string) time.Time {
	s = strings.TrimPrefix(strings.TrimSpace(s), "D:")
	digits := 0
	for digits < len(s) && digits < 14 && s[digits] >= '0' && s[digits] <= '9' {
		digits++
	}
	if digits < 4 {
		return time.Time{}
	}
	num := func(i, n, def int) int {
		if i+n > digits {
			return def
		}
		return atoi([]byte(s[i : i+n]))
	}
	y, mo, d := num(0, 4, 0), num(4, 2, 1), num(6, 2, 1)
	h, mi, sec := num(8, 2, 0), num(10, 2, 0), num(12, 2, 0)
	if y < 1900 || y > 2200 || mo < 1 || mo > 12 || d < 1 || d > 31 {
		return time.Time{}
	}
	loc := time.UTC
	if rest := s[digits:]; len(rest) >= 3 && (rest[0] == '+' || rest[0] == '-') {
		tz := strings.NewReplacer("'", "").Replace(rest[1:])
		if len(tz) >= 2 {
			off := atoiSafe(tz[:2]) * 3600
			if len(tz) >= 4 {
				off += atoiSafe(tz[2:4]) * 60
			}
			if rest[0] == '-' {
				off = -off
			}
			loc = time.FixedZone("", off)
		}
	}
	return time.Date(y, time.Month(mo), d, h, mi, sec, 0, loc)
}

func atoiSafe(s string) int {
	n := 0
	for _, c := range []byte(s) {
		if c < '0' || c > '9' {
			return 0
		}
		n = n*10 + int(c-'0')
	}
	return n
}

type xmp struct {
	title, author string
	created       time.Time
}

// readXMP takes dc:title, dc:creator and the creation date from XMP.
func readXMP(data []byte) xmp {
	var x xmp
	dec := xml.NewDecoder(bytes.NewReader(data))
	dec.Strict = false
	var path []string
	var created string
	for n := 0; n < 100_000; n++ {
		t, err := dec.Token()
		if err != nil {
			break
		}
		switch e := t.(type) {
		case xml.StartElement:
			if len(path) > 64 {
				return x
			}
			path = append(path, e.Name.Local)
			for _, a := range e.Attr {
				// Dates are often attributes of rdf:Description.
				if a.Name.Local == "CreateDate" && created == "" {
					created = a.Value
				}
			}
		case xml.EndElement:
			if len(path) > 0 {
				path = path[:len(path)-1]
			}
		case xml.CharData:
			s := strings.Join(strings.Fields(string(e)), " ")
			if s == "" || len(path) == 0 {
				continue
			}
			in := func(el string) bool {
				for _, p := range path {
					if p == el {
						return true
					}
				}
				return false
			}
			switch {
			case in("title") && x.title == "":
				x.title = s
			case in("creator") && path[len(path)-1] == "li" && x.author == "":
				x.author = s
			case path[len(path)-1] == "CreateDate" && created == "":
				created = s
			}
		}
	}
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02", "2006-01", "2006"} {
		if t, err := time.Parse(layout, created); err == nil {
			x.created = t
			break
		}
	}
	return x
}
