package extract

import (
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
)

var fitOpen = flag.Bool("fit", false, "refit the open-point weights of data/openpoints.txt to the gold articles")

// fitArticle is one gold article as the open-point fit sees it.
type fitArticle struct {
	name       string
	validation bool
	batch      int // the batch of testdata/articles/batches.txt, 0 when none
	gold       int
	// reachable counts the gold points some sentence can propose: one the
	// score weighs or a question the rules keep holds them whole.
	reachable int
	// ruled lists, for each sentence the question rules make a question
	// of, the gold points it holds.
	ruled [][]int
	// sents are the sentences the score decides.
	sents []fitSentence
}

// fitSentence is one scored sentence: its features and the gold points
// (indexes into the article's question_sentences) it holds.
type fitSentence struct {
	feats []string
	hits  []int
	words []string
}

// loadFitArticles reads the gold articles and the reference article.
func loadFitArticles(t testing.TB) []fitArticle {
	golds, err := filepath.Glob("testdata/articles/*/gold.json")
	if err != nil || len(golds) == 0 {
		t.Fatalf("no gold articles: %v", err)
	}
	valid := map[string]bool{}
	if b, err := os.ReadFile("testdata/articles/validation.txt"); err == nil {
		for _, n := range strings.Fields(string(b)) {
			valid[n] = true
		}
	}
	batches := readBatches(t)
	var out []fitArticle
	for _, gp := range golds {
		dir := filepath.Dir(gp)
		text, err := os.ReadFile(filepath.Join(dir, "article.txt"))
		if err != nil {
			t.Fatal(err)
		}
		name := filepath.Base(dir)
		a := fitOne(name, valid[name], string(text), readGold(t, gp))
		a.batch = batches[name]
		out = append(out, a)
	}
	return out
}

// readBatches reads testdata/articles/batches.txt: "N name" lines, an
// optional comment after the name.
func readBatches(t testing.TB) map[string]int {
	b, err := os.ReadFile("testdata/articles/batches.txt")
	if err != nil {
		t.Fatal(err)
	}
	m := map[string]int{}
	for _, l := range strings.Split(string(b), "\n") {
		if i := strings.IndexByte(l, '#'); i >= 0 {
			l = l[:i]
		}
		f := strings.Fields(l)
		if len(f) < 2 {
			continue
		}
		n, err := strconv.Atoi(f[0])
		if err != nil {
			t.Fatalf("batches.txt: bad line %q", l)
		}
		m[f[1]] = n
	}
	return m
}

// heldOutBatch is the batch kept out of development: its articles are
// scored by weights fitted on the earlier batches only.
const heldOutBatch = 5

// fitOne describes an article's sentences and labels them with the gold
// points they hold, matched as score.py matches them.
func fitOne(name string, validation bool, text string, g *gold) fitArticle {
	d := newDoc(text, Meta{})
	d.actors = findActors(d)
	findQuotes(d)
	var golds []string
	for _, q := range g.QuestionSentences {
		golds = append(golds, strings.Join(normWords(q), " "))
	}
	hits := func(s string) []int {
		n := strings.Join(normWords(s), " ")
		var h []int
		for i, gq := range golds {
			if strings.Contains(n, gq) {
				h = append(h, i)
			}
		}
		return h
	}
	a := fitArticle{name: name, validation: validation, gold: len(golds)}
	reach := map[int]bool{}
	d.eachQuestion(func(si int, text string, ok bool, o *openSentence) {
		s := d.sents[si]
		raw := d.text[s.Start:s.End]
		switch {
		case o == nil && ok:
			h := hits(text + " " + raw)
			a.ruled = append(a.ruled, h)
			for _, i := range h {
				reach[i] = true
			}
		case o != nil && !d.isFurniture(s.Para):
			h := hits(raw)
			a.sents = append(a.sents, fitSentence{feats: o.feats, hits: h, words: normWords(raw)})
			for _, i := range h {
				reach[i] = true
			}
		}
	})
	a.reachable = len(reach)
	return a
}

// fitCounts are the question counts of score.py: predictions, the
// predictions that hold a gold point, gold points, gold points found.
type fitCounts struct{ pred, good, gold, found int }

