package export

import (
	"bytes"
	"encoding/json"
	"fmt"
	"html"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"

	"github.com/briefwright/briefwright/dossier"
)

// craftedFields are text a hostile article or dossier can put in any
// field: line breaks of every kind, Markdown syntax, HTML, terminal
// escapes, bidirectional overrides and bytes that are not UTF-8.
var craftedFields = []string{
	"a\rb",
	"a\r# Forged heading",
	"a\r\r- forged item",
	"a\r| forged | row |\r|---|---|",
	"a\r\n## Forged heading",
	"a\u2028# Forged heading",
	"a\u2029- forged item",
	"a\u0085> forged quote",
	"a\v\f===",
	"# Heading",
	"- item",
	"+ item",
	"* item",
	"1. item",
	"2) item",
	"> quote",
	"---",
	"===",
	"    indented code",
	"```fence",
	"~~~fence",
	"<div>html</div>",
	"<!-- comment",
	"&#x202E;entity &amp;",
	"[link](http://example.com) ![image](x.png)",
	"*em* _em_ **strong** __strong__",
	"`code`",
	"| a | b |",
	"~~strike~~",
	`back\slash\`,
	"trailing  ",
	"\x1b[31mred\x1b[0m \x1b]0;title\x07",
	"\u202eevil\u202c and \u2066isolate\u2069",
	"bad\xff\xfebytes",
	"nul\x00byte",
	"tab\there",
	"[ ] task",
	"Ángeles — “quoted” ‘x’",
}

// craftedDossier is the sample dossier with s in every text field.
func craftedDossier(s string) *dossier.Dossier {
	d := sampleDossier()
	d.Meta.Title, d.Meta.Subject, d.Meta.Author, d.Meta.Marking, d.Meta.BottomLine = s, s, s, s, s
	for i := range d.Articles {
		a := &d.Articles[i]
		a.Title, a.Outlet, a.Author, a.URL, a.File = s, s, s, s, s
		// Paragraphs are lines: a line feed makes another paragraph, as
		// it should; any other break must not.
		line := strings.ReplaceAll(s, "\n", " ")
		a.Text = "Title " + line + "\n\nFirst " + line + "\n\nSecond " + line + "\n\nThird " + line + "\n\nFourth " + line + "\n\nFifth " + line
	}
	for i := range d.Actors {
		a := &d.Actors[i]
		a.Name, a.Kind, a.Role, a.Affiliation = s+fmt.Sprint(i), s, s, s
	}
	for i := range d.Quotes {
		q := &d.Quotes[i]
		q.Text, q.SpeakerName, q.Cue = s, s+fmt.Sprint(i), s
	}
	for i := range d.Sources {
		src := &d.Sources[i]
		src.Name, src.Kind = s, s
		for j := range src.Citations {
			src.Citations[j].Relation = s
		}
	}
	for i := range d.Questions {
		q := &d.Questions[i]
		q.Text, q.Sentence, q.Answer, q.Evidence = s, s+" said", s, s
	}
	for i := range d.Events {
		e := &d.Events[i]
		e.When, e.Text = s, s
	}
	for i := range d.Notes {
		d.Notes[i].Text = s
	}
	for ref := range d.Tags {
		d.Tags[ref] = []string{s, s}
	}
	return d
}

var markdownReader = goldmark.New(goldmark.WithExtensions(extension.Table, extension.Strikethrough, extension.TaskList))

// mdStructure is what a Markdown reader makes of src: every block and
// inline element but plain text, in order, and how many cells each table
// row has. Text is left out, so a field's words may differ; its syntax may
// not.
func mdStructure(src []byte) []string {
	doc := markdownReader.Parser().Parse(text.NewReader(src))
	var out []string
	ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n.Kind() {
		case ast.KindText, ast.KindString, ast.KindDocument:
			return ast.WalkContinue, nil
		case ast.KindHeading:
			out = append(out, fmt.Sprintf("h%d", n.(*ast.Heading).Level))
		case ast.KindList, ast.KindBlockquote, east.KindTable, east.KindTableHeader, east.KindTableRow:
			out = append(out, fmt.Sprintf("%s/%d", n.Kind(), n.ChildCount()))
		default:
			out = append(out, n.Kind().String())
		}
		return ast.WalkContinue, nil
	})
	return out
}

func markdownOf(t *testing.T, d *dossier.Dossier) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := Markdown(&b, d, fixed); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// No field, whatever it holds, adds, removes or changes a heading, list,
// list item, quote, table row, code block, link or any other element of
// the Markdown briefing: it has the structure it has with plain words.
func TestMarkdownCraftedFields(t *testing.T) {
	want := mdStructure(markdownOf(t, craftedDossier("plain words")))
	for _, s := range craftedFields {
		t.Run(fmt.Sprintf("%q", s), func(t *testing.T) {
			md := markdownOf(t, craftedDossier(s))
			if !utf8.Valid(md) {
				t.Errorf("the Markdown is not valid UTF-8")
			}
			for _, bad := range []string{"\r", "\x1b", "\x00", "\x07", "\v", "\f", "\u0085", "\u2028", "\u2029", "\u202e", "\u2066"} {
				if strings.Contains(string(md), bad) {
					t.Errorf("the Markdown holds %q", bad)
				}
			}
			got := mdStructure(md)
			if diff := firstDiff(got, want); diff != "" {
				t.Errorf("the field changed the document's structure: %s", diff)
			}
		})
	}
}

func firstDiff(got, want []string) string {
	for i := range min(len(got), len(want)) {
		if got[i] != want[i] {
			return fmt.Sprintf("element %d is %s, want %s (context %q)", i, got[i], want[i], got[max(i-3, 0):min(i+3, len(got))])
		}
	}
	if len(got) != len(want) {
		return fmt.Sprintf("%d elements, want %d", len(got), len(want))
	}
	return ""
}

// The PDF prints crafted fields as text on the page: no control
// character, override or undecodable byte reaches the page, and a file
// name shows its escapes.
func TestPDFCraftedFields(t *testing.T) {
	for _, s := range craftedFields {
		t.Run(fmt.Sprintf("%q", s), func(t *testing.T) {
			pdf := readPDF(t, writePDF(t, craftedDossier(s), fixed))
			text := strings.Join(pdf.pages, "\n")
			for _, r := range text {
				if r != '\n' && (r < 0x20 || hidden(r, utf8.RuneLen(r))) {
					t.Fatalf("the PDF prints %U", r)
				}
			}
			if name := Visible(s); strings.ContainsAny(s, "\r\x1b\u202e\xff") && !strings.Contains(pdf.text(), strings.Join(strings.Fields(briefingGlyphs().printable(name)), " ")) {
				t.Errorf("the appendix does not show the file name as %q", name)
			}
		})
	}
}

// The JSON export stays valid JSON and carries every field as it is (less
// bytes that are not UTF-8, which JSON text cannot hold), with control
// characters and line separators escaped.
func TestJSONCraftedFields(t *testing.T) {
	for _, s := range craftedFields {
		t.Run(fmt.Sprintf("%q", s), func(t *testing.T) {
			var b bytes.Buffer
			if err := JSON(&b, craftedDossier(s)); err != nil {
				t.Fatal(err)
			}
			for _, c := range b.String() {
				if c < 0x20 && c != '\n' || c == '\u2028' || c == '\u2029' {
					t.Fatalf("raw %U in the JSON", c)
				}
			}
			var got struct {
				Meta     struct{ Title string }
				Articles []struct{ File, Text string }
				Quotes   []struct{ Text string }
			}
			if err := json.Unmarshal(b.Bytes(), &got); err != nil {
				t.Fatalf("not valid JSON: %v", err)
			}
			want := strings.ToValidUTF8(s, "\uFFFD")
			if strings.Contains(s, "\xff\xfe") {
				want = strings.ReplaceAll(s, "\xff\xfe", "\uFFFD\uFFFD")
			}
			if got.Meta.Title != want || got.Articles[0].File != want || got.Quotes[0].Text != want {
				t.Errorf("fields changed: title %q, file %q, quote %q, want %q", got.Meta.Title, got.Articles[0].File, got.Quotes[0].Text, want)
			}
		})
	}
}

func TestVisible(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"plain name.txt", "plain name.txt"},
		{"Ángeles — “x”.md", "Ángeles — “x”.md"},
		{"a\nb", `a\nb`},
		{"a\r\tb", `a\r\tb`},
		{"\x1b[31mred", `\x1b[31mred`},
		{"del\x7f", `del\x7f`},
		{"c1\u0085\u009b", `c1\u0085\u009b`},
		{"line\u2028para\u2029", `line\u2028para\u2029`},
		{"gpj\u202etxt.exe", `gpj\u202etxt.exe`},
		{"zero\u200bwidth\ufeff", `zero\u200bwidth\ufeff`},
		{"bad\xff\xfe", `bad\xff\xfe`},
		{"ok\uFFFD", "ok\uFFFD"},
		{`C:\Users\x`, `C:\Users\x`},
	} {
		if got := Visible(c.in); got != c.want {
			t.Errorf("Visible(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestMdEscape(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"plain", "plain"},
		{"a\rb\nc\u2028d", "a b c d"},
		{"\r\n# h", `\# h`},
		{"- item", `\- item`},
		{"1986. A year", `1986\. A year`},
		{"2) item", `2\) item`},
		{"1986 was", "1986 was"},
		{"> q", `\> q`},
		{"a > b - c", "a > b - c"},
		{"    code", "code"},
		{"*x* _y_ `z` [l](u) <b> a|b ~~s~~ &amp; #", `\*x\* \_y\_ \` + "`z\\`" + ` \[l\](u) \<b> a\|b \~\~s\~\~ \&amp; \#`},
		{"\u202eevil\x1b[0m", `evil\[0m`},
		{"  spaces  around \r ", "spaces  around"},
		{"bad\xffbyte", "badbyte"},
	} {
		if got := mdEscape(c.in); got != c.want {
			t.Errorf("mdEscape(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// FuzzMarkdownEscape checks what mdEscape promises for any text: one line
// of valid UTF-8 without control or formatting characters, read by a
// Markdown reader as one paragraph of plain text (or as one table cell)
// that says the same words.
func FuzzMarkdownEscape(f *testing.F) {
	for _, s := range craftedFields {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		e := mdEscape(s)
		if !utf8.ValidString(e) {
			t.Fatalf("mdEscape(%q) = %q is not UTF-8", s, e)
		}
		for _, r := range e {
			if r < 0x20 || hidden(r, utf8.RuneLen(r)) {
				t.Fatalf("mdEscape(%q) = %q holds %U", s, e, r)
			}
		}
		if strings.TrimSpace(e) == "" {
			return
		}
		doc := "Before.\n\n" + e + "\n\n| A | B |\n|---|---|\n| " + e + " | x |\n"
		const want = "Paragraph Paragraph Table/2 TableHeader/2 TableCell TableCell TableRow/2 TableCell TableCell"
		if got := strings.Join(mdStructure([]byte(doc)), " "); got != want {
			t.Fatalf("mdEscape(%q) = %q reads as %s", s, e, got)
		}
		// The words survive: the paragraph, rendered and read back as
		// text, is the input's visible text.
		var h bytes.Buffer
		if err := markdownReader.Convert([]byte(e), &h); err != nil {
			t.Fatal(err)
		}
		read, ok := strings.CutPrefix(strings.TrimSpace(h.String()), "<p>")
		read, ok2 := strings.CutSuffix(read, "</p>")
		if !ok || !ok2 || strings.Contains(read, "<") {
			t.Fatalf("mdEscape(%q) = %q renders as %q", s, e, h.String())
		}
		if got, want := strings.Join(strings.Fields(html.UnescapeString(read)), " "), strings.Join(strings.Fields(visibleWords(s)), " "); got != want {
			t.Fatalf("mdEscape(%q) = %q reads back as %q, want %q", s, e, got, want)
		}
	})
}

// visibleWords is s as mdEscape should have it read: breaks as spaces,
// characters without ink dropped.
func visibleWords(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		switch {
		case r == '\r' || r == '\n' || r == '\t' || r == '\v' || r == '\f' || r == '\u0085' || r == '\u2028' || r == '\u2029':
			b.WriteByte(' ')
		case hidden(r, n):
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
