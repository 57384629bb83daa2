package text

import (
	"fmt"
	"strings"
	"sync"
	"testing"
)

// sitePage builds one page of a made-up site: the same menu and footer
// around a different story each time.
func sitePage(n int) string {
	return fmt.Sprintf(`Home
Markets
Opinion
Story number %[1]d about the harbour

The harbour authority said on day %[1]d that traffic had risen again, and that it expected the busy season to last well into the autumn months of the year.

Officials added that the new quay, which opened in the spring, had taken much of the pressure off the older berths and had cut waiting times for ships.

Get our morning briefing in your inbox
Our journalism is made possible by readers like you, so please consider taking out a subscription today.
Contact the newsroom`, n)
}

func TestRepeats(t *testing.T) {
	r := NewRepeats()
	var wg sync.WaitGroup
	for i := range 20 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r.Observe("harbour.example", sitePage(i))
		}()
	}
	wg.Wait()
	r.Observe("harbour.example", sitePage(3)) // a page seen again counts once
	if got := r.Pages("harbour.example"); got != 20 {
		t.Errorf("Pages = %d, want 20", got)
	}
	if got := r.Count("harbour.example", "  Markets "); got != 20 {
		t.Errorf("Count(Markets) = %d, want 20", got)
	}
	if got := r.Count("harbour.example", "Story number 3 about the harbour"); got != 1 {
		t.Errorf("Count(story line) = %d, want 1", got)
	}
	if got := r.Count("other.example", "Markets"); got != 0 {
		t.Errorf("Count on another site = %d, want 0", got)
	}
	var nilRepeats *Repeats
	nilRepeats.Observe("x", "y")
	if nilRepeats.Count("x", "y") != 0 || nilRepeats.Pages("x") != 0 {
		t.Error("a nil Repeats must count nothing")
	}

	page := sitePage(7)
	alone := Clean(page, Options{})
	withSite := Clean(page, Options{Site: "harbour.example", Repeats: r})
	pitch := "Our journalism is made possible by readers like you"
	if !strings.Contains(alone.Body, pitch) {
		t.Fatalf("without Repeats the pitch reads as prose; body:\n%s", alone.Body)
	}
	if strings.Contains(withSite.Body, pitch) {
		t.Errorf("with Repeats the site-wide pitch should be furniture; body:\n%s", withSite.Body)
	}
	if !strings.Contains(withSite.Body, "day 7") {
		t.Errorf("with Repeats the story must stay; body:\n%s", withSite.Body)
	}
}

func TestRepeatsBounded(t *testing.T) {
	r := NewRepeats()
	for i := range maxSites + 10 {
		r.Observe(fmt.Sprint("site", i), "a line")
	}
	if len(r.sites) > maxSites {
		t.Errorf("%d sites kept, cap is %d", len(r.sites), maxSites)
	}
}

// A site that publishes the same article several times (updates, copies)
// must not lose the article to its own repeats.
func TestRepeatsDoNotEatCopiedArticles(t *testing.T) {
	page := `Example Daily | Home | World | Sport
Talks resume in Geneva after a week of delays

Negotiators from both delegations returned to the Palais des Nations on Monday morning, a week after the second round was postponed over a dispute about the agenda.

The mediator said the two sides had agreed to discuss prisoner exchanges first and to leave territorial questions for a later session, according to a statement released at noon.

Diplomats described the atmosphere as businesslike and said a joint communique could follow by the end of the week if the current pace holds.

Subscribe to our newsletter
© Example Daily`
	r := NewRepeats()
	for i := range 5 {
		r.Observe("Example Daily", page+strings.Repeat("\nupdate", i))
	}
	p := Clean(page, Options{Site: "Example Daily", Repeats: r})
	if !strings.Contains(p.Body, "Palais des Nations") || !strings.Contains(p.Body, "joint communique") {
		t.Fatalf("body lost to repeats: %q", p.Body)
	}
}
