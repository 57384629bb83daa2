package merge

import (
	"strconv"

	"github.com/chronicle-news/chronicle/internal/article"
)

// MentionsOf returns the event mentions of one clean article, ready for
// Plan: IDs "articleID:index", the article cited as their source, group
// naming its near-duplicate group ("" when it stands alone).
func MentionsOf(a *article.Article, group string) []Mention {
	if a == nil || len(a.Events) == 0 {
		return nil
	}
	src := Source{Article: a.ID, Source: a.Source, Outlet: a.Outlet, Title: a.Title, Published: a.Published, Group: group}
	out := make([]Mention, len(a.Events))
	for i, e := range a.Events {
		out[i] = Mention{ID: a.ID + ":" + strconv.Itoa(i), Source: src, Event: e}
	}
	return out
}
