package ui

import (
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/briefwright/briefwright/dossier"
)

// The benchmarks here measure the window on dossiers of 1,000 and 10,000
// generated articles (about 800 words each, with quotes, sources and
// dates, so some 20 items per article): how long it takes to open, and the
// longest time any step kept the UI goroutine busy, reported as max-ui-ms.
//
//	go test -run '^$' -bench . -benchtime 3x ./ui/

var (
	benchFirst  = []string{"Ana", "Luis", "María", "José", "Claudia", "Omar", "Rosa", "Pedro", "Elena", "Jorge", "Lucía", "Diego", "Sofía", "Ángel", "Marta", "Raúl"}
	benchLast   = []string{"García", "Morales", "Guzmán", "Trevilla", "Harfuch", "López", "Navarro", "Ruiz", "Ortega", "Castillo", "Mendoza", "Vega", "Ríos", "Salazar"}
	benchRoles  = []string{"the interior minister", "a senator", "the governor", "a spokesperson for the navy", "the mayor", "an analyst at the Wilson Center"}
	benchOut    = []string{"Reuters", "the Associated Press", "El Universal", "Milenio", "The New York Times", "Proceso", "Bloomberg"}
	benchMonths = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
	benchWords  = strings.Fields(`the officials said that a plan to expand security cooperation along the border was
		discussed during several meetings with regional authorities while analysts warned that any unilateral action
		could strain relations and complicate trade talks already under pressure from tariffs and migration disputes
		lawmakers in both capitals asked for briefings on the legal basis of the operations and on the intelligence
		behind them as residents described checkpoints patrols and sudden arrests in towns near the highway`)
)

// benchArticle writes article n of the generated set; the same n always
// gives the same text.
func benchArticle(n int) string {
	r := rand.New(rand.NewSource(int64(n) + 7))
	pick := func(xs []string) string { return xs[r.Intn(len(xs))] }
	filler := func(words int) string {
		ws := make([]string, words)
		for i := range ws {
			ws[i] = pick(benchWords)
		}
		s := strings.Join(ws, " ")
		return strings.ToUpper(s[:1]) + s[1:] + "."
	}
	var b strings.Builder
	fmt.Fprintf(&b, "Report %d on border security talks\n\n", n)
	people := make([]string, 4)
	for i := range people {
		people[i] = pick(benchFirst) + " " + pick(benchLast)
	}
	for p := 0; p < 12; p++ {
		switch p % 4 {
		case 0:
			fmt.Fprintf(&b, "%s, %s, said on %d %s 2025 that %s %s\n\n", people[p/4], pick(benchRoles), 1+r.Intn(28), pick(benchMonths), filler(25), filler(20))
		case 1:
			fmt.Fprintf(&b, "\"%s\" %s told reporters. %s\n\n", filler(14), strings.Fields(people[(p/4+1)%4])[1], filler(30))
		case 2:
			fmt.Fprintf(&b, "According to %s, %s %s\n\n", pick(benchOut), filler(30), filler(25))
		default:
			fmt.Fprintf(&b, "%s \"%s,\" said %s. It is unclear whether %s\n\n", filler(20), filler(12), people[(p/4+2)%4], filler(12))
		}
	}
	return b.String()
}

// benchDossier returns the path of a dossier of n generated articles,
// built once per run in a temporary folder (removed when the run ends).
// BRIEFWRIGHT_BENCH_DOSSIER_<n> names a file to keep and reuse instead, so
// the dossier can also be opened in the real app:
//
//	BRIEFWRIGHT_TRACE=1 briefwright open "$BRIEFWRIGHT_BENCH_DOSSIER_10000"
func benchDossier(b *testing.B, n int) string {
	path := os.Getenv(fmt.Sprintf("BRIEFWRIGHT_BENCH_DOSSIER_%d", n))
	if path == "" {
		path = filepath.Join(benchDir(b), fmt.Sprintf("bench-%d.dossier", n))
	}
	if st, err := dossier.OpenExisting(path); err == nil {
		c, err := st.Counts()
		st.Close()
		if err == nil && c.Total(dossier.KindArticle) == n && c.Total(dossier.KindEvent) >= 10*n {
			return path
		}
	}
	os.Remove(path)
	tmp := path + ".building"
	os.Remove(tmp)
	st, err := dossier.Open(tmp)
	if err != nil {
		b.Fatal(err)
	}
	t0 := time.Now()
	for i := 0; i < n; i++ {
		id, err := st.ImportText(benchArticle(i), dossier.ArticleMeta{Outlet: pick(i, benchOut), Published: fmt.Sprintf("2025-%02d-%02d", 1+i%12, 1+i%28)})
		if err != nil {
			b.Fatal(err)
		}
		if err := addBenchItems(st, id, i); err != nil {
			b.Fatal(err)
		}
	}
	c, _ := st.Counts()
	st.Close()
	if err := os.Rename(tmp, path); err != nil {
		b.Fatal(err)
	}
	os.Remove(tmp + "-wal")
	os.Remove(tmp + "-shm")
	b.Logf("built %s in %v: %d actors, %d quotes, %d sources, %d questions, %d events", path, time.Since(t0).Round(time.Millisecond),
		c.Total(dossier.KindActor), c.Total(dossier.KindQuote), c.Total(dossier.KindSource), c.Total(dossier.KindQuestion), c.Total(dossier.KindEvent))
	return path
}

