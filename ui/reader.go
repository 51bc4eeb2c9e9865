package ui

import (
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/briefwright/briefwright/dossier"
)

// reader shows one article with numbered paragraphs, its quotes and actors
// marked, and the chosen item marked in its paragraph. Names in the text and
// the links under each paragraph lead back to the items.
type reader struct {
	w      *MainWindow
	view   fyne.CanvasObject
	title  *widget.Label
	meta   *widget.Label
	scroll *container.Scroll
	box    *fyne.Container
	pick   *widget.Check
	quote  *widget.Button

	r     *dossier.Reading
	ref   dossier.ItemRef
	prov  dossier.Provenance
	hl    string // a search whose words are marked
	dirty bool
	paras []fyne.CanvasObject
	// labels are the selectable paragraphs while picking text, by index.
	labels []*widget.Label

	// gen counts renders, so a render still adding paragraphs stops when
	// another starts.
	gen int
	// drawn keeps the paragraphs drawn for the article shown, by index
	// and by what they show, so choosing another item in the same article
	// redraws only the paragraphs that change.
	drawnFor int64
	drawn    map[int]drawnPara
}

type drawnPara struct {
	sig string
	obj fyne.CanvasObject
}

// renderBudget is how long one step of drawing the reader may hold the UI
// goroutine; the rest of the article is drawn in further steps. Wrapping a
// paragraph of new text costs tens of milliseconds, a long article
// hundreds.
const renderBudget = 25 * time.Millisecond

func newReader(w *MainWindow) *reader {
	rd := &reader{w: w}
	rd.title = widget.NewLabel("")
	rd.title.TextStyle.Bold = true
	rd.title.SizeName = theme.SizeNameSubHeadingText
	rd.title.Wrapping = fyne.TextWrapWord
	rd.meta = widget.NewLabel("")
	rd.meta.Importance = widget.LowImportance
	rd.meta.Truncation = fyne.TextTruncateEllipsis
	rd.box = container.NewVBox()
	rd.scroll = container.NewVScroll(rd.box)
	rd.pick = widget.NewCheck("Select text", func(bool) {
		rd.dirty = true
		rd.render()
	})
	rd.quote = widget.NewButtonWithIcon("Quote the selection", theme.ContentAddIcon(), rd.quoteSelection)
	legend := widget.NewRichText(
		&widget.TextSegment{Text: "quotes", Style: styled(colorQuote, fyne.TextStyle{Italic: true})},
		&widget.TextSegment{Text: " · ", Style: widget.RichTextStyleInline},
		&widget.TextSegment{Text: "actors", Style: styled(colorActor, fyne.TextStyle{Bold: true})},
		&widget.TextSegment{Text: " · ", Style: widget.RichTextStyleInline},
		&widget.TextSegment{Text: "the chosen item", Style: styled(colorChosen, fyne.TextStyle{Bold: true})},
		&widget.TextSegment{Text: " · click a paragraph for its items", Style: widget.RichTextStyle{ColorName: colorMuted, Inline: true}},
	)
	legend.Wrapping = fyne.TextWrapWord
	head := container.NewVBox(rd.title, rd.meta,
		container.NewBorder(nil, nil, nil, container.NewHBox(rd.pick, rd.quote), legend), widget.NewSeparator())
	rd.view = container.NewBorder(container.NewPadded(head), nil, nil, nil, rd.scroll)
	rd.set(nil, dossier.ItemRef{}, dossier.Provenance{}, "")
	return rd
}

func styled(c fyne.ThemeColorName, s fyne.TextStyle) widget.RichTextStyle {
	return widget.RichTextStyle{ColorName: c, TextStyle: s, Inline: true}
}

// set chooses what the reader shows, with the words of a search hl marked;
// it is drawn when visible.
func (rd *reader) set(r *dossier.Reading, ref dossier.ItemRef, p dossier.Provenance, hl string) {
	rd.r, rd.ref, rd.prov, rd.hl, rd.dirty = r, ref, p, hl, true
}

