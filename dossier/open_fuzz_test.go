package dossier

import (
	"os"
	"path/filepath"
	"testing"
)

// smallDossier returns the bytes of a valid dossier holding both test
// articles, a note and a tag, as a closed store leaves it.
func smallDossier(t testing.TB) []byte {
	dir := t.TempDir()
	path := filepath.Join(dir, "seed.dossier")
	s, one, _ := filledAt(t, path)
	must[int64](t)(s.AddNote(ItemRef{KindArticle, one}, "Call the embassy"))
	check(t, s.SetTags(ItemRef{KindArticle, one}, []string{"mexico"}))
	check(t, s.Close())
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// mutate applies a fuzz input to a valid dossier's bytes. The input is a
// list of changes rather than a whole file, so that it stays small and
// the fuzzer's work goes into the file's structure: every 4 bytes set the
// byte at a 3-byte offset (modulo the size); one byte left over cuts the
// file to that many 256ths of its length.
func mutate(seed, in []byte) []byte {
	b := append([]byte(nil), seed...)
	for ; len(in) >= 4; in = in[4:] {
		off := (int(in[0])<<16 | int(in[1])<<8 | int(in[2])) % len(b)
		b[off] = in[3]
	}
	if len(in) > 0 {
		b = b[:len(b)*int(in[0])/256]
	}
	return b
}

// patch encodes one change for mutate.
func patch(off int, v byte) []byte { return []byte{byte(off >> 16), byte(off >> 8), byte(off), v} }

// FuzzOpenDossier changes a valid dossier's bytes: opening it, read-only
// or for writing, must give an error or a store that works, never a
// panic, a hang or unbounded memory. Each statement's step budget is
// lowered so that a slow case shows as a failure quickly.
func FuzzOpenDossier(f *testing.F) {
	defer func(b int64) { stepBudget = b }(stepBudget)
	stepBudget = 1 << 24
	seed := smallDossier(f)
	f.Add([]byte{})
	// The header's page size, journal mode, change counter, page count,
	// freelist, schema cookie and version; the schema page; a page in
	// the middle; half the file.
	for _, off := range []int{16, 18, 24, 28, 32, 40, 60, 100, 300, 4096 + 8, len(seed) / 2} {
		f.Add(patch(off, 0xff))
		f.Add(patch(off, 0x00))
	}
	f.Add([]byte{128})
	f.Fuzz(func(t *testing.T, in []byte) {
		data := mutate(seed, in)
		dir := t.TempDir()
		path := filepath.Join(dir, "fuzz.dossier")
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		if s, err := OpenReadOnly(path); err == nil {
			use(s, false)
			s.Close()
		}
		if s, err := Open(path); err == nil {
			use(s, true)
			s.Close()
		}
	})
}

// use runs what the app and export do with an open dossier; errors are
// expected on a damaged file, and ignored.
func use(s *Store, write bool) {
	s.Snapshot()
	s.Counts()
	s.Search("Sheinbaum", 20)
	s.Actors(Filter{})
	if write {
		a, x := genArticle(3)
		s.AddArticle(a, x)
		s.AddNote(ItemRef{KindArticle, 1}, "note")
		s.DeleteArticle(1)
	}
}
