package dossier

import (
	"fmt"
	"strings"
	"testing"
)

func TestFTSQuery(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"   ", ""},
		{"sheinbaum", `"sheinbaum"*`},
		{"sheinbaum ", `"sheinbaum"`},
		{"Sheinbaum troops", `"Sheinbaum" "troops"*`},
		{`"foreign troops"`, `"foreign troops"`},
		{`"foreign troops" mex`, `"foreign troops" "mex"*`},
		{`"unclosed phrase`, `"unclosed phrase"`},
		{`U.S.`, `"U S"`},
		{`"`, ""},
		{`*`, ""},
		{`AND(`, `"AND"*`},
		{`a OR b NOT c`, `"a" "OR" "b" "NOT" "c"`},
		{`col:value`, `"col value"*`},
		{`Ángeles`, `"Ángeles"*`},
		{`"" '' ^ - + () {}`, ""},
		{`x`, `"x"`},
		{"日本語 テスト", `"日本語" "テスト"*`},
	}
	for _, tt := range tests {
		if got := ftsQuery(tt.in); got != tt.want {
			t.Errorf("ftsQuery(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

func TestSearch(t *testing.T) {
	s, one, two := filled(t)
	cs := actorByName(t, s, "Claudia Sheinbaum")
	must[int64](t)(s.AddNote(ItemRef{KindDossier, 0}, "Ask the embassy about the cartel file"))
	q := must[[]Quote](t)(s.Quotes(Filter{ArticleID: one}))[0]
	must[int64](t)(s.AddNote(ItemRef{KindQuote, q.ID}, "Confirm with a second embassy source"))

	type want struct {
		ref       ItemRef
		articleID int64
		paragraph int
		title     string
		snippet   string // a part of the snippet
	}
	tests := []struct {
		query string
		want  []want // each must be among the hits
		none  bool
	}{
		{query: "intervention", want: []want{
			{ItemRef{KindQuote, q.ID}, one, 3, "Claudia Sheinbaum", "accept an [intervention]"},
			{ItemRef{KindArticle, one}, one, 3, "Mexico rejects strike plan", "[intervention]"},
		}},
		{query: "cooperation", want: []want{{ItemRef{KindArticle, two}, two, 3, "Talks continue", "[Cooperation]"}}},
		{query: "Sheinbaum", want: []want{{ItemRef{KindActor, cs.ID}, one, 2, "Claudia Sheinbaum", "[Sheinbaum]"}}},
		{query: "reut", want: []want{{ref: ItemRef{KindSource, 1}, articleID: one, paragraph: 4, title: "Reuters", snippet: "[Reuters]"}}},
		{query: `"act alone"`, want: []want{{ItemRef{KindQuestion, 1}, one, 6, "Will the U.S. act alone?", "[act] [alone]"}}},
		{query: "drafted options", want: []want{{ItemRef{KindEvent, 1}, one, 4, "July 2025", "[drafted] [options]"}}},
		{query: "embassy", want: []want{
			{ItemRef{KindNote, 1}, 0, 0, "Note on the dossier", "[embassy]"},
			{ItemRef{KindNote, 2}, one, 3, "Note on “We will never accept an intervention,”", "[embassy]"},
		}},
		{query: "angeles", want: []want{{ItemRef{KindActor, actorByName(t, s, "Ángeles Morales").ID}, two, 4, "Ángeles Morales", "[Ángeles]"}}},
		{query: "guzman", want: []want{{ItemRef{KindArticle, two}, two, 3, "Talks continue", "[Guzmán]"}}},
		{query: "spokesperson", want: []want{{ItemRef{KindQuote, 2}, one, 5, "Pentagon spokesperson", "[spokesperson]"}}},
		{query: "zebra", none: true},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			hits := must[[]Hit](t)(s.Search(tt.query, 20))
			if tt.none && len(hits) != 0 {
				t.Errorf("hits %+v, want none", hits)
			}
			for _, w := range tt.want {
				found := false
				for _, h := range hits {
					if h.Ref != w.ref {
						continue
					}
					found = true
					if h.ArticleID != w.articleID || h.Paragraph != w.paragraph || h.Title != w.title || !strings.Contains(h.Snippet, w.snippet) {
						t.Errorf("hit %+v, want article %d ¶%d title %q snippet with %q", h, w.articleID, w.paragraph, w.title, w.snippet)
					}
				}
				if !found {
					t.Errorf("no hit for %s in %+v", w.ref, hits)
				}
			}
		})
	}
}

func TestSearchHostileInput(t *testing.T) {
	s, _, _ := filled(t)
	for _, q := range []string{`"`, `*`, `AND(`, `OR`, `NOT`, `NEAR(a b)`, `"""`, `a"b"c`, `title:x`, `^x`, `(`, `)`, `-x`, `+`, `'`, `\`, `%`, `_`,
		"\x00", "\u200b", "🦊", "日本語", "Ángeles*", "'; DROP TABLE articles; --", strings.Repeat("a ", 500), strings.Repeat(`"`, 101), "\xff\xfe"} {
		if _, err := s.Search(q, 10); err != nil {
			t.Errorf("Search(%q): %v", q, err)
		}
	}
	if n := must[[]Article](t)(s.Articles()); len(n) != 2 {
		t.Errorf("articles after hostile searches: %d", len(n))
	}
	if hits := must[[]Hit](t)(s.Search("Sheinbaum", 1)); len(hits) != 1 {
		t.Errorf("limit 1 gave %d hits", len(hits))
	}
}

func FuzzSearch(f *testing.F) {
	for _, seed := range []string{"sheinbaum", `"foreign troops"`, `AND(`, `*`, `"`, "Ángeles", "a OR b", "NEAR(x y, 2)"} {
		f.Add(seed)
	}
	s, _, _ := filled(f)
	f.Fuzz(func(t *testing.T, q string) {
		if _, err := s.Search(q, 5); err != nil {
			t.Errorf("Search(%q): %v", q, err)
		}
	})
}

func TestSnippet(t *testing.T) {
	long := strings.Repeat("one two three four five ", 10) + "the Ángeles meeting " + strings.Repeat("six seven eight nine ten ", 10)
	tests := []struct {
		query  string
		fields []string
		want   string
	}{
		{"angeles", []string{"Met Ángeles Morales."}, "Met [Ángeles] Morales."},
		{"ÁNGELES", []string{"met angeles"}, "met [angeles]"},
		{"mor", []string{"Met Ángeles Morales."}, "Met Ángeles [Morales]."},
		{"mor ", []string{"Met Ángeles Morales."}, "Met Ángeles Morales."}, // no match: the text as is
		{`"u.s. troops"`, []string{"no", "The U.S. sends troops; U.S. troops."}, "The [U].[S]. sends [troops]; [U].[S]. [troops]."},
		{"angeles", []string{long}, "…four five one two three four five the [Ángeles] meeting six seven eight nine ten six seven eight nine ten six seven eight nine…"},
		{"[x]", []string{"a [x] b"}, "a [[x]] b"},
		{"zebra", []string{"", strings.Repeat("w ", 30)}, strings.TrimSpace(strings.Repeat("w ", 24)) + "…"},
	}
	for _, tt := range tests {
		if got := snippet(parseQuery(tt.query).terms, tt.fields...); got != tt.want {
			t.Errorf("snippet(%q) = %q, want %q", tt.query, got, tt.want)
		}
	}
}

func TestSearchFindsTags(t *testing.T) {
	s, _, _ := filled(t)
	q := must[[]Quote](t)(s.Quotes(Filter{}))[0]
	ref := ItemRef{KindQuote, q.ID}
	check(t, s.SetTags(ref, []string{"Fiscal watch", "sovereignty"}))
	hits := must[[]Hit](t)(s.Search("fiscal", 10))
	if len(hits) != 1 || hits[0].Ref != ref || !strings.Contains(hits[0].Snippet, "[Fiscal]") {
		t.Fatalf("hits for a tag = %+v", hits)
	}
	// A tag taken off is no longer found.
	check(t, s.SetTags(ref, []string{"sovereignty"}))
	if hits := must[[]Hit](t)(s.Search("fiscal", 10)); len(hits) != 0 {
		t.Errorf("a removed tag is still found: %+v", hits)
	}
	tags := must[map[int64][]string](t)(s.TagsOf(KindQuote))
	if len(tags) != 1 || tags[q.ID][0] != "sovereignty" {
		t.Errorf("TagsOf = %v", tags)
	}
}

func TestSearchCountsAndPages(t *testing.T) {
	s := newStore(t)
	for i := 0; i < 30; i++ {
		must[int64](t)(s.AddQuestion(Question{Text: fmt.Sprintf("Will ferry line %d run again?", i)}))
	}
	must[int64](t)(s.AddEvent(Event{When: "May 2025", Text: "ferry strike"}))
	counts := must[map[string]int](t)(s.SearchCounts("ferry"))
	if counts[KindQuestion] != 30 || counts[KindEvent] != 1 || counts[KindQuote] != 0 {
		t.Fatalf("counts = %v", counts)
	}
	first := must[[]Hit](t)(s.SearchKind("ferry", KindQuestion, 10))
	all := must[[]Hit](t)(s.SearchKind("ferry", KindQuestion, 40))
	if len(first) != 10 || len(all) != 30 {
		t.Fatalf("pages of %d and %d hits, want 10 and 30", len(first), len(all))
	}
	seen := map[ItemRef]bool{}
	for _, h := range all {
		if h.Ref.Kind != KindQuestion || seen[h.Ref] || !strings.HasPrefix(h.Title, "Will ferry line") {
			t.Errorf("hit %+v", h)
		}
		seen[h.Ref] = true
	}
}

func TestMatchSpans(t *testing.T) {
	text := "Ángeles met the Pentagon's envoys; pentagons are rare."
	got := MatchSpans(`angeles pentag`, text)
	var words []string
	for _, sp := range got {
		words = append(words, text[sp.Start:sp.End])
	}
	if strings.Join(words, ",") != "Ángeles,Pentagon,pentagons" {
		t.Errorf("MatchSpans = %q", words)
	}
	if MatchSpans("  ", text) != nil {
		t.Error("an empty search matches words")
	}
}

// A kind's count is how many items its list of hits can show: an item
// with two matching tags, or actors merged into one, count once.
func TestSearchCountsItemsNotIndexRows(t *testing.T) {
	s, _, _ := filled(t)
	q := must[[]Quote](t)(s.Quotes(Filter{}))[0]
	check(t, s.SetTags(ItemRef{KindQuote, q.ID}, []string{"harbour", "harbour works"}))
	check(t, s.MergeActors(actorByName(t, s, "Claudia Sheinbaum").ID, actorByName(t, s, "Ángeles Morales").ID))
	for _, c := range []struct{ query, kind string }{{"harbour", KindTag}, {"Morales", KindActor}} {
		counts := must[map[string]int](t)(s.SearchCounts(c.query))
		hits := must[[]Hit](t)(s.SearchKind(c.query, c.kind, 100))
		if counts[c.kind] != len(hits) {
			t.Errorf("%q: %d %s hits counted, %d listed: %+v", c.query, counts[c.kind], c.kind, len(hits), hits)
		}
	}
}
