package ui

import (
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/briefwright/briefwright/dossier"
)

// Preference keys.
const (
	prefLast   = "lastDossier"
	prefRecent = "recentDossiers"
	prefLayout = "windowLayout" // "width height sidebar-divider list-divider"
	prefFolder = "lastFolder"
)

// section is one entry of the sidebar.
type section struct {
	kind  string // item kind listed, "" for the Overview
	title string
	icon  func() fyne.Resource // theme icons exist only once the app runs
}

var sections = []section{
	{"", "Overview", theme.HomeIcon},
	{dossier.KindArticle, "Articles", theme.DocumentIcon},
	{dossier.KindActor, "Actors", theme.AccountIcon},
	{dossier.KindQuote, "Quotes", theme.MailReplyIcon},
	{dossier.KindSource, "Sources", theme.StorageIcon},
	{dossier.KindQuestion, "Questions", theme.QuestionIcon},
	{dossier.KindEvent, "Timeline", theme.HistoryIcon},
	{dossier.KindNote, "Notes", theme.DocumentCreateIcon},
}

func sectionOf(kind string) int {
	for i, s := range sections {
		if s.kind == kind {
			return i
		}
	}
	return 0
}

// session is one open dossier, its undo log and the background work
// running on it, so that switching dossiers can close the old one once its
// work is done.
type session struct {
	st    *dossier.Store
	hist  *dossier.History
	lists *listCache
	work  sync.WaitGroup
	// saving counts edits being written; reads of an item wait for them,
	// so an item chosen again shows what was just typed into it.
	saving sync.WaitGroup
}

func newSession(st *dossier.Store) *session {
	return &session{st: st, hist: dossier.NewHistory(st), lists: newListCache()}
}

// do makes a change to the items refs, recording how to undo it, and
// brings the kept lists up to date; off the UI goroutine.
func (s *session) do(what string, refs []dossier.ItemRef, fn func(st *dossier.Store) error) error {
	return s.doAdding(what, refs, func(st *dossier.Store) ([]dossier.ItemRef, error) { return nil, fn(st) })
}

// doAdding is do for a change that also makes new items, which fn
// returns, so that undo removes them.
func (s *session) doAdding(what string, refs []dossier.ItemRef, fn func(st *dossier.Store) ([]dossier.ItemRef, error)) error {
	added, err := s.hist.DoAdding(what, refs, fn)
	s.lists.changed(s.st, slices.Concat(refs, added))
	return err
}

// MainWindow is the window on one dossier.
type MainWindow struct {
	app     fyne.App
	win     fyne.Window
	version string
	icon    fyne.Resource

	sess *session
	jobs sync.WaitGroup // every background job, across sessions
	uiMu sync.Mutex
	tr   *tracer

	counts      dossier.Counts
	current     int   // index into sections
	rows        []row // what the middle list shows
	searched    []row // search results, when searching
	sel         dossier.ItemRef
	selIndex    int
	advance     bool            // after the next reload, select the row after sel
	want        dossier.ItemRef // select this after the next reload
	justShown   dossier.ItemRef // being read already: the next reload need not
	loadSeq     int
	countSeq    int
	shown       *detailData // what the detail pane shows
	shownEditor *editor
	opened      bool
	quiet       bool        // selecting in code: OnSelected does nothing
	typing      *time.Timer // waits for typing to pause
	dialogs     []closable  // shown, the last on top
	// searchFor is the search shown; searchLimits how many hits of each
	// kind it shows, once more were asked for; moreAt the row where more
	// were asked for.
	searchFor    string
	searchLimits map[string]int
	moreAt       int

	sidebar      *widget.List
	list         *widget.List
	listTitle    *widget.Label
	filter       *widget.Entry
	status       *widget.Select
	order        *widget.Select
	tagFilter    *widget.Select
	bulk         *widget.Button
	add          *widget.Button
	listBar      *fyne.Container
	empty        *fyne.Container
	search       *widget.Entry
	detail       *fyne.Container
	detailScroll *container.Scroll
	tabs         *container.AppTabs
	detailTab    *container.TabItem
	readerTab    *container.TabItem
	reader       *reader
	body         *fyne.Container // overview or list+detail
	listSplit    *container.Split
	sideSplit    *container.Split
	overview     *overview
	notice       *fyne.Container
	noticeMsg    *widget.Label
	progress     *widget.ProgressBar
	progText     *widget.Label
	busy         *fyne.Container

	// loaded is called after each list reload and each detail shown
	// (tests wait on it).
	loaded func()
	// lastPicker is the actor picker shown last (tests drive it).
	lastPicker *actorPicker
	lastPaste  *pasteForm
}

