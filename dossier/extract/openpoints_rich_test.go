package extract

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
)

var (
	fitRich     = flag.Bool("fitrich", false, "measure richer open-point models, each batch left out of the fit")
	richOnly    = flag.String("richonly", "", "with -fitrich, only the models whose name contains this")
	richAblate  = flag.Bool("richablate", false, "with -fitrich, also each context feature alone")
	richLexicon = flag.String("richlexicon", "testdata/openpoints-hedges.txt", "with -fitrich, hedge cue classes to measure, together and each alone")
)

// richSentence is a scored sentence with what the richer models may add:
// its lower-cased words, context features, and its neighbours among the
// scored sentences of its article (-1 for none).
type richSentence struct {
	fitSentence
	words      []string
	quoted     []bool
	ctx        []string
	cues       []string // the cues of the cue classes in the article's own words
	prev, next int
}

type richArticle struct {
	fitArticle
	rs []richSentence
}

// cuedClass holds the names of the classes with cues: a phraser whose
// feature is one stands for a cue of data/openpoints.txt in the article's
// own words.
var cuedClass = func() map[string]bool {
	m := map[string]bool{}
	for _, c := range cueClasses {
		if c.cued {
			m[c.name] = true
		}
	}
	return m
}()

// loadRichArticles reads the gold articles as loadFitArticles does and
// adds, for each scored sentence, its words and context.
func loadRichArticles(t testing.TB) []richArticle {
	base := loadFitArticles(t)
	out := make([]richArticle, len(base))
	for ai, a := range base {
		text, err := os.ReadFile(filepath.Join("testdata/articles", a.name, "article.txt"))
		if err != nil {
			t.Fatal(err)
		}
		d := newDoc(string(text), Meta{})
		d.actors = findActors(d)
		findQuotes(d)
		ra := richArticle{fitArticle: a}
		lastScored := map[int]int{} // sentence index -> scored index
		var sis []int
		var cues [][]string
		qsent := map[int]bool{}
		d.eachQuestion(func(si int, txt string, ok bool, o *openSentence) {
			s := d.sents[si]
			if o == nil {
				qsent[si] = true
				return
			}
			if d.isFurniture(s.Para) {
				return
			}
			lastScored[si] = len(sis)
			sis = append(sis, si)
			var cs []string
			for _, p := range o.phrasers {
				if cuedClass[p.feat] {
					cs = append(cs, p.cue)
				}
			}
			cues = append(cues, cs)
		})
		if len(sis) != len(a.sents) {
			t.Fatalf("%s: %d scored sentences, fit saw %d", a.name, len(sis), len(a.sents))
		}
		for k, si := range sis {
			from, to := d.sentTokens(si)
			rs := richSentence{fitSentence: a.sents[k], cues: cues[k], prev: -1, next: -1}
			if p, ok := lastScored[si-1]; ok {
				rs.prev = p
			}
			if n, ok := lastScored[si+1]; ok {
				rs.next = n
			}
			for i := from; i < to; i++ {
				if d.toks[i].word {
					rs.words = append(rs.words, d.low(i))
					rs.quoted = append(rs.quoted, d.quotedTok(i))
				}
			}
			rs.ctx = d.richContext(si, from, to, qsent)
			ra.rs = append(ra.rs, rs)
		}
		out[ai] = ra
	}
	return out
}

