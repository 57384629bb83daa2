package dedup

// Index groups near-duplicate articles in memory. Two articles are linked
// when they share a band key and their Similarity is at least Threshold;
// a group is a connected component of links, named by its smallest article
// ID, so the groups do not depend on the order of Add calls. An Index is not
// safe for concurrent use.
type Index struct {
	ids    []string
	sigs   []Signature
	parent []int32 // union-find forest over article positions
	least  []int32 // at a root: the position of the smallest ID of its component
	byID   map[string]int32
	// heads maps a band key to the last article added under it; next
	// chains to the one before, per article and band (-1 ends a chain).
	heads bandTable
	next  []int32
	// exact maps a hash of a whole signature to its first holder: an
	// identical copy links to it and is left out of the bands, since it
	// would find exactly the same candidates.
	exact map[uint64]int32
}

// NewIndex returns an empty Index.
func NewIndex() *Index {
	return &Index{byID: map[string]int32{}, exact: map[uint64]int32{}}
}

// Len returns the number of articles added.
func (x *Index) Len() int { return len(x.ids) }

// Add records the article id with the signature of its body and returns
// its group as it stands: the smallest ID among the article and its
// near-duplicates seen so far. A later Add can join groups, so callers
// that keep groups ask Group again once all articles are in. Adding an id
// again changes nothing and returns its group.
func (x *Index) Add(id string, s Signature) (group string) {
	if i, ok := x.byID[id]; ok {
		return x.ids[x.least[x.find(i)]]
	}
	i := int32(len(x.ids))
	x.ids = append(x.ids, id)
	x.sigs = append(x.sigs, s)
	x.parent = append(x.parent, i)
	x.least = append(x.least, i)
	x.byID[id] = i
	for range NumBands {
		x.next = append(x.next, -1)
	}
	if s.IsZero() {
		return id
	}
	whole := signatureHash(&s)
	if j, ok := x.exact[whole]; ok && x.sigs[j] == s {
		x.union(i, j)
		return x.ids[x.least[x.find(i)]]
	} else if !ok {
		x.exact[whole] = i
	}
	var checked seen
	for b, key := range s.Bands() {
		head := x.heads.swap(key, i)
		for j := head; j >= 0; j = x.next[int(j)*NumBands+b] {
			if x.find(j) == x.find(i) || !checked.add(j) {
				continue
			}
			if similarity(&x.sigs[i], &x.sigs[j]) >= Threshold {
				x.union(i, j)
			}
		}
		x.next[int(i)*NumBands+b] = head
	}
	return x.ids[x.least[x.find(i)]]
}

// Group returns the group of the article id: the smallest article ID of
// its near-duplicate component. An article the Index has not seen is its
// own group.
func (x *Index) Group(id string) string {
	i, ok := x.byID[id]
	if !ok {
		return id
	}
	return x.ids[x.least[x.find(i)]]
}

// find returns the root of i's component, halving the path on the way.
func (x *Index) find(i int32) int32 {
	for x.parent[i] != i {
		x.parent[i] = x.parent[x.parent[i]]
		i = x.parent[i]
	}
	return i
}

// union joins the components of i and j, keeping the smaller ID at the root.
func (x *Index) union(i, j int32) {
	ri, rj := x.find(i), x.find(j)
	if ri == rj {
		return
	}
	if ri > rj { // the older root stays root: chains stay short in practice
		ri, rj = rj, ri
	}
	x.parent[rj] = ri
	if x.ids[x.least[rj]] < x.ids[x.least[ri]] {
		x.least[ri] = x.least[rj]
	}
}

// signatureHash folds a whole signature to 64 bits for the exact-copy map.
func signatureHash(s *Signature) uint64 {
	h := uint64(0x9e3779b97f4a7c15)
	for i := 0; i < K; i += 2 {
		h = mix(h ^ (uint64(s[i])<<32 | uint64(s[i+1])))
	}
	return h
}

// seen is a set of article positions: a short list for the usual handful
// of candidates, a map once a crowded band key brings many.
type seen struct {
	list []int32
	set  map[int32]struct{}
}

// add records v and reports whether it was new.
func (s *seen) add(v int32) bool {
	if s.set != nil {
		if _, ok := s.set[v]; ok {
			return false
		}
		s.set[v] = struct{}{}
		return true
	}
	for _, w := range s.list {
		if w == v {
			return false
		}
	}
	s.list = append(s.list, v)
	if len(s.list) > 32 {
		s.set = make(map[int32]struct{}, 2*len(s.list))
		for _, w := range s.list {
			s.set[w] = struct{}{}
		}
	}
	return true
}
