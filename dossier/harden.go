package dossier

/*
// The SQLite library is the one the driver compiles in; these are the few
// calls its Go API does not offer, declared here rather than taken from its
// header so that nothing about the driver's build changes.
#include <stdint.h>

typedef struct sqlite3 sqlite3;
typedef long long sqlite3_int64;
int sqlite3_db_config(sqlite3*, int op, ...);
int sqlite3_busy_handler(sqlite3*, int(*)(void*, int), void*);
void sqlite3_progress_handler(sqlite3*, int, int(*)(void*), void*);
int sqlite3_trace_v2(sqlite3*, unsigned, int(*)(unsigned, void*, void*, void*), void*);
int sqlite3_sleep(int);
int sqlite3_wal_checkpoint_v2(sqlite3*, const char*, int, int*, int*);
int sqlite3_file_control(sqlite3*, const char*, int, void*);
void *sqlite3_malloc(int);
void sqlite3_free(void*);
sqlite3_int64 sqlite3_hard_heap_limit64(sqlite3_int64);

#define BW_DBCONFIG_NO_CKPT_ON_CLOSE 1006
#define BW_DBCONFIG_ENABLE_VIEW    1015
#define BW_DBCONFIG_DEFENSIVE      1010
#define BW_DBCONFIG_TRUSTED_SCHEMA 1017
#define BW_TRACE_STMT  0x01
#define BW_TRACE_CLOSE 0x08

// Each connection counts the virtual-machine steps of the statement it runs
// and stops the statement past a budget. The count starts again whenever a
// statement starts; a trigger's program (traced as "-- TRIGGER ...") counts
// with the statement that fired it.
typedef struct {
	sqlite3_int64 steps;
	sqlite3_int64 budget;
} bw_work;

enum { bw_progress_period = 10000 };

// bw_largest is the largest count a statement reached, over every
// connection; tests and benchmarks read it to see how close real work comes
// to the budget. Races between connections only make it approximate.
static sqlite3_int64 bw_largest;

static int bw_progress(void *p) {
	bw_work *w = p;
	w->steps += bw_progress_period;
	if (w->steps > bw_largest) bw_largest = w->steps;
	return w->steps > w->budget;
}

static int bw_trace(unsigned kind, void *p, void *stmt, void *x) {
	bw_work *w = p;
	if (kind == BW_TRACE_STMT) {
		const char *sql = x;
		if (!sql || !(sql[0] == '-' && sql[1] == '-')) w->steps = 0;
	} else if (kind == BW_TRACE_CLOSE) {
		sqlite3_free(w);
	}
	return 0;
}

// bw_busy waits for a lock in steps of one millisecond for the first
// second, so that a writer gets in during the short gaps between another
// writer's transactions instead of sleeping through them, then in steps of
// ten, and gives up after about maxWait ms.
static int bw_busy(void *p, int n) {
	int waited = n < 1000 ? n : 1000 + (n - 1000) * 10;
	if (waited >= (int)(intptr_t)p) return 0;
	sqlite3_sleep(n < 1000 ? 1 : 10);
	return 1;
}

static int bw_harden(sqlite3 *db, sqlite3_int64 budget, int maxWait) {
	int v;
	if (sqlite3_db_config(db, BW_DBCONFIG_DEFENSIVE, 1, &v) || v != 1) return 1;
	if (sqlite3_db_config(db, BW_DBCONFIG_TRUSTED_SCHEMA, 0, &v) || v != 0) return 2;
	if (sqlite3_db_config(db, BW_DBCONFIG_ENABLE_VIEW, 0, &v) || v != 0) return 3;
	if (sqlite3_db_config(db, BW_DBCONFIG_NO_CKPT_ON_CLOSE, 1, &v) || v != 1) return 6;
	bw_work *w = sqlite3_malloc(sizeof *w);
	if (!w) return 4;
	w->steps = 0;
	w->budget = budget;
	if (sqlite3_trace_v2(db, BW_TRACE_STMT | BW_TRACE_CLOSE, bw_trace, w)) {
		sqlite3_free(w);
		return 5;
	}
	sqlite3_progress_handler(db, bw_progress_period, bw_progress, w);
	sqlite3_busy_handler(db, bw_busy, (void*)(intptr_t)maxWait);
	return 0;
}

// bw_checkpoint copies the WAL into the file, as much as readers allow,
// and never waits: the busy handler is off meanwhile. With truncate it
// also empties the WAL file, which needs everyone else out of the way;
// without, it does not hold up other writers. It returns 0 when every
// frame of the WAL is in the file.
static int bw_checkpoint(sqlite3 *db, int truncate, int maxWait) {
	int logged = -1, copied = -1;
	sqlite3_busy_handler(db, 0, 0);
	// SQLITE_CHECKPOINT_TRUNCATE or SQLITE_CHECKPOINT_PASSIVE
	int rc = sqlite3_wal_checkpoint_v2(db, "main", truncate ? 3 : 0, &logged, &copied);
	sqlite3_busy_handler(db, bw_busy, (void*)(intptr_t)maxWait);
	if (rc) return rc;
	return logged == copied ? 0 : 5; // SQLITE_BUSY
}

// bw_reserve grows the database file to size bytes, really allocating the
// space (SQLITE_FCNTL_SIZE_HINT does so once a chunk size is set), and
// returns non-zero if the disk has no room.
static int bw_reserve(sqlite3 *db, sqlite3_int64 size) {
	int chunk = 4096;
	int rc = sqlite3_file_control(db, "main", 6, &chunk); // SQLITE_FCNTL_CHUNK_SIZE
	if (rc) return rc;
	return sqlite3_file_control(db, "main", 5, &size);    // SQLITE_FCNTL_SIZE_HINT
}

static int bw_ckpt_on_close(sqlite3 *db, int on) {
	int v;
	return sqlite3_db_config(db, BW_DBCONFIG_NO_CKPT_ON_CLOSE, !on, &v);
}

static void bw_heap_limit(sqlite3_int64 hard) { sqlite3_hard_heap_limit64(hard); }

static sqlite3_int64 bw_largest_statement(void) { return bw_largest; }
*/
import "C"