// NewWindow builds the main window on an open dossier.
func NewWindow(a fyne.App, st *dossier.Store, version string) *MainWindow {
	w := &MainWindow{app: a, version: version, sess: newSession(st), tr: newTracer(), selIndex: -1, moreAt: -1}
	w.win = a.NewWindow("Briefwright")
	w.build()
	w.win.SetMainMenu(w.menu())
	w.win.SetOnDropped(w.dropped)
	l := w.savedLayout()
	w.win.Resize(fyne.NewSize(float32(l.width), float32(l.height)))
	w.win.SetCloseIntercept(w.quit)
	w.showSection(0)
	return w
}

func (w *MainWindow) st() *dossier.Store { return w.sess.st }

// quit keeps the edits in progress, remembers the window's size and
// layout, then closes it.
func (w *MainWindow) quit() {
	w.commitEdits()
	w.saveLayout()
	w.win.Close()
}

// saveLayout remembers the window's size and where its dividers are, in
// one preference: Fyne writes the first change at once and delays the
// ones that follow, which an exit could lose.
func (w *MainWindow) saveLayout() {
	s := w.win.Canvas().Size()
	if s.Width <= 0 || s.Height <= 0 {
		return
	}
	w.app.Preferences().SetString(prefLayout, fmt.Sprintf("%.0f %.0f %.3f %.3f", s.Width, s.Height, w.sideSplit.Offset, w.listSplit.Offset))
}

// layout is the window's remembered size and divider positions.
type layout struct {
	width, height, side, list float64
}

func (w *MainWindow) savedLayout() layout {
	l := layout{1280, 800, 0.17, 0.42}
	var x layout
	if n, _ := fmt.Sscanf(w.app.Preferences().String(prefLayout), "%g %g %g %g", &x.width, &x.height, &x.side, &x.list); n == 4 &&
		x.width >= 400 && x.height >= 300 && x.side > 0.05 && x.side < 0.5 && x.list > 0.1 && x.list < 0.9 {
		l = x
	}
	return l
}

// close waits a little for background work (an import commits article by
// article, so stopping it midway loses nothing) and closes the dossier.
func (w *MainWindow) close() {
	w.saveLayout() // File > Quit closes the window without asking it
	done := make(chan struct{})
	go func() { w.jobs.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(3 * time.Second):
	}
	w.st().Close()
}

// settle waits until no background work is running; the callbacks it hands
// to fyne.Do have run too when the test driver is used.
func (w *MainWindow) settle() { w.jobs.Wait() }

// background runs work off the UI goroutine on the current dossier and
// hands its result to done on the UI goroutine, unless another dossier has
// been opened since.
func background[T any](w *MainWindow, what string, work func(st *dossier.Store) (T, error), done func(T, error)) {
	backgroundOn(w, w.sess, what, work, done)
}

// backgroundOn is background on a given session, which may no longer be
// the one shown (edits kept when leaving a dossier).
func backgroundOn[T any](w *MainWindow, s *session, what string, work func(st *dossier.Store) (T, error), done func(T, error)) {
	s.work.Add(1)
	w.jobs.Add(1)
	go func() {
		defer w.jobs.Done()
		defer s.work.Done()
		v, err := work(s.st)
		w.onUI(func() {
			if w.sess != s {
				return
			}
			w.tr.timed(what, func() { done(v, err) })
		})
	}()
}

// onUI hands fn to the UI goroutine. The app's driver runs such functions
// one at a time; the test driver runs them at once on the calling
// goroutine, so uiMu keeps them from overlapping there too.
func (w *MainWindow) onUI(fn func()) {
	fyne.Do(func() {
		w.uiMu.Lock()
		defer w.uiMu.Unlock()
		fn()
	})
}

// typingPause is how long typing must pause before a filter or search
// runs, so that a word typed is one query, not one per letter.
const typingPause = 120 * time.Millisecond

// debounce runs fn on the UI goroutine once typing pauses; a newer call
// replaces one still waiting.
func (w *MainWindow) debounce(fn func()) {
	if w.typing != nil && w.typing.Stop() {
		w.jobs.Done()
	}
	w.jobs.Add(1)
	w.typing = time.AfterFunc(typingPause, func() {
		defer w.jobs.Done()
		w.onUI(fn)
	})
}

