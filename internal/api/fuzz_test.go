package api

import (
	"context"
	"net/http/httptest"
	"net/url"
	"testing"
	"time"
)

// FuzzQuery sends arbitrary raw query strings to the read routes: none may
// panic or fail with a server error; a filter is either answered or
// refused as a bad request (404 only for an unknown story).
func FuzzQuery(f *testing.F) {
	h := loaded(f)
	paths := []string{"/api/events", "/api/timeline", "/api/network", "/api/positions", "/api/stories",
		"/api/articles", "/api/search", "/api/actors", "/api/stats"}
	for _, seed := range []string{
		"", "actor=Putin&actor=Biden", "type=CONSULT,agree&status=happened", "from=2021-01-01&to=2021-12-31",
		"limit=2&offset=1", "format=csv", "format=dot&by=country&top=3", "q=Geneva", "actr=x", "%zz", "a=%",
		"actor=&type=", "story=st-0", "min_events=1", "limit=99999999999999999999", "q=%00%FF", ";;&&==",
	} {
		for i := range paths {
			f.Add(uint8(i), seed)
		}
	}
	f.Fuzz(func(t *testing.T, which uint8, raw string) {
		path := paths[int(which)%len(paths)]
		// A deadline turns a request that hangs into a 503 that fails
		// the target with its input, instead of a silent stall.
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		req := httptest.NewRequestWithContext(ctx, "GET", path, nil)
		req.URL.RawQuery = raw
		res := httptest.NewRecorder()
		h.ServeHTTP(res, req)
		switch res.Code {
		case 200, 400:
		case 404:
			if q, err := url.ParseQuery(raw); err != nil || q.Get("story") == "" {
				t.Fatalf("GET %s?%q = 404 without a story: %s", path, raw, res.Body)
			}
		default:
			t.Fatalf("GET %s?%q = %d %s", path, raw, res.Code, res.Body)
		}
	})
}
