package extract

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// degenerate returns inputs of about n bytes shaped to defeat a
// quadratic scan: each names what it stresses.
func degenerate(n int) []struct{ name, text string } {
	// Each ends with a full stop: a paragraph without one is a heading,
	// which the finders pass over.
	rep := func(unit string) string { return strings.Repeat(unit, n/len(unit)+1)[:n-1] + "." }
	var dates strings.Builder
	for i := 0; dates.Len() < n; i++ {
		fmt.Fprintf(&dates, "On March %d, 2019 and late 2019 and on Tuesday the %s met. ", i%28+1, "Council")
	}
	var names strings.Builder
	for i := 0; names.Len() < n; i++ {
		fmt.Fprintf(&names, "Alpha%d Beta%d ", i%997, i%991)
	}
	var records strings.Builder
	for i := 0; records.Len() < n; i++ {
		fmt.Fprintf(&records, "Staff slept, according to clerk%d court records, per the WHO%d. ", i, i)
	}
	var bodies strings.Builder
	for i := 0; bodies.Len() < n; i++ {
		fmt.Fprintf(&bodies, "Amn%d International said so, according to reports received by Amn%d, told TR%c. ", i%997, i%997, 'A'+i%26)
	}
	// Every person and organisation a new one, so clustering meets more
	// groups at every name.
	var people strings.Builder
	for i := 0; people.Len() < n; i++ {
		fmt.Fprintf(&people, "Ana Vorx%d met Bo Lund%d Ruiz and the Steel%d Union; the Union and Lund%d Ruiz said so. ", i, i, i, i)
	}
	// Many people sharing surnames, each quoted with a title of the
	// other gender, so every quotation looks for a namesake.
	var namesakes strings.Builder
	for i := 0; namesakes.Len() < n; i++ {
		fmt.Fprintf(&namesakes, "Jane Lund%d and Tom Lund%d met. \"We won the vote,\" Ms Lund%d said. ", i%997, i%997, i%997)
	}
	// Many men of one surname, and a woman's title at every quotation,
	// which looks for the one woman of that surname.
	var oneSurname strings.Builder
	for i := 0; oneSurname.Len() < n; i++ {
		fmt.Fprintf(&oneSurname, "Mr. T%c%c%c Lund met. \"We won the vote,\" Ms Lund said. ", 'a'+i%26, 'a'+i/26%26, 'a'+i/676%26)
	}
	// Many ministers, and "the minister" at every quotation, which looks
	// for the one person of that role.
	var roles strings.Builder
	for i := 0; roles.Len() < n; i++ {
		fmt.Fprintf(&roles, "Foreign minister T%c%c%c Lund met. \"We won the vote,\" the minister said. ", 'a'+i%26, 'a'+i/26%26, 'a'+i/676%26)
	}
	// A long sentence, then one sentence of pronoun cues: each cue looks
	// back at the sentence before for the pronoun's antecedent.
	// One sentence listing capitalised words with commas: each word could
	// open a name that lists words ("the Parks, Experiences and Products
	// unit").
	var list strings.Builder
	list.WriteString("The ")
	for i := 0; list.Len() < n-16; i++ {
		fmt.Fprintf(&list, "X%c%c%c, ", 'a'+i%26, 'a'+i/26%26, 'a'+i/676%26)
	}
	list.WriteString("and Yaaa unit.")
	// Many bodies whose figures are cited, each followed by a new person:
	// each asks whether the body's name is a person's surname.
	var cited strings.Builder
	for i := 0; cited.Len() < n; i++ {
		fmt.Fprintf(&cited, "Officials cited figures from Xq%c%c%c today. Anna Zx%c%c%c spoke. ", 'a'+i%26, 'a'+i/26%26, 'a'+i/676%26, 'a'+i%26, 'a'+i/26%26, 'a'+i/676%26)
	}
	long := "Tom Baker met " + strings.Repeat("the men ", n/16) + "today. "
	pronounCues := long + strings.Repeat(`"We won," he said; `, (n-len(long))/19+1)[:n-len(long)-1] + "."
	return []struct{ name, text string }{
		{"said-pairs-one-paragraph", rep(`"a" said Bob. `)},
		{"distinct-people", people.String()},
		{"quote-said-long", rep(`"This is what we do," said Bob Smith. `)},
		{"no-punctuation", rep("the quick brown fox jumps over the lazy dog ")},
		{"unclosed-quotes", rep(`“open `)},
		{"straight-quotes", rep(`" `)},
		{"capitalised-words", names.String() + "."},
		{"one-sentence-commas", rep("and Jones, the minister, said that ")},
		{"question-marks", rep("Why? ")},
		{"dates", dates.String()},
		{"pronouns", rep("He said she told them it was. ")},
		{"according-to", rep("according to Reuters, ")},
		{"modals-one-sentence", rep("studies found that it could help you and may ")},
		{"quoted-questions", rep(`“Is it so? `)},
		{"family-names-first", rep("He Jianxiong said the 56-year-old said ")},
		{"title-quotes", rep(`“Ask Dr Mike `)},
		{"named-surveys", rep("the National Survey on Drug Use and ")},
		{"statements-and-epithets", rep(`Acme Corp issued a statement. "We won," the statement read, the actor said, the production company said `)},
		{"cited-documents", records.String()},
		{"titled-works", rep(`a paper titled “Flow of the `)},
		{"short-names", bodies.String()},
		{"according-to-quotes", rep(`according to the Health Ministry, “a b” `)},
		{"quotation-paragraphs-running", rep("\"We are here and we stay here.\n")},
		{"cue-after-line-break", rep("\"We will rebuild every home,\"\nMayor Ana Ruiz said.\n")},
		{"pull-quotes", rep("\"We will rebuild every home in this town\"\n")},
		{"titled-namesakes", namesakes.String()},
		{"pronoun-cues-after-long-sentence", pronounCues},
		{"one-surname-many-people", oneSurname.String()},
		{"many-role-holders", roles.String()},
		{"single-quoted-terms-one-sentence", rep(`'term' and 'her' in `)},
		{"joined-quotation-parts", rep(`"We won. "We stay. `)},
		{"possessors-and-kin", rep(`Mr. Bo's friend Al Ray said his wife 'left'. `)},
		{"comma-listed-capitals", list.String()},
		{"cited-figures-many-people", cited.String()},
		// One sentence of dates: each date's event is its clause, which
		// must not be looked for by reading the whole sentence.
		{"dates-one-sentence", rep("in 2019 on Sunday and Monday the day before the vote ")},
		{"elided-g-one-sentence", rep("Rockin’ Brands and ")},
		{"plural-possessive-one-sentence", rep("Teachers’ Union and ")},
		{"weekday-announced-one-sentence", rep("Strava on Thursday announced ")},
		{"dates-in-clauses-one-sentence", rep("as on Thursday, ")},
	}
}

