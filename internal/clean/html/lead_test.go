package html

import (
	"strings"
	"testing"

	xhtml "golang.org/x/net/html"
)

func TestLead(t *testing.T) {
	const story = `<p>Officials from both governments described the session as long and frank, and said their teams would
	keep working on the remaining points of the text over the coming weeks before the next round.</p>`
	tests := []struct {
		name, page, want string
	}{
		{"dateline summary above the body", `<div class="item-summary">ANKARA – Turkish and Greek ministers met in Ankara
			on Monday for their first talks in a year, agreeing to reopen a hotline between the two navies.</div>
			<div class="body">` + story + `</div>`, "ANKARA – Turkish and Greek ministers met in Ankara on Monday"},
		{"agency dateline", `<p class="article__lede">KYIV, Ukraine (AP) — Ukraine and Poland signed a deal on Tuesday to
			build a second gas link across their border by the end of next year, officials said.</p>` + story,
			"KYIV, Ukraine (AP) — Ukraine and Poland signed a deal"},
		{"standfirst without a dateline is a summary, not the story", `<p class="standfirst">The talks ended without a
			deal but both sides said they would come back to the table before the end of the month.</p>` + story, ""},
		{"a summary of another page in a list", `<ul><li><div class="summary">PARIS – France and Germany agreed on a
			joint tank programme after months of argument over which firm would lead the work.</div></li></ul>` + story, ""},
		{"too short", `<div class="lead">ROME – Talks resumed.</div>` + story, ""},
		{"links", `<div class="intro"><a href="/x">ROME – Talks resumed today between the two delegations after a pause
			of three weeks, according to officials on both sides of the table.</a></div>` + story, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := xhtml.Parse(strings.NewReader("<html><body>" + tt.page + "</body></html>"))
			if err != nil {
				t.Fatal(err)
			}
			got := findLead(doc)
			if tt.want == "" && got != "" || !strings.HasPrefix(got, tt.want) {
				t.Errorf("findLead = %q, want it to start with %q", got, tt.want)
			}
		})
	}
}

func TestWithLead(t *testing.T) {
	lead := "ANKARA – Turkish and Greek ministers met in Ankara on Monday for their first talks in a year."
	if got := withLead("The rest of the story.", lead); !strings.HasPrefix(got, lead+"\n\n") {
		t.Errorf("lead not put first: %q", got)
	}
	body := "ANKARA – Turkish and Greek ministers met in Ankara on Monday for their first talks in a year.\n\nMore."
	if got := withLead(body, lead); got != body {
		t.Errorf("a lead the body holds was added again: %q", got)
	}
	if got := withLead("Body.", ""); got != "Body." {
		t.Errorf("no lead changed the body: %q", got)
	}
}
