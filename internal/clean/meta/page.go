package meta

import (
	"strings"
	"unicode/utf8"
)

// maxDateLine is the longest line searched for publication dates and
// bylines: longer lines are article paragraphs, whose dates are events.
const maxDateLine = 300

// pageLine is one non-empty line of a flattened page.
type pageLine struct {
	n       int    // 1-based line number in the page
	text    string // trimmed
	list    bool   // inside a trending / related / recent-news list
	region  int    // which list (1, 2, …) when list is set
	caption bool   // a photo caption or credit, or a copyright line
	dates   []dateExpr
}

// page is a flattened page split into lines; the dates of its short lines
// are found on demand (findDates), once for all the readers.
type page struct {
	lines      []pageLine
	datesFound bool
	// firstProse is the index of the first prose line (the article or
	// its standfirst starts there), len(lines) when there is none.
	firstProse int
	// bodyStart is the index of the second prose line: the body has begun
	// (a standfirst may precede the byline, the body does not).
	bodyStart int
}

// listHeaders open the lists of other articles that pages append; dates
// under them belong to those articles.
var listHeaders = []string{
	"trending", "recent news", "latest news", "latest stories", "latest", "related", "read more", "read also",
	"also read", "read next", "more from", "more stories", "more news", "more on this", "most read", "most popular",
	"most viewed", "popular", "top stories", "top news", "you may also like", "you might also like",
	"recommended", "all news", "news feed", "editor's picks", "editors' picks", "see also", "up next",
	"in other news", "other news", "further reading", "what to read next", "don't miss", "must read",
	"головне", "останні новини", "читайте також", "новини", "последние новости", "читайте также", "главное",
}

// listHeaderFirst marks the first bytes of listHeaders: a line starting
// with none of them (lower-cased) heads no list.
var listHeaderFirst = func() (t [256]bool) {
	for _, h := range listHeaders {
		t[h[0]] = true
	}
	return t
}()

// captionMarks are signs of a photo caption or credit (lower case).
var captionMarks = []string{
	"©", "(c) ", "getty images", "photo:", "photograph:", "image:", "picture:", "pic:", "credit:", "credits:",
	"photo by", "photo credit", "file photo", "stock photo", "reuters/", "/reuters", "/ reuters", "via reuters",
	"ap photo", "afp photo", "/ afp", "/afp", "afp via", "epa-efe", "shutterstock", "image source", "illustrative",
	"(@", "pic.twitter.com", "фото:", "ілюстративне фото", "фото ілюстративне", "copyright", "all rights reserved",
}

// captionAnchors are the pieces every caption mark contains: a line with
// none of them needs no further look.
var captionAnchors = []string{"©", "(c)", "photo", "image", "pic", "getty", "credit", "reuters", "afp", "efe",
	"shutterstock", "illustrat", "фото", "copyright", "rights", "(@"}

// captionAnchorSet and captionMarkSet index the two lists for isCaption.
var (
	captionAnchorSet = newLowerSet(captionAnchors)
	captionMarkSet   = newLowerSet(captionMarks)
)

// isCaption reports whether a line is a photo caption or credit, or a
// copyright line. Paragraphs are not.
func isCaption(text string) bool {
	if len(text) > 400 {
		return false
	}
	if asciiCase(text) {
		return captionAnchorSet.in(text) && captionMarkSet.in(text)
	}
	low := strings.ToLower(text)
	anchored := false
	for _, a := range captionAnchors {
		if strings.Contains(low, a) {
			anchored = true
			break
		}
	}
	if !anchored {
		return false
	}
	for _, m := range captionMarks {
		if strings.Contains(low, m) {
			return true
		}
	}
	return false
}

// readPage splits raw into lines and marks lists and captions.
func readPage(raw string) *page {
	pg := &page{firstProse: -1, bodyStart: -1, lines: make([]pageLine, 0, strings.Count(raw, "\n")+1)}
	inList := false
	n, region := 0, 0
	for line := range strings.Lines(raw) {
		n++
		text := strings.TrimSpace(line)
		if text == "" {
			continue
		}
		prose := isProse(text)
		if prose || opensByline(text) {
			inList = false // a paragraph, standfirst or byline: the list, if any, is over
		}
		if prose && pg.firstProse < 0 {
			pg.firstProse = len(pg.lines)
		} else if prose && pg.bodyStart < 0 {
			pg.bodyStart = len(pg.lines)
		}
		pl := pageLine{n: n, text: text}
		if isListHeader(text) {
			inList = true
			region++
		}
		pl.list = inList
		if inList {
			pl.region = region
		}
		pl.caption = isCaption(text)
		pg.lines = append(pg.lines, pl)
	}
	if pg.firstProse < 0 {
		pg.firstProse = len(pg.lines)
	}
	if pg.bodyStart < 0 {
		pg.bodyStart = len(pg.lines)
	}
	return pg
}