import (
	"database/sql"
	"fmt"
	"reflect"
	"sync"
	"unsafe"

	sqlite3 "github.com/mattn/go-sqlite3"
)

// driverName is the database/sql driver every dossier connection uses: the
// SQLite driver with each connection hardened as it opens, because a
// dossier may come from someone else and its schema is not to be trusted
// until it has been checked.
const driverName = "sqlite3_briefwright"

// Limits on every connection. A dossier holds articles of at most 20 MB
// (what ingest accepts), so no string, blob or row needs more than
// maxLength; the SQL the store writes is short and shallow.
const (
	maxLength      = 64 << 20
	maxSQLLength   = 1 << 20
	maxExprDepth   = 100
	maxCompound    = 50
	maxVDBEOps     = 250_000
	maxTriggers    = 10
	maxAttached    = 1 // VACUUM INTO attaches its target
	maxLikePattern = 1000

	// busyWait is how long, in milliseconds, a connection waits for a
	// lock another process or store holds.
	busyWait = 10_000

	// SQLite's own allocations, over all connections, are refused past
	// this. Temporary tables and sorts live in memory (temp_store), so
	// they count here instead of filling a temporary folder. Real work
	// stays far below: the page caches are small, and storing the largest
	// article peaks under 200 MB for the whole process.
	hardHeapLimit = 512 << 20
)

// stepBudget stops a statement after this many virtual-machine steps:
// some seconds of work, far more than the largest real statement takes
// (BenchmarkHugeArticle reports that figure). Connections take the value
// current when they open; tests lower it.
var stepBudget int64 = 1 << 30

var registerOnce sync.Once

