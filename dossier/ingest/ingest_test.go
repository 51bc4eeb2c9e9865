package ingest

import (
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

func TestReadFileGolden(t *testing.T) {
	for _, name := range []string{"page.html", "divs.html", "sections.html", "front.md", "crlf-wrapped.txt", "lines.txt", "cp1252.txt", "utf16.txt", "utf16be.txt", "bom.txt"} {
		t.Run(name, func(t *testing.T) {
			a, err := ReadFile(filepath.Join("testdata", name))
			if err != nil {
				t.Fatal(err)
			}
			a.File = filepath.Base(a.File)
			checkGolden(t, filepath.Join("testdata", name+".golden.json"), a)
		})
	}
}

// checkGolden compares a, as indented JSON, with the golden file, or
// rewrites the file under -update.
func checkGolden(t *testing.T, golden string, a *Article) {
	t.Helper()
	got, _ := json.MarshalIndent(a, "", "  ")
	if *update {
		os.WriteFile(golden, append(got, '\n'), 0o644)
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update)", err)
	}
	if strings.TrimSpace(string(got)) != strings.TrimSpace(string(want)) {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestHTMLPageShapes(t *testing.T) {
	for _, c := range []struct {
		file                      string
		first, last               string
		absent                    []string
		author, published, outlet string
	}{
		// Paragraphs in <div>s, the lead beside the container of the rest,
		// a promo made of a link.
		{"divs.html", "(Coastline) Dock workers", "according to a trade association, adding days to deliveries.",
			[]string{"WATCH OUR WEEKLY SHOW", "Home", "About us"}, "Maria Costa", "2024-06-02", "Coastline News"},
		// The text split into sibling sections around a figure; the date
		// only in the address; an all-capital byline with the date below.
		{"sections.html", "In the spring of 1950", "with their authors named.",
			[]string{"The machine in 1950", "inbox"}, "Helen Park", "2023-09-15", "Science Quarterly"},
	} {
		t.Run(c.file, func(t *testing.T) {
			a, err := ReadFile(filepath.Join("testdata", c.file))
			if err != nil {
				t.Fatal(err)
			}
			if !strings.HasPrefix(a.Text, c.first) || !strings.HasSuffix(a.Text, c.last) {
				t.Errorf("body runs from %.40q to %.40q", a.Text, a.Text[max(0, len(a.Text)-40):])
			}
			for _, x := range c.absent {
				if strings.Contains(a.Text, x) {
					t.Errorf("chrome %q in the body", x)
				}
			}
			if a.Author != c.author || a.Published != c.published || a.Outlet != c.outlet {
				t.Errorf("author %q published %q outlet %q", a.Author, a.Published, a.Outlet)
			}
		})
	}
}

func TestHTMLKeepsBodyDropsChrome(t *testing.T) {
	a, err := ReadFile("testdata/page.html")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"approved a plan on Tuesday", "most important decision", "could double", "hold the council"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("body lacks %q", want)
		}
	}
	for _, chrome := range []string{"Home", "Share on", "Advertisement", "Ferry fares", "Great article", "All rights reserved", "tracking"} {
		if strings.Contains(a.Text, chrome) {
			t.Errorf("page chrome %q leaked into the text", chrome)
		}
	}
	if a.Title != "Council approves harbour plan" || a.Outlet != "Harbour Gazette" || a.Published != "2025-03-04" ||
		a.Author != "Ana Pérez" || a.URL != "https://example.org/harbour-plan" {
		t.Errorf("metadata: %+v", a)
	}
}

func TestRefusals(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "big.txt")
	f, _ := os.Create(big)
	f.Truncate(MaxSize + 1)
	f.Close()
	os.Mkdir(filepath.Join(dir, "folder"), 0o755)
	cases := []struct{ path, problem string }{
		{"testdata/image.png", "PNG image"},
		{"testdata/empty.txt", "empty"},
		{"testdata/blank.txt", "empty"},
		{"testdata/no-article.html", "no article text"},
		{big, "larger than"},
		{filepath.Join(dir, "folder"), "folder"},
		{filepath.Join(dir, "missing.txt"), "no such file"},
	}
	for _, c := range cases {
		checkRefused(t, c.path, c.problem)
	}
}

// checkRefused checks that reading path fails with an *Error that names the
// file and says problem, in one line.
func checkRefused(t *testing.T, path, problem string) {
	t.Helper()
	_, err := ReadFile(path)
	var ie *Error
	if !errors.As(err, &ie) {
		t.Errorf("%s: got %v, want an *Error", path, err)
		return
	}
	msg := err.Error()
	if !strings.Contains(msg, path) || !strings.Contains(msg, problem) || strings.Contains(msg, "\n") {
		t.Errorf("%s: message %q should name the file and say %q in one line", path, msg, problem)
	}
}

