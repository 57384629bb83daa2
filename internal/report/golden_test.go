package report

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/chronicle-news/chronicle/internal/query"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// golden compares got with testdata/name, or rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file; got:\n%s", name, got)
	}
}

func fixtureGraph(opts ...query.NetworkOption) query.Graph {
	n := query.NewNetwork(opts...)
	for _, e := range fixtureEvents() {
		n.Add(e)
	}
	return n.Graph()
}

var countryNames = map[string]string{"RUS": "Russia", "USA": "United States", "UKR": "Ukraine", "SAU": "Saudi Arabia"}

func TestGolden(t *testing.T) {
	events := fixtureEvents()
	russia := query.NewMatcher(query.CountryKey("RUS"))
	tests := []struct {
		name  string
		write func(b *bytes.Buffer) error
	}{
		{"timeline.txt", func(b *bytes.Buffer) error { return WriteTimelineText(b, events, TimelineOptions{}) }},
		{"timeline_narrow.txt", func(b *bytes.Buffer) error {
			return WriteTimelineText(b, events[5:6], TimelineOptions{Width: 60, MaxCitations: 2})
		}},
		{"timeline.csv", func(b *bytes.Buffer) error { return WriteTimelineCSV(b, events) }},
		{"mentions.csv", func(b *bytes.Buffer) error { return WriteMentionsCSV(b, events) }},
		{"network.json", func(b *bytes.Buffer) error { return WriteNetworkJSON(b, fixtureGraph()) }},
		{"network.graphml", func(b *bytes.Buffer) error { return WriteNetworkGraphML(b, fixtureGraph()) }},
		{"network.dot", func(b *bytes.Buffer) error { return WriteNetworkDOT(b, fixtureGraph()) }},
		{"network_countries.dot", func(b *bytes.Buffer) error {
			return WriteNetworkDOT(b, fixtureGraph(query.ByCountry(func(c string) string { return countryNames[c] })))
		}},
		{"positions.txt", func(b *bytes.Buffer) error {
			return WritePositionsText(b, query.Positions(events, russia), PositionsOptions{Actor: "Russia"})
		}},
		{"positions_ukraine.txt", func(b *bytes.Buffer) error {
			return WritePositionsText(b, query.Positions(events, query.NewMatcher("c:UKR")), PositionsOptions{Width: 80})
		}},
		{"positions.json", func(b *bytes.Buffer) error { return WritePositionsJSON(b, query.Positions(events, russia)) }},
		{"positions.csv", func(b *bytes.Buffer) error { return WritePositionsCSV(b, query.Positions(events, russia)) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := tt.write(&b); err != nil {
				t.Fatal(err)
			}
			golden(t, tt.name, b.Bytes())
		})
	}
}
