package meta

import (
	"strings"
)

// maxDateLine is the longest line searched for publication dates and
// bylines: longer lines are article paragraphs, whose dates are events.
const maxDateLine = 300

// pageLine is one non-empty line of a flattened page.
type pageLine struct {
	n       int    // 1-based line number in the page
	text    string // trimmed
	list    bool   // inside a trending / related / recent-news list
	caption bool   // a photo caption or credit, or a copyright line
	dates   []dateExpr
}

// page is a flattened page split into lines, with the dates of its short
// lines found once for all the readers.
type page struct {
	lines []pageLine
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

// captionMarks are signs of a photo caption or credit (lower case).
var captionMarks = []string{
	"©", "(c) ", "getty images", "photo:", "photograph:", "image:", "picture:", "pic:", "credit:", "credits:",
	"photo by", "photo credit", "file photo", "stock photo", "reuters/", "/reuters", "/ reuters", "via reuters",
	"ap photo", "afp photo", "/ afp", "/afp", "afp via", "epa-efe", "shutterstock", "image source", "illustrative",
	"(@", "pic.twitter.com", "фото:", "ілюстративне фото", "фото ілюстративне", "copyright", "all rights reserved",
}

// readPage splits raw into lines and marks lists and captions.
func readPage(raw string) *page {
	pg := &page{}
	inList := false
	var buf []token
	n := 0
	for line := range strings.Lines(raw) {
		n++
		text := strings.TrimSpace(line)
		if text == "" {
			continue
		}
		if isProse(text) {
			inList = false // a paragraph or standfirst: the list, if any, is over
		}
		pl := pageLine{n: n, text: text}
		if isListHeader(text) {
			inList = true
		}
		pl.list = inList
		low := strings.ToLower(text)
		for _, m := range captionMarks {
			if strings.Contains(low, m) {
				pl.caption = true
				break
			}
		}
		if len(text) <= maxDateLine && strings.ContainsAny(text, "0123456789") {
			pl.dates, buf = scanDates(text, buf)
		}
		pg.lines = append(pg.lines, pl)
	}
	return pg
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

func isListHeader(text string) bool {
	if len(text) > 40 {
		return false
	}
	low := strings.ToLower(strings.Trim(text, " :.!»>-–—|"))
	for _, h := range listHeaders {
		if low == h || strings.HasPrefix(low, h+" ") {
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
