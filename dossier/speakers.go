package dossier

// QuotesBy lists the quotes of an actor and of the actors merged into it,
// in article and text order, without reading every quote of the dossier.
func (s *Store) QuotesBy(actorID int64) ([]Quote, error) {
	g, err := loadGraph(s.r)
	if err != nil {
		return nil, s.wrap(err)
	}
	if _, ok := g.parent[actorID]; !ok {
		return nil, notFound(KindActor, actorID)
	}
	in, args := inList(g.group(actorID))
	qs, err := s.quotes(s.r, Filter{}, ` WHERE speaker_id IN (`+in+`)`, args...)
	return qs, s.wrap(err)
}
