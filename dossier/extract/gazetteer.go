package extract

import (
	"embed"
	"strings"
)

//go:embed data/*.txt
var dataFS embed.FS

// lexicon maps a lower-cased entry to its canonical form.
type lexicon map[string]string

// loadLexicon reads "Name" and "Variant = Canonical" lines; # starts a comment.
func loadLexicon(name string) lexicon {
	b, err := dataFS.ReadFile("data/" + name)
	if err != nil {
		panic("extract: missing embedded " + name)
	}
	lx := lexicon{}
	for _, line := range strings.Split(string(b), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		k, v, ok := strings.Cut(line, " = ")
		if !ok {
			v = line
		}
		lx[strings.ToLower(strings.TrimSpace(k))] = strings.TrimSpace(v)
	}
	return lx
}

var (
	places     = loadLexicon("places.txt")
	demonyms   = loadLexicon("demonyms.txt")
	knownOrgs  = loadLexicon("organizations.txt")
	titles     = loadLexicon("titles.txt")
	speechVerb = loadLexicon("speechverbs.txt")
	givenNames = loadWords("givennames.txt")
	nameGender = loadGender("gender.txt")
)

// loadGender reads the "f:" and "m:" lines of gender.txt.
func loadGender(name string) map[string]string {
	b, err := dataFS.ReadFile("data/" + name)
	if err != nil {
		panic("extract: missing embedded " + name)
	}
	m := map[string]string{}
	for _, line := range strings.Split(string(b), "\n") {
		g, names, ok := strings.Cut(strings.TrimSpace(line), ":")
		if !ok || (g != "f" && g != "m") {
			continue
		}
		for _, w := range strings.Fields(names) {
			if other, seen := m[w]; seen && other != g {
				m[w] = "" // used for both
				continue
			}
			m[w] = g
		}
	}
	return m
}

// loadWords reads a list of lower-cased words, several on a line.
func loadWords(name string) map[string]bool {
	b, err := dataFS.ReadFile("data/" + name)
	if err != nil {
		panic("extract: missing embedded " + name)
	}
	m := map[string]bool{}
	for _, line := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(strings.TrimSpace(line), "#") {
			continue
		}
		for _, w := range strings.Fields(line) {
			m[strings.ToLower(w)] = true
		}
	}
	return m
}

// orgHeads end organisation names ("Sam Houston State University").
var orgHeads = toSet(
	"department", "ministry", "university", "college", "school", "institute", "institution", "cartel",
	"command", "agency", "party", "council", "court", "committee", "commission", "bank", "group",
	"inc", "inc.", "corp", "corp.", "corporation", "company", "co.", "llc", "ltd", "ltd.", "plc",
	"association", "foundation", "army", "navy", "force", "forces", "guard", "police", "office",
	"service", "services", "bureau", "administration", "congress", "senate", "parliament",
	"government", "organization", "organisation", "union", "center", "centre", "authority",
	"board", "fund", "society", "network", "alliance", "coalition", "federation", "league",
	"club", "hospital", "church", "museum", "laboratory", "lab", "labs", "industries", "systems",
	"technologies", "airlines", "front", "movement", "brigade", "brigades", "corps", "cabinet",
	"assembly", "tribunal", "prosecution", "directorate", "secretariat",
	"exchange", "project", "initiative", "council", "trust", "partners", "holdings", "media",
	"studios", "games", "motors", "pharmaceuticals", "house", "productions", "records", "entertainment",
	"securities", "equities", "ventures", "enterprises", "communications", "insurance", "associates",
	"pictures", "films", "airways", "telecom", "railways", "logistics", "bancorp", "capital",
)

