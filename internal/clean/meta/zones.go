package meta

import (
	"sync"
	"time"
	_ "time/tzdata" // the home zones of the outlet table must load on hosts without a zoneinfo database
)

// zone is a time-zone abbreviation as news pages print it. An abbreviation
// that names a region whose offset changes with the season ("ET") carries
// the IANA zone; a fixed one ("EST", "IST") its offset. order is the
// numeric date order of the region the zone belongs to, when one country
// dominates its use.
type zone struct {
	offset int    // seconds east of UTC, for fixed abbreviations
	iana   string // for seasonal abbreviations
	order  Order
}

// zones maps upper-case abbreviations to zones. Abbreviations that several
// regions share with different offsets ("AST", "CST" in China) are read as
// their usual meaning in English-language news.
var zones = map[string]zone{
	"UTC": {}, "GMT": {}, "Z": {}, "UT": {},
	"BST":  {offset: 3600, order: DayFirst},
	"WET":  {order: DayFirst},
	"WEST": {offset: 3600, order: DayFirst},
	"IST":  {offset: 5*3600 + 1800, order: DayFirst},
	"CET":  {offset: 3600, order: DayFirst},
	"CEST": {offset: 2 * 3600, order: DayFirst},
	"MEZ":  {offset: 3600, order: DayFirst},
	"MESZ": {offset: 2 * 3600, order: DayFirst},
	"EET":  {offset: 2 * 3600, order: DayFirst},
	"EEST": {offset: 3 * 3600, order: DayFirst},
	"MSK":  {offset: 3 * 3600, order: DayFirst},
	"TRT":  {offset: 3 * 3600, order: DayFirst},
	"GST":  {offset: 4 * 3600, order: DayFirst},
	"PKT":  {offset: 5 * 3600, order: DayFirst},
	"NPT":  {offset: 5*3600 + 2700, order: DayFirst},
	"IRST": {offset: 3*3600 + 1800},
	"ICT":  {offset: 7 * 3600, order: DayFirst},
	"WIB":  {offset: 7 * 3600, order: DayFirst},
	"SGT":  {offset: 8 * 3600, order: DayFirst},
	"MYT":  {offset: 8 * 3600, order: DayFirst},
	"HKT":  {offset: 8 * 3600},
	"PHT":  {offset: 8 * 3600, order: MonthFirst},
	"AWST": {offset: 8 * 3600, order: DayFirst},
	"JST":  {offset: 9 * 3600},
	"KST":  {offset: 9 * 3600},
	"ACST": {offset: 9*3600 + 1800, order: DayFirst},
	"ACDT": {offset: 10*3600 + 1800, order: DayFirst},
	"AEST": {offset: 10 * 3600, order: DayFirst},
	"AEDT": {offset: 11 * 3600, order: DayFirst},
	"NZST": {offset: 12 * 3600, order: DayFirst},
	"NZDT": {offset: 13 * 3600, order: DayFirst},
	"WAT":  {offset: 3600, order: DayFirst},
	"CAT":  {offset: 2 * 3600, order: DayFirst},
	"SAST": {offset: 2 * 3600, order: DayFirst},
	"EAT":  {offset: 3 * 3600, order: DayFirst},
	"ET":   {iana: "America/New_York", order: MonthFirst},
	"EST":  {offset: -5 * 3600, order: MonthFirst},
	"EDT":  {offset: -4 * 3600, order: MonthFirst},
	"CT":   {iana: "America/Chicago", order: MonthFirst},
	"CST":  {offset: -6 * 3600, order: MonthFirst},
	"CDT":  {offset: -5 * 3600, order: MonthFirst},
	"MT":   {iana: "America/Denver", order: MonthFirst},
	"MST":  {offset: -7 * 3600, order: MonthFirst},
	"MDT":  {offset: -6 * 3600, order: MonthFirst},
	"PT":   {iana: "America/Los_Angeles", order: MonthFirst},
	"PST":  {offset: -8 * 3600, order: MonthFirst},
	"PDT":  {offset: -7 * 3600, order: MonthFirst},
	"AKST": {offset: -9 * 3600, order: MonthFirst},
	"AKDT": {offset: -8 * 3600, order: MonthFirst},
	"HST":  {offset: -10 * 3600, order: MonthFirst},
	"AST":  {offset: 3 * 3600, order: DayFirst},
	"BRT":  {offset: -3 * 3600, order: DayFirst},
	"ART":  {offset: -3 * 3600, order: DayFirst},
}

// ianaZones are the IANA zones the package may need: those of the seasonal
// abbreviations and the outlets' home zones. They are loaded once, on first
// use, and the map is never modified afterwards.
var ianaZones = sync.OnceValue(func() map[string]*time.Location {
	m := map[string]*time.Location{}
	add := func(name string) {
		if name == "" || m[name] != nil {
			return
		}
		if loc, err := time.LoadLocation(name); err == nil {
			m[name] = loc
		}
	}
	for _, z := range zones {
		add(z.iana)
	}
	for _, o := range outletTable().list {
		add(o.TimeZone)
	}
	return m
})

// location returns the loaded IANA zone, or nil when the name is unknown.
func location(name string) *time.Location { return ianaZones()[name] }

// loc turns a parsed zone into a location for time.Date.
func (z zone) loc(abbr string) *time.Location {
	if z.iana != "" {
		if l := location(z.iana); l != nil {
			return l
		}
	}
	if z.offset == 0 {
		return time.UTC
	}
	return time.FixedZone(abbr, z.offset)
}