// richContext gives the context features of sentence si.
func (d *doc) richContext(si, from, to int, qsent map[int]bool) []string {
	var f []string
	s := d.sents[si]
	np := len(d.paras)
	switch {
	case s.Para == 0:
		f = append(f, "ctx:para0")
	case s.Para == 1:
		f = append(f, "ctx:para1")
	case np >= 5 && s.Para*3 < np:
		f = append(f, "ctx:early")
	case np >= 5 && s.Para*3 >= 2*np:
		f = append(f, "ctx:late")
	}
	if si == 0 || d.sents[si-1].Para != s.Para {
		f = append(f, "ctx:para-first")
	}
	if si+1 == len(d.sents) || d.sents[si+1].Para != s.Para {
		f = append(f, "ctx:para-last")
	}
	words := 0
	neg, fut, digit, said := false, false, false, false
	for i := from; i < to; i++ {
		if !d.toks[i].word {
			continue
		}
		words++
		lw := d.low(i)
		switch {
		case lw == "not" || lw == "no" || lw == "never" || lw == "nobody" || lw == "none" || strings.HasSuffix(lw, "n't") || strings.HasSuffix(lw, "n’t"):
			neg = true
		case lw == "will" || lw == "'ll" || lw == "’ll" || lw == "going" && i+1 < to && d.low(i+1) == "to" || lw == "soon" || lw == "later":
			fut = true
		case lw == "said" || lw == "says" || lw == "told":
			said = true
		}
		if lw[0] >= '0' && lw[0] <= '9' {
			digit = true
		}
	}
	switch {
	case words < 10:
		f = append(f, "ctx:short")
	case words < 20:
		f = append(f, "ctx:mid")
	case words < 35:
		f = append(f, "ctx:long")
	default:
		f = append(f, "ctx:vlong")
	}
	if neg {
		f = append(f, "ctx:neg")
	}
	if fut {
		f = append(f, "ctx:future")
	}
	if digit {
		f = append(f, "ctx:digit")
	}
	if said {
		f = append(f, "ctx:said")
	}
	if qsent[si-1] || qsent[si+1] {
		f = append(f, "ctx:q-near")
	}
	for k := max(0, si-1); k <= si+1 && k < len(d.sents); k++ {
		if k != si && strings.Contains(d.text[d.sents[k].Start:d.sents[k].End], "?") {
			f = append(f, "ctx:qmark-near")
			break
		}
	}
	return f
}

// richConfig is one model: which extra features, and how strongly their
// weights (prior zero) are pulled to zero.
type richConfig struct {
	name       string
	uni, bi    bool
	minDF      int
	lexPull    float64
	ctx        bool
	ctxPull    float64
	nb         bool // neighbours' base scores
	skipCtx    map[string]bool
	hashBucket int
	lexicon    []lexClass
	// cuePull, when set, gives each cue a weight of its own beside its
	// class's, pulled to zero this hard.
	cuePull float64
}

// lexClass is a class of hedge cues matched on a sentence's words.
type lexClass struct {
	name  string
	prior float64
	cues  [][]string
}

// parseLexicon reads classes in the format of data/openpoints.txt.
func parseLexicon(src string) []lexClass {
	var out []lexClass
	for _, line := range strings.Split(src, "\n") {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if strings.HasPrefix(line, "[") {
			f := strings.Fields(line[1 : len(line)-1])
			var p float64
			fmt.Sscan(f[1], &p)
			out = append(out, lexClass{name: "lex:" + f[0], prior: p})
			continue
		}
		out[len(out)-1].cues = append(out[len(out)-1].cues, expandCue(strings.Fields(line))...)
	}
	return out
}

func lexMatches(s richSentence, lc []lexClass) []string {
	var out []string
	for _, c := range lc {
		own, q := false, false
		for i := range s.words {
			for _, cue := range c.cues {
				if i+len(cue) > len(s.words) {
					continue
				}
				ok := true
				for k, w := range cue {
					if s.words[i+k] != w {
						ok = false
						break
					}
				}
				if ok {
					if s.quoted[i] {
						q = true
					} else {
						own = true
					}
				}
			}
		}
		switch {
		case own:
			out = append(out, c.name)
		case q:
			out = append(out, c.name+quotedSuffix)
		}
	}
	return out
}

func lexPrior(lc []lexClass, f string) (float64, bool) {
	for _, c := range lc {
		if f == c.name {
			return c.prior, true
		}
		if f == c.name+quotedSuffix {
			if c.prior >= 2 || c.prior < 0 {
				return c.prior, true
			}
			return 0, true
		}
	}
	return 0, false
}