var (
	benchDirOnce sync.Once
	benchDirPath string
)

// benchDir is the run's temporary folder for generated dossiers.
func benchDir(b *testing.B) string {
	benchDirOnce.Do(func() {
		d, err := os.MkdirTemp("", "briefwright-bench-")
		if err != nil {
			b.Fatal(err)
		}
		benchDirPath = d
	})
	return benchDirPath
}

func TestMain(m *testing.M) {
	code := m.Run()
	if benchDirPath != "" {
		os.RemoveAll(benchDirPath)
	}
	os.Exit(code)
}

func pick(i int, xs []string) string { return xs[i%len(xs)] }

// addBenchItems adds to article id the items extraction does not propose
// (yet) in the generated text, as a user would by hand, so the dossier
// holds some 20,000 items of every kind: a source, three questions and
// ten events per article, each placed in a paragraph.
func addBenchItems(st *dossier.Store, id int64, n int) error {
	r, err := st.Reading(id)
	if err != nil {
		return err
	}
	at := func(k int) dossier.Provenance {
		p := r.Paragraphs[k%len(r.Paragraphs)]
		return dossier.Provenance{ArticleID: id, Paragraph: p.Index, Start: p.Start, End: min(p.End, p.Start+40)}
	}
	if _, err := st.AddSource(dossier.Source{Name: fmt.Sprintf("Field report %d", n), Kind: "document",
		Citations: []dossier.Citation{{Relation: "according_to", Prov: at(2)}}}); err != nil {
		return err
	}
	for k := 0; k < 3; k++ {
		if _, err := st.AddQuestion(dossier.Question{Text: fmt.Sprintf("Will the talks of report %d reach point %d?", n, k), Prov: at(3 + 4*k)}); err != nil {
			return err
		}
	}
	for k := 0; k < 10; k++ {
		if _, err := st.AddEvent(dossier.Event{When: fmt.Sprintf("%d %s 2025", 1+k, benchMonths[(n+k)%12]),
			Value: fmt.Sprintf("2025-%02d-%02d", 1+(n+k)%12, 1+k), Text: fmt.Sprintf("Meeting %d of report %d", k, n), Prov: at(k)}); err != nil {
			return err
		}
	}
	return nil
}

// benchWindow opens the window of a test app on the big dossier.
func benchWindow(b *testing.B, path string) *MainWindow {
	a := test.NewTempApp(b)
	a.Settings().SetTheme(newTheme())
	st, err := dossier.OpenExisting(path)
	if err != nil {
		b.Fatal(err)
	}
	w := NewWindow(a, st, "bench")
	w.settle()
	w.win.Resize(fyne.NewSize(1300, 900))
	w.win.Show()
	w.settle()
	b.Cleanup(func() {
		w.settle()
		w.win.Close()
		st.Close()
	})
	return w
}

func reportUI(b *testing.B, w *MainWindow) {
	s := w.tr.summary()
	ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
	b.ReportMetric(ms(s.wallMax), "max-ui-ms")
	b.ReportMetric(ms(s.cpuMax), "max-ui-cpu-ms")
	b.ReportMetric(ms(s.wall95), "p95-ui-ms")
	b.Logf("%d UI steps: 95%% under %v (CPU %v); slowest %q %v, by CPU %q %v", s.n,
		s.wall95.Round(time.Millisecond), s.cpu95.Round(time.Millisecond),
		s.wallWhat, s.wallMax.Round(time.Millisecond), s.cpuWhat, s.cpuMax.Round(time.Millisecond))
}

