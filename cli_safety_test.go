package main

import (
	"bytes"
	"encoding/json"
	"html"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
)

// Every subcommand explains itself for -h, -help and --help, on standard
// output, with exit status 0, wherever the option stands.
func TestHelpForEveryCommand(t *testing.T) {
	dir := t.TempDir()
	for _, cmd := range []string{"open", "demo", "extract", "import", "export", "brief"} {
		for _, h := range [][]string{{"-h"}, {"-help"}, {"--help"}, {"a.txt", "-help"}} {
			args := append([]string{cmd}, h...)
			t.Run(strings.Join(args, " "), func(t *testing.T) {
				out, errOut, code := bw(t, dir, args...)
				if code != 0 || errOut != "" {
					t.Errorf("code %d, stderr %q", code, errOut)
				}
				if !strings.HasPrefix(out, "usage: briefwright "+cmd) {
					t.Errorf("no usage on stdout: %q", out)
				}
			})
		}
	}
	out, _, code := bw(t, dir, "-help")
	if code != 0 || !strings.Contains(out, "briefwright import -dossier FILE ARTICLE...") {
		t.Errorf("briefwright -help: code %d, %q", code, out)
	}
}

// A mistake on the command line is one sentence on stderr naming the way
// to help, and exit status 2; nothing is written or read.
func TestUsageErrors(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "a.txt", article)
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"import", "-x"}, "unknown option -x (see 'briefwright import -help')"},
		{[]string{"import", a}, "import needs -dossier FILE"},
		{[]string{"import", "-dossier"}, "option needs a value: -dossier"},
		{[]string{"import", "-dossier", "d.dossier"}, "import needs at least one article file"},
		{[]string{"export", "-dossier", "d.dossier"}, "missing -o"},
		{[]string{"export", "-dossier", "d.dossier", "-o", "x.docx"}, "must end in .pdf, .md or .json"},
		{[]string{"export", "-dossier", "d.dossier", "-o", "x.pdf", "extra"}, `unexpected argument "extra"`},
		{[]string{"export", "-dossier", "d.dossier", "-o", "x.pdf", "-page", "A3"}, "unknown page size"},
		{[]string{"brief", "-o", "x.pdf"}, "brief needs at least one article file (see 'briefwright brief -help')"},
		{[]string{"brief", a, "-o", "x.pdf", "-date", "yesterday"}, "bad -date"},
		{[]string{"extract"}, "extract needs at least one article file"},
		{[]string{"extract", "-json=maybe", a}, "invalid boolean value"},
		{[]string{"open"}, "open takes one dossier file"},
		{[]string{"demo", "now"}, "demo takes no arguments"},
		{[]string{"frobnicate"}, `unknown command "frobnicate" (see 'briefwright -help')`},
	} {
		t.Run(strings.Join(c.args, " "), func(t *testing.T) {
			out, errOut, code := bw(t, dir, c.args...)
			if code != 2 || out != "" {
				t.Errorf("code %d, stdout %q", code, out)
			}
			if strings.Count(errOut, "\n") != 1 || !strings.HasPrefix(errOut, "briefwright: ") || !strings.Contains(errOut, c.want) {
				t.Errorf("want one line with %q, got %q", c.want, errOut)
			}
		})
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("a usage error left files behind: %v", entries)
	}
}

// After "--" nothing is an option: a file name that looks like one is
// read as an article, never taken as the output.
func TestDoubleDashEndsOptions(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "a.txt", article)
	victim := writeFile(t, dir, "victim.md", "my notes\n")
	writeFile(t, dir, "-dash.txt", strings.Replace(article, "harbour plan", "dash plan", 1))

	_, errOut, code := bw(t, dir, "brief", "-o", "out.pdf", "-date", "2025-01-02", "--", "a.txt", "-o=victim.md")
	if b, _ := os.ReadFile(victim); string(b) != "my notes\n" {
		t.Fatalf("victim.md was overwritten (code %d, stderr %q)", code, errOut)
	}
	if code != 1 || !strings.Contains(errOut, "-o=victim.md") {
		t.Errorf("want -o=victim.md reported as a missing article: code %d, stderr %q", code, errOut)
	}
	if _, err := os.Stat(filepath.Join(dir, "out.pdf")); err != nil {
		t.Errorf("the briefing was not written to out.pdf: %v", err)
	}

	out, errOut, code := bw(t, dir, "extract", "-json", "--", "-dash.txt")
	if code != 0 || !strings.Contains(out, "dash plan") {
		t.Errorf("extract -- -dash.txt: code %d, stderr %q", code, errOut)
	}
	// An option's value may itself start with a dash.
	out, errOut, code = bw(t, dir, "import", "-dossier", "-d.dossier", "a.txt")
	if code != 0 || !strings.Contains(out, "added as article 1") {
		t.Errorf("-dossier -d.dossier: code %d, stderr %q", code, errOut)
	}
	if _, err := os.Stat(filepath.Join(dir, "-d.dossier")); err != nil {
		t.Errorf("the dossier named -d.dossier is missing: %v", err)
	}
}

