package export

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"sort"

	"github.com/briefwright/briefwright/dossier"
)

// The JSON export is the whole dossier for other tools: every item with its
// review status and provenance, in stable snake_case fields.

type jsonDossier struct {
	Format    string         `json:"format"`
	Meta      jsonMeta       `json:"meta"`
	Articles  []jsonArticle  `json:"articles"`
	Actors    []jsonActor    `json:"actors"`
	Quotes    []jsonQuote    `json:"quotes"`
	Sources   []jsonSource   `json:"sources"`
	Questions []jsonQuestion `json:"questions"`
	Events    []jsonEvent    `json:"events"`
	Notes     []jsonNote     `json:"notes"`
	Tags      []jsonTags     `json:"tags"`
}

type jsonMeta struct {
	Title      string `json:"title"`
	Subject    string `json:"subject"`
	Author     string `json:"author"`
	Marking    string `json:"marking"`
	BottomLine string `json:"bottom_line"`
}

type jsonArticle struct {
	ID        int64  `json:"id"`
	Title     string `json:"title"`
	Outlet    string `json:"outlet"`
	Author    string `json:"author"`
	Published string `json:"published"`
	URL       string `json:"url"`
	Format    string `json:"format"`
	File      string `json:"file"`
	SHA256    string `json:"sha256"`
	Words     int    `json:"words"`
	Text      string `json:"text"`
}

type jsonProv struct {
	ArticleID int64 `json:"article_id"`
	Paragraph int   `json:"paragraph"`
	Start     int   `json:"start"`
	End       int   `json:"end"`
}

type jsonActor struct {
	ID          int64    `json:"id"`
	Name        string   `json:"name"`
	Kind        string   `json:"kind"`
	Role        string   `json:"role"`
	Affiliation string   `json:"affiliation"`
	Aliases     []string `json:"aliases"`
	Mentions    int      `json:"mentions"`
	First       jsonProv `json:"first_mention"`
	Status      string   `json:"status"`
}

type jsonQuote struct {
	ID        int64    `json:"id"`
	Text      string   `json:"text"`
	Speaker   string   `json:"speaker"`
	SpeakerID int64    `json:"speaker_id,omitempty"`
	Cue       string   `json:"cue"`
	Prov      jsonProv `json:"provenance"`
	Status    string   `json:"status"`
	Grade     string   `json:"grade"`
}

type jsonCitation struct {
	Relation string   `json:"relation"`
	Prov     jsonProv `json:"provenance"`
}

type jsonSource struct {
	ID        int64          `json:"id"`
	Name      string         `json:"name"`
	Kind      string         `json:"kind"`
	Citations []jsonCitation `json:"citations"`
	Status    string         `json:"status"`
	Grade     string         `json:"grade"`
}

type jsonQuestion struct {
	ID       int64    `json:"id"`
	Text     string   `json:"text"`
	Sentence string   `json:"sentence"`
	Prov     jsonProv `json:"provenance"`
	Status   string   `json:"status"`
	State    string   `json:"state"`
	Answer   string   `json:"answer"`
	Evidence string   `json:"evidence"`
}

type jsonEvent struct {
	ID     int64    `json:"id"`
	When   string   `json:"when"`
	Value  string   `json:"value"`
	Text   string   `json:"event"`
	Prov   jsonProv `json:"provenance"`
	Status string   `json:"status"`
}

type jsonNote struct {
	ID     int64  `json:"id"`
	Kind   string `json:"item_kind"`
	ItemID int64  `json:"item_id"`
	Text   string `json:"text"`
}

type jsonTags struct {
	Kind   string   `json:"item_kind"`
	ItemID int64    `json:"item_id"`
	Tags   []string `json:"tags"`
}

func prov(p dossier.Provenance) jsonProv { return jsonProv{p.ArticleID, p.Paragraph, p.Start, p.End} }