func TestFromText(t *testing.T) {
	a, err := FromText("Short headline\n\nBody text that follows.")
	if err != nil || a.Title != "Short headline" || a.Format != "paste" || a.Text != "Short headline\n\nBody text that follows." {
		t.Errorf("%+v %v", a, err)
	}
	if _, err := FromText("  \n "); err == nil {
		t.Error("blank paste accepted")
	}
}

func TestNormDate(t *testing.T) {
	for in, want := range map[string]string{
		"2025-07-18T10:00:00Z": "2025-07-18", "2025-07-18": "2025-07-18", "July 18, 2025": "2025-07-18",
		"18 July 2025": "2025-07-18", "Fri, 18 Jul 2025 10:00:00 GMT": "2025-07-18", "July 2025": "2025-07",
		"yesterday": "", "0001-01-01T00:00:00Z": "",
	} {
		if got := normDate(in); got != want {
			t.Errorf("normDate(%q) = %q, want %q", in, got, want)
		}
	}
}

// checkArticle holds for every parse: valid UTF-8, no line breaks inside a
// paragraph, paragraphs separated by exactly one blank line.
func checkArticle(t *testing.T, a *Article, err error) {
	if err != nil {
		return
	}
	if !utf8.ValidString(a.Text) || !utf8.ValidString(a.Title) {
		t.Fatalf("invalid UTF-8")
	}
	for _, p := range strings.Split(a.Text, "\n\n") {
		if strings.TrimSpace(p) == "" || strings.Contains(p, "\n") || p != strings.TrimSpace(p) {
			t.Fatalf("bad paragraph %q", p)
		}
	}
}

func FuzzParseHTML(f *testing.F) {
	files, _ := filepath.Glob("testdata/shapes/*.html")
	for _, name := range append(files, "testdata/page.html", "testdata/divs.html", "testdata/sections.html") {
		b, _ := os.ReadFile(name)
		f.Add(string(b))
	}
	f.Add("<p>a</p><p>b, c</p>")
	f.Add("<html><script>")
	f.Add(strings.Repeat("<div>", 600) + "<p>deeper than the parser allows</p>")
	f.Add("<table><tr><td>a<td>b<tr><td><table><tr><td>c</table></table>")
	f.Add(`<script type="application/ld+json">{"@graph":[{"@type":["BlogPosting"],"author":[{"name":["x"]}],"datePublished":1574177580}]}</script>`)
	f.Add("<div>a<br><br>b<br>c.<br>d<span><div>e</div></span></div>")
	f.Fuzz(func(t *testing.T, s string) {
		a, err := Parse("x.html", []byte(s))
		checkArticle(t, a, err)
	})
}

func FuzzParseMarkdown(f *testing.F) {
	b, _ := os.ReadFile("testdata/front.md")
	f.Add(string(b))
	f.Add("---\ntitle: x\n---")
	f.Add("```\ncode\n")
	f.Fuzz(func(t *testing.T, s string) {
		a, err := Parse("x.md", []byte(s))
		checkArticle(t, a, err)
	})
}

func FuzzParseText(f *testing.F) {
	for _, n := range []string{"crlf-wrapped.txt", "lines.txt", "cp1252.txt", "utf16.txt"} {
		b, _ := os.ReadFile(filepath.Join("testdata", n))
		f.Add(b)
	}
	f.Add([]byte("\xff\xfe\x00"))
	f.Fuzz(func(t *testing.T, b []byte) {
		a, err := Parse("x.txt", b)
		checkArticle(t, a, err)
	})
}

// TestHTMLTiedContainersReadTheSame: when two containers score the same,
// the page reads the same every time, not one container or the other at
// random.
func TestHTMLTiedContainersReadTheSame(t *testing.T) {
	page := `<html><body>
<div><p>The council met on Tuesday, after a long debate, to rebuild the harbour wall.</p>
<p>Work starts in spring, the mayor said, and will take two years to finish.</p></div>
<section><p>The ferry company met on Monday, after a long wait, to change its timetable.</p>
<p>New sailings start in May, its director said, and will run all summer long.</p></section>
</body></html>`
	first, err := Parse("page.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	for range 50 {
		a, err := Parse("page.html", []byte(page))
		if err != nil {
			t.Fatal(err)
		}
		if a.Text != first.Text {
			t.Fatalf("the same page read as %q and as %q", first.Text, a.Text)
		}
	}
}
