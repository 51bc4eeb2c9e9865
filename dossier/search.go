package dossier

import (
	"database/sql"
	"errors"
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// rankWindow bounds the work of ranking: of a query's matches in one index,
// only the most recent rankWindow are scored. A query matching more than
// that is too unspecific for the order among the rest to matter, and it
// keeps every search fast on a large dossier.
const rankWindow = 400

// query is what a user typed, parsed: the FTS5 expression and the terms a
// snippet marks.
type query struct {
	match string
	terms []term
}

type term struct {
	folded string
	prefix bool
}

// parseQuery turns what a user types into a safe FTS5 query: every word and
// every "quoted phrase" becomes a quoted FTS5 string built only of letters
// and digits, so no input can be an FTS5 syntax error. All parts must
// match; the last word, while still being typed, matches as a prefix.
func parseQuery(input string) query {
	var q query
	var groups []string
	var prefix bool
	addGroup := func(text string, phrase bool) {
		toks := tokens(text)
		if len(toks) == 0 {
			return
		}
		groups = append(groups, `"`+strings.Join(toks, " ")+`"`)
		for _, t := range toks {
			q.terms = append(q.terms, term{folded: fold(t)})
		}
		prefix = !phrase && utf8.RuneCountInString(toks[len(toks)-1]) >= 2
	}
	rest := input
	for rest != "" {
		i := strings.IndexByte(rest, '"')
		if i < 0 {
			for _, w := range strings.Fields(rest) {
				addGroup(w, false)
			}
			break
		}
		for _, w := range strings.Fields(rest[:i]) {
			addGroup(w, false)
		}
		rest = rest[i+1:]
		j := strings.IndexByte(rest, '"')
		if j < 0 { // an unclosed quote: the rest is the phrase
			j = len(rest)
		}
		addGroup(rest[:j], true)
		if j == len(rest) {
			rest = ""
		} else {
			rest = rest[j+1:]
		}
	}
	if len(groups) == 0 {
		return query{}
	}
	// Only while typing: after a space the word is complete.
	if prefix && !unicode.IsSpace(lastRune(input)) && !strings.HasSuffix(input, `"`) {
		groups[len(groups)-1] += "*"
		q.terms[len(q.terms)-1].prefix = true
	}
	q.match = strings.Join(groups, " ")
	return q
}

// ftsQuery is the FTS5 expression for what a user typed.
func ftsQuery(input string) string { return parseQuery(input).match }

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

func isTokenRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// tokens splits text into runs of letters, digits and marks, as the
// unicode61 tokenizer does.
func tokens(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return !isTokenRune(r) })
}

// searchTarget is one full-text index and how its hits become Hits.
type searchTarget struct {
	kind  string
	table string
}

var searchTargets = []searchTarget{
	{KindArticle, "paragraphs_fts"},
	{KindQuote, "quotes_fts"},
	{KindActor, "actors_fts"},
	{KindSource, "sources_fts"},
	{KindQuestion, "questions_fts"},
	{KindEvent, "events_fts"},
	{KindNote, "notes_fts"},
	{KindTag, "tags_fts"}, // hits are the items tagged
}

type rawHit struct {
	Hit
	rowid int64 // in the target's index
	rank  float64
	tag   string // the tag that matched, for a hit on an item's tags
}

// Search finds items matching what the user typed (plain words and "quoted
// phrases"), best first, at most limit (50 when limit <= 0). Each hit's
// snippet marks the matched words between [ and ]. An article hit names the
// paragraph that matched best (0: its title).
func (s *Store) Search(input string, limit int) ([]Hit, error) {
	if limit <= 0 {
		limit = 50
	}
	q := parseQuery(input)
	if q.match == "" {
		return nil, nil
	}
	return s.search(q, searchTargets, limit, rankWindow)
}

