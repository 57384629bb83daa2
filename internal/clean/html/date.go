package html

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/chronicle-news/chronicle/internal/article"
)

// zoneOffsets gives the UTC offset, in minutes east, of the zone
// abbreviations news sites print. Ambiguous ones take their most common
// newsroom reading (IST is India, CST is US Central).
var zoneOffsets = map[string]int{
	"UT": 0, "UTC": 0, "GMT": 0, "Z": 0, "WET": 0,
	"WEST": 60, "BST": 60, "CET": 60, "WAT": 60,
	"CEST": 120, "EET": 120, "SAST": 120, "CAT": 120,
	"EEST": 180, "MSK": 180, "EAT": 180, "TRT": 180,
	"GST": 240, "PKT": 300, "IST": 330, "ICT": 420, "WIB": 420,
	"HKT": 480, "SGT": 480, "AWST": 480, "PHT": 480, "MYT": 480,
	"JST": 540, "KST": 540, "AEST": 600, "AEDT": 660, "NZST": 720, "NZDT": 780,
	"EST": -300, "EDT": -240, "CST": -360, "CDT": -300, "MST": -420, "MDT": -360,
	"PST": -480, "PDT": -420, "AKST": -540, "AKDT": -480, "HST": -600,
}

// zoneMinutes returns the offset in minutes east of UTC of an abbreviation.
func zoneMinutes(abbr string) (int, bool) {
	v, ok := zoneOffsets[strings.ToUpper(abbr)]
	return v, ok
}

var (
	// rxISO matches ISO 8601 and the near-ISO forms CMSs emit:
	// "2024-03-05", "2024-03-05T14:30", "2024-03-05 14:30:00.123+01:00",
	// "2024-03-05T14:30:00Z", "2024-03-05T14:30:00 +0100", "… GMT".
	rxISO = regexp.MustCompile(`^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?|[A-Za-z]{1,5})?)?`)
	// rxCompact matches "20240305" and "20240305T143000Z".
	rxCompact = regexp.MustCompile(`^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})?(Z|[+-]\d{4})?)?$`)
	// rxURLDate finds a date in a URL path: /2024/03/05/ or /2024-03-05.
	rxURLDate = regexp.MustCompile(`/((?:19|20)\d{2})[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?:[/_.-]|$)`)
)

// textLayouts are the non-ISO forms seen in meta tags; each is tried with
// time.Parse, which knows numeric zones.
var textLayouts = []struct {
	layout string
	timed  bool
}{
	{time.RFC1123Z, true},
	{"Mon, 2 Jan 2006 15:04:05 -0700", true},
	{"Mon, 2 Jan 2006 15:04 -0700", true},
	{"2 Jan 2006 15:04:05 -0700", true},
	{"January 2, 2006 15:04 -0700", true},
	{"January 2, 2006", false},
	{"Jan 2, 2006", false},
	{"2 January 2006", false},
	{"2 Jan 2006", false},
	{"Monday, January 2, 2006", false},
	{"2006/01/02", false},
	{"2006.01.02", false},
	{"02.01.2006", false},
}

// rxZoneWord matches a trailing zone abbreviation ("… 14:30:00 GMT").
var rxZoneWord = regexp.MustCompile(`\s+\(?([A-Za-z]{1,5})\)?$`)

// parseDate reads a date or date-time as a page states it. The precision
// is Minute only when a time of day and its zone are both given; a bare
// date, a time without zone, or exact midnight (what CMSs emit when only a
// date was entered) give Day.
func parseDate(s string) article.Published {
	s = strings.TrimSpace(s)
	if len(s) < 6 || len(s) > 80 {
		return article.Published{}
	}
	if m := rxISO.FindStringSubmatch(s); m != nil {
		return isoParts(m[1], m[2], m[3], m[4], m[5], m[6], m[7])
	}
	if m := rxCompact.FindStringSubmatch(s); m != nil {
		return isoParts(m[1], m[2], m[3], m[4], m[5], m[6], m[7])
	}
	// A named zone at the end is turned into a numeric one so that the
	// layouts below carry the real offset instead of a fabricated zone.
	if m := rxZoneWord.FindStringSubmatchIndex(s); m != nil {
		if off, ok := zoneMinutes(s[m[2]:m[3]]); ok {
			s = s[:m[0]] + " " + formatOffset(off)
		}
	}
	for _, l := range textLayouts {
		t, err := time.Parse(l.layout, s)
		if err != nil {
			continue
		}
		if !plausibleYear(t.Year()) {
			return article.Published{}
		}
		if l.timed && !(t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0) {
			return article.At(t)
		}
		return article.OnDay(t.Year(), t.Month(), t.Day())
	}
	return article.Published{}
}

// isoParts builds a value from the pieces of an ISO-like match; empty
// pieces are absent.
func isoParts(y, mo, d, h, mi, sec, zone string) article.Published {
	year, _ := strconv.Atoi(y)
	month, _ := strconv.Atoi(mo)
	day, _ := strconv.Atoi(d)
	if !plausibleYear(year) || month < 1 || month > 12 || day < 1 || day > daysIn(year, time.Month(month)) {
		return article.Published{}
	}
	onDay := article.OnDay(year, time.Month(month), day)
	if h == "" || zone == "" {
		return onDay
	}
	hour, _ := strconv.Atoi(h)
	minute, _ := strconv.Atoi(mi)
	second, _ := strconv.Atoi(sec)
	if hour > 23 || minute > 59 || second > 59 {
		return onDay
	}
	off, ok := parseOffset(zone)
	if !ok {
		return onDay
	}
	if hour == 0 && minute == 0 && second == 0 {
		return onDay
	}
	loc := time.FixedZone(formatOffset(off), off*60)
	if off == 0 {
		loc = time.UTC
	}
	return article.At(time.Date(year, time.Month(month), day, hour, minute, second, 0, loc))
}

// parseOffset reads "Z", "+01", "+0100", "+01:00" or an abbreviation into
// minutes east of UTC.
func parseOffset(z string) (int, bool) {
	if z == "" {
		return 0, false
	}
	if z[0] != '+' && z[0] != '-' {
		return zoneMinutes(z)
	}
	digits := strings.ReplaceAll(z[1:], ":", "")
	if len(digits) != 2 && len(digits) != 4 {
		return 0, false
	}
	h, err := strconv.Atoi(digits[:2])
	if err != nil || h > 14 {
		return 0, false
	}
	m := 0
	if len(digits) == 4 {
		if m, err = strconv.Atoi(digits[2:]); err != nil || m > 59 {
			return 0, false
		}
	}
	off := h*60 + m
	if z[0] == '-' {
		off = -off
	}
	return off, true
}

func formatOffset(minutes int) string {
	sign := '+'
	if minutes < 0 {
		sign, minutes = '-', -minutes
	}
	return string(sign) + twoDigits(minutes/60) + twoDigits(minutes%60)
}

func twoDigits(n int) string {
	return string([]byte{byte('0' + n/10%10), byte('0' + n%10)})
}

func plausibleYear(y int) bool { return y >= 1990 && y <= 2100 }

func daysIn(y int, m time.Month) int {
	return time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// dateFromURL reads a day-precision date from a URL path, where many
// outlets put the publication day.
func dateFromURL(u string) article.Published {
	m := rxURLDate.FindStringSubmatch(u)
	if m == nil {
		return article.Published{}
	}
	return isoParts(m[1], m[2], m[3], "", "", "", "")
}
