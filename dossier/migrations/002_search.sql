-- Version 2: full-text search. Quotes, questions, events, sources and notes
-- are indexed as external content (the text is stored once, in its own
-- table), kept in step by triggers; articles and actors have indexes of
-- their own, described below.

-- Articles are indexed by paragraph, so that a hit names its paragraph and
-- its snippet is cheap to make: rowid = article id * 16777216 + paragraph
-- (0 for the title). The store writes the paragraph rows, because it splits
-- paragraphs the way the rest of Briefwright does.
CREATE VIRTUAL TABLE paragraphs_fts USING fts5(
	title, text, tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER paragraphs_fts_ai AFTER INSERT ON articles BEGIN
	INSERT INTO paragraphs_fts(rowid, title, text) VALUES (new.id * 16777216, new.title, '');
END;
CREATE TRIGGER paragraphs_fts_ad AFTER DELETE ON articles BEGIN
	DELETE FROM paragraphs_fts WHERE rowid BETWEEN old.id * 16777216 AND old.id * 16777216 + 16777215;
END;
CREATE TRIGGER paragraphs_fts_au AFTER UPDATE OF title ON articles BEGIN
	DELETE FROM paragraphs_fts WHERE rowid = new.id * 16777216;
	INSERT INTO paragraphs_fts(rowid, title, text) VALUES (new.id * 16777216, new.title, '');
END;

CREATE VIRTUAL TABLE quotes_fts USING fts5(
	text, speaker_label, content='quotes', content_rowid='id',
	tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER quotes_fts_ai AFTER INSERT ON quotes BEGIN
	INSERT INTO quotes_fts(rowid, text, speaker_label) VALUES (new.id, new.text, new.speaker_label);
END;
CREATE TRIGGER quotes_fts_ad AFTER DELETE ON quotes BEGIN
	INSERT INTO quotes_fts(quotes_fts, rowid, text, speaker_label) VALUES ('delete', old.id, old.text, old.speaker_label);
END;
CREATE TRIGGER quotes_fts_au AFTER UPDATE OF text, speaker_label ON quotes BEGIN
	INSERT INTO quotes_fts(quotes_fts, rowid, text, speaker_label) VALUES ('delete', old.id, old.text, old.speaker_label);
	INSERT INTO quotes_fts(rowid, text, speaker_label) VALUES (new.id, new.text, new.speaker_label);
END;

CREATE VIRTUAL TABLE questions_fts USING fts5(
	text, sentence, answer, evidence, content='questions', content_rowid='id',
	tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER questions_fts_ai AFTER INSERT ON questions BEGIN
	INSERT INTO questions_fts(rowid, text, sentence, answer, evidence) VALUES (new.id, new.text, new.sentence, new.answer, new.evidence);
END;
CREATE TRIGGER questions_fts_ad AFTER DELETE ON questions BEGIN
	INSERT INTO questions_fts(questions_fts, rowid, text, sentence, answer, evidence) VALUES ('delete', old.id, old.text, old.sentence, old.answer, old.evidence);
END;
CREATE TRIGGER questions_fts_au AFTER UPDATE OF text, sentence, answer, evidence ON questions BEGIN
	INSERT INTO questions_fts(questions_fts, rowid, text, sentence, answer, evidence) VALUES ('delete', old.id, old.text, old.sentence, old.answer, old.evidence);
	INSERT INTO questions_fts(rowid, text, sentence, answer, evidence) VALUES (new.id, new.text, new.sentence, new.answer, new.evidence);
END;

CREATE VIRTUAL TABLE events_fts USING fts5(
	when_text, text, content='events', content_rowid='id',
	tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER events_fts_ai AFTER INSERT ON events BEGIN
	INSERT INTO events_fts(rowid, when_text, text) VALUES (new.id, new.when_text, new.text);
END;
CREATE TRIGGER events_fts_ad AFTER DELETE ON events BEGIN
	INSERT INTO events_fts(events_fts, rowid, when_text, text) VALUES ('delete', old.id, old.when_text, old.text);
END;
CREATE TRIGGER events_fts_au AFTER UPDATE OF when_text, text ON events BEGIN
	INSERT INTO events_fts(events_fts, rowid, when_text, text) VALUES ('delete', old.id, old.when_text, old.text);
	INSERT INTO events_fts(rowid, when_text, text) VALUES (new.id, new.when_text, new.text);
END;

CREATE VIRTUAL TABLE sources_fts USING fts5(
	name, content='sources', content_rowid='id',
	tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER sources_fts_ai AFTER INSERT ON sources BEGIN
	INSERT INTO sources_fts(rowid, name) VALUES (new.id, new.name);
END;
CREATE TRIGGER sources_fts_ad AFTER DELETE ON sources BEGIN
	INSERT INTO sources_fts(sources_fts, rowid, name) VALUES ('delete', old.id, old.name);
END;
CREATE TRIGGER sources_fts_au AFTER UPDATE OF name ON sources BEGIN
	INSERT INTO sources_fts(sources_fts, rowid, name) VALUES ('delete', old.id, old.name);
	INSERT INTO sources_fts(rowid, name) VALUES (new.id, new.name);
END;

CREATE VIRTUAL TABLE notes_fts USING fts5(
	text, content='notes', content_rowid='id',
	tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER notes_fts_ai AFTER INSERT ON notes BEGIN
	INSERT INTO notes_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER notes_fts_ad AFTER DELETE ON notes BEGIN
	INSERT INTO notes_fts(notes_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER notes_fts_au AFTER UPDATE OF text ON notes BEGIN
	INSERT INTO notes_fts(notes_fts, rowid, text) VALUES ('delete', old.id, old.text);
	INSERT INTO notes_fts(rowid, text) VALUES (new.id, new.text);
END;

-- Actors: rowid is the actor's id; the aliases, which live in their own
-- table, are one column joined by " | ".
CREATE VIRTUAL TABLE actors_fts USING fts5(
	name, aliases, tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER actors_fts_ai AFTER INSERT ON actors BEGIN
	DELETE FROM actors_fts WHERE rowid = new.id;
	INSERT INTO actors_fts(rowid, name, aliases)
		SELECT a.id, a.name, coalesce((SELECT group_concat(alias, ' | ') FROM actor_aliases WHERE actor_id = a.id), '')
		FROM actors a WHERE a.id = new.id;
END;
CREATE TRIGGER actors_fts_au AFTER UPDATE OF name ON actors BEGIN
	DELETE FROM actors_fts WHERE rowid = new.id;
	INSERT INTO actors_fts(rowid, name, aliases)
		SELECT a.id, a.name, coalesce((SELECT group_concat(alias, ' | ') FROM actor_aliases WHERE actor_id = a.id), '')
		FROM actors a WHERE a.id = new.id;
END;
CREATE TRIGGER actors_fts_ad AFTER DELETE ON actors BEGIN
	DELETE FROM actors_fts WHERE rowid = old.id;
END;
CREATE TRIGGER actor_aliases_fts_ai AFTER INSERT ON actor_aliases BEGIN
	DELETE FROM actors_fts WHERE rowid = new.actor_id;
	INSERT INTO actors_fts(rowid, name, aliases)
		SELECT a.id, a.name, coalesce((SELECT group_concat(alias, ' | ') FROM actor_aliases WHERE actor_id = a.id), '')
		FROM actors a WHERE a.id = new.actor_id;
END;
CREATE TRIGGER actor_aliases_fts_ad AFTER DELETE ON actor_aliases BEGIN
	DELETE FROM actors_fts WHERE rowid = old.actor_id;
	INSERT INTO actors_fts(rowid, name, aliases)
		SELECT a.id, a.name, coalesce((SELECT group_concat(alias, ' | ') FROM actor_aliases WHERE actor_id = a.id), '')
		FROM actors a WHERE a.id = old.actor_id;
END;

-- Index what a version-1 dossier already holds (article paragraphs: by the
-- store, in the same transaction).
INSERT INTO paragraphs_fts(rowid, title, text) SELECT id * 16777216, title, '' FROM articles;
INSERT INTO quotes_fts(quotes_fts) VALUES ('rebuild');
INSERT INTO questions_fts(questions_fts) VALUES ('rebuild');
INSERT INTO events_fts(events_fts) VALUES ('rebuild');
INSERT INTO sources_fts(sources_fts) VALUES ('rebuild');
INSERT INTO notes_fts(notes_fts) VALUES ('rebuild');
INSERT INTO actors_fts(rowid, name, aliases)
	SELECT a.id, a.name, coalesce((SELECT group_concat(alias, ' | ') FROM actor_aliases WHERE actor_id = a.id), '')
	FROM actors a;
