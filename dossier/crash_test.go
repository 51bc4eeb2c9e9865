package dossier

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

const (
	crashEnv      = "BRIEFWRIGHT_CRASH_DOSSIER"
	crashArticles = 500
)

// TestCrashChild is the process TestKillDuringImport kills: it imports the
// generated articles into the dossier named by the environment, skipping
// those a previous run already committed.
func TestCrashChild(t *testing.T) {
	path := os.Getenv(crashEnv)
	if path == "" {
		t.Skip("run by TestKillDuringImport")
	}
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for n := 0; n < crashArticles; n++ {
		a, x := genArticle(n)
		var dup *DuplicateError
		if _, err := s.AddArticle(a, x); err != nil && !errors.As(err, &dup) {
			t.Fatal(err)
		}
	}
}

// TestKillDuringImport kills an importing process (SIGKILL) at random
// moments, resumes it each time, and checks after every kill that the
// dossier opens, passes SQLite's integrity checks and holds only whole
// articles.
func TestKillDuringImport(t *testing.T) {
	if testing.Short() {
		t.Skip("starts processes")
	}
	path := filepath.Join(t.TempDir(), "crash.dossier")
	seed := time.Now().UnixNano()
	t.Logf("seed %d", seed)
	r := rand.New(rand.NewSource(seed))
	for round := 0; ; round++ {
		last := round == 6
		cmd := exec.Command(os.Args[0], "-test.run=^TestCrashChild$", "-test.count=1")
		cmd.Env = append(os.Environ(), crashEnv+"="+path)
		out := &strings.Builder{}
		cmd.Stdout, cmd.Stderr = out, out
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		if last {
			if err := cmd.Wait(); err != nil {
				t.Fatalf("final import: %v\n%s", err, out)
			}
		} else {
			// The first kill may come while the file is being created.
			wait := time.Duration(10+r.Intn(600)) * time.Millisecond
			if round == 0 {
				wait = time.Duration(r.Intn(60)) * time.Millisecond
			}
			time.Sleep(wait)
			cmd.Process.Kill()
			err := cmd.Wait()
			if err == nil {
				t.Logf("round %d: the import finished before the kill", round)
			} else if !strings.Contains(err.Error(), "killed") {
				t.Fatalf("round %d: child failed: %v\n%s", round, err, out)
			}
		}
		n := verifyWhole(t, path)
		t.Logf("round %d: %d whole articles", round, n)
		if last {
			if n != crashArticles {
				t.Errorf("after the last run: %d articles, want %d", n, crashArticles)
			}
			return
		}
	}
}

// verifyWhole opens the dossier and checks every article in it is whole;
// it returns the number of articles. A dossier never created is empty.
func verifyWhole(t *testing.T, path string) int {
	t.Helper()
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		return 0
	}
	s, err := OpenExisting(path)
	if err != nil {
		t.Fatalf("open after kill: %v", err)
	}
	defer s.Close()
	var res string
	if err := s.r.QueryRow(`PRAGMA integrity_check`).Scan(&res); err != nil || res != "ok" {
		t.Fatalf("integrity_check = %q, %v", res, err)
	}
	for _, table := range []string{"paragraphs_fts", "quotes_fts", "actors_fts", "sources_fts", "questions_fts", "events_fts", "notes_fts"} {
		if _, err := s.w.Exec(`INSERT INTO ` + table + `(` + table + `) VALUES ('integrity-check')`); err != nil {
			t.Errorf("%s integrity-check: %v", table, err)
		}
	}
	arts, err := s.Articles()
	if err != nil {
		t.Fatal(err)
	}
	count := func(q string, id int64) int {
		var n int
		if err := s.r.QueryRow(q, id).Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	for _, a := range arts {
		var n int
		f := strings.Fields(a.Title)
		if len(f) > 2 {
			n, err = strconv.Atoi(f[2])
		}
		if len(f) <= 2 || err != nil {
			t.Fatalf("unexpected article %q", a.Title)
		}
		want, x := genArticle(n)
		full, err := s.Article(a.ID)
		if err != nil {
			t.Fatal(err)
		}
		sum := sha256.Sum256([]byte(full.Text))
		if full.Text != want.Text || a.SHA256 != hex.EncodeToString(sum[:]) {
			t.Errorf("article %d: text or digest differs", n)
		}
		m, q, c, qu, e := genItems(x)
		got := []int{
			count(`SELECT count(*) FROM mentions WHERE article_id = ?`, a.ID),
			count(`SELECT count(*) FROM quotes WHERE article_id = ?`, a.ID),
			count(`SELECT count(*) FROM citations WHERE article_id = ?`, a.ID),
			count(`SELECT count(*) FROM questions WHERE article_id = ?`, a.ID),
			count(`SELECT count(*) FROM events WHERE article_id = ?`, a.ID),
		}
		if want := []int{m, q, c, qu, e}; !slices.Equal(got, want) {
			t.Errorf("article %d holds mentions, quotes, citations, questions, events %v, want %v", n, got, want)
		}
	}
	return len(arts)
}
