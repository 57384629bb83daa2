package sentence

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// titles are abbreviations that precede a name or a number: a full stop
// after them never ends a sentence.
var titles = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "gen": true, "lt": true, "col": true,
	"maj": true, "capt": true, "cpt": true, "sgt": true, "cmdr": true, "adm": true, "gov": true, "sen": true,
	"rep": true, "reps": true, "pres": true, "amb": true, "hon": true, "rev": true, "fr": true, "st": true,
	"mt": true, "ft": true, "no": true, "nos": true, "vol": true, "art": true, "sec": true, "para": true,
	"fig": true, "p": true, "pp": true, "vs": true, "v": true, "jan": true, "feb": true, "mar": true,
	"apr": true, "jun": true, "jul": true, "aug": true, "sep": true, "sept": true, "oct": true, "nov": true,
	"dec": true, "approx": true, "est": true, "ca": true, "cf": true, "al": true, "gen'l": true,
	"brig": true, "supt": true, "insp": true, "det": true, "cpl": true, "pvt": true, "messrs": true,
	// Russian and Ukrainian: г. (year/city), ул. (street), им. (named after), т.е., etc.
	"г": true, "ул": true, "им": true, "т": true, "тыс": true, "млн": true, "млрд": true, "грн": true,
	"руб": true, "див": true, "см": true,
}

// enders are abbreviations that usually sit inside a sentence but can end
// one ("… with the U.S. The talks …"): they end it when the next word is
// one that typically opens a sentence.
var enders = map[string]bool{
	"u.s": true, "u.k": true, "u.n": true, "u.s.a": true, "e.u": true, "inc": true, "corp": true, "ltd": true,
	"co": true, "jr": true, "sr": true, "etc": true, "a.m": true, "p.m": true, "d.c": true, "bros": true,
	"plc": true, "llc": true,
}

// openers are words that open sentences far more often than they follow an
// abbreviation inside one.
var openers = map[string]bool{
	"The": true, "A": true, "An": true, "He": true, "She": true, "It": true, "They": true, "We": true,
	"I": true, "In": true, "On": true, "At": true, "But": true, "And": true, "This": true, "That": true,
	"These": true, "Those": true, "His": true, "Her": true, "Their": true, "Its": true, "There": true,
	"As": true, "After": true, "Before": true, "While": true, "When": true, "However": true, "Meanwhile": true,
	"According": true, "Earlier": true, "Later": true, "Last": true, "Officials": true,
}

// abbreviation reports whether prev (the token before a full stop) is an
// abbreviation whose stop does not end the sentence, given the next word.
func abbreviation(prev, next string) bool {
	if prev == "" {
		return false
	}
	low := strings.ToLower(strings.TrimLeft(prev, "(\"'“‘"))
	if titles[low] {
		return true
	}
	if enders[low] {
		return !openers[strings.TrimRight(next, ",;:")]
	}
	// A single capital letter is an initial ("J. D. Vance", "George W.
	// Bush"), unless it closes a list or a sentence such as "Plan B." —
	// read as an initial when the next word is capitalised too.
	if r, size := utf8.DecodeRuneInString(prev); size == len(prev) && unicode.IsUpper(r) {
		return !openers[next]
	}
	// Dotted acronyms not in the list ("S.A.", "N.Y.", "e.g", "i.e").
	if strings.Count(prev, ".") >= 1 && len(prev) <= 8 && !strings.ContainsAny(prev, "0123456789") {
		return !openers[strings.TrimRight(next, ",;:")]
	}
	return false
}
