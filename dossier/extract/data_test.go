package extract

import (
	"go/ast"
	"go/parser"
	gotoken "go/token"
	"path/filepath"
	"strings"
	"testing"
)

// TestWordLists rejects a word listed twice: in one section of words.txt,
// among the given names, or as the key of two lines of a lexicon. A
// duplicate hides an edit (the second copy is the one that counts, or
// neither is removed) and tells of lists that grew apart.
func TestWordLists(t *testing.T) {
	for name, ws := range wordLists {
		if len(ws) == 0 {
			t.Errorf("words.txt [%s] is empty", name)
		}
		seen := map[string]bool{}
		for _, w := range ws {
			if seen[w] {
				t.Errorf("words.txt [%s] lists %q twice", name, w)
			}
			seen[w] = true
		}
	}
	for _, file := range []string{"places.txt", "demonyms.txt", "organizations.txt", "titles.txt",
		"speechverbs.txt", "outlets.txt", "givennames.txt", "platforms.txt"} {
		b, err := dataFS.ReadFile("data/" + file)
		if err != nil {
			t.Fatal(err)
		}
		seen := map[string]int{}
		for n, line := range strings.Split(string(b), "\n") {
			line = strings.TrimSpace(line)
			if line == "" || line[0] == '#' {
				continue
			}
			keys := []string{line}
			if file == "givennames.txt" {
				keys = strings.Fields(line)
			} else if k, _, ok := strings.Cut(line, " = "); ok {
				keys = []string{k}
			}
			for _, k := range keys {
				k = strings.ToLower(strings.TrimSuffix(strings.TrimSpace(k), " [agency]"))
				if first, ok := seen[k]; ok {
					t.Errorf("%s: %q on line %d is already on line %d", file, k, n+1, first)
				}
				seen[k] = n + 1
			}
		}
	}
}

// TestOpenCues rejects an open-point cue listed twice, once its
// alternatives are spelled out: the two copies would sit in two classes or
// count one class twice as often as it should be read.
func TestOpenCues(t *testing.T) {
	seen := map[string]string{}
	for _, cs := range cuesByWord {
		for _, c := range cs {
			k := strings.Join(c.words, " ")
			if first, ok := seen[k]; ok {
				t.Errorf("openpoints.txt lists %q in [%s] and [%s]", k, first, cueClasses[c.class].name)
			}
			seen[k] = cueClasses[c.class].name
		}
	}
	if len(seen) < 100 {
		t.Errorf("openpoints.txt holds %d cues; it was not read", len(seen))
	}
}

// TestNoWordListsInGo rejects a package-level word list written as a Go
// literal (toSet("a", "b") or map[string]bool{"a": true, …}): lists live
// in data/words.txt, where TestWordLists checks them and a reader finds
// them all in one place. Tables that give each word a value (a month's
// number, a pronoun's gender) stay in Go beside the code that reads them.
func TestNoWordListsInGo(t *testing.T) {
	fset := gotoken.NewFileSet()
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, parser.SkipObjectResolution)
		if err != nil {
			t.Fatal(err)
		}
		for _, decl := range f.Decls {
			gen, ok := decl.(*ast.GenDecl)
			if !ok || gen.Tok != gotoken.VAR {
				continue
			}
			for _, spec := range gen.Specs {
				vs := spec.(*ast.ValueSpec)
				for i, v := range vs.Values {
					if n := literalWords(v); n >= 2 {
						t.Errorf("%s: %s lists %d words in Go; give it a [%s] section in data/words.txt and wordSet(%q)",
							fset.Position(v.Pos()), vs.Names[i].Name, n, vs.Names[i].Name, vs.Names[i].Name)
					}
				}
			}
		}
	}
}

// literalWords counts the string literals of a toSet call or a
// map[string]bool literal made of them only; else 0.
func literalWords(e ast.Expr) int {
	n := 0
	switch e := e.(type) {
	case *ast.CallExpr:
		if id, ok := e.Fun.(*ast.Ident); !ok || id.Name != "toSet" {
			return 0
		}
		for _, a := range e.Args {
			if lit, ok := a.(*ast.BasicLit); !ok || lit.Kind != gotoken.STRING {
				return 0
			}
			n++
		}
	case *ast.CompositeLit:
		mt, ok := e.Type.(*ast.MapType)
		if !ok {
			return 0
		}
		k, kok := mt.Key.(*ast.Ident)
		v, vok := mt.Value.(*ast.Ident)
		if !kok || !vok || k.Name != "string" || v.Name != "bool" {
			return 0
		}
		for _, el := range e.Elts {
			kv, ok := el.(*ast.KeyValueExpr)
			if !ok {
				return 0
			}
			if lit, ok := kv.Key.(*ast.BasicLit); !ok || lit.Kind != gotoken.STRING {
				return 0
			}
			n++
		}
	}
	return n
}
