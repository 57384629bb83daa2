package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle/internal/article"
)

// run executes the command line in-process and returns its exit code and
// output streams.
func run(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = Execute(context.Background(), args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

const corpus = "../../examples/corpus"

func TestIngestIsIdempotentAndSearchable(t *testing.T) {
	db := filepath.Join(t.TempDir(), "c.db")
	code, _, stderr := run(t, "", "--db", db, "ingest", corpus)
	if code != 0 {
		t.Fatalf("ingest exit %d: %s", code, stderr)
	}
	if !strings.Contains(stderr, "0 failed") || !strings.Contains(stderr, "already stored") {
		t.Fatalf("summary line missing: %s", stderr)
	}
	code, _, stderr2 := run(t, "", "--db", db, "ingest", corpus)
	if code != 0 || !strings.Contains(stderr2, " 0 new") {
		t.Fatalf("second ingest must add nothing (exit %d): %s", code, stderr2)
	}

	code, stdout, _ := run(t, "", "--db", db, "articles", "--format", "json", "--limit", "1000")
	if code != 0 {
		t.Fatalf("articles exit %d", code)
	}
	var list struct{ Articles []article.Article }
	if err := json.Unmarshal([]byte(stdout), &list); err != nil {
		t.Fatal(err)
	}
	if len(list.Articles) < 40 {
		t.Fatalf("%d articles stored, want the whole corpus", len(list.Articles))
	}
	for i := 1; i < len(list.Articles); i++ {
		a, b := list.Articles[i-1].Published, list.Articles[i].Published
		if !a.IsZero() && !b.IsZero() && a.Day() < b.Day() {
			t.Errorf("articles not newest first: %s before %s", a.Day(), b.Day())
		}
	}

	id := list.Articles[0].ID
	code, stdout, _ = run(t, "", "--db", db, "show", id)
	if code != 0 || !strings.Contains(stdout, id) || len(stdout) < 500 {
		t.Fatalf("show %s: exit %d, %q", id, code, stdout)
	}
	code, _, stderr = run(t, "", "--db", db, "show", "0000000000000000")
	if code != 1 || !strings.Contains(stderr, "no article") {
		t.Fatalf("show of a missing id: exit %d, %q", code, stderr)
	}

	code, stdout, _ = run(t, "", "--db", db, "search", "--format", "json", "Istanbul", "prisoner")
	if code != 0 || !strings.Contains(stdout, `"snippet"`) || !strings.Contains(stdout, "Istanbul") {
		t.Fatalf("search: exit %d, %s", code, stdout)
	}
	code, _, _ = run(t, "", "--db", db, "search", `"NEAR(`, "*", "AND")
	if code != 0 {
		t.Fatalf("hostile search must not fail: exit %d", code)
	}

	code, stdout, _ = run(t, "", "--db", db, "articles", "--from", "2025-08-01", "--to", "2025-08-31")
	if code != 0 || strings.Contains(stdout, "2025-07-") || !strings.Contains(stdout, "2025-08-") {
		t.Fatalf("date filter: exit %d\n%s", code, stdout)
	}
}

func TestBadInputKeepsWhatIsStored(t *testing.T) {
	db := filepath.Join(t.TempDir(), "c.db")
	if code, _, stderr := run(t, "", "--db", db, "ingest", corpus+"/reuters"); code != 0 {
		t.Fatalf("ingest: %s", stderr)
	}
	_, before, _ := run(t, "", "--db", db, "articles", "--format", "json")

	awful := t.TempDir()
	huge := filepath.Join(awful, "huge.txt")
	if f, err := os.Create(huge); err != nil {
		t.Fatal(err)
	} else {
		f.Truncate(50 << 20) // 50 MB, sparse: rejected by its size before any read
		f.Close()
	}
	if err := os.Symlink(filepath.Join(awful, "gone.txt"), filepath.Join(awful, "dangling.txt")); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := run(t, "", "--db", db, "ingest", "../../examples/bad", "does/not/exist.txt", awful)
	if code != 1 {
		t.Fatalf("exit %d, want 1 when inputs fail", code)
	}
	for _, want := range []string{
		"empty.txt: empty input", "binary.txt: binary content", "latin1.txt: invalid UTF-8",
		"truncated.html.gz: corrupt gzip", "no-article.html: no article text found", "broken-line.jsonl:3:",
		"does/not/exist.txt:", "huge.txt: input too large", "dangling.txt:",
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("no error line with %q in:\n%s", want, stderr)
		}
	}
	_, after, _ := run(t, "", "--db", db, "articles", "--format", "json", "--limit", "1000")
	var b, a struct{ Articles []article.Article }
	json.Unmarshal([]byte(before), &b)
	json.Unmarshal([]byte(after), &a)
	ids := map[string]bool{}
	for _, x := range a.Articles {
		ids[x.ID] = true
	}
	for _, x := range b.Articles {
		if !ids[x.ID] {
			t.Errorf("article %s lost after a failed ingest", x.ID)
		}
	}
	if len(a.Articles) <= len(b.Articles) {
		t.Errorf("the good records of the bad folder were not stored (%d then %d)", len(b.Articles), len(a.Articles))
	}
}

func TestExtractFormats(t *testing.T) {
	page := filepath.Join(corpus, "devdiscourse")
	code, stdout, stderr := run(t, "", "extract", "--format", "jsonl", page)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var got map[string]any
	if err := json.Unmarshal([]byte(strings.Split(stdout, "\n")[0]), &got); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"id", "source", "title", "published", "outlet", "authors", "language", "body", "events"} {
		if _, ok := got[k]; !ok {
			t.Errorf("contract field %q missing", k)
		}
	}
	if ev, ok := got["events"].([]any); !ok || ev == nil {
		t.Errorf("events must be a list, got %#v", got["events"])
	}

	code, stdout, _ = run(t, "", "extract", "--format", "json", page)
	var arr []map[string]any
	if code != 0 || json.Unmarshal([]byte(stdout), &arr) != nil || len(arr) == 0 {
		t.Fatalf("json format: exit %d, %q", code, stdout)
	}

	code, stdout, _ = run(t, "", "extract", "--format", "text", "--explain", page)
	if code != 0 || !strings.Contains(stdout, "-- lines") || !strings.Contains(stdout, "-- evidence") {
		t.Fatalf("explain: exit %d\n%s", code, stdout)
	}

	code, stdout, _ = run(t, "", "extract", "--format", "json", filepath.Join(t.TempDir(), "none.txt"))
	arr = nil
	if err := json.Unmarshal([]byte(stdout), &arr); code != 1 || err != nil || len(arr) != 0 {
		t.Fatalf("json output without articles must be an empty list: exit %d, %q, %v", code, stdout, err)
	}
}

