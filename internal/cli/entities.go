package cli

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/chronicle-news/chronicle/internal/clean"
	"github.com/chronicle-news/chronicle/internal/kb"
	"github.com/chronicle-news/chronicle/internal/nlp"
	"github.com/chronicle-news/chronicle/internal/nlp/actor"
	"github.com/chronicle-news/chronicle/internal/nlp/timex"
	"github.com/chronicle-news/chronicle/internal/pipeline"
	"github.com/chronicle-news/chronicle/internal/source"
)

// loadKB loads the built-in knowledge base with the user's overlays.
func (a *app) loadKB() (*kb.KB, error) {
	k, err := kb.Load(a.kbFiles...)
	if err != nil {
		return nil, fmt.Errorf("knowledge base: %w", err)
	}
	return k, nil
}

func (a *app) entitiesCommand() *cobra.Command {
	var (
		format  string
		maxSize int64
	)
	cmd := &cobra.Command{
		Use:   "entities PATH|- ...",
		Short: "Print, per sentence, the actors, places and dates Chronicle recognises",
		Long: `Cleans each article like extract, splits its body into sentences and prints for every
sentence the actors (canonical name, state, sector, office, and how they were recognised),
the places, and the date expressions normalised against the publication date.
This is the tool to see why an event came out as it did.
--format text (default), json (one array of articles) or jsonl.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != "text" && format != "json" && format != "jsonl" {
				return usageError{fmt.Errorf("--format %q: want text, json or jsonl", format)}
			}
			k, err := a.loadKB()
			if err != nil {
				return err
			}
			an := nlp.New(k)
			w := bufio.NewWriter(a.stdout)
			defer w.Flush()
			n := 0
			if format == "json" {
				w.WriteString("[")
			}
			opt := pipeline.Options{Source: source.Options{MaxBytes: maxSize, Stdin: a.stdin}, Learn: true}
			err = a.eachArticle(cmd.Context(), args, opt, func(r clean.Result) error {
				art := &r.Article
				doc := an.Analyze(art)
				first := n == 0
				n++
				switch format {
				case "text":
					if !first {
						w.WriteString("\n")
					}
					writeEntitiesText(w, art.ID, art.Source, art.Published.String(), doc)
					return nil
				case "json":
					if !first {
						w.WriteString(",")
					}
					w.WriteString("\n")
				}
				b, err := json.Marshal(entitiesRecord(art.ID, art.Source, doc))
				if err != nil {
					return err
				}
				w.Write(b)
				if format == "jsonl" {
					w.WriteString("\n")
				}
				return nil
			})
			if format == "json" {
				w.WriteString("\n]\n")
			}
			return err
		},
	}
	cmd.Flags().StringVarP(&format, "format", "f", "text", "output format: text, json or jsonl")
	cmd.Flags().Int64Var(&maxSize, "max-size", source.DefaultMaxBytes, "largest document accepted, in bytes after decompression")
	return cmd
}

func writeEntitiesText(w io.Writer, id, src, published string, doc nlp.Doc) {
	fmt.Fprintf(w, "== %s  %s  published %s  anchor %s\n", id, src, dash(published), anchorText(doc.Anchor))
	for i, s := range doc.Sentences {
		if len(s.Actors) == 0 && len(s.Places) == 0 && len(s.Dates) == 0 {
			continue
		}
		fmt.Fprintf(w, "[%d] %s\n", i+1, truncate(s.Text, 160))
		for _, m := range s.Actors {
			if m.Modifier {
				continue
			}
			fmt.Fprintf(w, "    actor  %-24s %s  %q via %s\n", m.Name, actorDetail(m), m.Text, m.Via)
		}
		for _, m := range s.Places {
			fmt.Fprintf(w, "    place  %-24s %s  %q\n", m.Name, dash(m.Country), m.Text)
		}
		for _, d := range s.Dates {
			v := d.Value.String()
			if d.Value.Precision == timex.None {
				v = "unresolved"
			}
			fmt.Fprintf(w, "    date   %-24s %s  %q by %s\n", v, precisionName(d.Value.Precision), d.Text, d.Rule)
		}
	}
}

func actorDetail(m actor.Mention) string {
	parts := []string{dash(m.Country)}
	if m.Org != "" {
		parts = append(parts, m.Org)
	}
	if m.Sector != "" {
		parts = append(parts, m.Sector)
	}
	if m.Office != "" {
		parts = append(parts, m.Office)
	}
	return strings.Join(parts, " ")
}

func anchorText(an timex.Anchor) string {
	switch {
	case !an.Date.IsZero():
		return an.Date.Format("2006-01-02")
	case an.Year != 0:
		return fmt.Sprintf("year %d only", an.Year)
	}
	return "none"
}

func precisionName(p timex.Precision) string {
	switch p {
	case timex.Day:
		return "day"
	case timex.Week:
		return "week"
	case timex.Month:
		return "month"
	case timex.Year:
		return "year"
	}
	return "-"
}

// The JSON shape of `entities`: one record per article.
type (
	entitiesArticle struct {
		ID        string             `json:"id"`
		Source    string             `json:"source"`
		Anchor    string             `json:"anchor"`
		Sentences []entitiesSentence `json:"sentences"`
	}
	entitiesSentence struct {
		Span   [2]int       `json:"span"`
		Text   string       `json:"text"`
		Actors []entityJSON `json:"actors"`
		Places []entityJSON `json:"places"`
		Dates  []dateJSON   `json:"dates"`
	}
	entityJSON struct {
		Name    string `json:"name"`
		Kind    string `json:"kind"`
		Country string `json:"country,omitempty"`
		Org     string `json:"org,omitempty"`
		Sector  string `json:"sector,omitempty"`
		Office  string `json:"office,omitempty"`
		Title   string `json:"title,omitempty"`
		Text    string `json:"text"`
		Span    [2]int `json:"span"`
		Via     string `json:"via"`
	}
	dateJSON struct {
		Value     *string `json:"value"`
		Precision string  `json:"precision"`
		Text      string  `json:"text"`
		Span      [2]int  `json:"span"`
		Rule      string  `json:"rule"`
	}
)

func entitiesRecord(id, src string, doc nlp.Doc) entitiesArticle {
	out := entitiesArticle{ID: id, Source: src, Anchor: anchorText(doc.Anchor), Sentences: []entitiesSentence{}}
	for _, s := range doc.Sentences {
		es := entitiesSentence{Span: [2]int{s.Start, s.End}, Text: s.Text,
			Actors: []entityJSON{}, Places: []entityJSON{}, Dates: []dateJSON{}}
		for _, m := range s.Actors {
			if !m.Modifier {
				es.Actors = append(es.Actors, entityOf(m))
			}
		}
		for _, m := range s.Places {
			es.Places = append(es.Places, entityOf(m))
		}
		for _, d := range s.Dates {
			dj := dateJSON{Precision: precisionName(d.Value.Precision), Text: d.Text, Span: [2]int{d.Start, d.End}, Rule: d.Rule}
			if d.Value.Precision != timex.None {
				v := d.Value.String()
				dj.Value = &v
			}
			es.Dates = append(es.Dates, dj)
		}
		out.Sentences = append(out.Sentences, es)
	}
	return out
}

func entityOf(m actor.Mention) entityJSON {
	return entityJSON{Name: m.Name, Kind: kindName(m.Kind), Country: m.Country, Org: m.Org, Sector: m.Sector,
		Office: m.Office, Title: m.Title, Text: m.Text, Span: [2]int{m.Start, m.End}, Via: m.Via}
}

func kindName(k actor.Kind) string {
	switch k {
	case actor.State:
		return "state"
	case actor.Org:
		return "org"
	case actor.Person:
		return "person"
	case actor.Place:
		return "place"
	}
	return "unknown"
}
