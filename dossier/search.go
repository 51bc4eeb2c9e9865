package dossier

import (
	"database/sql"
	"errors"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefwright/briefwright/dossier/extract"
)

// Snippet markers used inside SQL; they cannot occur in stored text that
// came through ingest, so the match can be found again in the article.
const (
	markOpen  = "\x01"
	markClose = "\x02"
	markCut   = "\x03"
)

// ftsQuery turns what a user types into a safe FTS5 query: every word and
// every "quoted phrase" becomes a quoted FTS5 string built only of letters
// and digits, so no input can be an FTS5 syntax error. All parts must
// match; the last word, while still being typed, matches as a prefix.
func ftsQuery(input string) string {
	var groups []string
	var prefix bool
	addGroup := func(text string, phrase bool) {
		toks := tokens(text)
		if len(toks) == 0 {
			return
		}
		groups = append(groups, `"`+strings.Join(toks, " ")+`"`)
		last := toks[len(toks)-1]
		prefix = !phrase && utf8.RuneCountInString(last) >= 2
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
		return ""
	}
	// Only while typing: after a space the word is complete.
	if prefix && !unicode.IsSpace(lastRune(input)) && !strings.HasSuffix(input, `"`) {
		groups[len(groups)-1] += "*"
	}
	return strings.Join(groups, " ")
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// tokens splits text into runs of letters, digits and marks, as the
// unicode61 tokenizer does.
func tokens(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.Is(unicode.Mn, r)
	})
}

// searchTarget is one full-text index and how its hits become Hits.
type searchTarget struct {
	kind  string
	table string
	// tokens is the snippet length in tokens.
	tokens int
}

var searchTargets = []searchTarget{
	{KindArticle, "articles_fts", 16},
	{KindQuote, "quotes_fts", 24},
	{KindActor, "actors_fts", 12},
	{KindSource, "sources_fts", 12},
	{KindQuestion, "questions_fts", 24},
	{KindEvent, "events_fts", 16},
	{KindNote, "notes_fts", 20},
}

type rawHit struct {
	Hit
	rank    float64
	snippet string
}

// Search finds items matching what the user typed (plain words and "quoted
// phrases"), best first, at most limit (50 when limit <= 0). Each hit's
// snippet marks the match between [ and ].
func (s *Store) Search(q string, limit int) ([]Hit, error) {
	if limit <= 0 {
		limit = 50
	}
	match := ftsQuery(q)
	if match == "" {
		return nil, nil
	}
	tx, err := s.r.Begin()
	if err != nil {
		return nil, s.wrap(err)
	}
	defer tx.Rollback()
	var all []rawHit
	for _, t := range searchTargets {
		rows, err := tx.Query(`SELECT rowid, snippet(`+t.table+`, -1, ?, ?, ?, ?), rank FROM `+t.table+`
			WHERE `+t.table+` MATCH ? ORDER BY rank LIMIT ?`, markOpen, markClose, markCut, t.tokens, match, limit)
		if err != nil {
			if isFTSError(err) {
				return nil, nil
			}
			return nil, s.wrap(err)
		}
		for rows.Next() {
			h := rawHit{}
			h.Ref.Kind = t.kind
			if err := rows.Scan(&h.Ref.ID, &h.snippet, &h.rank); err != nil {
				rows.Close()
				return nil, s.wrap(err)
			}
			all = append(all, h)
		}
		err = rows.Err()
		rows.Close()
		if err != nil {
			if isFTSError(err) {
				return nil, nil
			}
			return nil, s.wrap(err)
		}
	}
	sort.SliceStable(all, func(i, j int) bool { return all[i].rank < all[j].rank })

	var out []Hit
	seen := map[ItemRef]bool{}
	for _, h := range all {
		if len(out) == limit {
			break
		}
		if err := describe(tx, &h); err != nil {
			if errors.Is(err, sql.ErrNoRows) {
				continue // removed meanwhile
			}
			return nil, s.wrap(err)
		}
		if seen[h.Ref] {
			continue // actors merged into one show once
		}
		seen[h.Ref] = true
		h.Snippet = strings.NewReplacer(markOpen, "[", markClose, "]", markCut, "…").Replace(h.snippet)
		out = append(out, h.Hit)
	}
	return out, nil
}

