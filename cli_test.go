package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// The CLI tests run the real binary, as scripts do: exit codes and stderr
// are part of the contract.
var binary string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "briefwright-cli-")
	if err != nil {
		panic(err)
	}
	binary = filepath.Join(dir, "briefwright")
	// The same tags as the Makefile, so the test also works when run alone.
	build := exec.Command("go", "build", "-tags=sqlite_fts5", "-o", binary, ".")
	build.Stderr = os.Stderr
	if err := build.Run(); err != nil {
		panic("building the binary failed: " + err.Error())
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// bw runs the binary in dir and returns stdout, stderr and the exit code.
func bw(t *testing.T, dir string, args ...string) (string, string, int) {
	t.Helper()
	cmd := exec.Command(binary, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "BRIEFWRIGHT_DATA="+filepath.Join(dir, "data"))
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("running %v: %v", args, err)
	}
	return out.String(), errb.String(), code
}

const article = `Council approves new harbour plan

The city council approved a plan on Tuesday to rebuild the old harbour, according to the Harbour Gazette.

"This is the most important decision we have taken in a decade," said Mayor Elena Ruiz, who proposed the plan.

Opposition leader Tom Baker warned that the cost "could double before the work is done." It is not yet clear whether the regional government will contribute.`

func writeFile(t *testing.T, dir, name, text string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func sum(t *testing.T, path string) [32]byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return sha256.Sum256(b)
}

func TestVersionAndUsage(t *testing.T) {
	dir := t.TempDir()
	out, _, code := bw(t, dir, "-version")
	if code != 0 || out != "briefwright "+Version+"\n" {
		t.Errorf("-version: code %d, out %q", code, out)
	}
	_, errOut, code := bw(t, dir, "frobnicate")
	if code != 2 || !strings.Contains(errOut, `unknown command "frobnicate"`) {
		t.Errorf("unknown command: code %d, stderr %q", code, errOut)
	}
	_, errOut, code = bw(t, dir, "import", "a.txt")
	if code != 2 || !strings.Contains(errOut, "-dossier") {
		t.Errorf("import without -dossier: code %d, stderr %q", code, errOut)
	}
}

func TestExtractJSON(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "a.txt", article)
	b := writeFile(t, dir, "b.md", "---\ntitle: Second\n---\n\n"+strings.ReplaceAll(article, "Council approves new harbour plan", "Harbour, again"))
	out, errOut, code := bw(t, dir, "extract", "-json", a)
	if code != 0 {
		t.Fatalf("extract: code %d, stderr %q", code, errOut)
	}
	var x struct {
		File    string
		Article struct{ Title string }
		Quotes  []struct{ Text, Speaker string }
	}
	if err := json.Unmarshal([]byte(out), &x); err != nil {
		t.Fatalf("extract -json of one file is not one JSON object: %v\n%s", err, out)
	}
	if x.File != a || x.Article.Title != "Council approves new harbour plan" {
		t.Errorf("file %q, title %q", x.File, x.Article.Title)
	}
	out, _, code = bw(t, dir, "extract", "-json", a, b)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if code != 0 || len(lines) != 2 {
		t.Fatalf("two files: code %d, %d lines", code, len(lines))
	}
	for i, l := range lines {
		if err := json.Unmarshal([]byte(l), &x); err != nil || x.File != []string{a, b}[i] {
			t.Errorf("line %d: %v, file %q", i, err, x.File)
		}
	}
}

func TestImportExportRoundTrip(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "a.txt", article)
	d := filepath.Join(dir, "d.dossier")
	out, errOut, code := bw(t, dir, "import", "-dossier", d, a)
	if code != 0 || !strings.Contains(out, "added as article 1") {
		t.Fatalf("import: code %d, out %q, stderr %q", code, out, errOut)
	}
	// The same text again is reported and adds nothing.
	_, errOut, code = bw(t, dir, "import", "-dossier", d, a)
	if code != 0 || !strings.Contains(errOut, "already in the dossier") {
		t.Errorf("duplicate: code %d, stderr %q", code, errOut)
	}
	js := filepath.Join(dir, "d.json")
	if _, errOut, code = bw(t, dir, "export", "-dossier", d, "-o", js); code != 0 {
		t.Fatalf("export: code %d, stderr %q", code, errOut)
	}
	b, err := os.ReadFile(js)
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(string(b), "Council approves new harbour plan"); n < 1 {
		t.Errorf("exported JSON lacks the article title:\n%s", b)
	}
	if strings.Count(string(b), "most important decision") < 1 {
		t.Errorf("exported JSON lacks the article text")
	}
	md := filepath.Join(dir, "d.md")
	if _, errOut, code = bw(t, dir, "export", "-dossier", d, "-o", md); code != 0 {
		t.Fatalf("export md: code %d, stderr %q", code, errOut)
	}
	_, errOut, code = bw(t, dir, "export", "-dossier", filepath.Join(dir, "missing.dossier"), "-o", js)
	if code == 0 || !strings.Contains(errOut, "missing.dossier") {
		t.Errorf("export of a missing dossier: code %d, stderr %q", code, errOut)
	}
	if _, err := os.Stat(filepath.Join(dir, "missing.dossier")); err == nil {
		t.Errorf("export created the missing dossier")
	}
}

