package meta

import (
	_ "embed"
	"net/url"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Order is the order in which a site writes the day and the month of a
// numeric date; it is what settles a date such as 02-06-2025.
type Order uint8

// Date orders.
const (
	Unknown    Order = iota // not known: a numeric date with day and month up to 12 stays ambiguous
	DayFirst                // 02-06-2025 is 2 June
	MonthFirst              // 02-06-2025 is 6 February
)

// String names the order as the outlet table writes it.
func (o Order) String() string {
	switch o {
	case DayFirst:
		return "dmy"
	case MonthFirst:
		return "mdy"
	}
	return "-"
}

// Outlet is a real news site from the built-in table. The country and home
// time zone let a page's local time be placed on the clock when the page
// does not print its zone.
type Outlet struct {
	Name      string
	Domains   []string
	Country   string // ISO 3166-1 alpha-3
	TimeZone  string // IANA name
	DateOrder Order
	// generic marks a name that is also a common word ("Time", "Metro"):
	// such a name counts only in strong signatures.
	generic bool
}

//go:embed outlets.tsv
var outletsTSV string

// outletIndex is the parsed table with its lookup maps. It is built once
// and never modified afterwards.
type outletIndex struct {
	list   []Outlet
	byName map[string]int // normalised name or alias -> index
	byHost map[string]int
	// firstWords maps the first word of every normalised name to the
	// length, in words, of the longest name starting with it: text
	// matching tries only words that can start a name.
	firstWords map[string]int
	// firstShapes has, for each first byte of a firstWords key, a bit
	// for each byte length (under 64) of the keys starting with it: most
	// words of a page are ruled out without hashing them.
	firstShapes [256]uint64
	// spellings are each outlet's name and aliases as written, for the
	// case-sensitive match of short names.
	spellings [][]string
}

var outletTable = sync.OnceValue(func() *outletIndex { return parseOutlets(outletsTSV) })

// parseOutlets reads the table; malformed rows are skipped (a test keeps
// the shipped file free of them).
func parseOutlets(data string) *outletIndex {
	ix := &outletIndex{byName: map[string]int{}, byHost: map[string]int{}, firstWords: map[string]int{}}
	for line := range strings.Lines(data) {
		line = strings.TrimRight(line, "\r\n")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 5 || f[0] == "" || f[1] == "" {
			continue
		}
		o := Outlet{Name: f[0], Country: f[2], TimeZone: f[3]}
		switch f[4] {
		case "dmy":
			o.DateOrder = DayFirst
		case "mdy":
			o.DateOrder = MonthFirst
		}
		for d := range strings.SplitSeq(f[1], ",") {
			if d = strings.ToLower(strings.TrimSpace(d)); d != "" {
				o.Domains = append(o.Domains, d)
			}
		}
		if len(f) > 6 && strings.Contains(f[6], "generic") {
			o.generic = true
		}
		i := len(ix.list)
		ix.list = append(ix.list, o)
		names := []string{o.Name}
		if len(f) > 5 && f[5] != "" {
			names = append(names, strings.Split(f[5], ",")...)
		}
		ix.spellings = append(ix.spellings, names)
		for _, n := range names {
			key := normName(n)
			if key == "" {
				continue
			}
			if _, dup := ix.byName[key]; !dup {
				ix.byName[key] = i
			}
			f := strings.Fields(key)
			if len(f) > ix.firstWords[f[0]] {
				ix.firstWords[f[0]] = len(f)
			}
		}
		for _, d := range o.Domains {
			if _, dup := ix.byHost[d]; !dup {
				ix.byHost[d] = i
			}
		}
	}
	for w := range ix.firstWords {
		if w != "" && len(w) < 64 {
			ix.firstShapes[w[0]] |= 1 << len(w)
		}
	}
	return ix
}

// mayBeFirstWord is false for a lower-case word that starts no table name,
// decided from its first byte and length; true means "look it up".
func (ix *outletIndex) mayBeFirstWord(lower string) bool {
	return lower == "" || len(lower) >= 64 || ix.firstShapes[lower[0]]&(1<<len(lower)) != 0
}

// normName folds a name for lookup: lower case, single spaces, no trailing
// punctuation. A leading "The" stays: without it many names are common
// words ("The Hill", "The Print").
func normName(s string) string {
	s = strings.ToLower(strings.Join(strings.Fields(s), " "))
	return strings.TrimRight(s, ".,:;!?")
}

// LookupOutlet finds an outlet by its name or alias, by a host name
// (subdomains included: "edition.cnn.com") or by a URL.
func LookupOutlet(nameOrHostOrURL string) (Outlet, bool) {
	s := strings.TrimSpace(nameOrHostOrURL)
	if s == "" {
		return Outlet{}, false
	}
	ix := outletTable()
	key := normName(s)
	if i, ok := ix.byName[key]; ok {
		return ix.list[i], true
	}
	if i, ok := ix.byName["the "+key]; ok {
		return ix.list[i], true
	}
	if host := hostOf(s); host != "" {
		if i, ok := ix.lookupHost(host); ok {
			return ix.list[i], true
		}
	}
	return Outlet{}, false
}

// lookupHost tries the host and then each parent domain, so that
// "english.nv.ua" and "www.bbc.co.uk" find their sites.
func (ix *outletIndex) lookupHost(host string) (int, bool) {
	for host != "" {
		if i, ok := ix.byHost[host]; ok {
			return i, true
		}
		dot := strings.IndexByte(host, '.')
		if dot < 0 {
			break
		}
		host = host[dot+1:]
		if !strings.Contains(host, ".") {
			break
		}
	}
	return 0, false
}

// hostOf returns the lower-case host of a URL or bare host name, without
// "www.", or "" when s looks like neither.
func hostOf(s string) string {
	if strings.ContainsAny(s, " \t\n") {
		return ""
	}
	if !strings.Contains(s, "://") {
		s = "http://" + s
	}
	u, err := url.Parse(s)
	if err != nil || u.Hostname() == "" {
		return ""
	}
	h := strings.ToLower(strings.TrimSuffix(u.Hostname(), "."))
	h = strings.TrimPrefix(h, "www.")
	if !strings.Contains(h, ".") || !validHost(h) {
		return ""
	}
	return h
}

func validHost(h string) bool {
	for _, r := range h {
		if r != '.' && r != '-' && !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return utf8.ValidString(h)
}