// navDateLines returns the list lines whose date is the article's own: a
// "list" opened by a navigation menu above the article ("Главное",
// "Latest") runs into the article's date line. Such a list has a single
// dated line and ends before the first prose paragraph; lists of other
// articles carry a date per item.
func (pg *page) navDateLines() map[int]bool {
	dated := map[int][]int{}
	for i := range pg.lines[:pg.firstProse] {
		if l := &pg.lines[i]; l.list && len(l.dates) > 0 {
			dated[l.region] = append(dated[l.region], i)
		}
	}
	out := map[int]bool{}
	for r, lines := range dated {
		if len(lines) == 1 && !pg.regionContinues(r, pg.firstProse) {
			out[lines[0]] = true
		}
	}
	return out
}

// regionContinues reports whether list region r has lines from index i on.
func (pg *page) regionContinues(r, i int) bool {
	return i < len(pg.lines) && pg.lines[i].list && pg.lines[i].region == r
}

// isProse reports whether a line is a sentence of text rather than a list
// item: long, or a full sentence (headlines do not end with a full stop).
func isProse(text string) bool {
	if len(text) >= 150 {
		return true
	}
	if len(text) < 60 || strings.Count(text, " ") < 7 {
		return false
	}
	return strings.HasSuffix(text, ".") || strings.HasSuffix(text, "!") || strings.HasSuffix(text, "?") ||
		strings.HasSuffix(text, ".”") || strings.HasSuffix(text, ".\"")
}

// opensByline reports whether a line starts like the article's own byline
// or date line ("By Jane Doe", "Published 21 Feb 2025"): such a line ends
// a list that navigation opened above the article.
func opensByline(text string) bool {
	if len(text) > 200 {
		return false
	}
	if rest, ok := strings.CutPrefix(text, "By "); ok {
		return startsUpper(rest)
	}
	if !strings.ContainsAny(text, "0123456789") {
		return false
	}
	fast := asciiCase(text)
	low := text
	if !fast {
		low = strings.ToLower(text)
	}
	for _, l := range bylineOpeners {
		if fast && hasPrefixLower(text, l) || !fast && strings.HasPrefix(low, l) {
			return true
		}
	}
	return false
}

// bylineOpeners begin the article's own date line (lower case).
var bylineOpeners = []string{"published", "posted", "updated", "created", "first published", "last updated"}

// findDates finds the dates of the page's short lines, once.
func (pg *page) findDates() {
	if pg.datesFound {
		return
	}
	pg.datesFound = true
	var buf []token // the tokens of one line at a time, reused
	for i := range pg.lines {
		l := &pg.lines[i]
		if len(l.text) <= maxDateLine && mayHoldDate(l.text) {
			if buf == nil {
				buf = make([]token, 0, 96) // a long line's worth: it seldom grows
			}
			l.dates, buf = scanDates(l.text, buf)
		}
	}
}

// mayHoldDate is a necessary condition for scanDates to find a date in s,
// far cheaper than its tokenizer: every date shape it reads has a year of
// four digits, but for the numeric dates with a two-digit year ("21.02.25"),
// whose first field of one or two digits is followed by a separator and a
// digit. Digit runs are counted as the tokenizer does, maximal and ASCII.
func mayHoldDate(s string) bool {
	for i := 0; i < len(s); {
		if !isDigit(s[i]) {
			i++
			continue
		}
		j := i + 1
		for j < len(s) && isDigit(s[j]) {
			j++
		}
		switch n := j - i; {
		case n == 4:
			return true
		case n <= 2 && j+1 < len(s) && (s[j] == '-' || s[j] == '/' || s[j] == '.') && isDigit(s[j+1]):
			return true
		}
		i = j
	}
	return false
}

func isListHeader(text string) bool {
	if len(text) > 40 {
		return false
	}
	trimmed := strings.Trim(text, " :.!»>-–—|")
	// An ASCII first byte stays first, lower-cased; others may change.
	if trimmed == "" || trimmed[0] < utf8.RuneSelf && !listHeaderFirst[lowerByte(trimmed[0])] {
		return false
	}
	if asciiCase(trimmed) {
		// Lower-casing would keep every byte in place: compare in place.
		for _, h := range listHeaders {
			if hasPrefixLower(trimmed, h) && (len(trimmed) == len(h) || trimmed[len(h)] == ' ') {
				return true
			}
		}
		return false
	}
	low := strings.ToLower(trimmed)
	for _, h := range listHeaders {
		if rest, ok := strings.CutPrefix(low, h); ok && (rest == "" || rest[0] == ' ') {
			return true
		}
	}
	return false
}

// orderCounts counts the numeric dates of the page whose shape proves the
// day/month order (a field over 12).
func (pg *page) orderCounts() (dayFirst, monthFirst int) {
	for i := range pg.lines {
		for j := range pg.lines[i].dates {
			switch pg.lines[i].dates[j].shownOrder() {
			case DayFirst:
				dayFirst++
			case MonthFirst:
				monthFirst++
			}
		}
	}
	return dayFirst, monthFirst
}

// proseSample joins the page's prose lines, up to about n bytes: the text
// to detect the language of when no clean body is given (menus and
// footers say little about it).
func (pg *page) proseSample(n int) string {
	var b strings.Builder
	for i := range pg.lines {
		if b.Len() >= n {
			break
		}
		if t := pg.lines[i].text; isProse(t) && !pg.lines[i].list {
			b.WriteString(t)
			b.WriteByte('\n')
		}
	}
	return b.String()
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }
