package ingest

import (
	"bytes"
	"math"
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefwright/briefwright/dossier/ingest/pdftext"
)

// pdfLine is a line of the document with its page.
type pdfLine struct {
	pdftext.Line
	page   int
	height float64
}

// bodyLines is the document's lines in reading order without its page
// furniture: lines marked as such, lines repeated at the top or bottom
// of many pages, and page numbers.
func bodyLines(doc *pdftext.Document) []pdfLine {
	pages := make([][]pdfLine, len(doc.Pages))
	for i := range doc.Pages {
		p := &doc.Pages[i]
		for _, l := range p.Lines() {
			if !l.Artifact {
				pages[i] = append(pages[i], pdfLine{Line: l, page: i, height: p.Height})
			}
		}
	}
	// Count, for each line at a page's edge with its digits blanked, on
	// how many pages it appears there. Digits are blanked only in lines
	// no larger than the body text, so "Chapter 3" headings at the top of
	// their pages are not taken for a running header.
	body := bodySize(pages)
	edgeCount := map[string]int{}
	edges := make([][]int, len(pages))
	for p, ls := range pages {
		edges[p] = edgeLines(ls)
		seen := map[string]bool{}
		for _, i := range edges[p] {
			k := furnitureKey(ls[i], body)
			if !seen[k] {
				seen[k] = true
				edgeCount[k]++
			}
		}
	}
	repeated := max(2, int(math.Ceil(0.3*float64(len(pages)))))
	var out []pdfLine
	for p, ls := range pages {
		drop := map[int]bool{}
		for _, i := range edges[p] {
			if edgeCount[furnitureKey(ls[i], body)] >= repeated || pageNumber.MatchString(ls[i].Text) {
				drop[i] = true
			}
		}
		for i, l := range ls {
			if !drop[i] {
				out = append(out, l)
			}
		}
	}
	return out
}

// edgeLines are the indexes of the lines in the top and bottom 15% of a
// page, at most the three nearest each edge.
func edgeLines(ls []pdfLine) []int {
	idx := make([]int, len(ls))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return ls[idx[a]].Y < ls[idx[b]].Y })
	var out []int
	for n, i := range idx {
		if n >= 3 || ls[i].Y > 0.15*ls[i].height {
			break
		}
		out = append(out, i)
	}
	for n := 0; n < 3 && n < len(idx); n++ {
		i := idx[len(idx)-1-n]
		if ls[i].Y < 0.85*ls[i].height {
			break
		}
		out = append(out, i)
	}
	return out
}

// bodySize is the type size most of the document's characters are set in;
// of two that set as many, the smaller, so a document always reads the
// same.
func bodySize(pages [][]pdfLine) float64 {
	sizes := map[float64]int{}
	for _, ls := range pages {
		for _, l := range ls {
			sizes[l.Size] += len(l.Text)
		}
	}
	body, best := 0.0, 0
	for s, n := range sizes {
		if n > best || n == best && s < body {
			body, best = s, n
		}
	}
	return body
}

func furnitureKey(l pdfLine, body float64) string {
	top := "b"
	if l.Y < l.height/2 {
		top = "t"
	}
	blankDigits := l.Size <= body+0.5
	return top + strings.Map(func(r rune) rune {
		switch {
		case unicode.IsDigit(r) && blankDigits:
			return '#'
		case unicode.IsSpace(r):
			return -1
		}
		return unicode.ToLower(r)
	}, l.Text)
}

// pageNumber matches a line that is only a page number: "3", "- 3 -",
// "Page 3", "Page 3 of 12", "3 / 12", "p. 3", "iv".
var pageNumber = regexp.MustCompile(`(?i)^(?:[-–—|]\s*)?(?:(?:page|p\.|pg\.?|seite|página|pagina)\s*)?(?:\d{1,4}|[ivxlc]{1,7})(?:\s*(?:/|of|von|de|sur)\s*\d{1,4})?(?:\s*[-–—|])?$`)

// pdfPara is a paragraph being built, with the size of its first line.
type pdfPara struct {
	text string
	size float64
	page int
}

// paragraphsOf joins lines into paragraphs. A new paragraph starts after
// a wider gap than the line spacing, at a first-line indent, at a change
// of type size or weight, after a short line that ends a sentence, and
// at a list item.
func paragraphsOf(lines []pdfLine) []pdfPara {
	if len(lines) == 0 {
		return nil
	}
	return measure(lines).paragraphs(lines, true)
}

