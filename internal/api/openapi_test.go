package api

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
)

type openAPIParam struct {
	Ref  string `json:"$ref"`
	Name string `json:"name"`
	In   string `json:"in"`
}

type openAPIOp struct {
	Parameters []openAPIParam `json:"parameters"`
	Responses  map[string]any `json:"responses"`
}

// TestOpenAPIMatchesRoutes checks that the document names every route
// with exactly the query parameters it accepts, and nothing else.
func TestOpenAPIMatchesRoutes(t *testing.T) {
	var doc struct {
		OpenAPI    string                          `json:"openapi"`
		Paths      map[string]map[string]openAPIOp `json:"paths"`
		Components struct {
			Parameters map[string]openAPIParam `json:"parameters"`
			Schemas    map[string]any          `json:"schemas"`
		} `json:"components"`
	}
	if err := json.Unmarshal(openAPIDoc, &doc); err != nil {
		t.Fatalf("openapi.json: %v", err)
	}
	if !strings.HasPrefix(doc.OpenAPI, "3.1") {
		t.Errorf("openapi = %q, want 3.1", doc.OpenAPI)
	}
	served := map[string]bool{}
	for _, rt := range routes() {
		key := strings.ToLower(rt.method) + " " + rt.path
		served[key] = true
		op, ok := doc.Paths[rt.path][strings.ToLower(rt.method)]
		if !ok {
			t.Errorf("%s is served but not in openapi.json", key)
			continue
		}
		var query, path []string
		for _, p := range op.Parameters {
			if p.Ref != "" {
				name := strings.TrimPrefix(p.Ref, "#/components/parameters/")
				ref, ok := doc.Components.Parameters[name]
				if !ok {
					t.Errorf("%s: dangling %s", key, p.Ref)
					continue
				}
				p = ref
			}
			switch p.In {
			case "query":
				query = append(query, p.Name)
			case "path":
				path = append(path, p.Name)
			}
		}
		want := slices.Clone(rt.params)
		slices.Sort(want)
		slices.Sort(query)
		if !slices.Equal(query, want) {
			t.Errorf("%s: document lists query %v, route takes %v", key, query, want)
		}
		for _, name := range path {
			if !strings.Contains(rt.path, "{"+name+"}") {
				t.Errorf("%s: path parameter %s not in the pattern", key, name)
			}
		}
		if strings.Contains(rt.path, "{") && len(path) == 0 {
			t.Errorf("%s: path parameter undocumented", key)
		}
		if _, ok := op.Responses["200"]; !ok {
			t.Errorf("%s: no 200 response", key)
		}
		if _, ok := op.Responses["400"]; !ok && len(rt.params) > 0 {
			t.Errorf("%s: takes parameters but documents no 400", key)
		}
	}
	for path, ops := range doc.Paths {
		for method := range ops {
			if !served[method+" "+path] {
				t.Errorf("openapi.json documents %s %s, which is not served", method, path)
			}
		}
	}
	var whole any
	if err := json.Unmarshal(openAPIDoc, &whole); err != nil {
		t.Fatal(err)
	}
	refs := map[string]bool{}
	collectRefs(whole, refs)
	for ref := range refs {
		if name, ok := strings.CutPrefix(ref, "#/components/schemas/"); ok && doc.Components.Schemas[name] != nil {
			continue
		}
		if name, ok := strings.CutPrefix(ref, "#/components/parameters/"); ok && doc.Components.Parameters[name].Name != "" {
			continue
		}
		t.Errorf("dangling %s", ref)
	}
}

// collectRefs gathers every "$ref" value below v.
func collectRefs(v any, into map[string]bool) {
	switch x := v.(type) {
	case map[string]any:
		for k, e := range x {
			if s, ok := e.(string); ok && k == "$ref" {
				into[s] = true
			}
			collectRefs(e, into)
		}
	case []any:
		for _, e := range x {
			collectRefs(e, into)
		}
	}
}
