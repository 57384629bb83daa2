package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// feats are the cheap per-line measurements the classifier works from.
type feats struct {
	chars     int  // runes in the normalised text
	words     int  // tokens that hold a letter
	stops     int  // of which stopwords
	caps      int  // of which start with an upper-case letter
	digits    int  // tokens made of digits only
	endPunct  bool // ends like a sentence (. ! ? closing quote …)
	truncated bool // ends with "..." or "…": a teaser cut short
	furniture bool // holds boilerplate vocabulary
	copyright bool // a copyright or rights line
	caption   bool // holds a photo credit or caption mark
	dateLike  bool // names a month, a weekday or a clock time
	contact   bool // an e-mail address or a phone number
	bio       bool // introduces an author
	barrier   bool // heads the readers' comments
	notice    bool // a cookie, consent or comment-form notice, furniture at any length
	byline    bool // byline vocabulary ("By ", "Updated:" …)
	listHead  bool // heads a list of links ("Most read", "Related")
}

// stopDensity is the share of stopwords among the words.
func (f *feats) stopDensity() float64 {
	if f.words == 0 {
		return 0
	}
	return float64(f.stops) / float64(f.words)
}

// capRatio is the share of capitalised words: Title Case headlines and menus
// score high, prose low.
func (f *feats) capRatio() float64 {
	if f.words == 0 {
		return 0
	}
	return float64(f.caps) / float64(f.words)
}

// measure computes the features of one normalised line; lower is the line
// lower-cased.
func measure(text, lower string) feats {
	var f feats
	f.chars = utf8.RuneCountInString(text)
	if f.chars == 0 {
		return f
	}
	aligned := len(lower) == len(text) // lower-casing kept the byte offsets
	var buf [48]byte
	for i := 0; i < len(text); {
		r, size := decode(text, i)
		if !isWordRune(r) {
			i += size
			continue
		}
		start := i
		hasLetter := false
		for i < len(text) {
			r, size = decode(text, i)
			if !isWordRune(r) && !(r == '\'' || r == '’') {
				break
			}
			if !hasLetter && (r >= utf8.RuneSelf && unicode.IsLetter(r) || 'a' <= r|0x20 && r|0x20 <= 'z') {
				hasLetter = true
			}
			i += size
		}
		if !hasLetter {
			f.digits++
			continue
		}
		f.words++
		first, _ := decode(text, start)
		if 'A' <= first && first <= 'Z' || first >= utf8.RuneSelf && unicode.IsUpper(first) {
			f.caps++
		}
		if i-start > maxStopwordLen {
			continue
		}
		w := text[start:i]
		if aligned {
			w = lower[start:i]
		} else {
			w = lowerInto(buf[:0], w)
		}
		if stopwords[w] {
			f.stops++
		}
	}
	switch lastLetterOrMark(text) {
	case '.', '!', '?', '"', '”', '’', '»', ':', ';', ')', '。', '」':
		f.endPunct = true
	}
	f.truncated = strings.HasSuffix(text, "...") || strings.HasSuffix(text, "…")
	if f.truncated {
		f.endPunct = false
	}
	kinds := vocabulary.scan(lower)
	f.furniture = kinds&kFurniture != 0
	f.notice = kinds&kNotice != 0
	f.barrier = f.words <= 6 && kinds&kComment != 0
	f.copyright = strings.HasPrefix(text, "©") || strings.Contains(lower, "all rights reserved") ||
		strings.Contains(lower, "copyright") || strings.HasPrefix(lower, "(c) ")
	f.caption = kinds&kCaption != 0 || creditTail(text)
	f.contact = strings.Contains(lower, "email:") || strings.Contains(lower, "e-mail:") ||
		strings.Contains(lower, "phone:") || strings.Contains(lower, "tel:") || looksEmail(lower)
	f.bio = kinds&kBio != 0
	f.byline = startsAny(lower, bylineMarks) || strings.Contains(lower, "| updated") || strings.Contains(lower, "updated:")
	f.dateLike = hasDate(lower)
	f.listHead = f.words <= listHeadMax && listHead(lower, &f)
	return f
}

