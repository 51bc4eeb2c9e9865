package dossier

// Not yet implemented parts of the Store contract.

import (
	"errors"

	"github.com/briefwright/briefwright/dossier/extract"
)

var errTODO = errors.New("dossier: not implemented yet")

func (s *Store) Counts() (Counts, error)                   { return nil, errTODO }
func (s *Store) Snapshot() (*Dossier, error)               { return nil, errTODO }
func (s *Store) Search(q string, limit int) ([]Hit, error) { return nil, errTODO }

// AddArticle stores an article and everything extracted from it in one
// transaction, as proposed items; actors already in the dossier (same name
// or alias) gain mentions instead of being duplicated. A text already present
// gives a *DuplicateError and changes nothing.
func (s *Store) AddArticle(a Article, x *extract.Extraction) (int64, error) { return 0, errTODO }
func (s *Store) Articles() ([]Article, error)                               { return nil, errTODO } // without Text
func (s *Store) Article(id int64) (Article, error)                          { return Article{}, errTODO }
func (s *Store) UpdateArticle(a Article) error                              { return errTODO } // metadata only
func (s *Store) DeleteArticle(id int64) error                               { return errTODO } // and its items

func (s *Store) Actors(f Filter) ([]Actor, error)             { return nil, errTODO }
func (s *Store) Actor(id int64) (Actor, error)                { return Actor{}, errTODO }
func (s *Store) ActorMentions(id int64) ([]Provenance, error) { return nil, errTODO }
func (s *Store) AddActor(a Actor) (int64, error)              { return 0, errTODO }
func (s *Store) UpdateActor(a Actor) error                    { return errTODO }
func (s *Store) MergeActors(into, from int64) error           { return errTODO }
func (s *Store) UnmergeActor(id int64) error                  { return errTODO }
func (s *Store) MergedInto(id int64) ([]Actor, error)         { return nil, errTODO }

func (s *Store) Quotes(f Filter) ([]Quote, error)        { return nil, errTODO }
func (s *Store) Quote(id int64) (Quote, error)           { return Quote{}, errTODO }
func (s *Store) AddQuote(q Quote) (int64, error)         { return 0, errTODO }
func (s *Store) UpdateQuote(q Quote) error               { return errTODO }
func (s *Store) SetSpeaker(quoteID, actorID int64) error { return errTODO }

func (s *Store) Sources(f Filter) ([]Source, error)  { return nil, errTODO }
func (s *Store) Source(id int64) (Source, error)     { return Source{}, errTODO }
func (s *Store) AddSource(src Source) (int64, error) { return 0, errTODO }
func (s *Store) UpdateSource(src Source) error       { return errTODO }

func (s *Store) Questions(f Filter) ([]Question, error) { return nil, errTODO }
func (s *Store) Question(id int64) (Question, error)    { return Question{}, errTODO }
func (s *Store) AddQuestion(q Question) (int64, error)  { return 0, errTODO }
func (s *Store) UpdateQuestion(q Question) error        { return errTODO }

func (s *Store) Events(f Filter) ([]Event, error) { return nil, errTODO }
func (s *Store) Event(id int64) (Event, error)    { return Event{}, errTODO }
func (s *Store) AddEvent(e Event) (int64, error)  { return 0, errTODO }
func (s *Store) UpdateEvent(e Event) error        { return errTODO }

// SetStatus sets the review status of items of one kind in one transaction
// (bulk accept passes many IDs).
func (s *Store) SetStatus(kind string, status Status, ids ...int64) error { return errTODO }

// Delete removes one item (an actor's quotes keep their text and lose their
// speaker). The GUI asks for confirmation first.
func (s *Store) Delete(ref ItemRef) error { return errTODO }

func (s *Store) Notes(target ItemRef) ([]Note, error)               { return nil, errTODO }
func (s *Store) AllNotes() ([]Note, error)                          { return nil, errTODO }
func (s *Store) AddNote(target ItemRef, text string) (int64, error) { return 0, errTODO }
func (s *Store) UpdateNote(id int64, text string) error             { return errTODO }
func (s *Store) Tags(target ItemRef) ([]string, error)              { return nil, errTODO }
func (s *Store) SetTags(target ItemRef, tags []string) error        { return errTODO }
func (s *Store) AllTags() ([]string, error)                         { return nil, errTODO }
