package export

import (
	"bufio"
	"io"
	"sort"
	"strconv"
	"unicode/utf8"

	"github.com/briefwright/briefwright/dossier"
)

// The JSON export is the whole dossier for other tools: every item with its
// review status and provenance, in stable snake_case fields. The writer
// below streams it by hand; json_test.go declares the same layout as Go
// types and checks, byte for byte, that encoding/json agrees.

// JSON writes the whole dossier, indented, in a deterministic order, laid
// out exactly as encoding/json indents the layout types of json_test.go.
// It writes item by item with a hand-written encoder: two million
// questions take seconds, not the minute reflection and re-indenting take.
func JSON(w io.Writer, d *dossier.Dossier) error { return writeJSON(w, memItems{d}) }

// JSONView writes the dossier v shows as JSON does, reading it item by item
// as it writes, so memory does not grow with the number of items.
func JSONView(w io.Writer, v *dossier.View) error { return writeJSON(w, v) }

// jsonItems is what the JSON export reads: each list, in its order, one
// item at a time (dossier.View reads them so from a store).
type jsonItems interface {
	Meta() (dossier.Meta, error)
	Articles(func(dossier.Article) error) error
	Actors(func(dossier.Actor) error) error
	Quotes(func(dossier.Quote) error) error
	Sources(func(dossier.Source) error) error
	Questions(func(dossier.Question) error) error
	Events(func(dossier.Event) error) error
	Notes(func(dossier.Note) error) error
	Tags(func(dossier.ItemRef, []string) error) error
}

func writeJSON(w io.Writer, d jsonItems) error {
	j := &jsonWriter{w: bufio.NewWriterSize(w, 256<<10)}
	meta, err := d.Meta()
	if err != nil {
		return err
	}
	o := j.object("")
	o.key("format")
	j.str("briefwright-dossier/1")
	o.key("meta")
	m := j.object("  ")
	m.strField("title", meta.Title)
	m.strField("subject", meta.Subject)
	m.strField("author", meta.Author)
	m.strField("marking", meta.Marking)
	m.strField("bottom_line", meta.BottomLine)
	m.end()
	arts := j.begin(&o, "articles")
	err = d.Articles(func(a dossier.Article) error {
		x := j.object(arts.item())
		x.intField("id", a.ID)
		x.strField("title", a.Title)
		x.strField("outlet", a.Outlet)
		x.strField("author", a.Author)
		x.strField("published", a.Published)
		x.strField("url", a.URL)
		x.strField("format", a.Format)
		x.strField("file", a.File)
		x.strField("sha256", a.SHA256)
		x.intField("words", int64(a.Words))
		x.strField("text", a.Text)
		x.end()
		return j.err
	})
	if err != nil {
		return err
	}
	arts.end()
	actors := j.begin(&o, "actors")
	err = d.Actors(func(a dossier.Actor) error {
		x := j.object(actors.item())
		x.intField("id", a.ID)
		x.strField("name", a.Name)
		x.strField("kind", a.Kind)
		x.strField("role", a.Role)
		x.strField("affiliation", a.Affiliation)
		j.strings(&x, "aliases", a.Aliases)
		x.intField("mentions", int64(a.Mentions))
		j.prov(&x, "first_mention", a.First)
		x.strField("status", string(a.Status))
		x.end()
		return j.err
	})
	if err != nil {
		return err
	}
	actors.end()
	quotes := j.begin(&o, "quotes")
	err = d.Quotes(func(q dossier.Quote) error {
		x := j.object(quotes.item())
		x.intField("id", q.ID)
		x.strField("text", q.Text)
		x.strField("speaker", q.SpeakerName)
		if q.SpeakerID != 0 {
			x.intField("speaker_id", q.SpeakerID)
		}
		x.strField("cue", q.Cue)
		j.prov(&x, "provenance", q.Prov)
		x.strField("status", string(q.Status))
		x.strField("grade", q.Grade.String())
		x.end()
		return j.err
	})
	if err != nil {
		return err
	}
	quotes.end()
	sources := j.begin(&o, "sources")
	err = d.Sources(func(s dossier.Source) error {
		x := j.object(sources.item())
		x.intField("id", s.ID)
		x.strField("name", s.Name)
		x.strField("kind", s.Kind)
		j.array(&x, "citations", len(s.Citations), func(k int, ind string) {
			c := s.Citations[k]
			y := j.object(ind)
			y.strField("relation", c.Relation)
			j.prov(&y, "provenance", c.Prov)
			y.end()
		})
		x.strField("status", string(s.Status))
		x.strField("grade", s.Grade.String())
		x.end()
		return j.err
	})
	if err != nil {
		return err
	}
	sources.end()
	questions := j.begin(&o, "questions")
	err = d.Questions(func(q dossier.Question) error {
		x := j.object(questions.item())
		x.intField("id", q.ID)
		x.strField("text", q.Text)
		x.strField("sentence", q.Sentence)
		j.prov(&x, "provenance", q.Prov)
		x.strField("status", string(q.Status))
		x.strField("state", string(q.State))
		x.strField("answer", q.Answer)
		x.strField("evidence", q.Evidence)
		x.end()
		return j.err
	})
	if err != nil {
		return err
	}
	questions.end()
	events := j.begin(&o, "events")
	err = d.Events(func(e dossier.Event) error {
		x := j.object(events.item())
		x.intField("id", e.ID)
		x.strField("when", e.When)
		x.strField("value", e.Value)
		x.strField("event", e.Text)
		j.prov(&x, "provenance", e.Prov)
		x.strField("status", string(e.Status))
		x.end()
		return j.err
	})
	if err != nil {
		return err
	}
	events.end()
	notes := j.begin(&o, "notes")
	err = d.Notes(func(n dossier.Note) error {
		x := j.object(notes.item())
		x.intField("id", n.ID)
		x.strField("item_kind", n.Target.Kind)
		x.intField("item_id", n.Target.ID)
		x.strField("text", n.Text)
		x.end()
		return j.err
	})
	if err != nil {
		return err
	}
	notes.end()
	tags := j.begin(&o, "tags")
	err = d.Tags(func(r dossier.ItemRef, ts []string) error {
		x := j.object(tags.item())
		x.strField("item_kind", r.Kind)
		x.intField("item_id", r.ID)
		j.strings(&x, "tags", ts)
		x.end()
		return j.err
	})
	if err != nil {
		return err
	}
	tags.end()
	o.end()
	j.raw("\n")
	if j.err != nil {
		return j.err
	}
	return j.w.Flush()
}

