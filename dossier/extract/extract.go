package extract

// Extract proposes everything it finds in one article's text. The text is as
// stored by ingest (one paragraph per line); the result is deterministic.
func Extract(text string, meta Meta) *Extraction {
	d := newDoc(text, meta)
	d.actors = findActors(d)
	x := &Extraction{
		Article: ArticleInfo{
			Title:      meta.Title,
			Outlet:     meta.Outlet,
			Author:     meta.Author,
			Published:  meta.Published,
			Words:      countWords(text),
			Paragraphs: len(d.paras),
		},
		Actors:    d.actors,
		Quotes:    findQuotes(d),
		Sources:   findSources(d),
		Questions: findQuestions(d),
		Dates:     findDates(d),
	}
	return x
}