// BenchmarkDegenerate extracts 1 MB of each degenerate shape; time must grow
// linearly with the input (compare -benchtime runs at other sizes with
// BenchmarkDegenerateSmall).
func BenchmarkDegenerate(b *testing.B) { benchShapes(b, 1<<20) }

// BenchmarkDegenerateSmall is BenchmarkDegenerate at 256 KB: the ratio of
// the two per shape should be about 4.
func BenchmarkDegenerateSmall(b *testing.B) { benchShapes(b, 1<<18) }

func benchShapes(b *testing.B, n int) {
	for _, s := range degenerate(n) {
		b.Run(s.name, func(b *testing.B) {
			b.SetBytes(int64(len(s.text)))
			for b.Loop() {
				Extract(s.text, Meta{Published: "2019-11-19"})
			}
		})
	}
}

// BenchmarkExtractLarge extracts one article of about 20 MB made of the
// test articles, one after another: realistic text at the largest size
// an article file may have. -benchmem shows the memory it takes.
func BenchmarkExtractLarge(b *testing.B) {
	files, _ := filepath.Glob("testdata/articles/*/article.txt")
	var sb strings.Builder
	for sb.Len() < 20<<20-(1<<16) {
		for _, f := range files {
			t, err := os.ReadFile(f)
			if err != nil {
				b.Fatal(err)
			}
			sb.Write(t)
			sb.WriteString("\n")
			if sb.Len() >= 20<<20-(1<<16) {
				break
			}
		}
	}
	text := sb.String()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Extract(text, Meta{Published: "2019-11-19"})
	}
}

// TestCutOffRepeats extracts 1 MB of a repeated sentence cut off at the
// end, mid-sentence after a capitalised word, as a file of news copy can
// be: the peeled run of words at the end must not be read past the text.
func TestCutOffRepeats(t *testing.T) {
	if testing.Short() {
		t.Skip("1 MB inputs")
	}
	for _, unit := range []string{
		"The findings were published in the Journal of Things. ",
		`And in an interview with Sean Spicer, the president defended it. "We won," he said. `,
	} {
		text := strings.Repeat(unit, (1<<20)/len(unit)+1)[:1<<20]
		Extract(text, Meta{})
	}
}
