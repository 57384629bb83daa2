-- Event mentions, the merged events they belong to, and the near-duplicate
-- sketches of articles. Put writes all of it in the article's transaction,
-- so an article is never stored without its mentions merged.

-- +goose Up
-- The near-duplicate group: the smallest article ID of the connected set of
-- near-identical articles (syndicated copies), NULL while alone.
ALTER TABLE articles ADD COLUMN dup_group text COLLATE "C";
CREATE INDEX articles_by_dup_group ON articles (dup_group) WHERE dup_group IS NOT NULL;

CREATE TABLE article_sketches (
    article_seq bigint PRIMARY KEY REFERENCES articles (seq) ON DELETE CASCADE,
    sketch      bytea  NOT NULL -- dedup.Signature in binary form
);
ALTER TABLE article_sketches ALTER COLUMN sketch SET STORAGE EXTERNAL; -- random bits: no compression

-- Locality-sensitive hashing bands: articles sharing a band are near-duplicate candidates.
CREATE TABLE article_bands (
    band        bigint NOT NULL,
    article_seq bigint NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
    PRIMARY KEY (band, article_seq)
);

CREATE TABLE events (
    id               text COLLATE "C" PRIMARY KEY,
    type             text COLLATE "C" NOT NULL,
    status           text COLLATE "C" NOT NULL,
    mode             text NOT NULL,
    date             text NOT NULL,             -- '' when undated
    first            text COLLATE "C" NOT NULL, -- first day Date may mean; '~' when unknown (sorts after every day)
    last             text COLLATE "C" NOT NULL, -- last day; '~' when unknown. Timelines sort by it: a date
                                                -- range is then one index range (last >= from, first <= to)
    location_key     text COLLATE "C" NOT NULL, -- place name in lower case, '' when none
    location_country text COLLATE "C" NOT NULL,
    sources          integer NOT NULL,
    mentions         integer NOT NULL,
    data             text NOT NULL              -- JSON of the merged event without its mentions
);
CREATE INDEX events_by_last ON events (last, first, id);
CREATE INDEX events_by_type ON events (type, last, first, id);

-- Participants of events by identity key ("n:sergey lavrov", "c:RUS"), kept
-- in timeline order so that an actor's timeline is one index range.
CREATE TABLE event_actors (
    key      text COLLATE "C" NOT NULL,
    last     text COLLATE "C" NOT NULL,
    first    text COLLATE "C" NOT NULL,
    event_id text COLLATE "C" NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    PRIMARY KEY (key, last, event_id)
);
CREATE INDEX event_actors_by_event ON event_actors (event_id);

-- Pairs of participants (a < b) of events, for the timeline of a dyad.
CREATE TABLE event_pairs (
    a        text COLLATE "C" NOT NULL,
    b        text COLLATE "C" NOT NULL,
    last     text COLLATE "C" NOT NULL,
    first    text COLLATE "C" NOT NULL,
    event_id text COLLATE "C" NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    PRIMARY KEY (a, b, last, event_id)
);
CREATE INDEX event_pairs_by_event ON event_pairs (event_id);

CREATE TABLE mentions (
    id          text COLLATE "C" PRIMARY KEY, -- article ID ':' index
    article_seq bigint NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
    idx         integer NOT NULL,
    event_id    text COLLATE "C" NOT NULL,
    type        text COLLATE "C" NOT NULL,
    data        text NOT NULL                 -- JSON of the mention's article.Event
);
CREATE INDEX mentions_by_article ON mentions (article_seq, idx);
CREATE INDEX mentions_by_event ON mentions (event_id);

-- What merge candidates are looked up by: type, identity key, day range.
-- Nearly every mention spans a month or less (a day, a week, a month, the
-- days around an undated report's publication); the few wider ones (a
-- year) are kept apart so that a look-up scans a month of keys, not a year.
CREATE TABLE mention_keys (
    type       text COLLATE "C" NOT NULL,
    key        text COLLATE "C" NOT NULL,
    wide       boolean NOT NULL,          -- the span is longer than 31 days
    first      text COLLATE "C" NOT NULL,
    last       text COLLATE "C" NOT NULL,
    mention_id text COLLATE "C" NOT NULL REFERENCES mentions (id) ON DELETE CASCADE,
    PRIMARY KEY (type, key, wide, first, mention_id)
);

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