// memItems reads a dossier in memory as jsonItems.
type memItems struct{ d *dossier.Dossier }

func (m memItems) Meta() (dossier.Meta, error) { return m.d.Meta, nil }

func each[T any](xs []T, f func(T) error) error {
	for _, x := range xs {
		if err := f(x); err != nil {
			return err
		}
	}
	return nil
}

func (m memItems) Articles(f func(dossier.Article) error) error   { return each(m.d.Articles, f) }
func (m memItems) Actors(f func(dossier.Actor) error) error       { return each(m.d.Actors, f) }
func (m memItems) Quotes(f func(dossier.Quote) error) error       { return each(m.d.Quotes, f) }
func (m memItems) Sources(f func(dossier.Source) error) error     { return each(m.d.Sources, f) }
func (m memItems) Questions(f func(dossier.Question) error) error { return each(m.d.Questions, f) }
func (m memItems) Events(f func(dossier.Event) error) error       { return each(m.d.Events, f) }
func (m memItems) Notes(f func(dossier.Note) error) error         { return each(m.d.Notes, f) }

// Tags gives the tagged items by kind, then id.
func (m memItems) Tags(f func(dossier.ItemRef, []string) error) error {
	refs := make([]dossier.ItemRef, 0, len(m.d.Tags))
	for r := range m.d.Tags {
		refs = append(refs, r)
	}
	sort.Slice(refs, func(i, j int) bool {
		if refs[i].Kind != refs[j].Kind {
			return refs[i].Kind < refs[j].Kind
		}
		return refs[i].ID < refs[j].ID
	})
	for _, r := range refs {
		if err := f(r, m.d.Tags[r]); err != nil {
			return err
		}
	}
	return nil
}

