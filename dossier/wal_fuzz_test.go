package dossier

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzCheckWAL gives the WAL check a changed -wal file beside a dossier,
// as a received or restored pair of files may be: it must decide without
// a panic, reading frames of at most a page at a time. Opening the pair
// when the check lets it through must give a store or an error. The input
// is a list of changes to a real WAL (see mutate).
func FuzzCheckWAL(f *testing.F) {
	db, wal, _ := crashImage(f, f.TempDir())
	f.Add([]byte{})
	f.Add([]byte{1})   // the header only, about
	f.Add([]byte{128}) // half the frames
	// The header's magic, page size, sequence, salts and checksum; the
	// first frame's page number, commit size, salt and checksum.
	for _, off := range []int{3, 10, 12, 16, 20, 24, 32, 36, 40, 48, 56} {
		f.Add(patch(off, 0x01))
		f.Add(patch(off, 0xff))
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		w := mutate(wal, in)
		dir := t.TempDir()
		path := filepath.Join(dir, "x.dossier")
		if err := os.WriteFile(path, db, 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path+"-wal", w, 0o644); err != nil {
			t.Fatal(err)
		}
		if checkWAL(path, path) != nil {
			return
		}
		if s, err := OpenReadOnly(path); err == nil {
			s.Articles()
			s.Close()
		}
	})
}
