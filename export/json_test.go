package export

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"sort"
	"testing"

	"github.com/briefwright/briefwright/dossier"
)

// The export's layout as Go types, for encoding/json to write the
// reference output.

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

// referenceJSON is the JSON export as encoding/json writes the export's
// types: what JSON must match byte for byte.
func referenceJSON(d *dossier.Dossier) []byte {
	out := jsonDossier{
		Format: "briefwright-dossier/1",
		Meta: jsonMeta{Title: d.Meta.Title, Subject: d.Meta.Subject, Author: d.Meta.Author,
			Marking: d.Meta.Marking, BottomLine: d.Meta.BottomLine},
		Articles: []jsonArticle{}, Actors: []jsonActor{}, Quotes: []jsonQuote{}, Sources: []jsonSource{},
		Questions: []jsonQuestion{}, Events: []jsonEvent{}, Notes: []jsonNote{}, Tags: []jsonTags{},
	}
	for _, a := range d.Articles {
		out.Articles = append(out.Articles, jsonArticle{a.ID, a.Title, a.Outlet, a.Author, a.Published,
			a.URL, a.Format, a.File, a.SHA256, a.Words, a.Text})
	}
	for _, a := range d.Actors {
		aliases := a.Aliases
		if aliases == nil {
			aliases = []string{}
		}
		out.Actors = append(out.Actors, jsonActor{a.ID, a.Name, a.Kind, a.Role, a.Affiliation, aliases,
			a.Mentions, prov(a.First), string(a.Status)})
	}
	for _, q := range d.Quotes {
		out.Quotes = append(out.Quotes, jsonQuote{q.ID, q.Text, q.SpeakerName, q.SpeakerID, q.Cue,
			prov(q.Prov), string(q.Status), q.Grade.String()})
	}
	for _, s := range d.Sources {
		cs := []jsonCitation{}
		for _, c := range s.Citations {
			cs = append(cs, jsonCitation{c.Relation, prov(c.Prov)})
		}
		out.Sources = append(out.Sources, jsonSource{s.ID, s.Name, s.Kind, cs, string(s.Status), s.Grade.String()})
	}
	for _, q := range d.Questions {
		out.Questions = append(out.Questions, jsonQuestion{q.ID, q.Text, q.Sentence, prov(q.Prov),
			string(q.Status), string(q.State), q.Answer, q.Evidence})
	}
	for _, e := range d.Events {
		out.Events = append(out.Events, jsonEvent{e.ID, e.When, e.Value, e.Text, prov(e.Prov), string(e.Status)})
	}
	for _, n := range d.Notes {
		out.Notes = append(out.Notes, jsonNote{n.ID, n.Target.Kind, n.Target.ID, n.Text})
	}
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
	for _, r := range refs {
		tags := d.Tags[r]
		if tags == nil {
			tags = []string{}
		}
		out.Tags = append(out.Tags, jsonTags{r.Kind, r.ID, tags})
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(out); err != nil {
		panic(err)
	}
	return b.Bytes()
}

// The JSON export is written by hand, for speed; it must be what
// encoding/json makes of the same types, for any text in any field.
func TestJSONMatchesEncodingJSON(t *testing.T) {
	cases := map[string]*dossier.Dossier{
		"empty":  {},
		"sample": sampleDossier(),
		"aliases and tags": func() *dossier.Dossier {
			d := sampleDossier()
			d.Actors[0].Aliases = []string{"Guzmán", "the Mayor"}
			d.Actors[1].Aliases = []string{}
			d.Sources[0].Citations = nil
			d.Tags[dossier.ItemRef{Kind: dossier.KindActor, ID: 3}] = []string{}
			return d
		}(),
		"every byte": func() *dossier.Dossier {
			var all []byte
			for c := range 256 {
				all = append(all, byte(c))
			}
			return craftedDossier(string(all) + "\u2028\u2029\u0085\ufffd <>&")
		}(),
	}
	for _, s := range craftedFields {
		cases[fmt.Sprintf("%q", s)] = craftedDossier(s)
	}
	for name, d := range cases {
		var b bytes.Buffer
		if err := JSON(&b, d); err != nil {
			t.Fatal(err)
		}
		if want := referenceJSON(d); !bytes.Equal(b.Bytes(), want) {
			i := 0
			for i < min(b.Len(), len(want)) && b.Bytes()[i] == want[i] {
				i++
			}
			t.Errorf("%s: differs from encoding/json at byte %d: %q, want %q", name, i,
				b.Bytes()[max(i-40, 0):min(i+40, b.Len())], want[max(i-40, 0):min(i+40, len(want))])
		}
	}
}

// FuzzJSONString checks the string encoder against encoding/json.
func FuzzJSONString(f *testing.F) {
	for _, s := range craftedFields {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var got bytes.Buffer
		j := &jsonWriter{w: bufio.NewWriter(&got)}
		j.str(s)
		j.w.Flush()
		var want bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetEscapeHTML(false)
		enc.Encode(s)
		if got.String()+"\n" != want.String() {
			t.Errorf("str(%q) = %s, encoding/json gives %s", s, got.String(), want.String())
		}
	})
}
