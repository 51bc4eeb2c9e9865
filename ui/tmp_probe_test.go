package ui

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"github.com/briefwright/briefwright/dossier"
)

func BenchmarkProbe(b *testing.B) {
	w := benchWindow(b, benchDossier(b))
	act(w, func() { w.sidebar.Select(2) })
	t0 := time.Now()
	act(w, func() { w.sidebar.Select(3) })
	b.Logf("open quotes section total %v", time.Since(t0))
	t0 = time.Now()
	act(w, func() { w.sidebar.Select(2) })
	b.Logf("open actors section total %v", time.Since(t0))
	for k := 0; k < 5; k++ {
		ref := w.rows[k*len(w.rows)/5].ref
		d, err := loadDetail(w.st(), ref, dossier.Provenance{})
		if err != nil {
			b.Fatal(err)
		}
		w.uiMu.Lock()
		t0 := time.Now()
		ed := w.editorFor(d)
		t1 := time.Now()
		w.detail.Objects = []fyne.CanvasObject{ed}
		w.detail.Refresh()
		t2 := time.Now()
		w.uiMu.Unlock()
		b.Logf("%v mentions %d said %d: build %v refresh %v", ref, len(d.mentions), len(d.said), t1.Sub(t0), t2.Sub(t1))
	}
}
