package ui

import (
	"fmt"
	"html/template"
	"net/url"
	"strconv"
	"strings"

	"github.com/chronicle-news/chronicle/internal/article"
	"github.com/chronicle-news/chronicle/internal/merge"
)

// funcs are the helpers templates call. Each returns plain strings, which
// html/template escapes for the context they land in; URLs are built from
// path-escaped parts so that an ID or a name cannot leave its segment.
func (h *handler) funcs() template.FuncMap {
	return template.FuncMap{
		"static":    h.static.url,
		"actorName": h.actorName,
		"stateName": h.rec.StateName,
		"actorURL":  actorURL,
		"eventURL":  func(id string) string { return "/events/" + url.PathEscape(id) },
		"storyURL":  func(id string) string { return "/stories/" + url.PathEscape(id) },
		"articleURL": func(m merge.Mention) string {
			return citeURL(m.Article, m.Event.Span)
		},
		"articleURL1": func(id string) string { return "/articles/" + url.PathEscape(id) },
		"placeURL":    placeURL,
		"day":         day,
		"lower":       strings.ToLower,
		"mode":        func(e merge.Event) string { return e.Mode },
		"history":     history,
		"anchor":      anchor,
		"mentionLabel": func(e *merge.Event, id string) string {
			for _, m := range e.Mentions {
				if m.ID == id {
					return fmt.Sprintf("%s, %s", orUnknown(m.Outlet), day(m.Published))
				}
			}
			return id
		},
	}
}

// actorName names an actor as the record does: by its name, or by its
// state when the report gave only that.
func (h *handler) actorName(a article.Actor) string {
	if a.Name != "" {
		return a.Name
	}
	if a.Country != "" {
		return h.rec.StateName(a.Country)
	}
	return "unknown"
}

func actorURL(name string) string { return "/actors/" + url.PathEscape(name) }

// citeURL opens an article at a mention's sentence: the span travels in
// the query and the fragment scrolls to the <mark id="s"> that wraps it.
func citeURL(articleID string, span [2]int) string {
	u := "/articles/" + url.PathEscape(articleID)
	if span[1] > span[0] && span[0] >= 0 {
		u += fmt.Sprintf("?m=%d-%d#s", span[0], span[1])
	}
	return u
}

// placeURL is the timeline of the events at a place (by name, or by
// country when the report gave only that).
func placeURL(p *article.Place) string {
	if p == nil {
		return "/timeline"
	}
	v := p.Name
	if v == "" {
		v = p.Country
	}
	return "/timeline?" + url.Values{"place": {v}}.Encode()
}

// day is a publication day as the pages show it.
func day(p article.Published) string {
	if p.IsZero() {
		return "undated"
	}
	return p.Day()
}

func orUnknown(outlet string) string {
	if outlet == "" {
		return "unknown outlet"
	}
	return outlet
}

// history tells how the reported status changed, oldest report first, when
// it changed at all ("proposed → planned → happened").
func history(e merge.Event) string {
	var steps []string
	for _, s := range e.History {
		if len(steps) == 0 || steps[len(steps)-1] != s.Status {
			steps = append(steps, s.Status)
		}
	}
	if len(steps) < 2 {
		return ""
	}
	return strings.Join(steps, " → ")
}

func pathEscape(s string) string { return url.PathEscape(s) }

func itoa(n int) string { return strconv.Itoa(n) }

// anchor is the id of a mention on the event page; mention IDs hold a
// colon, which URL fragments would carry percent-encoded.
func anchor(mentionID string) string { return "m-" + strings.ReplaceAll(mentionID, ":", "-") }
