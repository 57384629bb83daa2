package cli

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/chronicle-news/chronicle/internal/article"
	"github.com/chronicle-news/chronicle/internal/store"
)

func (a *app) filterFlags(cmd *cobra.Command, f *store.Filter) {
	cmd.Flags().StringVar(&f.Outlet, "outlet", "", "only articles of this outlet")
	cmd.Flags().StringVar(&f.From, "from", "", "only articles published on or after this day (YYYY-MM-DD)")
	cmd.Flags().StringVar(&f.To, "to", "", "only articles published on or before this day (YYYY-MM-DD)")
	cmd.Flags().IntVar(&f.Limit, "limit", 50, "at most this many articles")
	cmd.Flags().IntVar(&f.Offset, "offset", 0, "skip this many articles first")
}

func checkFormat(format string) error {
	if format != "text" && format != "json" {
		return usageError{fmt.Errorf("--format %q: want text or json", format)}
	}
	return nil
}

// withStore checks a browsing command's filter (when it has one) and output
// format, opens the store and runs fn on it.
func (a *app) withStore(cmd *cobra.Command, f *store.Filter, format string, fn func(store.Store) error) error {
	if f != nil {
		if _, err := f.Normalize(); err != nil {
			return usageError{err}
		}
	}
	if err := checkFormat(format); err != nil {
		return err
	}
	st, err := a.openStore(cmd.Context())
	if err != nil {
		return err
	}
	defer st.Close()
	return fn(st)
}

func (a *app) articlesCommand() *cobra.Command {
	var (
		f      store.Filter
		format string
	)
	cmd := &cobra.Command{
		Use:   "articles",
		Short: "List stored articles, newest first",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return a.withStore(cmd, &f, format, func(st store.Store) error {
				list, err := st.List(cmd.Context(), f)
				if err != nil {
					return err
				}
				if format == "json" {
					return a.writeJSON(map[string]any{"articles": nonNil(list)})
				}
				tw := tabwriter.NewWriter(a.stdout, 0, 4, 2, ' ', 0)
				fmt.Fprintln(tw, "ID\tPUBLISHED\tOUTLET\tTITLE")
				for _, x := range list {
					fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", x.ID, dash(x.Published.Day()), dash(x.Outlet), truncate(dash(x.Title), 90))
				}
				return tw.Flush()
			})
		},
	}
	a.filterFlags(cmd, &f)
	cmd.Flags().StringVarP(&format, "format", "f", "text", "output format: text or json")
	return cmd
}

func (a *app) showCommand() *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:   "show ID",
		Short: "Print one stored article: metadata and clean body",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.withStore(cmd, nil, format, func(st store.Store) error {
				art, err := st.Get(cmd.Context(), strings.TrimSpace(args[0]))
				if errors.Is(err, store.ErrNotFound) {
					return fmt.Errorf("no article %q in %s (see `chronicle articles`)", args[0], a.db)
				}
				if err != nil {
					return err
				}
				if format == "json" {
					return a.writeJSON(art)
				}
				writeArticleText(a.stdout, art, true)
				return nil
			})
		},
	}
	cmd.Flags().StringVarP(&format, "format", "f", "text", "output format: text or json")
	return cmd
}

func (a *app) searchCommand() *cobra.Command {
	var (
		f      store.Filter
		format string
	)
	cmd := &cobra.Command{
		Use:   "search WORDS...",
		Short: "Full-text search over the titles and bodies of stored articles",
		Args:  cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.withStore(cmd, &f, format, func(st store.Store) error {
				hits, err := st.Search(cmd.Context(), strings.Join(args, " "), f)
				if err != nil {
					return err
				}
				if format == "json" {
					type hit struct {
						Article article.Article `json:"article"`
						Snippet string          `json:"snippet"`
						Rank    float64         `json:"rank"`
					}
					out := make([]hit, len(hits))
					for i, h := range hits {
						out[i] = hit{h.Article, h.Snippet, h.Rank}
					}
					return a.writeJSON(map[string]any{"hits": out})
				}
				for _, h := range hits {
					x := h.Article
					fmt.Fprintf(a.stdout, "%s  %s  %s  %s\n    %s\n", x.ID, dash(x.Published.Day()), dash(x.Outlet), dash(x.Title), oneLine(h.Snippet))
				}
				if len(hits) == 0 {
					fmt.Fprintln(a.stderr, "no articles match")
				}
				return nil
			})
		},
	}
	a.filterFlags(cmd, &f)
	cmd.Flags().StringVarP(&format, "format", "f", "text", "output format: text or json")
	return cmd
}

func (a *app) writeJSON(v any) error {
	enc := json.NewEncoder(a.stdout)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

func dash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
