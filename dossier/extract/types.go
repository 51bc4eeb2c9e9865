// Package extract turns the text of one news article into proposals for a
// dossier: actors, attributed quotes, cited sources, open questions and dated
// events. It is pure: text in, Extraction out, with no I/O, no database and no
// global state, so the same text always gives the same result.
//
// Extract runs in stages over one doc (doc.go), each in its own files:
//
//	paragraphs.go, sentences.go, tokens.go  text -> paragraphs, sentences, tokens
//	actors*.go       actors: names scanned, split, classified, clustered, roles
//	quotes.go        quotation marks paired; attribution.go finds each speaker
//	sources.go       outlets, agencies, journalists, documents, posts cited
//	questions.go     explicit questions and points left open; openpoints.go
//	                 scores a sentence's features with fitted weights
//	dates*.go        date expressions parsed, resolved, with their events
//
// The word lists all live in data/ (gazetteer.go loads them); words.txt
// holds the short lists by the name of the Go variable that uses each.
// rules_test.go holds a table per stage, one row per pattern of news it
// knows; testdata/articles holds articles
// with golden output and hand-written gold (see its README).
//
// The JSON field names are the product's stable CLI contract
// (`briefwright extract -json`); fields tagged "-" carry provenance for the
// store and are not part of that contract.
package extract

// Meta is what is known of an article apart from its text. Published, when
// known, anchors relative dates ("last Tuesday"); it is "YYYY-MM-DD" or "".
type Meta struct {
	Title     string
	Outlet    string
	Author    string
	Published string
}

// Extraction is everything proposed for one article.
type Extraction struct {
	File      string      `json:"file,omitempty"`
	Article   ArticleInfo `json:"article"`
	Actors    []Actor     `json:"actors"`
	Quotes    []Quote     `json:"quotes"`
	Sources   []Source    `json:"sources"`
	Questions []Question  `json:"questions"`
	Dates     []Date      `json:"dates"`
}

// ArticleInfo summarises the article the extraction came from.
type ArticleInfo struct {
	Title      string `json:"title"`
	Outlet     string `json:"outlet"`
	Author     string `json:"author"`
	Published  string `json:"published"`
	Words      int    `json:"words"`
	Paragraphs int    `json:"paragraphs"`
}

// Span locates text in the article: Paragraph is 1-based, Start and End are
// byte offsets into the whole article text (End exclusive).
type Span struct {
	Paragraph int
	Start     int
	End       int
}

// Actor is a person, organisation or place the article names.
type Actor struct {
	Name        string   `json:"name"`
	Kind        string   `json:"kind"` // "person", "organization" or "place"
	Role        string   `json:"role"`
	Affiliation string   `json:"affiliation"`
	Aliases     []string `json:"aliases"`
	Mentions    int      `json:"mentions"`
	// Spans lists every mention, in text order; the first is where the
	// actor is introduced.
	Spans []Span `json:"-"`
}

// Quote is a direct quotation. Speaker is an actor's Name when the speaker is
// a named actor, a description ("Pentagon spokesperson") when the speaker is
// unnamed, and "" when no speaker could be found.
type Quote struct {
	Text      string `json:"text"`
	Speaker   string `json:"speaker"`
	Cue       string `json:"cue"`
	Paragraph int    `json:"paragraph"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
	// SpeakerNamed is true when Speaker is the Name of an entry in Actors.
	SpeakerNamed bool `json:"-"`
}

// Source is an outlet, journalist, agency, document or social post cited as
// the origin of information.
type Source struct {
	Name      string `json:"name"`
	Kind      string `json:"kind"`     // outlet, journalist, agency, document, social
	Relation  string `json:"relation"` // reported_by, told, according_to, interview, report, filing, posted, ...
	Paragraph int    `json:"paragraph"`
	Start     int    `json:"-"`
	End       int    `json:"-"`
}

// Question is an explicit question or an unresolved point, phrased as a
// question where the sentence allows; Sentence is the source sentence
// verbatim and Start/End are its span.
type Question struct {
	Text      string `json:"text"`
	Sentence  string `json:"sentence"`
	Paragraph int    `json:"paragraph"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
}

// Date is a dated event: Text is the expression as written, Value its
// normalised form ("2025-07", "2025-09-15", "2025-09-10/2025-09-20", or ""
// when it cannot be resolved), Event a short description of what happened.
type Date struct {
	Text      string `json:"text"`
	Value     string `json:"value"`
	Event     string `json:"event"`
	Paragraph int    `json:"paragraph"`
	Start     int    `json:"-"`
	End       int    `json:"-"`
}
