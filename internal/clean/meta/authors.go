package meta

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
)

// maxAuthors bounds the authors of one article.
const maxAuthors = 10

// bylineLabels open a byline (lower case, with the space or colon after).
var bylineLabels = []string{"by ", "written by ", "reported by ", "words by ", "author: ", "authors: ",
	"автор: ", "авторка: ", "автори: ", "von ", "par ", "por "}

// findAuthors reads the people credited with the article: the record's
// authors when it has any, else bylines, names glued to the date line, and
// an author's bio line.
func findAuthors(pg *page, h Hints, ev *[]string) []string {
	var out []string
	seen := map[string]bool{}
	addName := func(name, why string, line int) {
		name = strings.Join(strings.Fields(name), " ")
		key := strings.ToLower(name)
		if seen[key] || len(out) >= maxAuthors {
			return
		}
		seen[key] = true
		out = append(out, name)
		*ev = append(*ev, fmt.Sprintf("author %s: %s (line %d)", name, why, line))
	}
	for _, a := range h.Authors {
		if isPersonName(a, true) {
			addName(a, "from the record", 0)
		}
	}
	if len(out) > 0 {
		return out
	}
	// The first byline is the article's; later ones belong to other
	// articles listed on the page. Author's notes count wherever they are.
	bylineDone := false
	for li := range pg.lines {
		l := &pg.lines[li]
		if l.list || l.caption {
			continue
		}
		if n, ok := bioName(l.text); ok {
			addName(n, "author's note", l.n)
		}
		if bylineDone || len(l.text) > 200 {
			continue
		}
		for _, n := range bylineNames(l) {
			addName(n, "byline", l.n)
			bylineDone = true
		}
	}
	if len(out) == 0 {
		*ev = append(*ev, "authors: no byline names a person")
	}
	return out
}

// bylineNames returns the names in a byline line: "By Jane Doe and John
// Roe", "Jane Doe | Reuters", or a name before the line's date.
func bylineNames(l *pageLine) []string {
	text := l.text
	low := strings.ToLower(text)
	for _, lb := range bylineLabels {
		if strings.HasPrefix(low, lb) {
			rest := text[len(lb):]
			if len(l.dates) > 0 && l.dates[0].start >= len(lb) {
				rest = text[len(lb):l.dates[0].start]
			}
			return splitNames(cutAtLabel(cutAtSeparator(rest)), true)
		}
	}
	segs := strings.Split(text, "|")
	if len(l.dates) > 0 {
		// A name right before the date: "Iryna KutielievaFriday, 21 February 2025, 08:35".
		prefix := text[:l.dates[0].start]
		if i := strings.LastIndexAny(prefix, "|•·"); i >= 0 {
			prefix = prefix[i+1:]
		}
		prefix = strings.TrimRight(prefix, " ,-–—:/")
		if isPersonName(prefix, false) {
			return []string{prefix}
		}
	}
	if len(segs) >= 2 {
		first := strings.TrimSpace(segs[0])
		if !isPersonName(first, false) {
			return nil
		}
		for _, s := range segs[1:] {
			s = strings.TrimSpace(s)
			if _, ok := LookupOutlet(s); ok || len(l.dates) > 0 || isDeskOrAgency(s) {
				return []string{first}
			}
		}
	}
	return nil
}

// cutAtSeparator ends a byline where something other than names starts.
func cutAtSeparator(s string) string {
	for _, sep := range []string{"|", " - ", " – ", " — ", "•", "·", "\t"} {
		if i := strings.Index(s, sep); i >= 0 {
			s = s[:i]
		}
	}
	return strings.TrimRight(strings.TrimSpace(s), " ,:;")
}

// cutAtLabel ends a byline at the date label that follows the names ("By
// Jane Doe Updated Nov 13, 2019").
func cutAtLabel(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		lw := strings.ToLower(strings.Trim(w, ":,"))
		if lw == "on" || lw == "at" || slices.Contains(publishedLabels, lw) || slices.Contains(updatedLabels, lw) {
			return strings.Join(words[:i], " ")
		}
	}
	return s
}

// splitNames splits "Jane Doe, John Roe and Ann Poe" into names, dropping
// what is not a person ("Reuters", "Staff", "in Kyiv").
func splitNames(s string, labelled bool) []string {
	s = strings.NewReplacer(" and ", ",", " & ", ",", " und ", ",", " і ", ",", " и ", ",", " et ", ",", " y ", ",").Replace(s)
	var out []string
	for part := range strings.SplitSeq(s, ",") {
		part = strings.TrimSpace(part)
		for _, cut := range []string{" in ", " at ", " for ", " from "} {
			if i := strings.Index(part, cut); i > 0 {
				part = part[:i]
			}
		}
		if isPersonName(part, labelled) {
			out = append(out, part)
		}
	}
	return out
}

