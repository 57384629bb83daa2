package sqlite

import (
	"context"
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle/internal/article"
)

func TestRawCompressed(t *testing.T) {
	db := openTemp(t)
	ctx := context.Background()
	raw := strings.Repeat("<p>Repetitive markup compresses well.</p>\n", 500)
	a := newTestArticle(raw)
	if _, err := db.Put(ctx, a); err != nil {
		t.Fatalf("Put: %v", err)
	}
	var blob []byte
	if err := db.read.QueryRowContext(ctx, `SELECT raw FROM articles WHERE id = ?`, a.ID).Scan(&blob); err != nil {
		t.Fatalf("select raw: %v", err)
	}
	if len(blob) < 2 || blob[0] != 0x1f || blob[1] != 0x8b || len(blob) > len(raw)/4 {
		t.Errorf("raw stored as %d bytes (magic % x), want gzip well under %d", len(blob), blob[:min(2, len(blob))], len(raw))
	}
}

// newTestArticle returns an article made from raw as the cleaner would.
func newTestArticle(raw string) *article.Article {
	hash, id := article.HashOf([]byte(raw))
	return &article.Article{ID: id, Hash: hash, Format: article.FormatText, Body: raw, Raw: []byte(raw)}
}

func TestPutIdentity(t *testing.T) {
	raw := []byte("identity test")
	hash, id := article.HashOf(raw)
	tests := []struct {
		name    string
		a       *article.Article
		wantID  string
		wantErr bool
	}{
		{"complete", &article.Article{ID: id, Hash: hash, Raw: raw}, id, false},
		{"hash from raw", &article.Article{Raw: raw, Title: "second"}, id, false},
		{"ID from hash", &article.Article{Hash: strings.ToUpper(hash)}, id, false},
		{"ID of another hash", &article.Article{ID: "0000000000000000", Hash: hash}, "", true},
		{"no hash, no raw", &article.Article{Title: "nothing to key on"}, "", true},
		{"short hash", &article.Article{Hash: "abc"}, "", true},
		{"not hex", &article.Article{Hash: strings.Repeat("g", 64)}, "", true},
		{"nil", nil, "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db := openTemp(t)
			_, err := db.Put(context.Background(), tt.a)
			if (err != nil) != tt.wantErr {
				t.Fatalf("Put: error %v, want error %v", err, tt.wantErr)
			}
			if tt.wantErr {
				return
			}
			got, err := db.Get(context.Background(), tt.wantID)
			if err != nil {
				t.Fatalf("Get(%s): %v", tt.wantID, err)
			}
			if got.Hash != hash {
				t.Errorf("stored hash %s, want %s", got.Hash, hash)
			}
		})
	}
}

func TestGetByHash(t *testing.T) {
	db := openTemp(t)
	a := newTestArticle("found by its full hash too")
	if _, err := db.Put(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	if got, err := db.Get(context.Background(), a.Hash); err != nil || got.ID != a.ID {
		t.Errorf("Get(hash) = %v, %v", got, err)
	}
}
