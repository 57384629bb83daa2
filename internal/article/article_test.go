package article

import (
	"encoding/json"
	"strings"
	"testing"
	"time"
)

func TestPublishedJSON(t *testing.T) {
	kyiv := time.FixedZone("EET", 2*3600)
	tests := []struct {
		p    Published
		want string
	}{
		{Published{}, `null`},
		{OnDay(2025, time.February, 21), `"2025-02-21"`},
		{At(time.Date(2025, 2, 21, 8, 35, 0, 0, kyiv)), `"2025-02-21T08:35:00+02:00"`},
		{At(time.Date(2025, 6, 2, 2, 48, 0, 0, time.FixedZone("IST", 5*3600+1800))), `"2025-06-02T02:48:00+05:30"`},
	}
	for _, tt := range tests {
		b, err := json.Marshal(tt.p)
		if err != nil || string(b) != tt.want {
			t.Errorf("Marshal(%v) = %s, %v; want %s", tt.p, b, err, tt.want)
			continue
		}
		var back Published
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatal(err)
		}
		if back.Precision != tt.p.Precision || back.String() != tt.p.String() {
			t.Errorf("round trip of %s gave %v", tt.want, back)
		}
	}
	var p Published
	if err := json.Unmarshal([]byte(`"21/02/2025"`), &p); err == nil {
		t.Error("a date in another form must be refused")
	}
}

// The contract's unknowns are null and its lists are never null, so that
// consumers need no special cases.
func TestArticleContract(t *testing.T) {
	b, err := json.Marshal(Article{ID: "x", Source: "a.txt", Body: "text"})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"title":null`, `"published":null`, `"outlet":null`, `"language":null`,
		`"authors":[]`, `"events":[]`} {
		if !strings.Contains(string(b), want) {
			t.Errorf("%s lacks %s", b, want)
		}
	}
	a := Article{ID: "5e21ce63c1205c34", Source: "s.txt", Title: "T", Outlet: "O", Language: "en",
		Authors: []string{"Jane Roe"}, Body: "B", Published: OnDay(2025, 6, 2),
		Events: []Event{{Type: "CONSULT", Status: "happened", Actors: []Actor{{Name: "Russia", Country: "RUS"}}}}}
	b, _ = json.Marshal(a)
	var back Article
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if back.Title != a.Title || back.Outlet != a.Outlet || back.Published.Day() != "2025-06-02" ||
		len(back.Events) != 1 || back.Events[0].Actors[0].Country != "RUS" || back.Authors[0] != "Jane Roe" {
		t.Errorf("round trip lost fields: %+v", back)
	}
}

func TestHashOf(t *testing.T) {
	h1, id1 := HashOf([]byte("same bytes"))
	h2, id2 := HashOf([]byte("same bytes"))
	_, id3 := HashOf([]byte("other bytes"))
	if h1 != h2 || id1 != id2 || id1 == id3 || len(h1) != 64 || len(id1) != 16 || !strings.HasPrefix(h1, id1) {
		t.Errorf("HashOf: %s %s %s %s %s", h1, h2, id1, id2, id3)
	}
}
