package cli

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/chronicle-news/chronicle/internal/api"
	"github.com/chronicle-news/chronicle/internal/record"
	"github.com/chronicle-news/chronicle/internal/server"
	"github.com/chronicle-news/chronicle/internal/ui"
)

// envToken names the environment variable that holds the write token, so
// that it need not appear in the process list.
const envToken = "CHRONICLE_TOKEN"

func (a *app) serveCommand() *cobra.Command {
	var (
		addr     string
		token    string
		readOnly bool
		cors     []string
		private  bool
		noEvents bool
		maxBody  int64
		noCache  bool
	)
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Serve the web UI and the HTTP API",
		Long: `Serves the web UI (timeline, events, actors, stories, map, search, ingest) and the JSON API
under /api/ (described by /api/openapi.json) from the store, on 127.0.0.1:8080 unless
--addr says otherwise. Everything is in the binary: no CDN, no tile server.

Reading needs nothing. Writing (POST /api/ingest, the ingest page) needs the write token:
--token, or $CHRONICLE_TOKEN, or else a random one printed at start. API clients send it
as "Authorization: Bearer TOKEN"; the ingest page asks for it once and keeps it in a
cookie. --read-only refuses every write. Browsers on other sites may call the API only
for the origins given with --cors.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			if token == "" {
				token = os.Getenv(envToken)
			}
			generated := false
			if readOnly {
				token = ""
			} else if token == "" {
				b := make([]byte, 16)
				if _, err := rand.Read(b); err != nil {
					return fmt.Errorf("serve: make a write token: %w", err)
				}
				token, generated = hex.EncodeToString(b), true
			} else if len(token) < 16 {
				return usageError{fmt.Errorf("--token: use at least 16 characters (a guessable token guards nothing)")}
			}
			k, err := a.loadKB()
			if err != nil {
				return err
			}
			st, err := a.openStore(ctx)
			if err != nil {
				return err
			}
			defer st.Close()
			rec := record.New(st, k, record.Options{MaxBytes: maxBody, AllowPrivate: private, NoEvents: noEvents})
			apiH := api.New(rec, api.Options{Token: token, MaxBody: maxBody, Logger: a.log, NoCache: noCache})
			uiH, err := ui.New(rec, ui.Options{Token: token, Logger: a.log})
			if err != nil {
				return fmt.Errorf("serve: web UI: %w", err)
			}
			opt := server.Options{Addr: addr, MaxBody: maxBody, CORSOrigins: cors, Logger: a.log}
			srv, err := server.Listen(ctx, server.Handler(apiH, uiH, opt), opt)
			if err != nil {
				return err
			}
			if !srv.Loopback() {
				fmt.Fprintf(a.stderr, "warning: listening on %s, reachable from the network; reads need no token\n", srv.Addr())
			}
			fmt.Fprintf(a.stderr, "serving %s on http://%s/ (API: http://%s/api/, Ctrl-C stops)\n", a.db, srv.Addr(), srv.Addr())
			switch {
			case readOnly:
				fmt.Fprintln(a.stderr, "read-only: writes are refused")
			case generated:
				fmt.Fprintf(a.stderr, "write token: %s (the ingest page asks for it; API clients send \"Authorization: Bearer TOKEN\")\n", token)
			}
			return srv.Serve(ctx)
		},
	}
	f := cmd.Flags()
	f.StringVar(&addr, "addr", server.DefaultAddr, "host:port to listen on (loopback by default)")
	f.StringVar(&token, "token", "", "write token (default $"+envToken+", else a random one printed at start)")
	f.BoolVar(&readOnly, "read-only", false, "refuse every write (ingest)")
	f.StringSliceVar(&cors, "cors", nil, "origins whose pages may call the API (https://dash.example.org; * for reads from anywhere)")
	f.BoolVar(&private, "allow-private", false, "let ingested URLs reach loopback and private addresses")
	f.BoolVar(&noEvents, "no-events", false, "store ingested articles without finding their events")
	f.Int64Var(&maxBody, "max-body", 32<<20, "largest request body accepted, in bytes")
	f.BoolVar(&noCache, "no-cache", false, "answer every API request from the store (by default answers are kept while the store is unchanged)")
	return cmd
}