// render draws the article if anything changed and scrolls to the chosen
// item's paragraph.
func (rd *reader) render() {
	if !rd.dirty {
		return
	}
	rd.dirty = false
	rd.gen++
	rd.labels, rd.paras = nil, nil
	if rd.r == nil {
		rd.title.SetText("Nothing to read yet")
		rd.meta.SetText("Choose an article, or any quote, actor, source, question or event, to read it here.")
		rd.box.Objects = nil
		rd.box.Refresh()
		rd.pick.Disable()
		rd.quote.Hide()
		return
	}
	rd.pick.Enable()
	// Quoting is offered while text can be selected, not as a disabled
	// button the rest of the time.
	if rd.pick.Checked {
		rd.quote.Show()
	} else {
		rd.quote.Hide()
	}
	a := rd.r.Article
	rd.title.SetText(display(or(a.Title, "Untitled article")))
	rd.meta.SetText(display(join(" · ", fmt.Sprintf("A%d", a.ID), a.Outlet, a.Author, a.Published, plural(a.Words, "word"), a.URL)))
	if rd.drawnFor != a.ID {
		rd.drawnFor, rd.drawn = a.ID, map[int]drawnPara{}
	}
	rd.paras = make([]fyne.CanvasObject, 0, len(rd.r.Paragraphs))
	rd.box.Objects = nil
	rd.scroll.ScrollToTop()
	rd.more(rd.gen)
}

// more adds paragraphs to the reader until the step's time is spent, then
// lets the UI goroutine breathe before adding the next ones.
func (rd *reader) more(gen int) {
	if gen != rd.gen || rd.r == nil {
		return
	}
	t0 := time.Now()
	chosen := false
	for len(rd.paras) < len(rd.r.Paragraphs) && time.Since(t0) < renderBudget {
		p := rd.r.Paragraphs[len(rd.paras)]
		sig := rd.signature(p.Index)
		d, ok := rd.drawn[p.Index]
		if !ok || d.sig != sig || rd.pick.Checked { // picking text needs its labels
			d = drawnPara{sig: sig, obj: rd.paragraph(p)}
			rd.drawn[p.Index] = d
			// Wrap the text at the reader's width once, before the box
			// asks its height: at no width it would wrap at every word.
			if width := rd.box.Size().Width; width > 0 {
				d.obj.Resize(fyne.NewSize(width, 1))
			}
		}
		rd.paras = append(rd.paras, d.obj)
		rd.box.Add(d.obj)
		chosen = chosen || p.Index == rd.prov.Paragraph
	}
	if chosen {
		rd.scrollToChosen()
	}
	if len(rd.paras) < len(rd.r.Paragraphs) {
		rd.w.later("draw reader", func() { rd.more(gen) })
	}
}

// signature sums up what paragraph n shows: its marks and whether the
// chosen item is in it.
func (rd *reader) signature(n int) string {
	var b strings.Builder
	if rd.pick.Checked {
		b.WriteString("pick;")
	}
	if rd.prov.Paragraph == n && rd.prov.ArticleID == rd.r.Article.ID {
		b.WriteString("chosen;")
	}
	fmt.Fprintf(&b, "%q;", rd.hl)
	for _, i := range rd.r.MarksIn(n) {
		m := rd.r.Marks[i]
		fmt.Fprintf(&b, "%v,%s,%s,%d,%d,%v;", m.Ref, m.Label, m.Status, m.Prov.Start, m.Prov.End, m.Ref == rd.ref)
	}
	return b.String()
}

// paragraph draws one numbered paragraph: its text with the marks, and
// links to the items in it. Clicking the paragraph offers every item in it,
// actors included.
func (rd *reader) paragraph(p dossier.Paragraph) fyne.CanvasObject {
	num := widget.NewLabel(fmt.Sprint(p.Index))
	num.Importance = widget.LowImportance
	num.Alignment = fyne.TextAlignTrailing
	numBox := container.NewGridWrap(fyne.NewSize(rd.numWidth(), num.MinSize().Height), num)
	var body fyne.CanvasObject
	if rd.pick.Checked {
		l := widget.NewLabel(p.Text)
		l.Wrapping = fyne.TextWrapWord
		l.Selectable = true
		for len(rd.labels) < p.Index {
			rd.labels = append(rd.labels, nil)
		}
		rd.labels[p.Index-1] = l
		body = l
	} else {
		text := paragraphText(rd.r, p.Index, rd.ref, rd.prov, rd.hl)
		if links := rd.links(p.Index); links != nil {
			body = container.NewVBox(text, links)
		} else {
			body = text
		}
		n := p.Index
		body = newTappable(body, func(e *fyne.PointEvent) {
			if items := rd.menuFor(n); len(items) > 0 {
				widget.ShowPopUpMenuAtPosition(fyne.NewMenu("", items...), rd.w.win.Canvas(), e.AbsolutePosition)
			}
		})
	}
	if rd.prov.Paragraph == p.Index && rd.prov.ArticleID == rd.r.Article.ID {
		bg := canvas.NewRectangle(theme.Color(colorPara))
		bg.CornerRadius = theme.InputRadiusSize()
		body = container.NewStack(bg, body)
	}
	// The gap on the right keeps the text clear of the scroll bar.
	gap := container.NewGridWrap(fyne.NewSize(theme.ScrollBarSize(), 1))
	return container.NewBorder(nil, nil, container.NewVBox(numBox), gap, body)
}

