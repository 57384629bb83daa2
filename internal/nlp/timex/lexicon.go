package timex

import "strings"

// lexKind is the role a word can play in a date expression.
type lexKind uint8

const (
	lkNone     lexKind = iota
	lkMonth            // v: 1..12
	lkWeekday          // v: time.Weekday
	lkDayWord          // v: offset in days from the anchor (yesterday = -1)
	lkDayPart          // morning, evening …: "this morning", "last night"
	lkUnit             // v: unit*
	lkMod              // v: mod*
	lkNumWord          // v: the number
	lkOrdinal          // st, nd, rd, th after a digit
	lkAgo              // ago
	lkEve              // eve
	lkOf               // of
	lkThe              // the
	lkSep              // to, until, through, and: joins the ends of a range
	lkPrep             // on, in, from, between …: may precede a date
	lkYearWord         // года, року, р., г.: follows a year in Russian and Ukrainian
	lkWeekend          // weekend
)

// Units for lkUnit.
const (
	unitDay = iota + 1
	unitWeek
	unitMonth
	unitYear
	unitHour
)

// Modifiers for lkMod.
const (
	modLast = iota + 1
	modThis
	modNext
	modPast
	modEarlier
	modLater
	modEarly
	modLate
	modMid
	modComing
)

// Tense markers carried by words.
const (
	tmNone   uint8 = iota
	tmPast         // said, met, -ed forms
	tmFuture       // will, slated, scheduled
	tmBe           // be: a participle after it is not a past tense
	tmInf          // agreed, plans, is …: a following "to" opens a future infinitive
	tmTo           // to
	tmSet          // set: future in "set to", "set for"
)

// Month-word flags.
const (
	flagAbbrev = 1 << iota // Feb, Sept: only next to a number
	flagCap                // May, March: also verbs, so only when capitalised
	flagCyr                // Russian or Ukrainian: inflected, lower case
	flagTrig               // the word alone may start a date expression
)

// lexEntry is what the lexicon knows of one lower-cased word.
type lexEntry struct {
	k     lexKind
	v     int8
	tense uint8
	flags uint8
}

// lexicon maps lower-cased words to their roles. It is built once and never
// written afterwards.
var lexicon = buildLexicon()

func buildLexicon() map[string]lexEntry {
	m := make(map[string]lexEntry, 700)
	put := func(w string, e lexEntry) {
		old, ok := m[w]
		if ok && e.k == lkNone {
			old.tense = e.tense
			m[w] = old
			return
		}
		if ok && old.tense != tmNone && e.tense == tmNone {
			e.tense = old.tense
		}
		m[w] = e
	}
	months := []string{"january", "february", "march", "april", "may", "june", "july",
		"august", "september", "october", "november", "december"}
	for i, w := range months {
		f := uint8(flagTrig)
		if w == "may" || w == "march" {
			f |= flagCap
		}
		put(w, lexEntry{k: lkMonth, v: int8(i + 1), flags: f})
	}
	for i, w := range []string{"jan", "feb", "mar", "apr", "", "jun", "jul", "aug", "sep", "oct", "nov", "dec"} {
		if w != "" {
			put(w, lexEntry{k: lkMonth, v: int8(i + 1), flags: flagAbbrev | flagTrig})
		}
	}
	put("sept", lexEntry{k: lkMonth, v: 9, flags: flagAbbrev | flagTrig})
	for i, forms := range cyrillicMonths {
		for _, w := range strings.Fields(forms) {
			put(w, lexEntry{k: lkMonth, v: int8(i%12 + 1), flags: flagCyr | flagTrig})
		}
	}
	for i, w := range []string{"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"} {
		put(w, lexEntry{k: lkWeekday, v: int8(i), flags: flagTrig})
	}
	for i, forms := range cyrillicWeekdays {
		for _, w := range strings.Fields(forms) {
			put(w, lexEntry{k: lkWeekday, v: int8(i % 7), flags: flagCyr | flagTrig})
		}
	}
	for w, d := range map[string]int8{"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1,
		"вчера": -1, "вчора": -1, "сегодня": 0, "сьогодні": 0, "завтра": 1} {
		put(w, lexEntry{k: lkDayWord, v: d, flags: flagTrig})
	}
	for _, w := range []string{"morning", "afternoon", "evening", "night"} {
		put(w, lexEntry{k: lkDayPart})
	}
	for w, u := range map[string]int8{"day": unitDay, "days": unitDay, "week": unitWeek, "weeks": unitWeek,
		"month": unitMonth, "months": unitMonth, "year": unitYear, "years": unitYear,
		"hour": unitHour, "hours": unitHour} {
		put(w, lexEntry{k: lkUnit, v: u})
	}
	put("weekend", lexEntry{k: lkWeekend, flags: flagTrig})
	for w, v := range map[string]int8{"last": modLast, "this": modThis, "next": modNext, "past": modPast,
		"earlier": modEarlier, "later": modLater, "early": modEarly, "late": modLate, "mid": modMid,
		"coming": modComing} {
		put(w, lexEntry{k: lkMod, v: v, flags: flagTrig})
	}
	for i, w := range []string{"a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
		"ten", "eleven", "twelve"} {
		v := int8(i)
		if i == 0 {
			v = 1
		}
		put(w, lexEntry{k: lkNumWord, v: v})
	}
	put("an", lexEntry{k: lkNumWord, v: 1})
	for _, w := range []string{"st", "nd", "rd", "th"} {
		put(w, lexEntry{k: lkOrdinal})
	}
	put("ago", lexEntry{k: lkAgo, flags: flagTrig})
	put("eve", lexEntry{k: lkEve})
	put("of", lexEntry{k: lkOf})
	put("the", lexEntry{k: lkThe})
	for _, w := range []string{"to", "until", "till", "through", "and", "thru", "по", "до"} {
		put(w, lexEntry{k: lkSep})
	}
	for _, w := range []string{"on", "in", "from", "between", "since", "by", "during", "over", "before",
		"after", "for", "at", "в", "во", "у", "с", "з", "від", "від", "со"} {
		put(w, lexEntry{k: lkPrep})
	}
	for _, w := range []string{"года", "году", "год", "г", "року", "році", "рік", "р"} {
		put(w, lexEntry{k: lkYearWord})
	}
	for _, w := range strings.Fields(pastWords) {
		put(w, lexEntry{tense: tmPast})
	}
	for _, w := range strings.Fields(futureWords) {
		put(w, lexEntry{tense: tmFuture})
	}
	for _, w := range strings.Fields(infinitiveVerbs) {
		put(w, lexEntry{tense: tmInf})
	}
	put("be", lexEntry{tense: tmBe})
	put("to", lexEntry{k: lkSep, tense: tmTo})
	put("set", lexEntry{tense: tmSet})
	return m
}
