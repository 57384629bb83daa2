package report

import (
	"bufio"
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/chronicle-news/chronicle/internal/query"
)

// graphmlNS is the GraphML namespace that Gephi, yEd, NetworkX and igraph
// expect.
const graphmlNS = "http://graphml.graphdrawing.org/xmlns"

type gmlKey struct {
	XMLName xml.Name `xml:"key"`
	ID      string   `xml:"id,attr"`
	For     string   `xml:"for,attr"`
	Name    string   `xml:"attr.name,attr"`
	Type    string   `xml:"attr.type,attr"`
}

type gmlData struct {
	Key   string `xml:"key,attr"`
	Value string `xml:",chardata"`
}

type gmlNode struct {
	XMLName xml.Name  `xml:"node"`
	ID      string    `xml:"id,attr"`
	Data    []gmlData `xml:"data"`
}

type gmlEdge struct {
	XMLName  xml.Name  `xml:"edge"`
	ID       string    `xml:"id,attr"`
	Source   string    `xml:"source,attr"`
	Target   string    `xml:"target,attr"`
	Directed bool      `xml:"directed,attr"`
	Data     []gmlData `xml:"data"`
}

// WriteNetworkGraphML writes the graph as GraphML. Every attribute is
// declared as a key; each PLOVER type present gets an integer edge key of
// its own ("type_CONSULT") so tools can weight or filter by it. Node IDs
// are positional ("n0", "n1"…), since identity keys may hold characters XML
// does not allow; the identity key is the "key" attribute.
func WriteNetworkGraphML(w io.Writer, g query.Graph) error {
	bw := bufio.NewWriter(w)
	enc := xml.NewEncoder(bw)
	enc.Indent("", "  ")
	if err := writeGraphML(bw, enc, g); err != nil {
		return fmt.Errorf("write GraphML: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write GraphML: %w", err)
	}
	return nil
}

func writeGraphML(bw *bufio.Writer, enc *xml.Encoder, g query.Graph) error {
	if _, err := bw.WriteString(xml.Header); err != nil {
		return err
	}
	root := xml.StartElement{Name: xml.Name{Local: "graphml"}, Attr: []xml.Attr{{Name: xml.Name{Local: "xmlns"}, Value: graphmlNS}}}
	if err := enc.EncodeToken(root); err != nil {
		return err
	}
	keys := []gmlKey{
		{ID: "key", For: "node", Name: "key", Type: "string"},
		{ID: "name", For: "node", Name: "name", Type: "string"},
		{ID: "country", For: "node", Name: "country", Type: "string"},
		{ID: "sector", For: "node", Name: "sector", Type: "string"},
		{ID: "events", For: "node", Name: "events", Type: "int"},
		{ID: "as_actor", For: "node", Name: "as_actor", Type: "int"},
		{ID: "as_recipient", For: "node", Name: "as_recipient", Type: "int"},
		{ID: "total", For: "edge", Name: "total", Type: "int"},
		{ID: "types", For: "edge", Name: "types", Type: "string"},
		{ID: "first", For: "edge", Name: "first", Type: "string"},
		{ID: "last", For: "edge", Name: "last", Type: "string"},
		{ID: "examples", For: "edge", Name: "examples", Type: "string"},
	}
	types := edgeTypes(g)
	for _, t := range types {
		keys = append(keys, gmlKey{ID: "type_" + t, For: "edge", Name: "type_" + t, Type: "int"})
	}
	for _, k := range keys {
		if err := enc.Encode(k); err != nil {
			return err
		}
	}
	graph := xml.StartElement{Name: xml.Name{Local: "graph"}, Attr: []xml.Attr{
		{Name: xml.Name{Local: "id"}, Value: "chronicle"},
		{Name: xml.Name{Local: "edgedefault"}, Value: "directed"},
	}}
	if err := enc.EncodeToken(graph); err != nil {
		return err
	}
	ids := make(map[string]string, len(g.Nodes))
	for i, n := range g.Nodes {
		id := "n" + strconv.Itoa(i)
		ids[n.ID] = id
		node := gmlNode{ID: id, Data: dataOf(
			"key", n.ID, "name", n.Name, "country", n.Country, "sector", n.Sector,
			"events", strconv.Itoa(n.Events), "as_actor", strconv.Itoa(n.AsActor),
			"as_recipient", strconv.Itoa(n.AsRecipient))}
		if err := enc.Encode(node); err != nil {
			return err
		}
	}
	for i, e := range g.Edges {
		src, ok1 := ids[e.Source]
		dst, ok2 := ids[e.Target]
		if !ok1 || !ok2 {
			return fmt.Errorf("edge %s–%s names a node the graph lacks", e.Source, e.Target)
		}
		edge := gmlEdge{ID: "e" + strconv.Itoa(i), Source: src, Target: dst, Directed: e.Directed, Data: dataOf(
			"total", strconv.Itoa(e.Total), "types", typesText(e.Types, ", "), "first", e.First, "last", e.Last,
			"examples", strings.Join(e.Examples, " "))}
		for _, tc := range e.Types {
			if !plainWord(tc.Type) {
				continue
			}
			edge.Data = append(edge.Data, gmlData{Key: "type_" + tc.Type, Value: strconv.Itoa(tc.Count)})
		}
		if err := enc.Encode(edge); err != nil {
			return err
		}
	}
	if err := enc.EncodeToken(graph.End()); err != nil {
		return err
	}
	if err := enc.EncodeToken(root.End()); err != nil {
		return err
	}
	if err := enc.Flush(); err != nil {
		return err
	}
	_, err := bw.WriteString("\n")
	return err
}

// dataOf turns key, value pairs into data elements, leaving out empty
// values (GraphML reads a missing value as unknown).
func dataOf(kv ...string) []gmlData {
	out := make([]gmlData, 0, len(kv)/2)
	for i := 0; i+1 < len(kv); i += 2 {
		if kv[i+1] != "" {
			out = append(out, gmlData{Key: kv[i], Value: kv[i+1]})
		}
	}
	return out
}
