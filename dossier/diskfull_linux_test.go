package dossier

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
)

const fsizeEnv = "BRIEFWRIGHT_FSIZE_DOSSIER"

// TestFullDiskChild is the process TestFullDiskDuringCheckpoint runs: no
// file it writes may grow past a limit, as on a full disk, and it imports
// articles until one fails, then closes the dossier.
func TestFullDiskChild(t *testing.T) {
	path := os.Getenv(fsizeEnv)
	if path == "" {
		t.Skip("run by TestFullDiskDuringCheckpoint")
	}
	limit, err := strconv.ParseUint(os.Getenv(fsizeEnv+"_LIMIT"), 10, 64)
	check(t, err)
	signal.Ignore(syscall.SIGXFSZ) // a write past the limit fails instead
	check(t, syscall.Setrlimit(syscall.RLIMIT_FSIZE, &syscall.Rlimit{Cur: limit, Max: limit}))
	s, err := Open(path)
	check(t, err)
	added := 0
	for i := 100; i < 400; i++ {
		a, x := genArticle(i)
		if _, err := s.AddArticle(a, x); err != nil {
			fmt.Printf("failed: %v\n", err)
			break
		}
		added++
		// As if a second passed: the checkpoint that follows a write.
		s.wmu.Lock()
		s.checkpointNow()
		if s.pending {
			fmt.Printf("checkpoint skipped after article %d\n", added)
		}
		s.wmu.Unlock()
	}
	s.Close()
	fmt.Printf("added %d\n", added)
}

// With the disk full, neither the dossier file nor its log can grow. The
// store must stop copying the log into the file rather than leave the
// file half-updated: a copy of the file alone opens whole, and the file
// with its log holds every article the import reported added.
func TestFullDiskDuringCheckpoint(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a process")
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "full.dossier")
	s, _, _ := filledAt(t, path)
	check(t, s.Close())
	fi, err := os.Stat(path)
	check(t, err)
	limit := fi.Size() + 256<<10

	cmd := exec.Command(os.Args[0], "-test.run=^TestFullDiskChild$", "-test.count=1", "-test.v")
	cmd.Env = append(os.Environ(), fsizeEnv+"="+path, fmt.Sprintf("%s_LIMIT=%d", fsizeEnv, limit))
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Run(); err != nil {
		t.Fatalf("child: %v\n%s", err, out.String())
	}
	var added int
	for _, line := range strings.Split(out.String(), "\n") {
		if n, ok := strings.CutPrefix(line, "added "); ok {
			added, _ = strconv.Atoi(n)
		}
	}
	t.Logf("%d articles added before the disk was full (file limit %d KB)", added, limit>>10)
	if !strings.Contains(out.String(), "failed:") {
		t.Fatalf("the import never ran out of space:\n%s", out.String())
	}

	// The file alone.
	cp := filepath.Join(t.TempDir(), "copy.dossier")
	copyFile(t, path, cp)
	c, err := OpenReadOnly(cp)
	check(t, err)
	var res string
	check(t, c.r.QueryRow(`PRAGMA integrity_check`).Scan(&res))
	alone := len(must[[]Article](t)(c.Articles()))
	c.Close()
	if res != "ok" {
		t.Errorf("the file alone: integrity_check %q", res)
	}
	t.Logf("the file alone holds %d articles", alone)
	if !strings.Contains(out.String(), "checkpoint skipped") {
		t.Error("the file never stopped growing before the log did")
	}

	// The file with its log, once there is room again.
	if got := verifyWholeWith(t, path, added+2); got != added+2 {
		t.Errorf("file and log hold %d articles, want %d", got, added+2)
	}
}

// verifyWholeWith opens the dossier (applying its log) and counts its
// articles, checking integrity.
func verifyWholeWith(t *testing.T, path string, want int) int {
	t.Helper()
	s, err := Open(path)
	check(t, err)
	defer s.Close()
	var res string
	check(t, s.r.QueryRow(`PRAGMA integrity_check`).Scan(&res))
	if res != "ok" {
		t.Errorf("file and log: integrity_check %q", res)
	}
	return len(must[[]Article](t)(s.Articles()))
}
