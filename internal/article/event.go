package article

// Event is one event mention in an article, in the shape of the extract
// contract. The events stage fills it; until then articles carry none.
type Event struct {
	Type       string  `json:"type"`
	Mode       *string `json:"mode"`
	Status     string  `json:"status"`
	Date       *string `json:"date"`
	Actors     []Actor `json:"actors"`
	Recipients []Actor `json:"recipients"`
	Location   *Place  `json:"location"`
	Sentence   string  `json:"sentence"`
	Span       [2]int  `json:"span"`
	Confidence float64 `json:"confidence"`
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
