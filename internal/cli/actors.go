package cli

import (
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"
)

func (a *app) actorsCommand() *cobra.Command {
	var (
		search string
		limit  int
		format string
	)
	cmd := &cobra.Command{
		Use:   "actors",
		Short: "List the knowledge base: states, organisations, people, places",
		Long: `Lists what Chronicle knows about actors and places: the built-in knowledge base and the
overlay files given with --kb (same TSV formats as internal/kb/data). Without --search it
prints how many entries of each kind there are.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := checkFormat(format); err != nil {
				return err
			}
			k, err := a.loadKB()
			if err != nil {
				return err
			}
			if strings.TrimSpace(search) == "" {
				counts := k.Counts()
				if format == "json" {
					return a.writeJSON(map[string]any{"counts": counts})
				}
				for _, kind := range []struct{ key, label string }{
					{"state", "states"}, {"org", "organisations"}, {"person", "people"}, {"stint", "offices held"},
					{"place", "places"}, {"title", "title phrases"},
				} {
					fmt.Fprintf(a.stdout, "%-14s %d\n", kind.label, counts[kind.key])
				}
				fmt.Fprintln(a.stdout, "(use --search WORDS to look entries up)")
				return nil
			}
			entries := k.Search(search, limit)
			if format == "json" {
				return a.writeJSON(map[string]any{"entries": nonNil(entries)})
			}
			tw := tabwriter.NewWriter(a.stdout, 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "KIND\tNAME\tCODE\tCOUNTRY\tSECTOR\tDETAIL")
			for _, e := range entries {
				fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", e.Kind, e.Name, dash(e.Code), dash(e.Country), dash(e.Sector), truncate(e.Detail, 80))
			}
			if len(entries) == 0 {
				fmt.Fprintln(a.stderr, "no entries match")
			}
			return tw.Flush()
		},
	}
	cmd.Flags().StringVarP(&search, "search", "s", "", "words to look up in names and aliases")
	cmd.Flags().IntVar(&limit, "limit", 50, "at most this many entries")
	cmd.Flags().StringVarP(&format, "format", "f", "text", "output format: text or json")
	return cmd
}