func (c richConfig) terms(s richSentence) []string {
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
	if c.hashBucket > 0 {
		var h []string
		hs := map[string]bool{}
		for _, t := range out {
			var x uint32 = 2166136261
			for k := 0; k < len(t); k++ {
				x ^= uint32(t[k])
				x *= 16777619
			}
			b := fmt.Sprintf("h:%d", x%uint32(c.hashBucket))
			if !hs[b] {
				hs[b] = true
				h = append(h, b)
			}
		}
		return h
	}
	return out
}

// richModel is a fitted model: weights by feature.
type richModel struct {
	cfg   richConfig
	w     map[string]float64
	vocab map[string]bool
	base  map[string]float64
}

// extras gives a sentence's extra features.
func (m *richModel) extras(a richArticle, k int, baseScores []float64) []string {
	s := a.rs[k]
	var fs []string
	if m.cfg.ctx {
		for _, f := range s.ctx {
			if !m.cfg.skipCtx[f] {
				fs = append(fs, f)
			}
		}
	}
	if m.cfg.nb {
		hi := -10.0
		for _, n := range []int{s.prev, s.next} {
			if n >= 0 && baseScores[n] > hi {
				hi = baseScores[n]
			}
		}
		switch {
		case hi > 1:
			fs = append(fs, "nb:high")
		case hi > 0:
			fs = append(fs, "nb:open")
		case hi > -1:
			fs = append(fs, "nb:near")
		}
	}
	fs = append(fs, lexMatches(s, m.cfg.lexicon)...)
	if m.cfg.cuePull > 0 {
		for _, c := range s.cues {
			fs = append(fs, "cue:"+c)
		}
	}
	if m.cfg.uni || m.cfg.bi {
		for _, t := range m.cfg.terms(s) {
			if m.vocab[t] {
				fs = append(fs, t)
			}
		}
	}
	return fs
}

// fitRichModel fits the base features (pulled to their priors as
// fitWeightsPull does) with the config's extra features (pulled to zero).
func fitRichModel(train []richArticle, prior map[string]float64, c richConfig) *richModel {
	var fa []fitArticle
	for _, a := range train {
		fa = append(fa, a.fitArticle)
	}
	m := &richModel{cfg: c, vocab: map[string]bool{}}
	m.base = fitWeightsPull(fa, prior, fitPull, vetoPull)
	if !c.ctx && !c.nb && !c.uni && !c.bi && len(c.lexicon) == 0 && c.cuePull == 0 {
		m.w = m.base
		return m
	}
	if c.uni || c.bi {
		df := map[string]int{}
		for _, a := range train {
			for _, s := range a.rs {
				for _, t := range c.terms(s) {
					df[t]++
				}
			}
		}
		for t, n := range df {
			if n >= c.minDF {
				m.vocab[t] = true
			}
		}
	}
	index := map[string]int{}
	var pr, pull []float64
	var names []string
	id := func(f string, p, l float64) int {
		if k, ok := index[f]; ok {
			return k
		}
		index[f] = len(pr)
		pr = append(pr, p)
		pull = append(pull, l)
		names = append(names, f)
		return len(pr) - 1
	}
	id("bias", prior["bias"], 0)
	for f, p := range prior {
		if f == "bias" {
			continue
		}
		l := fitPull
		if p < 0 {
			l = vetoPull
		}
		id(f, p, l)
	}
	for _, lc := range c.lexicon {
		for _, f := range []string{lc.name, lc.name + quotedSuffix} {
			p, _ := lexPrior(c.lexicon, f)
			id(f, p, fitPull)
		}
	}
	var samples []*fitSample
	byKey := map[string]*fitSample{}
	for _, a := range train {
		bs := a.scores(m.base)
		for k, s := range a.rs {
			var fs []int
			for _, f := range s.feats {
				fs = append(fs, id(f, prior[f], fitPull))
			}
			for _, f := range m.extras(a, k, bs) {
				l := c.lexPull
				switch {
				case strings.HasPrefix(f, "ctx:") || strings.HasPrefix(f, "nb:"):
					l = c.ctxPull
				case strings.HasPrefix(f, "cue:"):
					l = c.cuePull
				}
				p := 0.0
				if lp, ok := lexPrior(c.lexicon, f); ok {
					p, l = lp, fitPull
				}
				fs = append(fs, id(f, p, l))
			}
			key := fmt.Sprint(fs)
			sm := byKey[key]
			if sm == nil {
				sm = &fitSample{feats: fs}
				byKey[key] = sm
				samples = append(samples, sm)
			}
			sm.n++
			if len(s.hits) > 0 {
				sm.pos++
			}
		}
	}
	w := adagradFit(samples, 0, pr, pull)
	m.w = map[string]float64{}
	for k, f := range names {
		m.w[f] = w[k]
	}
	return m
}

