package dossier

import (
	"database/sql"
	"errors"
	"fmt"
	"sort"
	"strings"
)

// actorGraph is the merge forest: every actor with the actor it is merged
// into. It is small (one row per actor) and read whole, which keeps merge
// resolution out of SQL.
type actorGraph struct {
	parent   map[int64]int64 // 0: not merged
	children map[int64][]int64
	name     map[int64]string
}

func loadGraph(q querier) (*actorGraph, error) {
	rows, err := q.Query(`SELECT id, coalesce(merged_into, 0), name FROM actors ORDER BY id`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	g := &actorGraph{parent: map[int64]int64{}, children: map[int64][]int64{}, name: map[int64]string{}}
	for rows.Next() {
		var id, p int64
		var name string
		if err := rows.Scan(&id, &p, &name); err != nil {
			return nil, err
		}
		g.parent[id], g.name[id] = p, name
		if p != 0 {
			g.children[p] = append(g.children[p], id)
		}
	}
	return g, rows.Err()
}

// root is the actor id shows as: the end of its merge chain.
func (g *actorGraph) root(id int64) int64 {
	for range len(g.parent) + 1 { // bounded: the schema cannot stop a cycle
		p, ok := g.parent[id]
		if !ok || p == 0 {
			return id
		}
		id = p
	}
	return id
}

// group is id and every actor merged into it, directly or through a chain.
func (g *actorGraph) group(id int64) []int64 {
	out := []int64{id}
	seen := map[int64]bool{id: true}
	for i := 0; i < len(out); i++ {
		for _, c := range g.children[out[i]] {
			if !seen[c] {
				seen[c] = true
				out = append(out, c)
			}
		}
	}
	return out
}

// Actors lists the actors that are not merged into another, most mentioned
// first; each shows the mentions and names of the actors merged into it.
func (s *Store) Actors(f Filter) ([]Actor, error) {
	as, err := s.actors(s.r, nil, f)
	return as, s.wrap(err)
}

// Actor reads one actor, merged or not, with the mentions and names of the
// actors merged into it.
func (s *Store) Actor(id int64) (Actor, error) {
	as, err := s.actors(s.r, []int64{id}, Filter{})
	if err != nil {
		return Actor{}, s.wrap(err)
	}
	if len(as) == 0 {
		return Actor{}, notFound(KindActor, id)
	}
	return as[0], nil
}

// MergedInto lists the actors merged directly into id, for undoing a merge.
func (s *Store) MergedInto(id int64) ([]Actor, error) {
	kids, err := ids(s.r, `SELECT id FROM actors WHERE merged_into = ? ORDER BY id`, id)
	if err != nil || len(kids) == 0 {
		return nil, s.wrap(err)
	}
	as, err := s.actors(s.r, kids, Filter{})
	if err != nil {
		return nil, s.wrap(err)
	}
	sort.Slice(as, func(i, j int) bool { return as[i].ID < as[j].ID })
	return as, nil
}

// actors reads the actors tops (nil: every unmerged actor), each summed
// over its merge group, filtered and sorted for display.
func (s *Store) actors(q querier, tops []int64, f Filter) ([]Actor, error) {
	g, err := loadGraph(q)
	if err != nil {
		return nil, err
	}
	query := `SELECT id, name, kind, role, affiliation, status, coalesce(merged_into, 0) FROM actors`
	var args []any
	if tops == nil {
		query += ` WHERE merged_into IS NULL`
	} else {
		in, a := inList(tops)
		query += ` WHERE id IN (` + in + `)`
		args = a
	}
	if f.Status != "" {
		query += ` AND status = ?`
		args = append(args, f.Status)
	}
	rows, err := q.Query(query, args...)
	if err != nil {
		return nil, err
	}
	byID := map[int64]*Actor{}
	var list []*Actor
	for rows.Next() {
		a := &Actor{}
		if err := rows.Scan(&a.ID, &a.Name, &a.Kind, &a.Role, &a.Affiliation, &a.Status, &a.MergedInto); err != nil {
			rows.Close()
			return nil, err
		}
		byID[a.ID] = a
		list = append(list, a)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if len(list) == 0 {
		return nil, nil
	}

	// owner maps every member of a listed group to the listed actor.
	owner := map[int64]int64{}
	for _, a := range list {
		for _, m := range g.group(a.ID) {
			owner[m] = a.ID
		}
	}
	var where string
	args = nil
	if tops != nil {
		members := make([]int64, 0, len(owner))
		for m := range owner {
			members = append(members, m)
		}
		in, a := inList(members)
		where, args = ` WHERE actor_id IN (`+in+`)`, a
	}

	// Mentions and the first of them, per member, then summed per group.
	// The first mention is the lowest (article, offset).
	first := map[int64]int64{}
	rows, err = q.Query(`SELECT actor_id, count(*), coalesce(article_id, 0), paragraph, start, "end",
		min(coalesce(article_id, 1073741823) * 4294967296 + start) FROM mentions`+where+` GROUP BY actor_id`, args...)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var id, key int64
		var n int
		var p Provenance
		if err := rows.Scan(&id, &n, &p.ArticleID, &p.Paragraph, &p.Start, &p.End, &key); err != nil {
			rows.Close()
			return nil, err
		}
		a := byID[owner[id]]
		if a == nil {
			continue
		}
		a.Mentions += n
		if k, ok := first[a.ID]; !ok || key < k {
			first[a.ID], a.First = key, p
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}

	// Aliases: the actor's own, then the names and aliases of its group.
	aliases := map[int64][]string{}
	rows, err = q.Query(`SELECT actor_id, alias FROM actor_aliases`+where+` ORDER BY actor_id, norm`, args...)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var id int64
		var al string
		if err := rows.Scan(&id, &al); err != nil {
			rows.Close()
			return nil, err
		}
		aliases[id] = append(aliases[id], al)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	for _, a := range list {
		seen := map[string]bool{norm(a.Name): true}
		add := func(names ...string) {
			for _, n := range names {
				if k := norm(n); !seen[k] {
					seen[k] = true
					a.Aliases = append(a.Aliases, n)
				}
			}
		}
		for _, m := range g.group(a.ID) {
			if m != a.ID {
				add(g.name[m])
			}
			add(aliases[m]...)
		}
	}

	var inArticle map[int64]bool
	if f.ArticleID != 0 {
		members, err := ids(q, `SELECT DISTINCT actor_id FROM mentions WHERE article_id = ?`, f.ArticleID)
		if err != nil {
			return nil, err
		}
		inArticle = map[int64]bool{}
		for _, m := range members {
			inArticle[owner[m]] = true
		}
	}
	needle := strings.ToLower(f.Text)
	out := make([]Actor, 0, len(list))
	for _, a := range list {
		if inArticle != nil && !inArticle[a.ID] {
			continue
		}
		if !contains(needle, append([]string{a.Name}, a.Aliases...)...) {
			continue
		}
		out = append(out, *a)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Mentions != out[j].Mentions {
			return out[i].Mentions > out[j].Mentions
		}
		if a, b := strings.ToLower(out[i].Name), strings.ToLower(out[j].Name); a != b {
			return a < b
		}
		return out[i].ID < out[j].ID
	})
	return out, nil
}

// ActorMentions lists where an actor and the actors merged into it are
// mentioned, in article and text order.
func (s *Store) ActorMentions(id int64) ([]Provenance, error) {
	g, err := loadGraph(s.r)
	if err != nil {
		return nil, s.wrap(err)
	}
	if _, ok := g.parent[id]; !ok {
		return nil, notFound(KindActor, id)
	}
	in, args := inList(g.group(id))
	rows, err := s.r.Query(`SELECT coalesce(article_id, 0), paragraph, start, "end" FROM mentions
		WHERE actor_id IN (`+in+`) ORDER BY article_id IS NULL, article_id, start, id`, args...)
	if err != nil {
		return nil, s.wrap(err)
	}
	defer rows.Close()
	var out []Provenance
	for rows.Next() {
		var p Provenance
		if err := rows.Scan(&p.ArticleID, &p.Paragraph, &p.Start, &p.End); err != nil {
			return nil, s.wrap(err)
		}
		out = append(out, p)
	}
	return out, s.wrap(rows.Err())
}

// AddActor adds an actor made by hand; Mentions, First and MergedInto are
// ignored.
func (s *Store) AddActor(a Actor) (int64, error) {
	return s.addActor(a, nil)
}

// addActor adds the actor a and runs then, if any, with its id in the same
// transaction: when then fails, no actor is left behind.
func (s *Store) addActor(a Actor, then func(tx *sql.Tx, id int64) error) (int64, error) {
	if strings.TrimSpace(a.Name) == "" {
		return 0, errors.New("an actor needs a name")
	}
	var id int64
	err := s.write(func(tx *sql.Tx) error {
		ins, err := newInserter(tx, &s.stmts)
		if err != nil {
			return s.wrap(err)
		}
		defer ins.close()
		if id, err = ins.newActor(a); err != nil || then == nil {
			return s.wrap(err)
		}
		return then(tx, id)
	})
	if err != nil {
		return 0, err
	}
	return id, nil
}

// UpdateActor changes an actor's name, kind, role, affiliation, status and
// aliases. Aliases that come from actors merged into it stay theirs, so
// undoing the merge still gives them back.
func (s *Store) UpdateActor(a Actor) error {
	if strings.TrimSpace(a.Name) == "" {
		return errors.New("an actor needs a name")
	}
	st, err := checkStatus(a.Status)
	if err != nil {
		return err
	}
	return s.write(func(tx *sql.Tx) error {
		res, err := tx.Exec(`UPDATE actors SET name = ?, norm = ?, kind = ?, role = ?, affiliation = ?, status = ? WHERE id = ?`,
			strings.TrimSpace(a.Name), norm(a.Name), a.Kind, a.Role, a.Affiliation, st, a.ID)
		if err != nil {
			return s.wrap(err)
		}
		if err := affected(res, KindActor, a.ID); err != nil {
			return err
		}
		g, err := loadGraph(tx)
		if err != nil {
			return s.wrap(err)
		}
		inherited := map[string]bool{}
		if grp := g.group(a.ID); len(grp) > 1 {
			in, args := inList(grp[1:])
			rows, err := tx.Query(`SELECT norm FROM actors WHERE id IN (`+in+`) UNION SELECT norm FROM actor_aliases WHERE actor_id IN (`+in+`)`, append(args, args...)...)
			if err != nil {
				return s.wrap(err)
			}
			for rows.Next() {
				var n string
				if err := rows.Scan(&n); err != nil {
					rows.Close()
					return s.wrap(err)
				}
				inherited[n] = true
			}
			rows.Close()
		}
		if _, err := tx.Exec(`DELETE FROM actor_aliases WHERE actor_id = ?`, a.ID); err != nil {
			return s.wrap(err)
		}
		ins, err := newInserter(tx, &s.stmts)
		if err != nil {
			return s.wrap(err)
		}
		defer ins.close()
		for _, al := range a.Aliases {
			if !inherited[norm(al)] {
				if err := ins.alias(a.ID, al); err != nil {
					return s.wrap(err)
				}
			}
		}
		return nil
	})
}

// MergeActors merges actor from into actor into (or into the actor into is
// itself merged into). Nothing is lost: UnmergeActor(from) undoes it.
func (s *Store) MergeActors(into, from int64) error {
	return s.write(func(tx *sql.Tx) error {
		g, err := loadGraph(tx)
		if err != nil {
			return s.wrap(err)
		}
		for _, id := range []int64{into, from} {
			if _, ok := g.parent[id]; !ok {
				return notFound(KindActor, id)
			}
		}
		if p := g.parent[from]; p != 0 {
			return fmt.Errorf("%s is already merged into %s", g.name[from], g.name[g.root(p)])
		}
		into = g.root(into)
		if into == from {
			return fmt.Errorf("cannot merge %s into itself", g.name[from])
		}
		_, err = tx.Exec(`UPDATE actors SET merged_into = ? WHERE id = ?`, into, from)
		return s.wrap(err)
	})
}

// UnmergeActor undoes the merge of actor id: it shows again on its own,
// with its mentions, aliases, quotes and the actors merged into it.
func (s *Store) UnmergeActor(id int64) error {
	return s.write(func(tx *sql.Tx) error {
		var p sql.NullInt64
		err := tx.QueryRow(`SELECT merged_into FROM actors WHERE id = ?`, id).Scan(&p)
		if errors.Is(err, sql.ErrNoRows) {
			return notFound(KindActor, id)
		}
		if err != nil {
			return s.wrap(err)
		}
		if !p.Valid {
			return fmt.Errorf("%s is not merged into another actor", ItemRef{KindActor, id})
		}
		_, err = tx.Exec(`UPDATE actors SET merged_into = NULL WHERE id = ?`, id)
		return s.wrap(err)
	})
}
