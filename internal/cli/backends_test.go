package cli

import (
	"os"
	"path/filepath"
	"testing"
)

// TestBackendsAgree ingests the examples corpus into SQLite and into the
// PostgreSQL server named by CHRONICLE_TEST_POSTGRES (`make test` starts
// one with scripts/pgtest.sh) and checks that both give the same timeline,
// byte for byte: what the store holds does not depend on the backend.
func TestBackendsAgree(t *testing.T) {
	pg := os.Getenv("CHRONICLE_TEST_POSTGRES")
	if pg == "" {
		t.Skip("CHRONICLE_TEST_POSTGRES is not set (make test runs this test against a throwaway PostgreSQL)")
	}
	corpus := filepath.Join("..", "..", "examples", "corpus")
	var timelines [2]string
	for i, db := range []string{filepath.Join(t.TempDir(), "c.db"), pg} {
		if code, _, stderr := run(t, "", "--db", db, "ingest", corpus); code != 0 {
			t.Fatalf("ingest into %s: exit %d: %s", db, code, stderr)
		}
		code, out, stderr := run(t, "", "--db", db, "timeline", "--format", "json")
		if code != 0 {
			t.Fatalf("timeline from %s: exit %d: %s", db, code, stderr)
		}
		timelines[i] = out
	}
	if timelines[0] != timelines[1] {
		t.Errorf("SQLite and PostgreSQL timelines differ (%d and %d bytes)", len(timelines[0]), len(timelines[1]))
	}
	if len(timelines[0]) < 1000 {
		t.Errorf("timeline too short: %s", timelines[0])
	}
}
