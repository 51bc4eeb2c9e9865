package dossier

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"
)

// ErrForeignWAL reports a write-ahead log beside a dossier that was not
// written for the file as it is now: applying it would mix pages of two
// different states of a dossier (or of two dossiers) into a corrupt one.
var ErrForeignWAL = errors.New("the -wal file beside it was written for another copy of the dossier; move that file away to open this one as it is")

// dbHeader is what the WAL check needs from a database file's first page.
type dbHeader struct {
	pageSize int
	counter  uint32 // file change counter, bytes 24-27
	created  string // see createdStamp
}

func parseDBHeader(h []byte) dbHeader {
	ps := int(binary.BigEndian.Uint16(h[16:18]))
	if ps == 1 {
		ps = 65536
	}
	return dbHeader{pageSize: ps, counter: binary.BigEndian.Uint32(h[24:28])}
}

// walSummary is what a WAL file would change if SQLite applied it: only
// frames up to the last valid commit count, as in SQLite's recovery.
type walSummary struct {
	pageSize   int
	committed  int    // frames SQLite would use
	pageOnes   int    // of those, copies of page 1 (the header page)
	first      uint32 // change counter of the first copy of page 1
	last       uint32 // and of the last
	foreignApp bool   // a copy of page 1 names another application
	created    string // the creation time in a copy of page 2, if any
}

// readWAL summarises a WAL file without SQLite, checking its checksums the
// way SQLite does. A missing, empty or invalid WAL is one SQLite ignores,
// and gives a zero summary.
func readWAL(path string) (walSummary, error) {
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return walSummary{}, nil
	}
	if err != nil {
		return walSummary{}, err
	}
	defer f.Close()
	r := bufio.NewReaderSize(f, 64<<10)
	var hdr [32]byte
	if _, err := io.ReadFull(r, hdr[:]); err != nil {
		return walSummary{}, nil // shorter than a header: ignored by SQLite
	}
	magic := binary.BigEndian.Uint32(hdr[0:4])
	if magic&^1 != 0x377f0682 || binary.BigEndian.Uint32(hdr[4:8]) != 3007000 {
		return walSummary{}, nil
	}
	bigEndian := magic&1 == 1
	pageSize := int(binary.BigEndian.Uint32(hdr[8:12]))
	if pageSize < 512 || pageSize > 65536 || pageSize&(pageSize-1) != 0 {
		return walSummary{}, nil
	}
	s1, s2 := walChecksum(bigEndian, hdr[:24], 0, 0)
	if s1 != binary.BigEndian.Uint32(hdr[24:28]) || s2 != binary.BigEndian.Uint32(hdr[28:32]) {
		return walSummary{}, nil
	}
	salt := hdr[16:24]

	sum := walSummary{pageSize: pageSize}
	pending := walSummary{} // page-1 copies since the last commit
	frame := make([]byte, 24+pageSize)
	for n := 1; ; n++ {
		if _, err := io.ReadFull(r, frame); err != nil {
			break // the end, or a torn last frame SQLite ignores too
		}
		pgno := binary.BigEndian.Uint32(frame[0:4])
		if pgno == 0 || string(frame[8:16]) != string(salt) {
			break
		}
		s1, s2 = walChecksum(bigEndian, frame[:8], s1, s2)
		s1, s2 = walChecksum(bigEndian, frame[24:], s1, s2)
		if s1 != binary.BigEndian.Uint32(frame[16:20]) || s2 != binary.BigEndian.Uint32(frame[20:24]) {
			break
		}
		if pgno == 1 {
			page := frame[24:]
			c := binary.BigEndian.Uint32(page[24:28])
			if pending.pageOnes == 0 {
				pending.first = c
			}
			pending.last = c
			pending.pageOnes++
			if string(page[:16]) != "SQLite format 3\x00" || binary.BigEndian.Uint32(page[68:72]) != applicationID {
				pending.foreignApp = true
			}
		}
		if pgno == 2 && pending.created == "" {
			pending.created = createdStamp(frame[24:])
		}
		if binary.BigEndian.Uint32(frame[4:8]) != 0 { // a commit
			sum.committed = n
			if pending.pageOnes > 0 {
				if sum.pageOnes == 0 {
					sum.first = pending.first
				}
				sum.last = pending.last
				sum.pageOnes += pending.pageOnes
				sum.foreignApp = sum.foreignApp || pending.foreignApp
			}
			if sum.created == "" {
				sum.created = pending.created
			}
			pending = walSummary{}
		}
	}
	return sum, nil
}

