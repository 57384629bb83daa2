package postgres_test

import (
	"context"
	"fmt"
	"log"

	"github.com/chronicle-news/chronicle/internal/article"
	"github.com/chronicle-news/chronicle/internal/store"
	"github.com/chronicle-news/chronicle/internal/store/postgres"
)

// Several workers may open one database at once: each migrates it under
// a lock, and their Puts merge events in turn.
func ExampleOpen() {
	ctx := context.Background()
	db, err := postgres.Open(ctx, "postgres://chronicle@db.example.org/chronicle?pool_max_conns=8")
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()
	raw := []byte("Ministers met in Geneva on Monday and agreed to meet again in July.")
	hash, id := article.HashOf(raw)
	a := &article.Article{ID: id, Hash: hash, Source: "geneva.txt", Format: article.FormatText,
		Title: "Ministers meet in Geneva", Body: string(raw), Raw: raw, Published: article.OnDay(2025, 6, 2)}
	if _, err := db.Put(ctx, a); err != nil {
		log.Fatal(err)
	}
	hits, err := db.Search(ctx, "geneva ministers", store.Filter{Limit: 5})
	if err != nil {
		log.Fatal(err)
	}
	for _, h := range hits {
		fmt.Println(h.Article.Title, "—", h.Snippet)
	}
}