// register makes driverName available; every open calls it first.
func register() {
	registerOnce.Do(func() {
		C.bw_heap_limit(C.sqlite3_int64(hardHeapLimit))
		sql.Register(driverName, &sqlite3.SQLiteDriver{ConnectHook: harden})
	})
}

// harden applies the limits and settings above to a new connection, before
// anything reads the dossier through it.
func harden(c *sqlite3.SQLiteConn) error {
	db, err := handle(c)
	if err != nil {
		return err
	}
	if rc := C.bw_harden((*C.sqlite3)(db), C.sqlite3_int64(stepBudget), C.int(busyWait)); rc != 0 {
		return fmt.Errorf("cannot make the SQLite connection safe for untrusted files (step %d)", int(rc))
	}
	for _, l := range []struct{ id, v int }{
		{sqlite3.SQLITE_LIMIT_LENGTH, maxLength},
		{sqlite3.SQLITE_LIMIT_SQL_LENGTH, maxSQLLength},
		{sqlite3.SQLITE_LIMIT_EXPR_DEPTH, maxExprDepth},
		{sqlite3.SQLITE_LIMIT_COMPOUND_SELECT, maxCompound},
		{sqlite3.SQLITE_LIMIT_VDBE_OP, maxVDBEOps},
		{sqlite3.SQLITE_LIMIT_TRIGGER_DEPTH, maxTriggers},
		{sqlite3.SQLITE_LIMIT_ATTACHED, maxAttached},
		{sqlite3.SQLITE_LIMIT_LIKE_PATTERN_LENGTH, maxLikePattern},
		{sqlite3.SQLITE_LIMIT_WORKER_THREADS, 0},
	} {
		c.SetLimit(l.id, l.v)
	}
	// cell_size_check catches a corrupt page as it is read instead of
	// letting it be used; temp_store keeps sorts and temporary tables under
	// the heap limit; trusted_schema is off through sqlite3_db_config too,
	// this states it where it can be read back; checkpoints happen only
	// where the store makes them (see checkpoint).
	_, err = c.Exec(`PRAGMA cell_size_check = ON; PRAGMA temp_store = MEMORY; PRAGMA trusted_schema = OFF;
		PRAGMA wal_autocheckpoint = 0`, nil)
	return err
}

// reserve runs bw_reserve; see Store.checkpoint. (The driver's
// SetFileControlInt64 cannot report this failure: it reads the
// connection's last error, which a file control does not set.)
func reserve(db unsafe.Pointer, size int64) bool {
	return C.bw_reserve((*C.sqlite3)(db), C.sqlite3_int64(size)) == 0
}

// walCheckpoint runs bw_checkpoint; see Store.checkpoint.
func walCheckpoint(db unsafe.Pointer, truncate bool) bool {
	t := C.int(0)
	if truncate {
		t = 1
	}
	return C.bw_checkpoint((*C.sqlite3)(db), t, C.int(busyWait)) == 0
}

// checkpointOnClose sets whether closing the connection checkpoints.
func checkpointOnClose(db unsafe.Pointer, on bool) {
	v := C.int(0)
	if on {
		v = 1
	}
	C.bw_ckpt_on_close((*C.sqlite3)(db), v)
}

// handle returns the connection's sqlite3 pointer, which the driver keeps
// in an unexported field; reflection reads it without copying or changing
// anything, and a driver that renamed the field fails here, loudly, rather
// than leaving connections unhardened.
func handle(c *sqlite3.SQLiteConn) (unsafe.Pointer, error) {
	f := reflect.ValueOf(c).Elem().FieldByName("db")
	if !f.IsValid() || f.Kind() != reflect.Pointer || f.IsNil() {
		return nil, fmt.Errorf("the SQLite driver keeps no connection handle where expected")
	}
	return f.UnsafePointer(), nil
}

// largestStatement reports the most virtual-machine steps one statement has
// taken in this process, in multiples of the progress period.
func largestStatement() int64 { return int64(C.bw_largest_statement()) }