// walChecksum continues SQLite's WAL checksum over b (a multiple of 8
// bytes), reading words in the byte order the WAL header chose.
func walChecksum(bigEndian bool, b []byte, s1, s2 uint32) (uint32, uint32) {
	order := binary.ByteOrder(binary.LittleEndian)
	if bigEndian {
		order = binary.BigEndian
	}
	for i := 0; i+8 <= len(b); i += 8 {
		s1 += order.Uint32(b[i:]) + s2
		s2 += order.Uint32(b[i+4:]) + s1
	}
	return s1, s2
}

// createdStamp finds the dossier's creation time in a page of its meta
// table, which a dossier has at page 2 (the first table its first
// migration makes) for as long as that table fits one page. Every write
// rewrites that page, so a WAL holds a copy of it; the time tells two
// dossiers apart where the header's counter cannot (two dossiers with as
// many writes since they were made). It returns "" if the page does not
// hold it.
func createdStamp(page []byte) string {
	i := bytes.Index(page, []byte("created"))
	if i < 0 {
		return ""
	}
	v := page[i+len("created"):]
	n := 0
	for n < len(v) && n < 40 && strings.IndexByte("0123456789-:.TZ+", v[n]) >= 0 {
		n++
	}
	if n < len("2006-01-02T15:04:05Z") {
		return ""
	}
	return string(v[:n])
}

// belongs decides whether a WAL fits the database header h.
//
// Every write transaction the store makes rewrites the header page, and
// SQLite adds one to the header's change counter each time the page goes
// into the WAL; a checkpoint copies pages, that one included, into the
// file. So a WAL written for this file holds copies of page 1 whose
// counters run on from the file's: the file's counter lies between the
// first copy's minus one (nothing copied back yet) and the last copy's
// (everything copied back). A WAL of another dossier, or of this dossier
// before or after a restored copy was made, fails that test. A WAL with no
// copy of page 1 cannot be tied to the file this way; it was not written
// by this store, and is accepted as SQLite would.
//
// The creation time on page 2, where both the file and the WAL hold it,
// must be the same.
func (w walSummary) belongs(h dbHeader) bool {
	switch {
	case w.committed == 0:
		return true // nothing would be applied
	case w.pageSize != h.pageSize, w.foreignApp:
		return false
	case w.created != "" && h.created != "" && w.created != h.created:
		return false
	case w.pageOnes == 0:
		return true
	}
	base := w.first - 1
	return h.counter-base <= w.last-base // modulo 2^32, as the counter wraps
}

// checkWAL refuses a dossier whose -wal file does not belong to it, before
// SQLite could apply it. It must not run while this process has the
// dossier open: closing a file SQLite has locked drops SQLite's locks. A
// WAL another process is writing to can change between the two reads, so
// a mismatch is read again before it counts.
func checkWAL(abs, name string) error {
	for try := 0; ; try++ {
		h, page2, err := readStart(abs)
		if err != nil {
			return fmt.Errorf("open %s: %w", name, unwrapPathError(err))
		}
		w, err := readWAL(abs + "-wal")
		if err != nil {
			return fmt.Errorf("open %s: cannot read its -wal file: %w", name, unwrapPathError(err))
		}
		dh := parseDBHeader(h[:])
		dh.created = createdStamp(page2)
		if w.belongs(dh) {
			return nil
		}
		if try == 2 {
			return fmt.Errorf("open %s: %w", name, ErrForeignWAL)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// readStart reads a database file's header and its second page.
func readStart(abs string) ([100]byte, []byte, error) {
	var h [100]byte
	f, err := os.Open(abs)
	if err != nil {
		return h, nil, err
	}
	defer f.Close()
	if _, err := f.ReadAt(h[:], 0); err != nil {
		return h, nil, err
	}
	ps := parseDBHeader(h[:]).pageSize
	if ps < 512 || ps > 65536 {
		return h, nil, nil
	}
	page := make([]byte, ps)
	n, _ := f.ReadAt(page, int64(ps))
	return h, page[:n], nil
}

// readHeader reads a database file's first 100 bytes.
func readHeader(abs string) ([100]byte, error) {
	var h [100]byte
	f, err := os.Open(abs)
	if err != nil {
		return h, err
	}
	defer f.Close()
	_, err = f.ReadAt(h[:], 0)
	return h, err
}
