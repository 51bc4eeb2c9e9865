package dossier

// Counts gives, per kind, how many items there are in each status; merged
// actors are not counted. It is one query, cheap enough for every refresh
// of the sidebar.
func (s *Store) Counts() (Counts, error) {
	rows, err := s.r.Query(`
		SELECT 'actor', status, count(*) FROM actors WHERE merged_into IS NULL GROUP BY status
		UNION ALL SELECT 'quote', status, count(*) FROM quotes GROUP BY status
		UNION ALL SELECT 'source', status, count(*) FROM sources GROUP BY status
		UNION ALL SELECT 'question', status, count(*) FROM questions GROUP BY status
		UNION ALL SELECT 'event', status, count(*) FROM events GROUP BY status
		UNION ALL SELECT 'article', '', count(*) FROM articles
		UNION ALL SELECT 'note', '', count(*) FROM notes`)
	if err != nil {
		return nil, s.wrap(err)
	}
	defer rows.Close()
	c := Counts{}
	for _, k := range []string{KindArticle, KindActor, KindQuote, KindSource, KindQuestion, KindEvent, KindNote} {
		c[k] = map[Status]int{}
	}
	for rows.Next() {
		var kind string
		var st Status
		var n int
		if err := rows.Scan(&kind, &st, &n); err != nil {
			return nil, s.wrap(err)
		}
		c[kind][st] = n
	}
	return c, s.wrap(rows.Err())
}

// Snapshot reads the whole dossier, articles with their text, as one
// consistent state. It holds every item in memory at once: an export reads
// through Excerpt (the briefing) or View (the JSON) instead, whose memory
// does not grow with the number of items.
func (s *Store) Snapshot() (*Dossier, error) {
	tx, err := s.r.Begin()
	if err != nil {
		return nil, s.wrap(err)
	}
	defer tx.Rollback()
	d := &Dossier{Path: s.path}
	if d.Meta, err = s.meta(tx); err != nil {
		return nil, s.wrap(err)
	}
	if d.Articles, err = s.articles(tx, true); err != nil {
		return nil, s.wrap(err)
	}
	if d.Actors, err = s.actors(tx, nil, Filter{}); err != nil {
		return nil, s.wrap(err)
	}
	if d.Quotes, err = s.quotes(tx, Filter{}, ""); err != nil {
		return nil, s.wrap(err)
	}
	if d.Sources, err = s.sources(tx, Filter{}, 0); err != nil {
		return nil, s.wrap(err)
	}
	if d.Questions, err = s.questions(tx, "", ""); err != nil {
		return nil, s.wrap(err)
	}
	if d.Events, err = s.events(tx, "", ""); err != nil {
		return nil, s.wrap(err)
	}
	if d.Notes, err = s.notes(tx, ""); err != nil {
		return nil, s.wrap(err)
	}
	if d.Tags, err = allTags(tx); err != nil {
		return nil, s.wrap(err)
	}
	return d, nil
}
