package query

import (
	"encoding/json"

	"github.com/chronicle-news/chronicle/internal/article"
	"github.com/chronicle-news/chronicle/internal/merge"
)

// Roles of an actor in a Position.
const (
	// RoleBy marks what the actor itself requested, rejected, conceded,
	// agreed, accused or threatened.
	RoleBy = "by"
	// RoleOf marks what others requested of, or threatened, the actor.
	RoleOf = "of"
)

// positionVerbs are the event types that state a position, with the verb
// that tells it; only requests and threats are also positions of the
// recipient (what was demanded of it).
var positionVerbs = map[string]string{
	"REQUEST":  "requested",
	"REJECT":   "rejected",
	"CONCEDE":  "conceded",
	"AGREE":    "agreed",
	"ACCUSE":   "accused",
	"THREATEN": "threatened",
}

var demandedOf = map[string]bool{"REQUEST": true, "THREATEN": true}

// Position is one stand an actor took, or one demand made of it, as the
// merged record tells it.
type Position struct {
	// Event is the merged event's ID.
	Event string `json:"event"`
	// Date is the event's date at its precision (YYYY-MM-DD, YYYY-Www,
	// YYYY-MM), empty when no report dates it.
	Date string `json:"date"`
	// Type is the PLOVER type; Verb says it in words ("requested").
	Type string `json:"type"`
	Verb string `json:"verb"`
	// Role is RoleBy or RoleOf.
	Role string `json:"role"`
	// Actors are the matched actors as the event names them; Counterparts
	// the other side: the recipients of what the actor did, or the actors
	// that demanded something of it.
	Actors       []article.Actor `json:"actors"`
	Counterparts []article.Actor `json:"counterparts"`
	Status       string          `json:"status"`
	// Location is where the event took place, nil when unknown.
	Location *article.Place `json:"location"`
	// Sentence is the report that best tells the position: the earliest
	// one that names the matched actor.
	Sentence  string     `json:"sentence"`
	Citations []Citation `json:"citations"`
	// first orders positions by day (see SortPositions).
	first string
}

// MarshalJSON writes a position with a null date when no report dates it,
// as the timeline contract does for events.
func (p Position) MarshalJSON() ([]byte, error) {
	type plain Position
	var date *string
	if p.Date != "" {
		date = &p.Date
	}
	return json.Marshal(struct {
		Date *string `json:"date"`
		plain
	}{date, plain(p)})
}

// Citation is one article that reports a position.
type Citation struct {
	Article   string            `json:"article"`
	Source    string            `json:"source"`
	Outlet    string            `json:"outlet"`
	Published article.Published `json:"published"`
	Sentence  string            `json:"sentence"`
}

// Positions returns what the actors m matches requested, rejected,
// conceded, agreed, accused and threatened (RoleBy), and what was requested
// of them or threatened against them (RoleOf), ordered by date. Events of
// other types, and events the actor is not in, give nothing.
func Positions(events []merge.Event, m Matcher) []Position {
	var out []Position
	for i := range events {
		if p, ok := PositionOf(&events[i], m); ok {
			out = append(out, p)
		}
	}
	SortPositions(out)
	return out
}

// PositionOf returns the position one event states for the actors m
// matches, for callers that stream events.
func PositionOf(e *merge.Event, m Matcher) (Position, bool) {
	verb, ok := positionVerbs[e.Type]
	if !ok {
		return Position{}, false
	}
	p := Position{Event: e.ID, Date: e.Date, Type: e.Type, Verb: verb, Status: e.Status, Location: e.Location}
	switch mine, others := split(e.Actors, m); {
	case len(mine) > 0:
		p.Role, p.Actors = RoleBy, mine
		p.Counterparts = e.Recipients
		if len(p.Counterparts) == 0 {
			p.Counterparts = others
		}
	case demandedOf[e.Type] && m.MatchAny(e.Recipients):
		p.Role = RoleOf
		p.Actors, _ = split(e.Recipients, m)
		p.Counterparts = e.Actors
	default:
		return Position{}, false
	}
	if p.Counterparts == nil {
		p.Counterparts = []article.Actor{}
	}
	p.Citations, p.Sentence = cite(e.Mentions, m, p.Role)
	first, _ := eventRange(e.First, e.Last, e.Date)
	if first == "" && len(p.Citations) > 0 {
		first = p.Citations[0].Published.Day()
	}
	p.first = first
	return p, true
}

// split divides actors into those m matches and the rest.
func split(actors []article.Actor, m Matcher) (mine, others []article.Actor) {
	for _, a := range actors {
		if m.Match(a) {
			mine = append(mine, a)
		} else {
			others = append(others, a)
		}
	}
	return mine, others
}