// search ranks the matches of q in the targets' indexes (the window most
// recent of each), and describes the best limit of them.
func (s *Store) search(q query, targets []searchTarget, limit, window int) ([]Hit, error) {
	tx, err := s.r.Begin()
	if err != nil {
		return nil, s.wrap(err)
	}
	defer tx.Rollback()

	// Score in every index, then keep the best overall. Snippets are made
	// in Go, only for the hits kept.
	var all []rawHit
	for _, t := range targets {
		hits, err := rank(tx, t, q.match, limit, window)
		if err != nil {
			if isFTSError(err) {
				return nil, nil
			}
			return nil, s.wrap(err)
		}
		all = append(all, hits...)
	}
	sort.SliceStable(all, func(i, j int) bool { return all[i].rank < all[j].rank })

	var out []Hit
	seen := map[ItemRef]bool{}
	for _, h := range all {
		if len(out) == limit {
			break
		}
		fields, err := describe(tx, &h)
		if err != nil {
			if errors.Is(err, sql.ErrNoRows) {
				continue // removed meanwhile
			}
			return nil, s.wrap(err)
		}
		if seen[h.Ref] {
			continue // actors merged into one show once
		}
		seen[h.Ref] = true
		if h.tag != "" {
			fields = append([]string{"tagged " + h.tag}, fields...)
		}
		h.Snippet = snippet(q.terms, fields...)
		out = append(out, h.Hit)
	}
	return out, nil
}

// KindTag groups search hits found by their tags.
const KindTag = "tag"

// SearchKinds are the groups a search's hits fall in, in the order a
// list of results shows them; KindTag holds items found by their tags.
var SearchKinds = []string{KindArticle, KindActor, KindQuote, KindSource, KindQuestion, KindEvent, KindNote, KindTag}

// SearchCounts counts, per kind of SearchKinds, how many items match what
// the user typed: as many as SearchKind can list, so an article counts once
// however many of its paragraphs match, and an item once however many of
// its tags do.
func (s *Store) SearchCounts(input string) (map[string]int, error) {
	q := parseQuery(input)
	out := map[string]int{}
	if q.match == "" {
		return out, nil
	}
	for _, t := range searchTargets {
		count := `count(*)`
		switch t.kind {
		case KindArticle:
			count = `count(DISTINCT rowid >> 24)`
		case KindTag:
			count = `count(DISTINCT target_kind || ' ' || target_id)`
		}
		var n int
		err := s.r.QueryRow(`SELECT `+count+` FROM `+t.table+` WHERE `+t.table+` MATCH ?`, q.match).Scan(&n)
		if err != nil {
			if isFTSError(err) {
				return map[string]int{}, nil
			}
			return nil, s.wrap(err)
		}
		out[t.kind] = n
	}
	return out, nil
}

// SearchKind finds up to limit items of one kind of SearchKinds matching
// what the user typed, best first; asking for more gives the first ones
// again and the next after them, so a list of results can grow page by
// page.
func (s *Store) SearchKind(input, kind string, limit int) ([]Hit, error) {
	q := parseQuery(input)
	if q.match == "" || limit <= 0 {
		return nil, nil
	}
	for _, t := range searchTargets {
		if t.kind == kind {
			return s.search(q, []searchTarget{t}, limit, max(rankWindow, 2*limit))
		}
	}
	return nil, fmt.Errorf("cannot search for a %s", kind)
}

