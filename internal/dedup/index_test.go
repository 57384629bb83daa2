package dedup

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

func TestIndex(t *testing.T) {
	original, reprint, other := readTestdata(t, "original.txt"), readTestdata(t, "reprint.txt"), readTestdata(t, "other.txt")
	x := NewIndex()
	steps := []struct {
		id, text, group string
	}{
		{"c", reprint, "c"},
		{"d", other, "d"},
		{"e", "", "e"},       // no words: its own group
		{"f", "", "f"},       // and never grouped with another empty one
		{"b", original, "b"}, // a smaller ID renames the group
		{"g", original, "b"}, // an identical copy
		{"a", "Short note", "a"},
	}
	for _, s := range steps {
		if got := x.Add(s.id, Sketch(s.text)); got != s.group {
			t.Errorf("Add(%s) = %s, want %s", s.id, got, s.group)
		}
	}
	want := map[string]string{"a": "a", "b": "b", "c": "b", "d": "d", "e": "e", "f": "f", "g": "b", "unseen": "unseen"}
	for id, group := range want {
		if got := x.Group(id); got != group {
			t.Errorf("Group(%s) = %s, want %s", id, got, group)
		}
	}
	if got := x.Add("c", Sketch(other)); got != "b" || x.Len() != 7 {
		t.Errorf("adding c again: group %s, %d articles", got, x.Len())
	}
}

// TestIndexOrder adds chains of near-duplicates in many orders: each chain
// must end as one group named by its smallest ID, whatever the order.
func TestIndexOrder(t *testing.T) {
	type doc struct {
		id  string
		sig Signature
	}
	var docs []doc
	for story := range 6 {
		// Each version drops the first paragraph of the one before and
		// adds one at the end: neighbours are near-duplicates, the two
		// ends of the chain are not.
		paras := chainParagraphs(uint64(story))
		for v := range 4 {
			id := fmt.Sprintf("s%d-v%d", story, 3-v)
			docs = append(docs, doc{id, Sketch(strings.Join(paras[v:v+5], "\n\n"))})
		}
	}
	var first map[string]string
	rng := rand.New(rand.NewPCG(1, 2))
	for round := range 20 {
		x := NewIndex()
		for _, d := range docs {
			x.Add(d.id, d.sig)
		}
		groups := map[string]string{}
		for _, d := range docs {
			groups[d.id] = x.Group(d.id)
		}
		if round == 0 {
			first = groups
			for _, d := range docs {
				if want := d.id[:2] + "-v0"; groups[d.id] != want {
					t.Errorf("Group(%s) = %s, want %s", d.id, groups[d.id], want)
				}
			}
		} else if !mapsEqual(first, groups) {
			t.Fatalf("round %d: groups depend on the order: %v vs %v", round, groups, first)
		}
		rng.Shuffle(len(docs), func(i, j int) { docs[i], docs[j] = docs[j], docs[i] })
	}
}

func mapsEqual(a, b map[string]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

func TestChainEndsDiffer(t *testing.T) {
	// The order test relies on chains whose ends are not near-duplicates
	// themselves: check that premise.
	paras := chainParagraphs(1)
	a, b := Sketch(strings.Join(paras[0:5], "\n\n")), Sketch(strings.Join(paras[3:8], "\n\n"))
	if sim := Similarity(a, b); sim >= Threshold {
		t.Errorf("chain ends similarity %.3f", sim)
	}
}

// chainParagraphs returns eight paragraphs of 40 words drawn from a
// vocabulary of a few thousand, seeded by story.
func chainParagraphs(story uint64) []string {
	rng := rand.New(rand.NewPCG(story, 7))
	paras := make([]string, 8)
	for p := range paras {
		words := make([]string, 40)
		for w := range words {
			words[w] = fmt.Sprintf("w%d", rng.IntN(5000))
		}
		paras[p] = strings.Join(words, " ")
	}
	return paras
}