// bioName reads an author's note: "Jane Doe: She is a journalist …" or
// "Jane Doe is a correspondent …".
func bioName(text string) (string, bool) {
	if i := strings.Index(text, ": "); i > 0 && i < 50 {
		rest := text[i+2:]
		for _, p := range []string{"He ", "She ", "They "} {
			if strings.HasPrefix(rest, p) && isPersonName(text[:i], false) {
				return text[:i], true
			}
		}
	}
	for _, v := range []string{" is a ", " is an ", " was a ", " is the "} {
		i := strings.Index(text, v)
		if i <= 0 || i > 50 {
			continue
		}
		role := strings.ToLower(text[i:min(len(text), i+80)])
		for _, r := range []string{"journalist", "reporter", "correspondent", "writer", "editor", "columnist", "contributor", "author", "freelance"} {
			if strings.Contains(role, r) && isPersonName(text[:i], false) {
				return text[:i], true
			}
		}
	}
	return "", false
}

// notNameWords are words that do not occur in people's names but do in
// desks, sections, places and labels next to bylines.
var notNameWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`desk news staff team bureau agency agencies correspondent correspondents reporter
		reporters editor editors editorial online digital web media press service services newsroom wire times post
		daily herald journal tribune tv radio channel network group ltd inc llc sections section support updated
		published created posted source sources photo photos image images getty read more home menu left right all us
		eng world live video opinion contributor contributors admin administrator guest india united states republic
		ministry foreign minister president secretary department state government council union european national
		international global latest breaking trending share follow subscribe newsletter advertisement sponsored
		comments comment reply leave country city region oblast washington dc london moscow kyiv kiev new delhi
		york paris berlin beijing tokyo brussels istanbul ankara riyadh dubai doha tehran jerusalem cairo warsaw
		the and of for with from on in at to by via our your this that is are was were be has have said says
		about contact privacy terms policy cookie cookies login sign register search edition editions sport sports
		business politics economy culture science tech technology health lifestyle entertainment weather
		military war peace talks deal report reports analysis interview exclusive update updates full story
		russia ukraine america europe china israel gaza iran syria turkey saudi arabia russian ukrainian american
		middle east north south west east central africa asia pacific atlantic
		any every some many much most other another each such what which who how why when where means necessary
		way ways day days year years life love people here there now then today tonight tomorrow yesterday week
		month good best better great big small top first last next new old free full open close high low long
		short real true double down up loud clear brave hour critical morning evening night bell opening closing
		watch listen podcast podcasts show shows episode episodes story stories special features feature`) {
		m[w] = true
	}
	for w := range months {
		m[w] = true
	}
	for w := range weekdays {
		m[w] = true
	}
	return m
}()

func isDeskOrAgency(s string) bool {
	for w := range strings.FieldsSeq(strings.ToLower(s)) {
		switch w {
		case "desk", "staff", "bureau", "agency", "agencies", "newsroom", "team":
			return true
		}
	}
	return false
}

// nameParticles are lower-case words inside names.
var nameParticles = map[string]bool{"de": true, "da": true, "van": true, "von": true, "der": true, "den": true,
	"bin": true, "al": true, "el": true, "la": true, "le": true, "di": true, "du": true, "dos": true, "ibn": true, "ter": true}

// isPersonName reports whether s looks like a person's name: two to five
// capitalised words, no desk, outlet, place or label among them. labelled
// says the text followed a byline label, where a name in capitals is usual.
func isPersonName(s string, labelled bool) bool {
	s = strings.TrimSpace(s)
	if len(s) < 4 || len(s) > 60 {
		return false
	}
	words := strings.Fields(s)
	if len(words) < 2 || len(words) > 5 {
		return false
	}
	caps := 0
	for _, w := range words {
		lw := strings.ToLower(strings.TrimSuffix(w, "."))
		if nameParticles[w] {
			continue
		}
		if notNameWords[lw] {
			return false
		}
		r := []rune(w)
		if !unicode.IsUpper(r[0]) {
			return false
		}
		letters, upper := 0, 0
		for i, c := range r {
			switch {
			case unicode.IsLetter(c):
				letters++
				if unicode.IsUpper(c) {
					upper++
				}
			case c == '-' || isApostrophe(c) || c == '.' && i == len(r)-1:
			default:
				return false
			}
		}
		if letters >= 2 && upper == letters {
			caps++
		}
		// Glued words ("KutielievaFriday") are not names.
		if letters > 2 && upper > 1 && upper < letters && !strings.ContainsAny(w, "-'’") && !isMcName(w) {
			return false
		}
	}
	if caps > 0 && (caps != len(words) || !labelled) {
		return false
	}
	if _, ok := LookupOutlet(s); ok {
		return false
	}
	return true
}

// isMcName allows the one common capital inside a surname: McDonnell,
// MacArthur, DiCaprio, LeBlanc.
func isMcName(w string) bool {
	for _, p := range []string{"Mc", "Mac", "Di", "De", "Le", "La", "O'"} {
		if strings.HasPrefix(w, p) && len(w) > len(p) {
			rest := []rune(w[len(p):])
			n := 0
			for _, c := range rest {
				if unicode.IsUpper(c) {
					n++
				}
			}
			return n == 1 && unicode.IsUpper(rest[0])
		}
	}
	return false
}
