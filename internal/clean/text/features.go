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
		if c := text[i]; c < utf8.RuneSelf {
			// ASCII, most of what is read, without decoding.
			if k := asciiWord[c]; k == 0 || k == apostrophe {
				i++
				continue
			}
		} else if r, size := utf8.DecodeRuneInString(text[i:]); !isWordRune(r) {
			i += size
			continue
		}
		start := i
		hasLetter := false
		for i < len(text) {
			if c := text[i]; c < utf8.RuneSelf {
				k := asciiWord[c]
				if k == 0 {
					break
				}
				hasLetter = hasLetter || k == letterByte
				i++
				continue
			}
			r, size := utf8.DecodeRuneInString(text[i:])
			if !isWordRune(r) && r != '’' {
				break
			}
			if !hasLetter && unicode.IsLetter(r) {
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
		if len(w) < 32 && stopShapes[w[0]]&(1<<len(w)) != 0 && stopwords[w] {
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
	// The phrases below are searched anywhere in the line, not only at
	// word boundaries; a byte or a piece they share rules most lines out
	// with one search instead of one per phrase.
	colon := strings.IndexByte(lower, ':') >= 0
	f.copyright = strings.HasPrefix(text, "©") || strings.HasPrefix(lower, "(c) ") || strings.Contains(lower, "right") &&
		(strings.Contains(lower, "all rights reserved") || strings.Contains(lower, "copyright"))
	f.caption = kinds&kCaption != 0 || creditTail(text)
	f.contact = colon && (strings.Contains(lower, "email:") || strings.Contains(lower, "e-mail:") ||
		strings.Contains(lower, "phone:") || strings.Contains(lower, "tel:")) || looksEmail(lower)
	f.bio = kinds&kBio != 0
	f.byline = lower != "" && bylineFirst[lower[0]] && startsAny(lower, bylineMarks) ||
		strings.IndexByte(lower, '|') >= 0 && strings.Contains(lower, "| updated") ||
		colon && strings.Contains(lower, "updated:")
	f.dateLike = hasDate(lower)
	f.listHead = f.words <= listHeadMax && listHead(lower, &f)
	return f
}

// lastLetterOrMark is the last rune of text that is not an emoji, a symbol
// or a space: "Must see! 🙂" ends like a sentence.
func lastLetterOrMark(text string) rune {
	for len(text) > 0 {
		// ASCII holds no symbol of class So or Mn and, of class Sk, only
		// ^ and `: other non-space ASCII is the answer.
		if c := text[len(text)-1]; c < utf8.RuneSelf && c != '^' && c != '`' && !asciiSpaceByte(c) {
			return rune(c)
		}
		r, size := utf8.DecodeLastRuneInString(text)
		if !unicode.Is(unicode.So, r) && !unicode.Is(unicode.Sk, r) && !unicode.IsSpace(r) &&
			!unicode.Is(unicode.Mn, r) && r != '\u200d' && r != '\ufe0f' {
			return r
		}
		text = text[:len(text)-size]
	}
	return 0
}

// Kinds of ASCII byte for the token loop of measure: letters and digits
// make words, an apostrophe continues one but does not start it.
const (
	wordByte   = 1 + iota // a digit
	letterByte            // an ASCII letter
	apostrophe            // the ASCII apostrophe
)

// asciiWord classifies the ASCII bytes for measure; 0 ends a token.
var asciiWord = func() (t [utf8.RuneSelf]uint8) {
	for c := '0'; c <= '9'; c++ {
		t[c] = wordByte
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = letterByte, letterByte
	}
	t['\''] = apostrophe
	return t
}()

// bylineFirst marks the first bytes of bylineMarks, so that a line is
// compared with them only when it can start with one.
var bylineFirst = func() (t [256]bool) {
	for _, m := range bylineMarks {
		t[m[0]] = true
	}
	return t
}()

// asciiSpaceByte is unicode.IsSpace for an ASCII byte.
func asciiSpaceByte(c byte) bool {
	return c == ' ' || '\t' <= c && c <= '\r'
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
		if i < len(lower) {
			c := lower[i]
			if 'a' <= c && c <= 'z' {
				if start < 0 {
					start = i
				}
				continue
			}
			if (c == ':' || c == '-' || c == '/' || c == '.') && i > 0 && i+2 < len(lower) &&
				isDigit(lower[i-1]) && isDigit(lower[i+1]) && isDigit(lower[i+2]) {
				return true
			}
		}
		if start >= 0 && i-start >= 3 && i-start <= 9 &&
			calendarStarts[lower[start]-'a'][lower[start+1]-'a']&(1<<(lower[start+2]-'a')) != 0 {
			if w := lower[start:i]; monthWords[w] || dayWords[w] {
				return true
			}
		}
		start = -1
	}
	return false
}

// stopShapes holds, for each first byte of a stopword, a bit for each of
// the byte lengths stopwords starting with it have: most words that are no
// stopword are ruled out without hashing them.
var stopShapes = func() (t [256]uint32) {
	for w := range stopwords {
		if w != "" && len(w) < 32 {
			t[w[0]] |= 1 << len(w)
		}
	}
	return t
}()

// calendarStarts marks the first three letters of the month and day words
// (a bit per third letter), so that hasDate looks up only the words that
// can be one of them: two letters would let "the", "from" or "said" through.
var calendarStarts = func() (t [26][26]uint32) {
	for _, set := range []map[string]bool{monthWords, dayWords} {
		for w := range set {
			if len(w) >= 3 && isLower3(w) {
				t[w[0]-'a'][w[1]-'a'] |= 1 << (w[2] - 'a')
			}
		}
	}
	return t
}()

// isLower3 reports whether w starts with three ASCII lower-case letters.
func isLower3(w string) bool {
	for i := range 3 {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

// isLetterByte is true for an ASCII letter or the lead byte of a non-ASCII
// rune (the phrase lists hold letters there).
func isLetterByte(c byte) bool { return 'a' <= c && c <= 'z' || c >= utf8.RuneSelf }

func isDigit(c byte) bool { return '0' <= c && c <= '9' }
