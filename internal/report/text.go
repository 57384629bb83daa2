package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chronicle-news/chronicle/internal/article"
)

// DefaultWidth is the terminal width text output wraps to.
const DefaultWidth = 100

// textWriter buffers text output and keeps the first write error, so that
// the writers can print line after line and check once at the end.
type textWriter struct {
	w     *bufio.Writer
	width int
	err   error
}

func newTextWriter(w io.Writer, width int) *textWriter {
	if width <= 0 {
		width = DefaultWidth
	}
	if width < 40 {
		width = 40
	}
	return &textWriter{w: bufio.NewWriter(w), width: width}
}

func (t *textWriter) printf(format string, args ...any) {
	if t.err == nil {
		_, t.err = fmt.Fprintf(t.w, format, args...)
	}
}

// para writes text wrapped to the width: the first line starts with first,
// the following ones with an indent as wide as rest.
func (t *textWriter) para(first, rest, text string) {
	if t.width-utf8.RuneCountInString(first) < 20 {
		// A label as wide as the terminal goes on a line of its own.
		t.printf("%s\n", strings.TrimRight(first, " "))
		first = rest
	}
	for i, line := range wrap(text, t.width-utf8.RuneCountInString(first), t.width-utf8.RuneCountInString(rest)) {
		prefix := rest
		if i == 0 {
			prefix = first
		}
		t.printf("%s%s\n", prefix, line)
	}
}

func (t *textWriter) flush() error {
	if t.err == nil {
		t.err = t.w.Flush()
	}
	return t.err
}

// wrap splits text into lines of at most the given widths (in runes) at
// spaces; a word longer than a line (a URL) stands alone on its line.
func wrap(text string, firstWidth, width int) []string {
	words := strings.Fields(text)
	if len(words) == 0 {
		return []string{""}
	}
	var lines []string
	var b strings.Builder
	n, max := 0, max(firstWidth, 10)
	for _, word := range words {
		wl := utf8.RuneCountInString(word)
		if n > 0 && n+1+wl > max {
			lines = append(lines, b.String())
			b.Reset()
			n, max = 0, width
		}
		if n > 0 {
			b.WriteByte(' ')
			n++
		}
		b.WriteString(word)
		n += wl
	}
	return append(lines, b.String())
}

// clean makes scraped text safe and tidy for a terminal: control
// characters (escape sequences included) and bidirectional overrides become
// spaces, runs of white space one space.
func clean(s string) string {
	dirty := false
	for _, r := range s {
		if r < ' ' || r == 0x7f || unsafeRune(r) || r == utf8.RuneError {
			dirty = true
			break
		}
	}
	if dirty {
		s = strings.Map(func(r rune) rune {
			if unsafeRune(r) || r < ' ' || r == 0x7f {
				return ' '
			}
			return r
		}, s)
	}
	if strings.Contains(s, "  ") || strings.HasPrefix(s, " ") || strings.HasSuffix(s, " ") {
		s = strings.Join(strings.Fields(s), " ")
	}
	return s
}

// unsafeRune reports runes that can change how a terminal shows what
// follows them.
func unsafeRune(r rune) bool {
	return unicode.IsControl(r) || r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069 || r == 0x200e || r == 0x200f
}

// actorText names an actor with its state: "Sergey Lavrov (RUS)".
func actorText(a article.Actor) string {
	name := clean(a.Name)
	if name == "" {
		name = clean(a.Country)
	}
	if a.Country != "" && !strings.EqualFold(a.Name, a.Country) && name != "" {
		return name + " (" + clean(a.Country) + ")"
	}
	return name
}

// actorsText lists actors joined by sep, "nobody named" for none.
func actorsText(actors []article.Actor, sep string) string {
	parts := make([]string, 0, len(actors))
	for _, a := range actors {
		if s := actorText(a); s != "" {
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, sep)
}

// placeText names a place with its state: "Riyadh, SAU".
func placeText(p *article.Place) string {
	if p == nil {
		return ""
	}
	name, c := clean(p.Name), clean(p.Country)
	switch {
	case name == "":
		return c
	case c == "":
		return name
	}
	return name + ", " + c
}

// publishedDay is the day an article was published, or "undated".
func publishedDay(p article.Published) string {
	if d := p.Day(); d != "" {
		return d
	}
	return "undated"
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
