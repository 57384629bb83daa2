package cli

import (
	"errors"
	"fmt"
	"text/tabwriter"

	"github.com/chronicle-news/chronicle/internal/record"

	"github.com/spf13/cobra"

	"github.com/chronicle-news/chronicle/internal/merge"
	"github.com/chronicle-news/chronicle/internal/report"
	"github.com/chronicle-news/chronicle/internal/store"
)

func (a *app) timelineCommand() *cobra.Command {
	var (
		ef        eventFlags
		format    string
		citations int
		mentions  bool
	)
	cmd := &cobra.Command{
		Use:   "timeline",
		Short: "Print the merged events in date order, each citing every report of it",
		Long: `Prints the events merged from every stored article's mentions, oldest first: type, mode,
status (and how it changed as reports arrived), participants, place, the number of
independent sources (syndicated copies count once), what the reports disagree on, and
the sentence of every article that reports the event.
Formats: text (citations numbered), json (the contract of DESIGN.md: {"events": [...]}),
csv (one row per event; --mentions for one row per mention).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return a.withRecord(cmd, format, []string{"text", "json", "csv"}, func(rec *record.Record) error {
				evs, err := rec.Events(cmd.Context(), ef.query())
				if err != nil {
					return storyHint(err, &ef)
				}
				switch {
				case format == "json":
					return report.WriteTimelineJSON(a.stdout, evs)
				case format == "csv" && mentions:
					return report.WriteMentionsCSV(a.stdout, evs)
				case format == "csv":
					return report.WriteTimelineCSV(a.stdout, evs)
				}
				if len(evs) == 0 {
					fmt.Fprintln(a.stderr, "no events match (ingest articles first, or loosen the filters)")
					return nil
				}
				return report.WriteTimelineText(a.stdout, evs, report.TimelineOptions{MaxCitations: citations})
			})
		},
	}
	ef.register(cmd, 0)
	cmd.Flags().StringVar(&format, "format", "text", "text, json or csv")
	cmd.Flags().IntVar(&citations, "citations", 10, "at most this many citations per event in text (0: all)")
	cmd.Flags().BoolVar(&mentions, "mentions", false, "with --format csv: one row per mention instead of per event")
	return cmd
}

func (a *app) eventsCommand() *cobra.Command {
	var (
		ef     eventFlags
		format string
	)
	cmd := &cobra.Command{
		Use:   "events [ID]",
		Short: "List the merged events, or show one with all its reports",
		Long: `Without an ID, lists the merged events that the filters select, one line each.
With an event ID (from this list or the timeline), shows that event in full: every
mention with its article and sentence, the status history and the conflicting reports.`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.withRecord(cmd, format, []string{"text", "json", "csv"}, func(rec *record.Record) error {
				if len(args) == 1 {
					ev, err := rec.Store().Event(cmd.Context(), args[0])
					if errors.Is(err, store.ErrNotFound) {
						return usageError{fmt.Errorf("event %s: not stored (see chronicle events)", args[0])}
					}
					if err != nil {
						return err
					}
					evs := []merge.Event{*ev}
					switch format {
					case "json":
						return a.writeJSON(ev)
					case "csv":
						return report.WriteMentionsCSV(a.stdout, evs)
					}
					return report.WriteTimelineText(a.stdout, evs, report.TimelineOptions{})
				}
				evs, err := rec.Events(cmd.Context(), ef.query())
				if err != nil {
					return storyHint(err, &ef)
				}
				switch format {
				case "json":
					return report.WriteTimelineJSON(a.stdout, evs)
				case "csv":
					return report.WriteTimelineCSV(a.stdout, evs)
				}
				tw := tabwriter.NewWriter(a.stdout, 0, 4, 2, ' ', 0)
				fmt.Fprintln(tw, "ID\tDATE\tTYPE\tSTATUS\tACTORS → RECIPIENTS\tPLACE\tSOURCES")
				for _, e := range evs {
					place := "-"
					if e.Location != nil {
						place = e.Location.Name
					}
					fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%d\n", e.ID, dash(e.Date), typeMode(e), e.Status,
						truncate(sides(e), 70), place, e.Sources)
				}
				if len(evs) == 0 {
					fmt.Fprintln(a.stderr, "no events match")
				}
				return tw.Flush()
			})
		},
	}
	ef.register(cmd, 50)
	cmd.Flags().StringVar(&format, "format", "text", "text, json or csv")
	return cmd
}

// typeMode writes an event's type with its mode, as "CONSULT/phone".
func typeMode(e merge.Event) string {
	if e.Mode != "" {
		return e.Type + "/" + e.Mode
	}
	return e.Type
}

// sides writes "A, B → C" for a list line.
func sides(e merge.Event) string {
	s := ""
	for i, x := range e.Actors {
		if i > 0 {
			s += ", "
		}
		s += x.Name
	}
	if len(e.Recipients) > 0 {
		s += " →"
		for i, x := range e.Recipients {
			if i > 0 {
				s += ","
			}
			s += " " + x.Name
		}
	}
	return s
}