// numWidth is the width of the paragraph numbers: room for the article's
// largest, so none is cut.
func (rd *reader) numWidth() float32 {
	digits := len(fmt.Sprint(len(rd.r.Paragraphs)))
	w := fyne.MeasureText(strings.Repeat("0", max(digits, 2)), theme.TextSize(), fyne.TextStyle{}).Width
	return w + 2*theme.InnerPadding()
}

// markLabel names a mark for a link or a menu.
func markLabel(m dossier.Mark) string {
	switch m.Ref.Kind {
	case dossier.KindQuote:
		return "quote · " + or(m.Label, "no speaker")
	case dossier.KindSource:
		return "source · " + m.Label
	case dossier.KindEvent:
		return "event · " + clip(m.Label, 40)
	case dossier.KindQuestion:
		return "question · " + clip(m.Label, 40)
	case dossier.KindActor:
		return "actor · " + m.Label
	}
	return noun(m.Ref.Kind)
}

// marksOf lists the distinct items marked in paragraph n, rejected ones
// left out unless chosen; with actors false, actors are left out too.
func (rd *reader) marksOf(n int, actors bool) []dossier.Mark {
	var out []dossier.Mark
	seen := map[dossier.ItemRef]bool{}
	for _, i := range rd.r.MarksIn(n) {
		m := rd.r.Marks[i]
		if (m.Ref.Kind == dossier.KindActor && !actors) || seen[m.Ref] || (m.Status == dossier.Rejected && m.Ref != rd.ref) {
			continue
		}
		seen[m.Ref] = true
		out = append(out, m)
	}
	return out
}

// menuFor offers every item of paragraph n, to open it.
func (rd *reader) menuFor(n int) []*fyne.MenuItem {
	var items []*fyne.MenuItem
	for _, m := range rd.marksOf(n, true) {
		ref := m.Ref
		label := markLabel(m)
		items = append(items, fyne.NewMenuItem(strings.ToUpper(label[:1])+label[1:], func() { rd.w.openItem(ref) }))
	}
	return items
}

// maxLinks is how many items a paragraph lists under it; with more, one
// link offers them all in a menu.
const maxLinks = 3

// links lists the quotes, sources, questions and events of a paragraph as
// links back to them.
func (rd *reader) links(n int) fyne.CanvasObject {
	ms := rd.marksOf(n, false)
	if len(ms) == 0 {
		return nil
	}
	var objs []fyne.CanvasObject
	if len(ms) > maxLinks {
		l := widget.NewHyperlink(thousands(len(ms))+" items in this paragraph…", nil)
		l.OnTapped = func() {
			pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(l)
			widget.ShowPopUpMenuAtPosition(fyne.NewMenu("", rd.menuFor(n)...), rd.w.win.Canvas(), pos.AddXY(0, l.Size().Height))
		}
		objs = append(objs, l)
	} else {
		for _, m := range ms {
			ref := m.Ref
			l := widget.NewHyperlink(markLabel(m), nil)
			l.Truncation = fyne.TextTruncateEllipsis
			l.OnTapped = func() { rd.w.openItem(ref) }
			objs = append(objs, l)
		}
	}
	return container.NewGridWithColumns(len(objs), objs...)
}

// tappable makes its content answer a tap.
type tappable struct {
	widget.BaseWidget
	content fyne.CanvasObject
	onTap   func(*fyne.PointEvent)
}

func newTappable(content fyne.CanvasObject, onTap func(*fyne.PointEvent)) *tappable {
	t := &tappable{content: content, onTap: onTap}
	t.ExtendBaseWidget(t)
	return t
}

func (t *tappable) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(t.content) }

func (t *tappable) Tapped(e *fyne.PointEvent) { t.onTap(e) }

