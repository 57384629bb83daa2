package text

import (
	"strings"
	"unicode"
)

// normalize collapses white space (including no-break and zero-width spaces),
// trims the line, drops list bullets and splits glued tokens.
func normalize(raw string) string {
	clean := true
	for _, r := range raw {
		if r == '\t' || r == '\r' || r > unicode.MaxASCII {
			clean = false
			break
		}
	}
	if clean && !strings.Contains(raw, "  ") {
		s := strings.TrimSpace(raw)
		return SplitGlued(trimBullet(s))
	}
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
	return SplitGlued(trimBullet(b.String()))
}

// trimBullet removes a leading list bullet, which carries no words.
func trimBullet(s string) string {
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
