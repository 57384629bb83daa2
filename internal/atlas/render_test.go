package atlas

import (
	"bytes"
	"encoding/xml"
	"errors"
	"flag"
	"io"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata golden files")

// sampleMarks is a small, realistic map: city points, country-only marks,
// two marks on one spot, and one mark with a broken position.
func sampleMarks() []Mark {
	return []Mark{
		{Lat: 50.45, Lon: 30.52, HasPoint: true, ISO3: "UKR", Label: "Kyiv", Count: 12, Href: "/events?place=Kyiv"},
		{Lat: 48.86, Lon: 2.35, HasPoint: true, ISO3: "FRA", Label: "Paris", Count: 3, Href: "/events?place=Paris"},
		{Lat: 48.86, Lon: 2.35, HasPoint: true, ISO3: "FRA", Label: "Élysée Palace", Count: 1, Href: "/events?place=Elysee"},
		{ISO3: "RUS", Label: "Russia", Count: 7, Href: "/events?country=RUS"},
		{ISO3: "usa", Label: "United States", Count: 2, Href: "/events?country=USA"},
		{Lat: math.NaN(), Lon: 10, HasPoint: true, ISO3: "DEU", Label: "Germany", Count: 1, Href: "/events?country=DEU"},
		{Lat: 1.29, Lon: 103.85, HasPoint: true, ISO3: "SGP", Label: "Singapore", Count: 1},
		{Lat: -77.85, Lon: 166.67, HasPoint: true, Label: "McMurdo Station", Count: 1},
		{ISO3: "MLT", Count: 2, Href: "/events?country=MLT"},
		{ISO3: "LUX", Label: "Luxembourg", Count: 1, Href: "/events?country=LUX"},
	}
}

func TestRenderGolden(t *testing.T) {
	tests := []struct {
		name  string
		marks []Mark
		opt   Options
	}{
		{"empty", nil, Options{}},
		{"sample", sampleMarks(), Options{Title: "Events, March 2026", Width: 800}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := Render(&b, tt.marks, tt.opt); err != nil {
				t.Fatal(err)
			}
			path := filepath.Join("testdata", tt.name+".svg")
			if *update {
				if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run with -update to create)", err)
			}
			if !bytes.Equal(b.Bytes(), want) {
				t.Errorf("Render output differs from %s; run go test -update and review the diff", path)
			}
		})
	}
}

func TestRenderHostileText(t *testing.T) {
	hostile := []string{
		`"><script>alert(1)</script>`,
		`]]><![CDATA[x`,
		"bad \xff\xfe utf-8",
		"nul \x00 and bell \x07 and esc \x1b",
		`' onmouseover='alert(1)`,
		"&amp; &#0; &lt;",
		strings.Repeat("long ", 500),
	}
	for _, s := range hostile {
		marks := []Mark{
			{Lat: 10, Lon: 10, HasPoint: true, ISO3: "NGA", Label: s, Count: 2, Href: s},
			{ISO3: "FRA", Label: s, Href: "/x?q=" + s},
			{Lat: 10, Lon: 10, HasPoint: true, Label: s, Href: "javascript:alert(1)"},
		}
		var b bytes.Buffer
		if err := Render(&b, marks, Options{Title: s}); err != nil {
			t.Fatalf("Render(%q): %v", s, err)
		}
		checkWellFormed(t, b.String())
	}
}

func TestRenderCounts(t *testing.T) {
	var b bytes.Buffer
	if err := Render(&b, sampleMarks(), Options{}); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	checkWellFormed(t, out)
	for _, want := range []string{
		`<title>Paris; Élysée Palace (4 events)</title>`, // merged spot
		`<title>Germany (1 event)</title>`,               // NaN point: shade only
		`<title>Ukraine (12 events)</title>`,
		`class="atlas-land atlas-shade-5"`,
		`<title>McMurdo Station (1 event)</title><circle class="atlas-mark" cx="963" cy="396.5"`, // pinned to the edge
		`<g><title>Singapore (1 event)</title>`,                                                  // no link, no outline, still a point
		` width="100%"`,
		`<a href="/events?country=MLT"><title>Malta (2 events)</title><circle`,                     // state drawn as a point
		`<a href="/events?country=LUX"><title>Luxembourg (1 event)</title><path class="atlas-land`, // tiny outline
		`<a href="/events?country=LUX"><title>Luxembourg (1 event)</title><circle`,                 // ... plus a circle
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q", want)
		}
	}
	if n := strings.Count(out, `class="atlas-mark"`); n != 6 {
		t.Errorf("%d circles, want 6", n)
	}
}

// checkWellFormed parses the whole output as XML with a strict decoder.
func checkWellFormed(t *testing.T, s string) {
	t.Helper()
	d := xml.NewDecoder(strings.NewReader(s))
	depth, roots := 0, 0
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatalf("not well-formed XML: %v", err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			if depth == 0 {
				roots++
			}
			depth++
			checkSafeElement(t, tok)
		case xml.EndElement:
			depth--
		case xml.ProcInst, xml.Directive:
			t.Fatalf("unexpected %T in output", tok)
		}
	}
	if roots != 1 || depth != 0 {
		t.Fatalf("want exactly one balanced root element, got %d roots, depth %d", roots, depth)
	}
}

