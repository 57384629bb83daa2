package article

// Event is one event mention in an article, in the shape of the extract
// contract. The events stage fills it.
type Event struct {
	Type       string  `json:"type"`
	Mode       *string `json:"mode"`
	Status     string  `json:"status"`
	Date       *string `json:"date"`
	Actors     []Actor `json:"actors"`
	Recipients []Actor `json:"recipients"`
	Location   *Place  `json:"location"`
	Sentence   string  `json:"sentence"`
	// Span is where Sentence stands in the article body, in characters
	// (Unicode code points, as most languages index strings), end excluded.
	Span       [2]int  `json:"span"`
	Confidence float64 `json:"confidence"`
	// PloverMode is PLOVER's own mode word for types other than CONSULT
	// (RETREAT: release, withdraw, ceasefire; ASSAULT: aerial, drone …).
	PloverMode string `json:"plover_mode,omitempty"`
	// Attribution names who reports the event ("Russian Foreign Ministry").
	Attribution string `json:"attribution,omitempty"`
	// Trigger is the word or phrase that signals the event; Explain lists the
	// rules and features that fired, for `extract --explain`.
	Trigger string   `json:"trigger,omitempty"`
	Explain []string `json:"-"`
}

// Actor is a participant in an event: a person, a state or an organisation.
type Actor struct {
	Name    string `json:"name"`
	Country string `json:"country,omitempty"`
	Sector  string `json:"sector,omitempty"`
}

// Place is where an event happened.
type Place struct {
	Name    string `json:"name"`
	Country string `json:"country,omitempty"`
}
