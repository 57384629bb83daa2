package text

import (
	"hash/maphash"
	"sync"
	"unicode/utf8"
)

// Bounds that keep Repeats' memory flat however long a batch runs: about
// 16 bytes a line, so at most some 64 MiB when every bound is reached.
const (
	maxSites        = 4096
	maxLinesPerSite = 1 << 16
	maxPagesPerSite = 1 << 16
)

// Repeats learns lines that recur across pages of one site (navigation, footers, promos). Safe for concurrent use.
//
// Lines are kept as 64-bit hashes of their normalised, lower-cased text, per
// site, with the number of distinct pages that showed them. A page seen
// twice (the same article fetched again) is counted once, or its every line
// would look like furniture.
type Repeats struct {
	seed  maphash.Seed
	mu    sync.Mutex
	sites map[string]*siteLines
}

// siteLines is what Repeats knows of one site.
type siteLines struct {
	lines map[uint64]uint32
	pages map[uint64]struct{}
}

// NewRepeats returns an empty line memory.
func NewRepeats() *Repeats {
	return &Repeats{seed: maphash.MakeSeed(), sites: make(map[string]*siteLines)}
}

// Observe records the distinct normalised lines of one page.
func (r *Repeats) Observe(site, input string) {
	if r == nil {
		return
	}
	r.ObserveLines(site, SplitLines(input))
}

// ObserveLines is Observe for a page already split by SplitLines, which
// Clean can then use too.
func (r *Repeats) ObserveLines(site string, lines *Lines) {
	if r == nil || lines == nil {
		return
	}
	page := maphash.String(r.seed, lines.input)
	seen := make(map[uint64]struct{}, len(lines.texts))
	var buf []byte
	for i := range lines.texts {
		if !lines.cr[i] {
			if k := lines.keys[i]; k != "" {
				seen[maphash.String(r.seed, k)] = struct{}{}
			}
			continue
		}
		t := lines.observed(i)
		if t == "" {
			continue
		}
		var h uint64
		h, buf = r.keyHash(t, buf)
		seen[h] = struct{}{}
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	s := r.sites[site]
	if s == nil {
		if len(r.sites) >= maxSites {
			return
		}
		s = &siteLines{lines: make(map[uint64]uint32), pages: make(map[uint64]struct{})}
		r.sites[site] = s
	}
	if _, dup := s.pages[page]; dup || len(s.pages) >= maxPagesPerSite {
		return
	}
	s.pages[page] = struct{}{}
	for h := range seen {
		if n, ok := s.lines[h]; ok {
			s.lines[h] = n + 1
		} else if len(s.lines) < maxLinesPerSite {
			s.lines[h] = 1
		}
	}
}

// Count tells on how many observed pages of site the line appears.
func (r *Repeats) Count(site, line string) int {
	return r.count(site, key(normalize(line)))
}

// Pages tells how many distinct pages of site were observed.
func (r *Repeats) Pages(site string) int {
	if r == nil {
		return 0
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if s := r.sites[site]; s != nil {
		return len(s.pages)
	}
	return 0
}

// count looks up a line already in key form.
func (r *Repeats) count(site, k string) int {
	if r == nil || k == "" {
		return 0
	}
	h := maphash.String(r.seed, k)
	r.mu.Lock()
	defer r.mu.Unlock()
	if s := r.sites[site]; s != nil {
		return int(s.lines[h])
	}
	return 0
}

// keyHash is maphash.String(r.seed, key(t)) without building the key when t
// is ASCII: the lower-cased bytes go to buf, which is returned for reuse.
func (r *Repeats) keyHash(t string, buf []byte) (uint64, []byte) {
	buf = buf[:0]
	for i := 0; i < len(t); i++ {
		c := t[i]
		if c >= utf8.RuneSelf {
			return maphash.String(r.seed, key(t)), buf
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return maphash.Bytes(r.seed, buf), buf
}
