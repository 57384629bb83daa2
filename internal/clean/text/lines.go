package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Lines is a flattened page split into lines and normalised once, for the
// two readers of every line: Repeats.ObserveLines while the pipeline learns
// a window of pages, and Clean (through Options.Lines) when it cleans them.
// Normalising is a fair share of the cost of both.
type Lines struct {
	input string
	raws  []string // the lines, a trailing "\r" cut
	texts []string // normalize of each raw
	keys  []string // key of each text
	cr    []bool   // the line ended in "\r"
}

// SplitLines splits and normalises a page for ObserveLines and Clean.
func SplitLines(input string) *Lines {
	raws := strings.Split(input, "\n")
	n := len(raws)
	l := &Lines{input: input, raws: raws, texts: make([]string, n), keys: make([]string, n), cr: make([]bool, n)}
	// When lower-casing changes only ASCII capitals, the page is lower-cased
	// once and the key of a line that normalising left as it was is a slice
	// of that copy: one allocation for the page instead of one per line.
	low, aligned := "", asciiCaseOnly(input)
	if aligned {
		low = lowerASCII(input)
	}
	at := 0 // offset of raws[i] in input
	for i, raw := range raws {
		next := at + len(raw) + 1
		if t, ok := strings.CutSuffix(raw, "\r"); ok {
			raws[i], l.cr[i] = t, true
		}
		t := normalize(raws[i])
		l.texts[i] = t
		if k := offsetIn(raws[i], t); aligned && t != "" && k >= 0 {
			l.keys[i] = low[at+k : at+k+len(t)]
		} else {
			l.keys[i] = key(t)
		}
		at = next
	}
	return l
}

// asciiCaseOnly reports whether lower-casing s changes nothing but its
// ASCII capitals, so that strings.ToLower keeps every byte in place.
func asciiCaseOnly(s string) bool {
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError || unicode.ToLower(r) != r {
			return false
		}
		i += size
	}
	return true
}

// of returns the lines if they were split from input, nil otherwise.
func (l *Lines) of(input string) *Lines {
	if l == nil || l.input != input {
		return nil
	}
	return l
}

// observed is the form under which Repeats hashes line i: the normalised
// line, with its "\r" still on when it had one (normalize sees it as white
// space but also strips control characters then, which the trimmed line
// may keep).
func (l *Lines) observed(i int) string {
	if l.cr[i] {
		return normalize(l.raws[i] + "\r")
	}
	return l.texts[i]
}

// offsetIn is strings.Index(raw, t) for the usual case of a normalised line
// that is the raw line itself, or the raw line with its spaces trimmed.
func offsetIn(raw, t string) int {
	if len(raw) == len(t) && raw == t {
		return 0
	}
	// No match can start among the leading spaces when t does not start
	// with one: the first match is at the first non-space byte, if there.
	if k := len(raw) - len(strings.TrimLeft(raw, " ")); t != "" && t[0] != ' ' && len(raw)-k >= len(t) && raw[k:k+len(t)] == t {
		return k
	}
	return strings.Index(raw, t)
}

// lowerASCII lower-cases the ASCII capitals of s, which is strings.ToLower
// for a text that asciiCaseOnly accepts, without decoding its other runes.
func lowerASCII(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	from := 0 // s[from:i] is to be copied as it is
	for i := 0; i < len(s); i++ {
		if c := s[i]; 'A' <= c && c <= 'Z' {
			b.WriteString(s[from:i])
			b.WriteByte(c + 'a' - 'A')
			from = i + 1
		}
	}
	b.WriteString(s[from:])
	return b.String()
}
