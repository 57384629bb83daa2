package meta

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Signature kinds, valued by strength. An outlet's score is the sum over
// the kinds of signature it has, each counted once: a footer that repeats
// a sister site's name does not outweigh the site's own signatures.
const (
	sigNone   = 0
	sigByline = 2 // "Jane Doe | Reuters"
	sigLine   = 3 // a line that is only the name
	sigDomain = 5 // the site's domain or e-mail address
	sigTitle  = 6 // "Headline - Outlet" at the top of the page
	sigStrong = 7 // "Support X", "X News Desk", "© 2025 X"
)

// Words right before or after a mention of an outlet that make it a
// signature of the page's own outlet (strong), or a citation of another
// outlet or a photo credit (cite).
var (
	strongBefore = []string{"support", "join", "join the", "subscribe to", "follow", "follow the", "download the", "download", "©", "copyright", "(c)", "team"}
	strongAfter  = []string{"desk", "news desk", "staff", "bureau", "newsroom", "web desk", "digital desk", "news service", "team", "community", "app", "premium", "plus", "subscription", "newsletter"}
	citeBefore   = []string{"by", "to", "according", "via", "told", "citing", "cited", "source", "sources", "with", "from", "in", "on", "for"}
	citeAfter    = []string{"reports", "reported", "report", "said", "says", "photo", "images", "image", "/", "reporter", "correspondent", "journalist", "interview", "wrote", "writes", "cited", "quoted"}
)

// hasAnyWord reports whether the phrase ends (atEnd) or starts with one of
// the words.
func hasAnyWord(phrase string, words []string, atEnd bool) bool {
	for _, w := range words {
		if atEnd && (phrase == w || strings.HasSuffix(phrase, " "+w)) || !atEnd && (phrase == w || strings.HasPrefix(phrase, w+" ")) {
			return true
		}
	}
	return false
}

// isSegment reports whether words[a:b] is a whole "|"-separated segment.
func isSegment(words []string, a, b int) bool {
	return (a == 0 || words[a-1] == "|") && (b == len(words) || words[b] == "|")
}

// outletWords splits a line at white space and trims punctuation around
// each word, keeping the punctuation inside names ("Lenta.ru", "Al-Monitor").
func outletWords(s string) []string {
	w, _ := outletWordsStops(s)
	return w
}

// outletWordsStops is outletWords that also reports, for each word, whether
// a sentence or clause stop followed it ("Pravda." in "© 2025 Ukrainska
// Pravda. Quoting is allowed"): a name does not run on over such a stop.
func outletWordsStops(s string) ([]string, []bool) {
	out, stops, _ := appendOutletWords(s, make([]string, 0, 24), make([]bool, 0, 24), nil)
	return out, stops
}

// appendOutletWords is outletWordsStops appending to the caller's slices,
// with the byte offset of each word in s.
func appendOutletWords(s string, out []string, stops []bool, at []int) ([]string, []bool, []int) {
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if asciiSpace[c] {
				i++
				continue
			}
		} else if r, size := utf8.DecodeRuneInString(s[i:]); unicode.IsSpace(r) {
			i += size
			continue
		}
		j := i
		for j < len(s) {
			if c := s[j]; c < utf8.RuneSelf {
				if asciiSpace[c] {
					break
				}
				j++
				continue
			}
			r, size := utf8.DecodeRuneInString(s[j:])
			if unicode.IsSpace(r) {
				break
			}
			j += size
		}
		w := s[i:j]
		i = j
		if w == "|" || w == "©" || w == "&" {
			out = append(out, w)
			stops = append(stops, false)
			at = append(at, j-len(w))
			continue
		}
		if a, b := trimToWord(w); a < b {
			out = append(out, w[a:b])
			stops = append(stops, b < len(w) && strings.ContainsAny(w[b:], ".,;:!?"))
			at = append(at, j-len(w)+a)
		}
	}
	return out, stops, at
}

// asciiSpace marks the ASCII bytes strings.Fields splits on.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// trimToWord strips what is neither letter nor digit (© and @ excepted)
// from both ends of w and returns the byte span left (empty when nothing
// is); plain ASCII words, the common case, cost no rune decoding.
func trimToWord(w string) (start, end int) {
	// ASCII ends are trimmed here; TrimFunc reads the rest. The span is
	// the only place the trimmed word occurs in w: what was cut holds no
	// letter, digit, © or @, and the word begins and ends with one.
	a, b := 0, len(w)
	for a < b && w[a] < utf8.RuneSelf && !keptASCII(w[a]) {
		a++
	}
	for b > a && w[b-1] < utf8.RuneSelf && !keptASCII(w[b-1]) {
		b--
	}
	if a == b || w[a] < utf8.RuneSelf && w[b-1] < utf8.RuneSelf {
		return a, b
	}
	inner := w[a:b]
	left := strings.TrimLeftFunc(inner, notWordRune)
	t := strings.TrimRightFunc(left, notWordRune)
	a += len(inner) - len(left)
	return a, a + len(t)
}

