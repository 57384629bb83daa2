package query

// maxExamples bounds the example events kept per edge.
const maxExamples = 5

type edgeKey struct {
	a, b     int32
	directed bool
}

type edge struct {
	key         edgeKey
	total       int
	types       [len(ploverTypes)]int32
	other       map[string]int
	first, last string
	examples    []example
	lastSeq     int
}

type example struct {
	id      string
	sources int
	first   string
}

// count adds the event x (of type typ, whose days end on last) to the
// edge, once per event.
func (n *Network) count(k edgeKey, typ, last string, x example) {
	packed := uint64(uint32(k.a))<<33 | uint64(uint32(k.b))<<1
	if k.directed {
		packed |= 1
	}
	i, ok := n.edgeIndex[packed]
	if !ok {
		i = int32(len(n.edges))
		n.edges = append(n.edges, edge{key: k})
		n.edgeIndex[packed] = i
	}
	ed := &n.edges[i]
	if ed.lastSeq == n.seq {
		return
	}
	ed.lastSeq = n.seq
	ed.total++
	if t := typeIndex(typ); t >= 0 {
		ed.types[t]++
	} else {
		if ed.other == nil {
			ed.other = map[string]int{}
		}
		ed.other[typ]++
	}
	if x.first != "" && (ed.first == "" || x.first < ed.first) {
		ed.first = x.first
	}
	if last != "" && last > ed.last {
		ed.last = last
	}
	ed.addExample(x)
}

// better orders examples: more sources first, then earlier, then by ID, so
// the kept five do not depend on the order of Adds.
func better(a, b example) bool {
	if a.sources != b.sources {
		return a.sources > b.sources
	}
	if a.first != b.first {
		return a.first != "" && (b.first == "" || a.first < b.first)
	}
	return a.id < b.id
}

func (ed *edge) addExample(x example) {
	if x.id == "" {
		return
	}
	if len(ed.examples) == maxExamples && !better(x, ed.examples[maxExamples-1]) {
		return
	}
	for _, have := range ed.examples {
		if have.id == x.id {
			return
		}
	}
	pos := len(ed.examples)
	for pos > 0 && better(x, ed.examples[pos-1]) {
		pos--
	}
	if len(ed.examples) < maxExamples {
		ed.examples = append(ed.examples, example{})
	}
	copy(ed.examples[pos+1:], ed.examples[pos:])
	ed.examples[pos] = x
}
