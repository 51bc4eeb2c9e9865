package extract

// Sent is one sentence: the 1-based paragraph it is in and its byte span in
// the article text.
type Sent struct {
	Para       int
	Start, End int
}

// doc is the article as the finders see it. Extract fills it in stages:
// paragraphs and sentences first, then actors, which later finders (quote
// speakers, sources) look names up in.
type doc struct {
	text   string
	meta   Meta
	paras  []Para
	sents  []Sent
	actors []Actor
	toks   []token
	// lowText is the text with ASCII letters lower-cased; lowOther holds
	// the lower case of the tokens it does not serve (see low).
	lowText  string
	lowOther map[int]string
	// lex holds each token's word classes as tokenClasses gives them
	// (read with class, openClass, dateClass and cueList).
	lex []uint32
	// inQuote marks the tokens that start inside a quotation (quotedTok).
	inQuote []bool
	// mentions are the actor mentions found, in text order; actor is the
	// index into actors.
	mentions []mention
	// quoteSpans caches the paired quotations for pronoun resolution.
	quoteSpans []rawQuote
	// midCaps holds the words capitalised other than at a sentence start.
	midCaps map[string]bool
	// lowSeen holds the words the article writes in lower case.
	lowSeen map[string]bool
	// singleOpen holds each sentence's first single quote mark that may
	// open a quotation, or -1 (see singleOpens).
	singleOpen []int
	// kinds remembers classifyName's answers (see classify).
	kinds map[nameWords]string
	// aloneSeen holds the capitalised words the article also writes with
	// no "and" after them.
	aloneSeen map[string]bool
	// lastSpeaker is the actor who spoke the last attributed quotation,
	// or -1: pronouns with no antecedent nearby continue with them.
	lastSpeaker int
	actorByName map[string]int
	// byGiven maps a given name to the one person named in full with it
	// (-1 when several are), bySurname a surname and a gender likewise.
	byGiven   map[string]int
	bySurname map[string]int
	// roleExact and roleNear index the people by their roles (indexRoles).
	roleExact, roleNear map[string]roleHolder
	// genders caches each actor's gender ("m", "f" or "").
	genders []string
	// furniture marks the paragraphs that are headings or captions.
	furniture []bool
	// roleUses holds, for each role noun the article writes, the offset
	// of its first use and of its first use after "a" or "an" ("a senior
	// official"), -1 when there is none.
	roleUses map[string][2]int
}

func newDoc(text string, meta Meta) *doc {
	d := &doc{text: text, meta: meta, paras: Paragraphs(text), lastSpeaker: -1}
	d.toks = make([]token, 0, len(text)/5)
	d.lex = make([]uint32, 0, cap(d.toks))
	for _, p := range d.paras {
		d.sents = append(d.sents, splitSentences(text, p)...)
	}
	d.tokenize()
	return d
}
