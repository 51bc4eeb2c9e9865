package ui

import (
	"fmt"
	"os"
	"runtime"
	"sort"
	"sync"
	"time"
)

// EnvTrace, set to 1, makes the app report on stderr how long it took to
// open and every piece of UI-goroutine work that took longer than slowUI,
// so freezes can be measured on a real dossier.
const EnvTrace = "BRIEFWRIGHT_TRACE"

// slowUI is how long the UI goroutine may be busy before a trace reports it.
const slowUI = 30 * time.Millisecond

// started approximates the process start, for the time-to-open figure.
var started = time.Now()

// tracer times the work done on the UI goroutine: event handlers and the
// callbacks that bring results back from background work. It records the
// wall time, which the user feels, and the CPU time of the thread, which
// does not count the time other programs held the processor.
type tracer struct {
	print bool

	mu    sync.Mutex
	steps []step
}

type step struct {
	what      string
	wall, cpu time.Duration
}

func newTracer() *tracer { return &tracer{print: os.Getenv(EnvTrace) == "1"} }

// timed runs fn, which must be on the UI goroutine, and records its time.
func (t *tracer) timed(what string, fn func()) {
	runtime.LockOSThread() // the thread's CPU clock must be this one's
	defer runtime.UnlockOSThread()
	c0, cok := threadCPU()
	t0 := time.Now()
	fn()
	s := step{what: what, wall: time.Since(t0)}
	if c1, ok := threadCPU(); ok && cok {
		s.cpu = time.Duration(c1 - c0)
	}
	t.mu.Lock()
	t.steps = append(t.steps, s)
	t.mu.Unlock()
	if t.print && s.wall > slowUI {
		fmt.Fprintf(os.Stderr, "briefwright: UI busy %v (CPU %v): %s\n", s.wall.Round(time.Millisecond), s.cpu.Round(time.Millisecond), what)
	}
}

// summary describes the steps timed so far: how many, the 95th percentile
// and the slowest, by wall and by CPU time.
type summary struct {
	n                 int
	wall95, cpu95     time.Duration
	wallMax, cpuMax   time.Duration
	wallWhat, cpuWhat string
}

func (t *tracer) summary() summary {
	t.mu.Lock()
	steps := append([]step(nil), t.steps...)
	t.mu.Unlock()
	s := summary{n: len(steps)}
	if len(steps) == 0 {
		return s
	}
	p95 := func(key func(step) time.Duration) (time.Duration, time.Duration, string) {
		sort.Slice(steps, func(i, j int) bool { return key(steps[i]) < key(steps[j]) })
		last := steps[len(steps)-1]
		return key(steps[len(steps)*95/100]), key(last), last.what
	}
	s.wall95, s.wallMax, s.wallWhat = p95(func(x step) time.Duration { return x.wall })
	s.cpu95, s.cpuMax, s.cpuWhat = p95(func(x step) time.Duration { return x.cpu })
	return s
}

func (t *tracer) opened(path string) {
	if t.print {
		fmt.Fprintf(os.Stderr, "briefwright: opened %s in %v\n", path, time.Since(started).Round(time.Millisecond))
	}
}
