package postgres

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"os/signal"
	"os/user"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

// testEnv names a PostgreSQL server for the tests, as a URL whose user may
// create databases. Without it the tests start a throwaway server of their
// own when PostgreSQL's binaries are installed, and skip when they are not.
const testEnv = "CHRONICLE_TEST_POSTGRES"

// testServer is the server the tests of this package use, set up by the
// first test that needs a database and torn down by TestMain after the
// last test, so that tests without a database (and fuzz workers) start
// none.
var testServer struct {
	once    sync.Once
	url     string  // administrative URL; "" when there is no server
	skip    string  // why there is none
	dropDBs bool    // drop each test database after its test (a shared server)
	own     *server // the server the tests started, if they did
	n       atomic.Int64
}

func TestMain(m *testing.M) {
	flag.Parse()
	code := m.Run()
	if testServer.own != nil {
		testServer.own.stop()
	}
	os.Exit(code)
}

// setUpServer finds or starts the server for the tests.
func setUpServer() {
	if u := os.Getenv(testEnv); u != "" {
		testServer.url, testServer.dropDBs = u, true
		return
	}
	srv, err := startServer()
	if err != nil {
		testServer.skip = fmt.Sprintf("no PostgreSQL for the tests: set %s to a server URL, or install PostgreSQL "+
			"(apt-get install postgresql) so that the tests can start their own: %v", testEnv, err)
		return
	}
	// An interrupted run must not leave a server behind.
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, os.Interrupt, syscall.SIGTERM)
	go func() {
		<-sig
		srv.stop()
		os.Exit(1)
	}()
	testServer.url, testServer.own = srv.url, srv
}

// server is a throwaway PostgreSQL cluster in a temporary directory,
// listening only on a Unix socket in that directory.
type server struct {
	dir, bin, url string
	asPostgres    bool // run the binaries as the postgres user (we are root)
}

// startServer creates and starts a cluster. PostgreSQL refuses to run as
// root, so as root the cluster belongs to the postgres user.
func startServer() (*server, error) {
	bin, err := findBinaries()
	if err != nil {
		return nil, err
	}
	dir, err := os.MkdirTemp("", "chronicle-pg-")
	if err != nil {
		return nil, err
	}
	s := &server{dir: dir, bin: bin, asPostgres: os.Geteuid() == 0}
	if s.asPostgres {
		if err := chownToPostgres(dir); err != nil {
			os.RemoveAll(dir)
			return nil, err
		}
	}
	data := filepath.Join(dir, "data")
	initdb := []string{"-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-sync"}
	if err := s.run(append(initdb, "--locale=C.UTF-8")...); err != nil {
		// Older systems lack C.UTF-8; the store does not need it.
		if err := s.run(append(initdb, "--locale=C")...); err != nil {
			os.RemoveAll(dir)
			return nil, err
		}
	}
	opts := "-c listen_addresses='' -c unix_socket_directories=" + dir +
		" -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
	if err := s.run("pg_ctl", "-D", data, "-l", filepath.Join(dir, "log"), "-w", "-t", "60", "-o", opts, "start"); err != nil {
		log, _ := os.ReadFile(filepath.Join(dir, "log"))
		os.RemoveAll(dir)
		return nil, fmt.Errorf("%w\n%s", err, log)
	}
	s.url = "postgres://postgres@/postgres?host=" + url.QueryEscape(dir)
	return s, nil
}

// run runs one of the server's programs ("initdb" when the first argument
// is a flag), as the postgres user when we are root.
func (s *server) run(args ...string) error {
	prog := "initdb"
	if !strings.HasPrefix(args[0], "-") {
		prog, args = args[0], args[1:]
	}
	argv := append([]string{filepath.Join(s.bin, prog)}, args...)
	if s.asPostgres {
		argv = append([]string{"runuser", "-u", "postgres", "--"}, argv...)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, argv[0], argv[1:]...)
	cmd.Dir = s.dir
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("%s: %w\n%s", strings.Join(argv, " "), err, out)
	}
	return nil
}

// stop shuts the server down at once (its data is thrown away) and
// removes its directory.
func (s *server) stop() {
	if err := s.run("pg_ctl", "-D", filepath.Join(s.dir, "data"), "-m", "immediate", "-w", "stop"); err != nil {
		fmt.Fprintln(os.Stderr, "stop test PostgreSQL:", err)
	}
	os.RemoveAll(s.dir)
}

// findBinaries returns the directory of initdb and pg_ctl: Debian keeps
// them in /usr/lib/postgresql/VERSION/bin, off the PATH.
func findBinaries() (string, error) {
	dirs, _ := filepath.Glob("/usr/lib/postgresql/*/bin")
	slices.SortFunc(dirs, func(a, b string) int { // newest version first
		va, _ := strconv.Atoi(filepath.Base(filepath.Dir(a)))
		vb, _ := strconv.Atoi(filepath.Base(filepath.Dir(b)))
		return vb - va
	})
	for _, d := range dirs {
		if _, err := os.Stat(filepath.Join(d, "initdb")); err == nil {
			return d, nil
		}
	}
	if p, err := exec.LookPath("initdb"); err == nil {
		if _, err := exec.LookPath("pg_ctl"); err == nil {
			return filepath.Dir(p), nil
		}
	}
	return "", errors.New("initdb and pg_ctl not found")
}

// chownToPostgres gives dir to the postgres user.
func chownToPostgres(dir string) error {
	u, err := user.Lookup("postgres")
	if err != nil {
		return fmt.Errorf("running as root, and %w", err)
	}
	uid, err1 := strconv.Atoi(u.Uid)
	gid, err2 := strconv.Atoi(u.Gid)
	if err := errors.Join(err1, err2); err != nil {
		return fmt.Errorf("postgres user: %w", err)
	}
	return os.Chown(dir, uid, gid)
}

// newDatabase creates an empty database for one test and returns its URL.
// Each test gets its own, so that tests never see each other's rows.
func newDatabase(t testing.TB) string {
	t.Helper()
	testServer.once.Do(setUpServer)
	if testServer.url == "" {
		t.Skip(testServer.skip)
	}
	name := fmt.Sprintf("test_%d_%d", os.Getpid(), testServer.n.Add(1))
	admin(t, "CREATE DATABASE "+name)
	if testServer.dropDBs {
		t.Cleanup(func() { admin(t, "DROP DATABASE IF EXISTS "+name+" WITH (FORCE)") })
	}
	u, err := url.Parse(testServer.url)
	if err != nil {
		t.Fatalf("%s: %v", testEnv, err)
	}
	u.Path = "/" + name
	return u.String()
}

// admin runs one statement on the server's administrative database.
func admin(t testing.TB, sql string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	conn, err := pgx.Connect(ctx, testServer.url)
	if err != nil {
		t.Fatalf("connect to the test server: %v", err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, sql); err != nil {
		t.Fatalf("%s: %v", sql, err)
	}
}

// openTemp opens a store on a new database and closes it when the test ends.
func openTemp(t testing.TB) *DB {
	t.Helper()
	db, err := Open(context.Background(), newDatabase(t))
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}
