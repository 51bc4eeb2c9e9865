package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/briefwright/briefwright/dossier/extract"
)

// TestExtractManyKeepsOrder extracts many files at once (on every core)
// and checks the JSON lines come in the order given, with each bad file
// reported on stderr and the rest still printed.
func TestExtractManyKeepsOrder(t *testing.T) {
	dir := t.TempDir()
	var args, want []string
	for i := range 40 {
		if i%13 == 7 {
			missing := filepath.Join(dir, fmt.Sprintf("missing%d.txt", i))
			args = append(args, missing)
			continue
		}
		f := writeFile(t, dir, fmt.Sprintf("a%02d.txt", i), fmt.Sprintf("Article %d\n\n%s", i, article))
		args = append(args, f)
		want = append(want, f)
	}
	out, errOut, code := bw(t, dir, append([]string{"extract", "-json"}, args...)...)
	if code == 0 {
		t.Errorf("missing files gave exit status 0")
	}
	if n := strings.Count(errOut, "missing"); n != 3 {
		t.Errorf("stderr names %d missing files, want 3:\n%s", n, errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != len(want) {
		t.Fatalf("%d JSON lines, want %d", len(lines), len(want))
	}
	for i, l := range lines {
		var x struct{ File string }
		if err := json.Unmarshal([]byte(l), &x); err != nil || x.File != want[i] {
			t.Fatalf("line %d: %v, file %q, want %q", i, err, x.File, want[i])
		}
	}
}

func TestExtractInOrderStopsAtFirstError(t *testing.T) {
	dir := t.TempDir()
	var files []string
	for i := range 20 {
		files = append(files, writeFile(t, dir, fmt.Sprintf("a%02d.txt", i), article))
	}
	stop := errors.New("stop")
	var seen []string
	err := extractInOrder(files, func(x *extract.Extraction, err error) error {
		if err != nil {
			t.Fatal(err)
		}
		seen = append(seen, x.File)
		if len(seen) == 5 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || len(seen) != 5 {
		t.Fatalf("err %v after %d files", err, len(seen))
	}
	for i, f := range seen {
		if f != files[i] {
			t.Errorf("file %d is %q, want %q", i, f, files[i])
		}
	}
}
