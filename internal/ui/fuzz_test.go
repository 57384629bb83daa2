package ui

import (
	"net/http"
	"net/url"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/chronicle-news/chronicle/internal/article"
	"github.com/chronicle-news/chronicle/internal/kb"
	"github.com/chronicle-news/chronicle/internal/nlp"
	"github.com/chronicle-news/chronicle/internal/store"
)

var (
	analyzerOnce sync.Once
	analyzer     *nlp.Analyzer
)

func testAnalyzer(t testing.TB) *nlp.Analyzer {
	analyzerOnce.Do(func() {
		k, err := kb.Load()
		if err != nil {
			t.Fatal(err)
		}
		analyzer = nlp.New(k)
	})
	return analyzer
}

// FuzzAnnotate: any body and any span give paragraphs whose segments put
// the non-blank lines back together exactly, with the mark inside the span.
func FuzzAnnotate(f *testing.F) {
	f.Add("Turkish Foreign Minister Hakan Fidan met Giorgos Gerapetritis in Ankara on Tuesday.\n\nThey agreed to meet in June.", 0, 40)
	f.Add("Émigrés in Kyiv said on 3 May 2025 that Zelensky — «the president» — would go.\nx", 3, 200)
	f.Add("\n\n\n", 0, 1)
	f.Add("a\xffb\nc", 1, 2)
	f.Fuzz(func(t *testing.T, body string, s, e int) {
		a := &article.Article{Body: body, Published: article.OnDay(2025, 5, 3)}
		ms, me := -1, -1
		if bs, be, ok := byteRange(body, s, e); ok {
			ms, me = bs, be
			if utf8.RuneCountInString(body[:bs]) != s || utf8.RuneCountInString(body[bs:be]) != e-s {
				t.Fatalf("byteRange(%d, %d) = %d, %d", s, e, bs, be)
			}
		}
		paras := annotate(body, testAnalyzer(t).Analyze(a), ms, me)
		var want []string
		for _, l := range strings.Split(body, "\n") {
			if strings.TrimSpace(l) != "" {
				want = append(want, l)
			}
		}
		if len(paras) != len(want) {
			t.Fatalf("%d paragraphs, want %d", len(paras), len(want))
		}
		firsts := 0
		for i, p := range paras {
			var b strings.Builder
			for _, r := range p {
				if r.First {
					firsts++
				}
				for _, sg := range r.Segs {
					b.WriteString(sg.Text)
				}
			}
			if b.String() != want[i] {
				t.Fatalf("paragraph %d = %q, want %q", i, b.String(), want[i])
			}
		}
		if firsts > 1 {
			t.Fatalf("%d runs carry id=s", firsts)
		}
	})
}

// FuzzSplitSnippet: the runs are the snippet without its markers.
func FuzzSplitSnippet(f *testing.F) {
	f.Add("the **Istanbul** talks **resumed")
	f.Add("****")
	f.Add("no marks")
	f.Fuzz(func(t *testing.T, s string) {
		var b strings.Builder
		for _, r := range splitSnippet(s) {
			if r.Text == "" {
				t.Fatalf("empty run in %q", s)
			}
			b.WriteString(r.Text)
		}
		if b.String() != strings.ReplaceAll(s, store.HighlightStart, "") {
			t.Fatalf("runs of %q give %q", s, b.String())
		}
	})
}

// FuzzFilters: whatever query string a timeline or map gets, the answer
// is a page (200), a mended-filter page (400) or an unknown story (404),
// never a server error.
func FuzzFilters(f *testing.F) {
	rec := newRecord(f)
	ingestFiles(f, rec, "testdata/ankara-talks.txt")
	h := newHandler(f, rec, "")
	for _, s := range []string{"actor=Turkey", "actor=Turkey&actor=Greece&type=CONSULT", "from=2025-01-01&to=2024-01-01",
		"status=happened,planned", "page=0", "place=TUR", "story=st-", "actor=%00", "type=&status=&actor="} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		if _, err := url.ParseQuery(raw); err != nil {
			return
		}
		for _, path := range []string{"/timeline?", "/map?"} {
			status, _ := get(t, h, path+url.Values(must(url.ParseQuery(raw))).Encode())
			if status != http.StatusOK && status != http.StatusBadRequest && status != http.StatusNotFound {
				t.Fatalf("GET %s%s = %d", path, raw, status)
			}
		}
	})
}

func must(v url.Values, _ error) url.Values { return v }
