package merge

import (
	"cmp"
	"slices"
	"strings"

	"github.com/chronicle-news/chronicle/internal/article"
)

// tally is one participant across the mentions of an event.
type tally struct {
	actor article.Actor
	key   string
	// asActor and asRecipient count the mentions naming it in each role;
	// firstRole is its role in the smallest mention that names it.
	asActor, asRecipient int
	firstRole            int
}

// participantsOf merges the actors and recipients of the mentions: one
// entry per folded name, in the role most mentions give it (the smallest
// mention decides a tie), most supported first.
func participantsOf(ms []Mention) (actors, recipients []article.Actor) {
	byKey := map[string]*tally{}
	var order []*tally
	count := func(as []article.Actor, role int) {
		for _, a := range as {
			k := fold(a.Name)
			if k == "" {
				continue
			}
			t, ok := byKey[k]
			if !ok {
				t = &tally{actor: a, key: k, firstRole: role}
				byKey[k] = t
				order = append(order, t)
			}
			if t.actor.Country == "" {
				t.actor.Country = a.Country
			}
			if t.actor.Sector == "" {
				t.actor.Sector = a.Sector
			}
			if role == 0 {
				t.asActor++
			} else {
				t.asRecipient++
			}
		}
	}
	for _, m := range ms {
		count(m.Event.Actors, 0)
		count(m.Event.Recipients, 1)
	}
	slices.SortStableFunc(order, func(a, b *tally) int {
		return cmp.Or((b.asActor+b.asRecipient)-(a.asActor+a.asRecipient), strings.Compare(a.key, b.key))
	})
	actors, recipients = []article.Actor{}, []article.Actor{}
	for _, t := range order {
		if t.asActor > t.asRecipient || t.asActor == t.asRecipient && t.firstRole == 0 {
			actors = append(actors, t.actor)
		} else {
			recipients = append(recipients, t.actor)
		}
	}
	return actors, recipients
}
