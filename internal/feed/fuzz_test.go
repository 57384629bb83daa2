package feed

import (
	"net/url"
	"strings"
	"testing"
)

func FuzzParseFeed(f *testing.F) {
	f.Add([]byte(rss(1, 2)))
	f.Add([]byte(atom("https://example.org", 3)))
	f.Add([]byte(jsonFeed("https://example.org", 4)))
	for _, s := range []string{"", "<rss>", "{}", `{"version":"https://jsonfeed.org/version/1","items":[null,{"url":"//x"}]}`,
		`<feed xmlns="http://www.w3.org/2005/Atom"><entry><link href="javascript:alert(1)"/></entry></feed>`} {
		f.Add([]byte(s))
	}
	base, _ := url.Parse("https://example.org/feed.xml")
	f.Fuzz(func(t *testing.T, data []byte) {
		parsed, err := parseFeed(data)
		if err != nil {
			return
		}
		for _, it := range itemsOf("https://example.org/feed.xml", base, parsed) {
			if it.URL != "" && !strings.HasPrefix(it.URL, "http://") && !strings.HasPrefix(it.URL, "https://") {
				t.Fatalf("item URL %q is not http(s)", it.URL)
			}
		}
	})
}