// BenchmarkOpen1000 opens the window on the dossier until its first list
// is shown.
func BenchmarkOpen1000(b *testing.B) {
	path := benchDossier(b, 1000)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		w := benchWindow(b, path)
		if i == b.N-1 {
			reportUI(b, w)
		}
	}
}

// BenchmarkBrowse1000 goes through every section, chooses items, reads one
// in the reader, filters, searches and accepts, as a user would; one op is
// the whole walk.
func BenchmarkBrowse1000(b *testing.B) {
	path := benchDossier(b, 1000)
	w := benchWindow(b, path)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for s := range sections {
			act(w, func() { w.sidebar.Select(s) })
			for k := 0; k < 5 && k < len(w.rows); k++ {
				act(w, func() { w.list.Select(k * len(w.rows) / 5) })
			}
			if s == sectionOf(dossier.KindQuote) {
				act(w, func() { w.tabs.Select(w.readerTab) })
				act(w, func() { w.tabs.Select(w.detailTab) })
				act(w, func() { w.status.SetSelected("Proposed") })
				typeIn(w, w.filter, "the")
				act(w, func() { w.filter.SetText("") })
				act(w, func() { w.status.SetSelected("All") })
			}
		}
		for _, q := range []string{"Guzmán", "border security", "Reuters"} {
			act(w, func() { w.search.SetText(q) })
			if len(w.rows) > 0 {
				act(w, func() { w.list.Select(0) })
			}
		}
		act(w, func() { w.search.SetText("") })
	}
	b.StopTimer()
	reportUI(b, w)
}

// BenchmarkBuild10000 only builds the 10,000-article dossier (to keep it
// with BRIEFWRIGHT_BENCH_DOSSIER_10000 for later runs).
func BenchmarkBuild10000(b *testing.B) {
	for i := 0; i < b.N; i++ {
		benchDossier(b, 10000)
	}
}

