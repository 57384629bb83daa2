package dedup

import (
	"math/bits"
	"unicode"
	"unicode/utf8"
)

const (
	// K is the number of slots of a signature.
	K = 128
	// shingleWords is the number of words in a shingle (Sketch holds them
	// in four variables): long enough that articles on one event rarely
	// share a shingle outside quotations, short enough that a reworded
	// sentence keeps most of its shingles.
	shingleWords = 4
	// Threshold is the estimated Jaccard similarity at or above which two
	// articles are near-duplicates. Lightly reworded wire copies measure
	// about 0.5, different reports of one event below 0.1; with K slots the
	// estimate's standard error is at most 0.045, so the threshold sits
	// three of them below the copies and far above the rest.
	Threshold = 0.35
)

// Signature is the MinHash sketch of an article body. The zero Signature
// stands for a text without words and is similar to nothing.
type Signature [K]uint32

// IsZero reports whether s is the signature of a text without words.
func (s Signature) IsZero() bool { return s == Signature{} }

// Sketch returns the signature of text. A text with fewer words than a
// shingle is one shingle of all its words; a text without words gives the
// zero Signature.
func Sketch(text string) Signature {
	var (
		sig    Signature
		filled [K / 64]uint64
		// The last shingleWords word hashes, oldest first.
		w0, w1, w2, w3 uint64
		n              int
	)
	for i := 0; ; n++ {
		var (
			h  uint64
			ok bool
		)
		if h, i, ok = nextWord(text, i); !ok {
			break
		}
		w0, w1, w2, w3 = w1, w2, w3, h
		if n+1 >= shingleWords {
			add(&sig, &filled, shingle(w0, w1, w2, w3))
		}
	}
	switch {
	case n == 0:
		return Signature{}
	case n < shingleWords:
		// The missing leading words hash as zero: a short text is one
		// shingle of all its words.
		add(&sig, &filled, shingle(w0, w1, w2, w3))
	}
	densify(&sig, &filled)
	return sig
}

// add puts a shingle hash in its slot: the top 7 bits choose one of the
// K = 2⁷ slots, the low 32 bits are the value whose minimum it keeps.
func add(sig *Signature, filled *[K / 64]uint64, h uint64) {
	slot := h >> (64 - 7)
	v := uint32(h)
	bit := uint64(1) << (slot & 63)
	if filled[slot>>6]&bit == 0 || v < sig[slot] {
		sig[slot] = v
		filled[slot>>6] |= bit
	}
}

// shingle hashes four word hashes in reading order; each position has its
// own odd multiplier, so "a b c d" and "b a c d" differ.
func shingle(w0, w1, w2, w3 uint64) uint64 {
	return mix(w0*0x9e3779b97f4a7c15 + w1*0xc2b2ae3d27d4eb4f + w2*0x165667b19e3779f9 + w3*0xff51afd7ed558ccd)
}

// densify fills the empty slots: each borrows the value of a filled slot
// chosen by a sequence that depends only on the empty slot's index, so two
// texts with the same empty slot borrow from the same places and equal
// slots keep meaning what MinHash means (Shrivastava 2017).
func densify(sig *Signature, filled *[K / 64]uint64) {
	if bits.OnesCount64(filled[0])+bits.OnesCount64(filled[1]) == K {
		return
	}
	for i := range K {
		if filled[i>>6]&(1<<(i&63)) != 0 {
			continue
		}
		sig[i] = sig[borrow(i, filled)]
	}
}

// borrow returns the filled slot that empty slot i takes its value from.
// The probe sequence is fixed by i; after maxProbes misses (a text of a few
// shingles) the next filled slot in order is taken, which is as fixed.
func borrow(i int, filled *[K / 64]uint64) int {
	const maxProbes = 1024
	for attempt := uint64(1); attempt <= maxProbes; attempt++ {
		j := int(mix(uint64(i)<<32|attempt) >> (64 - 7))
		if filled[j>>6]&(1<<(j&63)) != 0 {
			return j
		}
	}
	for d := 1; d < K; d++ {
		j := (i + d) % K
		if filled[j>>6]&(1<<(j&63)) != 0 {
			return j
		}
	}
	return i
}

// nextWord returns the hash of the first word of text at or after byte i
// and the byte after it; ok is false when no word is left. A word is a run
// of letters, digits and combining marks, lower-cased, or one character of
// a script written without spaces (Chinese, Japanese, Thai, …); everything
// else separates words, so straight and curly quotes, dashes and spacing
// all fold alike.
func nextWord(text string, i int) (h uint64, next int, ok bool) {
	const (
		offset = 0xcbf29ce484222325
		prime  = 0x100000001b3
	)
	h = offset
	for i < len(text) {
		c := text[i]
		var r rune
		if c < utf8.RuneSelf {
			i++
			switch {
			case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
				r = rune(c)
			case 'A' <= c && c <= 'Z':
				r = rune(c + 'a' - 'A')
			default:
				r = -1
			}
		} else {
			var size int
			r, size = utf8.DecodeRuneInString(text[i:])
			if unspaced(r) {
				// Scripts written without spaces: each character is a
				// word, so that shingles are character n-grams.
				if ok {
					return h, i, true
				}
				return (h ^ uint64(r)) * prime, i + size, true
			}
			i += size
			if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
				r = unicode.ToLower(r)
			} else {
				r = -1
			}
		}
		if r < 0 {
			if ok {
				return h, i, true
			}
			continue
		}
		h = (h ^ uint64(r)) * prime
		ok = true
	}
	return h, i, ok
}

// unspaced reports whether r belongs to a script written without spaces
// between words.
func unspaced(r rune) bool {
	return r >= 0x0E00 && unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Thai,
		unicode.Lao, unicode.Khmer, unicode.Myanmar)
}

// mix is the splitmix64 finaliser: every input bit flips about half of the
// output bits, which MinHash needs from its hash.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}
