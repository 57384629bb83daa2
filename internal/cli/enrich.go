package cli

import (
	"github.com/chronicle-news/chronicle/internal/clean"
	"github.com/chronicle-news/chronicle/internal/record"
)

// eventStage returns the hook that runs the language and event stages on a
// clean article, over the knowledge base with the user's overlays.
func (a *app) eventStage() (func(*clean.Result), error) {
	k, err := a.loadKB()
	if err != nil {
		return nil, err
	}
	return record.EventStage(k), nil
}
