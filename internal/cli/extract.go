package cli

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/chronicle-news/chronicle/internal/record"

	"github.com/spf13/cobra"

	"github.com/chronicle-news/chronicle/internal/article"
	"github.com/chronicle-news/chronicle/internal/clean"
	"github.com/chronicle-news/chronicle/internal/fetch"
	"github.com/chronicle-news/chronicle/internal/pipeline"
	"github.com/chronicle-news/chronicle/internal/source"
)

func (a *app) extractCommand() *cobra.Command {
	var (
		format   string
		explain  bool
		workers  int
		maxSize  int64
		noLearn  bool
		private  bool
		noEvents bool
	)
	cmd := &cobra.Command{
		Use:   "extract PATH|- ...",
		Short: "Print the clean article and its metadata for each input, without storing",
		Long: `Prints, for every article of the inputs, the per-article contract (docs/ARCHITECTURE.md):
id, source, title, published, outlet, authors, language, body and events.
--format jsonl (one JSON object a line), json (one array) or text (for reading).
--explain adds, in text format, the role of every line of a flattened page, the evidence
behind each metadata field, and for each event its trigger and the rules that fired.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			enc, err := newEncoder(format, explain, a.stdout)
			if err != nil {
				return err
			}
			opt := pipeline.Options{
				Source:  source.Options{MaxBytes: maxSize, Stdin: a.stdin},
				Workers: workers,
				Learn:   !noLearn,
				Read:    record.Reader(fetch.New(fetch.Options{MaxBytes: maxSize, AllowPrivate: private}), nil),
			}
			if !noEvents {
				if opt.Enrich, err = a.eventStage(); err != nil {
					return err
				}
			}
			err = a.eachArticle(cmd.Context(), args, opt, enc.encode)
			// The output is closed whatever happened; failing to write it
			// matters more than inputs that failed.
			if ferr := enc.close(); ferr != nil && (err == nil || errors.As(err, new(exitError))) {
				err = ferr
			}
			return err
		},
	}
	cmd.Flags().StringVarP(&format, "format", "f", "jsonl", "output format: jsonl, json or text")
	cmd.Flags().BoolVar(&explain, "explain", false, "show line roles and metadata evidence (text format)")
	cmd.Flags().IntVar(&workers, "workers", 0, "articles cleaned at once (default: one per CPU)")
	cmd.Flags().Int64Var(&maxSize, "max-size", source.DefaultMaxBytes, "largest document accepted, in bytes after decompression")
	cmd.Flags().BoolVar(&private, "allow-private", false, "let URLs reach loopback and private network addresses (refused by default)")
	cmd.Flags().BoolVar(&noLearn, "no-learn", false, "clean each page on its own evidence, without learning each site's repeated lines and date order from the others")
	cmd.Flags().BoolVar(&noEvents, "no-events", false, "clean only: leave events empty (faster)")
	return cmd
}

// encoder writes clean articles in one output format.
type encoder struct {
	format  string
	explain bool
	w       *bufio.Writer
	n       int
}

func newEncoder(format string, explain bool, w io.Writer) (*encoder, error) {
	switch format {
	case "jsonl", "json", "text":
	default:
		return nil, usageError{fmt.Errorf("--format %q: want jsonl, json or text", format)}
	}
	if explain && format != "text" {
		format = "text"
	}
	return &encoder{format: format, explain: explain, w: bufio.NewWriter(w)}, nil
}

func (e *encoder) encode(r clean.Result) error {
	defer func() { e.n++ }()
	switch e.format {
	case "jsonl":
		b, err := json.Marshal(r.Article)
		if err != nil {
			return fmt.Errorf("encode %s: %w", r.Article.Source, err)
		}
		e.w.Write(b)
		return e.w.WriteByte('\n')
	case "json":
		b, err := json.MarshalIndent(r.Article, "  ", "  ")
		if err != nil {
			return fmt.Errorf("encode %s: %w", r.Article.Source, err)
		}
		if e.n == 0 {
			e.w.WriteString("[\n  ")
		} else {
			e.w.WriteString(",\n  ")
		}
		_, err = e.w.Write(b)
		return err
	}
	if e.n > 0 {
		e.w.WriteString("\n")
	}
	writeArticleText(e.w, &r.Article, true)
	writeEvents(e.w, r.Article.Events, e.explain)
	if e.explain {
		writeExplain(e.w, r)
	}
	return nil
}

func (e *encoder) close() error {
	if e.format == "json" {
		if e.n == 0 {
			e.w.WriteString("[")
		}
		e.w.WriteString("\n]\n")
	}
	return e.w.Flush()
}

// writeArticleText prints an article for reading: a header of metadata,
// then the body.
func writeArticleText(w io.Writer, a *article.Article, body bool) {
	fmt.Fprintf(w, "== %s  %s\n", a.ID, a.Source)
	field := func(k, v string) {
		if v == "" {
			v = "-"
		}
		fmt.Fprintf(w, "%-10s %s\n", k+":", v)
	}
	field("title", a.Title)
	field("published", a.Published.String())
	field("outlet", a.Outlet)
	field("authors", strings.Join(a.Authors, "; "))
	field("language", a.Language)
	if a.URL != "" {
		field("url", a.URL)
	}
	if body {
		fmt.Fprintf(w, "\n%s\n", a.Body)
	}
}

// writeEvents lists an article's events, one line each; detailed adds the
// rules that fired.
func writeEvents(w io.Writer, events []article.Event, detailed bool) {
	if len(events) == 0 {
		return
	}
	fmt.Fprintln(w, "\n-- events")
	for _, e := range events {
		where := "-"
		if e.Location != nil {
			where = e.Location.Name
		}
		fmt.Fprintf(w, "%s %s %s %s: %s → %s in %s (conf %.2f)\n", e.Type, deref(e.Mode), e.Status, deref(e.Date),
			actorNames(e.Actors), actorNames(e.Recipients), where, e.Confidence)
		if !detailed {
			continue
		}
		fmt.Fprintf(w, "    sentence [%d,%d] trigger %q", e.Span[0], e.Span[1], e.Trigger)
		if e.Attribution != "" {
			fmt.Fprintf(w, ", according to %s", e.Attribution)
		}
		fmt.Fprintln(w)
		for _, x := range e.Explain {
			fmt.Fprintf(w, "    %s\n", x)
		}
	}
}

func writeExplain(w io.Writer, r clean.Result) {
	fmt.Fprintln(w, "\n-- evidence")
	for _, e := range r.Evidence {
		fmt.Fprintf(w, "  %s\n", e)
	}
	if len(r.Lines) == 0 {
		return
	}
	fmt.Fprintln(w, "\n-- lines")
	for _, l := range r.Lines {
		if l.Text == "" && l.Raw == "" {
			continue
		}
		fmt.Fprintf(w, "%5d %-9s %s\n", l.N, l.Role, truncate(l.Text, 110))
	}
}

func deref(p *string) string {
	if p == nil {
		return "-"
	}
	return *p
}

func actorNames(as []article.Actor) string {
	if len(as) == 0 {
		return "-"
	}
	names := make([]string, len(as))
	for i, a := range as {
		names[i] = a.Name
	}
	return strings.Join(names, ", ")
}

func truncate(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
