package html

import (
	"context"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chronicle-news/chronicle/internal/article"
)

var update = flag.Bool("update", false, "rewrite the golden body files in testdata")

func TestExtractPages(t *testing.T) {
	tests := []struct {
		file      string
		pageURL   string
		title     string
		published string // article.Published.String()
		authors   []string
		site      string
		lang      string
		url       string
		contains  []string // phrases the body must hold
		excludes  []string // phrases it must not
	}{
		{
			file: "news.html", pageURL: "https://harbourcourier.example/politics/",
			title: "Parliament passes coastal flood defence bill", published: "2024-03-05T21:47:00Z",
			authors: []string{"Amira Okafor", "Tomás Lindqvist"}, site: "The Harbour Courier", lang: "en",
			url:      "https://harbourcourier.example/politics/2024/03/05/flood-defence-bill",
			contains: []string{"Lawmakers approved", "regional water boards."},
			excludes: []string{"Privacy policy", "Share on social media", "Storm damage bill", "Comments are closed", "Search the Courier"},
		},
		{
			file: "cp1251.html", title: "Городской совет утвердил бюджет на следующий год", published: "2023-12-14",
			authors: []string{"Ирина Соколова"}, site: "Вечерний вестник", lang: "ru",
			contains: []string{"Депутаты городского совета", "каждый квартал."},
			excludes: []string{"Главная"},
		},
		{
			file: "latin1.html", title: "Grève des contrôleurs aériens : des centaines de vols annulés",
			published: "2023-06-06T07:30:00+02:00", authors: []string{"Hélène Marchand"}, lang: "fr",
			contains: []string{"La direction générale de l'aviation civile", "à l'été déjà très chargé."},
			excludes: []string{"Accueil", "Tous droits réservés"},
		},
		{
			file: "tricks.html", title: "Ferry operator suspends night crossings after engine fire", lang: "en",
			contains: []string{"All 214 passengers", "power & escorted", "within six months"},
			excludes: []string{"script string", "Style text", "commented-out", "enable JavaScript", "Template content",
				"Injected by script", "SVG label", "iframe fallback", "cdata", "Dana Whitcombe"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("testdata", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			p, err := Extract(context.Background(), data, tt.pageURL)
			if err != nil {
				t.Fatalf("Extract: %v", err)
			}
			if p.Title != tt.title {
				t.Errorf("Title = %q, want %q", p.Title, tt.title)
			}
			if got := p.Published.String(); got != tt.published {
				t.Errorf("Published = %q, want %q", got, tt.published)
			}
			if !slices.Equal(p.Authors, tt.authors) {
				t.Errorf("Authors = %q, want %q", p.Authors, tt.authors)
			}
			if p.SiteName != tt.site || p.Language != tt.lang || p.URL != tt.url {
				t.Errorf("SiteName, Language, URL = %q, %q, %q; want %q, %q, %q", p.SiteName, p.Language, p.URL, tt.site, tt.lang, tt.url)
			}
			for _, s := range tt.contains {
				if !strings.Contains(p.Body, s) {
					t.Errorf("body lacks %q", s)
				}
			}
			for _, s := range tt.excludes {
				if strings.Contains(p.Body, s) {
					t.Errorf("body holds furniture %q", s)
				}
			}
			if strings.HasPrefix(p.Body, p.Title) {
				t.Errorf("body starts with the title")
			}
			golden(t, strings.TrimSuffix(tt.file, ".html")+".body.golden", p.Body)
		})
	}
}

// golden compares got with testdata/name, rewriting it under -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("body differs from %s (run with -update after checking):\n got: %q\nwant: %q", path, got, want)
	}
}

func TestExtractErrors(t *testing.T) {
	noArticle, err := os.ReadFile(filepath.Join("testdata", "noarticle.html"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		data []byte
		want error
	}{
		{"section front", noArticle, ErrNoArticle},
		{"empty", nil, ErrNotHTML},
		{"plain text", []byte("Just a line of text, no markup at all."), ErrNotHTML},
		{"png", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR<p>"), ErrNotHTML},
		{"empty body", []byte("<html><head><title>x</title></head><body></body></html>"), ErrNoArticle},
		{"only links", []byte(`<body><a href="/1">One story</a> <a href="/2">Another story</a></body>`), ErrNoArticle},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Extract(context.Background(), tt.data, "")
			if !errors.Is(err, tt.want) {
				t.Fatalf("err = %v, want %v", err, tt.want)
			}
		})
	}
}

func TestExtractCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Extract(ctx, []byte("<p>x</p>"), ""); !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
}

// TestExtractDescriptionFallback covers an article page whose body the
// extractors cannot reach (it is rendered by script) but whose metadata
// carries a summary.
func TestExtractDescriptionFallback(t *testing.T) {
	page := `<html><head><meta property="og:type" content="article">
<meta property="og:description" content="The regional assembly voted on Thursday to extend the school year by one week from next autumn, after teachers' unions dropped their objections in exchange for a pay rise of three per cent.">
<meta property="article:published_time" content="2021-09-02T10:15:00+01:00"></head>
<body><div id="root"></div><script>render()</script></body></html>`
	p, err := Extract(context.Background(), []byte(page), "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(p.Body, "The regional assembly voted") {
		t.Errorf("Body = %q", p.Body)
	}
	want := article.At(time.Date(2021, 9, 2, 10, 15, 0, 0, time.FixedZone("", 3600)))
	if !p.Published.Time.Equal(want.Time) || p.Published.Precision != article.Minute {
		t.Errorf("Published = %v", p.Published)
	}
}

// TestExtractDeepNesting makes sure a page nested far beyond what real
// pages do is handled without exhausting the stack.
func TestExtractDeepNesting(t *testing.T) {
	var b strings.Builder
	b.WriteString("<html><body>")
	for range 5000 {
		b.WriteString("<div>")
	}
	for range 3 {
		b.WriteString("<p>The council met on Monday to discuss the harbour plan, and members agreed to publish the full costings next month.</p>")
	}
	p, err := Extract(context.Background(), []byte(b.String()), "")
	if err != nil {
		t.Fatalf("err = %v", err)
	}
	if !strings.Contains(p.Body, "harbour plan") {
		t.Errorf("Body = %q", p.Body)
	}
}
