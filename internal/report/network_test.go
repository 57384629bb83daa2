package report

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle/internal/article"
	"github.com/chronicle-news/chronicle/internal/merge"
	"github.com/chronicle-news/chronicle/internal/query"
)

// hostileNames are actor names a scraped page could carry and that must
// not break any format.
var hostileNames = []string{
	`Dmitry "the Hammer" Medvedev`,
	"Line one\nline two",
	`<script>alert("x")</script>`,
	`{ braces } and [brackets]; -> arrows`,
	`back\slash at end\`,
	`quote at end"`,
	"tab\there & ampersand",
	"bell\x07 and nul\x00",
	"Зеленський",
}

func hostileGraph() query.Graph {
	n := query.NewNetwork()
	for i := range hostileNames {
		a := article.Actor{Name: hostileNames[i], Country: "UKR"}
		b := article.Actor{Name: hostileNames[(i+1)%len(hostileNames)], Sector: `GOV"`}
		n.Add(merge.Event{ID: fmt.Sprintf("ev%d", i), Type: "CONSULT", Date: "2025-03-0" + fmt.Sprint(1+i%9),
			Actors: []article.Actor{a}, Recipients: []article.Actor{b}})
		n.Add(merge.Event{ID: fmt.Sprintf("ev%d<&>", i), Type: "WEIRD TYPE", Actors: []article.Actor{a, b}})
	}
	return n.Graph()
}

type parsedGraphML struct {
	XMLName xml.Name `xml:"http://graphml.graphdrawing.org/xmlns graphml"`
	Keys    []struct {
		ID   string `xml:"id,attr"`
		For  string `xml:"for,attr"`
		Name string `xml:"attr.name,attr"`
		Type string `xml:"attr.type,attr"`
	} `xml:"key"`
	Graph struct {
		EdgeDefault string `xml:"edgedefault,attr"`
		Nodes       []struct {
			ID   string    `xml:"id,attr"`
			Data []gmlData `xml:"data"`
		} `xml:"node"`
		Edges []struct {
			Source   string    `xml:"source,attr"`
			Target   string    `xml:"target,attr"`
			Directed bool      `xml:"directed,attr"`
			Data     []gmlData `xml:"data"`
		} `xml:"edge"`
	} `xml:"graph"`
}

func TestGraphMLReadsBack(t *testing.T) {
	for name, g := range map[string]query.Graph{"fixtures": fixtureGraph(), "hostile": hostileGraph(), "empty": {}} {
		var b bytes.Buffer
		if err := WriteNetworkGraphML(&b, g); err != nil {
			t.Fatal(err)
		}
		var doc parsedGraphML
		if err := xml.Unmarshal(b.Bytes(), &doc); err != nil {
			t.Fatalf("%s: GraphML does not parse: %v\n%s", name, err, b.Bytes())
		}
		declared := map[string]string{}
		for _, k := range doc.Keys {
			declared[k.ID] = k.For
		}
		nodes := map[string]string{}
		for _, n := range doc.Graph.Nodes {
			for _, d := range n.Data {
				if declared[d.Key] != "node" {
					t.Errorf("%s: node data key %q not declared for nodes", name, d.Key)
				}
				if d.Key == "key" {
					nodes[n.ID] = d.Value
				}
			}
		}
		if len(doc.Graph.Nodes) != len(g.Nodes) || len(doc.Graph.Edges) != len(g.Edges) {
			t.Errorf("%s: %d nodes, %d edges; want %d, %d", name, len(doc.Graph.Nodes), len(doc.Graph.Edges), len(g.Nodes), len(g.Edges))
		}
		for i, e := range doc.Graph.Edges {
			for _, d := range e.Data {
				if declared[d.Key] != "edge" {
					t.Errorf("%s: edge data key %q not declared for edges", name, d.Key)
				}
			}
			if nodes[e.Source] != g.Edges[i].Source || nodes[e.Target] != g.Edges[i].Target || e.Directed != g.Edges[i].Directed {
				t.Errorf("%s: edge %d reads back as %s→%s, want %s→%s", name, i, nodes[e.Source], nodes[e.Target], g.Edges[i].Source, g.Edges[i].Target)
			}
		}
		// Names survive, except characters XML 1.0 cannot hold.
		for i, n := range doc.Graph.Nodes {
			for _, d := range n.Data {
				if d.Key == "name" && d.Value != g.Nodes[i].Name && !strings.ContainsAny(g.Nodes[i].Name, "\x00\x07") {
					t.Errorf("%s: name %q read back as %q", name, g.Nodes[i].Name, d.Value)
				}
			}
		}
	}
}

