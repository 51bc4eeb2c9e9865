package dossier

import (
	"fmt"
	"strings"
	"testing"

	"github.com/briefwright/briefwright/dossier/extract"
)

// An article naming more actors than SQLite takes parameters in one
// statement (32,766) can still be deleted, and its actors go with it.
func TestDeleteArticleNamingManyActors(t *testing.T) {
	if testing.Short() {
		t.Skip("adds 33,000 actors")
	}
	s := newStore(t)
	const n = 33_000
	var b strings.Builder
	x := &extract.Extraction{}
	for i := range n {
		name := fmt.Sprintf("Person%d Name", i)
		start := b.Len()
		b.WriteString(name + " spoke. ")
		x.Actors = append(x.Actors, extract.Actor{Name: name, Kind: "person", Mentions: 1,
			Spans: []extract.Span{{Paragraph: 1, Start: start, End: start + len(name)}}})
	}
	id := must[int64](t)(s.AddArticle(Article{Title: "Roll call", Format: "txt", Text: b.String()}, x))
	check(t, s.DeleteArticle(id))
	if as := must[[]Actor](t)(s.Actors(Filter{})); len(as) != 0 {
		t.Errorf("%d actors left after their only article was deleted", len(as))
	}
}
