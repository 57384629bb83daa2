package main

import (
	"bytes"
	"flag"
	"math"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata golden files")

func loadTiny(t *testing.T) []country {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("testdata", "tiny.json"))
	if err != nil {
		t.Fatal(err)
	}
	topo, err := decodeTopology(raw)
	if err != nil {
		t.Fatalf("decodeTopology: %v", err)
	}
	cs, err := buildCountries(topo)
	if err != nil {
		t.Fatalf("buildCountries: %v", err)
	}
	return cs
}

func TestBuildCountries(t *testing.T) {
	cs := loadTiny(t)
	if len(cs) != 2 {
		t.Fatalf("got %d countries, want SOM and FJI (Antarctica dropped)", len(cs))
	}
	som, fji := cs[0], cs[1]
	if som.iso3 != "SOM" || som.name != "Somalia" || fji.iso3 != "FJI" {
		t.Fatalf("got %s %q and %s", som.iso3, som.name, fji.iso3)
	}
	// Somaliland is dissolved into Somalia: one ring round both squares,
	// without the shared border at longitude -5.
	if len(som.rings) != 1 || len(som.rings[0]) != 7 {
		t.Fatalf("SOM rings = %v, want one ring of 7 points", som.rings)
	}
	for _, p := range som.rings[0][1 : len(som.rings[0])-1] {
		if p.lon == -5 && p.lat == 5 {
			t.Errorf("interior border point %v survived the merge", p)
		}
	}
	// Fiji's ring steps over the antimeridian and must be cut in two.
	if len(fji.rings) != 2 {
		t.Fatalf("FJI rings = %v, want two", fji.rings)
	}
	for _, r := range fji.rings {
		for i := 1; i < len(r); i++ {
			if math.Abs(r[i].lon-r[i-1].lon) > 180 {
				t.Errorf("FJI ring still jumps: %v", r)
			}
		}
	}
}

func TestEncodeGolden(t *testing.T) {
	got := encodeTSV(loadTiny(t))
	path := filepath.Join("testdata", "tiny.tsv")
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("encodeTSV differs from %s:\n%s", path, got)
	}
}

func TestDecodeTopologyErrors(t *testing.T) {
	for _, src := range []string{
		`not json`,
		`{"arcs":[],"objects":{}}`,
		`{"arcs":[[[0,0],[1,1]]],"objects":{"countries":{"geometries":[{"type":"Polygon","arcs":[[5]]}]}}}`,
		`{"arcs":[[[0,0]]],"objects":{"countries":{"geometries":[]}}}`,
		`{"arcs":[[[0,0],[1e308,0],[1e308,0]]],"objects":{"countries":{"geometries":[]}}}`,
		`{"arcs":[[[0,0],[1,1]]],"objects":{"countries":{"geometries":[{"type":"Polygon","arcs":[[]]}]}}}`,
		`{"arcs":[[[0,0],[1,1]]],"objects":{"countries":{"geometries":[{"type":"Polygon","arcs":"x"}]}}}`,
	} {
		if _, err := decodeTopology([]byte(src)); err == nil {
			t.Errorf("decodeTopology(%s) = nil error", src)
		}
	}
}

func TestAppendTenths(t *testing.T) {
	tests := []struct {
		v    int
		want string
	}{{0, "0"}, {5, ".5"}, {-5, "-.5"}, {10, "1"}, {12, "1.2"}, {-1234, "-123.4"}, {10000, "1000"}}
	for _, tt := range tests {
		if got := string(appendTenths(nil, tt.v)); got != tt.want {
			t.Errorf("appendTenths(%d) = %q, want %q", tt.v, got, tt.want)
		}
	}
}

func TestLabelPointConcave(t *testing.T) {
	// A C shape open to the east: its area centroid lies in the gap.
	c := []point{{0, 0}, {10, 0}, {10, 2}, {2, 2}, {2, 8}, {10, 8}, {10, 10}, {0, 10}}
	lat, lon := labelPoint([][]point{c})
	if !inside(c, point{lon: lon, lat: lat}) {
		t.Errorf("labelPoint = %v,%v, outside the C", lat, lon)
	}
	if lat, lon := labelPoint(nil); lat != 0 || lon != 0 {
		t.Errorf("labelPoint(nil) = %v,%v", lat, lon)
	}
}

func FuzzDecodeTopology(f *testing.F) {
	raw, err := os.ReadFile(filepath.Join("testdata", "tiny.json"))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(raw)
	f.Add([]byte(`{"arcs":[[[0,0],[1,1]]],"objects":{"countries":{"geometries":[{"type":"Polygon","id":"250","arcs":[[0,-1]]}]}}}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		topo, err := decodeTopology(b)
		if err != nil {
			return
		}
		cs, err := buildCountries(topo)
		if err != nil {
			return
		}
		encodeTSV(cs)
	})
}
