package api_test

import (
	"context"
	"fmt"
	"io"
	"log"
	"net/http/httptest"
	"os"
	"path/filepath"

	"github.com/chronicle-news/chronicle/internal/api"
	"github.com/chronicle-news/chronicle/internal/kb"
	"github.com/chronicle-news/chronicle/internal/record"
	"github.com/chronicle-news/chronicle/internal/store/sqlite"
)

// The API over an empty store: every answer is JSON, refusals included.
func ExampleNew() {
	dir, err := os.MkdirTemp("", "chronicle-api")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	st, err := sqlite.Open(context.Background(), filepath.Join(dir, "example.db"))
	if err != nil {
		log.Fatal(err)
	}
	defer st.Close()
	k, err := kb.Load()
	if err != nil {
		log.Fatal(err)
	}
	h := api.New(record.New(st, k, record.Options{}), api.Options{})
	for _, target := range []string{"/api/stats", "/api/events?actr=Lavrov"} {
		res := httptest.NewRecorder()
		h.ServeHTTP(res, httptest.NewRequest("GET", target, nil))
		body, _ := io.ReadAll(res.Body)
		fmt.Printf("%d %s", res.Code, body)
	}
	// Output:
	// 200 {"articles":0,"outlets":0,"first_published":"","last_published":"","mentions":0,"events":0,"duplicate_groups":0}
	// 400 {"error":{"status":400,"message":"unknown query parameter \"actr\"; this route takes: actor, from, limit, offset, place, status, story, to, type"}}
}
