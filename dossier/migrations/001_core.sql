-- Version 1: the dossier's items and their provenance.
-- An article_id of NULL marks an item made by hand, with no place in an article.

CREATE TABLE meta (
	key   TEXT PRIMARY KEY,
	value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE articles (
	id        INTEGER PRIMARY KEY,
	title     TEXT NOT NULL DEFAULT '',
	outlet    TEXT NOT NULL DEFAULT '',
	author    TEXT NOT NULL DEFAULT '',
	published TEXT NOT NULL DEFAULT '',
	url       TEXT NOT NULL DEFAULT '',
	format    TEXT NOT NULL DEFAULT '',
	file      TEXT NOT NULL DEFAULT '',
	sha256    TEXT NOT NULL UNIQUE,
	text      TEXT NOT NULL,
	words     INTEGER NOT NULL DEFAULT 0,
	added     TEXT NOT NULL
);

CREATE TABLE actors (
	id          INTEGER PRIMARY KEY,
	name        TEXT NOT NULL,
	norm        TEXT NOT NULL,
	kind        TEXT NOT NULL DEFAULT '',
	role        TEXT NOT NULL DEFAULT '',
	affiliation TEXT NOT NULL DEFAULT '',
	status      TEXT NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'accepted', 'rejected')),
	merged_into INTEGER REFERENCES actors(id) ON DELETE SET NULL
);
CREATE INDEX actors_norm ON actors(norm);
CREATE INDEX actors_merged_into ON actors(merged_into);

CREATE TABLE actor_aliases (
	actor_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
	alias    TEXT NOT NULL,
	norm     TEXT NOT NULL,
	PRIMARY KEY (actor_id, norm)
) WITHOUT ROWID;
CREATE INDEX actor_aliases_norm ON actor_aliases(norm);

CREATE TABLE mentions (
	id         INTEGER PRIMARY KEY,
	actor_id   INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
	article_id INTEGER REFERENCES articles(id) ON DELETE CASCADE,
	paragraph  INTEGER NOT NULL DEFAULT 0,
	start      INTEGER NOT NULL DEFAULT 0,
	"end"      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX mentions_actor ON mentions(actor_id);
CREATE INDEX mentions_article ON mentions(article_id);

CREATE TABLE quotes (
	id            INTEGER PRIMARY KEY,
	text          TEXT NOT NULL,
	speaker_id    INTEGER REFERENCES actors(id) ON DELETE SET NULL,
	speaker_label TEXT NOT NULL DEFAULT '',
	cue           TEXT NOT NULL DEFAULT '',
	article_id    INTEGER REFERENCES articles(id) ON DELETE CASCADE,
	paragraph     INTEGER NOT NULL DEFAULT 0,
	start         INTEGER NOT NULL DEFAULT 0,
	"end"         INTEGER NOT NULL DEFAULT 0,
	status        TEXT NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'accepted', 'rejected')),
	reliability   TEXT NOT NULL DEFAULT '',
	credibility   INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX quotes_article ON quotes(article_id, start);
CREATE INDEX quotes_speaker ON quotes(speaker_id);

CREATE TABLE sources (
	id          INTEGER PRIMARY KEY,
	name        TEXT NOT NULL,
	norm        TEXT NOT NULL UNIQUE,
	kind        TEXT NOT NULL DEFAULT '',
	status      TEXT NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'accepted', 'rejected')),
	reliability TEXT NOT NULL DEFAULT '',
	credibility INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE citations (
	id         INTEGER PRIMARY KEY,
	source_id  INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
	relation   TEXT NOT NULL DEFAULT '',
	article_id INTEGER REFERENCES articles(id) ON DELETE CASCADE,
	paragraph  INTEGER NOT NULL DEFAULT 0,
	start      INTEGER NOT NULL DEFAULT 0,
	"end"      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX citations_source ON citations(source_id);
CREATE INDEX citations_article ON citations(article_id);

CREATE TABLE questions (
	id         INTEGER PRIMARY KEY,
	text       TEXT NOT NULL,
	sentence   TEXT NOT NULL DEFAULT '',
	article_id INTEGER REFERENCES articles(id) ON DELETE CASCADE,
	paragraph  INTEGER NOT NULL DEFAULT 0,
	start      INTEGER NOT NULL DEFAULT 0,
	"end"      INTEGER NOT NULL DEFAULT 0,
	status     TEXT NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'accepted', 'rejected')),
	state      TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'answered', 'dropped')),
	answer     TEXT NOT NULL DEFAULT '',
	evidence   TEXT NOT NULL DEFAULT ''
);
CREATE INDEX questions_article ON questions(article_id, start);

CREATE TABLE events (
	id         INTEGER PRIMARY KEY,
	when_text  TEXT NOT NULL DEFAULT '',
	value      TEXT NOT NULL DEFAULT '',
	text       TEXT NOT NULL DEFAULT '',
	article_id INTEGER REFERENCES articles(id) ON DELETE CASCADE,
	paragraph  INTEGER NOT NULL DEFAULT 0,
	start      INTEGER NOT NULL DEFAULT 0,
	"end"      INTEGER NOT NULL DEFAULT 0,
	status     TEXT NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'accepted', 'rejected'))
);
CREATE INDEX events_article ON events(article_id, start);

-- Notes and tags attach to any item, so their target is a (kind, id) pair
-- rather than a foreign key; the store removes them with their item.
CREATE TABLE notes (
	id          INTEGER PRIMARY KEY,
	target_kind TEXT NOT NULL,
	target_id   INTEGER NOT NULL,
	text        TEXT NOT NULL,
	created     TEXT NOT NULL,
	modified    TEXT NOT NULL
);
CREATE INDEX notes_target ON notes(target_kind, target_id);

CREATE TABLE tags (
	target_kind TEXT NOT NULL,
	target_id   INTEGER NOT NULL,
	tag         TEXT NOT NULL,
	PRIMARY KEY (target_kind, target_id, tag)
) WITHOUT ROWID;
CREATE INDEX tags_tag ON tags(tag);