func (m *richModel) scores(a richArticle) []float64 {
	bs := a.scores(m.base)
	out := make([]float64, len(a.rs))
	for k, s := range a.rs {
		z := m.w["bias"]
		for _, f := range s.feats {
			z += m.w[f]
		}
		for _, f := range m.extras(a, k, bs) {
			z += m.w[f]
		}
		out[k] = z
	}
	return out
}

// richLOBO scores every development article by a model fitted without its
// batch, and batch 5 by the model fitted on every development batch.
func richLOBO(arts []richArticle, prior map[string]float64, c richConfig) [][]float64 {
	out := make([][]float64, len(arts))
	var batches []int
	seen := map[int]bool{}
	for _, a := range arts {
		if !seen[a.batch] {
			seen[a.batch] = true
			batches = append(batches, a.batch)
		}
	}
	var wg sync.WaitGroup
	sem := make(chan bool, 2)
	var mu sync.Mutex
	for _, b := range batches {
		wg.Add(1)
		go func(b int) {
			defer wg.Done()
			sem <- true
			defer func() { <-sem }()
			var train []richArticle
			for _, a := range arts {
				if a.batch != b && a.batch != heldOutBatch {
					train = append(train, a)
				}
			}
			m := fitRichModel(train, prior, c)
			mu.Lock()
			defer mu.Unlock()
			for i, a := range arts {
				if a.batch == b {
					out[i] = m.scores(a)
				}
			}
		}(b)
	}
	wg.Wait()
	return out
}

// richCurve prints a model's pooled development figures at the offset
// with the most recall at precision 0.70, the held-out batch's at that
// offset, the whole curve and each development batch.
func richCurve(t *testing.T, name string, arts []richArticle, scores [][]float64) {
	fa := make([]fitArticle, len(arts))
	for i, a := range arts {
		fa[i] = a.fitArticle
	}
	off, c := bestOffset(fa, scores, 0.70)
	p, r, _ := c.rates()
	h := poolCounts(fa, scores, off, func(b int) bool { return b == heldOutBatch })
	hp, hr, _ := h.rates()
	var per []string
	for _, b := range fitBatches(fa) {
		if b == heldOutBatch {
			continue
		}
		bp, br, _ := poolCounts(fa, scores, off, func(x int) bool { return x == b }).rates()
		per = append(per, fmt.Sprintf("b%d %.2f/%.2f", b, bp, br))
	}
	t.Logf("%-36s offset %+.2f: P %.3f R %.3f (%d of %d found); batch %d P %.2f R %.2f (%d found)\n   curve: %s\n   per batch (P/R): %s",
		name, off, p, r, c.found, c.gold, heldOutBatch, hp, hr, h.found, curveLine(fa, scores), strings.Join(per, " "))
}

