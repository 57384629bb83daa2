package source_test

import (
	"context"
	"errors"
	"fmt"

	"github.com/chronicle-news/chronicle/internal/source"
)

// A caller reads documents and failures from one loop; unsupported files are
// reported as skipped rather than failed.
func ExampleRead() {
	ctx := context.Background()
	inputs := []string{"testdata/article.txt", "testdata/records.jsonl"}
	for doc, err := range source.Read(ctx, inputs, source.Options{}) {
		switch {
		case errors.Is(err, source.ErrUnsupported):
			fmt.Println("skipped:", err)
		case err != nil:
			fmt.Println("failed:", err)
		default:
			fmt.Printf("%s %s %q\n", doc.Origin, doc.Format, doc.Hints.Title)
		}
	}
	// Output:
	// testdata/article.txt text ""
	// testdata/records.jsonl:1 text "Envoys hold talks in Riyadh"
	// testdata/records.jsonl:3 html "Summit page"
	// failed: testdata/records.jsonl:4: invalid JSON record: unexpected end of JSON input
	// failed: testdata/records.jsonl:5: record has no content (no html, text, body or content field)
	// failed: testdata/records.jsonl:6: invalid JSON record: not a JSON object
	// testdata/records.jsonl:7 text ""
}

// Count sizes a progress bar before reading.
func ExampleCount() {
	files, bytes, err := source.Count(context.Background(), []string{"testdata"})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(files > 0, bytes > 0)
	// Output: true true
}
