package text

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
)

// goldDoc is the part of a seed gold record the cleaner answers for.
type goldDoc struct {
	ID        string            `json:"id"`
	Title     string            `json:"title"`
	BodyLines []int             `json:"body_lines"`
	Strip     map[string]string `json:"body_strip_prefix"`
	Furniture []string          `json:"boilerplate"`
}

// bagF1 is the word-bag F1 of the seed scorer (../shared/eval/score.py).
func bagF1(pred, gold string) float64 {
	count := func(s string) map[string]int {
		m := map[string]int{}
		for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '_'
		}) {
			m[w]++
		}
		return m
	}
	p, g := count(pred), count(gold)
	common, np, ng := 0, 0, 0
	for w, n := range p {
		common += min(n, g[w])
		np += n
	}
	for _, n := range g {
		ng += n
	}
	if common == 0 {
		return 0
	}
	pr, rc := float64(common)/float64(np), float64(common)/float64(ng)
	return 2 * pr * rc / (pr + rc)
}

// TestSeeds holds the cleaner to the figures the brief sets on the seed
// articles: mean body F1 >= 0.97, no boilerplate in any body, the gold titles.
func TestSeeds(t *testing.T) {
	dir := sharedDir(t)
	raw, err := os.ReadFile(filepath.Join(dir, "eval", "seeds.gold.json"))
	if err != nil {
		t.Fatalf("read gold: %v", err)
	}
	var gold struct{ Documents []goldDoc }
	if err := json.Unmarshal(raw, &gold); err != nil {
		t.Fatalf("parse gold: %v", err)
	}
	sum, n := 0.0, 0
	for _, d := range gold.Documents {
		in, err := os.ReadFile(filepath.Join(dir, "seeds", d.ID+".txt"))
		if err != nil {
			t.Fatalf("read seed: %v", err)
		}
		lines := strings.Split(string(in), "\n")
		var want []string
		for _, ln := range d.BodyLines {
			s := lines[ln-1]
			if pre := d.Strip[fmtInt(ln)]; pre != "" {
				s = strings.TrimPrefix(s, pre)
			}
			want = append(want, s)
		}
		p := Clean(string(in), Options{})
		f1 := bagF1(p.Body, strings.Join(want, "\n"))
		sum += f1
		n++
		t.Logf("%s: body F1 %.3f, title %q", d.ID, f1, p.Title)
		if d.Title != "" && !strings.EqualFold(p.Title, d.Title) {
			t.Errorf("%s: title %q, want %q", d.ID, p.Title, d.Title)
		}
		for _, b := range d.Furniture {
			if strings.Contains(strings.ToLower(p.Body), strings.ToLower(b)) {
				t.Errorf("%s: boilerplate %q in body", d.ID, b)
			}
		}
	}
	if mean := sum / float64(n); mean < 0.97 {
		t.Errorf("mean body F1 %.3f, want >= 0.97", mean)
	} else {
		t.Logf("mean body F1 %.3f over %d seeds", mean, n)
	}
}

func fmtInt(n int) string {
	b, _ := json.Marshal(n)
	return string(b)
}