// Export never writes over the dossier it reads, whatever name leads there,
// nor over the files SQLite keeps beside it; brief never writes over an
// article it reads.
func TestExportRefusesToOverwriteItsInput(t *testing.T) {
	dir := t.TempDir()
	d := filepath.Join(dir, "my.json")
	if _, errOut, code := bw(t, dir, "import", "-dossier", d, writeFile(t, dir, "a.txt", article)); code != 0 {
		t.Fatalf("import: %s", errOut)
	}
	writeFile(t, dir, "my.json-wal", "")
	link := func(kind, target, name string) string {
		p := filepath.Join(dir, name)
		var err error
		if kind == "hard" {
			err = os.Link(target, p)
		} else {
			err = os.Symlink(target, p)
		}
		if err != nil {
			t.Skipf("cannot make a %s link: %v", kind, err)
		}
		return p
	}
	if err := os.Mkdir(filepath.Join(dir, "sub"), 0o755); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ name, out string }{
		{"same name", d},
		{"other spelling", filepath.Join(dir, "sub", "..", "my.json")},
		{"relative", "./my.json"},
		{"hard link", link("hard", d, "hard.pdf")},
		{"symbolic link", link("soft", d, "soft.md")},
		{"link to a link", link("soft", filepath.Join(dir, "soft.md"), "chain.json")},
		{"link to the -wal", link("soft", d+"-wal", "wal.pdf")},
		{"link to the -shm not yet there", link("soft", "my.json-shm", "shm.pdf")},
		{"folder link", filepath.Join(link("soft", dir, "here"), "my.json")},
	} {
		t.Run(c.name, func(t *testing.T) {
			before := sum(t, d)
			_, errOut, code := bw(t, dir, "export", "-dossier", d, "-o", c.out)
			if code != 1 || !strings.Contains(errOut, "will not write the export to") {
				t.Errorf("code %d, stderr %q", code, errOut)
			}
			if sum(t, d) != before {
				t.Errorf("the dossier changed")
			}
		})
	}
	notes := writeFile(t, dir, "notes.md", article)
	before := sum(t, notes)
	_, errOut, code := bw(t, dir, "brief", notes, "-o", "./notes.md")
	if code != 1 || !strings.Contains(errOut, "one of the articles") || sum(t, notes) != before {
		t.Errorf("brief over its own article: code %d, stderr %q", code, errOut)
	}
}

