-- Version 3: tags are searched like everything else. Tags have no rowid of
-- their own (the tags table is WITHOUT ROWID), so their index holds its own
-- copy: the tag and the item it is on, kept in step by triggers.
CREATE VIRTUAL TABLE tags_fts USING fts5(
	tag, target_kind UNINDEXED, target_id UNINDEXED,
	tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER tags_fts_ai AFTER INSERT ON tags BEGIN
	INSERT INTO tags_fts(tag, target_kind, target_id) VALUES (new.tag, new.target_kind, new.target_id);
END;
CREATE TRIGGER tags_fts_ad AFTER DELETE ON tags BEGIN
	DELETE FROM tags_fts WHERE tag = old.tag AND target_kind = old.target_kind AND target_id = old.target_id;
END;
INSERT INTO tags_fts(tag, target_kind, target_id) SELECT tag, target_kind, target_id FROM tags;