// paragraphs joins lines into paragraphs. With deferNotes, the footnotes
// at the foot of a page wait until the paragraph they interrupt ends, so
// a sentence running on to the next page stays whole.
func (m *layoutMeasure) paragraphs(lines []pdfLine, deferNotes bool) []pdfPara {
	var out []pdfPara
	var cur bytes.Buffer
	var curSize float64
	var notes []pdfLine
	curPage := 0
	firstIndented, curLines := false, 0
	flush := func() {
		if t := cleanLine(cur.String()); t != "" {
			out = append(out, pdfPara{text: t, size: curSize, page: curPage})
		}
		cur.Reset()
		curLines = 0
		if len(notes) > 0 {
			out = append(out, m.paragraphs(notes, false)...)
			notes = nil
		}
	}
	var prev *pdfLine
	for i := range lines {
		l := &lines[i]
		if deferNotes && curLines > 0 && m.footnote(*l) && !m.footnote(*prev) {
			notes = append(notes, *l)
			continue
		}
		if prev != nil && m.breaks(*prev, *l, firstIndented, curLines) {
			flush()
		}
		if curLines == 0 {
			curSize, curPage = l.Size, l.page
			firstIndented = m.indented(*l)
			cur.WriteString(l.Text)
		} else {
			joinLine(&cur, l.Text, m.words)
		}
		curLines++
		prev = l
	}
	flush()
	return out
}

// footnote says whether a line is set smaller than the body text, below
// all the body text of its page.
func (m *layoutMeasure) footnote(l pdfLine) bool {
	last, ok := m.lastBody[l.page]
	return ok && l.Size < 0.9*m.body && l.Y > last
}

// layoutMeasure holds what the whole document says about its layout.
type layoutMeasure struct {
	pitch     float64            // usual distance between baselines of body text
	body      float64            // size of body text
	left      map[[2]int]float64 // left edge of each page's columns
	right     map[[2]int]float64 // right edge
	justified bool               // most full lines end at the right edge
	words     map[string]bool    // words of the document, to judge hyphens
	lastBody  map[int]float64    // baseline of the lowest line of body text on each page
}

func colKey(l pdfLine) [2]int { return [2]int{l.page, l.Column} }

func measure(lines []pdfLine) *layoutMeasure {
	m := &layoutMeasure{left: map[[2]int]float64{}, right: map[[2]int]float64{}, words: map[string]bool{},
		lastBody: map[int]float64{}}
	body := bodySize([][]pdfLine{lines})
	pitches := map[float64]int{}
	for i, l := range lines {
		if math.Abs(l.Size-body) > 0.5 {
			continue
		}
		m.lastBody[l.page] = max(m.lastBody[l.page], l.Y)
		k := colKey(l)
		if v, ok := m.left[k]; !ok || l.X0 < v {
			m.left[k] = l.X0
		}
		m.right[k] = max(m.right[k], l.X1)
		if i > 0 {
			p := lines[i-1]
			if d := l.Y - p.Y; colKey(p) == k && math.Abs(p.Size-body) <= 0.5 && d > 0 && d < 3*body {
				pitches[math.Round(d*2)/2]++
			}
		}
	}
	best := 0
	for d, n := range pitches {
		if n > best || n == best && d < m.pitch {
			m.pitch, best = d, n
		}
	}
	if m.pitch == 0 {
		m.pitch = 1.2 * body
	}
	m.body = max(body, 1)
	full, all := 0, 0
	for _, l := range lines {
		if math.Abs(l.Size-body) > 0.5 {
			continue
		}
		all++
		k := colKey(l)
		if l.X1 >= m.right[k]-0.02*(m.right[k]-m.left[k]) {
			full++
		}
	}
	m.justified = full*2 > all
	for _, l := range lines {
		for _, w := range strings.FieldsFunc(l.Text, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
			m.words[strings.ToLower(w)] = true
		}
	}
	return m
}

func (m *layoutMeasure) indented(l pdfLine) bool {
	return l.X0 > m.left[colKey(l)]+0.8*l.Size
}

// tocEntry is a line of a table of contents: dot leaders, a page number.
var tocEntry = regexp.MustCompile(`(?:\.\s?){4,}\s*\d{1,4}$`)

// footnoteMark is how a footnote begins: its number or sign.
var footnoteMark = regexp.MustCompile(`^(?:\d{1,3}|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3}|[*†‡])\s*\pL`)

var listItem = regexp.MustCompile(`^(?:[•●▪◦‣∙·*–-]\s|\(?\d{1,2}[.)]\s|\(?[a-z][.)]\s)`)