func (c *fitCounts) add(o fitCounts) {
	c.pred += o.pred
	c.good += o.good
	c.gold += o.gold
	c.found += o.found
}

func (c fitCounts) rates() (p, r, f float64) {
	if c.pred > 0 {
		p = float64(c.good) / float64(c.pred)
	}
	if c.gold > 0 {
		r = float64(c.found) / float64(c.gold)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return
}

// count scores an article whose scored sentences are open when their
// score is above the offset.
func (a fitArticle) count(scores []float64, offset float64) fitCounts {
	c := fitCounts{gold: a.gold}
	found := map[int]bool{}
	for _, h := range a.ruled {
		c.pred++
		if len(h) > 0 {
			c.good++
		}
		for _, i := range h {
			found[i] = true
		}
	}
	for k, s := range a.sents {
		if scores[k] <= offset {
			continue
		}
		c.pred++
		if len(s.hits) > 0 {
			c.good++
		}
		for _, i := range s.hits {
			found[i] = true
		}
	}
	c.found = len(found)
	return c
}

func (a fitArticle) scores(w map[string]float64) []float64 {
	out := make([]float64, len(a.sents))
	for k, s := range a.sents {
		out[k] = openScore(s.feats, w)
	}
	return out
}

// fitPull is how strongly each weight is pulled towards its prior: the
// variance of a Gaussian prior, in the units of the log-likelihood summed
// over sentences.
var fitPull = 1.0

// vetoPull holds the classes a reader says settle the point ("turned out",
// "was said to have") nearer their prior: a few sentences that hold a
// gold point beside such a cue should not undo the rule.
var vetoPull = 4.0

// fitWeights fits a logistic model of "this sentence holds a gold point"
// to the articles, each weight pulled towards its prior.
func fitWeights(arts []fitArticle, prior map[string]float64) map[string]float64 {
	w := map[string]float64{}
	for k, v := range prior {
		w[k] = v
	}
	type sample struct {
		feats []string
		y     float64
	}
	var samples []sample
	for _, a := range arts {
		for _, s := range a.sents {
			y := 0.0
			if len(s.hits) > 0 {
				y = 1
			}
			samples = append(samples, sample{s.feats, y})
		}
	}
	// Gradient descent with a step per weight (Adagrad): the features are
	// sparse and of very different frequencies.
	hist := map[string]float64{}
	for iter := 0; iter < 1500; iter++ {
		grad := map[string]float64{}
		for _, s := range samples {
			p := 1 / (1 + math.Exp(-openScore(s.feats, w)))
			e := p - s.y
			grad["bias"] += e
			for _, f := range s.feats {
				grad[f] += e
			}
		}
		for f := range w {
			switch {
			case f == "bias":
			case prior[f] < 0:
				grad[f] += vetoPull * (w[f] - prior[f])
			default:
				grad[f] += fitPull * (w[f] - prior[f])
			}
		}
		for f, g := range grad {
			hist[f] += g * g
			w[f] -= 0.5 * g / (math.Sqrt(hist[f]) + 1e-8)
		}
	}
	return w
}

// TestFitOpenPoints measures the open-point score on articles it was not
// fitted on: each development article (the batches before heldOutBatch)
// scored by weights fitted on the other development articles, the held-out
// batch by weights fitted on the development articles, every article by
// weights fitted on all the others, and the validation half by weights
// fitted on the development half. With -fit it fits the weights on all
// articles but the held-out batch and rewrites the [fitted] section of
// data/openpoints.txt.
func TestFitOpenPoints(t *testing.T) {
	if !*fitOpen {
		t.Skip("run with -fit to refit the open-point weights")
	}
	arts := loadFitArticles(t)
	prior := openPriors(cueClasses)
	for _, a := range arts {
		for _, s := range a.sents {
			for _, f := range s.feats {
				if _, ok := prior[f]; !ok {
					prior[f] = 0
				}
			}
		}
	}
	var dev, held []fitArticle
	for _, a := range arts {
		if a.batch == heldOutBatch {
			held = append(held, a)
		} else {
			dev = append(dev, a)
		}
	}
	leaveOneOut := func(arts []fitArticle) [][]float64 {
		out := make([][]float64, len(arts))
		for i := range arts {
			rest := append(append([]fitArticle{}, arts[:i]...), arts[i+1:]...)
			out[i] = arts[i].scores(fitWeights(rest, prior))
		}
		return out
	}
	total := func(arts []fitArticle, scores [][]float64, off float64) fitCounts {
		var c fitCounts
		for i, a := range arts {
			c.add(a.count(scores[i], off))
		}
		return c
	}

	// The offset is chosen on the development articles left one out, as
	// the product's target is put: the most recall with precision at
	// least minPrecision, a little above the target's 0.70 so that the
	// choice does not sit on the edge.
	const minPrecision = 0.72
	devScores := leaveOneOut(dev)
	best, bestR := 0.0, -1.0
	for k := -20; k <= 20; k++ {
		off := float64(k) / 10
		p, r, f := total(dev, devScores, off).rates()
		t.Logf("offset %+.1f: development left-one-out P %.3f R %.3f F1 %.3f", off, p, r, f)
		if p >= minPrecision && r > bestR {
			best, bestR = off, r
		}
	}
	report := func(what string, c fitCounts) {
		p, r, f := c.rates()
		t.Logf("%-48s P %.3f R %.3f F1 %.3f (%d predicted, %d gold)", what, p, r, f, c.pred, c.gold)
	}
	report(fmt.Sprintf("development (%d), left one out, offset %+.1f:", len(dev), best), total(dev, devScores, best))
	reach, gold := 0, 0
	for _, a := range dev {
		reach += a.reachable
		gold += a.gold
	}
	t.Logf("development gold points a proposable sentence holds whole: %d of %d", reach, gold)

	wd := fitWeights(dev, prior)
	scoreAll := func(arts []fitArticle, w map[string]float64) [][]float64 {
		out := make([][]float64, len(arts))
		for i, a := range arts {
			out[i] = a.scores(w)
		}
		return out
	}
	report(fmt.Sprintf("batch %d (%d), fitted on development:", heldOutBatch, len(held)), total(held, scoreAll(held, wd), best))
	allScores := leaveOneOut(arts)
	report(fmt.Sprintf("all (%d), left one out:", len(arts)), total(arts, allScores, best))
	// The same with the offset chosen on all articles, as a check on how
	// far the development choice sits from it.
	allBest, allR := 0.0, -1.0
	for k := -20; k <= 20; k++ {
		off := float64(k) / 10
		if p, r, _ := total(arts, allScores, off).rates(); p >= minPrecision && r > allR {
			allBest, allR = off, r
		}
	}
	report(fmt.Sprintf("all (%d), left one out, offset %+.1f:", len(arts), allBest), total(arts, allScores, allBest))
	report("current weights, fitted on all:", total(arts, scoreAll(arts, openWeights), 0))

	var half, val []fitArticle
	for _, a := range arts {
		if a.validation {
			val = append(val, a)
		} else {
			half = append(half, a)
		}
	}
	report(fmt.Sprintf("fitted on %d development half, on %d validation:", len(half), len(val)),
		total(val, scoreAll(val, fitWeights(half, prior)), best))

	// The weights written leave the held-out batch out too, so that its
	// score stays a check on articles nothing was fitted to.
	w := fitWeights(dev, prior)
	w["bias"] -= best
	if err := writeFitted("data/openpoints.txt", w); err != nil {
		t.Fatal(err)
	}
}

// writeFitted replaces the [fitted] section of the cue file.
func writeFitted(path string, w map[string]float64) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	s := string(b)
	i := strings.Index(s, "\n[fitted]\n")
	if i < 0 {
		return fmt.Errorf("%s: no [fitted] section", path)
	}
	names := make([]string, 0, len(w))
	for f := range w {
		names = append(names, f)
	}
	sort.Strings(names)
	var sb strings.Builder
	sb.WriteString(s[:i+len("\n[fitted]\n")])
	for _, f := range names {
		fmt.Fprintf(&sb, "%s %.2f\n", f, w[f])
	}
	return os.WriteFile(path, []byte(sb.String()), 0o644)
}
