// Package dossier holds the domain types of a Briefwright dossier and the
// Store that keeps one dossier in a single SQLite file. The Store is the
// single source of truth: the GUI, the CLI and the exporters read and change a
// dossier only through it.
package dossier

import (
	"fmt"
	"time"
)

// Status is the review state of an extracted or hand-made item.
type Status string

const (
	Proposed Status = "proposed"
	Accepted Status = "accepted"
	Rejected Status = "rejected"
)

// Kinds of items, used in ItemRef, notes, tags and search hits.
const (
	KindDossier  = "dossier"
	KindArticle  = "article"
	KindActor    = "actor"
	KindQuote    = "quote"
	KindSource   = "source"
	KindQuestion = "question"
	KindEvent    = "event"
	KindNote     = "note"
)

// ItemRef names one item of a dossier.
type ItemRef struct {
	Kind string
	ID   int64
}

func (r ItemRef) String() string { return fmt.Sprintf("%s %d", r.Kind, r.ID) }

// Provenance locates an item in an article: Paragraph is 1-based, Start and
// End are byte offsets into Article.Text. ArticleID 0 means made by hand with
// no place in an article.
type Provenance struct {
	ArticleID int64
	Paragraph int
	Start     int
	End       int
}

// Grade is an Admiralty (NATO) grade: Reliability of the source "A".."F" and
// Credibility of the information 1..6. Either may be unset ("" / 0).
type Grade struct {
	Reliability string
	Credibility int
}

// String gives the grade as analysts write it ("B2"), "B-" or "-2" when half
// is set, and "" when ungraded.
func (g Grade) String() string {
	if g.Reliability == "" && g.Credibility == 0 {
		return ""
	}
	r, c := g.Reliability, "-"
	if r == "" {
		r = "-"
	}
	if g.Credibility > 0 {
		c = fmt.Sprint(g.Credibility)
	}
	return r + c
}

// Valid reports whether both halves are unset or within their ranges.
func (g Grade) Valid() bool {
	okR := g.Reliability == "" || (len(g.Reliability) == 1 && g.Reliability[0] >= 'A' && g.Reliability[0] <= 'F')
	return okR && g.Credibility >= 0 && g.Credibility <= 6
}

// Meta is the dossier's own description, edited on the Overview and printed
// on the briefing's cover.
type Meta struct {
	Title      string
	Subject    string
	Author     string
	Marking    string // handling marking, e.g. "UNCLASSIFIED // FOR RESEARCH USE"
	BottomLine string // the user's BLUF
	Created    time.Time
	Modified   time.Time
}

// Article is one imported news article. Text holds paragraphs one per line,
// separated by blank lines, as produced by package ingest.
type Article struct {
	ID        int64
	Title     string
	Outlet    string
	Author    string
	Published string // "YYYY-MM-DD", "YYYY-MM" or "" when unknown
	URL       string
	Format    string // "txt", "md", "html" or "paste"
	File      string // base name of the imported file, "" for pasted text
	SHA256    string // hex digest of Text, used to refuse duplicates
	Text      string
	Words     int
	Added     time.Time
}

// Actor is a person, organisation or place. An actor merged into another
// keeps its row (MergedInto != 0) so the merge can be undone; lists and
// quotes show the actor it was merged into.
type Actor struct {
	ID          int64
	Name        string
	Kind        string // "person", "organization" or "place"
	Role        string
	Affiliation string
	Aliases     []string
	Mentions    int        // number of mentions across all articles, merged actors included
	First       Provenance // first mention
	Status      Status
	MergedInto  int64
}

// Quote is a direct quotation. SpeakerID is the speaking actor (resolved
// through merges when read), or 0 when the speaker is unnamed or unknown;
// SpeakerLabel then describes the speaker ("Pentagon spokesperson").
// SpeakerName is filled on read: the actor's name, else the label.
type Quote struct {
	ID           int64
	Text         string
	SpeakerID    int64
	SpeakerLabel string
	SpeakerName  string
	Cue          string
	Prov         Provenance
	Status       Status
	Grade        Grade
}

// Citation is one place an article cites a source, and how.
type Citation struct {
	Relation string // reported_by, told, according_to, ...
	Prov     Provenance
}

// Source is an outlet, journalist, agency, document or social post cited as
// the origin of information. One source may be cited many times.
type Source struct {
	ID        int64
	Name      string
	Kind      string // outlet, journalist, agency, document, social
	Citations []Citation
	Status    Status
	Grade     Grade
}

// QuestionState tracks an open question.
type QuestionState string

const (
	QOpen     QuestionState = "open"
	QAnswered QuestionState = "answered"
	QDropped  QuestionState = "dropped"
)

// Question is an open question with its tracking state.
type Question struct {
	ID       int64
	Text     string
	Sentence string // source sentence, verbatim
	Prov     Provenance
	Status   Status
	State    QuestionState
	Answer   string
	Evidence string
}

// Event is a dated event for the timeline.
type Event struct {
	ID     int64
	When   string // the date as written ("mid-September 2025")
	Value  string // normalised: "2025-09", "2025-09-15", "2025-09-10/2025-09-20" or ""
	Text   string // what happened
	Prov   Provenance
	Status Status
}

// Note is free text attached to an item (or to the dossier itself).
type Note struct {
	ID       int64
	Target   ItemRef
	Text     string
	Created  time.Time
	Modified time.Time
}

// Filter narrows a list. Zero values mean "any".
type Filter struct {
	Status    Status
	ArticleID int64  // items found in this article; sources with their citations in it only
	Text      string // case-insensitive substring of the item's main text or name
}

// Counts gives, per item kind, how many items there are in each status
// (rejected included); "article" and "note" have their totals under "".
type Counts map[string]map[Status]int

// Total is the number of items of a kind, all statuses together.
func (c Counts) Total(kind string) int {
	n := 0
	for _, v := range c[kind] {
		n += v
	}
	return n
}

// Hit is one search result.
type Hit struct {
	Ref       ItemRef
	ArticleID int64
	Paragraph int
	Title     string // what the hit is: an article title, a speaker, an actor name
	Snippet   string // matched text with the match between [ and ]
}

// Dossier is a whole dossier read at once, for export.
type Dossier struct {
	Path      string
	Meta      Meta
	Articles  []Article // with Text, in import order
	Actors    []Actor   // merged actors left out
	Quotes    []Quote
	Sources   []Source
	Questions []Question
	Events    []Event
	Notes     []Note
	Tags      map[ItemRef][]string
}
