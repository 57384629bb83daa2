package queue

import (
	"bufio"
	"bytes"
	"context"
	"flag"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

// testEnv names a PostgreSQL server whose user may create databases.
// Without it the tests start a throwaway one with scripts/pgtest.sh, and
// skip when PostgreSQL is not installed.
const testEnv = "CHRONICLE_TEST_POSTGRES"

var server struct {
	once sync.Once
	url  string
	skip string
	dir  string // the server the tests started, stopped by TestMain
	n    atomic.Int64
}

func TestMain(m *testing.M) {
	flag.Parse()
	code := m.Run()
	if server.dir != "" {
		exec.Command(pgtestScript(), "stop", server.dir).Run()
	}
	os.Exit(code)
}

// pgtestScript is the repository's scripts/pgtest.sh.
func pgtestScript() string { return filepath.Join("..", "..", "scripts", "pgtest.sh") }

func setUp() {
	if u := os.Getenv(testEnv); u != "" {
		server.url = u
		return
	}
	out, err := exec.Command(pgtestScript(), "start").Output()
	if err != nil {
		var stderr []byte
		if ee, ok := err.(*exec.ExitError); ok {
			stderr = ee.Stderr
		}
		server.skip = fmt.Sprintf("no PostgreSQL: set %s, or install PostgreSQL (apt-get install postgresql): %v %s", testEnv, err, stderr)
		return
	}
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		if d, ok := strings.CutPrefix(sc.Text(), "dir="); ok {
			server.dir = d
		}
		if u, ok := strings.CutPrefix(sc.Text(), testEnv+"="); ok {
			server.url = u
		}
	}
	if server.url == "" {
		server.skip = "scripts/pgtest.sh start printed no URL: " + string(out)
	}
}

// newPool creates an empty database for one test, with the queue's schema,
// and returns a pool on it.
func newPool(t testing.TB) *pgxpool.Pool {
	t.Helper()
	server.once.Do(setUp)
	if server.url == "" {
		t.Skip(server.skip)
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	name := fmt.Sprintf("queue_%d_%d", os.Getpid(), server.n.Add(1))
	admin, err := pgx.Connect(ctx, server.url)
	if err != nil {
		t.Fatalf("connect to %s: %v", testEnv, err)
	}
	defer admin.Close(ctx)
	if _, err := admin.Exec(ctx, "CREATE DATABASE "+name); err != nil {
		t.Fatalf("create database: %v", err)
	}
	t.Cleanup(func() {
		c, err := pgx.Connect(context.Background(), server.url)
		if err == nil {
			c.Exec(context.Background(), "DROP DATABASE IF EXISTS "+name+" WITH (FORCE)")
			c.Close(context.Background())
		}
	})
	u, err := url.Parse(server.url)
	if err != nil {
		t.Fatalf("%s: %v", testEnv, err)
	}
	u.Path = "/" + name
	pool, err := pgxpool.New(ctx, u.String())
	if err != nil {
		t.Fatalf("pool: %v", err)
	}
	t.Cleanup(pool.Close)
	if err := Migrate(ctx, pool); err != nil {
		t.Fatal(err)
	}
	return pool
}
