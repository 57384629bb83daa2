-- Event mentions, the merged events they belong to, and the near-duplicate
-- sketches of articles. Put writes all of it in the article's transaction,
-- so an article is never stored without its mentions merged.

-- +goose Up
-- The near-duplicate group: the smallest article ID of the connected set of
-- near-identical articles (syndicated copies), NULL while alone.
ALTER TABLE articles ADD COLUMN dup_group TEXT;
CREATE INDEX articles_by_dup_group ON articles (dup_group) WHERE dup_group IS NOT NULL;

CREATE TABLE article_sketches (
    article_seq INTEGER PRIMARY KEY REFERENCES articles (seq) ON DELETE CASCADE,
    sketch      BLOB    NOT NULL -- dedup.Signature in binary form
) STRICT;

-- Locality-sensitive hashing bands: articles sharing a band are near-duplicate candidates.
CREATE TABLE article_bands (
    band        INTEGER NOT NULL,
    article_seq INTEGER NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
    PRIMARY KEY (band, article_seq)
) STRICT, WITHOUT ROWID;

CREATE TABLE events (
    id               TEXT    PRIMARY KEY,
    type             TEXT    NOT NULL,
    status           TEXT    NOT NULL,
    mode             TEXT    NOT NULL,
    date             TEXT    NOT NULL, -- '' when undated
    first            TEXT    NOT NULL, -- first day Date may mean; '~' when unknown (sorts after every day)
    last             TEXT    NOT NULL, -- last day; '~' when unknown. Timelines sort by it: a date
                                       -- range is then one index range (last >= from, first <= to)
    location_key     TEXT    NOT NULL, -- place name in lower case, '' when none
    location_country TEXT    NOT NULL,
    sources          INTEGER NOT NULL,
    mentions         INTEGER NOT NULL,
    data             TEXT    NOT NULL  -- JSON of the merged event without its mentions
) STRICT;
CREATE INDEX events_by_last ON events (last, first, id);
CREATE INDEX events_by_type ON events (type, last, first, id);

-- Participants of events by identity key ("n:sergey lavrov", "c:RUS"), kept
-- in timeline order so that an actor's timeline is one index range.
CREATE TABLE event_actors (
    key      TEXT NOT NULL,
    last     TEXT NOT NULL,
    first    TEXT NOT NULL,
    event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    PRIMARY KEY (key, last, event_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX event_actors_by_event ON event_actors (event_id);

-- Pairs of participants (a < b) of events, for the timeline of a dyad.
CREATE TABLE event_pairs (
    a        TEXT NOT NULL,
    b        TEXT NOT NULL,
    last     TEXT NOT NULL,
    first    TEXT NOT NULL,
    event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    PRIMARY KEY (a, b, last, event_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX event_pairs_by_event ON event_pairs (event_id);

CREATE TABLE mentions (
    id          TEXT    PRIMARY KEY, -- article ID ':' index
    article_seq INTEGER NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
    idx         INTEGER NOT NULL,
    event_id    TEXT    NOT NULL,
    type        TEXT    NOT NULL,
    data        TEXT    NOT NULL     -- JSON of the mention's article.Event
) STRICT;
CREATE INDEX mentions_by_article ON mentions (article_seq, idx);
CREATE INDEX mentions_by_event ON mentions (event_id);

-- What merge candidates are looked up by: type, identity key, day range.
-- Nearly every mention spans a month or less (a day, a week, a month, the
-- days around an undated report's publication); the few wider ones (a
-- year) are kept apart so that a look-up scans a month of keys, not a year.
CREATE TABLE mention_keys (
    type       TEXT    NOT NULL,
    key        TEXT    NOT NULL,
    wide       INTEGER NOT NULL, -- 1 when the span is longer than 31 days
    first      TEXT    NOT NULL,
    last       TEXT    NOT NULL,
    mention_id TEXT    NOT NULL REFERENCES mentions (id) ON DELETE CASCADE,
    PRIMARY KEY (type, key, wide, first, mention_id)
) STRICT, WITHOUT ROWID;

-- +goose Down
DROP TABLE mention_keys;
DROP TABLE mentions;
DROP TABLE event_pairs;
DROP TABLE event_actors;
DROP TABLE events;
DROP TABLE article_bands;
DROP TABLE article_sketches;
DROP INDEX articles_by_dup_group;
ALTER TABLE articles DROP COLUMN dup_group;
