-- Former IDs of merged events. An event's ID comes from its smallest
-- mention ID, so it changes when a report with a smaller ID joins or when
-- two events turn out to be one; links that users saved and cited must
-- still lead to the event. Each former ID points at the event's current ID
-- (chains are kept flat: when an event is renamed again, its aliases move).

-- +goose Up
CREATE TABLE event_aliases (
    old_id   TEXT PRIMARY KEY,
    event_id TEXT NOT NULL
);
CREATE INDEX event_aliases_by_event ON event_aliases (event_id);

-- +goose Down
DROP TABLE event_aliases;
