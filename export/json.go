package export

import (
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

// JSON writes the whole dossier, indented, in a deterministic order.
func JSON(w io.Writer, d *dossier.Dossier) error {
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
		out.Tags = append(out.Tags, jsonTags{r.Kind, r.ID, d.Tags[r]})
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}