// breaks says whether line l starts a new paragraph after line p.
func (m *layoutMeasure) breaks(p, l pdfLine, firstIndented bool, curLines int) bool {
	big := max(p.Size, l.Size)
	if math.Abs(p.Size-l.Size) > 0.12*big || p.Bold != l.Bold && (short(m, p) || short(m, l)) {
		return true
	}
	if listItem.MatchString(l.Text) || tocEntry.MatchString(p.Text) ||
		l.Size < 0.9*m.body && footnoteMark.MatchString(l.Text) {
		return true
	}
	sameCol := colKey(p) == colKey(l) && l.Y > p.Y
	// Lines of larger type (a two-line heading) are farther apart.
	pitch := m.pitch * max(1, l.Size/m.body)
	if sameCol && l.Y-p.Y > pitch+max(2, 0.2*l.Size) {
		return true
	}
	switch {
	case m.indented(l) && !m.indented(p):
		return true
	case !m.indented(l) && m.indented(p) && !(firstIndented && curLines == 1):
		// The end of an indented block: a quotation set apart.
		return true
	}
	if endsSentence(p.Text) && short(m, p) && (m.justified || !sameCol) {
		return true
	}
	return false
}

// short says whether a line stops well before its column's right edge.
func short(m *layoutMeasure, l pdfLine) bool {
	k := colKey(l)
	w := m.right[k] - m.left[k]
	if w <= 0 {
		return true
	}
	return l.X1 < m.right[k]-0.1*w
}

func endsSentence(s string) bool {
	s = strings.TrimRight(s, " ")
	s = strings.TrimRight(s, "\"'”’)]")
	r, _ := utf8.DecodeLastRuneInString(s)
	return r == '.' || r == '!' || r == '?' || r == ':'
}

// compoundFirst are words that end a line with a hyphen as the first
// part of a compound ("well-known", "self-evident", "twenty-five") far
// more often than as a word broken by hyphenation ("high-er" and
// "ex-plain" are why "high" and "ex" are not here).
var compoundFirst = map[string]bool{
	"well": true, "self": true, "non": true, "half": true, "cross": true, "mid": true,
	"twenty": true, "thirty": true, "forty": true, "fifty": true, "sixty": true, "seventy": true,
	"eighty": true, "ninety": true,
}

// joinLine appends the next line of a paragraph. A line ending in a
// hyphen is joined without it ("infor-" "mation") unless the hyphen
// belongs to a compound: the document spells the word with a hyphen
// elsewhere, or the next part is a capital or a number, or the first
// part is a word that usually starts compounds, or already has a hyphen.
// The paragraph so far is only cut back or added to, never copied, and
// only its last maxWord bytes are looked at, so a paragraph of many
// thousand hyphenated lines joins in time linear in its length.
func joinLine(b *bytes.Buffer, next string, words map[string]bool) {
	cur := b.Bytes()
	last, size := utf8.DecodeLastRune(cur)
	if last == '\u00ad' {
		b.Truncate(len(cur) - size)
		b.WriteString(next)
		return
	}
	if last != '-' && last != '‐' || bytes.HasSuffix(cur, []byte(" -")) {
		if last != '—' && last != '/' {
			b.WriteByte(' ')
		}
		b.WriteString(next)
		return
	}
	head := cur[:len(cur)-size]
	tail := head[len(head)-min(len(head), maxWord):]
	i := bytes.LastIndexFunc(tail, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' })
	firstPart := string(tail[i+1:])
	if i >= 0 {
		_, n := utf8.DecodeRune(tail[i:])
		firstPart = string(tail[i+n:])
	}
	j := strings.IndexFunc(next, func(r rune) bool { return !unicode.IsLetter(r) })
	secondPart := next
	if j >= 0 {
		secondPart = next[:j]
	}
	nr, _ := utf8.DecodeRuneInString(next)
	lastLetter, _ := utf8.DecodeLastRune(head)
	keep := !unicode.IsLetter(lastLetter) || !unicode.IsLower(nr) || strings.Contains(firstPart, "-") ||
		compoundFirst[strings.ToLower(firstPart)]
	whole := strings.ToLower(firstPart + secondPart)
	hyphened := strings.ToLower(firstPart + "-" + secondPart)
	switch {
	case words[whole] && secondPart != "":
		keep = false
	case words[hyphened] && secondPart != "":
		keep = true
	}
	if !keep {
		b.Truncate(len(head))
	}
	b.WriteString(next)
}

// maxWord bounds, in bytes, the part of a hyphenated word joinLine looks
// at; no real word is longer.
const maxWord = 128