// File names with line breaks, terminal escapes, right-to-left overrides
// or invalid UTF-8 are shown escaped on the terminal and in the Markdown,
// and kept as they are in the dossier (and so in the JSON).
func TestCraftedFileNames(t *testing.T) {
	dir := t.TempDir()
	for _, c := range []struct{ name, shown string }{
		{"evil\nbriefwright: all good.txt", `evil\nbriefwright: all good.txt`},
		{"red\x1b[31m\x1b]0;title\x07.txt", `red\x1b[31m\x1b]0;title\x07.txt`},
		{"report\u202etxt.exe.md", `report\u202etxt.exe.md`},
		{"bad\xff\xfe.txt", `bad\xff\xfe.txt`},
		{"cr\rover.txt", `cr\rover.txt`},
	} {
		t.Run(c.shown, func(t *testing.T) {
			writeFile(t, dir, c.name, strings.Replace(article, "harbour", c.shown, 1))
			d := filepath.Join(t.TempDir(), "d.dossier")
			out, errOut, code := bw(t, dir, "import", "-dossier", d, c.name)
			if code != 0 {
				t.Fatalf("import: code %d, stderr %q", code, errOut)
			}
			if want := c.shown + ": added as article 1"; !strings.HasPrefix(out, want) || strings.Count(out, "\n") != 1 {
				t.Errorf("import printed %q, want one line starting %q", out, want)
			}
			// Again: the duplicate is reported on stderr, escaped.
			_, errOut, _ = bw(t, dir, "import", "-dossier", d, c.name)
			if strings.Count(errOut, "\n") != 1 || !strings.Contains(errOut, c.shown) {
				t.Errorf("duplicate message %q is not one line naming %q", errOut, c.shown)
			}
			// A missing file's error names it, escaped.
			_, errOut, _ = bw(t, dir, "import", "-dossier", d, c.name+".gone")
			if strings.Count(errOut, "\n") != 1 || !strings.Contains(errOut, c.shown+".gone") || strings.ContainsAny(errOut, "\x1b\r\u202e") {
				t.Errorf("error %q is not one clean line naming %q", errOut, c.shown)
			}
			out, _, _ = bw(t, dir, "extract", c.name)
			if !strings.Contains(out, "== "+c.shown+"\n") || strings.ContainsAny(out, "\x1b\r\u202e") {
				t.Errorf("extract shows the name raw:\n%s", out)
			}

			md := filepath.Join(t.TempDir(), "d.md")
			if _, errOut, code := bw(t, dir, "export", "-dossier", d, "-o", md); code != 0 {
				t.Fatalf("export: %s", errOut)
			}
			b, _ := os.ReadFile(md)
			var rendered bytes.Buffer
			if err := goldmark.Convert(b, &rendered); err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(html.UnescapeString(rendered.String()), c.shown) || strings.ContainsAny(string(b), "\x1b\r\u202e\x07") {
				t.Errorf("the Markdown does not show the name escaped")
			}

			js := filepath.Join(t.TempDir(), "d.json")
			if _, errOut, code := bw(t, dir, "export", "-dossier", d, "-o", js); code != 0 {
				t.Fatalf("export: %s", errOut)
			}
			b, _ = os.ReadFile(js)
			var x struct{ Articles []struct{ File string } }
			if err := json.Unmarshal(b, &x); err != nil || len(x.Articles) != 1 {
				t.Fatalf("the JSON export is not valid JSON: %v", err)
			}
			// JSON text is Unicode: bytes that are not UTF-8 cannot be
			// carried and read as U+FFFD; everything else is the real name.
			if want := strings.ToValidUTF8(c.name, "\uFFFD\uFFFD"); filepath.Base(x.Articles[0].File) != want {
				t.Errorf("JSON file name %q, want the real name %q", x.Articles[0].File, want)
			}
		})
	}
}

// panicWriter stands for any bug: writing to it panics.
type panicWriter struct{}

func (panicWriter) Write([]byte) (int, error) {
	panic("broken writer\ngoroutine 1 [running]:\nmain.main()")
}

// A bug in a command ends in one sentence and exit status 1, never a
// stack trace.
func TestPanicIsOneSentence(t *testing.T) {
	var stderr bytes.Buffer
	code := run([]string{"-version"}, panicWriter{}, &stderr)
	if code != 1 || stderr.String() != `briefwright: internal error: broken writer\ngoroutine 1 [running]:\nmain.main()`+"\n" {
		t.Errorf("code %d, stderr %q", code, stderr.String())
	}
}

// An article of fifty thousand questions imports, and its briefing lists a
// hundred of them and says how many it left out.
func TestHugeArticleBriefing(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "why.txt", "Fifty thousand questions\n\n"+strings.Repeat("Why? ", 50_000)+"\n")
	d := filepath.Join(dir, "d.dossier")
	out, errOut, code := bw(t, dir, "import", "-dossier", d, a)
	if code != 0 || !strings.Contains(out, "50000 questions") {
		t.Fatalf("import: code %d, out %q, stderr %q", code, out, errOut)
	}
	for _, o := range []string{"b.md", "b.pdf", "b.json"} {
		if _, errOut, code := bw(t, dir, "export", "-dossier", d, "-o", o); code != 0 {
			t.Fatalf("export %s: code %d, stderr %q", o, code, errOut)
		}
	}
	md, _ := os.ReadFile(filepath.Join(dir, "b.md"))
	if !strings.Contains(string(md), "This briefing lists at most 100 questions per article: 49,900 more from A1 are left out here") {
		t.Errorf("the Markdown briefing does not say what it left out")
	}
	if n := strings.Count(string(md), "**Why?**"); n != 100 {
		t.Errorf("the Markdown briefing lists %d questions", n)
	}
	js, _ := os.ReadFile(filepath.Join(dir, "b.json"))
	if n := strings.Count(string(js), `"text": "Why?"`); n != 50_000 {
		t.Errorf("the JSON export holds %d questions, want all", n)
	}
}
