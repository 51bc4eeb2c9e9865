package ui

import (
	"fmt"
	"os"
	"sync"
	"time"
)

// EnvTrace, set to 1, makes the app report on stderr how long it took to
// open and every piece of UI-goroutine work that took longer than
// slowUI, so freezes can be measured on a real dossier.
const EnvTrace = "BRIEFWRIGHT_TRACE"

// slowUI is how long the UI goroutine may be busy before a trace reports it.
const slowUI = 30 * time.Millisecond

// started approximates the process start, for the time-to-open figure.
var started = time.Now()

// tracer times the work done on the UI goroutine: event handlers and the
// callbacks that bring results back from background work.
type tracer struct {
	print bool

	mu      sync.Mutex
	slowest time.Duration
	what    string
	count   int
}

func newTracer() *tracer { return &tracer{print: os.Getenv(EnvTrace) == "1"} }

// timed runs fn, which must be on the UI goroutine, and records its time.
func (t *tracer) timed(what string, fn func()) {
	t0 := time.Now()
	fn()
	d := time.Since(t0)
	t.mu.Lock()
	t.count++
	if d > t.slowest {
		t.slowest, t.what = d, what
	}
	t.mu.Unlock()
	if t.print && d > slowUI {
		fmt.Fprintf(os.Stderr, "briefwright: UI busy %v: %s\n", d.Round(time.Millisecond), what)
	}
}

// worst reports the slowest UI work so far and how many were timed.
func (t *tracer) worst() (time.Duration, string, int) {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.slowest, t.what, t.count
}

func (t *tracer) opened(path string) {
	if t.print {
		fmt.Fprintf(os.Stderr, "briefwright: opened %s in %v\n", path, time.Since(started).Round(time.Millisecond))
	}
}