// lastLetterOrMark is the last rune of text that is not an emoji, a symbol
// or a space: "Must see! 🙂" ends like a sentence.
func lastLetterOrMark(text string) rune {
	for len(text) > 0 {
		r, size := utf8.DecodeLastRuneInString(text)
		if !unicode.Is(unicode.So, r) && !unicode.Is(unicode.Sk, r) && !unicode.IsSpace(r) &&
			!unicode.Is(unicode.Mn, r) && r != '\u200d' && r != '\ufe0f' {
			return r
		}
		text = text[:len(text)-size]
	}
	return 0
}

// isWordRune says what a token is made of.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r|0x20 && r|0x20 <= 'z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// decode is utf8.DecodeRuneInString at offset i with a fast path for ASCII.
func decode(s string, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

// maxStopwordLen is the byte length of the longest stopword; longer tokens
// need no lookup.
const maxStopwordLen = 24

// lowerInto lower-cases an ASCII word into buf without allocating; other
// words go through strings.ToLower. The result is only used as a map key.
func lowerInto(buf []byte, w string) string {
	if len(w) > cap(buf) {
		return strings.ToLower(w)
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return strings.ToLower(w)
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return string(buf)
}

// startsAny reports whether lower begins with one of the prefixes.
func startsAny(lower string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(lower, p) {
			return true
		}
	}
	return false
}

// creditTail spots a credit in parentheses closing a line: "(NASA/JPL/ASU)".
func creditTail(text string) bool {
	if !strings.HasSuffix(text, ")") {
		return false
	}
	open := strings.LastIndexByte(text, '(')
	if open < 0 {
		return false
	}
	inner := text[open+1 : len(text)-1]
	return strings.Contains(inner, "/") && !strings.Contains(inner, " / ") && len(inner) < 80 && !strings.ContainsAny(inner, "0123456789")
}

// looksEmail finds a user@host.tld shape.
func looksEmail(lower string) bool {
	at := strings.IndexByte(lower, '@')
	return at > 0 && at < len(lower)-3 && strings.Contains(lower[at:], ".") && lower[at-1] != ' '
}

// hasDate finds a month or weekday name, a clock time or a numeric date.
func hasDate(lower string) bool {
	start := -1
	for i := 0; i <= len(lower); i++ {
		if i < len(lower) && 'a' <= lower[i] && lower[i] <= 'z' {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 && i-start >= 3 && i-start <= 9 && calendarStarts[lower[start]-'a'][lower[start+1]-'a'] {
			if w := lower[start:i]; monthWords[w] || dayWords[w] {
				return true
			}
		}
		start = -1
	}
	for i := 1; i+2 < len(lower); i++ {
		c := lower[i]
		if (c == ':' || c == '-' || c == '/' || c == '.') && isDigit(lower[i-1]) && isDigit(lower[i+1]) && isDigit(lower[i+2]) {
			return true
		}
	}
	return false
}

// calendarStarts marks the first two letters of the month and day words, so
// that hasDate looks up only the words that can be one of them.
var calendarStarts = func() (t [26][26]bool) {
	for _, set := range []map[string]bool{monthWords, dayWords} {
		for w := range set {
			if len(w) >= 2 && 'a' <= w[0] && w[0] <= 'z' && 'a' <= w[1] && w[1] <= 'z' {
				t[w[0]-'a'][w[1]-'a'] = true
			}
		}
	}
	return t
}()

// isLetterByte is true for an ASCII letter or the lead byte of a non-ASCII
// rune (the phrase lists hold letters there).
func isLetterByte(c byte) bool { return 'a' <= c && c <= 'z' || c >= utf8.RuneSelf }

func isDigit(c byte) bool { return '0' <= c && c <= '9' }