// keptASCII is true for the ASCII bytes trimToWord keeps.
func keptASCII(c byte) bool { return isASCIIAlnum(c) || c == '@' }

// notWordRune is what trimToWord trims from the ends of a word.
func notWordRune(r rune) bool {
	return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '©' && r != '@'
}

func isASCIIAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

func startsUpper(w string) bool {
	for _, r := range w {
		return unicode.IsUpper(r)
	}
	return false
}

// anyFirstWord reports whether a table name can start at one of the words
// (matchAt's first test, without lower-casing the words).
func (ix *outletIndex) anyFirstWord(words []string) bool {
	for _, w := range words {
		// An ASCII word keeps its length and first byte (lower-cased) in
		// lower case: the shape test then needs no lookup. Other words
		// may change length when lower-cased.
		if w != "" && w[0] < utf8.RuneSelf && len(w) < 64 &&
			ix.firstShapes[lowerByte(w[0])]&(1<<len(w)) == 0 && isASCII(w) {
			continue
		}
		if _, ok := lookupLower(ix.firstWords, w); ok {
			return true
		}
	}
	return false
}

// matchAt finds the longest table name starting at words[a]. Names must be
// written as the table spells them (or in capitals), so that the words
// "time", "hill" or "ap" do not name an outlet.
func (ix *outletIndex) matchAt(words, lower []string, a int) (int, int, bool) {
	if !ix.mayBeFirstWord(lower[a]) {
		return 0, a, false
	}
	longest, ok := ix.firstWords[lower[a]]
	if !ok {
		return 0, a, false
	}
	var buf [128]byte
	for n := min(longest, len(words)-a); n >= 1; n-- {
		// The joined words are looked up from a stack buffer: no string is
		// made unless the name is in the table.
		key := buf[:0]
		for k, w := range lower[a : a+n] {
			if k > 0 {
				key = append(key, ' ')
			}
			key = append(key, w...)
		}
		i, ok := ix.byName[string(key)]
		if !ok || !ix.exactName(i, strings.Join(words[a:a+n], " ")) {
			continue
		}
		return i, a + n, true
	}
	return 0, a, false
}

// exactName reports whether phrase is written exactly as the outlet's name
// or one of its aliases.
func (ix *outletIndex) exactName(i int, phrase string) bool {
	for _, n := range ix.spellings[i] {
		if n == phrase || len(n) > 4 && phrase == strings.ToUpper(n) {
			return true
		}
		if rest, ok := strings.CutPrefix(n, "The "); ok && phrase == "the "+rest {
			return true
		}
	}
	return false
}

// domainMention finds a table outlet in a word that is a host name, URL or
// e-mail address ("info@devdiscourse.com", "www.bbc.co.uk").
func domainMention(w string) (int, bool) {
	if !strings.Contains(w, ".") {
		return 0, false
	}
	if at := strings.LastIndexByte(w, '@'); at >= 0 {
		w = w[at+1:]
	}
	h := hostOf(strings.ToLower(w))
	if h == "" || !strings.ContainsAny(h, "abcdefghijklmnopqrstuvwxyz") {
		return 0, false
	}
	return outletTable().lookupHost(h)
}

// photoWords mark a line as a photo credit even when it carries a ©.
var photoWords = map[string]bool{"photo": true, "photos": true, "photograph": true, "getty": true, "images": true,
	"image": true, "shutterstock": true, "/": true, "фото": true, "pic": true, "picture": true, "file": true}

// mayHoldCopyright is a cheap test that a line can hold a copyright mark at
// all, so that most lines skip copyrightMark's word-by-word look.
func mayHoldCopyright(line string) bool {
	return strings.Contains(line, "©") || strings.Contains(line, "opyright") || strings.Contains(line, "OPYRIGHT") ||
		strings.Contains(line, "(c)") || strings.Contains(line, "(C)")
}

// copyrightMark returns the index of the word that opens a site's own
// copyright notice ("© 2025 Kyiv Post", "Copyright © The Hindu"), or -1. A
// © after a sentence or in a photo credit ("Lavrov in Moscow. © Sputnik /
// Jane Roe") is not one.
func copyrightMark(lower []string) int {
	mark := -1
	for i, w := range lower {
		if photoWords[w] {
			return -1
		}
		if mark < 0 && (strings.Contains(w, "©") || w == "copyright" || w == "(c)") {
			mark = i
		}
	}
	if mark > 6 {
		return -1
	}
	return mark
}

// isASCII reports whether s is all ASCII.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