// rank scores the most recent matches in one index and returns the best
// limit, best first; an article's paragraphs count once, by the best of
// them.
func rank(q querier, t searchTarget, match string, limit, window int) ([]rawHit, error) {
	rows, err := q.Query(`SELECT rowid, bm25(`+t.table+`) FROM `+t.table+` WHERE `+t.table+` MATCH ? ORDER BY rowid DESC LIMIT ?`, match, window)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var hits []rawHit
	for rows.Next() {
		h := rawHit{}
		h.Ref.Kind = t.kind
		if err := rows.Scan(&h.rowid, &h.rank); err != nil {
			return nil, err
		}
		h.Ref.ID = h.rowid
		if t.kind == KindTag {
			if err := q.QueryRow(`SELECT target_kind, target_id, tag FROM tags_fts WHERE rowid = ?`, h.rowid).Scan(&h.Ref.Kind, &h.Ref.ID, &h.tag); err != nil {
				return nil, err
			}
			h.rowid = h.Ref.ID
			if h.Ref.Kind == KindArticle {
				h.rowid = paraRowid(h.Ref.ID, 0)
			}
		}
		if h.Ref.Kind == KindArticle && t.kind == KindArticle {
			h.Ref.ID, h.Paragraph = h.rowid>>24, int(h.rowid&maxParagraph)
			h.ArticleID = h.Ref.ID
		}
		hits = append(hits, h)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	sort.Slice(hits, func(i, j int) bool { return hits[i].rank < hits[j].rank })
	if t.kind == KindArticle {
		seen := map[int64]bool{}
		kept := hits[:0]
		for _, h := range hits {
			if !seen[h.Ref.ID] {
				seen[h.Ref.ID] = true
				kept = append(kept, h)
			}
		}
		hits = kept
	}
	if len(hits) > limit {
		hits = hits[:limit]
	}
	return hits, nil
}

// isFTSError reports an error of the FTS5 query language, which parseQuery
// should rule out; should one slip through, the search finds nothing
// rather than failing.
func isFTSError(err error) bool {
	m := err.Error()
	return strings.Contains(m, "fts5") || strings.Contains(m, "syntax error") || strings.Contains(m, "unterminated string")
}

// describe fills a hit's title and place, and returns the texts its
// snippet is made from, best first.
func describe(q querier, h *rawHit) ([]string, error) {
	id := h.Ref.ID
	switch h.Ref.Kind {
	case KindArticle:
		var title, text string
		if err := q.QueryRow(`SELECT title, text FROM paragraphs_fts WHERE rowid = ?`, h.rowid).Scan(&title, &text); err != nil {
			return nil, err
		}
		if err := q.QueryRow(`SELECT title FROM articles WHERE id = ?`, id).Scan(&h.Title); err != nil {
			return nil, err
		}
		return []string{text, title}, nil
	case KindQuote:
		var speaker sql.NullInt64
		var text string
		if err := q.QueryRow(`SELECT coalesce(article_id, 0), paragraph, speaker_id, speaker_label, text FROM quotes WHERE id = ?`, id).
			Scan(&h.ArticleID, &h.Paragraph, &speaker, &h.Title, &text); err != nil {
			return nil, err
		}
		label := h.Title
		if speaker.Valid {
			_, name, err := resolveActor(q, speaker.Int64)
			if err != nil {
				return nil, err
			}
			h.Title = name
		}
		if h.Title == "" {
			h.Title = "Unattributed quote"
		}
		return []string{text, label}, nil
	case KindActor:
		var name, aliases string
		if err := q.QueryRow(`SELECT name, aliases FROM actors_fts WHERE rowid = ?`, h.rowid).Scan(&name, &aliases); err != nil {
			return nil, err
		}
		root, rootName, err := resolveActor(q, id)
		if err != nil {
			return nil, err
		}
		h.Ref.ID, h.Title = root, rootName
		err = q.QueryRow(`SELECT coalesce(article_id, 0), paragraph FROM mentions WHERE actor_id = ?
			ORDER BY article_id IS NULL, article_id, start LIMIT 1`, id).Scan(&h.ArticleID, &h.Paragraph)
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return nil, err
		}
		return []string{name, aliases}, nil
	case KindSource:
		if err := q.QueryRow(`SELECT name FROM sources WHERE id = ?`, id).Scan(&h.Title); err != nil {
			return nil, err
		}
		err := q.QueryRow(`SELECT coalesce(article_id, 0), paragraph FROM citations WHERE source_id = ?
			ORDER BY article_id IS NULL, article_id, start LIMIT 1`, id).Scan(&h.ArticleID, &h.Paragraph)
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return nil, err
		}
		return []string{h.Title}, nil
	case KindQuestion:
		var text, sentence, answer, evidence string
		if err := q.QueryRow(`SELECT coalesce(article_id, 0), paragraph, text, sentence, answer, evidence FROM questions WHERE id = ?`, id).
			Scan(&h.ArticleID, &h.Paragraph, &text, &sentence, &answer, &evidence); err != nil {
			return nil, err
		}
		h.Title = text
		return []string{text, sentence, answer, evidence}, nil
	case KindEvent:
		var text string
		if err := q.QueryRow(`SELECT coalesce(article_id, 0), paragraph, when_text, text FROM events WHERE id = ?`, id).
			Scan(&h.ArticleID, &h.Paragraph, &h.Title, &text); err != nil {
			return nil, err
		}
		return []string{h.Title + ": " + text}, nil
	case KindNote:
		var target ItemRef
		var text string
		if err := q.QueryRow(`SELECT target_kind, target_id, text FROM notes WHERE id = ?`, id).Scan(&target.Kind, &target.ID, &text); err != nil {
			return nil, err
		}
		h.Title = "Note on " + itemName(q, target)
		switch target.Kind {
		case KindArticle:
			h.ArticleID = target.ID
		case KindQuote, KindQuestion, KindEvent:
			err := q.QueryRow(`SELECT coalesce(article_id, 0), paragraph FROM `+kindTables[target.Kind]+` WHERE id = ?`, target.ID).Scan(&h.ArticleID, &h.Paragraph)
			if err != nil && !errors.Is(err, sql.ErrNoRows) {
				return nil, err
			}
		}
		return []string{text}, nil
	}
	return nil, nil
}

