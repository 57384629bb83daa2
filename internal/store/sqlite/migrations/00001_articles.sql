-- Articles after cleaning, their full-text index, and the indexes that List
-- and Search filter and sort by. Later migrations add events beside them and
-- reference articles by seq.

-- +goose Up
CREATE TABLE articles (
    seq           INTEGER PRIMARY KEY, -- ingest order; the rowid the FTS index points at
    id            TEXT    NOT NULL UNIQUE,
    hash          TEXT    NOT NULL UNIQUE,
    source        TEXT    NOT NULL,
    url           TEXT    NOT NULL,
    format        TEXT    NOT NULL,
    title         TEXT    NOT NULL,
    published     TEXT    NOT NULL,    -- as the contract writes it: '', YYYY-MM-DD or RFC 3339
    published_day TEXT,                -- YYYY-MM-DD in the publication's own zone; NULL when undated
    published_at  INTEGER,             -- Unix seconds when the time of day is known; orders within a day
    outlet        TEXT    NOT NULL,
    outlet_key    TEXT    NOT NULL,    -- outlet in Unicode lower case, for case-insensitive filters
    authors       TEXT    NOT NULL,    -- JSON: an array, or null when the cleaner gave no list
    language      TEXT    NOT NULL,
    body          TEXT    NOT NULL,
    raw           BLOB,                -- gzip of the raw input; NULL when none was given
    ingested_at   TEXT    NOT NULL     -- RFC 3339, UTC
) STRICT;

-- DESC columns keep NULLs last, which is where undated articles belong.
CREATE INDEX articles_by_day ON articles (published_day DESC, published_at DESC, seq DESC);
CREATE INDEX articles_by_outlet ON articles (outlet_key, published_day DESC, published_at DESC, seq DESC);

CREATE VIRTUAL TABLE articles_fts USING fts5 (
    title, body,
    content = 'articles', content_rowid = 'seq',
    tokenize = 'porter unicode61 remove_diacritics 2'
);

-- +goose StatementBegin
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts (rowid, title, body) VALUES (new.seq, new.title, new.body);
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, body) VALUES ('delete', old.seq, old.title, old.body);
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, body ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, body) VALUES ('delete', old.seq, old.title, old.body);
    INSERT INTO articles_fts (rowid, title, body) VALUES (new.seq, new.title, new.body);
END;
-- +goose StatementEnd

-- +goose Down
DROP TRIGGER articles_fts_update;
DROP TRIGGER articles_fts_delete;
DROP TRIGGER articles_fts_insert;
DROP TABLE articles_fts;
DROP TABLE articles;
