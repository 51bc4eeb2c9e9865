package extract

import (
	"slices"
	"strings"
	"testing"
)

// scanPersonMatch is the scan over every group the index stands for: the
// earliest person, longer than the form, whose name it fits.
func scanPersonMatch(groups []*actorGroup, name string) (int, bool) {
	parts := strings.Fields(fold(name))
	if len(parts) == 0 {
		return 0, false
	}
	for gi, g := range groups {
		full := strings.Fields(fold(g.name))
		if g.kind != "person" || len(full) <= len(parts) {
			continue
		}
		if len(parts) == 1 {
			if slices.Contains(full[1:], parts[0]) {
				return gi, true
			}
			continue
		}
		if full[0] == parts[0] && full[len(full)-1] == parts[len(parts)-1] ||
			slices.Equal(full[len(full)-len(parts):], parts) {
			return gi, true
		}
	}
	return 0, false
}

// TestGroupIndexLongNames: a form of eight words or more, without some
// middle names of a longer person's, joins that person as a scan would.
func TestGroupIndexLongNames(t *testing.T) {
	names := []string{
		"Pedro Alcantara Joao Carlos Leopoldo Salvador Bibiano Francisco Xavier Gonzaga",
		"Ana Maria Luisa Beatriz Carmen Dolores Elena Sofia Torres",
		"Ana Luisa Beatriz Carmen Dolores Elena Sofia Torres",
		"Jose Garcia",
	}
	x := newGroupIndex()
	var groups []*actorGroup
	for i, n := range names {
		groups = append(groups, &actorGroup{name: n, kind: "person"})
		x.add(i, groups[i])
	}
	forms := []string{
		"Pedro Alcantara Joao Carlos Leopoldo Salvador Bibiano Gonzaga",
		"Pedro Alcantara Joao Carlos Leopoldo Salvador Bibiano Francisco Gonzaga",
		"Pedro Joao Carlos Leopoldo Salvador Bibiano Gonzaga",
		"Ana Maria Luisa Beatriz Carmen Dolores Elena Torres",
		"Ana Luisa Beatriz Carmen Dolores Elena Sofia Torres",
		"Ana Beatriz Carmen Dolores Elena Sofia Torres",
		"Ana Torres", "Torres", "Jose", "Garcia", "Pedro Gonzaga",
	}
	for _, f := range forms {
		wgi, wok := scanPersonMatch(groups, f)
		gi, ok := x.personMatch(f)
		if ok != wok || ok && gi != wgi {
			t.Errorf("%q joins group %d (%v), want %d (%v)", f, gi, ok, wgi, wok)
		}
	}
}
