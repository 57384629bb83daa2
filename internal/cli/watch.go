package cli

import (
	"context"
	"fmt"
	"time"

	"github.com/chronicle-news/chronicle/internal/record"

	"github.com/spf13/cobra"

	"github.com/chronicle-news/chronicle/internal/clean"
	"github.com/chronicle-news/chronicle/internal/feed"
	"github.com/chronicle-news/chronicle/internal/fetch"
)

func (a *app) watchCommand() *cobra.Command {
	var (
		interval time.Duration
		seenPath string
		once     bool
		private  bool
		maxItems int
	)
	cmd := &cobra.Command{
		Use:   "watch FEED_URL...",
		Short: "Poll RSS, Atom and JSON feeds and ingest every new article",
		Long: `Polls each feed politely — conditional requests, at most one request to a host every two
seconds, robots.txt honoured, backoff on errors and on 429/503 — fetches every new item's
page, cleans it, finds its events and stores it, merging them with the stored events.
Items already handled are remembered in --seen (a JSON file) so that a restart does not
ingest them again. Runs until interrupted, or one round with --once.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			for _, u := range args {
				if !record.IsURL(u) {
					return usageError{fmt.Errorf("watch %s: want an http(s) feed URL", u)}
				}
			}
			seen, err := feed.OpenFileSeen(seenPath)
			if err != nil {
				return fmt.Errorf("watch: seen items %s: %w", seenPath, err)
			}
			st, err := a.openStore(ctx)
			if err != nil {
				return err
			}
			defer st.Close()
			enrich, err := a.eventStage()
			if err != nil {
				return err
			}
			cleaner := clean.New()
			stored := 0
			w, err := feed.New(feed.Config{
				Feeds: args, Seen: seen, Interval: interval, MaxItems: maxItems, Logger: a.log,
				Fetcher: fetch.New(fetch.Options{AllowPrivate: private}),
				Handle: func(ctx context.Context, p feed.Page) error {
					doc, err := p.Document()
					if err != nil {
						return err
					}
					res, err := cleaner.Clean(ctx, doc, cleaner.Learn(doc))
					if err != nil {
						// A page without an article is reported and not retried.
						fmt.Fprintf(a.stderr, "error: %s: %v\n", doc.Origin, err)
						return nil
					}
					enrich(&res)
					added, err := st.Put(ctx, &res.Article)
					if err != nil {
						return fmt.Errorf("store %s: %w", doc.Origin, err)
					}
					if added {
						stored++
						fmt.Fprintf(a.stderr, "stored %s: %s (%d events)\n", doc.Origin, res.Article.Title, len(res.Article.Events))
					}
					return nil
				},
			})
			if err != nil {
				return usageError{err}
			}
			if once {
				err = w.Poll(ctx)
			} else {
				err = w.Run(ctx)
			}
			fmt.Fprintf(a.stderr, "watch: %d new articles stored\n", stored)
			return err
		},
	}
	cmd.Flags().DurationVar(&interval, "interval", 15*time.Minute, "time between two polls of a feed")
	cmd.Flags().StringVar(&seenPath, "seen", "chronicle-seen.json", "file remembering the items already handled")
	cmd.Flags().BoolVar(&once, "once", false, "poll every feed once and stop")
	cmd.Flags().BoolVar(&private, "allow-private", false, "let feeds and pages on loopback and private addresses be fetched")
	cmd.Flags().IntVar(&maxItems, "max-items", 0, "at most this many new items per feed and poll (0: all)")
	return cmd
}
