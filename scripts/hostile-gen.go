//go:build ignore

// Hostile-gen writes the article files scripts/bench-hostile.sh imports and
// exports: shapes no newsroom writes but anyone can send, each just under
// the importer's size limit, and one long article of ordinary news text.
//
//	go run scripts/hostile-gen.go -o DIR
package main

import (
	"bufio"
	"flag"
	"fmt"
	"log"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
)

const mb = 1 << 20

var shapes = []struct {
	name  string
	write func(w *bufio.Writer)
}{
	// 2 M questions of one word each, in one paragraph.
	{"questions.txt", func(w *bufio.Writer) {
		w.WriteString("Two million questions\n\n")
		for range 2_000_000 {
			w.WriteString("Why? ")
		}
		w.WriteString("\n")
	}},
	// 3 M paragraphs of one character.
	{"paragraphs.txt", func(w *bufio.Writer) {
		w.WriteString("Three million paragraphs\n\n")
		for range 3_000_000 {
			w.WriteString("a\n\n")
		}
	}},
	// One paragraph of 10 MB of ordinary sentences, no line break.
	{"one-paragraph.txt", func(w *bufio.Writer) {
		w.WriteString("One paragraph of ten megabytes\n\n")
		r := rand.New(rand.NewPCG(1, 2))
		for n := 0; n < 10*mb; {
			s := sentence(r) + " "
			w.WriteString(s)
			n += len(s)
		}
		w.WriteString("\n")
	}},
	// Quotes one after another, from a few hundred speakers.
	{"quotes.txt", func(w *bufio.Writer) {
		w.WriteString("Everyone speaks\n\n")
		r := rand.New(rand.NewPCG(3, 4))
		for n, i := 0, 0; n < 10*mb; i++ {
			s := fmt.Sprintf("“%s” said %s. ", strings.TrimSuffix(sentence(r), "."), person(r))
			if i%8 == 7 {
				s += "\n\n"
			}
			w.WriteString(s)
			n += len(s)
		}
		w.WriteString("\n")
	}},
	// A long article of varied news text, paragraphs of one to four
	// sentences with quotes, sources, questions and dates, up to 19.9 MB.
	{"realistic.txt", func(w *bufio.Writer) {
		w.WriteString("Harbour, budget and courts: a year of regional news\n\n")
		r := rand.New(rand.NewPCG(5, 6))
		for n := 0; n < 19*mb+900*1024; {
			p := newsParagraph(r) + "\n\n"
			w.WriteString(p)
			n += len(p)
		}
	}},
}

func main() {
	dir := flag.String("o", ".", "folder to write the files to")
	flag.Parse()
	if err := os.MkdirAll(*dir, 0o755); err != nil {
		log.Fatal(err)
	}
	for _, s := range shapes {
		f, err := os.Create(filepath.Join(*dir, s.name))
		if err != nil {
			log.Fatal(err)
		}
		w := bufio.NewWriterSize(f, 1<<16)
		s.write(w)
		if err := w.Flush(); err != nil {
			log.Fatal(err)
		}
		if err := f.Close(); err != nil {
			log.Fatal(err)
		}
	}
}

var (
	firsts   = []string{"Elena", "Tomás", "Inés", "James", "Amara", "Wei", "Fatima", "Lars", "Priya", "Kofi", "Sofia", "Mateo", "Hannah", "Yusuf", "Chloé", "Dmitri", "Aiko", "Oluwaseun"}
	lasts    = []string{"Ruiz", "Baker", "Guzmán", "Okafor", "Lindqvist", "Chen", "Haddad", "Núñez", "Patel", "Mensah", "Rossi", "Fernández", "Weber", "Demir", "Laurent", "Ivanov", "Tanaka", "Adeyemi"}
	roles    = []string{"Mayor", "Finance Minister", "Opposition leader", "police chief", "union leader", "council member", "spokesperson", "port director", "judge", "economist"}
	orgs     = []string{"the city council", "the port authority", "the regional government", "the Harbour Workers Union", "the Central Bank", "the Supreme Court", "the Ministry of Transport", "Coastal Shipping Ltd."}
	outlets  = []string{"Reuters", "the Associated Press", "the Coastal Gazette", "El Faro", "Bloomberg", "the Financial Times", "Le Monde"}
	verbs    = []string{"said", "warned", "added", "argued", "insisted", "wrote"}
	things   = []string{"the harbour plan", "the new budget", "the dredging contract", "the court ruling", "the fare increase", "the breakwater", "the audit", "the strike", "the election result", "the flood defences"}
	actions  = []string{"approved", "rejected", "delayed", "questioned", "defended", "announced", "cancelled", "reviewed", "funded", "criticised"}
	months   = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
	unsure   = []string{"It is not yet clear whether", "It remains to be seen whether", "Officials declined to say whether", "Nobody knows whether"}
	weekdays = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"}
)

func pick(r *rand.Rand, xs []string) string { return xs[r.IntN(len(xs))] }

func person(r *rand.Rand) string { return pick(r, firsts) + " " + pick(r, lasts) }

func sentence(r *rand.Rand) string {
	switch r.IntN(4) {
	case 0:
		return fmt.Sprintf("%s %s %s on %s.", capital(pick(r, orgs)), pick(r, actions), pick(r, things), pick(r, weekdays))
	case 1:
		return fmt.Sprintf("The cost of %s rose by %d%% to %d million euros in %s %d.", pick(r, things), 2+r.IntN(60), 10+r.IntN(900), pick(r, months), 2015+r.IntN(11))
	case 2:
		return fmt.Sprintf("%s %s, %s, met officials from %s.", capital(pick(r, roles)), person(r), pick(r, []string{"who proposed the plan", "a long-time critic", "speaking for the first time"}), pick(r, orgs))
	}
	return fmt.Sprintf("Work on %s will continue until %s %d, according to %s.", pick(r, things), pick(r, months), 2025+r.IntN(4), pick(r, outlets))
}

func newsParagraph(r *rand.Rand) string {
	var parts []string
	for range 1 + r.IntN(3) {
		parts = append(parts, sentence(r))
	}
	switch r.IntN(5) {
	case 0:
		parts = append(parts, fmt.Sprintf("“We will not accept %s as it stands,” %s %s %s.", pick(r, things), pick(r, verbs), pick(r, roles), person(r)))
	case 1:
		parts = append(parts, fmt.Sprintf("%s %s will pay for %s.", pick(r, unsure), pick(r, orgs), pick(r, things)))
	case 2:
		parts = append(parts, fmt.Sprintf("%s reported that %s had %s %s.", capital(pick(r, outlets)), pick(r, orgs), pick(r, actions), pick(r, things)))
	case 3:
		parts = append(parts, fmt.Sprintf("Who will pay for %s if the estimates are wrong?", pick(r, things)))
	}
	return strings.Join(parts, " ")
}

func capital(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
