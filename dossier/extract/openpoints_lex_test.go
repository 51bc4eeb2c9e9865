package extract

import (
	"flag"
	"fmt"
	"math"
	"math/rand"
	"sort"
	"sync"
	"testing"
)

var fitLex = flag.Bool("fitlex", false, "measure lexical features for the open-point score")

// lexConfig is one lexical variant: unigrams and bigrams seen in at least
// minDF training sentences, pulled to zero with variance 1/pull... (pull is
// the L2 strength on the lexical weights).
type lexConfig struct {
	name    string
	uni, bi bool
	minDF   int
	pull    float64
	buckets int // hashed bag of words instead of a vocabulary
}

func lexTerms(s fitSentence, c lexConfig) []string {
	var out []string
	seen := map[string]bool{}
	add := func(t string) {
		if !seen[t] {
			seen[t] = true
			out = append(out, t)
		}
	}
	for i, w := range s.words {
		if c.uni {
			add("w:" + w)
		}
		if c.bi && i+1 < len(s.words) {
			add("b:" + w + "_" + s.words[i+1])
		}
	}
	if c.buckets > 0 {
		var h []string
		hs := map[string]bool{}
		for _, t := range out {
			var x uint32 = 2166136261
			for k := 0; k < len(t); k++ {
				x ^= uint32(t[k])
				x *= 16777619
			}
			b := fmt.Sprintf("h:%d", x%uint32(c.buckets))
			if !hs[b] {
				hs[b] = true
				h = append(h, b)
			}
		}
		return h
	}
	return out
}

type lexSample struct {
	f []int
	y float64
}

// lexFit fits on train and returns the scores of test sentences; the
// vocabulary and weights come from train only.
func lexFit(train []fitArticle, test fitArticle, prior map[string]float64, c *lexConfig) []float64 {
	index := map[string]int{}
	var pr, pull []float64
	id := func(f string, p, l float64) int {
		if k, ok := index[f]; ok {
			return k
		}
		index[f] = len(pr)
		pr = append(pr, p)
		pull = append(pull, l)
		return len(pr) - 1
	}
	id("bias", prior["bias"], 0)
	// Every feature with a prior keeps it even when no training sentence
	// shows it, as fitWeights does.
	for f, p := range prior {
		if f != "bias" {
			id(f, p, fitPull)
		}
	}
	vocab := map[string]bool{}
	if c != nil {
		df := map[string]int{}
		for _, a := range train {
			for _, s := range a.sents {
				for _, t := range lexTerms(s, *c) {
					df[t]++
				}
			}
		}
		for t, n := range df {
			if n >= c.minDF {
				vocab[t] = true
			}
		}
	}
	encode := func(s fitSentence, grow bool) []int {
		var fs []int
		for _, f := range s.feats {
			if k, ok := index[f]; ok {
				fs = append(fs, k)
			} else if grow {
				fs = append(fs, id(f, prior[f], fitPull))
			}
		}
		if c != nil {
			for _, t := range lexTerms(s, *c) {
				if !vocab[t] {
					continue
				}
				if k, ok := index[t]; ok {
					fs = append(fs, k)
				} else if grow {
					fs = append(fs, id(t, 0, c.pull))
				}
			}
		}
		return fs
	}
	var samples []lexSample
	for _, a := range train {
		for _, s := range a.sents {
			y := 0.0
			if len(s.hits) > 0 {
				y = 1
			}
			samples = append(samples, lexSample{encode(s, true), y})
		}
	}
	w := append([]float64{}, pr...)
	hist := make([]float64, len(w))
	grad := make([]float64, len(w))
	for iter := 0; iter < 1500; iter++ {
		for k := range grad {
			grad[k] = 0
		}
		for _, s := range samples {
			z := w[0]
			for _, f := range s.f {
				z += w[f]
			}
			e := 1/(1+math.Exp(-z)) - s.y
			grad[0] += e
			for _, f := range s.f {
				grad[f] += e
			}
		}
		for k := 1; k < len(w); k++ {
			grad[k] += pull[k] * (w[k] - pr[k])
		}
		for k, g := range grad {
			if g == 0 {
				continue
			}
			hist[k] += g * g
			w[k] -= 0.5 * g / (math.Sqrt(hist[k]) + 1e-8)
		}
	}
	out := make([]float64, len(test.sents))
	for k, s := range test.sents {
		z := w[0]
		for _, f := range encode(s, false) {
			z += w[f]
		}
		out[k] = z
	}
	return out
}

