package merge_test

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle/internal/merge"
)

// TestSeeds merges the mentions the real pipeline finds in the seed
// articles and scores the merge as score.py --timeline does: the Riyadh
// meeting told by two articles, and the second Istanbul round proposed in
// one and planned in another, must each be one event, and nothing else
// may join articles.
func TestSeeds(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join(shared, "eval", "seeds.gold.json"))
	if err != nil {
		t.Skipf("gold data not found beside the repository (%v): skipping the seed measurement", err)
	}
	var gold struct {
		Documents []struct {
			ID     string      `json:"id"`
			Events []goldEvent `json:"events"`
		} `json:"documents"`
	}
	if err := json.Unmarshal(raw, &gold); err != nil {
		t.Fatal(err)
	}
	var golds []goldDoc
	for _, d := range gold.Documents {
		golds = append(golds, goldDoc{doc: d.ID, events: d.Events})
	}
	k, err := loadKB()
	if err != nil {
		t.Fatal(err)
	}
	events := mergeAll(t, extract(t, filepath.Join(shared, "seeds")))
	stem := func(src string) string {
		b := filepath.Base(src)
		return strings.TrimSuffix(b, filepath.Ext(b))
	}
	recall, precision, notes := pairScores(k, golds, events, stem)
	t.Logf("seeds: %d events; merge pair recall %.3f, precision %.3f", len(events), recall, precision)
	for _, n := range notes {
		t.Log(n)
	}
	if recall < 1 || precision < 1 {
		t.Errorf("merge pair recall %.3f and precision %.3f, want 1 and 1", recall, precision)
	}

	// The timeline contract, scored by score.py itself where python3 exists.
	out := filepath.Join(t.TempDir(), "timeline.json")
	b, err := json.Marshal(struct {
		Events []merge.Event `json:"events"`
	}{events})
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(out, b, 0o644); err != nil {
		t.Fatal(err)
	}
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Log("python3 not found: score.py not run")
		return
	}
	empty := filepath.Join(t.TempDir(), "extract.jsonl")
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(py, filepath.Join(shared, "eval", "score.py"), "--gold", filepath.Join(shared, "eval", "seeds.gold.json"),
		"--texts", filepath.Join(shared, "seeds"), "--pred", empty, "--timeline", out, "--json")
	res, err := cmd.Output()
	if err != nil {
		t.Fatalf("score.py: %v", err)
	}
	var figures map[string]any
	if err := json.Unmarshal(res, &figures); err != nil {
		t.Fatalf("score.py output %q: %v", res, err)
	}
	t.Logf("score.py: merge_pair_recall %v, merge_pair_precision %v, timeline_events %v",
		figures["merge_pair_recall"], figures["merge_pair_precision"], figures["timeline_events"])
	if figures["merge_pair_recall"] != 1.0 || figures["merge_pair_precision"] != 1.0 {
		t.Errorf("score.py disagrees: %v", figures)
	}
}
