package export

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/briefwright/briefwright/dossier"
)

// Markdown writes the briefing as Markdown, section for section the same as
// the PDF, so it can be edited or published elsewhere.
func Markdown(w io.Writer, d *dossier.Dossier, opt Options) error {
	return renderMarkdown(w, newBriefing(d, opt), opt)
}

func renderMarkdown(w io.Writer, b *briefing, opt Options) error {
	bw := bufio.NewWriter(w)
	p := func(format string, args ...any) { fmt.Fprintf(bw, format, args...) }

	marking := firstOf(b.meta.Marking, "UNMARKED")
	p("**%s**\n\n", mdEscape(marking))
	p("# %s\n\n", mdEscape(firstOf(b.meta.Title, "Untitled dossier")))
	if b.meta.Subject != "" {
		p("*%s*\n\n", mdEscape(b.meta.Subject))
	}
	p("- Prepared by: %s\n", mdEscape(firstOf(b.meta.Author, "—")))
	p("- Date: %s\n", b.date.Format("2 January 2006"))
	p("- Handling: %s\n", mdEscape(marking))
	var counts []string
	for _, c := range b.counts {
		counts = append(counts, strings.ToLower(c.String()))
	}
	p("- Contents: %s\n\n", strings.Join(counts, ", "))
	if !opt.LeaveOutProposed {
		p("Items marked *(unreviewed)* were proposed automatically and not yet accepted by an analyst. ")
	}
	p("Citations such as [A1 ¶4] refer to article 1, paragraph 4, in Appendix B.\n\n")

	p("## Contents\n\n")
	for i, s := range sections {
		p("%d. [%s](#%s)\n", i+1, s.title, s.id)
	}

	p("\n<a id=\"bluf\"></a>\n## Bottom line\n\n%s\n", mdEscape(b.lead))
	if len(b.leadOpen) > 0 {
		p("\n")
		for _, q := range b.leadOpen {
			p("- %s\n", mdEscape(q))
		}
	}
	if b.leadMade {
		p("\n*Generated from the dossier: the analyst has not yet written a bottom line.*\n")
	}

	if ns := b.notes[dossier.ItemRef{Kind: dossier.KindDossier}]; len(ns) > 0 {
		p("\n**Analyst’s notes**\n\n")
		for _, n := range ns {
			p("%s\n\n", mdEscape(n))
		}
	}

	p("\n<a id=\"actors\"></a>\n## Key actors\n\n")
	if len(b.actors) == 0 {
		p("No actors recorded.\n")
	} else {
		p("| Name | Kind | Role / affiliation | Quotes | First seen |\n|---|---|---|---:|---|\n")
		for _, a := range b.actors {
			p("| %s%s | %s | %s | %d | %s |\n", cellEscape(a.name), unrevMark(a.unreviewed),
				cellEscape(kindLabel(a.kind)), cellEscape(b.withNotes(a.roleAff, a.ref)), a.quotes, mdCite(a.first))
		}
	}
	mdLeftOut(bw, b, "actors")

	p("\n<a id=\"quotes\"></a>\n## Quotes by speaker\n\n")
	if len(b.speakers) == 0 {
		p("No quotes recorded.\n")
	}
	for _, g := range b.speakers {
		n := thousands(g.total)
		if len(g.quotes) < g.total {
			n = thousands(len(g.quotes)) + " of " + n
		}
		p("### %s (%s)\n\n", mdEscape(capFirst(g.name)), n)
		if g.roleAff != "" {
			p("*%s*\n\n", mdEscape(g.roleAff))
		}
		for _, q := range g.quotes {
			p("> “%s”\n>\n> — %s · %s%s\n\n", mdEscape(q.text), mdCite(q.at),
				mdEscape(joinNonEmpty(" · ", q.cue, gradeLabel(q.grade))), unrevMark(q.unreviewed))
			mdNotes(bw, b, q.ref)
		}
	}
	mdLeftOut(bw, b, "quotes")

	p("\n<a id=\"sources\"></a>\n## Sources\n\n")
	if len(b.sources) == 0 {
		p("No sources recorded.\n")
	} else {
		p("| Source | Kind | How cited | Where | Grade |\n|---|---|---|---|---|\n")
		for _, s := range b.sources {
			var where []string
			for _, c := range s.at {
				where = append(where, mdCite(c))
			}
			if s.moreAt > 0 {
				where = append(where, "and "+thousands(s.moreAt)+" more")
			}
			p("| %s%s | %s | %s | %s | %s |\n", cellEscape(s.name), unrevMark(s.unreviewed),
				cellEscape(kindLabel(s.kind)), cellEscape(b.withNotes(s.how, s.ref)), strings.Join(where, " "), cellEscape(s.grade))
		}
	}
	mdLeftOut(bw, b, "sources")

	p("\n<a id=\"questions\"></a>\n## Open questions\n\n")
	if len(b.question) == 0 {
		p("No open questions recorded.\n")
	}
	for i, q := range b.question {
		p("%d. **%s** — %s %s%s\n", i+1, mdEscape(q.text), mdEscape(strings.ToUpper(q.state)), mdCite(q.at), unrevMark(q.unreviewed))
		if s := strings.TrimSpace(q.sentence); s != "" && s != strings.TrimSpace(q.text) {
			p("   - From the article: “%s”\n", mdEscape(s))
		}
		if q.answer != "" {
			p("   - Answer: %s\n", mdEscape(q.answer))
		}
		if q.evidence != "" {
			p("   - Evidence: %s\n", mdEscape(q.evidence))
		}
		for _, n := range b.notes[q.ref] {
			p("   - Note: %s\n", mdEscape(n))
		}
	}
	mdLeftOut(bw, b, "questions")

	p("\n<a id=\"timeline\"></a>\n## Timeline\n\n")
	if len(b.events) == 0 {
		p("No dated events recorded.\n")
	} else {
		p("| Date | Event | Where |\n|---|---|---|\n")
		for _, e := range b.events {
			when := eventDate(e)
			p("| %s | %s%s | %s |\n", cellEscape(when), cellEscape(b.withNotes(e.text, e.ref)), unrevMark(e.unreviewed), mdCite(e.at))
		}
	}
	mdLeftOut(bw, b, "events")

	p("\n<a id=\"key\"></a>\n## Appendix A: Grading key\n\n")
	p("%s\n\n", gradeIntro)
	p("| Reliability | | Credibility | |\n|---|---|---|---|\n")
	for i := range gradeKey.reliability {
		r, c := gradeKey.reliability[i], gradeKey.credibility[i]
		p("| %s | %s | %s | %s |\n", r[0], r[1], c[0], c[1])
	}

	p("\n<a id=\"articles\"></a>\n## Appendix B: Articles\n")
	for i, a := range b.articles {
		p("\n<a id=\"%s\"></a>\n### A%d %s\n\n", cite{art: i + 1}.anchor(), i+1, mdEscape(firstOf(a.Title, "Untitled article")))
		by := joinNonEmpty(" · ", articleByline(a), a.File)
		if a.Words > 0 {
			by = joinNonEmpty(" · ", by, thousands(a.Words)+" words")
		}
		if by != "" {
			p("*%s*\n\n", mdEscape(by))
		}
		mdNotes(bw, b, dossier.ItemRef{Kind: dossier.KindArticle, ID: a.ID})
		paras, cut := appendixParagraphs(a.Text)
		for _, para := range paras {
			p("<a id=\"%s\"></a>¶%d %s\n\n", cite{i + 1, para.Index}.anchor(), para.Index, mdEscape(a.Text[para.Start:para.End]))
		}
		if cut != "" {
			p("*%s*\n\n", mdEscape(cut))
		}
	}
	return bw.Flush()
}

