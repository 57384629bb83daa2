package record_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle/internal/kb"
	"github.com/chronicle-news/chronicle/internal/record"
	"github.com/chronicle-news/chronicle/internal/store"
	"github.com/chronicle-news/chronicle/internal/store/sqlite"
)

func newRecord(t *testing.T) *record.Record {
	t.Helper()
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "r.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	k, err := kb.Load()
	if err != nil {
		t.Fatal(err)
	}
	return record.New(st, k, record.Options{})
}

func TestIngestAndAsk(t *testing.T) {
	ctx := context.Background()
	r := newRecord(t)
	text, err := os.ReadFile("testdata/talks.txt")
	if err != nil {
		t.Fatal(err)
	}
	out, err := r.Ingest(ctx, []record.Upload{{Name: "talks.txt", Data: text}})
	if err != nil {
		t.Fatal(err)
	}
	if len(out) != 1 || out[0].Err != nil || !out[0].Added || out[0].Mentions == 0 || out[0].Origin != "talks.txt" {
		t.Fatalf("outcome = %+v, want one stored article with mentions", out)
	}
	// The same document again is recognised, not stored twice.
	again, err := r.Ingest(ctx, []record.Upload{{Name: "copy", Data: text}})
	if err != nil || len(again) != 1 || again[0].Added || again[0].ID != out[0].ID {
		t.Fatalf("second ingest = %+v, %v; want the same article, not added", again, err)
	}

	evs, err := r.Events(ctx, record.Query{Actors: []string{"Finland"}})
	if err != nil {
		t.Fatal(err)
	}
	if len(evs) == 0 {
		t.Fatal("no events with Finland")
	}
	pair, err := r.Events(ctx, record.Query{Actors: []string{"Alexander Stubb", "Estonia"}, Types: []string{"CONSULT"}})
	if err != nil {
		t.Fatal(err)
	}
	if len(pair) != 1 || pair[0].Date != "2025-03-13" {
		t.Fatalf("Stubb–Estonia meetings = %+v, want the 13 March meeting", pair)
	}
	ps, err := r.Positions(ctx, record.Query{Actors: []string{"Estonia"}})
	if err != nil || len(ps) == 0 {
		t.Fatalf("positions of Estonia = %v, %v; want the request to NATO", ps, err)
	}
	g, err := r.Network(ctx, record.Query{}, true, 0)
	if err != nil || len(g.Nodes) < 2 {
		t.Fatalf("network = %+v, %v", g, err)
	}
	ss, err := r.Stories(ctx, record.Query{}, 1)
	if err != nil || len(ss) == 0 {
		t.Fatalf("stories = %v, %v", ss, err)
	}
	s, err := r.Story(ctx, ss[0].ID[:8])
	if err != nil || s.ID != ss[0].ID {
		t.Fatalf("story by prefix = %v, %v", s, err)
	}
	one, err := r.Events(ctx, record.Query{Story: ss[0].ID})
	if err != nil || len(one) != len(ss[0].Events) {
		t.Fatalf("events of story = %d, %v; want %d", len(one), err, len(ss[0].Events))
	}
}

func TestInvalidQueries(t *testing.T) {
	ctx := context.Background()
	r := newRecord(t)
	for _, q := range []record.Query{
		{Actors: []string{" "}},
		{Actors: []string{"Russia", "Ukraine", "Turkey"}},
		{From: "2025-13-01"},
		{Types: []string{"NOT_A_TYPE"}},
		{Statuses: []string{"rumoured"}},
		{Limit: -1},
		{Offset: -5},
	} {
		if _, err := r.Events(ctx, q); !errors.Is(err, record.ErrInvalid) {
			t.Errorf("Events(%+v) = %v, want ErrInvalid", q, err)
		}
	}
	if _, err := r.Positions(ctx, record.Query{}); !errors.Is(err, record.ErrInvalid) {
		t.Errorf("Positions without an actor = %v, want ErrInvalid", err)
	}
	if _, err := r.Story(ctx, "nosuchstory"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Story(unknown) = %v, want ErrNotFound", err)
	}
	if _, err := r.Events(ctx, record.Query{Story: "nosuchstory"}); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Events(story unknown) = %v, want ErrNotFound", err)
	}
}

