package feed

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
	"time"
)

// SeenStore remembers which feed items have been handled, so that a
// restarted watcher does not fetch them again. The store of the lead's
// database can implement it; FileSeen and MemorySeen are ready-made.
type SeenStore interface {
	// Seen reports whether key was marked.
	Seen(ctx context.Context, key string) (bool, error)
	// MarkSeen records keys as handled, durably when the store persists.
	MarkSeen(ctx context.Context, keys ...string) error
}

// ValidatorStore is a SeenStore that also keeps each feed's cache
// validators (ETag, Last-Modified), so that the first poll after a
// restart is a conditional request like the others and an unchanged feed
// costs its server a 304, not the whole document. FileSeen implements it.
type ValidatorStore interface {
	// Validators returns what SetValidators last recorded for the feed.
	Validators(feedURL string) (etag, lastModified string)
	// SetValidators records the feed's validators, durably when the
	// store persists.
	SetValidators(ctx context.Context, feedURL, etag, lastModified string) error
}

// MemorySeen is a SeenStore that forgets on exit. It is safe for
// concurrent use.
type MemorySeen struct {
	mu   sync.Mutex
	keys map[string]struct{}
}

// NewMemorySeen returns an empty MemorySeen.
func NewMemorySeen() *MemorySeen { return &MemorySeen{keys: map[string]struct{}{}} }

// Seen implements SeenStore.
func (m *MemorySeen) Seen(_ context.Context, key string) (bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	_, ok := m.keys[key]
	return ok, nil
}

// MarkSeen implements SeenStore.
func (m *MemorySeen) MarkSeen(_ context.Context, keys ...string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, k := range keys {
		m.keys[k] = struct{}{}
	}
	return nil
}

// DefaultSeenMaxAge is how long FileSeen keeps a key: far longer than any
// item stays in a feed.
const DefaultSeenMaxAge = 90 * 24 * time.Hour

// FileSeen is a SeenStore kept in a JSON file (key to the time it was
// first seen), rewritten atomically on every MarkSeen. Keys older than
// MaxAge are dropped when the file is written. It is safe for concurrent
// use within one process.
type FileSeen struct {
	path string
	// MaxAge bounds how long a key is kept; 0 means DefaultSeenMaxAge.
	MaxAge time.Duration
	now    func() time.Time
	mu     sync.Mutex
	keys   map[string]time.Time
	feeds  map[string]validators
}

// validators are one feed's cache validators.
type validators struct {
	ETag         string `json:"etag,omitempty"`
	LastModified string `json:"last_modified,omitempty"`
}

// seenFile is the file's JSON form. Files written before feeds were kept
// have no "feeds" and load as they are.
type seenFile struct {
	Version int                   `json:"version"`
	Seen    map[string]time.Time  `json:"seen"`
	Feeds   map[string]validators `json:"feeds,omitempty"`
}

// OpenFileSeen loads path, or starts empty when it does not exist yet.
func OpenFileSeen(path string) (*FileSeen, error) {
	s := &FileSeen{path: path, now: time.Now, keys: map[string]time.Time{}, feeds: map[string]validators{}}
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return s, nil
	}
	if err != nil {
		return nil, fmt.Errorf("seen-set %s: %w", path, err)
	}
	var f seenFile
	if err := json.Unmarshal(data, &f); err != nil {
		return nil, fmt.Errorf("seen-set %s: invalid JSON: %w", path, err)
	}
	for k, t := range f.Seen {
		s.keys[k] = t
	}
	for k, v := range f.Feeds {
		s.feeds[k] = v
	}
	return s, nil
}

// Validators implements ValidatorStore.
func (s *FileSeen) Validators(feedURL string) (etag, lastModified string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	v := s.feeds[feedURL]
	return v.ETag, v.LastModified
}

// SetValidators implements ValidatorStore: the validators are on disk
// when it returns nil.
func (s *FileSeen) SetValidators(ctx context.Context, feedURL, etag, lastModified string) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	v := validators{ETag: etag, LastModified: lastModified}
	if s.feeds[feedURL] == v {
		return nil
	}
	if v == (validators{}) {
		delete(s.feeds, feedURL)
	} else {
		s.feeds[feedURL] = v
	}
	return s.save(s.now())
}

// Seen implements SeenStore.
func (s *FileSeen) Seen(_ context.Context, key string) (bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	_, ok := s.keys[key]
	return ok, nil
}

// MarkSeen implements SeenStore: the keys are on disk when it returns
// nil.
func (s *FileSeen) MarkSeen(ctx context.Context, keys ...string) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	now := s.now()
	added := false
	for _, k := range keys {
		if _, ok := s.keys[k]; !ok {
			s.keys[k] = now
			added = true
		}
	}
	if !added {
		return nil
	}
	return s.save(now)
}

// Len returns the number of keys kept.
func (s *FileSeen) Len() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.keys)
}

// save writes the set to a temporary file and renames it over the old
// one, so that a crash leaves either the old set or the new one.
func (s *FileSeen) save(now time.Time) error {
	maxAge := s.MaxAge
	if maxAge <= 0 {
		maxAge = DefaultSeenMaxAge
	}
	for k, t := range s.keys {
		if now.Sub(t) > maxAge {
			delete(s.keys, k)
		}
	}
	data, err := json.MarshalIndent(seenFile{Version: 1, Seen: s.keys, Feeds: s.feeds}, "", " ")
	if err != nil {
		return fmt.Errorf("seen-set %s: %w", s.path, err)
	}
	tmp, err := os.CreateTemp(filepath.Dir(s.path), ".seen-*.tmp")
	if err != nil {
		return fmt.Errorf("seen-set %s: %w", s.path, err)
	}
	_, werr := tmp.Write(data)
	serr := tmp.Sync()
	cerr := tmp.Close()
	if err := errors.Join(werr, serr, cerr); err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("seen-set %s: writing: %w", s.path, err)
	}
	if err := os.Rename(tmp.Name(), s.path); err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("seen-set %s: %w", s.path, err)
	}
	return nil
}