// change runs a change to the items refs off the UI goroutine, recording
// how to undo it, then reloads the list and the item shown.
func (w *MainWindow) change(what string, refs []dossier.ItemRef, fn func(st *dossier.Store) error) {
	w.changeAdding(what, refs, func(st *dossier.Store) ([]dossier.ItemRef, error) { return nil, fn(st) })
}

// changeAdding is change for a change that also makes new items, which
// fn returns, so that undo removes them.
func (w *MainWindow) changeAdding(what string, refs []dossier.ItemRef, fn func(st *dossier.Store) ([]dossier.ItemRef, error)) {
	s := w.sess
	background(w, what, func(*dossier.Store) (struct{}, error) { return struct{}{}, s.doAdding(what, refs, fn) },
		func(_ struct{}, err error) {
			if err != nil {
				w.showError(err)
				w.advance = false
			}
			w.reload()
		})
}

// undo undoes the last change to the dossier. While a field of the item
// shown has edits not yet kept, the field's own typing is undone instead.
func (w *MainWindow) undo() {
	if e, ok := w.win.Canvas().Focused().(*widget.Entry); ok && w.shownEditor != nil && w.shownEditor.dirty() {
		e.TypedShortcut(&fyne.ShortcutUndo{})
		return
	}
	s := w.sess
	w.commitEdits()
	background(w, "undo", func(*dossier.Store) (string, error) {
		s.saving.Wait()
		what, items, err := s.hist.UndoItems()
		s.lists.changed(s.st, items) // the same lists as the change undone
		return what, err
	}, func(what string, err error) {
		switch {
		case err == dossier.ErrNothingToUndo:
			w.tell("Nothing to undo: every change made since the dossier was opened has been undone.")
		case err != nil:
			w.showError(err)
		default:
			w.tell("Undone: " + what + ".")
		}
		w.reload()
	})
}

// refs lists the items a change touches, for change.
func refs(rs ...dossier.ItemRef) []dossier.ItemRef { return rs }

