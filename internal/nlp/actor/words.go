package actor

// set builds a lookup table of folded words.
func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// locative prepositions put the following name in place position.
var locative = set("in", "at", "to", "from", "into", "near", "outside", "inside", "across", "toward",
	"towards", "via", "within", "around", "throughout", "through", "onto", "off", "beyond",
	// verbs of travel take a place as object: "Rutte visited Kyiv".
	"visited", "visiting", "visit", "visits", "toured", "left", "leaving")

// weakLocative prepositions often mark a recipient or source rather than a
// place ("rhetoric toward Russia", "interest from Russia"); for a country
// they count only after a word of movement.
var weakLocative = set("to", "from", "toward", "towards", "around")

// movement words make a following "to"/"from" locative: "flew to Turkey".
var movement = set("travel", "travels", "travelled", "traveled", "traveling", "travelling", "fly", "flew",
	"flown", "flying", "flight", "flights", "trip", "trips", "visit", "visits", "journey", "arrive", "arrived",
	"arrives", "return", "returned", "returning", "returns", "went", "go", "going", "gone", "came", "come",
	"coming", "moved", "move", "deported", "fled", "flee", "fleeing", "crossed", "headed", "heading", "sent",
	"deployed", "evacuated", "exported", "imported", "shipped", "way", "route", "road", "back", "home",
	"away", "expelled", "withdrew", "withdrawn", "withdrawal", "departed", "escaped", "relocated")

// attributive nouns after a country name make it qualify the noun ("the
// Ukraine conflict") rather than name a place, even after "to" or "in".
var attributive = set("conflict", "war", "crisis", "issue", "question", "situation", "settlement", "border",
	"file", "policy", "peace", "deal", "talks", "negotiations", "dossier", "matter", "problem", "aid", "sanctions")

// directions make "of" locative: "north of Kharkiv".
var directions = set("north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
	"outskirts", "suburbs", "centre", "center")

// function words never carry the capital letter that makes a name a name,
// and never start a person's name.
var function = set("the", "a", "an", "of", "and", "or", "for", "in", "on", "at", "to", "by", "with", "from",
	"de", "al", "el", "la", "le", "du", "der", "van", "von", "bin", "ibn", "'s", "'", ".", ",")

// starters are capitalised words that begin sentences and are not first names.
var starters = set("the", "a", "an", "and", "but", "or", "so", "yet", "then", "now", "meanwhile", "however",
	"still", "also", "later", "earlier", "today", "yesterday", "tomorrow", "on", "in", "at", "as", "if", "when",
	"while", "after", "before", "since", "during", "last", "this", "that", "these", "those", "both", "neither",
	"official", "officials", "said", "says", "according", "under", "over", "with", "without", "for", "from",
	"to", "by", "why", "how", "what", "where", "who", "mr", "mrs", "ms", "dr", "president", "minister",
	"here", "there", "it", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "its",
	"first", "second", "third", "next", "once", "even", "only", "not", "no", "all", "many", "some")

// calendar words are capitalised without being part of a name.
var calendar = set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
	"november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")

// particles may sit inside a person's name.
var particles = set("bin", "ibn", "al", "el", "de", "da", "di", "du", "van", "von", "der", "den", "la", "le", "abu", "bint")

// qualifiers extend a title to the left without changing its office.
var qualifiers = set("former", "acting", "then", "outgoing", "incoming", "new", "top", "senior", "deputy",
	"vice", "first", "interim", "chief", "special", "current", "ex")

// institutions may stand between a state and a title: "Russian Foreign
// Ministry spokeswoman", "Ukraine's Defence Intelligence chief".
var institutions = set("foreign", "defence", "defense", "interior", "ministry", "department", "office",
	"government", "presidential", "military", "armed", "forces", "army", "navy", "security", "service",
	"intelligence", "general", "staff", "embassy", "mission", "delegation", "administration", "national",
	"state", "federal", "council", "cabinet", "affairs", "external", "justice", "finance", "economy",
	"energy", "health", "trade", "agriculture", "culture", "ministry's", "parliament", "parliamentary")

// milWords in a gap before a title make the office military.
var milWords = set("military", "armed", "forces", "army", "navy")

// Nouns after a state adjective that tell the sector of the state actor.
var (
	milNouns = set("troops", "forces", "army", "military", "navy", "soldiers", "servicemen", "warplanes", "jets",
		"artillery", "warships", "fleet", "units", "paratroopers", "marines", "generals", "commanders", "drones",
		"missiles", "air", "defence", "defense", "tanks", "battalion", "brigade", "brigades", "strikes", "shelling")
	govNouns = set("government", "officials", "authorities", "delegation", "diplomats", "negotiators", "ministry",
		"leadership", "side", "administration", "embassy", "cabinet", "leaders", "diplomacy", "envoy", "envoys",
		"parliament", "lawmakers", "team", "counterparts", "counterpart", "officials'", "regime")
	medNouns = set("media", "journalists", "press", "television", "tv", "broadcaster", "newspaper", "outlets", "reporters")
)

// eventNouns after a capital make it the place of an event: "the Istanbul
// talks", "the Minsk agreements".
var eventNouns = set("talks", "summit", "meeting", "meetings", "negotiations", "conference", "format", "process",
	"accord", "accords", "agreement", "agreements", "declaration", "round", "communique", "protocol",
	"memorandum", "airport", "forum", "ceasefire", "deal", "peace", "rally", "office", "bureau", "correspondent",
	"time", "region", "oblast", "province", "suburbs", "residents", "mayor", "metro")

// nameLike states are also common first names or surnames, so a capitalised
// word next to them makes them part of a person's name.
var nameLike = set("jordan", "chad", "georgia")

// usClues near "Georgia" point to the US state.
var usClues = set("atlanta", "governor", "gov", "county", "counties", "republican", "republicans", "democrat",
	"democrats", "democratic", "savannah", "augusta", "peach", "kemp", "raffensperger", "warnock", "ossoff",
	"gop", "senator", "congressman", "congresswoman", "primary", "electoral", "alabama", "florida", "texas",
	"ohio", "arizona", "michigan", "pennsylvania", "wisconsin", "nevada", "carolina", "tennessee", "virginia",
	"california", "iowa", "kentucky", "mississippi", "louisiana", "minnesota", "colorado", "oregon", "utah",
	"kansas", "missouri", "indiana", "illinois", "massachusetts", "maryland", "arkansas", "oklahoma", "nebraska",
	"montana", "idaho", "wyoming", "dakota", "vermont", "maine", "delaware", "connecticut", "hampshire")

// geoClues near "Georgia" point to the state in the Caucasus.
var geoClues = set("tbilisi", "georgian", "georgians", "ossetia", "abkhazia", "caucasus", "batumi", "kutaisi",
	"kobakhidze", "saakashvili", "zourabichvili", "kavelashvili", "ivanishvili", "caucasian")

// clauseWords after a place end the noun phrase: "in the US last week".
var clauseWords = set("last", "next", "this", "earlier", "later", "yesterday", "today", "tonight", "recently",
	"since", "until", "after", "before", "during", "when", "while", "where", "which", "who", "that", "as",
	"amid", "over", "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "said", "says")

// georgiaClues merges usClues and geoClues for one look-up per word.
var georgiaClues = func() map[string]uint8 {
	m := map[string]uint8{}
	for w := range usClues {
		m[w] |= usClue
	}
	for w := range geoClues {
		m[w] |= geoClue
	}
	return m
}()

const (
	usClue uint8 = 1 << iota
	geoClue
)
