package dossier

import (
	"context"
	"database/sql"
	"fmt"
	"time"
	"unsafe"

	sqlite3 "github.com/mattn/go-sqlite3"
)

// checkpointEvery spaces the checkpoints after writes: each costs two
// flushes to disk, too many to make after every article of a long import.
const checkpointEvery = time.Second

// afterWrite checkpoints after a committed write, right away if the last
// checkpoint is a second old, else a second after it. The caller holds wmu.
func (s *Store) afterWrite() {
	s.pending = true
	if wait := checkpointEvery - time.Since(s.lastCheckpoint); wait > 0 {
		if s.timer == nil {
			s.timer = time.AfterFunc(wait, s.deferredCheckpoint)
		}
		return
	}
	s.checkpointNow()
}

// afterFailedWrite checkpoints at once what earlier writes left in the
// WAL: a write that failed (the disk full, say) may be the last for a
// while, and the file alone should hold everything committed before it.
func (s *Store) afterFailedWrite() {
	if s.pending {
		s.checkpointNow()
	}
}

func (s *Store) deferredCheckpoint() {
	s.wmu.Lock()
	defer s.wmu.Unlock()
	s.timer = nil
	if s.closed || !s.pending {
		return
	}
	s.checkpointNow()
	if s.pending {
		// A reader kept some of the WAL; try again later.
		s.timer = time.AfterFunc(checkpointEvery, s.deferredCheckpoint)
	}
}

func (s *Store) checkpointNow() {
	s.pending = !s.checkpoint(false)
	s.lastCheckpoint = time.Now()
}

// checkpoint copies the WAL into the dossier file, so that the file alone
// holds every committed change: a copy of it is a good backup, and a -wal
// file lost or left behind costs nothing.
//
// When the disk is full, a checkpoint that has to grow the file could
// stop halfway, leaving a file that is whole only together with its WAL.
// So the file is first grown to its final size; if that fails, nothing is
// copied, the file stays as it was (whole, without the latest changes) and
// the WAL keeps them until a later checkpoint succeeds. Connections never
// checkpoint on their own (see harden) for the same reason.
//
// It never waits: a reader still on an older state keeps the frames it
// needs in the WAL until the next checkpoint, and the file holds the last
// state no reader was in the way of. After a write it lets other writers
// go on meanwhile; on close (truncate) it also empties the WAL file. It
// reports whether every frame of the WAL is in the file. The caller holds
// wmu.
func (s *Store) checkpoint(truncate bool) bool {
	ctx := context.Background()
	conn, err := s.w.Conn(ctx)
	if err != nil {
		return false
	}
	defer conn.Close()
	var pages, size int64
	if err := conn.QueryRowContext(ctx, `SELECT (SELECT page_count FROM pragma_page_count),
		(SELECT page_size FROM pragma_page_size)`).Scan(&pages, &size); err != nil {
		return false
	}
	empty := false
	onHandle(conn, func(db unsafe.Pointer) {
		if reserve(db, pages*size) {
			empty = walCheckpoint(db, truncate)
		}
	})
	return empty
}

// setCheckpointOnClose lets the write connection checkpoint as it closes,
// which is what removes the -wal and -shm files; only done once the WAL is
// empty, when that checkpoint has nothing left to write.
func (s *Store) setCheckpointOnClose() {
	ctx := context.Background()
	conn, err := s.w.Conn(ctx)
	if err != nil {
		return
	}
	defer conn.Close()
	onHandle(conn, func(db unsafe.Pointer) { checkpointOnClose(db, true) })
}

// onHandle runs fn with conn's SQLite handle, for the calls the driver's Go
// API does not offer.
func onHandle(conn *sql.Conn, fn func(db unsafe.Pointer)) error {
	return conn.Raw(func(dc any) error {
		c, ok := dc.(*sqlite3.SQLiteConn)
		if !ok {
			return fmt.Errorf("unexpected driver connection %T", dc)
		}
		db, err := handle(c)
		if err != nil {
			return err
		}
		fn(db)
		return nil
	})
}
