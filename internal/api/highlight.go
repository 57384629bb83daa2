package api

import (
	"strings"
	"unicode/utf8"

	"github.com/chronicle-news/chronicle/internal/store"
)

// highlights strips the highlight markers from a snippet and returns the
// spans they bracketed, in code points of the stripped text. A marker left
// open at the end closes there. Broken UTF-8 is replaced first, as JSON
// encoding would, so that joining the pieces cannot make new characters.
func highlights(snippet string) (string, [][2]int) {
	spans := [][2]int{}
	snippet = strings.ToValidUTF8(snippet, "\uFFFD")
	if !strings.Contains(snippet, store.HighlightStart) {
		return snippet, spans
	}
	var b strings.Builder
	b.Grow(len(snippet))
	runes, start, open := 0, 0, false
	for rest := snippet; rest != ""; {
		marker := store.HighlightStart
		if open {
			marker = store.HighlightEnd
		}
		i := strings.Index(rest, marker)
		if i < 0 {
			b.WriteString(rest)
			runes += utf8.RuneCountInString(rest)
			break
		}
		b.WriteString(rest[:i])
		runes += utf8.RuneCountInString(rest[:i])
		rest = rest[i+len(marker):]
		if open && runes > start {
			spans = append(spans, [2]int{start, runes})
		}
		start, open = runes, !open
	}
	if open && runes > start {
		spans = append(spans, [2]int{start, runes})
	}
	return b.String(), spans
}