func TestIngestBadDocuments(t *testing.T) {
	ctx := context.Background()
	r := newRecord(t)
	good, err := os.ReadFile("testdata/talks.txt")
	if err != nil {
		t.Fatal(err)
	}
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write(good)
	zw.Close()
	truncated := gz.Bytes()[:gz.Len()/2]
	out, err := r.Ingest(ctx, []record.Upload{
		{Name: "empty.txt", Data: nil},
		{Name: "blob.bin", Data: []byte("\x00\x01\x02PK\x03\x04binary")},
		{Name: "latin1.txt", Data: []byte("Caf\xe9 diplomacy in Par\xeds")},
		{Name: "cut.txt.gz", Data: truncated},
		{Name: "pasted text", Data: good},
		{Name: "nothing.html", Data: []byte("<html><body><nav>Home</nav></body></html>")},
	})
	if err != nil {
		t.Fatal(err)
	}
	stored := 0
	for _, o := range out {
		if o.Err == nil {
			stored++
			continue
		}
		if !errors.Is(o.Err, record.ErrInvalid) || !strings.HasPrefix(o.Err.Error(), o.Origin) {
			t.Errorf("%s: error %q should wrap ErrInvalid and start with the name", o.Origin, o.Err)
		}
	}
	if stored != 1 || len(out) != 6 {
		t.Fatalf("outcomes = %+v; want 6 with one stored", out)
	}
	if _, err := r.Ingest(ctx, nil); !errors.Is(err, record.ErrInvalid) {
		t.Errorf("Ingest(nothing) = %v, want ErrInvalid", err)
	}
	if _, err := r.IngestURLs(ctx, []string{"file:///etc/passwd"}); !errors.Is(err, record.ErrInvalid) {
		t.Errorf("IngestURLs(file:) = %v, want ErrInvalid", err)
	}
	// Loopback is refused unless allowed: a server must not fetch its own network for strangers.
	out, err = r.IngestURLs(ctx, []string{"http://127.0.0.1:1/"})
	if err != nil || len(out) != 1 || out[0].Err == nil {
		t.Errorf("IngestURLs(loopback) = %+v, %v; want a refused outcome", out, err)
	}
}

// TestStoriesFollowWrites checks that the stories kept between requests are
// dropped as soon as anything is stored, whoever stores it.
func TestStoriesFollowWrites(t *testing.T) {
	ctx := context.Background()
	r := newRecord(t)
	text, err := os.ReadFile("testdata/talks.txt")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := r.Ingest(ctx, []record.Upload{{Name: "talks.txt", Data: text}}); err != nil {
		t.Fatal(err)
	}
	before, err := r.Stories(ctx, record.Query{}, 0)
	if err != nil || len(before) == 0 {
		t.Fatalf("stories = %v, %v", before, err)
	}
	other := []byte("Leaders of Chile and Peru meet\n\nLima, 9 May 2025\n\nChilean President Gabriel Boric met Peruvian " +
		"President Dina Boluarte in Lima on Thursday to discuss migration across their shared border.\n\nThe two " +
		"presidents agreed to open a joint migration office in the border town of Tacna before the end of the year.\n")
	// Stored straight into the store, as a CLI ingest in another process would.
	other2 := record.New(r.Store(), r.KB(), record.Options{})
	if _, err := other2.Ingest(ctx, []record.Upload{{Name: "lima.txt", Data: other}}); err != nil {
		t.Fatal(err)
	}
	after, err := r.Stories(ctx, record.Query{}, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(after) <= len(before) {
		t.Errorf("stories after a write elsewhere: %d, before %d; the kept stories were served stale", len(after), len(before))
	}
	names, err := r.Participants(ctx)
	if err != nil || !slices.Contains(names, "Gabriel Boric") || !slices.Contains(names, "Alexander Stubb") {
		t.Errorf("participants = %v, %v; want both articles' people", names, err)
	}
	evs, err := r.Events(ctx, record.Query{Actors: []string{"Chile"}})
	if err != nil || len(evs) == 0 {
		t.Fatalf("events of Chile = %v, %v", evs, err)
	}
	s, err := r.Story(ctx, after[len(after)-1].ID)
	if err != nil || s.ID != after[len(after)-1].ID {
		t.Errorf("Story = %v, %v", s, err)
	}
}
