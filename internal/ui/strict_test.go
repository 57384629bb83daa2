package ui

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// assertStrict fails when a page would break the server's
// Content-Security-Policy (default-src 'self', no inline script or style):
// a <script> or <style> element, a style attribute, an event handler
// attribute, or a reference to another host.
func assertStrict(t *testing.T, where, page string) {
	t.Helper()
	z := html.NewTokenizer(strings.NewReader(page))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return
		case html.StartTagToken, html.SelfClosingTagToken:
			tok := z.Token()
			if tok.Data == "script" || tok.Data == "style" {
				t.Errorf("%s: inline <%s>", where, tok.Data)
			}
			for _, a := range tok.Attr {
				switch {
				case a.Key == "style":
					t.Errorf("%s: style attribute on <%s>", where, tok.Data)
				case strings.HasPrefix(a.Key, "on"):
					t.Errorf("%s: %s attribute on <%s>", where, a.Key, tok.Data)
				case (a.Key == "src" || (a.Key == "href" && tok.Data == "link")) &&
					(strings.Contains(a.Val, "//") || strings.HasPrefix(a.Val, "data:")):
					t.Errorf("%s: <%s> loads %s from elsewhere", where, tok.Data, a.Val)
				}
			}
		}
	}
}
