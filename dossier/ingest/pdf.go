package ingest

import (
	"bytes"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/briefwright/briefwright/dossier/ingest/pdftext"
)

// MaxPDFSize is the largest PDF accepted. Reports carry photographs and
// embedded fonts, so they are far bigger than their text; past this
// size a file is a book or a scan, not a source to quote.
const MaxPDFSize = 100 << 20

// sizeLimit is the largest file of this name accepted, and what to call
// such a file when it is too big.
func sizeLimit(name string) (int64, string) {
	if isPDF(name, nil) {
		return MaxPDFSize, "a PDF"
	}
	return MaxSize, "an article"
}

func isPDF(name string, data []byte) bool {
	return strings.EqualFold(filepath.Ext(name), ".pdf") || bytes.HasPrefix(data, []byte("%PDF-"))
}

// parsePDF reads a PDF's text into paragraphs: running headers, footers
// and page numbers left out, lines joined, hyphenated words made whole.
func parsePDF(name string, data []byte) (*Article, error) {
	if len(data) > MaxPDFSize {
		return nil, fail(name, "it is larger than the %d MB a PDF may be", MaxPDFSize>>20)
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, fail(name, "the file is empty")
	}
	doc, err := pdftext.Read(data)
	if err != nil {
		if pdftext.IsPassword(err) {
			return nil, fail(name, "it is protected by a password; save an unprotected copy and import that")
		}
		return nil, fail(name, "%v", err)
	}
	spans, images, chars := 0, 0, 0
	for _, p := range doc.Pages {
		spans += len(p.Spans)
		images += p.Images
		for _, s := range p.Spans {
			chars += len(s.Text)
		}
	}
	switch {
	case len(doc.Pages) == 0:
		return nil, fail(name, "it has no pages")
	case doc.Unmapped > 2*chars:
		// Mostly unreadable: what is left is page numbers and the like.
		return nil, fail(name, "its fonts do not say which letters they draw, so its text cannot be read; run it through OCR first")
	case spans == 0 && images > 0:
		return nil, fail(name, "it has no text layer (a scanned document?); run it through OCR first")
	case spans == 0:
		return nil, fail(name, "it has no text on its pages")
	}
	lines := bodyLines(doc)
	paras := paragraphsOf(lines)
	var texts []string
	for _, p := range paras {
		texts = append(texts, p.text)
	}
	a := &Article{Format: "pdf", Text: strings.Join(texts, "\n\n")}
	if strings.TrimSpace(a.Text) == "" {
		return nil, fail(name, "no article text was found in it")
	}
	a.File = name
	a.Title = pdfTitle(doc.Info.Title, name, paras)
	if a.Title == "" {
		a.Title = titleFromName(name)
	}
	a.Author = cleanLine(doc.Info.Author)
	if strings.EqualFold(a.Author, "administrator") || strings.EqualFold(a.Author, "user") || strings.EqualFold(a.Author, "owner") {
		a.Author = ""
	}
	if !doc.Info.Created.IsZero() && doc.Info.Created.Year() > 1990 {
		a.Published = doc.Info.Created.Format("2006-01-02")
	}
	return a, nil
}

// fileName matches a title that is the name of the file it was made from.
var fileName = regexp.MustCompile(`\.(docx?|odt|pdf|rtf|indd|tex|pages|txt|html?)$`)

// pdfTitle is the document's own title unless it is a placeholder or a
// file name, else the first paragraph set in the largest type on the
// first page it has text.
func pdfTitle(meta, file string, paras []pdfPara) string {
	t := cleanLine(meta)
	lower := strings.ToLower(t)
	junk := t == "" || len([]rune(t)) < 3 || strings.HasPrefix(lower, "microsoft ") ||
		lower == "untitled" || strings.HasPrefix(lower, "untitled ") || strings.EqualFold(t, file) ||
		fileName.MatchString(lower)
	if !junk {
		return t
	}
	if len(paras) == 0 {
		return ""
	}
	first := paras[0].page
	var best *pdfPara
	for i := range paras {
		p := &paras[i]
		if p.page != first {
			break
		}
		if best == nil || p.size > best.size+0.5 {
			best = p
		}
	}
	if best == nil || len(strings.Fields(best.text)) > 25 {
		return firstWords(paras[0].text, 12)
	}
	return best.text
}
