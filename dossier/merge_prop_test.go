package dossier

import (
	"math/rand"
	"reflect"
	"testing"
)

// Random merges and unmerges keep the invariants the GUI relies on, and
// undoing them all gives back exactly the dossier before.
func TestMergeInvariants(t *testing.T) {
	s := newStore(t)
	for i := 0; i < 15; i++ {
		a, x := genArticle(i)
		must[int64](t)(s.AddArticle(a, x))
	}
	before := must[[]Actor](t)(s.Actors(Filter{}))
	quotesBefore := must[[]Quote](t)(s.Quotes(Filter{}))
	var total int
	check(t, s.r.QueryRow(`SELECT count(*) FROM mentions`).Scan(&total))

	r := rand.New(rand.NewSource(7))
	var merged []int64 // in merge order, so undo can go backwards
	for step := 0; step < 150; step++ {
		shown := must[[]Actor](t)(s.Actors(Filter{}))
		if r.Intn(3) > 0 && len(shown) > 1 {
			// Merge a shown actor into a random actor, merged or not.
			from := shown[r.Intn(len(shown))].ID
			into := before[r.Intn(len(before))].ID
			if err := s.MergeActors(into, from); err == nil {
				merged = append(merged, from)
			}
		} else if len(merged) > 0 {
			i := r.Intn(len(merged))
			check(t, s.UnmergeActor(merged[i]))
			merged = append(merged[:i], merged[i+1:]...)
		}

		shown = must[[]Actor](t)(s.Actors(Filter{}))
		sum := 0
		isShown := map[int64]bool{}
		for _, a := range shown {
			sum += a.Mentions
			isShown[a.ID] = true
			if a.MergedInto != 0 {
				t.Fatalf("step %d: merged actor %d listed", step, a.ID)
			}
		}
		if sum != total {
			t.Fatalf("step %d: listed actors hold %d mentions, the dossier %d", step, sum, total)
		}
		if len(shown)+len(merged) != len(before) {
			t.Fatalf("step %d: %d shown + %d merged != %d actors", step, len(shown), len(merged), len(before))
		}
		for _, q := range must[[]Quote](t)(s.Quotes(Filter{})) {
			if q.SpeakerID != 0 && !isShown[q.SpeakerID] {
				t.Fatalf("step %d: quote %d speaks as actor %d, which is not listed", step, q.ID, q.SpeakerID)
			}
		}
	}
	for len(merged) > 0 {
		check(t, s.UnmergeActor(merged[len(merged)-1]))
		merged = merged[:len(merged)-1]
	}
	if after := must[[]Actor](t)(s.Actors(Filter{})); !reflect.DeepEqual(after, before) {
		t.Errorf("after undoing every merge the actors differ")
	}
	if after := must[[]Quote](t)(s.Quotes(Filter{})); !reflect.DeepEqual(after, quotesBefore) {
		t.Errorf("after undoing every merge the quotes differ")
	}
}