// TestFitOpenPointsLexical compares, left one article out, the open-point
// score with and without lexical features.
func TestFitOpenPointsLexical(t *testing.T) {
	if !*fitLex {
		t.Skip("run with -fitlex")
	}
	arts := loadFitArticles(t)
	prior := openPriors(cueClasses)
	configs := []*lexConfig{
		nil,
		{name: "uni+bi df>=5 pull 16", uni: true, bi: true, minDF: 5, pull: 16},
		{name: "uni+bi df>=10 pull 16", uni: true, bi: true, minDF: 10, pull: 16},
		{name: "uni+bi df>=5 pull 256", uni: true, bi: true, minDF: 5, pull: 256},
		{name: "bi df>=5 pull 16", bi: true, minDF: 5, pull: 16},
	}
	var base [][]float64
	for _, c := range configs {
		name := "baseline (no lexical)"
		if c != nil {
			name = c.name
		}
		held := make([][]float64, len(arts))
		var wg sync.WaitGroup
		sem := make(chan bool, 2)
		for i := range arts {
			wg.Add(1)
			go func(i int) {
				defer wg.Done()
				sem <- true
				rest := append(append([]fitArticle{}, arts[:i]...), arts[i+1:]...)
				held[i] = lexFit(rest, arts[i], prior, c)
				<-sem
			}(i)
		}
		wg.Wait()
		if c == nil {
			base = held
		}
		// Paired bootstrap over articles at offset -0.95: how often the
		// variant finds more gold points than the baseline.
		if c != nil {
			rng := rand.New(rand.NewSource(1))
			wins, n := 0, 2000
			var diffs []float64
			for b := 0; b < n; b++ {
				var cb, cv fitCounts
				for k := 0; k < len(arts); k++ {
					i := rng.Intn(len(arts))
					cb.add(arts[i].count(base[i], -0.95))
					cv.add(arts[i].count(held[i], -0.95))
				}
				_, rb, _ := cb.rates()
				_, rv, _ := cv.rates()
				diffs = append(diffs, rv-rb)
				if rv > rb {
					wins++
				}
			}
			sort.Float64s(diffs)
			t.Logf("%s: recall gain at offset -0.95, 95%% bootstrap interval [%+.3f, %+.3f], variant ahead in %.0f%% of resamples", c.name, diffs[n/40], diffs[n-n/40-1], 100*float64(wins)/float64(n))
			var dev, val []fitArticle
			for _, a := range arts {
				if a.validation {
					val = append(val, a)
				} else {
					dev = append(dev, a)
				}
			}
			var vb, vv fitCounts
			for _, a := range val {
				vb.add(a.count(lexFit(dev, a, prior, nil), -0.95))
				vv.add(a.count(lexFit(dev, a, prior, c), -0.95))
			}
			pb, rb, _ := vb.rates()
			pv, rv, _ := vv.rates()
			t.Logf("%s: fitted on %d development, on %d validation at -0.95: baseline P %.3f R %.3f, variant P %.3f R %.3f", c.name, len(dev), len(val), pb, rb, pv, rv)
		}
		bestR, bestP, bestOff := -1.0, 0.0, 0.0
		var line string
		for off := -2.0; off <= 1.0001; off += 0.05 {
			var cnt fitCounts
			for i, a := range arts {
				cnt.add(a.count(held[i], off))
			}
			p, r, f := cnt.rates()
			if int(math.Round(off*20))%4 == 0 {
				line += fmt.Sprintf("\n  offset %+.1f: P %.3f R %.3f F1 %.3f (%d predicted)", off, p, r, f, cnt.pred)
			}
			if p >= 0.70 && r > bestR {
				bestR, bestP, bestOff = r, p, off
			}
		}
		t.Logf("%s: best recall at P>=0.70: R %.3f (P %.3f, offset %+.2f)%s", name, bestR, bestP, bestOff, line)
	}
}