// mdCite writes a citation as a link to its paragraph in the appendix.
func mdCite(c cite) string {
	if c.art == 0 {
		return ""
	}
	return "[" + mdEscape(c.String()) + "](#" + c.anchor() + ")"
}

func mdNotes(w io.Writer, b *briefing, ref dossier.ItemRef) {
	for _, n := range b.notes[ref] {
		fmt.Fprintf(w, "*Note:* %s\n\n", mdEscape(n))
	}
	if tags := b.tagLine(ref); tags != "" {
		fmt.Fprintf(w, "*Tags:* %s\n\n", mdEscape(tags))
	}
}

// mdLeftOut says what a section does not list, if anything.
func mdLeftOut(w io.Writer, b *briefing, kind string) {
	if note := b.leftOutNote(kind); note != "" {
		fmt.Fprintf(w, "\n*%s*\n", mdEscape(note))
	}
}

func unrevMark(u bool) string {
	if u {
		return " *(unreviewed)*"
	}
	return ""
}

// mdEscape makes text safe to print inline in Markdown, and at the start
// of a line: it is read back as the same words, never as syntax. Every
// character that ends a line in some reader (CR, LF, NEL, U+2028, U+2029,
// vertical tab, form feed) becomes a space, so no field can start a line
// of its own and forge a heading, a list item or a table row; other control
// and formatting characters (bidirectional overrides among them) have no
// ink and are dropped, as in the PDF; ASCII punctuation that Markdown reads
// as syntax is escaped with a backslash, and so is a line-start marker (a
// list's "-", "+" or "1.", a quote's ">", a heading underline's "=").
func mdEscape(s string) string {
	var b strings.Builder
	b.Grow(len(s) + len(s)/8)
	plain := 0 // start of the bytes not yet copied, which need nothing
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf && mdASCII[c] == 0 {
			i++
			continue
		}
		b.WriteString(s[plain:i])
		n := 1
		if c < utf8.RuneSelf {
			switch mdASCII[c] {
			case mdSpace:
				b.WriteByte(' ')
			case mdEscaped:
				b.WriteByte('\\')
				b.WriteByte(c)
			}
		} else {
			var r rune
			r, n = utf8.DecodeRuneInString(s[i:])
			switch {
			case r == '\u0085' || r == '\u2028' || r == '\u2029':
				b.WriteByte(' ')
			case !hidden(r, n):
				b.WriteString(s[i : i+n])
			}
		}
		i += n
		plain = i
	}
	b.WriteString(s[plain:])
	// A space before a closing "*" would undo the emphasis around a field.
	// Leading spaces would indent the line into a code block.
	out := strings.Trim(b.String(), " ")
	// What the text starts with, once dropped characters are gone, must
	// not start a block: "- ", "+ ", "> ", "=" under a line, "1986. ".
	if out != "" && strings.ContainsRune("-+=>", rune(out[0])) {
		return "\\" + out
	}
	digits := len(out) - len(strings.TrimLeft(out, "0123456789"))
	if digits > 0 && digits < len(out) && (out[digits] == '.' || out[digits] == ')') {
		return out[:digits] + "\\" + out[digits:]
	}
	return out
}

// How mdEscape treats each ASCII character: copies it (0), writes a space
// for it (a line break of some kind), drops it, or escapes it.
const (
	mdSpace = 1 + iota
	mdDropped
	mdEscaped
)

var mdASCII = func() (t [utf8.RuneSelf]uint8) {
	for c := range utf8.RuneSelf {
		switch {
		case c == '\r' || c == '\n' || c == '\t' || c == '\v' || c == '\f':
			t[c] = mdSpace
		case c < 0x20 || c == 0x7f:
			t[c] = mdDropped
		case strings.ContainsRune(mdPunct, rune(c)):
			t[c] = mdEscaped
		}
	}
	return t
}()

// mdPunct is the punctuation mdEscape escapes anywhere: emphasis, code,
// links, HTML and entities, headings' closing hashes, tables' pipes and
// strike-through tildes.
const mdPunct = "\\*_`[]<#&|~"

// cellEscape makes text safe for a Markdown table cell.
func cellEscape(s string) string { return mdEscape(s) }
