package text

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Kinds of phrase a line can hold, as bits so that one scan answers all.
const (
	kFurniture uint16 = 1 << iota
	kNotice
	kCaption
	kBio
	kComment
)

// phrase is one entry of the vocabulary with the kinds it signals.
type phrase struct {
	text  string
	kinds uint16
}

// matcher finds vocabulary phrases at word boundaries in one pass over a
// line: candidates are looked up by their first two bytes at each boundary,
// which is far cheaper than searching for every phrase in turn.
type matcher struct {
	// pairs has a bit for every first two bytes of a phrase: at most
	// boundaries it rules the phrases out from a table small enough to
	// stay in the processor's first cache, which bucket is not.
	pairs   [1 << 16 / 64]uint64
	bucket  [1 << 16]uint16 // first two bytes → 1 + index into buckets, 0 for none
	buckets [][]phrase
}

// vocabulary is built once from the phrase lists and never changed.
var vocabulary = newMatcher(map[uint16][]string{
	kFurniture: furniturePhrases,
	kNotice:    noticePhrases,
	kCaption:   captionMarks,
	kBio:       bioMarks,
	kComment:   commentHeaders,
})

func newMatcher(lists map[uint16][]string) *matcher {
	kinds := map[string]uint16{}
	for k, list := range lists {
		for _, p := range list {
			kinds[p] |= k
		}
	}
	m := &matcher{}
	for p, k := range kinds {
		if len(p) < 2 {
			continue
		}
		key := uint16(p[0])<<8 | uint16(p[1])
		m.pairs[key/64] |= 1 << (key % 64)
		if m.bucket[key] == 0 {
			m.buckets = append(m.buckets, nil)
			m.bucket[key] = uint16(len(m.buckets))
		}
		b := m.bucket[key] - 1
		m.buckets[b] = append(m.buckets[b], phrase{p, k})
	}
	for _, b := range m.buckets { // longest first, so the order of a map never shows
		sort.Slice(b, func(i, j int) bool {
			return len(b[i].text) > len(b[j].text) || len(b[i].text) == len(b[j].text) && b[i].text < b[j].text
		})
	}
	return m
}

// scan returns the kinds of all phrases found in lower (a lower-cased line).
// A phrase that begins (ends) with a letter must begin (end) at a word
// boundary, so "related" does not fire on "unrelated" nor "print" on "sprint".
func (m *matcher) scan(lower string) uint16 {
	var found uint16
	prevLetter := false
	for i := 0; i+1 < len(lower); {
		var letter bool
		size := 1
		if c := lower[i]; c < utf8.RuneSelf {
			letter = 'a' <= c|0x20 && c|0x20 <= 'z'
			if letter && prevLetter {
				i++ // inside a word, where no phrase starts
				continue
			}
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(lower[i:])
			letter = unicode.IsLetter(r)
		}
		// Inside a word no phrase can start: the table is not consulted.
		if b := m.at(lower, i, letter && prevLetter); b != 0 {
			for _, p := range m.buckets[b-1] {
				if found&p.kinds == p.kinds || !strings.HasPrefix(lower[i:], p.text) {
					continue
				}
				end := i + len(p.text)
				if end < len(lower) && isLetterByte(p.text[len(p.text)-1]) {
					if after, _ := utf8.DecodeRuneInString(lower[end:]); unicode.IsLetter(after) {
						continue
					}
				}
				found |= p.kinds
			}
		}
		prevLetter = letter
		i += size
	}
	return found
}

// at returns the bucket of the phrases that may start at byte i of lower,
// 0 for none or when i is inside a word.
func (m *matcher) at(lower string, i int, inWord bool) uint16 {
	if inWord {
		return 0
	}
	key := uint16(lower[i])<<8 | uint16(lower[i+1])
	if m.pairs[key/64]&(1<<(key%64)) == 0 {
		return 0
	}
	return m.bucket[key]
}
