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
		name = properCase(strings.Join(strings.Fields(name), " "))
		key := strings.ToLower(name)
		if seen[key] || len(out) >= maxAuthors {
			return
		}
		seen[key] = true
		out = append(out, name)
		*ev = append(*ev, fmt.Sprintf("author %s: %s (line %d)", name, why, line))
	}
	for _, a := range h.Authors {
		for _, n := range recordAuthors(a) {
			addName(n, "from the record", 0)
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

// recordAuthors reads one author entry of a record. Records are trusted
// with single names ("Madonna") but not with desks, agencies or outlets;
// an entry that lists several people is split.
func recordAuthors(a string) []string {
	a = strings.Join(strings.Fields(a), " ")
	if strings.Contains(a, ",") || strings.Contains(a, " and ") || strings.Contains(a, " & ") {
		return splitNames(a, true)
	}
	if a == "" || len(a) > 60 || isDeskOrAgency(a) || !strings.ContainsFunc(a, unicode.IsLetter) {
		return nil
	}
	if _, ok := LookupOutlet(a); ok {
		return nil
	}
	return []string{a}
}

// bylineNames returns the names in a byline line: "By Jane Doe and John
// Roe", "Jane Doe | Reuters", or a name before the line's date.
func bylineNames(l *pageLine) []string {
	text := l.text
	fast := asciiCase(text) // then the labels are compared in place
	low := text
	if !fast {
		low = strings.ToLower(text)
	}
	for _, lb := range bylineLabels {
		if fast && hasPrefixLower(text, lb) || !fast && strings.HasPrefix(low, lb) {
			rest := text[len(lb):]
			if len(l.dates) > 0 && l.dates[0].start >= len(lb) {
				rest = text[len(lb):l.dates[0].start]
			}
			return splitNames(cutAtLabel(cutAtSeparator(rest)), true)
		}
	}
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
	if strings.IndexByte(text, '|') >= 0 {
		segs := strings.Split(text, "|")
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

// nameJoiners turn the words that join names into commas, for splitNames.
var nameJoiners = strings.NewReplacer(" and ", ",", " & ", ",", " und ", ",", " і ", ",", " и ", ",", " et ", ",", " y ", ",")

// splitNames splits "Jane Doe, John Roe and Ann Poe" into names, dropping
// what is not a person ("Reuters", "Staff", "in Kyiv").
func splitNames(s string, labelled bool) []string {
	s = nameJoiners.Replace(s)
	var out []string
	for part := range strings.SplitSeq(s, ",") {
		// Drop social handles written after a name ("Jane Doe @janedoe").
		words := strings.Fields(part)
		words = slices.DeleteFunc(words, func(w string) bool { return strings.HasPrefix(w, "@") })
		part = strings.Join(words, " ")
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
	// Only the start of a line can name the author: the searches stop there.
	if i := strings.Index(text[:min(len(text), 51)], ": "); i > 0 && i < 50 {
		rest := text[i+2:]
		for _, p := range []string{"He ", "She ", "They "} {
			if strings.HasPrefix(rest, p) && isPersonName(text[:i], false) {
				return text[:i], true
			}
		}
	}
	// Every verb phrase below starts with " is " or " was ", within the
	// searched span: a line with neither needs no look at the roles.
	if head := text[:min(len(text), 58)]; !strings.Contains(head, " is ") && !strings.Contains(head, " was ") {
		return "", false
	}
	for _, v := range []string{" is a ", " is an ", " was a ", " is the "} {
		i := strings.Index(text[:min(len(text), 50+len(v))], v)
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
