package sqlite

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/chronicle-news/chronicle/internal/article"
	"github.com/chronicle-news/chronicle/internal/store"
)

// crashEnv names the database a re-executed test binary ingests into until
// it is killed.
const crashEnv = "CHRONICLE_STORE_CRASH_DB"

// crashArticle is the article number i of a crash child. Every field is a
// function of raw, so a survivor can be checked for completeness alone.
func crashArticle(raw []byte) *article.Article {
	hash, id := article.HashOf(raw)
	body := strings.Repeat(string(raw)+" ", 40)
	return &article.Article{
		ID: id, Hash: hash, Source: "crash/" + id, Format: article.FormatText, Title: "Crash " + string(raw),
		Published: article.OnDay(2025, 1, 1+len(raw)%28), Outlet: "Crash Wire", Authors: []string{string(raw)},
		Language: "en", Body: body, Raw: raw,
	}
}

// crashChild ingests articles until killed, acknowledging each on stdout
// once Put has returned.
func crashChild(t *testing.T, path string) {
	ctx := context.Background()
	db, err := Open(ctx, path)
	if err != nil {
		t.Fatalf("child: Open: %v", err)
	}
	for i := 0; ; i++ {
		a := crashArticle([]byte(fmt.Sprintf("process %d article %d", os.Getpid(), i)))
		if _, err := db.Put(ctx, a); err != nil {
			t.Fatalf("child: Put: %v", err)
		}
		fmt.Printf("ack %d\n", i+1)
	}
}

// TestCrashSafety kills a process in the middle of an ingest, twice, and
// checks that the database is intact and holds every acknowledged article,
// each complete.
func TestCrashSafety(t *testing.T) {
	if path := os.Getenv(crashEnv); path != "" {
		crashChild(t, path)
		return
	}
	path := filepath.Join(t.TempDir(), "crash.db")
	acked := 0
	for round := range 2 {
		acked += runAndKill(t, path, 150+100*round)
		db, err := Open(context.Background(), path)
		if err != nil {
			t.Fatalf("round %d: reopen after kill: %v", round, err)
		}
		n := checkCrashDB(t, db)
		db.Close()
		// The kill may land after a commit and before its acknowledgement.
		if n < acked || n > acked+1 {
			t.Fatalf("round %d: %d articles stored, %d acknowledged", round, n, acked)
		}
		acked = n
	}
}

// runAndKill starts a child ingesting into path, SIGKILLs it once it has
// acknowledged at least want articles, and returns how many it had.
func runAndKill(t *testing.T, path string, want int) int {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestCrashSafety$", "-test.timeout=2m")
	cmd.Env = append(os.Environ(), crashEnv+"="+path)
	cmd.Stderr = os.Stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatalf("start child: %v", err)
	}
	timer := time.AfterFunc(90*time.Second, func() { cmd.Process.Kill() })
	defer timer.Stop()
	acked := 0
	sc := bufio.NewScanner(out)
	for sc.Scan() {
		if n, ok := strings.CutPrefix(sc.Text(), "ack "); ok {
			acked, _ = strconv.Atoi(n)
		}
		if acked >= want {
			break
		}
	}
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatalf("kill child: %v", err)
	}
	// Count acknowledgements already written to the pipe before the kill.
	for sc.Scan() {
		if n, ok := strings.CutPrefix(sc.Text(), "ack "); ok {
			acked, _ = strconv.Atoi(n)
		}
	}
	cmd.Wait()
	if acked < want {
		t.Fatalf("child stopped after %d articles, want %d", acked, want)
	}
	return acked
}

// checkCrashDB runs SQLite's and FTS5's integrity checks and verifies every
// stored article against what crashArticle makes of its raw input. It
// returns the number of articles.
func checkCrashDB(t *testing.T, db *DB) int {
	t.Helper()
	ctx := context.Background()
	var res string
	if err := db.read.QueryRowContext(ctx, `PRAGMA integrity_check`).Scan(&res); err != nil || res != "ok" {
		t.Fatalf("integrity_check = %q, %v", res, err)
	}
	if _, err := db.write.ExecContext(ctx, `INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')`); err != nil {
		t.Fatalf("FTS integrity-check: %v", err)
	}
	n := 0
	for off := 0; ; off += 100 {
		page, err := db.List(ctx, store.Filter{Limit: 100, Offset: off})
		if err != nil {
			t.Fatalf("List: %v", err)
		}
		for _, s := range page {
			got, err := db.Get(ctx, s.ID)
			if err != nil {
				t.Fatalf("Get(%s): %v", s.ID, err)
			}
			want := crashArticle(got.Raw)
			if got.ID != want.ID || got.Title != want.Title || got.Body != want.Body ||
				len(got.Authors) != 1 || got.Authors[0] != want.Authors[0] || got.Published != want.Published {
				t.Fatalf("article %s is incomplete or altered: %+v", s.ID, got)
			}
		}
		n += len(page)
		if len(page) < 100 {
			break
		}
	}
	var indexed int
	if err := db.read.QueryRowContext(ctx, `SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'crash'`).
		Scan(&indexed); err != nil || indexed != n {
		t.Fatalf("search index holds %d of %d articles (%v)", indexed, n, err)
	}
	return n
}
