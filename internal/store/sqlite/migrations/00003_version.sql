-- The version of the stored record: a number every transaction that stores
-- an article moves on, whichever process writes. Readers that keep answers
-- (the HTTP API's cache) compare it to know they are still true.

-- +goose Up
CREATE TABLE store_version (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    version INTEGER NOT NULL
) STRICT;
INSERT INTO store_version (id, version) VALUES (1, 0);

-- +goose Down
DROP TABLE store_version;
