package store

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestClip(t *testing.T) {
	q := strings.Repeat("й", 100)
	if got := Clip(q); !utf8.ValidString(got) || len(got) > 85 {
		t.Errorf("clip gave %d bytes, valid %v", len(got), utf8.ValidString(got))
	}
}

func TestQueryWords(t *testing.T) {
	for q, want := range map[string]string{
		"Lavrov's talks":       "Lavrov talks",
		"l’Élysée":             "Élysée",
		"Sino-Russian  summit": "Sino-Russian summit",
		"\x00\xffIstanbul":     "Istanbul",
		`"*()- NEAR( AND`:      "NEAR( AND",
		"talks talks Talks":    "talks Talks",
		"":                     "",
	} {
		if got := strings.Join(QueryWords(q), " "); got != want {
			t.Errorf("QueryWords(%q) = %q, want %q", q, got, want)
		}
	}
	var many []string
	for i := range 100 {
		many = append(many, "w"+strings.Repeat("x", i))
	}
	if n := len(QueryWords(strings.Join(many, " "))); n != MaxQueryWords {
		t.Errorf("kept %d of 100 words, want %d", n, MaxQueryWords)
	}
}
