package meta

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// properCase re-capitalises the words of a name that a byline gave in
// capitals ("By MARK HOLLOWAY"): an author is stored as the person writes
// their name, and the capitals are the site's typography, not the name.
// Words already in mixed case, initials ("J.R.") and Roman numerals are
// left alone, so a name that was not shouted comes back unchanged.
func properCase(name string) string {
	words := strings.Fields(name)
	changed := false
	for i, w := range words {
		if !shouted(w) {
			continue
		}
		nw := properWord(w, i == 0)
		changed = changed || nw != w
		words[i] = nw
	}
	if !changed {
		return name
	}
	return strings.Join(words, " ")
}

// shouted reports whether w has at least two letters and its last letters
// are capitals: "HOLLOWAY", "McDONALD", "al-ASSAD". Words with dots inside
// are initials; II, III, IV are numerals.
func shouted(w string) bool {
	if strings.Contains(strings.TrimSuffix(w, "."), ".") || romanNumerals[w] {
		return false
	}
	letters, tailUpper := 0, 0
	for _, r := range w {
		if !unicode.IsLetter(r) {
			continue
		}
		letters++
		if unicode.IsUpper(r) {
			tailUpper++
		} else {
			tailUpper = 0
		}
	}
	return letters >= 2 && tailUpper >= 2
}

// romanNumerals follow a name in capitals ("John Smith III").
var romanNumerals = map[string]bool{"II": true, "III": true, "IV": true, "VI": true, "VII": true, "VIII": true}

// lowParticles are the words and hyphenated prefixes written in lower case
// inside a name (not at its start): "van der Berg", "al-Assad".
var lowParticles = map[string]bool{"de": true, "da": true, "van": true, "von": true, "der": true, "den": true,
	"bin": true, "al": true, "el": true, "la": true, "le": true, "di": true, "du": true, "dos": true, "das": true,
	"ibn": true, "ter": true, "ten": true, "del": true, "della": true, "ben": true}

// hyphenParticles are the Arabic article forms that stay lower case before
// a hyphen wherever they stand: "AL-ASSAD" is "al-Assad".
var hyphenParticles = map[string]bool{"al": true, "el": true, "ad": true, "ar": true, "as": true, "at": true,
	"az": true, "ash": true, "an": true, "ul": true}

// properWord re-capitalises one word of a name; first says it opens the
// name, where particles keep their capital ("De Niro").
func properWord(w string, first bool) string {
	if lw := strings.ToLower(w); !first && lowParticles[lw] {
		return lw
	}
	parts := strings.Split(w, "-")
	for i, p := range parts {
		lp := strings.ToLower(p)
		if i < len(parts)-1 && hyphenParticles[lp] {
			parts[i] = lp
			continue
		}
		parts[i] = properPart(p)
	}
	return strings.Join(parts, "-")
}

// properPart re-capitalises a piece of a name between hyphens. A prefix the
// page already wrote in mixed case is kept ("McDONALD" is "McDonald",
// "MacARTHUR" is "MacArthur"); "MCDONALD" becomes "McDonald", since Mc
// always takes a capital after it (Mac does not: Machado, Mackie); one
// letter before an apostrophe takes one too ("O'BRIEN" is "O'Brien").
func properPart(p string) string {
	if p == "" {
		return p
	}
	keep := 0 // bytes of a mixed-case prefix to keep as written
	if i := strings.LastIndexFunc(p, unicode.IsLower); i >= 0 {
		_, size := utf8.DecodeRuneInString(p[i:])
		keep = i + size
	}
	if keep == 0 && len(p) > 3 && strings.HasPrefix(p, "MC") {
		return "Mc" + titleWord(p[2:])
	}
	if keep > 0 {
		return p[:keep] + titleWord(p[keep:])
	}
	if r, size := utf8.DecodeRuneInString(p); size < len(p) {
		if a, asize := utf8.DecodeRuneInString(p[size:]); isApostrophe(a) && size+asize < len(p) {
			return string(unicode.ToUpper(r)) + string(a) + titleWord(p[size+asize:])
		}
	}
	return titleWord(p)
}

// titleWord gives w a capital first letter and lower-case others.
func titleWord(w string) string {
	r, size := utf8.DecodeRuneInString(w)
	if r == utf8.RuneError {
		return w
	}
	return string(unicode.ToUpper(r)) + strings.ToLower(w[size:])
}