// personRoles are lower-case nouns that describe a person when they stand
// before a name ("investigative journalist Ken Klippenstein") or alone as an
// unnamed speaker ("a spokesperson said").
var personRoles = toSet(
	"journalist", "reporter", "correspondent", "editor", "columnist", "writer", "author",
	"spokesperson", "spokesman", "spokeswoman", "official", "officials", "analyst", "expert",
	"professor", "researcher", "scientist", "lawyer", "attorney", "prosecutor", "judge",
	"officer", "agent", "source", "sources", "diplomat", "adviser", "advisor", "aide", "minister",
	"secretary", "commander", "director", "president", "chief", "leader", "lawmaker", "senator",
	"representative", "candidate", "activist", "economist", "historian", "doctor", "physician",
	"developer", "engineer", "founder", "executive", "manager", "chairman", "chairwoman", "ceo",
	"fellow", "member", "veteran", "photographer", "resident", "witness", "victim", "student",
	"teacher", "owner", "worker", "employee", "investigator", "detective", "general", "admiral",
	"critic", "critics", "supporter", "supporters", "poster", "user", "commenter", "mayor", "governor",
	"ambassador", "envoy", "negotiator", "strategist", "consultant", "pollster", "psychologist",
	"specialist", "staffer", "insider", "observer", "coordinator", "organizer", "administrator",
	"councillor", "councilor", "councilman", "councilwoman", "legislator", "deputy", "chancellor",
	"premier", "governor", "sheriff", "captain", "sergeant", "lieutenant", "colonel", "major",
	"nurse", "surgeon", "pharmacist", "scholar", "lecturer", "dean", "principal", "coach", "player",
	"athlete", "actor", "actress", "singer", "artist", "musician", "filmmaker", "producer", "director",
	"chef", "farmer", "pilot", "driver", "soldier", "marine", "sailor", "firefighter", "paramedic",
	"defendant", "plaintiff", "suspect", "inmate", "prisoner", "mother", "father", "daughter", "son",
	"wife", "husband", "widow", "neighbour", "neighbor", "friend", "colleague", "partner", "cofounder",
	"co-founder", "chairperson", "treasurer", "auditor", "regulator", "inspector", "commissioner",
	"ombudsman", "minister", "mp", "mep", "senator", "congressman", "congresswoman", "delegate",
	"anchor", "host", "presenter", "commentator", "blogger", "broadcaster", "novelist", "poet",
	"banker", "trader", "investor", "shareholder", "broker", "accountant", "consultant", "contractor",
	"landlord", "tenant", "shopkeeper", "customer", "passenger", "patient", "survivor", "relative",
	"eyewitness", "bystander", "protester", "demonstrator", "campaigner", "volunteer", "organiser",
	"fan", "voter", "citizen", "local", "villager", "refugee", "migrant", "aide", "staffer", "clerk",
	"guard", "warden", "ranger", "monk", "priest", "imam", "rabbi", "bishop", "pastor", "cleric",
)

// notNames are capitalised words that start sentences or headlines but
// never name an actor on their own.
var notNames = toSet(
	"a", "an", "the", "this", "that", "these", "those", "there", "here", "it", "its", "he", "she",
	"they", "we", "i", "you", "his", "her", "their", "our", "my", "your", "him", "them", "us",
	"in", "on", "at", "for", "from", "to", "of", "by", "with", "without", "as", "after", "before",
	"during", "since", "until", "while", "when", "where", "what", "who", "whom", "why", "how",
	"which", "whether", "if", "but", "and", "or", "nor", "so", "yet", "also", "still", "even",
	"however", "meanwhile", "moreover", "although", "though", "because", "despite", "according",
	"following", "amid", "among", "about", "over", "under", "into", "through", "across", "against",
	"not", "no", "yes", "all", "any", "some", "many", "most", "more", "much", "few", "several",
	"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "first",
	"second", "third", "last", "next", "new", "other", "another", "such", "each", "every", "both",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"january", "february", "march", "april", "may", "june", "july", "august", "september",
	"october", "november", "december", "today", "yesterday", "tomorrow", "tonight", "now", "then",
	"mr", "mrs", "ms", "dr", "is", "was", "are", "were", "be", "been", "has", "have", "had", "do",
	"does", "did", "will", "would", "can", "could", "should", "may", "might", "must", "shall",
	"view", "photo", "read", "watch", "click", "share", "related", "advertisement", "image",
	"video", "getty", "images", "file", "update", "updated", "editor's",
	"note", "whatever", "whoever", "perhaps", "instead", "indeed", "already", "just", "only",
	"like", "unlike", "once", "again", "thus", "therefore", "rather", "nearly", "almost", "earlier",
	"later", "soon", "recently", "finally", "currently", "initially", "ultimately", "especially",
	"specifically", "notably", "similarly", "likewise", "overall", "altogether", "otherwise",
	"whereas", "unless", "within", "between", "beyond", "behind", "above", "below", "around",
	"toward", "towards", "upon", "via", "per", "out", "up", "down", "off", "back", "away",
	"internet", "web", "online", "executive", "orders", "order", "chapter", "section", "article",
	"rival", "fellow", "local", "top", "senior", "leading", "veteran", "embattled", "beleaguered",
	"outgoing", "incoming", "longtime", "former", "then", "acting", "interim", "late", "young", "old",
)

// pronounGender gives the gender a personal pronoun implies ("" when none).
var pronouns = map[string]string{"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f", "they": "", "it": "o"}