// TestFitOpenPointsRich compares, each batch left out of the fit, the
// open-point score with lexical, context and neighbour features beside
// the cue classes.
func TestFitOpenPointsRich(t *testing.T) {
	if !*fitRich {
		t.Skip("run with -fitrich")
	}
	arts := loadRichArticles(t)
	var fa []fitArticle
	for _, a := range arts {
		fa = append(fa, a.fitArticle)
	}
	prior := articlePriors(fa)
	configs := []richConfig{
		{name: "cue classes only"},
		{name: "ctx pull 8", ctx: true, ctxPull: 8},
		{name: "ctx pull 32", ctx: true, ctxPull: 32},
		{name: "nb pull 8", nb: true, ctxPull: 8},
		{name: "ctx+nb pull 8", ctx: true, nb: true, ctxPull: 8},
		{name: "uni df>=5 pull 16", uni: true, minDF: 5, lexPull: 16},
		{name: "uni df>=5 pull 64", uni: true, minDF: 5, lexPull: 64},
		{name: "uni+bi df>=5 pull 16", uni: true, bi: true, minDF: 5, lexPull: 16},
		{name: "uni+bi df>=5 pull 64", uni: true, bi: true, minDF: 5, lexPull: 64},
		{name: "uni+bi df>=3 pull 32", uni: true, bi: true, minDF: 3, lexPull: 32},
		{name: "bi df>=5 pull 32", bi: true, minDF: 5, lexPull: 32},
		{name: "hashed uni+bi 4096 pull 32", uni: true, bi: true, minDF: 1, lexPull: 32, hashBucket: 4096},
		{name: "each cue its own weight, pull 4", cuePull: 4},
		{name: "each cue its own weight, pull 16", cuePull: 16},
		{name: "uni df>=5 pull 2", uni: true, minDF: 5, lexPull: 2},
		{name: "uni df>=5 pull 4", uni: true, minDF: 5, lexPull: 4},
		{name: "uni+bi df>=10 pull 8", uni: true, bi: true, minDF: 10, lexPull: 8},
	}
	if p := *richLexicon; p != "" {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		lc := parseLexicon(string(b))
		configs = append(configs, richConfig{name: "hedge lexicon " + filepath.Base(p), lexicon: lc})
		for _, c := range lc {
			configs = append(configs, richConfig{name: "hedge lexicon " + c.name + " alone", lexicon: []lexClass{c}})
		}
	}
	if s := *richOnly; s != "" {
		var keep []richConfig
		for _, c := range configs {
			if strings.Contains(c.name, s) {
				keep = append(keep, c)
			}
		}
		configs = keep
	}
	base := richLOBO(arts, prior, richConfig{})
	richCurve(t, "cue classes only", arts, base)
	for _, c := range configs {
		if c.name == "cue classes only" {
			continue
		}
		sc := richLOBO(arts, prior, c)
		richCurve(t, c.name, arts, sc)
		lo, hi, ahead := recallGainInterval(fa, base, sc, 0.70)
		t.Logf("   gain in recall at P>=0.70 over cue classes only, articles resampled: 95%% interval [%+.3f, %+.3f], ahead in %.0f%% of samples", lo, hi, 100*ahead)
	}
	if *richAblate {
		names := map[string]bool{}
		for _, a := range arts {
			for _, s := range a.rs {
				for _, f := range s.ctx {
					names[f] = true
				}
			}
		}
		var ns []string
		for n := range names {
			ns = append(ns, n)
		}
		sort.Strings(ns)
		for _, n := range ns {
			c := richConfig{name: "ctx only " + n, ctx: true, ctxPull: 8, skipCtx: map[string]bool{}}
			for _, m := range ns {
				if m != n {
					c.skipCtx[m] = true
				}
			}
			sc := richLOBO(arts, prior, c)
			richCurve(t, c.name, arts, sc)
			lo, hi, ahead := recallGainInterval(fa, base, sc, 0.70)
			t.Logf("   gain in recall at P>=0.70 over cue classes only, articles resampled: 95%% interval [%+.3f, %+.3f], ahead in %.0f%% of samples", lo, hi, 100*ahead)
		}
	}
}
