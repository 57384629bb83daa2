package html

import (
	"regexp"
	"strings"
	"unicode"
)

var (
	rxBylinePrefix = regexp.MustCompile(`(?i)^\s*(?:(?:written|reported|words|story|text|posted|published)\s+)?(?:by|von|par|por|di|door|av|przez|от)\s*:?\s+`)
	rxAuthorSplit  = regexp.MustCompile(`(?i)\s*(?:,|;|\||&|\band\b|\bund\b|\bet\b|\by\b)\s*`)
	rxAuthorTail   = regexp.MustCompile(`(?i)\s+(?:[-–—|,]|\bin\b|\bfor\b|\bat\b|\bfrom\b|\bis\b|\bupdated\b|\bpublished\b|\bposted\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d).*$`)
	// rxSentenceEnd cuts what follows a full stop after a whole word
	// ("Jane Roe. Global Wire"), sparing initials ("Jane E. Roe").
	rxSentenceEnd = regexp.MustCompile(`(\p{L}{2,})\.\s.*$`)
)

// nonPersonWords mark a credit that names a desk, an agency or a site
// rather than a person.
var nonPersonWords = map[string]bool{
	"staff": true, "desk": true, "team": true, "editor": true, "editors": true, "editorial": true,
	"news": true, "newsroom": true, "press": true, "agency": true, "agencies": true, "wire": true,
	"media": true, "reuters": true, "afp": true, "ap": true, "associated": true, "bloomberg": true,
	"correspondent": true, "correspondents": true, "contributor": true, "contributors": true,
	"admin": true, "administrator": true, "webmaster": true, "online": true, "digital": true,
	"reporter": true, "reporters": true, "bureau": true, "service": true, "services": true,
	"times": true, "post": true, "journal": true, "herald": true, "tribune": true, "daily": true,
	"magazine": true, "network": true, "group": true, "inc": true, "ltd": true, "llc": true,
	"guest": true, "unknown": true, "anonymous": true, "dpa": true, "efe": true, "ansa": true,
	"tass": true, "xinhua": true, "pti": true, "ians": true, "upi": true, "pa": true,
}

// pickAuthors returns the people credited with the article: JSON-LD
// Person authors first, then author meta tags, then byline elements.
// Organisations, the outlet itself and anything not shaped like a
// person's name are left out.
func pickAuthors(s *scan, ld ldInfo, site string) []string {
	candidates := [][]string{ld.authors, s.meta["author"], s.meta["article:author"], s.meta["dc.creator"],
		s.meta["parsely-author"], s.meta["sailthru.author"], s.meta["byl"], s.bylines}
	for _, group := range candidates {
		var out []string
		for _, c := range group {
			for _, name := range splitCredit(c) {
				if isPersonName(name, site, ld.orgAuthors) && !containsFold(out, name) {
					out = append(out, name)
				}
			}
		}
		if len(out) > 0 {
			return dropExtended(out)
		}
	}
	return nil
}

// splitCredit splits a byline into the names it credits.
func splitCredit(s string) []string {
	s = collapse(s)
	if s == "" || len(s) > 300 {
		return nil
	}
	s = rxBylinePrefix.ReplaceAllString(s, "")
	var out []string
	for _, part := range rxAuthorSplit.Split(s, -1) {
		part = rxBylinePrefix.ReplaceAllString(part, "")
		part = rxAuthorTail.ReplaceAllString(part, "")
		part = rxSentenceEnd.ReplaceAllString(part, "$1")
		part = fixShouting(part)
		part = strings.Trim(part, " .:;,-–—|()[]\"'")
		if part != "" {
			out = append(out, part)
		}
	}
	return out
}

// isPersonName reports whether s looks like a person's name: two to five
// words, no digits, URLs or handles, capitalised where the script has
// case, and none of the words that mark a desk or an outlet.
func isPersonName(s, site string, orgs []string) bool {
	if s == "" || len([]rune(s)) > 60 || strings.ContainsAny(s, "@/:0123456789") {
		return false
	}
	if site != "" && (strings.EqualFold(s, site) || strings.Contains(strings.ToLower(s), strings.ToLower(site))) {
		return false
	}
	if containsFold(orgs, s) {
		return false
	}
	words := strings.Fields(s)
	if len(words) < 2 || len(words) > 5 || strings.EqualFold(words[0], "the") {
		return false
	}
	capitalised := 0
	for _, w := range words {
		lw := strings.ToLower(strings.Trim(w, ".,"))
		if nonPersonWords[lw] {
			return false
		}
		r := []rune(w)
		if !unicode.IsLetter(r[0]) {
			return false
		}
		if unicode.IsUpper(r[0]) || !hasCase(r[0]) {
			capitalised++
		}
	}
	// Particles such as "van", "de", "bin" may be lower case; two words
	// at least must be capitalised.
	return capitalised >= 2
}

// hasCase reports whether r belongs to a script with letter case.
func hasCase(r rune) bool { return unicode.IsUpper(r) || unicode.ToUpper(r) != r }

func containsFold(list []string, s string) bool {
	for _, v := range list {
		if strings.EqualFold(v, s) {
			return true
		}
	}
	return false
}

// dropExtended removes a credit that contains another one ("About Jane
// Roe" beside "Jane Roe"): author boxes repeat the byline with a label.
func dropExtended(names []string) []string {
	out := names[:0]
	for i, n := range names {
		extended := false
		for j, m := range names {
			if i != j && len(n) > len(m) && strings.Contains(strings.ToLower(n), strings.ToLower(m)) {
				extended = true
			}
		}
		if !extended {
			out = append(out, n)
		}
	}
	return out
}

// fixShouting turns an all-capitals byline ("JANE ROE", as wire copy
// prints it) into the usual capitalisation.
func fixShouting(s string) string {
	if s == "" || strings.ToUpper(s) != s || strings.ToLower(s) == s {
		return s
	}
	words := strings.Fields(strings.ToLower(s))
	for i, w := range words {
		r := []rune(w)
		r[0] = unicode.ToUpper(r[0])
		for k := 1; k < len(r); k++ {
			if r[k-1] == '-' || r[k-1] == '\'' {
				r[k] = unicode.ToUpper(r[k])
			}
		}
		words[i] = string(r)
	}
	return strings.Join(words, " ")
}