// Bad input gets one sentence naming the file, a non-zero exit, and leaves
// the dossier byte-identical.
func TestImportBadFilesLeaveDossierUntouched(t *testing.T) {
	dir := t.TempDir()
	d := filepath.Join(dir, "d.dossier")
	if _, errOut, code := bw(t, dir, "import", "-dossier", d, writeFile(t, dir, "a.txt", article)); code != 0 {
		t.Fatalf("import: %s", errOut)
	}
	before := sum(t, d)

	png := []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\x00\x01\x00\x00\x05\x00\x01\r\n-\xb4\x00\x00\x00\x00IEND\xaeB`\x82")
	big := filepath.Join(dir, "big.txt")
	f, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	line := strings.Repeat("word ", 200) + "\n"
	for written := 0; written < 30<<20; written += len(line) {
		f.WriteString(line)
	}
	f.Close()
	if err := os.Mkdir(filepath.Join(dir, "folder"), 0o755); err != nil {
		t.Fatal(err)
	}
	cases := map[string]string{
		"image":     writeFile(t, dir, "photo.png", string(png)),
		"empty":     writeFile(t, dir, "empty.txt", ""),
		"oversized": big,
		"directory": filepath.Join(dir, "folder"),
		"missing":   filepath.Join(dir, "nowhere.txt"),
	}
	for name, path := range cases {
		t.Run(name, func(t *testing.T) {
			_, errOut, code := bw(t, dir, "import", "-dossier", d, path)
			if code == 0 {
				t.Errorf("exit code 0")
			}
			lines := strings.Split(strings.TrimSpace(errOut), "\n")
			if len(lines) != 1 || !strings.Contains(errOut, filepath.Base(path)) {
				t.Errorf("want one line naming %s, got %q", filepath.Base(path), errOut)
			}
			if strings.Contains(errOut, "goroutine") || strings.Contains(errOut, "panic") {
				t.Errorf("stack trace on stderr: %q", errOut)
			}
			if sum(t, d) != before {
				t.Errorf("the dossier changed")
			}
		})
	}
}

func TestOpenRefusesNonDossier(t *testing.T) {
	dir := t.TempDir()
	p := writeFile(t, dir, "notes.dossier", "just some notes\n")
	before := sum(t, p)
	js := filepath.Join(dir, "x.json")
	_, errOut, code := bw(t, dir, "export", "-dossier", p, "-o", js)
	if code == 0 || !strings.Contains(errOut, "notes.dossier") || !strings.Contains(errOut, "not a Briefwright dossier") {
		t.Errorf("code %d, stderr %q", code, errOut)
	}
	if sum(t, p) != before {
		t.Errorf("the file changed")
	}
}

func TestBriefWritesPDF(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "a.txt", article)
	out := filepath.Join(dir, "brief.pdf")
	_, errOut, code := bw(t, dir, "brief", a, "-o", out, "-date", "2025-01-02")
	if code != 0 {
		t.Fatalf("brief: code %d, stderr %q", code, errOut)
	}
	b, err := os.ReadFile(out)
	if err != nil || !bytes.HasPrefix(b, []byte("%PDF-")) {
		t.Fatalf("no PDF written: %v", err)
	}
	// Same input, same date: same bytes.
	out2 := filepath.Join(dir, "brief2.pdf")
	if _, errOut, code = bw(t, dir, "brief", a, "-o", out2, "-date", "2025-01-02"); code != 0 {
		t.Fatalf("brief again: %s", errOut)
	}
	if sum(t, out) != sum(t, out2) {
		t.Errorf("brief is not deterministic with a fixed -date")
	}
}

// A briefing from some good and some bad files holds the good ones, names
// each bad one, and exits 1 so a script notices, as import does.
func TestBriefWithABadFileExitsOne(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "a.txt", article)
	out := filepath.Join(dir, "brief.md")
	_, errOut, code := bw(t, dir, "brief", a, filepath.Join(dir, "missing.txt"), "-o", out)
	if code != 1 {
		t.Errorf("brief with a missing file: code %d, want 1", code)
	}
	if !strings.Contains(errOut, "missing.txt") {
		t.Errorf("stderr does not name the missing file: %q", errOut)
	}
	if _, err := os.Stat(out); err != nil {
		t.Errorf("no briefing written for the good file: %v", err)
	}
}
