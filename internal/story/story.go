package story

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"slices"

	"github.com/chronicle-news/chronicle/internal/merge"
)

// Story is one developing story: its events and the articles that report
// them, with what a listing needs to show it.
type Story struct {
	// ID is "st-" and 12 hex digits of the SHA-256 of the smallest event
	// ID, so a story keeps its ID while events are added to it, unless a
	// smaller one joins.
	ID string `json:"id"`
	// Name is made from the story's content: its two leading sides, what
	// mostly happened, where, and when.
	Name string `json:"name"`
	// First and Last bound the story's days (YYYY-MM-DD); empty when no
	// event is dated or published.
	First string `json:"first,omitempty"`
	Last  string `json:"last,omitempty"`
	// Events are event IDs in time order (undated last), ties by ID.
	Events []string `json:"events"`
	// Articles are the IDs of the articles citing the events, sorted.
	Articles []string `json:"articles"`
	// Sources counts the distinct near-duplicate groups among Articles.
	Sources int `json:"sources"`
	// Actors are the leading sides, most involved first.
	Actors []string `json:"actors"`
	// Places are the events' locations, most frequent first.
	Places []string `json:"places"`
	// Types counts the events by PLOVER type, most frequent first.
	Types []TypeCount `json:"types"`
}

// TypeCount is the number of a story's events of one PLOVER type.
type TypeCount struct {
	Type  string `json:"type"`
	Count int    `json:"count"`
}

// Options tunes Cluster. The zero value gives the defaults.
type Options struct {
	// Gap is the longest time, in days, between two linked events
	// (default DefaultGap).
	Gap int
	// StateName names a state by its ISO 3166 alpha-3 code in story
	// names and actor lists, returning "" when it does not know the code.
	// When nil, or for an unknown code, a state is named by the name its
	// actors carry most often.
	StateName func(iso3 string) string
	// MinEvents leaves out stories of fewer events (`chronicle stories`
	// lists stories of two events and more by default); 0 keeps all.
	MinEvents int
}

const (
	// DefaultGap is three weeks: rounds of talks, strike and reply,
	// proposal and answer usually follow each other closer than that,
	// while a story that pauses longer is a new chapter.
	DefaultGap = 21
	// MaxSides is the most sides an event that joins no story of
	// two-sided events may have and still form a story with others like
	// it; wider events (a summit of twenty states) stay alone.
	MaxSides = 4
	// hubShare is the share of all events above which a side is a hub
	// that cannot link events by itself, unless at least hubFocus of its
	// two-sided events are with one partner; hubs need hubMin events at
	// least, so that a handful of events does not make every side a hub.
	hubShare = 0.05
	hubFocus = 0.6
	hubMin   = 8
	// topActors and topPlaces bound the lists of a Story.
	topActors = 6
	topPlaces = 5
)

// Cluster gathers events into stories with the default Options.
func Cluster(events []merge.Event) []Story { return ClusterWith(events, Options{}) }

// ClusterWith gathers events into stories, sorted by First then ID
// (undated stories last). Every event is in exactly one story (of those
// kept by MinEvents). The result
// does not depend on the order of events; events with one ID are taken to
// be one event and counted once.
func ClusterWith(events []merge.Event, opt Options) []Story {
	if opt.Gap <= 0 {
		opt.Gap = DefaultGap
	}
	if len(events) == 0 {
		return nil
	}
	g := newGraph(uniqueByID(events), opt.Gap)
	g.link(func(i int) bool { return g.nodes[i].core })
	attached := g.attach()
	// Events of a few sides that found no story (a series of three-way
	// talks) make stories of their own among themselves.
	g.link(func(i int) bool {
		n := &g.nodes[i]
		return !attached[i] && !n.core && n.dated && len(n.sides) > 2 && len(n.sides) <= MaxSides
	})
	comps := map[int][]int{}
	for i := range g.nodes {
		r := g.find(i)
		comps[r] = append(comps[r], i)
	}
	stories := make([]Story, 0, len(comps))
	for _, members := range comps {
		if len(members) >= opt.MinEvents {
			stories = append(stories, g.story(members, opt))
		}
	}
	slices.SortFunc(stories, func(a, b Story) int {
		if c := cmpDay(a.First, b.First); c != 0 {
			return c
		}
		return cmp.Compare(a.ID, b.ID)
	})
	return stories
}

// uniqueByID returns the events sorted by ID, one per ID.
func uniqueByID(events []merge.Event) []*merge.Event {
	out := make([]*merge.Event, len(events))
	for i := range events {
		out[i] = &events[i]
	}
	slices.SortFunc(out, func(a, b *merge.Event) int { return cmp.Compare(a.ID, b.ID) })
	return slices.CompactFunc(out, func(a, b *merge.Event) bool { return a.ID == b.ID })
}

// cmpDay orders days with the empty day last.
func cmpDay(a, b string) int {
	switch {
	case a == b:
		return 0
	case a == "":
		return 1
	case b == "":
		return -1
	}
	return cmp.Compare(a, b)
}

// storyID derives a story's ID from its smallest event ID.
func storyID(smallestEvent string) string {
	sum := sha256.Sum256([]byte(smallestEvent))
	return "st-" + hex.EncodeToString(sum[:6])
}
