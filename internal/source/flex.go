package source

import (
	"bytes"
	"cmp"
	"encoding/json"
	"strings"
	"unicode/utf8"
)

// flexString accepts whatever a dump puts in a field: a string, a number (an
// epoch date), an object with a name or a rendered value (NewsAPI's source,
// WordPress's title and content), or a list of strings (paragraphs). Other
// shapes leave it empty rather than failing the whole record.
type flexString struct {
	s   string
	set bool
}

// UnmarshalJSON never fails on a well-formed value; see flexString.
func (f *flexString) UnmarshalJSON(b []byte) error {
	f.set = true
	if len(b) == 0 {
		return nil
	}
	switch b[0] {
	case '"':
		f.s = unquote(b)
	case '{':
		var named struct {
			Name     string `json:"name"`
			Rendered string `json:"rendered"` // WordPress's REST API
		}
		if json.Unmarshal(b, &named) == nil {
			f.s = cmp.Or(named.Name, named.Rendered)
		}
	case '[':
		// Paragraphs as a list of strings become paragraphs of text.
		var parts []flexString
		if json.Unmarshal(b, &parts) == nil {
			var kept []string
			for _, p := range parts {
				if p := strings.TrimSpace(p.s); p != "" {
					kept = append(kept, p)
				}
			}
			f.s = strings.Join(kept, "\n\n")
		}
	case 'n', 't', 'f':
		f.set = false
	default:
		f.s = string(b) // a number, kept as written
	}
	return nil
}

// flexList accepts authors as a list of names, a list of objects with a name,
// one such object, or one string of names separated by commas, semicolons or
// "and".
type flexList []string

// UnmarshalJSON never fails on a well-formed value; see flexList.
func (l *flexList) UnmarshalJSON(b []byte) error {
	if len(b) == 0 {
		return nil
	}
	switch b[0] {
	case '"':
		*l = splitNames(unquote(b))
	case '{':
		var f flexString
		_ = f.UnmarshalJSON(b)
		if name := strings.TrimSpace(f.s); name != "" {
			*l = []string{name}
		}
	case '[':
		var items []flexString
		if json.Unmarshal(b, &items) != nil {
			return nil
		}
		for _, it := range items {
			if name := strings.TrimSpace(it.s); name != "" {
				*l = append(*l, name)
			}
		}
	}
	return nil
}

// nameSeparators split a byline string into names.
var nameSeparators = strings.NewReplacer(";", ",", "|", ",", " & ", ",", " and ", ",", "\n", ",")

func splitNames(s string) []string {
	var names []string
	for _, part := range strings.Split(nameSeparators.Replace(s), ",") {
		if part = strings.TrimSpace(part); part != "" {
			names = append(names, part)
		}
	}
	return names
}

// unquote decodes a JSON string the decoder has already checked. Article
// content is mostly free of escapes, and taking it as it stands avoids
// parsing kilobytes of text a second time.
func unquote(b []byte) string {
	if len(b) >= 2 && bytes.IndexByte(b, '\\') < 0 && utf8.Valid(b) {
		return string(b[1 : len(b)-1])
	}
	var s string
	_ = json.Unmarshal(b, &s)
	return s
}
