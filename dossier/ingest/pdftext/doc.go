// Package pdftext reads the text of a PDF document: each run of text on
// each page with its position and size, and the document's metadata.
//
// It reads what word processors, typesetters and PDF libraries write —
// cross-reference tables and streams, object streams, Flate and LZW
// compression, standard, WinAnsi and MacRoman encodings, ToUnicode maps,
// Identity-H CID fonts, documents encrypted with an empty password — and
// it is written for hostile input: the work and memory one document may
// take are bounded (see Limits), a damaged file is read as far as it can
// be, and no input makes it panic.
package pdftext

import (
	"errors"
	"fmt"
	"time"
)

// Document is the text of a PDF and what it says about itself.
type Document struct {
	Info  Info
	Pages []Page
	// Unmapped counts the glyphs drawn in fonts that do not say which
	// characters they are; a document of only those has no readable text.
	Unmapped int
}

// Info is the document's metadata, from its Info dictionary and, where
// that is silent, its XMP metadata.
type Info struct {
	Title, Author, Subject string
	Created, Modified      time.Time // zero when unknown
}

// Page is one page's text, in points with the origin at the top left
// of the visible page.
type Page struct {
	Width, Height float64
	Spans         []Span
	Images        int // images drawn: a page of images and no text is a scan
}

// Span is a run of characters on one baseline, as the page draws it.
type Span struct {
	Text     string
	X0, X1   float64 // left and right ends
	Y        float64 // baseline, from the top of the page
	Size     float64 // font size on the page
	Bold     bool
	Artifact bool // marked as page furniture (running header, footer, page number)
}

// Limits bound the pages, decompressed bytes and drawing operators one
// document may take; past them Read gives up with an error.
type Limits struct {
	Pages   int
	Inflate int64 // bytes all streams together may decode to
	Ops     int64 // content-stream operators, over all pages
	Text    int   // bytes of text
	Spans   int   // runs of text, over all pages
}

// maxDocCMapEntries bounds the character-map entries all of a document's
// fonts may keep.
const maxDocCMapEntries = 1 << 21

// DefaultLimits are far beyond any real report and far below what would
// hang or exhaust a desktop.
var DefaultLimits = Limits{Pages: 5000, Inflate: 512 << 20, Ops: 50_000_000, Text: 16 << 20, Spans: 500_000}

// The errors Read returns say what is wrong in words a reader of the
// document understands.
var (
	errNotPDF                = errors.New("it is not a PDF document")
	errNoCatalog             = errors.New("it is damaged: its list of pages cannot be found")
	errPassword              = errors.New("it is protected by a password")
	errUnsupportedEncryption = errors.New("it is encrypted in a way that cannot be read")
	errBomb                  = errors.New("it holds compressed data that expands to more than a document should")
	errTooComplex            = errors.New("its pages hold more drawing instructions than a document should")
	errTooMuchText           = errors.New("it holds more text than a document should")
	errPanic                 = errors.New("it is damaged in a way that cannot be read")
)

// Read reads a PDF document's text with DefaultLimits.
func Read(data []byte) (*Document, error) { return ReadLimits(data, DefaultLimits) }

// ReadLimits reads a PDF document's text within the given limits.
func ReadLimits(data []byte, lim Limits) (doc *Document, err error) {
	defer func() {
		// Every path above is written not to panic; this is the last line
		// of defence, so that one unforeseen file is one error message.
		if r := recover(); r != nil {
			doc, err = nil, errPanic
		}
	}()
	return read(data, lim)
}

// IsPassword reports whether err means the document needs a password.
func IsPassword(err error) bool { return errors.Is(err, errPassword) }

func read(data []byte, lim Limits) (*Document, error) {
	b := &budget{inflate: lim.Inflate, reread: rereadBudget(lim.Inflate), ops: lim.Ops, cmap: maxDocCMapEntries, spans: lim.Spans}
	f, err := open(data, b)
	if err != nil {
		return nil, err
	}
	if err := f.setupCrypt(); err != nil {
		return nil, err
	}
	root := f.dictOf(f.trailer["Root"])
	if root == nil {
		return nil, errNoCatalog
	}
	pages, err := f.pageList(root, lim.Pages)
	if err != nil {
		return nil, err
	}
	doc := &Document{Info: f.info(root)}
	in := &interp{f: f, fonts: map[int]*font{}, textLeft: lim.Text}
	for _, p := range pages {
		pg, err := in.readPage(p)
		if err != nil {
			return nil, err
		}
		doc.Pages = append(doc.Pages, pg)
	}
	doc.Unmapped = in.unmapped
	return doc, nil
}

// pageRef is a page with what it inherits from the page tree.
type pageRef struct {
	d      dict
	res    dict
	box    [4]float64
	rotate int
}

type tooManyPages int

func (n tooManyPages) Error() string { return fmt.Sprintf("it has more than %d pages", int(n)) }

func (f *file) pageList(root dict, max int) ([]pageRef, error) {
	var out []pageRef
	seen := map[int]bool{}
	var walk func(node any, inh pageRef, depth int) error
	walk = func(node any, inh pageRef, depth int) error {
		if r, ok := node.(ref); ok {
			if seen[r.num] {
				return nil
			}
			seen[r.num] = true
		}
		d := f.dictOf(node)
		if d == nil || depth > 64 {
			return nil
		}
		if res := f.dictOf(d["Resources"]); res != nil {
			inh.res = res
		}
		if box, ok := f.rect(d["CropBox"]); ok {
			inh.box = box
		} else if box, ok := f.rect(d["MediaBox"]); ok {
			inh.box = box
		}
		if r, ok := f.num(d["Rotate"]); ok {
			inh.rotate = ((int(r)/90)%4 + 4) % 4 * 90
		}
		kids := f.array(d["Kids"])
		if kids == nil || f.name(d["Type"]) == "Page" {
			if f.name(d["Type"]) == "Page" || d["Contents"] != nil {
				if len(out) >= max {
					return tooManyPages(max)
				}
				inh.d = d
				out = append(out, inh)
			}
			return nil
		}
		for _, k := range kids {
			if err := walk(k, inh, depth+1); err != nil {
				return err
			}
		}
		return nil
	}
	err := walk(root["Pages"], pageRef{box: [4]float64{0, 0, 612, 792}}, 0)
	return out, err
}

func (f *file) rect(v any) ([4]float64, bool) {
	a := f.array(v)
	var r [4]float64
	if len(a) != 4 {
		return r, false
	}
	for i := range a {
		n, ok := f.num(a[i])
		if !ok {
			return r, false
		}
		r[i] = n
	}
	r[0], r[2] = min(r[0], r[2]), max(r[0], r[2])
	r[1], r[3] = min(r[1], r[3]), max(r[1], r[3])
	if r[2]-r[0] < 1 || r[3]-r[1] < 1 || r[2]-r[0] > 1e6 || r[3]-r[1] > 1e6 {
		return r, false
	}
	return r, true
}