// paragraphText draws paragraph n with its quotes and actors marked, the
// chosen item (ref at prov) marked strongest and the words of the search
// hl underlined. (Links inside wrapped text would break its wrapping, so
// items are reached by clicking the paragraph.)
func paragraphText(r *dossier.Reading, n int, ref dossier.ItemRef, prov dossier.Provenance, hl string) *widget.RichText {
	var segs []widget.RichTextSegment
	var hits []dossier.Span
	if p, ok := r.Paragraph(n); ok && strings.TrimSpace(hl) != "" {
		for _, sp := range dossier.MatchSpans(hl, r.Article.Text[p.Start:p.End]) {
			hits = append(hits, dossier.Span{Start: p.Start + sp.Start, End: p.Start + sp.End})
		}
	}
	for _, pc := range r.Pieces(n) {
		chosen, quote := false, false
		var actor *dossier.Mark
		for _, i := range pc.Marks {
			m := &r.Marks[i]
			if m.Ref == ref && (ref.Kind != dossier.KindSource || m.Prov == prov) {
				chosen = true
			}
			if m.Status == dossier.Rejected {
				continue
			}
			switch m.Ref.Kind {
			case dossier.KindQuote:
				quote = true
			case dossier.KindActor:
				if m.Prov.Start == pc.Start && m.Prov.End == pc.End {
					actor = m
				}
			}
		}
		var style widget.RichTextStyle
		switch {
		case chosen:
			style = styled(colorChosen, fyne.TextStyle{Bold: true})
		case actor != nil:
			style = styled(colorActor, fyne.TextStyle{Bold: true, Italic: quote})
		case quote:
			style = styled(colorQuote, fyne.TextStyle{Italic: true})
		default:
			style = widget.RichTextStyleInline
		}
		segs = append(segs, splitHits(pc, hits, style)...)
	}
	t := widget.NewRichText(keepWords(segs)...)
	t.Wrapping = fyne.TextWrapWord
	return t
}

// scrollToChosen brings the chosen paragraph into view, a little below the
// top so the paragraph before it gives context.
func (rd *reader) scrollToChosen() {
	n := rd.prov.Paragraph
	if n < 1 || n > len(rd.paras) {
		rd.scroll.ScrollToTop()
		return
	}
	rd.scroll.Refresh()
	y := rd.paras[n-1].Position().Y - theme.Padding()*4
	rd.scroll.ScrollToOffset(fyne.NewPos(0, max(y, 0)))
}

// quoteSelection makes a new quote of the text selected in a paragraph.
func (rd *reader) quoteSelection() {
	for i, l := range rd.labels {
		if l == nil || l.SelectedText() == "" {
			continue
		}
		text, prov, err := rd.r.Selection(i+1, l.SelectedText())
		if err != nil {
			rd.w.showError(err)
			return
		}
		rd.w.addQuote(text, prov)
		return
	}
	rd.w.tell("Select the words of the quotation in a paragraph first, then choose “Quote the selection”.")
}

// openItem shows an item from the reader: in its list, with its details.
func (w *MainWindow) openItem(ref dossier.ItemRef) {
	w.openRef(ref)
	w.tabs.Select(w.detailTab)
}

// splitHits draws a piece of a paragraph in style, with the parts inside
// hits (search matches) bold and underlined as well.
func splitHits(pc dossier.Piece, hits []dossier.Span, style widget.RichTextStyle) []widget.RichTextSegment {
	var segs []widget.RichTextSegment
	pos := pc.Start
	emit := func(from, to int, hit bool) {
		if from >= to {
			return
		}
		st := style
		if hit {
			st.TextStyle.Bold, st.TextStyle.Underline = true, true
		}
		segs = append(segs, &widget.TextSegment{Text: pc.Text[from-pc.Start : to-pc.Start], Style: st})
	}
	for _, h := range hits {
		if h.End <= pos || h.Start >= pc.End {
			continue
		}
		emit(pos, max(h.Start, pos), false)
		end := min(h.End, pc.End)
		emit(max(h.Start, pos), end, true)
		pos = end
	}
	emit(pos, pc.End, false)
	return segs
}

// keepWords moves the punctuation that starts a segment right after a
// word (the full stop after a marked name) into the segment before: rich
// text may break a line between any two segments, which would leave the
// full stop alone on a line.
func keepWords(segs []widget.RichTextSegment) []widget.RichTextSegment {
	out := segs[:0]
	for _, s := range segs {
		cur := s.(*widget.TextSegment)
		if n := len(out); n > 0 {
			prev := out[n-1].(*widget.TextSegment)
			if prev.Text != "" && !endsSpace(prev.Text) {
				i := strings.IndexFunc(cur.Text, func(r rune) bool {
					return unicode.IsSpace(r) || unicode.IsLetter(r) || unicode.IsDigit(r)
				})
				if i < 0 {
					i = len(cur.Text)
				}
				prev.Text += cur.Text[:i]
				cur.Text = cur.Text[i:]
			}
		}
		if cur.Text != "" {
			out = append(out, cur)
		}
	}
	return out
}

func endsSpace(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return unicode.IsSpace(r)
}