// isFTSError reports an error of the FTS5 query language, which ftsQuery
// should rule out; should one slip through, the search finds nothing
// rather than failing.
func isFTSError(err error) bool {
	m := err.Error()
	return strings.Contains(m, "fts5") || strings.Contains(m, "syntax error") || strings.Contains(m, "unterminated string")
}

// describe fills a hit's title and place.
func describe(q querier, h *rawHit) error {
	id := h.Ref.ID
	switch h.Ref.Kind {
	case KindArticle:
		var text string
		if err := q.QueryRow(`SELECT title, text FROM articles WHERE id = ?`, id).Scan(&h.Title, &text); err != nil {
			return err
		}
		h.ArticleID = id
		h.Paragraph = snippetParagraph(text, h.snippet)
	case KindQuote:
		var speaker sql.NullInt64
		if err := q.QueryRow(`SELECT coalesce(article_id, 0), paragraph, speaker_id, speaker_label FROM quotes WHERE id = ?`, id).
			Scan(&h.ArticleID, &h.Paragraph, &speaker, &h.Title); err != nil {
			return err
		}
		if speaker.Valid {
			_, name, err := resolveActor(q, speaker.Int64)
			if err != nil {
				return err
			}
			h.Title = name
		}
		if h.Title == "" {
			h.Title = "Quote"
		}
	case KindActor:
		root, name, err := resolveActor(q, id)
		if err != nil {
			return err
		}
		h.Ref.ID, h.Title = root, name
		err = q.QueryRow(`SELECT coalesce(article_id, 0), paragraph FROM mentions WHERE actor_id = ?
			ORDER BY article_id IS NULL, article_id, start LIMIT 1`, id).Scan(&h.ArticleID, &h.Paragraph)
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return err
		}
	case KindSource:
		if err := q.QueryRow(`SELECT name FROM sources WHERE id = ?`, id).Scan(&h.Title); err != nil {
			return err
		}
		err := q.QueryRow(`SELECT coalesce(article_id, 0), paragraph FROM citations WHERE source_id = ?
			ORDER BY article_id IS NULL, article_id, start LIMIT 1`, id).Scan(&h.ArticleID, &h.Paragraph)
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return err
		}
	case KindQuestion:
		if err := q.QueryRow(`SELECT coalesce(article_id, 0), paragraph FROM questions WHERE id = ?`, id).Scan(&h.ArticleID, &h.Paragraph); err != nil {
			return err
		}
		h.Title = "Question"
	case KindEvent:
		if err := q.QueryRow(`SELECT coalesce(article_id, 0), paragraph, when_text FROM events WHERE id = ?`, id).Scan(&h.ArticleID, &h.Paragraph, &h.Title); err != nil {
			return err
		}
	case KindNote:
		var target ItemRef
		if err := q.QueryRow(`SELECT target_kind, target_id FROM notes WHERE id = ?`, id).Scan(&target.Kind, &target.ID); err != nil {
			return err
		}
		h.Title = "Note on the dossier"
		if target.Kind != KindDossier {
			h.Title = "Note on " + target.String()
		}
		switch target.Kind {
		case KindArticle:
			h.ArticleID = target.ID
		case KindQuote, KindQuestion, KindEvent:
			err := q.QueryRow(`SELECT coalesce(article_id, 0), paragraph FROM `+kindTables[target.Kind]+` WHERE id = ?`, target.ID).Scan(&h.ArticleID, &h.Paragraph)
			if err != nil && !errors.Is(err, sql.ErrNoRows) {
				return err
			}
		}
	}
	return nil
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

// snippetParagraph finds the paragraph of an article snippet's first match:
// the snippet, without its markers, is a piece of the text. A match in the
// title gives 0.
func snippetParagraph(text, snippet string) int {
	open := strings.Index(snippet, markOpen)
	if open < 0 {
		return 0
	}
	// The longest marker-free piece around the first match locates it.
	start := strings.LastIndex(snippet[:open], markCut) + 1
	piece := snippet[start:]
	if k := strings.Index(piece, markCut); k >= 0 {
		piece = piece[:k]
	}
	at := strings.Index(piece, markOpen)
	plain := strings.NewReplacer(markOpen, "", markClose, "").Replace(piece)
	off := strings.Index(text, plain)
	if off < 0 {
		return 0
	}
	off += len(strings.NewReplacer(markOpen, "", markClose, "").Replace(piece[:at]))
	for _, p := range extract.Paragraphs(text) {
		if off < p.End {
			return p.Index
		}
	}
	return 0
}
