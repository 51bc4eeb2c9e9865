package dossier

import (
	"database/sql"
	"errors"
	"sync"
)

// stmtCache keeps the statements storing an article uses, prepared once on
// the write connection: a dossier of a thousand short articles otherwise
// prepares (parses and plans, triggers included) a dozen statements per
// article, a seventh of the import's time.
//
// A statement can be prepared on the connection only outside a
// transaction (there is one connection, which the transaction holds), so
// AddArticle prepares them before it begins; inside, in hands one to the
// transaction, or prepares it there if it is not in the cache.
type stmtCache struct {
	mu sync.Mutex
	m  map[string]*sql.Stmt
}

// prepare readies the statements for queries on db.
func (c *stmtCache) prepare(db *sql.DB, queries []string) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil {
		c.m = map[string]*sql.Stmt{}
	}
	for _, q := range queries {
		if c.m[q] != nil {
			continue
		}
		st, err := db.Prepare(q)
		if err != nil {
			return err
		}
		c.m[q] = st
	}
	return nil
}

// in returns the statement for query, for use in tx; closing it leaves the
// cached statement open. A nil cache prepares every statement in tx.
func (c *stmtCache) in(tx *sql.Tx, query string) (*sql.Stmt, error) {
	if c == nil {
		return tx.Prepare(query)
	}
	c.mu.Lock()
	st := c.m[query]
	c.mu.Unlock()
	if st == nil {
		return tx.Prepare(query)
	}
	return tx.Stmt(st), nil
}

func (c *stmtCache) close() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	var errs []error
	for _, st := range c.m {
		errs = append(errs, st.Close())
	}
	c.m = nil
	return errors.Join(errs...)
}
