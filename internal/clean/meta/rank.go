package meta

import (
	"regexp"
	"strings"
	"time"
)

// Ranks of publication-date candidates.
const (
	rankMention   = 0 // a date inside prose: an event, not the publication
	rankLate      = 1 // a date line after the body has begun: widgets, related items
	rankUpdated   = 2 // "Updated: …": used only when nothing better exists
	rankDateLine  = 3 // a short line that is mostly a date (a dateline or byline) above the body
	rankPublished = 4 // "Published:", "Created:", "Posted", a record's "date" line
)

var (
	publishedLabels = []string{"published", "created", "posted", "first published", "publication date", "released",
		"date", "опубліковано", "опубликовано", "publié", "veröffentlicht", "publicado", "pubblicato", "publicerad"}
	updatedLabels = []string{"updated", "modified", "last update", "edited", "оновлено", "обновлено", "mis à jour",
		"aktualisiert", "actualizado", "aggiornato", "uppdaterad"}
)

// rankOf classifies a date by the label before it in its "|"-separated
// segment, or by how much of its line it makes up and whether the line
// comes before the body (late is set after it).
func rankOf(line string, e *dateExpr, all []dateExpr, late bool) int {
	if isProse(line) && !opensByline(line) {
		return rankMention // "The report, published on 5 March 2024, found …"
	}
	seg := line[:e.start]
	if i := strings.LastIndexAny(seg, "|•·"); i >= 0 {
		seg = seg[i+1:]
	}
	low := strings.ToLower(seg)
	pub, upd := lastIndexAny(low, publishedLabels), lastIndexAny(low, updatedLabels)
	switch {
	case upd >= 0 && upd > pub:
		return rankUpdated
	case pub >= 0:
		return rankPublished
	}
	// What the line says besides its dates: a byline or nothing.
	rest := line
	for i := len(all) - 1; i >= 0; i-- {
		rest = rest[:all[i].start] + " " + rest[all[i].end:]
	}
	words := strings.FieldsFunc(rest, func(r rune) bool {
		return r == ' ' || r == '|' || r == ',' || r == '-' || r == '–' || r == '—' || r == '•'
	})
	if len(words) <= 8 || strings.HasPrefix(line, "By ") {
		if late {
			return rankLate
		}
		return rankDateLine
	}
	return rankMention
}

func lastIndexAny(s string, labels []string) int {
	best := -1
	for _, l := range labels {
		if i := strings.LastIndex(s, l); i > best && wordBoundary(s, i, len(l)) {
			best = i
		}
	}
	return best
}

func wordBoundary(s string, i, n int) bool {
	isLetter := func(b byte) bool { return b >= 'a' && b <= 'z' }
	return (i == 0 || !isLetter(s[i-1])) && (i+n >= len(s) || !isLetter(s[i+n]))
}

var urlDateRe = regexp.MustCompile(`/((?:19|20)\d\d)[/-]([01]?\d)[/-]([0-3]?\d)(?:[/-]|$)`)

// dateInURL reads a /2025/02/21/ or /2025-02-21- date in a URL path.
func dateInURL(u string) (time.Time, bool) {
	m := urlDateRe.FindStringSubmatch(u)
	if m == nil {
		return time.Time{}, false
	}
	return mkDate(atoi(m[1]), atoi(m[2]), atoi(m[3]))
}
