package merge

import (
	"context"
	"fmt"
	"slices"
	"strings"
)

// Plan merges newly added mentions into what idx holds. Each new mention
// joins every stored event holding a mention Compatible with it, and the
// new mentions of the batch join each other; events only ever grow, so
// the result is the connected components of Compatible over everything,
// whatever the order of arrival. A new mention whose ID idx already holds
// is that stored mention: adding an article twice changes nothing.
//
// Result.Events holds every event touched, rebuilt from all its mentions;
// Result.Removed the stored events absorbed into another.
func Plan(ctx context.Context, idx Index, added []Mention) (Result, error) {
	p := &planner{uf: newUnion(), facts: map[string]*facts{}, joined: map[string]Mention{}}
	for i, m := range added {
		if m.ID == "" {
			return Result{}, fmt.Errorf("merge plan: mention %d of %s has no ID", i, m.Article)
		}
	}
	added = uniqueSorted(added)
	for _, m := range added {
		p.uf.add(mentionNode(m.ID))
	}
	for _, m := range added {
		if err := p.link(ctx, idx, m); err != nil {
			return Result{}, err
		}
	}
	joinBatch(added, p.factsOf, func(a, b string) { p.uf.union(mentionNode(a), mentionNode(b)) })
	return p.result(ctx, idx, added)
}

// planner holds what Plan learns while it links new mentions.
type planner struct {
	uf    *union
	facts map[string]*facts // by mention ID, computed once
	// joined are the stored candidates new mentions join, kept with
	// their event even should idx.Mentions miss one of them.
	joined map[string]Mention
}

// Nodes of the union-find: stored events and new (or eventless) mentions.
func mentionNode(id string) node { return node{false, id} }
func eventNode(id string) node   { return node{true, id} }

func (p *planner) factsOf(m Mention) *facts {
	f, ok := p.facts[m.ID]
	if !ok {
		f = factsOf(m)
		p.facts[m.ID] = f
	}
	return f
}

// nodeOf is the node a stored mention stands for: its event.
func nodeOf(m Mention) node {
	if m.EventID != "" {
		return eventNode(m.EventID)
	}
	return mentionNode(m.ID)
}

// link joins a new mention with the events of the stored candidates it is
// Compatible with.
func (p *planner) link(ctx context.Context, idx Index, m Mention) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("merge plan: %w", err)
	}
	q, ok := QueryOf(m)
	if !ok {
		return nil
	}
	cands, err := idx.Candidates(ctx, q)
	if err != nil {
		return fmt.Errorf("merge plan: candidates of %s: %w", m.ID, err)
	}
	for _, c := range cands {
		// A candidate with the new mention's ID is the same mention,
		// stored before: joining its event makes adding it a no-op.
		if c.ID != m.ID {
			if ok, _ := check(m, c, p.factsOf(m), p.factsOf(c), false); !ok {
				continue
			}
		}
		p.joined[c.ID] = c
		p.uf.union(mentionNode(m.ID), nodeOf(c))
	}
	return nil
}

// result loads every mention of the touched events and builds one event
// per connected component.
func (p *planner) result(ctx context.Context, idx Index, added []Mention) (Result, error) {
	var touched []string
	for n := range p.uf.parent {
		if n.event {
			touched = append(touched, n.id)
		}
	}
	slices.Sort(touched)
	var old []Mention
	if len(touched) > 0 {
		var err error
		if old, err = idx.Mentions(ctx, touched); err != nil {
			return Result{}, fmt.Errorf("merge plan: mentions of %d events: %w", len(touched), err)
		}
	}
	groups := map[node][]Mention{}
	// Stored copies come first so that a mention added again keeps what
	// the store holds (Build keeps the first of equal IDs).
	for _, m := range old {
		n := nodeOf(m)
		if !p.uf.has(n) {
			n = mentionNode(m.ID) // not asked for: an event of its own
		}
		r := p.uf.find(n)
		groups[r] = append(groups[r], m)
	}
	for _, m := range p.joined {
		r := p.uf.find(nodeOf(m))
		groups[r] = append(groups[r], m)
	}
	for _, m := range added {
		r := p.uf.find(mentionNode(m.ID))
		groups[r] = append(groups[r], m)
	}
	res := Result{Events: make([]Event, 0, len(groups)), Removed: []string{}, Renamed: map[string]string{}}
	alive := map[string]bool{}
	for _, ms := range groups {
		var former []string
		for _, m := range ms {
			if m.EventID != "" {
				former = append(former, m.EventID) // read before Build sets it anew
			}
		}
		ev := Build(ms)
		alive[ev.ID] = true
		for _, id := range former {
			if id != ev.ID {
				res.Renamed[id] = ev.ID
			}
		}
		res.Events = append(res.Events, ev)
	}
	for _, id := range touched {
		if !alive[id] {
			res.Removed = append(res.Removed, id)
		}
	}
	slices.SortFunc(res.Events, func(a, b Event) int { return strings.Compare(a.ID, b.ID) })
	return res, nil
}

// joinBatch calls join for every Compatible pair of new mentions, looking
// only at pairs of one type that share an identity.
func joinBatch(ms []Mention, factsFor func(Mention) *facts, join func(a, b string)) {
	if len(ms) < 2 {
		return
	}
	type cell struct {
		typ  string
		side ident
	}
	byKey := map[cell][]int{}
	for i, m := range ms {
		f := factsFor(m)
		if !f.dated {
			continue
		}
		for _, k := range f.sides {
			c := cell{m.Event.Type, k}
			byKey[c] = append(byKey[c], i)
		}
	}
	type pair struct{ a, b int }
	tried := map[pair]bool{}
	for _, idxs := range byKey {
		for x := 0; x < len(idxs); x++ {
			for y := x + 1; y < len(idxs); y++ {
				p := pair{idxs[x], idxs[y]}
				if tried[p] {
					continue
				}
				tried[p] = true
				if ok, _ := check(ms[p.a], ms[p.b], factsFor(ms[p.a]), factsFor(ms[p.b]), false); ok {
					join(ms[p.a].ID, ms[p.b].ID)
				}
			}
		}
	}
}
