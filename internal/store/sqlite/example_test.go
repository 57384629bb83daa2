package sqlite_test

import (
	"context"
	"fmt"
	"log"
	"os"
	"path/filepath"

	"github.com/chronicle-news/chronicle/internal/article"
	"github.com/chronicle-news/chronicle/internal/store"
	"github.com/chronicle-news/chronicle/internal/store/sqlite"
)

// exampleDB opens a store in a fresh temporary directory and returns a
// function that closes it and removes the directory.
func exampleDB(ctx context.Context) (*sqlite.DB, func()) {
	dir, err := os.MkdirTemp("", "chronicle-example")
	if err != nil {
		log.Fatal(err)
	}
	db, err := sqlite.Open(ctx, filepath.Join(dir, "chronicle.db"))
	if err != nil {
		log.Fatal(err)
	}
	return db, func() { db.Close(); os.RemoveAll(dir) }
}

// exampleArticle builds an article from raw text as the cleaner would.
func exampleArticle(raw, title, outlet string, published article.Published) *article.Article {
	hash, id := article.HashOf([]byte(raw))
	return &article.Article{ID: id, Hash: hash, Source: "example.txt", Format: article.FormatText,
		Title: title, Outlet: outlet, Published: published, Language: "en", Body: raw, Raw: []byte(raw)}
}

func ExampleOpen() {
	ctx := context.Background()
	dir, err := os.MkdirTemp("", "chronicle-example")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)

	db, err := sqlite.Open(ctx, filepath.Join(dir, "chronicle.db"))
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()
	st, err := db.Stats(ctx)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("articles:", st.Articles)
	// Output: articles: 0
}

func ExampleDB_Put() {
	ctx := context.Background()
	db, done := exampleDB(ctx)
	defer done()

	a := exampleArticle("The council approved the new budget on Tuesday.", "Council approves budget", "City Herald",
		article.OnDay(2025, 6, 3))
	for range 2 { // the second Put of the same content changes nothing
		added, err := db.Put(ctx, a)
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println("added:", added)
	}
	got, err := db.Get(ctx, a.ID)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(got.Title, "|", got.Outlet, "|", got.Published)
	// Output:
	// added: true
	// added: false
	// Council approves budget | City Herald | 2025-06-03
}

func ExampleDB_Search() {
	ctx := context.Background()
	db, done := exampleDB(ctx)
	defer done()

	for _, a := range []*article.Article{
		exampleArticle("Farmers protested outside parliament against the new tax on diesel.",
			"Farmers protest diesel tax", "City Herald", article.OnDay(2025, 6, 2)),
		exampleArticle("The minister defended the diesel tax in a radio interview.",
			"Minister defends tax", "Radio News", article.OnDay(2025, 6, 3)),
	} {
		if _, err := db.Put(ctx, a); err != nil {
			log.Fatal(err)
		}
	}
	// Every word must match; English words match their other forms.
	hits, err := db.Search(ctx, "diesel protest", store.Filter{})
	if err != nil {
		log.Fatal(err)
	}
	for _, h := range hits {
		fmt.Println(h.Article.Title, "|", h.Snippet)
	}
	// Output:
	// Farmers protest diesel tax | Farmers **protested** outside parliament against the new tax on **diesel**.
}
