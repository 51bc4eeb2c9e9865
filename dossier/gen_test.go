package dossier

import (
	"fmt"
	"math/rand"
	"strings"

	"github.com/briefwright/briefwright/dossier/extract"
)

// Generated articles for the crash test and the benchmarks: about 800 words
// in 12 paragraphs, with about 20 proposals (actors with their mentions,
// quotes, sources, questions, dates) whose spans point into the text. Names
// come from small pools so that articles share actors and sources, as a
// real dossier's do.

var (
	genFirst   = []string{"Ana", "Luis", "María", "José", "Claudia", "Omar", "Rosa", "Pedro", "Elena", "Jorge", "Lucía", "Diego", "Sofía", "Ángel", "Marta", "Raúl"}
	genLast    = []string{"García", "Morales", "Guzmán", "Trevilla", "Harfuch", "López", "Navarro", "Ruiz", "Ortega", "Castillo", "Mendoza", "Vega", "Ríos", "Salazar"}
	genOrgs    = []string{"Pentagon", "Department of State", "Navy", "Interior Ministry", "Sinaloa Cartel", "Border Patrol", "Senate", "Army", "Coast Guard", "Treasury"}
	genSources = []string{"Reuters", "Associated Press", "Daily Mail", "El Universal", "Milenio", "CNN", "The New York Times", "Proceso", "Bloomberg", "NBC News", "Le Monde", "Al Jazeera"}
	genMonths  = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
	genWords   = strings.Fields(`the officials said that a plan to expand security cooperation along the border was
		discussed during several meetings with regional authorities while analysts warned that any unilateral action
		could strain relations and complicate trade talks already under pressure from tariffs and migration disputes
		lawmakers in both capitals asked for briefings on the legal basis of the operations and on the intelligence
		behind them as residents described checkpoints patrols and sudden arrests in towns near the highway`)
)

type genItem struct{ name, kind string }

// genArticle builds article n; the same n always gives the same article.
func genArticle(n int) (Article, *extract.Extraction) {
	r := rand.New(rand.NewSource(int64(n) + 1))
	var actors []genItem
	seen := map[string]bool{}
	for len(actors) < 6 {
		var it genItem
		if r.Intn(3) == 0 {
			it = genItem{genOrgs[r.Intn(len(genOrgs))], "organization"}
		} else {
			it = genItem{genFirst[r.Intn(len(genFirst))] + " " + genLast[r.Intn(len(genLast))], "person"}
		}
		if !seen[it.name] {
			seen[it.name] = true
			actors = append(actors, it)
		}
	}
	x := &extract.Extraction{}
	spans := map[string][]extract.Span{}
	var b strings.Builder
	para := 0
	filler := func(words int) {
		for i := 0; i < words; i++ {
			if i > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(genWords[r.Intn(len(genWords))])
		}
	}
	mark := func(s string) extract.Span {
		start := b.Len()
		b.WriteString(s)
		return extract.Span{Paragraph: para, Start: start, End: b.Len()}
	}
	title := fmt.Sprintf("Generated article %d on border security", n)
	for p := 1; p <= 12; p++ {
		if p > 1 {
			b.WriteString("\n\n")
		}
		para = p
		switch {
		case p == 1:
			mark(title)
			continue
		case p%2 == 0: // a quote
			a := actors[(p/2)%len(actors)]
			b.WriteString(`"`)
			start := b.Len()
			filler(14 + r.Intn(10))
			b.WriteString(`,"`)
			q := extract.Quote{Text: b.String()[start : b.Len()-1], Paragraph: p, Start: start, End: b.Len() - 1, Cue: "said"}
			b.WriteByte(' ')
			sp := mark(a.name)
			spans[a.name] = append(spans[a.name], sp)
			b.WriteString(" said. ")
			if a.kind == "person" {
				q.Speaker, q.SpeakerNamed = a.name, true
			} else {
				q.Speaker = a.name + " spokesperson"
			}
			x.Quotes = append(x.Quotes, q)
		case p%3 == 0: // a source and a date
			b.WriteString("According to ")
			name := genSources[r.Intn(len(genSources))]
			sp := mark(name)
			x.Sources = append(x.Sources, extract.Source{Name: name, Kind: "outlet", Relation: "according_to", Paragraph: p, Start: sp.Start, End: sp.End})
			b.WriteString(", the talks began in ")
			month := r.Intn(12)
			dsp := mark(fmt.Sprintf("%s 2025", genMonths[month]))
			x.Dates = append(x.Dates, extract.Date{Text: genMonths[month] + " 2025", Value: fmt.Sprintf("2025-%02d", month+1), Event: "talks began", Paragraph: p, Start: dsp.Start, End: dsp.End})
			b.WriteString(". ")
		case p == 5 || p == 11: // a question
			sp := mark(fmt.Sprintf("It remains unclear whether the %s will approve the plan before %s.", actors[p%6].name, genMonths[r.Intn(12)]))
			x.Questions = append(x.Questions, extract.Question{Text: "Will the plan be approved?", Sentence: b.String()[sp.Start:sp.End], Paragraph: p, Start: sp.Start, End: sp.End})
			b.WriteByte(' ')
		}
		// Every paragraph names an actor and runs to about 70 words.
		a := actors[p%len(actors)]
		sp := mark(a.name)
		spans[a.name] = append(spans[a.name], sp)
		b.WriteByte(' ')
		filler(55 + r.Intn(20))
		b.WriteString(".")
	}
	for _, a := range actors {
		if len(spans[a.name]) == 0 {
			continue
		}
		parts := strings.Fields(a.name)
		xa := extract.Actor{Name: a.name, Kind: a.kind, Mentions: len(spans[a.name]), Spans: spans[a.name]}
		if a.kind == "person" {
			xa.Aliases = []string{parts[len(parts)-1]}
			xa.Role = "official"
		}
		x.Actors = append(x.Actors, xa)
	}
	text := b.String()
	return Article{Title: title, Outlet: "Generated Wire", Published: "2025-10-01", Format: "txt", File: fmt.Sprintf("gen-%04d.txt", n), Text: text}, x
}

// genItems is how many items article n's extraction proposes.
func genItems(x *extract.Extraction) (mentions, quotes, citations, questions, events int) {
	for _, a := range x.Actors {
		mentions += len(a.Spans)
	}
	return mentions, len(x.Quotes), len(x.Sources), len(x.Questions), len(x.Dates)
}