func (w *MainWindow) build() {
	w.sidebar = widget.NewList(
		func() int { return len(sections) },
		func() fyne.CanvasObject {
			count := widget.NewLabel("0000 · 000 new")
			count.Importance = widget.LowImportance
			return container.NewBorder(nil, nil, widget.NewIcon(theme.HomeIcon()), count, widget.NewLabel("Section"))
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			c := o.(*fyne.Container)
			c.Objects[0].(*widget.Label).SetText(sections[i].title)
			c.Objects[1].(*widget.Icon).SetResource(sections[i].icon())
			n := ""
			if k := sections[i].kind; k != "" && w.counts != nil {
				n = thousands(w.counts.Total(k))
				if p := w.counts[k][dossier.Proposed]; p > 0 {
					n = fmt.Sprintf("%s · %s new", thousands(w.counts.Total(k)), thousands(p))
				}
			}
			c.Objects[2].(*widget.Label).SetText(n)
		})
	w.sidebar.OnSelected = func(i widget.ListItemID) {
		if i != w.current || w.searching() {
			w.tr.timed("open section", func() { w.showSection(i) })
		}
	}

	w.filter = widget.NewEntry()
	w.filter.SetPlaceHolder("Filter this list")
	w.filter.OnChanged = func(string) { w.debounce(w.reloadList) }
	w.status = widget.NewSelect([]string{"All", "Proposed", "Accepted", "Rejected"}, nil)
	w.status.SetSelected("All")
	w.status.OnChanged = func(string) { w.reloadList() }
	w.order = widget.NewSelect(sortOrders, nil)
	w.order.SetSelected(sortOwn)
	w.order.OnChanged = func(string) { w.reloadList() }
	w.tagFilter = widget.NewSelect([]string{allTags}, nil)
	w.tagFilter.SetSelected(allTags)
	w.tagFilter.OnChanged = func(string) { w.reloadList() }
	w.tagFilter.Hide() // until the dossier has tags
	w.bulk = widget.NewButtonWithIcon("Accept all shown", theme.ConfirmIcon(), w.acceptShown)
	w.add = widget.NewButtonWithIcon("Add", theme.ContentAddIcon(), func() { w.addItem(w.kind()) })
	w.listTitle = widget.NewLabel("")
	w.listTitle.TextStyle.Bold = true

	w.list = widget.NewList(func() int { return len(w.rows) }, newRowObject, func(i widget.ListItemID, o fyne.CanvasObject) {
		if i < len(w.rows) {
			updateRowObject(o, w.rows[i])
		}
	})
	w.list.OnSelected = w.onListSelected
	w.empty = container.NewCenter(widget.NewLabel(""))

	w.search = widget.NewEntry()
	w.search.SetPlaceHolder("Search the whole dossier: words, \"a phrase\", names…")
	w.search.ActionItem = widget.NewButtonWithIcon("", theme.ContentClearIcon(), func() { w.search.SetText("") })
	w.search.OnChanged = func(q string) {
		if strings.TrimSpace(q) == "" {
			w.runSearch(q) // at once: leaving the search is not typing
			return
		}
		w.debounce(func() { w.runSearch(w.search.Text) })
	}

	w.detail = container.NewStack()
	w.reader = newReader(w)
	w.detailScroll = container.NewVScroll(container.NewPadded(w.detail))
	w.detailTab = container.NewTabItemWithIcon("Details", theme.DocumentCreateIcon(), w.detailScroll)
	w.readerTab = container.NewTabItemWithIcon("Reader", theme.FileTextIcon(), w.reader.view)
	w.tabs = container.NewAppTabs(w.detailTab, w.readerTab)
	w.tabs.OnSelected = func(t *container.TabItem) {
		if t == w.readerTab {
			w.tr.timed("show reader", w.reader.render)
		}
	}

	w.listBar = container.NewVBox(
		container.NewBorder(nil, nil, w.listTitle, container.NewHBox(w.order, w.add, w.bulk)),
		container.NewBorder(nil, nil, nil, container.NewHBox(w.tagFilter, w.status), w.filter))
	middle := container.NewBorder(container.NewPadded(w.listBar), nil, nil, nil, container.NewStack(w.list, w.empty))
	l := w.savedLayout()
	w.listSplit = container.NewHSplit(middle, w.tabs)
	w.listSplit.Offset = l.list
	w.overview = newOverview(w)
	w.body = container.NewStack(w.listSplit)
	w.sideSplit = container.NewHSplit(container.NewPadded(w.sidebar), w.body)
	w.sideSplit.Offset = l.side

	// The notice floats over the bottom of the window, so showing it moves
	// nothing the user is looking at.
	w.noticeMsg = widget.NewLabel("")
	w.noticeMsg.Wrapping = fyne.TextWrapWord
	bg := canvas.NewRectangle(theme.Color(theme.ColorNameOverlayBackground))
	bg.CornerRadius = theme.InputRadiusSize()
	bg.StrokeColor = theme.Color(theme.ColorNameSeparator)
	bg.StrokeWidth = 1
	w.notice = container.NewStack(bg, container.NewPadded(container.NewBorder(nil, nil, widget.NewIcon(theme.InfoIcon()),
		widget.NewButtonWithIcon("", theme.CancelIcon(), func() { w.notice.Hide() }), w.noticeMsg)))
	w.notice.Hide()

	w.progress = widget.NewProgressBar()
	w.progText = widget.NewLabel("")
	w.busy = container.NewBorder(nil, nil, w.progText, nil, w.progress)
	w.busy.Hide()

	top := container.NewBorder(nil, nil, nil, container.NewHBox(
		widget.NewButtonWithIcon("Paste article", theme.ContentPasteIcon(), w.pasteArticle),
		widget.NewButtonWithIcon("Import", theme.FolderOpenIcon(), w.importFiles),
		widget.NewButtonWithIcon("Export", theme.DocumentSaveIcon(), func() { w.exportAs(".pdf") }),
	), w.search)
	floating := container.NewBorder(nil, container.NewPadded(w.notice), nil, nil)
	w.win.SetContent(container.NewBorder(container.NewPadded(top), w.busy, nil, nil, container.NewStack(w.sideSplit, floating)))
	w.win.Canvas().SetOnTypedKey(func(k *fyne.KeyEvent) {
		if k.Name == fyne.KeyEscape {
			w.escape()
		}
	})
}

func (w *MainWindow) onListSelected(i widget.ListItemID) {
	if w.quiet || i >= len(w.rows) || w.onHeader(i) {
		return
	}
	w.tr.timed("select item", func() {
		if w.rows[i].ref != w.sel {
			w.commitEdits()
		}
		w.sel, w.selIndex = w.rows[i].ref, i
		w.showItem(w.rows[i].ref, w.rows[i].prov)
	})
}

