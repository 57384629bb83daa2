package storetest

import (
	"context"
	"testing"

	"github.com/chronicle-news/chronicle/internal/article"
	"github.com/chronicle-news/chronicle/internal/store"
)

// testVersion checks that the version moves on when, and only when, an
// article is stored: an answer kept at one version must stay true while
// the version stands.
func testVersion(t *testing.T, s store.Store) {
	ctx := context.Background()
	version := func() int64 {
		t.Helper()
		v, err := s.Version(ctx)
		if err != nil {
			t.Fatalf("Version: %v", err)
		}
		return v
	}
	v0 := version()
	if v := version(); v != v0 {
		t.Fatalf("version moved from %d to %d without a write", v0, v)
	}
	a := newArticle("version test: an article about talks in Vienna")
	if _, err := s.Put(ctx, a); err != nil {
		t.Fatal(err)
	}
	v1 := version()
	if v1 == v0 {
		t.Fatalf("version stayed %d after an article was stored", v0)
	}
	if added, err := s.Put(ctx, a); err != nil || added {
		t.Fatalf("second Put = %v, %v", added, err)
	}
	if v := version(); v != v1 {
		t.Errorf("version moved from %d to %d when nothing was stored", v1, v)
	}
	if bp, ok := s.(interface {
		PutBatch(context.Context, []*article.Article) ([]bool, error)
	}); ok {
		if _, err := bp.PutBatch(ctx, []*article.Article{newArticle("version test: a second article"), newArticle("version test: a third")}); err != nil {
			t.Fatal(err)
		}
		if v := version(); v == v1 {
			t.Errorf("version stayed %d after a batch was stored", v1)
		}
	}
	ctxDone, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := s.Version(ctxDone); err == nil {
		t.Error("Version with a cancelled context: no error")
	}
}
