package merge

import "github.com/chronicle-news/chronicle/internal/article"

// Source is the article a mention comes from, as timelines cite it.
type Source struct {
	// Article is the article ID; Source the path or URL it was read from.
	Article string `json:"article"`
	Source  string `json:"source"`
	Outlet  string `json:"outlet"`
	Title   string `json:"title,omitempty"`
	// Published is the article's publication time; mentions without a
	// date of their own are placed near it.
	Published article.Published `json:"published"`
	// Group names the article's near-duplicate group (syndicated copies
	// and reprints share one); an event counts each group once as a source.
	// Empty means the article is its own group.
	Group string `json:"group,omitempty"`
}

// Mention is one event mention with the article it was found in.
type Mention struct {
	// ID is stable across runs: the article ID, a colon and the mention's
	// index in the article's event list.
	ID string `json:"id"`
	Source
	Event article.Event `json:"event"`
	// EventID is the merged event the mention belongs to, set by stores
	// when they hand mentions back to Plan; empty for new mentions.
	EventID string `json:"-"`
}

// Event is one real-world event merged from its mentions. Its JSON form is
// the timeline contract of DESIGN.md (see MarshalJSON): unknown date, mode
// and location are null, lists are never null, and each mention is
// flattened into its citation and what its article said.
type Event struct {
	// ID is derived from the smallest mention ID of the event, so equal
	// mention sets always give equal IDs whatever the arrival order.
	ID     string `json:"id"`
	Type   string `json:"type"`
	Mode   string `json:"mode,omitempty"`
	Status string `json:"status"`
	// Date is the best-supported date at its finest agreeing precision
	// (YYYY-MM-DD, YYYY-Www, YYYY-MM or YYYY); empty when no mention dates it.
	Date string `json:"date,omitempty"`
	// First and Last bound the days Date may mean (equal for a day), the
	// range stores index and timelines sort by.
	First, Last string          `json:"-"`
	Actors      []article.Actor `json:"actors"`
	Recipients  []article.Actor `json:"recipients"`
	Location    *article.Place  `json:"location"`
	// Sources counts distinct near-duplicate groups among the mentions'
	// articles: a wire story reprinted ten times is one source.
	Sources    int     `json:"sources"`
	Confidence float64 `json:"confidence"`
	// History lists the statuses reports gave, oldest report first: how a
	// proposed meeting became planned and then happened.
	History []StatusReport `json:"status_history"`
	// Conflicts keeps what the reports disagree on (date, mode,
	// location, who initiated); nothing is silently dropped.
	Conflicts []Conflict `json:"conflicts"`
	Mentions  []Mention  `json:"mentions"`
}

// StatusReport is the status one article gave an event when it was published.
type StatusReport struct {
	Status    string            `json:"status"`
	Published article.Published `json:"published"`
	Article   string            `json:"article"`
	Outlet    string            `json:"outlet"`
}

// Conflict is one field that the mentions of an event disagree on.
type Conflict struct {
	// Field is "date", "mode", "location" or "initiator".
	Field  string          `json:"field"`
	Values []ConflictValue `json:"values"`
}

// ConflictValue is one reported value and the mentions that report it.
type ConflictValue struct {
	Value    string   `json:"value"`
	Mentions []string `json:"mentions"`
}
