package actor

// Kind tells what a mention refers to.
type Kind uint8

// Mention kinds.
const (
	State Kind = iota + 1
	Org
	Person
	Place
)

// String returns the lower-case name of the kind, as listings print it.
func (k Kind) String() string {
	switch k {
	case State:
		return "state"
	case Org:
		return "org"
	case Person:
		return "person"
	case Place:
		return "place"
	}
	return "unknown"
}

// Mention is one actor or place found in a sentence.
type Mention struct {
	Start, End int // byte offsets in the sentence given
	Text       string
	Kind       Kind
	Name       string // canonical: "Sergey Lavrov", "Russia", "NATO", "Istanbul"
	Country    string // ISO3 of the state (a person's state; a place's country); "" for orgs and unknown
	Org        string // org code when the mention is an organisation or serves one
	Sector     string // GOV, MIL, IGO, MED …
	Office     string // for people: the office in force on the article date, or from the title
	Title      string // the title words found in the text, if any
	Via        string // how it was found: alias, surname, name, adjective, metonym, capital, title, office, place
	// Modifier marks a state or organisation that only qualifies a following
	// person or title ("Russian" in "Russian Foreign Minister Sergei
	// Lavrov"): its span lies inside that mention and it is not an actor of
	// its own.
	Modifier bool
}
