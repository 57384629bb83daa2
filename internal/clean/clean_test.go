package clean

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle/internal/article"
	"github.com/chronicle-news/chronicle/internal/source"
)

const page = `Home | World | Business | Sport
Ministers agree to reopen border crossing

Published: 14 March 2025, 10:20 CET

Foreign ministers of the two countries agreed on Thursday to reopen the main border crossing for trucks and buses, ending a closure that had lasted since the autumn.

The crossing will open on Monday morning, the ministers said after talks in Vienna that lasted more than four hours.

Customs officials on both sides are to share inspection data in real time under the deal, according to a joint statement.

Subscribe to our newsletter
© 2025 Example Daily. All rights reserved.
`

func TestCleanText(t *testing.T) {
	c := New()
	doc := source.Document{Origin: "p.txt", Format: article.FormatText, Data: []byte(page)}
	for _, prep := range []*Prepared{nil, c.Learn(doc)} {
		res, err := c.Clean(context.Background(), doc, prep)
		if err != nil {
			t.Fatal(err)
		}
		a := res.Article
		if a.Title != "Ministers agree to reopen border crossing" || a.Published.Day() != "2025-03-14" || a.Language != "en" {
			t.Errorf("metadata: title %q published %q language %q", a.Title, a.Published, a.Language)
		}
		if !strings.Contains(a.Body, "Vienna") || strings.Contains(a.Body, "Subscribe") || strings.Contains(a.Body, "Home |") {
			t.Errorf("body: %q", a.Body)
		}
		if a.ID == "" || a.Source != "p.txt" || string(a.Raw) != page {
			t.Errorf("identity: id %q source %q", a.ID, a.Source)
		}
	}
}

func TestCleanRecordHints(t *testing.T) {
	doc := source.Document{Origin: "f.jsonl:3", Format: article.FormatText, Data: []byte(page),
		Hints: source.Hints{Title: " Border reopens ", URL: "https://example.org/a", Outlet: "Reuters", Published: "2025-03-15"}}
	res, err := New().Clean(context.Background(), doc, nil)
	if err != nil {
		t.Fatal(err)
	}
	a := res.Article
	if a.Title != "Border reopens" || a.URL != "https://example.org/a" || a.Outlet != "Reuters" || a.Published.Day() != "2025-03-15" {
		t.Errorf("hints not preferred: %+v", a)
	}
}

func TestCleanNoArticle(t *testing.T) {
	for _, doc := range []source.Document{
		{Origin: "menu.txt", Format: article.FormatText, Data: []byte("Home\nWorld\nSport\nContact us\n© 2025 Example")},
		{Origin: "nav.html", Format: article.FormatHTML, Data: []byte("<html><body><nav><a href=/>Home</a></nav></body></html>")},
	} {
		_, err := New().Clean(context.Background(), doc, nil)
		if !errors.Is(err, ErrNoArticle) {
			t.Errorf("%s: err %v, want ErrNoArticle", doc.Origin, err)
		}
	}
}