// JSON writes the whole dossier, indented, in a deterministic order. It
// writes item by item, so that memory does not grow with the dossier: a
// dossier of millions of items takes no more than a small one beyond the
// dossier itself.
func JSON(w io.Writer, d *dossier.Dossier) error {
	j := newJSONWriter(w)
	j.raw("{\n  \"format\": ")
	j.value("  ", "briefwright-dossier/1")
	j.raw(",\n  \"meta\": ")
	j.value("  ", jsonMeta{Title: d.Meta.Title, Subject: d.Meta.Subject, Author: d.Meta.Author,
		Marking: d.Meta.Marking, BottomLine: d.Meta.BottomLine})
	j.array("articles", len(d.Articles), func(i int) any {
		a := d.Articles[i]
		return jsonArticle{a.ID, a.Title, a.Outlet, a.Author, a.Published, a.URL, a.Format, a.File, a.SHA256, a.Words, a.Text}
	})
	j.array("actors", len(d.Actors), func(i int) any {
		a := d.Actors[i]
		aliases := a.Aliases
		if aliases == nil {
			aliases = []string{}
		}
		return jsonActor{a.ID, a.Name, a.Kind, a.Role, a.Affiliation, aliases, a.Mentions, prov(a.First), string(a.Status)}
	})
	j.array("quotes", len(d.Quotes), func(i int) any {
		q := d.Quotes[i]
		return jsonQuote{q.ID, q.Text, q.SpeakerName, q.SpeakerID, q.Cue, prov(q.Prov), string(q.Status), q.Grade.String()}
	})
	j.array("sources", len(d.Sources), func(i int) any {
		s := d.Sources[i]
		cs := make([]jsonCitation, 0, len(s.Citations))
		for _, c := range s.Citations {
			cs = append(cs, jsonCitation{c.Relation, prov(c.Prov)})
		}
		return jsonSource{s.ID, s.Name, s.Kind, cs, string(s.Status), s.Grade.String()}
	})
	j.array("questions", len(d.Questions), func(i int) any {
		q := d.Questions[i]
		return jsonQuestion{q.ID, q.Text, q.Sentence, prov(q.Prov), string(q.Status), string(q.State), q.Answer, q.Evidence}
	})
	j.array("events", len(d.Events), func(i int) any {
		e := d.Events[i]
		return jsonEvent{e.ID, e.When, e.Value, e.Text, prov(e.Prov), string(e.Status)}
	})
	j.array("notes", len(d.Notes), func(i int) any {
		n := d.Notes[i]
		return jsonNote{n.ID, n.Target.Kind, n.Target.ID, n.Text}
	})
	refs := make([]dossier.ItemRef, 0, len(d.Tags))
	for r := range d.Tags {
		refs = append(refs, r)
	}
	sort.Slice(refs, func(i, j int) bool {
		if refs[i].Kind != refs[j].Kind {
			return refs[i].Kind < refs[j].Kind
		}
		return refs[i].ID < refs[j].ID
	})
	j.array("tags", len(refs), func(i int) any {
		return jsonTags{refs[i].Kind, refs[i].ID, d.Tags[refs[i]]}
	})
	j.raw("\n}\n")
	return j.flush()
}

// jsonWriter writes a JSON document piece by piece, laid out as
// encoding/json indents a whole value, and keeps the first error.
type jsonWriter struct {
	w   *bufio.Writer
	buf bytes.Buffer
	enc map[string]*json.Encoder // by prefix
	err error
}

func newJSONWriter(w io.Writer) *jsonWriter {
	return &jsonWriter{w: bufio.NewWriterSize(w, 64<<10), enc: map[string]*json.Encoder{}}
}

func (j *jsonWriter) raw(s string) {
	if j.err == nil {
		_, j.err = j.w.WriteString(s)
	}
}

// value writes v as it would appear indented at prefix, without the final
// newline.
func (j *jsonWriter) value(prefix string, v any) {
	if j.err != nil {
		return
	}
	enc := j.enc[prefix]
	if enc == nil {
		enc = json.NewEncoder(&j.buf)
		enc.SetEscapeHTML(false)
		enc.SetIndent(prefix, "  ")
		j.enc[prefix] = enc
	}
	j.buf.Reset()
	if j.err = enc.Encode(v); j.err != nil {
		return
	}
	_, j.err = j.w.Write(bytes.TrimSuffix(j.buf.Bytes(), []byte("\n")))
	if j.buf.Cap() > 1<<20 {
		j.buf = bytes.Buffer{} // let one huge article's buffer go
		delete(j.enc, prefix)
	}
}

// array writes the member name: [item(0), …, item(n-1)] of the top-level
// object.
func (j *jsonWriter) array(name string, n int, item func(i int) any) {
	j.raw(",\n  \"" + name + "\": ")
	if n == 0 {
		j.raw("[]")
		return
	}
	j.raw("[\n")
	for i := range n {
		if i > 0 {
			j.raw(",\n")
		}
		j.raw("    ")
		j.value("    ", item(i))
	}
	j.raw("\n  ]")
}

func (j *jsonWriter) flush() error {
	if j.err != nil {
		return j.err
	}
	return j.w.Flush()
}
