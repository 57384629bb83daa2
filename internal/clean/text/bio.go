package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// aboutWords open the header of an author's note: "About Jane Doe",
// "Sobre Carlos Nadalim", "Über Moritz Bachmann".
var aboutWords = []string{"about ", "sobre ", "über ", "à propos de ", "a propos de ", "acerca de ", "over ",
	"об ", "про "}

// aboutHeader reports whether the line above i (a body line) names the
// author whose note i is: an about-word and a name, nothing else.
func aboutHeader(lines []Line, i int) bool {
	j := prevText(lines, i)
	if j < 0 || lines[j].Role == Body {
		return false
	}
	t := lines[j].Text
	for _, w := range aboutWords {
		if len(t) > len(w) && strings.EqualFold(t[:len(w)], w) {
			return nameLine(t[len(w):])
		}
	}
	return false
}

// bioVerbs follow an author's name in a biography: "Holloway covers …",
// "Jane Doe reports on …".
var bioVerbs = []string{"covers ", "covered ", "has covered ", "reports on ", "reports for ", "reports from ",
	"writes about ", "writes for ", "writes on ", "has reported ", "has written ", "is based in ", "joined "}

// bioRoles are the jobs a biography gives its subject ("is a correspondent").
var bioRoles = setOf("correspondent", "reporter", "journalist", "editor", "writer", "columnist", "contributor",
	"producer", "photographer", "photojournalist", "videographer", "videojournalist", "anchor", "commentator",
	"author", "freelancer", "stringer", "blogger", "presenter", "host")

// maxBioWords bounds a biography: a few sentences at most.
const maxBioWords = 70

// bioShape recognises a biography that opens with its subject's name: the
// name (one to four capitalised words), then a verb of the trade or "is a
// … <role>", the role being a newsroom job or any role held at or for
// the site itself ("is a senior fellow at <site>").
func bioShape(text, site string) bool {
	words := strings.Fields(text)
	if len(words) < 3 || len(words) > maxBioWords {
		return false
	}
	n := 0
	for n < len(words) && n < 4 && nameWord(words[n]) {
		n++
	}
	if n == 0 || n == len(words) {
		return false
	}
	rest := strings.ToLower(strings.Join(words[n:], " "))
	if startsAny(rest, bioVerbs) {
		return true
	}
	var after string
	for _, is := range []string{"is a ", "is an ", "is the ", "was a ", "was an ", "has been a "} {
		if strings.HasPrefix(rest, is) {
			after = rest[len(is):]
		}
	}
	if after == "" {
		return false
	}
	role := strings.Fields(after)
	for k, w := range role {
		if k >= 5 {
			break
		}
		w = strings.TrimRight(w, ".,;")
		if bioRoles[w] || bioRoles[strings.TrimSuffix(w, "s")] {
			return true
		}
		if (w == "at" || w == "for" || w == "with") && k > 0 && site != "" && namesSite(strings.Join(role[k+1:], " "), site) {
			return true
		}
	}
	return false
}

// nameWord is a word a person's name is made of: a capital first letter,
// then letters, hyphens, apostrophes, or the dot of an initial; no
// function word ("The Kremlin said …" has no name in front).
func nameWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) || stopwords[strings.ToLower(w)] {
		return false
	}
	for i, c := range w {
		if !unicode.IsLetter(c) && c != '-' && c != '\'' && c != '’' && !(c == '.' && i == len(w)-1) {
			return false
		}
	}
	return true
}

// nameLine is a line holding a name only: two to four name words, in
// capitals or not ("MARK HOLLOWAY", "Jane Doe").
func nameLine(text string) bool {
	words := strings.Fields(text)
	if len(words) < 2 || len(words) > 4 {
		return false
	}
	for _, w := range words {
		if !nameWord(w) {
			return false
		}
	}
	return true
}
