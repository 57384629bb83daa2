package story_test

import (
	"fmt"

	"github.com/chronicle-news/chronicle/internal/article"
	"github.com/chronicle-news/chronicle/internal/merge"
	"github.com/chronicle-news/chronicle/internal/story"
)

func ExampleCluster() {
	russia := article.Actor{Name: "Russia", Country: "RUS"}
	ukraine := article.Actor{Name: "Ukraine", Country: "UKR"}
	lavrov := article.Actor{Name: "Sergey Lavrov", Country: "RUS"}
	istanbul := &article.Place{Name: "Istanbul", Country: "TUR"}
	cite := func(id string) []merge.Mention {
		return []merge.Mention{{ID: id + ":0", Source: merge.Source{Article: id}}}
	}
	events := []merge.Event{
		{ID: "e1", Type: "CONSULT", First: "2025-05-16", Last: "2025-05-16", Actors: []article.Actor{russia, ukraine},
			Location: istanbul, Mentions: cite("a1")},
		{ID: "e2", Type: "CONSULT", First: "2025-06-02", Last: "2025-06-02", Actors: []article.Actor{lavrov},
			Recipients: []article.Actor{ukraine}, Location: istanbul, Mentions: cite("a2")},
		{ID: "e3", Type: "ASSAULT", First: "2025-06-01", Last: "2025-06-01", Actors: []article.Actor{ukraine},
			Recipients: []article.Actor{russia}, Mentions: cite("a3")},
	}
	for _, s := range story.Cluster(events) {
		fmt.Println(s.Name, s.Events)
	}
	// Output:
	// Russia–Ukraine talks in Istanbul, May–Jun 2025 [e1 e2]
	// Russia–Ukraine strikes, Jun 2025 [e3]
}