// allowedElements are the only elements Render may emit: nothing that runs
// code or loads anything.
var allowedElements = map[string]bool{"svg": true, "title": true, "rect": true, "g": true, "path": true, "a": true, "circle": true}

// checkSafeElement rejects scripts, event handler attributes and links with
// a scheme other than http(s).
func checkSafeElement(t *testing.T, el xml.StartElement) {
	t.Helper()
	if !allowedElements[el.Name.Local] {
		t.Fatalf("unexpected element <%s>", el.Name.Local)
	}
	for _, a := range el.Attr {
		name := strings.ToLower(a.Name.Local)
		if strings.HasPrefix(name, "on") || name == "style" || a.Name.Space != "" && a.Name.Space != "xmlns" {
			t.Fatalf("unexpected attribute %s:%s on <%s>", a.Name.Space, a.Name.Local, el.Name.Local)
		}
		if name == "href" {
			v := strings.ToLower(strings.TrimSpace(a.Value))
			if i := strings.IndexByte(v, ':'); i >= 0 && !strings.HasPrefix(v, "http:") && !strings.HasPrefix(v, "https:") && !strings.ContainsAny(v[:i], "/?#") {
				t.Fatalf("unsafe href %q", a.Value)
			}
		}
	}
}

// randomMark draws values from the awkward corners of every field.
func randomMark(r *rand.Rand) Mark {
	floats := []float64{0, -90, 90, -180, 180, 90.0001, -1e308, math.NaN(), math.Inf(1), math.Inf(-1), math.SmallestNonzeroFloat64}
	pick := func() float64 {
		if r.IntN(3) == 0 {
			return floats[r.IntN(len(floats))]
		}
		return r.Float64()*400 - 200
	}
	isos := []string{"", "FRA", "fra", "ZZZ", "XKX", "SGP", "\x00"}
	counts := []int{0, 1, -5, math.MaxInt, math.MinInt, 1000000}
	buf := make([]byte, r.IntN(40))
	for i := range buf {
		buf[i] = byte(r.IntN(256))
	}
	return Mark{
		Lat: pick(), Lon: pick(), HasPoint: r.IntN(4) != 0,
		ISO3: isos[r.IntN(len(isos))], Label: string(buf), Count: counts[r.IntN(len(counts))] + r.IntN(3),
		Href: string(buf[:len(buf)/2]),
	}
}

func TestRenderRandomMarks(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for range 200 {
		marks := make([]Mark, r.IntN(30))
		for i := range marks {
			marks[i] = randomMark(r)
		}
		var b bytes.Buffer
		if err := Render(&b, marks, Options{Width: r.IntN(3000) - 1000}); err != nil {
			t.Fatalf("Render: %v", err)
		}
		checkWellFormed(t, b.String())
	}
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestRenderWriteError(t *testing.T) {
	if err := Render(failWriter{}, sampleMarks(), Options{}); err == nil {
		t.Fatal("Render to a failing writer returned nil")
	}
}

func FuzzRender(f *testing.F) {
	f.Add(50.45, 30.52, true, "UKR", "Kyiv", 3, "/e?p=1", "Title")
	f.Add(math.NaN(), 0.0, true, "FRA", "<b>&", 0, "javascript:x", "")
	f.Add(91.0, -181.0, false, "", "]]>\xff", -1, "\x00", "\"'")
	f.Fuzz(func(t *testing.T, lat, lon float64, has bool, iso, label string, count int, href, title string) {
		marks := []Mark{
			{Lat: lat, Lon: lon, HasPoint: has, ISO3: iso, Label: label, Count: count, Href: href},
			{Lat: lat, Lon: lon, HasPoint: true, ISO3: "FRA", Label: title, Count: count, Href: href},
		}
		var b bytes.Buffer
		if err := Render(&b, marks, Options{Title: title, Width: count}); err != nil {
			t.Fatal(err)
		}
		checkWellFormed(t, b.String())
	})
}

func BenchmarkRender(b *testing.B) {
	r := rand.New(rand.NewPCG(3, 4))
	cs := Countries()
	marks := make([]Mark, 50)
	for i := range marks {
		c := cs[r.IntN(len(cs))]
		lat, lon, _ := Centroid(c.ISO3)
		marks[i] = Mark{Lat: lat + r.Float64(), Lon: lon + r.Float64(), HasPoint: i%3 != 0, ISO3: c.ISO3,
			Label: c.Name, Count: 1 + r.IntN(40), Href: "/events?country=" + c.ISO3}
	}
	b.ReportAllocs()
	for b.Loop() {
		if err := Render(io.Discard, marks, Options{Title: "Benchmark"}); err != nil {
			b.Fatal(err)
		}
	}
}