func TestExtractFromStdin(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(corpus, "reuters", "2025-03-11-jeddah-talks.txt"))
	if err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := run(t, string(data), "extract", "-")
	if code != 0 || !strings.Contains(stdout, `"source":"-"`) || !strings.Contains(stdout, "Jeddah") {
		t.Fatalf("exit %d %s\n%s", code, stderr, stdout)
	}
}

// TestUnreachablePostgres checks that a PostgreSQL store that cannot be
// reached is a clear failure naming it, with its password hidden.
func TestUnreachablePostgres(t *testing.T) {
	db := "postgres://chronicle:secret@/chronicle?host=" + filepath.Join(t.TempDir(), "no-such-socket-dir") + "&connect_timeout=2"
	code, _, stderr := run(t, "", "--db", db, "articles")
	if code != 1 || !strings.Contains(stderr, "open store postgres://chronicle:xxxxx@") || strings.Contains(stderr, "secret") {
		t.Errorf("exit %d, %s", code, stderr)
	}
}

func TestUsageErrors(t *testing.T) {
	for _, args := range [][]string{
		{"extract"},
		{"extract", "--format", "xml", "x.txt"},
		{"articles", "--from", "18/02/2025"},
		{"nosuchcommand"},
	} {
		code, _, stderr := run(t, "", args...)
		if code != 2 {
			t.Errorf("%v: exit %d, want 2 (%s)", args, code, stderr)
		}
		if stderr == "" {
			t.Errorf("%v: no message", args)
		}
	}
}
