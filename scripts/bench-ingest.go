//go:build ignore

// Command bench-ingest reads every saved page of an article-extraction
// benchmark (html/ID.html.gz) with Briefwright's ingest and writes the
// bodies as output/briefwright.json, the shape the benchmark's scorer
// reads: {"ID": {"articleBody": "...", "url": "..."}}. It prints the time
// taken by ingest alone (pages are read and unzipped before the clock
// starts), the best of RUNS runs, and what it found of each page's
// metadata, checked where the page allows: the date against the one in the
// page's address (from ground-truth.json), bylines for leftovers ("By",
// job titles, capitals), outlets for addresses and section names.
//
//	go run scripts/bench-ingest.go [-runs N] BENCH_DIR OUT_DIR
package main

import (
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"time"

	"github.com/briefwright/briefwright/dossier/ingest"
)

type page struct {
	id   string
	data []byte
}

type body struct {
	ArticleBody string `json:"articleBody"`
	URL         string `json:"url,omitempty"`
}

func main() {
	runs := flag.Int("runs", 3, "how many times to read all pages; the fastest run counts")
	flag.Parse()
	if flag.NArg() != 2 {
		fmt.Fprintln(os.Stderr, "usage: go run scripts/bench-ingest.go [-runs N] BENCH_DIR OUT_DIR")
		os.Exit(2)
	}
	pages, err := load(filepath.Join(flag.Arg(0), "html"))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	out := map[string]body{}
	arts := map[string]*ingest.Article{}
	best := time.Duration(0)
	for r := 0; r < max(*runs, 1); r++ {
		start := time.Now()
		for _, p := range pages {
			a, err := ingest.Parse(p.id+".html", p.data)
			if err != nil {
				out[p.id] = body{}
				continue
			}
			out[p.id] = body{ArticleBody: a.Text, URL: a.URL}
			arts[p.id] = a
		}
		if d := time.Since(start); best == 0 || d < best {
			best = d
		}
	}
	j, err := json.MarshalIndent(out, "", " ")
	if err == nil {
		err = os.WriteFile(filepath.Join(flag.Arg(1), "briefwright.json"), j, 0o644)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Printf("ingest: %d pages in %.2f s (best of %d runs)\n", len(pages), best.Seconds(), max(*runs, 1))
	checkMeta(flag.Arg(0), arts)
}

var (
	urlDate    = regexp.MustCompile(`/((?:19|20)\d\d)/(0[1-9]|1[0-2])/([0-2]\d|3[01])/`)
	badByline  = regexp.MustCompile(`(?i)^by\b|\d|@|\||\b(writer|reporter|correspondent|editor|staff|contributor)\b`)
	allCaps    = regexp.MustCompile(`\b[A-Z]{3,} [A-Z]{3,}\b`)
	badOutlets = regexp.MustCompile(`(?i)^(u\.s\.|us|uk|world|news|home|politics|business|sports?)$|://|^www\.| \| `)
)

// checkMeta prints how many pages have each piece of metadata, and how
// many of those pass the checks the page itself allows.
func checkMeta(dir string, arts map[string]*ingest.Article) {
	var truth map[string]struct {
		URL string `json:"url"`
	}
	if b, err := os.ReadFile(filepath.Join(dir, "ground-truth.json")); err == nil {
		json.Unmarshal(b, &truth)
	}
	var titles, dates, urlDates, urlAgree, authors, cleanAuthors, outlets, cleanOutlets int
	for id, a := range arts {
		if a.Title != "" {
			titles++
		}
		if a.Published != "" {
			dates++
		}
		if m := urlDate.FindStringSubmatch(truth[id].URL); m != nil {
			urlDates++
			if a.Published == m[1]+"-"+m[2]+"-"+m[3] {
				urlAgree++
			}
		}
		if a.Author != "" {
			authors++
			if !badByline.MatchString(a.Author) && !allCaps.MatchString(a.Author) && !strings.EqualFold(a.Author, a.Outlet) {
				cleanAuthors++
			}
		}
		if a.Outlet != "" {
			outlets++
			if !badOutlets.MatchString(a.Outlet) && len(strings.Fields(a.Outlet)) <= 6 {
				cleanOutlets++
			}
		}
	}
	fmt.Printf("metadata: title %d/%d pages; date %d/%d, agreeing with the date in the address %d/%d; "+
		"author %d, of them clean %d; outlet %d, of them a name (not a section, place or address) %d\n",
		titles, len(arts), dates, len(arts), urlAgree, urlDates, authors, cleanAuthors, outlets, cleanOutlets)
}

func load(dir string) ([]page, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.html.gz"))
	if err != nil || len(files) == 0 {
		return nil, fmt.Errorf("no saved pages (*.html.gz) in %s", dir)
	}
	var pages []page
	for _, f := range files {
		data, err := gunzip(f)
		if err != nil {
			return nil, fmt.Errorf("%s: %v", f, err)
		}
		pages = append(pages, page{strings.TrimSuffix(filepath.Base(f), ".html.gz"), data})
	}
	return pages, nil
}

func gunzip(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		return nil, err
	}
	return io.ReadAll(z)
}
