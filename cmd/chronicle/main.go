// Command chronicle turns news articles into a clean, dated and
// source-cited record. See `chronicle --help` and the README.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"

	"github.com/chronicle-news/chronicle/internal/cli"
)

func main() {
	cli.TuneRuntime()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := cli.Execute(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}
