package html

import (
	"encoding/json"
	"strings"
)

// ldInfo is what Chronicle reads from a page's schema.org JSON-LD.
type ldInfo struct {
	isArticle   bool
	headline    string
	published   string
	created     string
	authors     []string // names of Person authors, or of untyped ones
	orgAuthors  []string // names of Organization authors, to be left out
	publisher   string
	language    string
	url         string
	description string
}

// articleTypes are the schema.org types of a news or blog article.
var articleTypes = map[string]bool{
	"article": true, "newsarticle": true, "reportagenewsarticle": true, "analysisnewsarticle": true,
	"opinionnewsarticle": true, "backgroundnewsarticle": true, "reviewnewsarticle": true,
	"blogposting": true, "liveblogposting": true, "report": true, "scholarlyarticle": true,
	"socialmediaposting": true, "techarticle": true, "askpublicnewsarticle": true,
}

// readJSONLD merges the JSON-LD blocks of a page. The first article object
// found provides the fields; other objects only fill what is still empty.
func readJSONLD(blocks []string) ldInfo {
	var info ldInfo
	for _, raw := range blocks {
		var v any
		raw = strings.TrimSpace(raw)
		if raw == "" {
			continue
		}
		if err := json.Unmarshal([]byte(raw), &v); err != nil {
			// CMSs often emit raw control characters inside strings.
			cleaned := strings.Map(func(r rune) rune {
				if r < 0x20 {
					return ' '
				}
				return r
			}, raw)
			if json.Unmarshal([]byte(cleaned), &v) != nil {
				continue
			}
		}
		for _, obj := range ldObjects(v, 0) {
			info.merge(obj)
		}
	}
	return info
}

// ldObjects flattens arrays and @graph containers into a list of objects.
func ldObjects(v any, depth int) []map[string]any {
	if depth > 8 {
		return nil
	}
	switch x := v.(type) {
	case []any:
		var out []map[string]any
		for _, e := range x {
			out = append(out, ldObjects(e, depth+1)...)
		}
		return out
	case map[string]any:
		out := []map[string]any{x}
		if g, ok := x["@graph"]; ok {
			out = append(out, ldObjects(g, depth+1)...)
		}
		return out
	}
	return nil
}

func (info *ldInfo) merge(obj map[string]any) {
	isArticle := false
	for _, t := range ldTypes(obj) {
		if articleTypes[strings.ToLower(t)] {
			isArticle = true
		}
	}
	if isArticle && !info.isArticle {
		// An article object overrides what other objects (WebPage,
		// Organization) set before it.
		*info = ldInfo{isArticle: true, publisher: info.publisher, language: info.language}
	} else if !isArticle && info.isArticle {
		return
	}
	setIfEmpty(&info.headline, ldString(obj["headline"]))
	setIfEmpty(&info.published, ldString(obj["datePublished"]))
	setIfEmpty(&info.created, ldString(obj["dateCreated"]))
	setIfEmpty(&info.language, ldString(obj["inLanguage"]))
	setIfEmpty(&info.description, ldString(obj["description"]))
	setIfEmpty(&info.url, ldString(obj["url"]))
	if p, ok := obj["publisher"]; ok {
		for _, o := range ldObjects(p, 0) {
			setIfEmpty(&info.publisher, ldString(o["name"]))
		}
		if s, ok := p.(string); ok {
			setIfEmpty(&info.publisher, s)
		}
	}
	if isArticle && len(info.authors) == 0 {
		info.addAuthors(obj["author"])
		if len(info.authors) == 0 {
			info.addAuthors(obj["creator"])
		}
	}
}

func (info *ldInfo) addAuthors(v any) {
	switch x := v.(type) {
	case string:
		info.authors = append(info.authors, x)
	case []any:
		for _, e := range x {
			info.addAuthors(e)
		}
	case map[string]any:
		name := ldString(x["name"])
		if name == "" {
			name = strings.TrimSpace(ldString(x["givenName"]) + " " + ldString(x["familyName"]))
		}
		if name == "" {
			return
		}
		for _, t := range ldTypes(x) {
			if !strings.EqualFold(t, "Person") {
				info.orgAuthors = append(info.orgAuthors, name)
				return
			}
		}
		info.authors = append(info.authors, name)
	}
}

// ldTypes returns the @type of an object, which may be a string or a list.
func ldTypes(obj map[string]any) []string {
	switch t := obj["@type"].(type) {
	case string:
		return []string{t}
	case []any:
		var out []string
		for _, e := range t {
			if s, ok := e.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}

// ldString reads a string value, taking the first of a list and the
// name, @value or @id of an object.
func ldString(v any) string {
	switch x := v.(type) {
	case string:
		return collapse(x)
	case []any:
		for _, e := range x {
			if s := ldString(e); s != "" {
				return s
			}
		}
	case map[string]any:
		for _, k := range []string{"@value", "name", "@id"} {
			if s, ok := x[k].(string); ok && s != "" {
				return collapse(s)
			}
		}
	}
	return ""
}

func setIfEmpty(dst *string, v string) {
	if *dst == "" {
		*dst = v
	}
}
