package article

import "encoding/json"

// record is the JSON shape of the extract contract.
type record struct {
	ID        string    `json:"id"`
	Source    string    `json:"source"`
	URL       string    `json:"url,omitempty"`
	Title     *string   `json:"title"`
	Published Published `json:"published"`
	Outlet    *string   `json:"outlet"`
	Authors   []string  `json:"authors"`
	Language  *string   `json:"language"`
	Body      string    `json:"body"`
	Events    []Event   `json:"events"`
}

func orNull(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func orEmpty(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

// MarshalJSON writes the article in the extract contract: unknown fields are
// null, lists are never null.
func (a Article) MarshalJSON() ([]byte, error) {
	r := record{
		ID: a.ID, Source: a.Source, URL: a.URL, Title: orNull(a.Title), Published: a.Published,
		Outlet: orNull(a.Outlet), Authors: a.Authors, Language: orNull(a.Language), Body: a.Body, Events: a.Events,
	}
	if r.Authors == nil {
		r.Authors = []string{}
	}
	if r.Events == nil {
		r.Events = []Event{}
	}
	return json.Marshal(r)
}

// UnmarshalJSON reads the extract contract back into an Article.
func (a *Article) UnmarshalJSON(b []byte) error {
	var r record
	if err := json.Unmarshal(b, &r); err != nil {
		return err
	}
	*a = Article{
		ID: r.ID, Source: r.Source, URL: r.URL, Title: orEmpty(r.Title), Published: r.Published,
		Outlet: orEmpty(r.Outlet), Authors: r.Authors, Language: orEmpty(r.Language), Body: r.Body, Events: r.Events,
	}
	return nil
}
