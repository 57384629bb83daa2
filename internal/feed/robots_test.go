package feed

import (
	"testing"
	"time"
)

const robotsTxt = `# a news site's robots.txt
User-agent: *
Disallow: /private/
Disallow: /*.pdf$
Allow: /private/open
Crawl-delay: 3

User-agent: Chronicle
User-agent: OtherBot
Disallow: /search
Allow: /search/about
Disallow: /tmp*/x
Crawl-delay: 1.5

User-agent: BadBot
Disallow: /
`

func TestRobotsAllowed(t *testing.T) {
	r := ParseRobots([]byte(robotsTxt))
	tests := []struct {
		agent, path string
		want        bool
	}{
		{"Chronicle", "/search?q=x", false},
		{"chronicle/0.7", "/search/about", true},
		{"Chronicle", "/private/x", true}, // its own group replaces the * group
		{"Chronicle", "/tmp123/x", false},
		{"Chronicle", "/tmp/y", true},
		{"SomeBot", "/private/x", false},
		{"SomeBot", "/private/open/1", true},
		{"SomeBot", "/files/a.pdf", false},
		{"SomeBot", "/files/a.pdf?x=1", true},
		{"SomeBot", "/", true},
		{"BadBot", "/anything", false},
		{"BadBot", "/robots.txt", true},
		{"OtherBot", "/search", false},
	}
	for _, tt := range tests {
		if got := r.Allowed(tt.agent, tt.path); got != tt.want {
			t.Errorf("Allowed(%s, %s) = %v, want %v", tt.agent, tt.path, got, tt.want)
		}
	}
	if d, ok := r.CrawlDelay("Chronicle"); !ok || d != 1500*time.Millisecond {
		t.Errorf("crawl-delay Chronicle = %s %v", d, ok)
	}
	if d, ok := r.CrawlDelay("SomeBot"); !ok || d != 3*time.Second {
		t.Errorf("crawl-delay * = %s %v", d, ok)
	}
	if _, ok := r.CrawlDelay("BadBot"); ok {
		t.Error("BadBot has no crawl-delay")
	}
	var none *Robots
	if !none.Allowed("Chronicle", "/x") || !ParseRobots(nil).Allowed("Chronicle", "/x") {
		t.Error("no robots.txt must allow everything")
	}
}

func TestRobotsTies(t *testing.T) {
	r := ParseRobots([]byte("User-agent: *\nDisallow: /page\nAllow: /page\nDisallow: /a%62c\nDisallow: /x/$\n"))
	for path, want := range map[string]bool{"/page": true, "/abc": false, "/%61bc": false, "/x/": false, "/x/y": true} {
		if got := r.Allowed("Chronicle", path); got != want {
			t.Errorf("Allowed(%s) = %v, want %v", path, got, want)
		}
	}
}

func TestMatchPattern(t *testing.T) {
	tests := []struct {
		pattern, path string
		want          bool
	}{
		{"/", "/anything", true}, {"/fish", "/fish.html", true}, {"/fish", "/Fish", false},
		{"/fish*", "/fishheads", true}, {"/*.php", "/folder/filename.php", true}, {"/*.php$", "/filename.php?x", false},
		{"/fish*.php", "/fishheads/catfish.php?parameters", true}, {"*", "", true}, {"/a*b*c$", "/aXbYbZc", true},
		{"/a*b*c$", "/aXbYc/", false}, {"/$", "/", true}, {"/$", "/x", false},
	}
	for _, tt := range tests {
		if got := matchPattern(tt.pattern, tt.path); got != tt.want {
			t.Errorf("matchPattern(%q, %q) = %v, want %v", tt.pattern, tt.path, got, tt.want)
		}
	}
}

func FuzzRobots(f *testing.F) {
	f.Add([]byte(robotsTxt), "Chronicle", "/search/x")
	f.Add([]byte("User-agent: *\nDisallow: /*a*a*a*a*a*a*a$\n"), "x", "/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaab")
	f.Add([]byte("Disallow: /\nUser-agent:\r\nCrawl-delay: 1e9"), "", "")
	f.Fuzz(func(t *testing.T, data []byte, agent, path string) {
		r := ParseRobots(data)
		_ = r.Allowed(agent, path)
		if d, ok := r.CrawlDelay(agent); ok && d < 0 {
			t.Fatalf("negative crawl-delay %s", d)
		}
		if !r.Allowed(agent, "/robots.txt") {
			t.Fatal("robots.txt itself must be allowed")
		}
	})
}

func BenchmarkRobotsAllowed(b *testing.B) {
	r := ParseRobots([]byte(robotsTxt))
	for b.Loop() {
		r.Allowed("Chronicle", "/world/2025/06/02/talks-resume-in-istanbul?ref=rss")
	}
}