// BenchmarkActions10000 times what a user does on a dossier of 10,000
// articles: each sub-benchmark's ns/op is the time until the result is
// shown (filter and search counting from the last key, so including the
// typing pause), and max-ui-ms the longest the UI goroutine was held by
// any one step of it. The dossier takes some twenty minutes to build:
//
//	go test -run '^$' -bench Actions10000 -benchtime 5x -timeout 2h ./ui/
func BenchmarkActions10000(b *testing.B) {
	path := benchDossier(b, 10000)
	w := benchWindow(b, path)
	section := func(kind string) {
		act(w, func() { w.sidebar.Select(sectionOf(kind)) })
	}
	// step runs one user action as the UI goroutine would: the event
	// handler timed like the app's own.
	step := func(what string, fn func()) { act(w, func() { w.tr.timed(what, fn) }) }
	var bb *testing.B // the sub-benchmark running, for actions to pause its timer
	run := func(name string, setup func(), action func(i int)) {
		b.Run(name, func(b *testing.B) {
			bb = b
			if setup != nil {
				setup()
			}
			var worst, worstCPU time.Duration
			var worstWhat string
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				m := w.tr.mark()
				action(i)
				d, cpu, what := w.tr.slowestSince(m)
				if d > worst {
					worst, worstWhat = d, what
				}
				worstCPU = max(worstCPU, cpu)
			}
			b.StopTimer()
			b.ReportMetric(float64(worst.Microseconds())/1000, "max-ui-ms")
			b.ReportMetric(float64(worstCPU.Microseconds())/1000, "max-ui-cpu-ms")
			var ms runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&ms)
			b.ReportMetric(float64(ms.HeapAlloc)/(1<<20), "heap-MB")
			b.Logf("%d rows shown; slowest UI step %q %v (CPU at most %v)", len(w.rows), worstWhat, worst.Round(time.Millisecond), worstCPU.Round(time.Millisecond))
		})
	}
	var nextShown time.Duration
	kinds := []string{dossier.KindQuote, dossier.KindActor, dossier.KindEvent, dossier.KindSource, dossier.KindQuestion, dossier.KindArticle}
	run("section-switch", nil, func(i int) {
		step("open section", func() { w.sidebar.Select(sectionOf(kinds[i%len(kinds)])) })
	})
	run("choose-item", func() { section(dossier.KindQuote) }, func(i int) {
		step("select item", func() { w.list.Select((i * 7919) % len(w.rows)) })
	})
	// Each time other words, so every step changes what is typed.
	words := []string{"border", "talks", "security", "officials", "trade", "cooperation", "migration"}
	typed := 0
	run("filter", func() { section(dossier.KindQuote) }, func(i int) {
		typed++
		step("filter typed", func() { w.filter.SetText(words[typed%len(words)]) })
	})
	run("search", func() { act(w, func() { w.filter.SetText("") }) }, func(i int) {
		typed++
		step("search typed", func() { w.search.SetText(words[typed%len(words)] + " " + benchLast[typed%len(benchLast)]) })
	})
	run("accept-next", func() {
		act(w, func() { w.search.SetText("") })
		section(dossier.KindQuote)
		act(w, func() { w.status.SetSelected("Proposed") })
		act(w, func() { w.list.Select(len(w.rows) / 2) })
	}, func(i int) {
		// Besides the time until all is done (list and counts), the time
		// until the next item is shown, which is what the user waits for.
		next := w.rows[w.selIndex+1].ref
		t0 := time.Now()
		var seen time.Duration
		w.loaded = func() {
			if seen == 0 && w.shown != nil && w.shown.ref == next {
				seen = time.Since(t0)
			}
		}
		step("accept", func() { w.review(dossier.Accepted) })
		w.loaded = nil
		if i == 0 {
			nextShown = 0 // each run of the sub-benchmark on its own
		}
		nextShown = max(nextShown, seen)
		bb.ReportMetric(float64(nextShown.Microseconds())/1000, "max-next-shown-ms")
	})
	run("merge", func() {
		act(w, func() { w.status.SetSelected("All") })
		section(dossier.KindActor)
	}, func(i int) {
		// Merge the least mentioned actor into the most mentioned one,
		// through the picker as the user would; the time is the merge's,
		// from the click on Choose.
		bb.StopTimer()
		n := len(w.rows)
		act(w, func() { w.list.Select(n - 1) })
		into := w.rows[0]
		merge := button(b, w, "Merge into another actor")
		act(w, func() { test.Tap(merge) })
		typeIn(w, w.lastPicker.filter, into.title)
		choose := button(b, w, "Choose")
		bb.StartTimer()
		step("choose", func() { test.Tap(choose) })
	})
	run("undo", nil, func(i int) {
		step("undo", w.undo)
	})
	run("sort", func() { section(dossier.KindQuote) }, func(i int) {
		step("sort", func() { w.order.SetSelected(sortOrders[(i+1)%len(sortOrders)]) })
	})
	run("jump-to", func() {
		act(w, func() { w.order.SetSelected(sortOwn) })
		section(dossier.KindQuote)
	}, func(i int) {
		step("jump", func() {
			if r := w.findRow(benchFirst[i%len(benchFirst)]+" "+benchLast[i%len(benchLast)], w.selIndex+1); r >= 0 {
				w.list.Select(r)
				w.list.ScrollTo(r)
			}
		})
	})
}

// BenchmarkLoadRows10000 reads the longest lists as the window does,
// off the UI goroutine, to see where a list's time goes.
func BenchmarkLoadRows10000(b *testing.B) {
	st, err := dossier.OpenExisting(benchDossier(b, 10000))
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	for _, k := range []string{dossier.KindQuote, dossier.KindQuestion, dossier.KindEvent, dossier.KindActor, dossier.KindSource, dossier.KindArticle} {
		b.Run(k, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				if _, err := newListCache().rows(st, k); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
	b.Run("counts", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			if _, err := st.Counts(); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// mark is where the steps recorded so far end, for slowestSince.
func (t *tracer) mark() int {
	t.mu.Lock()
	defer t.mu.Unlock()
	return len(t.steps)
}

// slowestSince is the longest step recorded after mark by wall time, what
// it was, and the longest by CPU time.
func (t *tracer) slowestSince(mark int) (wall, cpu time.Duration, what string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	for _, s := range t.steps[min(mark, len(t.steps)):] {
		if s.wall > wall {
			wall, what = s.wall, s.what
		}
		cpu = max(cpu, s.cpu)
	}
	return wall, cpu, what
}
