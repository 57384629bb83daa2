package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// SplitGlued separates words that scraping glued together ("KutielievaFriday" -> "Kutielieva Friday",
// "TurkeyRussian" -> "Turkey Russian") where the evidence is clear, and leaves real camel-case alone
// (McDonnell, iPhone, YouTube, LinkedIn, DeSantis, PlayStation, JavaScript, OpenAI …).
//
// A join is split when a lower-case letter is followed by a capitalised word
// and either the right part is a weekday or month name (bylines glue dates to
// names), or both parts are at least four letters long and the whole word is
// not a known brand. Short left parts (Mc, Mac, De, La, Van …) are name
// prefixes, and a lower-case start (iPhone, eBay) is a brand shape, so neither
// is split. A sentence glued to the next one ("said.The") gets its space back.
func SplitGlued(s string) string {
	if !hasGlue(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	wordStart := -1 // byte offset where the current run of letters began
	segStart := -1  // byte offset where the current camel segment began
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) {
			if r == '.' && wordStart >= 0 && i-segStart >= 3 && sentenceGlue(s, i) {
				b.WriteString(". ")
				i += size
				wordStart, segStart = -1, -1
				continue
			}
			wordStart, segStart = -1, -1
			b.WriteRune(r)
			i += size
			continue
		}
		if wordStart < 0 {
			wordStart, segStart = i, i
		} else if unicode.IsUpper(r) && i > 0 {
			prev, _ := utf8.DecodeLastRuneInString(s[:i])
			if unicode.IsLower(prev) && shouldSplit(s, wordStart, segStart, i) {
				b.WriteByte(' ')
				segStart = i
			}
		}
		b.WriteRune(r)
		i += size
	}
	return b.String()
}

// hasGlue is the fast path: most lines have no lower→upper join inside a word
// and no "word.Word" join, so they are returned untouched without allocating.
func hasGlue(s string) bool {
	i := 0
	for ; i < len(s) && s[i] < utf8.RuneSelf; i++ { // ASCII prefix, byte by byte
		if c := s[i]; 'A' <= c && c <= 'Z' && i > 0 && ('a' <= s[i-1] && s[i-1] <= 'z' || s[i-1] == '.') {
			return true
		}
	}
	if i == len(s) {
		return false
	}
	var prev rune
	if i > 0 {
		prev = rune(s[i-1])
	}
	for _, r := range s[i:] {
		if unicode.IsUpper(r) && (unicode.IsLower(prev) || prev == '.') {
			return true
		}
		prev = r
	}
	return false
}

// sentenceGlue reports whether the '.' at i joins "word.Word" (two sentences
// that lost their space) rather than an abbreviation, a domain or a decimal.
func sentenceGlue(s string, i int) bool {
	prev, _ := utf8.DecodeLastRuneInString(s[:i])
	if !unicode.IsLower(prev) || i+1 >= len(s) {
		return false
	}
	r1, n1 := utf8.DecodeRuneInString(s[i+1:])
	if !unicode.IsUpper(r1) || i+1+n1 >= len(s) {
		return false
	}
	r2, _ := utf8.DecodeRuneInString(s[i+1+n1:])
	return unicode.IsLower(r2)
}

// shouldSplit decides one lower→upper join at byte offset at inside the word
// that starts at wordStart; segStart is where the current camel segment began.
func shouldSplit(s string, wordStart, segStart, at int) bool {
	wordEnd := at
	for wordEnd < len(s) {
		r, size := utf8.DecodeRuneInString(s[wordEnd:])
		if !unicode.IsLetter(r) {
			break
		}
		wordEnd += size
	}
	rightEnd := at
	for j := at; j < wordEnd; {
		r, size := utf8.DecodeRuneInString(s[j:])
		if j > at && unicode.IsUpper(r) {
			break
		}
		j += size
		rightEnd = j
	}
	left, right := s[segStart:at], s[at:rightEnd]
	first, _ := utf8.DecodeRuneInString(left)
	if !unicode.IsUpper(first) && segStart == wordStart {
		return false // iPhone, eBay, macOS
	}
	if utf8.RuneCountInString(right) < 2 {
		return false // SpaceX
	}
	lr := strings.ToLower(right)
	if calendarWords[lr] {
		return utf8.RuneCountInString(left) >= 2
	}
	if camelBrands[strings.ToLower(s[wordStart:wordEnd])] || camelPrefixes[strings.ToLower(left)] {
		return false
	}
	if camelSuffixes[lr] {
		return false
	}
	return utf8.RuneCountInString(left) >= 4 && utf8.RuneCountInString(right) >= 4
}

