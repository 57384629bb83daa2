package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/url"
	"os"
	"strings"

	"github.com/chronicle-news/chronicle/internal/record"

	"github.com/spf13/cobra"

	"github.com/chronicle-news/chronicle/internal/store"
	"github.com/chronicle-news/chronicle/internal/store/postgres"
	"github.com/chronicle-news/chronicle/internal/store/sqlite"
)

// Exit codes: 0 when everything went well, 1 when some input failed or a
// command could not do its job, 2 when the command line itself is wrong.
const (
	exitOK      = 0
	exitFailed  = 1
	exitUsage   = 2
	defaultDB   = "chronicle.db"
	envDB       = "CHRONICLE_DB"
	postgresTag = "postgres"
)

// app holds what every command shares: the streams and the global flags.
type app struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	db             string
	verbose        bool
	kbFiles        []string
	log            *slog.Logger
}

// exitError carries an exit code out of a command whose failure has been
// reported already.
type exitError struct{ code int }

func (e exitError) Error() string { return fmt.Sprintf("exit status %d", e.code) }

// Execute runs the command line args (without the program name) and returns
// the process exit code.
func Execute(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	a := &app{stdin: stdin, stdout: stdout, stderr: stderr}
	root := a.rootCommand()
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	err := root.ExecuteContext(ctx)
	var ee exitError
	switch {
	case err == nil:
		return exitOK
	case errors.As(err, &ee):
		return ee.code
	case isUsage(err) || errors.Is(err, record.ErrInvalid):
		fmt.Fprintf(stderr, "chronicle: %v\n", err)
		return exitUsage
	default:
		fmt.Fprintf(stderr, "chronicle: %v\n", err)
		return exitFailed
	}
}

// usageError marks a mistake in the command line.
type usageError struct{ error }

func isUsage(err error) bool {
	var u usageError
	if errors.As(err, &u) {
		return true
	}
	// cobra's own flag and argument errors carry no type.
	msg := err.Error()
	for _, p := range []string{"unknown command", "unknown flag", "unknown shorthand", "accepts ", "requires at least", "invalid argument", "flag needs"} {
		if strings.Contains(msg, p) {
			return true
		}
	}
	return false
}

func (a *app) rootCommand() *cobra.Command {
	root := &cobra.Command{
		Use:   "chronicle",
		Short: "Turn news articles into a clean, dated, source-cited record of political events",
		Long: `Chronicle reads news articles (text, HTML, JSON records), removes site furniture,
reads their metadata and keeps them in a store you can list and search.`,
		SilenceUsage:  true,
		SilenceErrors: true,
		PersistentPreRun: func(cmd *cobra.Command, _ []string) {
			level := slog.LevelWarn
			if a.verbose {
				level = slog.LevelDebug
			}
			a.log = slog.New(slog.NewTextHandler(a.stderr, &slog.HandlerOptions{Level: level}))
		},
	}
	def := os.Getenv(envDB)
	if def == "" {
		def = defaultDB
	}
	root.PersistentFlags().StringVar(&a.db, "db", def, "store: a SQLite file path or a postgres:// URL (default $"+envDB+" or ./"+defaultDB+")")
	root.PersistentFlags().BoolVarP(&a.verbose, "verbose", "v", false, "log what happens in detail")
	root.PersistentFlags().StringArrayVar(&a.kbFiles, "kb", nil, "knowledge-base overlay file (TSV, as internal/kb/data); repeatable")
	root.AddCommand(
		a.ingestCommand(),
		a.extractCommand(),
		a.articlesCommand(),
		a.showCommand(),
		a.searchCommand(),
		a.entitiesCommand(),
		a.actorsCommand(),
		a.eventsCommand(),
		a.timelineCommand(),
		a.networkCommand(),
		a.positionsCommand(),
		a.storiesCommand(),
		a.watchCommand(),
		a.workerCommand(),
		a.enqueueCommand(),
		a.serveCommand(),
	)
	return root
}

// openStore opens the store the --db flag names.
func (a *app) openStore(ctx context.Context) (store.Store, error) {
	if strings.HasPrefix(a.db, postgresTag+"://") || strings.HasPrefix(a.db, postgresTag+"ql://") {
		db, err := postgres.Open(ctx, a.db)
		if err != nil {
			return nil, fmt.Errorf("open store %s: %w", redact(a.db), err)
		}
		return db, nil
	}
	db, err := sqlite.Open(ctx, a.db)
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", a.db, err)
	}
	return db, nil
}

// redact hides the password of a database URL in messages.
func redact(db string) string {
	u, err := url.Parse(db)
	if err != nil || u.User == nil {
		return db
	}
	if _, ok := u.User.Password(); ok {
		u.User = url.UserPassword(u.User.Username(), "xxxxx")
	}
	return u.String()
}
