package cli

import (
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/chronicle-news/chronicle/internal/record"

	"github.com/spf13/cobra"

	"github.com/chronicle-news/chronicle/internal/report"
)

func (a *app) networkCommand() *cobra.Command {
	var (
		ef     eventFlags
		format string
		by     string
		top    int
	)
	cmd := &cobra.Command{
		Use:   "network",
		Short: "Who interacts with whom: actors, and edges counted by event type",
		Long: `Builds the actor network of the merged events the filters select: one node per actor
(or per state with --by country), one edge per pair that took part in an event together,
directed from actors to recipients, with counts per PLOVER type and the first and last day.
Formats: text (the heaviest edges), json, graphml (Gephi, yEd, networkx), dot (Graphviz).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if by != "actor" && by != "country" {
				return usageError{fmt.Errorf("--by %q: want actor or country", by)}
			}
			return a.withRecord(cmd, format, []string{"text", "json", "graphml", "dot"}, func(rec *record.Record) error {
				g, err := rec.Network(cmd.Context(), ef.query(), by == "country", top)
				if err != nil {
					return storyHint(err, &ef)
				}
				switch format {
				case "json":
					return report.WriteNetworkJSON(a.stdout, g)
				case "graphml":
					return report.WriteNetworkGraphML(a.stdout, g)
				case "dot":
					return report.WriteNetworkDOT(a.stdout, g)
				}
				names := map[string]string{}
				for _, nd := range g.Nodes {
					names[nd.ID] = nd.Name
				}
				tw := tabwriter.NewWriter(a.stdout, 0, 4, 2, ' ', 0)
				fmt.Fprintln(tw, "FROM\t\tTO\tEVENTS\tBY TYPE\tFIRST\tLAST")
				for _, e := range g.Edges {
					arrow := "—"
					if e.Directed {
						arrow = "→"
					}
					var types []string
					for _, tc := range e.Types {
						types = append(types, fmt.Sprintf("%s %d", tc.Type, tc.Count))
					}
					fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%s\t%s\t%s\n", names[e.Source], arrow, names[e.Target], e.Total,
						truncate(strings.Join(types, ", "), 60), dash(e.First), dash(e.Last))
				}
				fmt.Fprintf(tw, "(%d actors, %d pairs)\n", len(g.Nodes), len(g.Edges))
				return tw.Flush()
			})
		},
	}
	ef.register(cmd, 0)
	cmd.Flags().StringVar(&format, "format", "text", "text, json, graphml or dot")
	cmd.Flags().StringVar(&by, "by", "actor", "node per actor, or per country (people and institutions join their state)")
	cmd.Flags().IntVar(&top, "top", 0, "keep only the N heaviest edges (0: all; text shows 40 unless set)")
	cmd.PreRun = func(cmd *cobra.Command, _ []string) {
		if format == "text" && !cmd.Flags().Changed("top") {
			top = 40
		}
	}
	return cmd
}

func (a *app) positionsCommand() *cobra.Command {
	var (
		ef     eventFlags
		format string
	)
	cmd := &cobra.Command{
		Use:   "positions --actor NAME",
		Short: "What an actor requested, rejected, conceded or agreed, over time, with citations",
		Long: `Lists the stands one actor took in the merged record — what it requested, rejected,
conceded, agreed to, accused others of and threatened — and what was demanded of it, in
date order, each with the sentence and the articles that report it.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if len(ef.actors) != 1 {
				return usageError{fmt.Errorf("positions: give exactly one --actor")}
			}
			return a.withRecord(cmd, format, []string{"text", "json", "csv"}, func(rec *record.Record) error {
				ps, err := rec.Positions(cmd.Context(), ef.query())
				if err != nil {
					return storyHint(err, &ef)
				}
				switch format {
				case "json":
					return report.WritePositionsJSON(a.stdout, ps)
				case "csv":
					return report.WritePositionsCSV(a.stdout, ps)
				}
				if len(ps) == 0 {
					fmt.Fprintf(a.stderr, "no positions of %s in the stored events\n", ef.actors[0])
					return nil
				}
				return report.WritePositionsText(a.stdout, ps, report.PositionsOptions{Actor: ef.actors[0]})
			})
		},
	}
	ef.register(cmd, 0)
	cmd.Flags().StringVar(&format, "format", "text", "text, json or csv")
	return cmd
}

func (a *app) storiesCommand() *cobra.Command {
	var (
		ef        eventFlags
		format    string
		minEvents int
	)
	cmd := &cobra.Command{
		Use:   "stories",
		Short: "Developing stories: clusters of events and the articles that report them",
		Long: `Groups the merged events into stories — the same sides dealing with each other without a
long pause, or events that articles tell together — and names each from its content.
Show one story's events with: chronicle timeline --story ID.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if ef.story != "" {
				return usageError{fmt.Errorf("stories: --story is for timeline, events and network")}
			}
			return a.withRecord(cmd, format, []string{"text", "json"}, func(rec *record.Record) error {
				q := ef.query()
				q.Limit, q.Offset = 0, 0
				ss, err := rec.Stories(cmd.Context(), q, minEvents)
				if err != nil {
					return err
				}
				if ef.limit > 0 && len(ss) > ef.limit {
					ss = ss[:ef.limit]
				}
				if format == "json" {
					return a.writeJSON(map[string]any{"stories": nonNil(ss)})
				}
				tw := tabwriter.NewWriter(a.stdout, 0, 4, 2, ' ', 0)
				fmt.Fprintln(tw, "ID\tFROM\tTO\tEVENTS\tSOURCES\tSTORY")
				for _, s := range ss {
					fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%d\t%s\n", s.ID, dash(s.First), dash(s.Last), len(s.Events), s.Sources, s.Name)
				}
				if len(ss) == 0 {
					fmt.Fprintln(a.stderr, "no stories (ingest articles first, or try --min-events 1)")
				}
				return tw.Flush()
			})
		},
	}
	ef.register(cmd, 0)
	cmd.Flags().StringVar(&format, "format", "text", "text or json")
	cmd.Flags().IntVar(&minEvents, "min-events", 2, "leave out stories of fewer events")
	return cmd
}