// showSection switches the middle and right panes to a section.
func (w *MainWindow) showSection(i int) {
	w.commitEdits()
	if w.searching() {
		w.search.SetText("") // leaves search mode; reloads below
	}
	w.current = i
	w.forget()
	w.sidebar.Select(i)
	if w.filter.Text != "" {
		w.filter.OnChanged = nil // one reload below is enough
		w.filter.SetText("")
		w.filter.OnChanged = func(string) { w.debounce(w.reloadList) }
	}
	// The old section's rows would be drawn once more for nothing.
	w.rows = nil
	w.list.Refresh()
	var view fyne.CanvasObject = w.listSplit
	if sections[i].kind == "" {
		view = w.overview.view
	} else {
		w.listTitle.SetText(sections[i].title)
	}
	if w.body.Objects[0] != view {
		w.body.Objects = []fyne.CanvasObject{view}
		w.body.Refresh()
	}
	w.load(w.kind() == "" || w.counts == nil) // the Overview shows the counts
}

func (w *MainWindow) kind() string { return sections[w.current].kind }

func (w *MainWindow) searching() bool { return strings.TrimSpace(w.search.Text) != "" }

// reload reads the counts and the section's items off the UI goroutine and
// shows them, keeping the selection.
func (w *MainWindow) reload() { w.load(true) }

// reloadList shows the list again, narrowed or sorted anew: the dossier
// has not changed, so the counts have not either.
func (w *MainWindow) reloadList() { w.load(false) }

func (w *MainWindow) load(counts bool) {
	w.loadSeq++
	seq := w.loadSeq
	kind, needle, status := w.kind(), w.filter.Text, w.statusFilter()
	tag := w.tagFilter.Selected
	if tag == allTags {
		tag = ""
	}
	order := w.order.Selected
	if counts {
		w.reloadCounts()
	}
	if kind == "" {
		return // the Overview shows the counts
	}
	s := w.sess
	background(w, "show list", func(st *dossier.Store) ([]row, error) {
		rows, err := s.lists.rows(st, kind)
		return shown(rows, needle, status, tag, order), err
	}, func(rows []row, err error) {
		if seq != w.loadSeq {
			return // a newer reload is on its way
		}
		if err != nil {
			w.showError(err)
			return
		}
		w.win.SetTitle(w.title())
		if !w.searching() {
			w.rows = rows
			w.list.Refresh()
			w.restoreSelection()
		}
		w.justShown = dossier.ItemRef{}
		w.updateEmpty()
		w.finishLoad()
	})
}

// reloadCounts reads how many items each section has, and the tags to
// filter by, apart from the list, which need not wait for them.
func (w *MainWindow) reloadCounts() {
	w.countSeq++
	seq := w.countSeq
	type result struct {
		counts dossier.Counts
		tags   []string
	}
	s := w.sess
	background(w, "show counts", func(st *dossier.Store) (result, error) {
		// Tallied from the lists when they are all kept and up to date:
		// reading them from the dossier takes 150 ms at 10,000 articles.
		counts, ok := dossier.Counts(nil), false
		if s.lists.check(st) == nil {
			counts, ok = s.lists.counts()
		}
		if !ok {
			var err error
			if counts, err = st.Counts(); err != nil {
				return result{}, err
			}
		}
		tags, err := st.AllTags()
		return result{counts, tags}, err
	}, func(r result, err error) {
		if seq != w.countSeq {
			return
		}
		if err != nil {
			w.showError(err)
			return
		}
		w.counts = r.counts
		w.showTags(r.tags)
		w.sidebar.Refresh()
		w.win.SetTitle(w.title())
		if w.kind() == "" && !w.searching() {
			w.overview.show(r.counts)
			w.finishLoad()
			return
		}
		w.updateEmpty()
	})
}

func (w *MainWindow) finishLoad() {
	if !w.opened {
		// Only a dossier that opened and showed its lists is reopened on
		// the next start: one that fails or hangs never becomes the one
		// every later start is stuck on.
		w.opened = true
		w.remember(w.st().Path())
		w.tr.opened(w.st().Path())
		w.prefetch()
	}
	if w.loaded != nil {
		w.loaded()
	}
}

