package text

import (
	"strings"
	"unicode"
)

// aboutVerbs follow an outlet's name in its description of itself. Verbs
// that a story's closing line uses of a newsroom ("Reuters was unable to
// verify", "AP has learned") are not among them.
var aboutVerbs = []string{"is a ", "is an ", "is the ", "is one of ", "was founded ", "was established ",
	"provides ", "publishes ", "delivers ", "reaches ", "operates ", "employs ", "serves ", "produces "}

// mediaWords say that a self-description is about a news business.
var mediaWords = setOf("journalism", "reporting", "media", "publisher", "publication", "magazine",
	"broadcaster", "outlet", "press")

// profileMarks are the turns of a company's description of itself, the
// paragraph press releases and sites close with.
var profileMarks = []string{"is an independent ", "is a leading ", "is a global ", "is the world's leading ",
	"is the world’s leading ", "is headquartered in ", "headquartered in ", "is based in ", "has subsidiaries in ",
	"shares are listed on ", "is listed on the ", "for more information, visit ", "employs around ",
	"employs approximately ", "employs about ", "employs more than ", "employs over ", "employs some "}

// aboutOutlet recognises a paragraph in which the outlet describes itself:
// its subject is the site ("The Associated Press is …", "Reuters provides
// …"), or it reads like a corporate profile: of a news business ("is an
// independent …", "Founded in 1846", "is a leading … news organization"),
// or of any company, when two turns of a profile meet ("is headquartered
// in …", "employs around 1,300 people"). subject is the first word of a
// profile paragraph that follows; a paragraph with the same subject needs
// one turn of a profile only.
func aboutOutlet(text, site, subject string) bool {
	lower := strings.ToLower(text)
	if site != "" {
		s := strings.TrimPrefix(strings.ToLower(site), "the ")
		rest := strings.TrimPrefix(lower, "the ")
		if strings.HasPrefix(rest, s+" ") && startsAny(rest[len(s)+1:], aboutVerbs) {
			return true
		}
	}
	marks := 0
	if foundedYear(lower) {
		marks++
	}
	for _, m := range profileMarks {
		if strings.Contains(lower, m) {
			marks++
		}
	}
	if marks == 0 {
		return false
	}
	if marks >= 2 || subject != "" && firstWord(text) == subject {
		return true
	}
	for w := range strings.FieldsFuncSeq(lower, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if mediaWords[w] || strings.HasPrefix(w, "news") || strings.HasPrefix(w, "journalis") {
			return true
		}
	}
	return false
}

// firstWord is the first word of text, "" for none.
func firstWord(text string) string {
	for w := range strings.FieldsSeq(text) {
		return w
	}
	return ""
}

// foundedYear finds "founded in 1846" or "established in 1990".
func foundedYear(lower string) bool {
	for _, p := range []string{"founded in ", "established in "} {
		for from := 0; ; {
			i := strings.Index(lower[from:], p)
			if i < 0 {
				break
			}
			y := lower[from+i+len(p):]
			if len(y) >= 4 && (y[0] == '1' || y[0] == '2') && isDigit(y[1]) && isDigit(y[2]) && isDigit(y[3]) &&
				(len(y) == 4 || !isDigit(y[4])) {
				return true
			}
			from += i + len(p)
		}
	}
	return false
}

// namesSite reports whether s begins with the site's name, with or
// without "the".
func namesSite(s, site string) bool {
	s = strings.TrimPrefix(strings.ToLower(s), "the ")
	site = strings.TrimPrefix(strings.ToLower(site), "the ")
	return site != "" && strings.HasPrefix(s, site)
}

// promoPhrases are the pitches a site closes its pages with: newsletters,
// subscriptions, apps, social accounts.
var promoPhrases = []string{"subscribe to", "subscribe now", "subscribe today", "newsletter", "sign up for",
	"sign up to our", "sign up now", "sign up today", "follow us", "unsubscribe", "click here",
	"to your inbox", "in your inbox", "download our app", "download the app", "get the app", "no spam",
	"support our journalism", "support independent journalism", "become a member", "become a subscriber",
	"abonnieren sie", "abonnez-vous", "inscrivez-vous", "suscríbete", "assine", "iscriviti", "подпишитесь",
	"підпишіться"}

// maxPromoWords bounds a pitch: longer text that mentions a newsletter is
// more likely the story's own.
const maxPromoWords = 50

// promo recognises a pitch for the site's newsletter, app or accounts.
func promo(text string, f *feats) bool {
	if f.words > maxPromoWords {
		return false
	}
	lower := strings.ToLower(text)
	for _, p := range promoPhrases {
		if i := strings.Index(lower, p); i >= 0 && (i == 0 || !isLetterByte(lower[i-1])) {
			return true
		}
	}
	return false
}
