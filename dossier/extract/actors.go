package extract

// Finding actors runs in stages, one file each:
//
//	actors_scan.go      runs of capitalised words (capRun)
//	actors_mentions.go  a run -> mentions, titles and demonyms peeled off (mentionsIn)
//	actors_classify.go  person, organisation, place or outlet (classifyName, personEvidence)
//	actors_cluster.go   mentions of one actor merged, with aliases (cluster)
//	actors_roles.go     a person's role and affiliation (roleOf)
//
// Each stage reads the tokens of the doc and the word lists of gazetteer.go;
// only cluster builds Actors.

// mention is one place an actor is named.
type mention struct {
	from, to    int // token range [from, to) of the name itself, titles excluded
	start, end  int // byte span of the name
	name        string
	kind        string // person, organization, place; "" while undecided
	title       string // title written before the name ("General")
	affiliation string
	role        string
	alias       string // nickname or acronym defined with this mention
	actor       int
}

// findActors finds the people, organisations and places the article names
// and merges the different ways it names each one.
func findActors(d *doc) []Actor {
	var ms []mention
	for i := 0; i < len(d.toks); {
		if d.isFurniture(d.sents[d.toks[i].sent].Para) {
			// Headings, captions and related-story links name things in
			// title case; they propose no actors.
			i++
			continue
		}
		if d.isDateline(i) {
			i++
			continue
		}
		j := d.capRun(i)
		if j == i {
			i++
			continue
		}
		if e := d.descriptorEnd(i, j); e > j {
			if d.low(i) == "the" {
				i++
			}
			ms = append(ms, d.newMention(i, e, "organization", "", ""))
			i = e
			continue
		}
		ms = append(ms, d.mentionsIn(i, j)...)
		i = j
	}
	personsBySurname(d, ms)
	d.mentions = ms
	return d.cluster()
}