// jsonWriter writes JSON piece by piece and keeps the first error.
type jsonWriter struct {
	w       *bufio.Writer
	scratch []byte
	err     error
}

func (j *jsonWriter) raw(s string) {
	if j.err == nil {
		_, j.err = j.w.WriteString(s)
	}
}

// jsonObject is an object being written, its members indented by ind
// and two spaces.
type jsonObject struct {
	j   *jsonWriter
	ind string
	n   int // members written
}

func (j *jsonWriter) object(ind string) jsonObject {
	j.raw("{")
	return jsonObject{j: j, ind: ind}
}

func (o *jsonObject) key(name string) {
	if o.n > 0 {
		o.j.raw(",")
	}
	o.n++
	o.j.raw("\n")
	o.j.raw(o.ind)
	o.j.raw("  \"")
	o.j.raw(name)
	o.j.raw("\": ")
}

func (o *jsonObject) end() {
	if o.n > 0 {
		o.j.raw("\n")
		o.j.raw(o.ind)
	}
	o.j.raw("}")
}

func (o *jsonObject) strField(name, v string) {
	o.key(name)
	o.j.str(v)
}

func (o *jsonObject) intField(name string, v int64) {
	o.key(name)
	o.j.scratch = strconv.AppendInt(o.j.scratch[:0], v, 10)
	o.j.rawBytes(o.j.scratch)
}

func (j *jsonWriter) rawBytes(b []byte) {
	if j.err == nil {
		_, j.err = j.w.Write(b)
	}
}

// jsonArray is an array member being written, item by item, when how many
// items there are is known only at the end.
type jsonArray struct {
	j   *jsonWriter
	o   *jsonObject
	ind string // of the items
	n   int    // items written
}

// begin starts the member name of o, an array.
func (j *jsonWriter) begin(o *jsonObject, name string) *jsonArray {
	o.key(name)
	return &jsonArray{j: j, o: o, ind: o.ind + "    "}
}

// item starts the next item and returns the indent to write it at.
func (a *jsonArray) item() string {
	if a.n == 0 {
		a.j.raw("[")
	} else {
		a.j.raw(",")
	}
	a.n++
	a.j.raw("\n")
	a.j.raw(a.ind)
	return a.ind
}

func (a *jsonArray) end() {
	if a.n == 0 {
		a.j.raw("[]")
		return
	}
	a.j.raw("\n")
	a.j.raw(a.o.ind)
	a.j.raw("  ]")
}

// array writes the member name: [item(0), …] of o; item writes the i-th
// value at the indent it is given.
func (j *jsonWriter) array(o *jsonObject, name string, n int, item func(i int, ind string)) {
	a := j.begin(o, name)
	for i := range n {
		item(i, a.item())
		if j.err != nil {
			return
		}
	}
	a.end()
}

func (j *jsonWriter) strings(o *jsonObject, name string, xs []string) {
	j.array(o, name, len(xs), func(i int, _ string) { j.str(xs[i]) })
}

func (j *jsonWriter) prov(o *jsonObject, name string, p dossier.Provenance) {
	o.key(name)
	x := j.object(o.ind + "  ") // the few distinct indents are short
	x.intField("article_id", p.ArticleID)
	x.intField("paragraph", int64(p.Paragraph))
	x.intField("start", int64(p.Start))
	x.intField("end", int64(p.End))
	x.end()
}

// str writes s as a JSON string as encoding/json does without HTML
// escaping: control characters, line and paragraph separators escaped,
// bytes that are not UTF-8 as U+FFFD.
func (j *jsonWriter) str(s string) {
	const hex = "0123456789abcdef"
	b := append(j.scratch[:0], '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i += n
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xF])
			i += n
			start = i
			continue
		}
		i += n
	}
	b = append(b, s[start:]...)
	b = append(b, '"')
	j.rawBytes(b)
	if cap(b) <= 1<<20 {
		j.scratch = b // one huge article's buffer is let go
	}
}