// calendarWords glue to author names in bylines ("Iryna KutielievaFriday").
var calendarWords = setOf(
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"january", "february", "march", "april", "june", "july", "august", "september",
	"october", "november", "december", "updated", "published", "posted",
)

// camelBrands are real camel-case words that are long enough on both sides to
// look glued.
var camelBrands = setOf(
	"playstation", "javascript", "typescript", "coffeescript", "wordpress", "powerpoint", "mastercard",
	"blackberry", "soundcloud", "salesforce", "blackrock", "goldmansachs", "dreamworks", "harpercollins",
	"smackdown", "postgresql", "mysql", "sharepoint", "onedrive", "dropbox", "freebsd", "openstreetmap",
	"photoshop", "quarkxpress", "anandtech", "cryptocurrency", "bitlocker", "hubspot", "ringcentral",
	"crowdstrike", "coinbase", "robinhood", "moneygram", "westjet", "jetblue", "easyjet", "skyteam",
	"worldcom", "pricewaterhousecoopers", "glaxosmithkline", "lockheed", "northrop", "raytheon",
	"smartphone", "mediatek", "qualcomm", "thinkpad", "ideapad", "macbook", "airpods", "homepod",
	"facetime", "gamestop", "nightwatch", "starcraft", "warcraft", "overwatch", "fortnite", "minecraft",
	"pokemongo", "cinemascope", "superbowl", "bundesliga", "laliga", "seaworld", "disneyworld",
	"citigroup", "alphabet", "deepmind", "openai", "chatgpt", "waymo", "rivian", "lucidmotors",
	"spacex", "starlink", "blueorigin", "virgingalactic", "newyorker", "nytimes", "huffpost",
	"buzzfeed", "techcrunch", "bloomberg", "marketwatch", "businessinsider", "washingtonpost",
	"youtube", "linkedin", "facebook", "instagram", "whatsapp", "wechat", "tiktok", "snapchat",
	"paypal", "github", "gitlab", "bitbucket", "mongodb", "firebase", "kickstarter", "indiegogo",
	"airbnb", "doordash", "grubhub", "ubereats", "volkswagen", "mercedesbenz", "landrover",
	"fedex", "freightliner", "halliburton", "schlumberger", "smithkline", "unitedhealth",
	"eurovision", "eurostat", "eurozone", "newsweek", "newsround", "newsnight", "gamespot",
)

// camelPrefixes start surnames and brand names that keep their inner capital.
var camelPrefixes = setOf(
	"mc", "mac", "o", "de", "di", "da", "du", "le", "la", "van", "von", "der", "den", "st", "fitz", "al",
	"el", "ben", "abu", "bin", "ibn", "dos", "das", "del", "della", "lo", "vander", "ter", "ten",
)

// camelSuffixes end product and company names (YouTube, PowerPoint, WordPress …).
var camelSuffixes = setOf(
	"tube", "station", "script", "card", "point", "press", "pal", "hub", "feed", "net", "soft", "force",
	"desk", "post", "buzz", "lab", "labs", "box", "chat", "drive", "cast", "link", "works", "bank",
	"cloud", "book", "books", "pad", "phone", "pod", "mail", "base", "space", "flix", "care", "tech",
	"sport", "sports", "news", "times", "wire", "watch", "view", "mark", "star", "line", "jet", "smith",
	"stream", "store", "shop", "ware", "data", "sense", "play", "talk", "pay", "coin", "wave", "gate",
	"land", "world", "cast", "graph", "gram", "rock", "stone", "field", "ville", "berg", "burg",
)

// setOf builds an immutable lookup table.
func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}
