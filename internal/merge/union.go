package merge

// node is a set member of Plan's union-find: a stored event, or a mention
// not yet in one.
type node struct {
	event bool
	id    string
}

func (a node) less(b node) bool {
	if a.event != b.event {
		return a.event
	}
	return a.id < b.id
}

// union is a union-find over the events and new mentions Plan joins.
type union struct{ parent map[node]node }

func newUnion() *union { return &union{parent: map[node]node{}} }

func (u *union) add(n node) {
	if _, ok := u.parent[n]; !ok {
		u.parent[n] = n
	}
}

func (u *union) has(n node) bool { _, ok := u.parent[n]; return ok }

// find returns the root of n, adding n as its own set when new. The root
// of a set is its smallest node, so that it does not depend on the order
// of unions.
func (u *union) find(n node) node {
	u.add(n)
	root := n
	for u.parent[root] != root {
		root = u.parent[root]
	}
	for n != root {
		next := u.parent[n]
		u.parent[n] = root
		n = next
	}
	return root
}

func (u *union) union(a, b node) {
	ra, rb := u.find(a), u.find(b)
	switch {
	case ra == rb:
	case ra.less(rb):
		u.parent[rb] = ra
	default:
		u.parent[ra] = rb
	}
}
