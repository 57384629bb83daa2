-- Articles after cleaning, their full-text index, and the indexes that List
-- and Search filter and sort by. Later migrations add events beside them and
-- reference articles by seq.
--
-- Columns that are sorted or compared as keys use the "C" collation: days,
-- IDs and identity keys must order byte by byte whatever locale the database
-- was created with (a locale such as en_US ignores punctuation, and would sort
-- the '~' of unknown days before the digits of real ones).

-- +goose Up
-- Search text is folded (lower case, no diacritics) by the store before it is
-- indexed, so the configuration only splits and stems: English words are
-- stemmed as SQLite's porter tokenizer does, without a stop-word list so that
-- every word a user types can match; other scripts are kept whole.
CREATE TEXT SEARCH DICTIONARY chronicle_stem (TEMPLATE = snowball, Language = english);
CREATE TEXT SEARCH CONFIGURATION chronicle (COPY = simple);
ALTER TEXT SEARCH CONFIGURATION chronicle
    ALTER MAPPING FOR asciiword, asciihword, hword_asciipart WITH chronicle_stem;

CREATE TABLE articles (
    seq           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, -- ingest order
    id            text COLLATE "C" NOT NULL UNIQUE,
    hash          text COLLATE "C" NOT NULL UNIQUE,
    source        text NOT NULL,
    url           text NOT NULL,
    format        text NOT NULL,
    title         text NOT NULL,
    published     text NOT NULL,            -- as the contract writes it: '', YYYY-MM-DD or RFC 3339
    published_day text COLLATE "C",         -- YYYY-MM-DD in the publication's own zone; NULL when undated
    published_at  bigint,                   -- Unix seconds when the time of day is known; orders within a day
    outlet        text NOT NULL,
    outlet_key    text COLLATE "C" NOT NULL, -- outlet in Unicode lower case, for case-insensitive filters
    authors       text NOT NULL,            -- JSON: an array, or null when the cleaner gave no list
    language      text NOT NULL,
    body          text NOT NULL,
    raw           bytea,                    -- gzip of the raw input; NULL when none was given
    search        tsvector NOT NULL,        -- folded title (weight A) and body (weight B)
    ingested_at   timestamptz NOT NULL DEFAULT now()
);
-- The raw input is gzip already: storing it EXTERNAL spares the server a
-- second, useless compression attempt on every insert.
ALTER TABLE articles ALTER COLUMN raw SET STORAGE EXTERNAL;

-- NULLS LAST keeps undated articles (and day-only ones within a day) after the
-- others, in the order List reads them.
CREATE INDEX articles_by_day ON articles
    (published_day DESC NULLS LAST, published_at DESC NULLS LAST, seq DESC);
CREATE INDEX articles_by_outlet ON articles
    (outlet_key, published_day DESC NULLS LAST, published_at DESC NULLS LAST, seq DESC);
CREATE INDEX articles_search ON articles USING gin (search);

-- +goose Down
DROP TABLE articles;
DROP TEXT SEARCH CONFIGURATION chronicle;
DROP TEXT SEARCH DICTIONARY chronicle_stem;
