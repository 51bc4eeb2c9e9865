package dossier

// TagsOf lists the tags of every item of one kind, by item id, for lists
// that show and filter by tags.
func (s *Store) TagsOf(kind string) (map[int64][]string, error) {
	rows, err := s.r.Query(`SELECT target_id, tag FROM tags WHERE target_kind = ? ORDER BY target_id, tag COLLATE NOCASE`, kind)
	if err != nil {
		return nil, s.wrap(err)
	}
	defer rows.Close()
	out := map[int64][]string{}
	for rows.Next() {
		var id int64
		var t string
		if err := rows.Scan(&id, &t); err != nil {
			return nil, s.wrap(err)
		}
		out[id] = append(out[id], t)
	}
	return out, s.wrap(rows.Err())
}
