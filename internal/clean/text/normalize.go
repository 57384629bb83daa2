package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// normalize collapses white space (including no-break and zero-width spaces),
// trims the line, drops list bullets and splits glued tokens.
func normalize(raw string) string {
	clean := true
	for i := 0; i < len(raw); i++ { // bytes: any rune past ASCII starts with one past it
		if c := raw[i]; c == '\t' || c == '\r' || c >= utf8.RuneSelf {
			clean = false
			break
		}
	}
	if clean && !strings.Contains(raw, "  ") {
		s := strings.TrimSpace(raw)
		return SplitGlued(trimBullet(s))
	}
	if plainRunes(raw) {
		// What the rebuild below would drop or collapse is absent: it
		// would only trim the ends.
		return SplitGlued(trimBullet(strings.TrimSpace(raw)))
	}
	return SplitGlued(trimBullet(rebuild(raw)))
}

// plainRunes reports whether raw is valid UTF-8 free of control
// characters, of zero-width and no-break spaces, of white space other than
// single ASCII spaces: a line rebuild leaves as it is but for its ends.
func plainRunes(raw string) bool {
	for i := 0; i < len(raw); {
		c := raw[i]
		if c < utf8.RuneSelf {
			if c < ' ' || c == 0x7f || c == ' ' && i+1 < len(raw) && raw[i+1] == ' ' {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(raw[i:])
		switch {
		case r == utf8.RuneError, r == '\u200b', r == '\u200c', r == '\u200d', r == '\ufeff', r == '\u00ad', r == '\u00a0',
			unicode.IsSpace(r), unicode.IsControl(r):
			return false
		}
		i += size
	}
	return true
}

// rebuild drops control characters and zero-width spaces from raw,
// collapses its white space (no-break spaces included) to single spaces and
// trims it.
func rebuild(raw string) string {
	var b strings.Builder
	b.Grow(len(raw))
	space := false
	for _, r := range raw {
		switch {
		case r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\ufeff' || r == '\u00ad':
			continue
		case unicode.IsSpace(r) || r == '\u00a0':
			space = b.Len() > 0
			continue
		case unicode.IsControl(r):
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// trimBullet removes a leading list bullet, which carries no words.
func trimBullet(s string) string {
	if s == "" || s[0] < utf8.RuneSelf {
		return s // every bullet starts with a non-ASCII byte
	}
	for _, p := range []string{"•", "·", "▪", "◦", "►", "‣", "●", "■", "□", "➤", "» "} {
		if strings.HasPrefix(s, p) {
			return strings.TrimSpace(s[len(p):])
		}
	}
	return s
}

// key is the form under which lines are compared for repetition, inside a
// page (title repeats) and across pages (Repeats).
func key(text string) string {
	return strings.ToLower(text)
}