// restoreSelection selects again the item that was selected (or, after a
// review action, the one after it) and refreshes the detail pane.
func (w *MainWindow) restoreSelection() {
	target, advance := w.sel, w.advance
	if w.want != (dossier.ItemRef{}) {
		target, advance = w.want, false
		w.want = dossier.ItemRef{}
	}
	w.advance = false
	idx := -1
	for i, r := range w.rows {
		if r.ref == target {
			idx = i
			break
		}
	}
	switch {
	case idx >= 0 && advance && idx+1 < len(w.rows):
		idx++
	case idx < 0 && advance && w.selIndex >= 0 && len(w.rows) > 0:
		idx = min(w.selIndex, len(w.rows)-1)
	}
	if idx < 0 {
		w.list.UnselectAll()
		w.sel, w.selIndex = dossier.ItemRef{}, -1
		w.clearDetail()
		return
	}
	w.sel, w.selIndex = w.rows[idx].ref, idx
	w.quiet = true
	w.list.Select(idx)
	w.quiet = false
	w.list.ScrollTo(idx)
	if w.rows[idx].ref == w.justShown {
		w.justShown = dossier.ItemRef{}
		return
	}
	w.showItem(w.rows[idx].ref, w.rows[idx].prov)
}

// openRef shows an item in its section's list, selected, with its detail:
// what a search hit, a link in the reader or a note's target does.
func (w *MainWindow) openRef(ref dossier.ItemRef) {
	if ref.Kind == dossier.KindDossier {
		w.showSection(0)
		return
	}
	w.want = ref
	i := sectionOf(ref.Kind)
	if w.current == i && !w.searching() {
		w.filter.SetText("")
		w.status.SetSelected("All")
		w.tagFilter.SetSelected(allTags)
		w.reload()
		return
	}
	w.status.SetSelected("All")
	w.tagFilter.SetSelected(allTags)
	w.showSection(i)
	w.want = ref // showSection cleared the selection, not the wish
}

func (w *MainWindow) statusFilter() dossier.Status {
	switch w.status.Selected {
	case "Proposed":
		return dossier.Proposed
	case "Accepted":
		return dossier.Accepted
	case "Rejected":
		return dossier.Rejected
	}
	return ""
}

func (w *MainWindow) title() string {
	return fmt.Sprintf("%s — Briefwright", display(strings.TrimSuffix(filepath.Base(w.st().Path()), ".dossier")))
}

// showError shows a failure in one sentence, names made safe to show.
func (w *MainWindow) showError(err error) {
	msg := display(err.Error())
	if r := []rune(msg); len(r) > 0 {
		msg = strings.ToUpper(string(r[0])) + string(r[1:])
	}
	if !strings.HasSuffix(msg, ".") {
		msg += "."
	}
	w.open(dialog.NewError(errors.New(msg), w.win))
}

// tell shows a message above the lists until it is closed or replaced.
func (w *MainWindow) tell(msg string) {
	w.noticeMsg.SetText(msg)
	w.notice.Show()
}

// acceptShown accepts every proposed item the list shows.
func (w *MainWindow) acceptShown() {
	var ids []int64
	for _, r := range w.rows {
		if r.status == dossier.Proposed && r.ref.Kind == w.kind() {
			ids = append(ids, r.ref.ID)
		}
	}
	if len(ids) == 0 {
		w.tell("Nothing to accept: no item in this list is still proposed.")
		return
	}
	kind := w.kind()
	noun := sections[w.current].title
	if len(ids) == 1 {
		noun = strings.TrimSuffix(noun, "s")
	}
	w.confirm("Accept all shown", fmt.Sprintf("Accept %s proposed %s?", thousands(len(ids)), strings.ToLower(noun)), func(ok bool) {
		if ok {
			rs := make([]dossier.ItemRef, len(ids))
			for i, id := range ids {
				rs[i] = dossier.ItemRef{Kind: kind, ID: id}
			}
			w.change("accept all shown", rs, func(st *dossier.Store) error { return st.SetStatus(kind, dossier.Accepted, ids...) })
		}
	})
}

// allTags is the tag filter's entry that filters nothing.
const allTags = "All tags"

// showTags offers the dossier's tags to filter by, once there are some.
func (w *MainWindow) showTags(tags []string) {
	opts := append([]string{allTags}, tags...)
	if !slices.Equal(opts, w.tagFilter.Options) {
		w.tagFilter.SetOptions(opts)
	}
	if len(tags) == 0 {
		w.tagFilter.Hide()
	} else {
		w.tagFilter.Show()
	}
}
