package html

import (
	"slices"
	"strings"
	"testing"

	xhtml "golang.org/x/net/html"
)

func mustParse(t testing.TB, s string) *xhtml.Node {
	t.Helper()
	doc, err := xhtml.Parse(strings.NewReader(s))
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

func TestAuthors(t *testing.T) {
	tests := []struct {
		name, page string
		want       []string
	}{
		{"json-ld people, organisation dropped", `<script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":"Person","name":"Lena Park"},{"@type":"Organization","name":"Metro Desk"}]}</script>`, []string{"Lena Park"}},
		{"json-ld string list", `<script type="application/ld+json">[{"@type":"Article","author":["Ada Mensah","Rui Costa"]}]</script>`, []string{"Ada Mensah", "Rui Costa"}},
		{"meta split", `<meta name="author" content="By Jon Rees and Priya Shah">`, []string{"Jon Rees", "Priya Shah"}},
		{"meta agency", `<meta name="author" content="Reuters">`, nil},
		{"meta staff", `<meta name="author" content="Courier Staff">`, nil},
		{"site name", `<meta property="og:site_name" content="Valley Gazette"><meta name="author" content="Valley Gazette">`, nil},
		{"byline with place", `<p class="byline">By Marta Nowak in Warsaw</p>`, []string{"Marta Nowak"}},
		{"byline with agency", `<div class="byline">Karl Jensen, Associated Press</div>`, []string{"Karl Jensen"}},
		{"rel author", `<a rel="author" href="/a/x">Sam O'Neill</a>`, []string{"Sam O'Neill"}},
		{"url author", `<meta property="article:author" content="https://www.facebook.com/someone">`, nil},
		{"particle", `<meta name="author" content="Ursula von der Leyen">`, []string{"Ursula von der Leyen"}},
		{"wire shouting", `<meta name="author" content="By JANE O'BRIEN-SMITH">`, []string{"Jane O'Brien-Smith"}},
		{"name then outlet sentence", `<meta name="author" content="Lars Eng. Nordic Wire">`, []string{"Lars Eng"}},
		{"initials kept", `<meta name="author" content="Sarah E. Kline">`, []string{"Sarah E. Kline"}},
		{"byline with day", `<span class="byline">Malik Osei Tuesday, 4 June 2024</span>`, []string{"Malik Osei"}},
		{"bio label dropped", `<a rel="author">Ana Sousa</a><a rel="author">About Ana Sousa</a>`, []string{"Ana Sousa"}},
		{"surname that is a month", `<span class="byline">By Patrick May, May 3, 2024</span>`, []string{"Patrick May"}},
		{"brand", `<meta name="author" content="The Morning Brief">`, nil},
		{"single word", `<meta name="author" content="admin">`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := mustParse(t, "<html><head></head><body>"+tt.page+"</body></html>")
			m := readMeta(scanDoc(doc), nil)
			if !slices.Equal(m.authors, tt.want) {
				t.Errorf("authors = %q, want %q", m.authors, tt.want)
			}
		})
	}
}

func TestMetaFields(t *testing.T) {
	tests := []struct {
		name, page, base  string
		title, site, lang string
		url, description  string
	}{
		{"og and canonical", `<html lang="pt-BR"><head><title>Chuva forte | Jornal do Vale</title><meta property="og:site_name" content="Jornal do Vale"><link rel="canonical" href="/n/chuva"><meta name="description" content="Resumo."></head></html>`,
			"https://jornal.example/x?y=1", "Chuva forte", "Jornal do Vale", "pt", "https://jornal.example/n/chuva", "Resumo."},
		{"relative url without base", `<head><link rel="canonical" href="/n/chuva"><meta property="og:url" content="https://a.example/n"></head>`,
			"", "", "", "", "https://a.example/n", ""},
		{"locale and ld", `<head><meta property="og:locale" content="de_DE"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Neue Brücke eröffnet","publisher":{"@type":"Organization","name":"Rheinpost"}}</script></head>`,
			"", "Neue Brücke eröffnet", "Rheinpost", "de", "", ""},
		{"three-letter and bad codes", `<html lang="eng"><head><title>T</title></head></html>`, "", "T", "", "en", "", ""},
		{"javascript url", `<head><link rel="canonical" href="javascript:alert(1)"></head>`, "", "", "", "", "", ""},
		{"handle site name", `<head><meta name="application-name" content="@citywire"></head>`, "", "", "citywire", "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := readMeta(scanDoc(mustParse(t, tt.page)), parseBase(tt.base))
			got := []string{m.title, m.siteName, m.language, m.url, m.description}
			want := []string{tt.title, tt.site, tt.lang, tt.url, tt.description}
			if !slices.Equal(got, want) {
				t.Errorf("title, site, lang, url, description = %q, want %q", got, want)
			}
		})
	}
}
