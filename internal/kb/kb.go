package kb

import (
	"sort"
	"time"
)

// KB is a loaded knowledge base. It is immutable after Load and safe for
// concurrent use.
type KB struct {
	states    map[string]*State
	stateList []*State
	orgs      map[string]*Org
	orgList   []*Org
	people    map[string]*Person // by folded canonical name
	byAlias   map[string]*Person // by folded alias, first loaded wins
	peopleLst []*Person
	places    map[string]*Place // by folded canonical name
	placeAli  map[string]*Place
	placeList []*Place
	titles    []Title
	holders   map[string][]holding // office + "|" + state
	refs      []ref                // cross references checked by Check
}

// holding indexes one stint for Holder.
type holding struct {
	person *Person
	stint  int
}

// ref remembers where a row named another entry, so Check can point at it.
type ref struct {
	where, code, what string
}

// State is a sovereign or de facto state as news names it.
type State struct {
	ISO3, ISO2, Name string
	Aliases          []string
	Adjectives       []string
	Capital          string
	Metonyms         []Metonym
	Status           string // member | observer | other
}

// Metonym is a word that news uses for a state's government ("the Kremlin"),
// with the sector of the government it stands for ("the Pentagon" is MIL).
type Metonym struct{ Text, Sector string }

// Org is an international or major non-state organisation.
type Org struct {
	Code, Name   string
	Aliases      []string
	Kind, Sector string
	Members      []string
}

// Person is an actor known by name, with the offices held over time.
type Person struct {
	Name    string
	Aliases []string
	Stints  []Stint
}

// Stint is one office held by a person. State is an ISO3 code or an org code
// for officials of an organisation. A zero To means still in office.
type Stint struct {
	State, Sector, Office, Title string
	From, To                     time.Time
}

// Place is a city, region, site or sea that news locates events in.
type Place struct {
	Name     string
	Aliases  []string
	Country  string
	Kind     string
	Lat, Lon float64
}

// Title is a phrase that tells an office and sector ("secretary of state"),
// and for state-specific titles the state.
type Title struct{ Phrase, Office, Sector, State string }

// State returns the state with the ISO3 code.
func (k *KB) State(iso3 string) (*State, bool) {
	s, ok := k.states[iso3]
	return s, ok
}

// Org returns the organisation with the code.
func (k *KB) Org(code string) (*Org, bool) {
	o, ok := k.orgs[code]
	return o, ok
}

// Person returns the person by canonical name or alias, compared folded.
func (k *KB) Person(name string) (*Person, bool) {
	f := Fold(name)
	if p, ok := k.people[f]; ok {
		return p, true
	}
	p, ok := k.byAlias[f]
	return p, ok
}

// Place returns the place by canonical name or alias, compared folded.
func (k *KB) Place(name string) (*Place, bool) {
	f := Fold(name)
	if p, ok := k.places[f]; ok {
		return p, true
	}
	p, ok := k.placeAli[f]
	return p, ok
}

// States lists every state, sorted by ISO3; callers must not modify them.
func (k *KB) States() []*State { return k.stateList }

// Orgs lists every organisation, sorted by code; callers must not modify them.
func (k *KB) Orgs() []*Org { return k.orgList }

// People lists every person, sorted by name; callers must not modify them.
func (k *KB) People() []*Person { return k.peopleLst }

// Places lists every place, sorted by name; callers must not modify them.
func (k *KB) Places() []*Place { return k.placeList }

// Titles lists the title phrases in load order.
func (k *KB) Titles() []Title { return k.titles }

// sortLists orders the listings once loading is done.
func (k *KB) sortLists() {
	sort.Slice(k.stateList, func(i, j int) bool { return k.stateList[i].ISO3 < k.stateList[j].ISO3 })
	sort.Slice(k.orgList, func(i, j int) bool { return k.orgList[i].Code < k.orgList[j].Code })
	sort.Slice(k.peopleLst, func(i, j int) bool { return k.peopleLst[i].Name < k.peopleLst[j].Name })
	sort.Slice(k.placeList, func(i, j int) bool { return k.placeList[i].Name < k.placeList[j].Name })
}
