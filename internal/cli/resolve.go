package cli

import (
	"fmt"
	"strings"

	"github.com/chronicle-news/chronicle/internal/kb"
)

// actorKeys turns what a user typed after --actor into the identity keys
// stored events are indexed by: a state matches itself and everyone acting
// for it ("c:RUS"), a person or organisation its canonical name
// ("n:sergey lavrov"). Names the knowledge base does not know (a
// spokesperson found by title) still match by their folded spelling.
func actorKeys(k *kb.KB, typed string) ([]string, error) {
	q := strings.TrimSpace(typed)
	if q == "" {
		return nil, usageError{fmt.Errorf("--actor: empty name")}
	}
	keys := []string{"n:" + kb.Fold(q)}
	// Search ranks entries that bear the words as their own name first;
	// the best actor among them is what the user meant.
	for _, e := range k.Search(q, 5) {
		switch e.Kind {
		case "state":
			return appendNew(keys, "c:"+e.Code), nil
		case "person", "org":
			return appendNew(keys, "n:"+kb.Fold(e.Name)), nil
		}
	}
	return keys, nil
}

func appendNew(keys []string, k string) []string {
	for _, have := range keys {
		if have == k {
			return keys
		}
	}
	return append(keys, k)
}
