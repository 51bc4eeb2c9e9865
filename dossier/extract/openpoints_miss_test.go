package extract

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

var openMisses = flag.String("openmisses", "", "write the open points the score misses, and the proposals that hold none, to this file; every scored sentence to FILE.tsv")

// TestOpenPointMisses lists, per article of every batch but the held-out
// one, the gold points no proposal holds (with the sentence that holds
// each, its features and its score above the decision offset) and the
// proposals that hold no gold point, each article scored by weights
// fitted with its batch left out; FILE.tsv has every scored sentence
// (batch, article, gold points held, score, features, text), for counting
// how often a construction holds a gold point:
//
//	go test ./dossier/extract -run '^TestOpenPointMisses$' -openmisses /tmp/misses.txt
func TestOpenPointMisses(t *testing.T) {
	if *openMisses == "" {
		t.Skip("run with -openmisses FILE to list the open-point misses")
	}
	arts := loadFitArticles(t)
	prior := articlePriors(arts)
	scores := openRecipe.leaveBatchOut(arts, prior)
	off, _ := bestOffset(arts, scores, openRecipe.minP)
	var sb, all strings.Builder
	for ai, a := range arts {
		if a.batch == heldOutBatch || a.batch == 0 {
			continue
		}
		dir := filepath.Join("testdata/articles", a.name)
		text, _ := os.ReadFile(filepath.Join(dir, "article.txt"))
		g := readGold(t, filepath.Join(dir, "gold.json"))
		d := newDoc(string(text), Meta{})
		d.actors = findActors(d)
		findQuotes(d)
		var raws []string
		d.eachQuestion(func(si int, txt string, ok bool, o *openSentence) {
			s := d.sents[si]
			if o != nil && !d.isFurniture(s.Para) {
				raws = append(raws, d.text[s.Start:s.End])
			}
		})
		found := map[int]bool{}
		for _, h := range a.ruled {
			for _, i := range h {
				found[i] = true
			}
		}
		for k, s := range a.sents {
			if scores[ai][k] > off {
				for _, i := range s.hits {
					found[i] = true
				}
			}
		}
		for k, s := range a.sents {
			fmt.Fprintf(&all, "%d\t%s\t%d\t%.2f\t%s\t%s\n", a.batch, a.name, len(s.hits), scores[ai][k]-off, strings.Join(s.feats, " "), strings.ReplaceAll(raws[k], "\n", " "))
		}
		fmt.Fprintf(&sb, "=== batch %d %s (gold %d)\n", a.batch, a.name, a.gold)
		for i, q := range g.QuestionSentences {
			if found[i] {
				continue
			}
			where := -1
			for k, s := range a.sents {
				for _, h := range s.hits {
					if h == i {
						where = k
					}
				}
			}
			if where < 0 {
				fmt.Fprintf(&sb, "MISS-NOSENT %q\n", q)
				continue
			}
			s := a.sents[where]
			sort.Strings(s.feats)
			fmt.Fprintf(&sb, "MISS %.2f %v\n   gold: %q\n   sent: %q\n", scores[ai][where]-off, s.feats, q, raws[where])
		}
		for k, s := range a.sents {
			if scores[ai][k] > off && len(s.hits) == 0 {
				fmt.Fprintf(&sb, "FP %.2f %v\n   sent: %q\n", scores[ai][k]-off, s.feats, raws[k])
			}
		}
		for _, h := range a.ruled {
			if len(h) == 0 {
				fmt.Fprintf(&sb, "FP-RULED (a question sentence)\n")
			}
		}
	}
	if err := os.WriteFile(*openMisses+".tsv", []byte(all.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(*openMisses, []byte(sb.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}
