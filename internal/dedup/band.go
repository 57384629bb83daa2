package dedup

const (
	// Rows is the number of slots in a band and NumBands the number of
	// bands: two articles become candidates with probability
	// 1-(1-J^Rows)^NumBands (see the package comment for the curve). The
	// bands cover the first Rows*NumBands = 126 slots; Similarity reads
	// all K.
	Rows     = 3
	NumBands = K / Rows
)

// Bands returns the locality-sensitive keys of s, one per band, each
// hashed together with its band index so that one key column can hold
// them all. Articles sharing a key are candidate near-duplicates. The zero
// Signature has no keys.
func (s Signature) Bands() []uint64 {
	if s.IsZero() {
		return nil
	}
	keys := make([]uint64, NumBands)
	for b := range NumBands {
		h := mix(uint64(b+1) * 0x9e3779b97f4a7c15)
		for _, v := range s[b*Rows : (b+1)*Rows] {
			h = mix(h ^ uint64(v))
		}
		keys[b] = h
	}
	return keys
}

// Similarity estimates the Jaccard similarity of the shingle sets behind a
// and b: the share of slots where they agree. It is 0 when either is the
// zero Signature.
func Similarity(a, b Signature) float64 { return similarity(&a, &b) }

// similarity is Similarity without copying the signatures.
func similarity(a, b *Signature) float64 {
	if a.IsZero() || b.IsZero() {
		return 0
	}
	same := 0
	for i := range a {
		if a[i] == b[i] {
			same++
		}
	}
	return float64(same) / K
}
