package text

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// render writes a page the way the golden files hold it: the title, then
// one line per input line with its role.
func render(p Page) string {
	var b strings.Builder
	fmt.Fprintf(&b, "title: %q\n", p.Title)
	for _, l := range p.Lines {
		fmt.Fprintf(&b, "%3d %-9s %s\n", l.N, l.Role, l.Text)
	}
	return b.String()
}

func TestCleanGolden(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join("testdata", "*.txt"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no test pages: %v", err)
	}
	for _, path := range paths {
		t.Run(filepath.Base(path), func(t *testing.T) {
			in, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			got := render(Clean(string(in), Options{Site: siteOf(t, path)}))
			golden := strings.TrimSuffix(path, ".txt") + ".golden"
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("read golden (run with -update to create it): %v", err)
			}
			if got != string(want) {
				t.Errorf("roles differ from %s:\n%s", golden, got)
			}
		})
	}
}

// siteOf reads the outlet a test page comes from: the ".site" file beside
// it, "" when there is none.
func siteOf(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(strings.TrimSuffix(path, ".txt") + ".site")
	if err != nil {
		return ""
	}
	return strings.TrimSpace(string(b))
}

// TestCleanRoles states what the hand-written pages must come out as,
// independently of the golden files.
func TestCleanRoles(t *testing.T) {
	tests := []struct {
		file    string
		title   string
		roles   map[int]Role
		inBody  []string
		outBody []string
	}{
		{
			file:  "harbour.txt",
			title: "Port workers end strike after pay deal",
			roles: map[int]Role{11: Title, 13: Byline, 15: Caption, 25: Heading, 27: Body, 17: Body},
			inBody: []string{"Dock workers at the country's largest", "Besides the pay rise",
				"our members can be proud", "What the deal changes"},
			outBody: []string{"Advertisement", "Related articles", "Fuel prices", "Leave a Reply", "All rights reserved",
				"Photo:", "By Maria"},
		},
		{
			file:    "standfirst.txt",
			title:   "",
			roles:   map[int]Role{1: Body, 2: Caption, 6: Furniture, 7: Body},
			inBody:  []string{"Farmers in the northern valleys brace", "Hydrologists said"},
			outBody: []string{"Read more", "Lena Moreau"},
		},
		{
			file:    "kurz.txt",
			title:   "Stadtrat beschließt neuen Radweg entlang des Flusses",
			roles:   map[int]Role{6: Title, 8: Byline, 10: Body, 12: Body, 14: Body},
			outBody: []string{"Werbung", "Mehr zum Thema", "Neue Buslinie", "Impressum"},
		},
		{
			file:   "wiretail.txt",
			title:  "Neighbours agree to reopen border crossing after two years of closure",
			roles:  map[int]Role{28: Furniture, 29: Furniture, 31: Furniture, 34: Furniture, 35: Furniture, 37: Furniture},
			inBody: []string{"VALLETTA, Malta", "Residents of the border towns"},
			outBody: []string{"LUCIA FERNANDEZ", "Fernandez covers", "Most read", "Ferry operator",
				"Museum reopens", "is an independent news agency"},
		},
		{
			file:    "midlist.txt",
			title:   "Engineers find cracks in the old river bridge and close it to lorries",
			roles:   map[int]Role{13: Furniture, 16: Furniture, 17: Furniture, 19: Body, 27: Body},
			inBody:  []string{"Inspectors found cracks", "Engineers will spend", "money for a replacement"},
			outBody: []string{"Related", "New timetable", "Cycle lane"},
		},
		{
			file:    "islands.txt",
			title:   "Council approves new library for the old market square",
			roles:   map[int]Role{15: Heading, 21: Furniture, 22: Furniture, 26: Furniture, 28: Furniture, 29: Furniture},
			inBody:  []string{"The town council voted", "What comes next", "Opponents of the plan"},
			outBody: []string{"Trending", "Road closures", "Local bakery", "weekly round-up", "About Jane Okafor", "senior reporter"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			in, err := os.ReadFile(filepath.Join("testdata", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			p := Clean(string(in), Options{Site: siteOf(t, filepath.Join("testdata", tt.file))})
			if p.Title != tt.title {
				t.Errorf("title = %q, want %q", p.Title, tt.title)
			}
			for n, want := range tt.roles {
				if got := p.Lines[n-1].Role; got != want {
					t.Errorf("line %d %q: role %v, want %v", n, p.Lines[n-1].Text, got, want)
				}
			}
			for _, s := range tt.inBody {
				if !strings.Contains(p.Body, s) {
					t.Errorf("body lacks %q", s)
				}
			}
			for _, s := range tt.outBody {
				if strings.Contains(p.Body, s) {
					t.Errorf("body holds furniture %q", s)
				}
			}
		})
	}
}

func TestCleanEdgeCases(t *testing.T) {
	for _, in := range []string{"", "\n\n\n", "one", "\r\n\r\n", strings.Repeat("Home\n", 50), "…\n...\n©"} {
		p := Clean(in, Options{})
		if want := strings.Count(in, "\n") + 1; len(p.Lines) != want {
			t.Errorf("Clean(%q): %d lines, want %d", in, len(p.Lines), want)
		}
		if p.Body != "" {
			t.Errorf("Clean(%q): body %q, want none", in, p.Body)
		}
	}
}

func TestRoleString(t *testing.T) {
	for r, want := range map[Role]string{Furniture: "furniture", Body: "body", Heading: "heading", Role(99): "unknown"} {
		if got := r.String(); got != want {
			t.Errorf("Role(%d).String() = %q, want %q", r, got, want)
		}
	}
}

// TestCleanDeterministic checks that Clean gives the same verdict every time
// (no map-order or shared-state leaks), also when run concurrently.
func TestCleanDeterministic(t *testing.T) {
	paths, _ := filepath.Glob(filepath.Join("testdata", "*.txt"))
	for _, path := range paths {
		in, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		want := render(Clean(string(in), Options{}))
		done := make(chan string, 8)
		for range 8 {
			go func() { done <- render(Clean(string(in), Options{})) }()
		}
		for range 8 {
			if got := <-done; got != want {
				t.Fatalf("%s: Clean is not deterministic", path)
			}
		}
	}
}

func BenchmarkClean(b *testing.B) {
	in, err := os.ReadFile(filepath.Join("testdata", "harbour.txt"))
	if err != nil {
		b.Fatal(err)
	}
	page := string(in) + "\n" + string(in) // about 3 KB, the size of a news article
	b.SetBytes(int64(len(page)))
	b.ReportAllocs()
	for b.Loop() {
		Clean(page, Options{})
	}
}