// resolveActor follows an actor's merge chain to the actor it shows as.
func resolveActor(q querier, id int64) (int64, string, error) {
	for range 1000 {
		var p sql.NullInt64
		var name string
		if err := q.QueryRow(`SELECT merged_into, name FROM actors WHERE id = ?`, id).Scan(&p, &name); err != nil {
			return 0, "", err
		}
		if !p.Valid {
			return id, name, nil
		}
		id = p.Int64
	}
	return 0, "", errors.New("actor merges form a loop")
}

// itemName names an item in words, for a note's title: "the dossier", an
// article's title, an actor's or source's name, a quote's or question's
// first words, an event's date.
func itemName(q querier, r ItemRef) string {
	var name string
	var err error
	switch r.Kind {
	case KindDossier:
		return "the dossier"
	case KindActor:
		_, name, err = resolveActor(q, r.ID)
	case KindArticle:
		err = q.QueryRow(`SELECT title FROM articles WHERE id = ?`, r.ID).Scan(&name)
	case KindSource:
		err = q.QueryRow(`SELECT name FROM sources WHERE id = ?`, r.ID).Scan(&name)
	case KindQuote:
		err = q.QueryRow(`SELECT '“' || text || '”' FROM quotes WHERE id = ?`, r.ID).Scan(&name)
	case KindQuestion:
		err = q.QueryRow(`SELECT text FROM questions WHERE id = ?`, r.ID).Scan(&name)
	case KindEvent:
		err = q.QueryRow(`SELECT when_text || ' ' || text FROM events WHERE id = ?`, r.ID).Scan(&name)
	case KindNote:
		return "a note"
	}
	if err != nil || strings.TrimSpace(name) == "" {
		return "a " + r.Kind
	}
	if rs := []rune(name); len(rs) > 60 {
		name = string(rs[:59]) + "…"
	}
	return name
}

// Span is a piece of text, as byte offsets.
type Span struct{ Start, End int }

// MatchSpans finds the words of text a search for input matches, so the
// reader can mark them as the search's snippet does.
func MatchSpans(input, text string) []Span {
	q := parseQuery(input)
	if len(q.terms) == 0 {
		return nil
	}
	var out []Span
	for _, t := range tokenSpans(text) {
		if matches(q.terms, text[t.start:t.end]) {
			out = append(out, Span{t.start, t.end})
		}
	}
	return out
}
