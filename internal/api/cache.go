package api

import (
	"bytes"
	"net/http"
	"sync"
)

// Cache bounds: an answer larger than maxCachedBody is not kept, and once
// the kept answers pass maxCacheBytes the cache starts afresh.
const (
	maxCachedBody = 1 << 20
	maxCacheBytes = 64 << 20
)

// cache keeps finished GET answers with the store version they were
// computed at (store.Store.Version). An answer is served only while the
// version stands, so it is never stale, whoever writes: this handler, the
// web UI, a CLI ingest or a worker in another process.
type cache struct {
	mu   sync.RWMutex
	m    map[string]*cached
	size int
}

// cached is one kept answer.
type cached struct {
	version int64
	header  http.Header
	body    []byte
}

func (c *cache) get(key string, version int64) (*cached, bool) {
	c.mu.RLock()
	e, ok := c.m[key]
	c.mu.RUnlock()
	if !ok || e.version != version {
		return nil, false
	}
	return e, true
}

func (c *cache) put(key string, e *cached) {
	if len(e.body) > maxCachedBody {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil || c.size+len(e.body) > maxCacheBytes {
		c.m, c.size = make(map[string]*cached), 0
	}
	if old, ok := c.m[key]; ok {
		c.size -= len(old.body)
	}
	c.m[key] = e
	c.size += len(e.body)
}

// cachedGET serves GET requests from the cache when it can, and keeps
// the successful answers of the others. The key is the path with the
// query in a canonical order, so reordered parameters share an entry.
func (h *handler) cachedGET(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet {
			next(w, r)
			return
		}
		// The version is read before the answer is made: a write that
		// lands meanwhile leaves the kept answer at the older version,
		// where it is never served again.
		version, err := h.rec.Store().Version(r.Context())
		if err != nil {
			next(w, r)
			return
		}
		key := r.URL.Path + "?" + r.URL.Query().Encode()
		if e, ok := h.cache.get(key, version); ok {
			dst := w.Header()
			for k, v := range e.header {
				dst[k] = v
			}
			w.WriteHeader(http.StatusOK)
			w.Write(e.body)
			return
		}
		rec := &recorder{header: http.Header{}, status: http.StatusOK}
		next(rec, r)
		dst := w.Header()
		for k, v := range rec.header {
			dst[k] = v
		}
		w.WriteHeader(rec.status)
		w.Write(rec.body.Bytes())
		if rec.status == http.StatusOK {
			h.cache.put(key, &cached{version: version, header: rec.header, body: bytes.Clone(rec.body.Bytes())})
		}
	}
}

// recorder is a ResponseWriter that keeps the whole answer.
type recorder struct {
	header http.Header
	status int
	wrote  bool
	body   bytes.Buffer
}

func (r *recorder) Header() http.Header { return r.header }

func (r *recorder) WriteHeader(code int) {
	if !r.wrote {
		r.status, r.wrote = code, true
	}
}

func (r *recorder) Write(p []byte) (int, error) {
	r.wrote = true
	return r.body.Write(p)
}
