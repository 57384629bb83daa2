package store

import (
	"errors"
	"fmt"
	"strings"

	"github.com/chronicle-news/chronicle/internal/article"
)

// Identity returns the content hash and ID under which every backend
// stores a: the hash given, or the one of its raw input, and the ID the
// hash makes; an ID that does not belong to the hash is refused, since
// idempotent ingest rests on that pairing.
func Identity(a *article.Article) (hash, id string, err error) {
	hash = strings.ToLower(a.Hash)
	if hash == "" {
		if a.Raw == nil {
			return "", "", errors.New("article has neither a hash nor raw input")
		}
		hash, _ = article.HashOf(a.Raw)
	}
	if len(hash) != 64 || strings.Trim(hash, "0123456789abcdef") != "" {
		return "", "", fmt.Errorf("hash %q is not a hex SHA-256", a.Hash)
	}
	id = hash[:16]
	if a.ID != "" && !strings.EqualFold(a.ID, id) {
		return "", "", fmt.Errorf("id %q does not match hash %q", a.ID, hash)
	}
	return hash, id, nil
}
