package meta

import (
	"strings"
	"unicode"
)

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
		middle east north south central africa asia pacific atlantic
		any every some many much most other another each such what which who how why when where means necessary
		way ways days year years life people here there now then today tonight tomorrow yesterday week
		month good better great big top first last next new old free full open close high low
		real true double down up loud clear brave hour critical morning evening night opening closing
		watch listen podcast podcasts show shows episode episodes story stories special features feature`) {
		m[w] = true
	}
	// Month and weekday names, except those that are also people's names
	// (Theresa May, April Ryan, Jan Smith, Julio Iglesias).
	for w := range months {
		switch w {
		case "may", "june", "april", "august", "jan", "mai", "julio", "mar", "ekim", "mart", "juni", "juli":
		default:
			m[w] = true
		}
	}
	for w := range weekdays {
		if len(w) > 3 {
			m[w] = true
		}
	}
	return m
}()

// isDeskOrAgency reports whether a byline names a desk or an agency
// rather than people ("Web Desk", "Reuters Staff").
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
		if shouted(w) {
			// A word in capitals counts as such; its shape is judged as
			// it will be written ("McDONALD" as "McDonald").
			caps++
			w = properWord(w, false)
			if lowParticles[w] {
				continue
			}
		}
		if i := strings.IndexByte(w, '-'); i > 0 && i < len(w)-1 && hyphenParticles[w[:i]] {
			w = w[i+1:] // "al-Assad"
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