// dotStatements tokenises DOT the way Graphviz does (quoted strings with
// backslash escapes, punctuation, bare words) and returns the statements
// inside the graph body, failing on anything unbalanced.
func dotStatements(t *testing.T, src string) [][]string {
	t.Helper()
	var toks []string
	for i := 0; i < len(src); {
		c := src[i]
		switch {
		case c == ' ' || c == '\n' || c == '\t':
			i++
		case c == '"':
			j := i + 1
			var b strings.Builder
			for ; j < len(src) && src[j] != '"'; j++ {
				if src[j] == '\n' {
					t.Fatalf("raw newline inside a quoted string at %d", j)
				}
				if src[j] == '\\' && j+1 < len(src) {
					j++
					switch src[j] {
					case 'n':
						b.WriteByte('\n')
					default:
						b.WriteByte(src[j])
					}
					continue
				}
				b.WriteByte(src[j])
			}
			if j >= len(src) {
				t.Fatalf("unterminated string at %d", i)
			}
			toks = append(toks, "\x00"+b.String())
			i = j + 1
		case strings.IndexByte("{}[];=,", c) >= 0:
			toks = append(toks, string(c))
			i++
		case c == '-' && i+1 < len(src) && src[i+1] == '>':
			toks = append(toks, "->")
			i += 2
		default:
			j := i
			for j < len(src) && strings.IndexByte(" \n\t\"{}[];=,", src[j]) < 0 {
				j++
			}
			toks = append(toks, src[i:j])
			i = j
		}
	}
	if len(toks) < 3 || toks[0] != "digraph" || toks[2] != "{" || toks[len(toks)-1] != "}" {
		t.Fatalf("not one digraph: %q…", toks[:min(len(toks), 3)])
	}
	var stmts [][]string
	var cur []string
	depth := 0
	for _, tok := range toks[3 : len(toks)-1] {
		switch tok {
		case "{", "}":
			t.Fatalf("brace outside a string in the graph body")
		case "[":
			depth++
		case "]":
			depth--
		}
		if tok == ";" && depth == 0 {
			stmts = append(stmts, cur)
			cur = nil
			continue
		}
		cur = append(cur, tok)
	}
	if depth != 0 || len(cur) != 0 {
		t.Fatalf("unbalanced attribute list or unterminated statement: %q", cur)
	}
	return stmts
}

func TestDOTQuoting(t *testing.T) {
	g := hostileGraph()
	var b bytes.Buffer
	if err := WriteNetworkDOT(&b, g); err != nil {
		t.Fatal(err)
	}
	stmts := dotStatements(t, b.String())
	var nodeIDs, edgeIDs []string
	for _, s := range stmts {
		switch {
		case len(s) > 0 && (s[0] == "graph" || s[0] == "node"):
		case len(s) >= 3 && s[1] == "->":
			edgeIDs = append(edgeIDs, strings.TrimPrefix(s[0], "\x00"), strings.TrimPrefix(s[2], "\x00"))
		case len(s) >= 1 && strings.HasPrefix(s[0], "\x00"):
			nodeIDs = append(nodeIDs, s[0][1:])
		default:
			t.Errorf("unexpected statement %q", s)
		}
	}
	if len(nodeIDs) != len(g.Nodes) || len(edgeIDs) != 2*len(g.Edges) {
		t.Fatalf("%d node and %d edge statements; want %d and %d\n%s", len(nodeIDs), len(edgeIDs)/2, len(g.Nodes), len(g.Edges), b.String())
	}
	for i, n := range g.Nodes {
		if nodeIDs[i] != dotID(n.ID) {
			t.Errorf("node ID %q read back as %q", n.ID, nodeIDs[i])
		}
	}
	for i, e := range g.Edges {
		if edgeIDs[2*i] != dotID(e.Source) || edgeIDs[2*i+1] != dotID(e.Target) {
			t.Errorf("edge %q -> %q read back as %q -> %q", e.Source, e.Target, edgeIDs[2*i], edgeIDs[2*i+1])
		}
	}
}

// dotID is what a DOT reader gets back for an ID: the ID itself, with the
// control characters other than line breaks made spaces.
func dotID(id string) string {
	if strings.HasSuffix(id, `\`) {
		id += " "
	}
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\r':
			return -1
		case r != '\n' && unsafeRune(r):
			return ' '
		}
		return r
	}, id)
}

func TestNetworkJSONLists(t *testing.T) {
	var b bytes.Buffer
	if err := WriteNetworkJSON(&b, query.Graph{}); err != nil {
		t.Fatal(err)
	}
	var doc map[string][]any
	if err := json.Unmarshal(b.Bytes(), &doc); err != nil || doc["nodes"] == nil || doc["edges"] == nil {
		t.Errorf("empty graph = %s (%v)", b.Bytes(), err)
	}
}

func FuzzDOTQuote(f *testing.F) {
	for _, s := range hostileNames {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		q := dotQuote(s)
		stmts := dotStatements(t, "digraph g {\n"+q+";\n}\n")
		if len(stmts) != 1 || len(stmts[0]) != 1 {
			t.Fatalf("%q quoted as %s is not one token", s, q)
		}
	})
}
