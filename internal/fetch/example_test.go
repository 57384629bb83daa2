package fetch_test

import (
	"context"
	"fmt"
	"time"

	"github.com/chronicle-news/chronicle/internal/fetch"
)

// The glue for `chronicle ingest https://…`: fetch the page, then read it
// as the documents the pipeline takes from files.
func ExampleFetcher_Fetch() {
	f := fetch.New(fetch.Options{Timeout: 20 * time.Second})
	ctx := context.Background()
	const u = "https://www.example.org/world/2025/06/02/talks"
	resp, err := f.Fetch(ctx, u)
	if err != nil {
		fmt.Println(err) // "https://…: HTTP 404 Not Found", "…: address not allowed: …"
		return
	}
	for doc, err := range resp.Documents(ctx, u) {
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(doc.Origin, doc.Format, len(doc.Data))
	}
}
