package query

// tally counts the values seen for one attribute of a node (its spellings,
// its states, its sectors) so that the graph shows the most frequent one
// whatever the order events arrived in. The common case, one value seen
// again and again, needs no map.
type tally struct {
	first string
	n     int
	more  map[string]int
}

func (t *tally) add(v string) {
	switch {
	case v == "":
	case v == t.first:
		t.n++
	case t.first == "":
		t.first, t.n = v, 1
	default:
		if t.more == nil {
			t.more = map[string]int{}
		}
		t.more[v]++
	}
}

// best returns the most frequent value, the smallest one among equals.
func (t *tally) best() string {
	best, n := t.first, t.n
	for v, c := range t.more {
		if c > n || c == n && v < best {
			best, n = v, c
		}
	}
	return best
}
