package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestEntities(t *testing.T) {
	page := filepath.Join(t.TempDir(), "call.txt")
	os.WriteFile(page, []byte(`Home | World | Europe
Lavrov and Rubio discuss next round of talks by phone
Published: Monday, 2 June 2025, 10:15
Russian Foreign Minister Sergei Lavrov and U.S. Secretary of State Marco Rubio spoke by phone on Sunday, the Russian Foreign Ministry said.
Lavrov told Rubio that the Russian delegation would arrive in Istanbul for the talks slated for Monday, and the Kremlin said it expected a memorandum to be discussed.
State Department spokeswoman Tammy Bruce said the call had been requested by Moscow. Bruce added that Washington wanted a ceasefire before the end of the month.
© 2025 Example Wire. All rights reserved.
`), 0o644)

	code, stdout, stderr := run(t, "", "entities", page)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, want := range []string{
		"Sergey Lavrov", "Marco Rubio", "Tammy Bruce", "\"Bruce\" via surname", "2025-06-01", "2025-06-02",
		"Istanbul", "via metonym",
	} {
		if !strings.Contains(stdout, want) {
			t.Errorf("entities output lacks %q:\n%s", want, stdout)
		}
	}

	code, stdout, _ = run(t, "", "entities", "--format", "json", page)
	var docs []struct {
		Sentences []struct {
			Span   [2]int
			Text   string
			Actors []struct{ Name, Country, Via string }
			Dates  []struct {
				Value *string
				Text  string
			}
		}
	}
	if code != 0 || json.Unmarshal([]byte(stdout), &docs) != nil || len(docs) != 1 {
		t.Fatalf("json: exit %d\n%s", code, stdout)
	}
	found := false
	for _, s := range docs[0].Sentences {
		for _, a := range s.Actors {
			if a.Name == "Sergey Lavrov" && a.Country == "RUS" {
				found = true
			}
		}
	}
	if !found {
		t.Errorf("no Sergey Lavrov (RUS) in the JSON output")
	}
}

func TestActorsAndOverlay(t *testing.T) {
	code, stdout, _ := run(t, "", "actors")
	if code != 0 || !strings.Contains(stdout, "states") {
		t.Fatalf("actors: exit %d\n%s", code, stdout)
	}
	code, stdout, _ = run(t, "", "actors", "--search", "Лавров")
	if code != 0 || !strings.Contains(stdout, "Sergey Lavrov") {
		t.Fatalf("Cyrillic search: exit %d\n%s", code, stdout)
	}

	dir := t.TempDir()
	overlay := filepath.Join(dir, "mine.tsv")
	os.WriteFile(overlay, []byte("name\taliases\tstate\tsector\toffice\ttitle\tfrom\tto\n"+
		"Ilse Brandvold\tBrandvold\tNOR\tGOV\tenvoy\tSpecial Envoy\t2025-03-01\t\n"), 0o644)
	code, stdout, _ = run(t, "", "--kb", overlay, "actors", "--search", "brandvold")
	if code != 0 || !strings.Contains(stdout, "Ilse Brandvold") || !strings.Contains(stdout, "NOR") {
		t.Fatalf("overlay person not listed: exit %d\n%s", code, stdout)
	}
	page := filepath.Join(dir, "p.txt")
	os.WriteFile(page, []byte("Envoy meets both sides\n2025-04-02\nNorwegian Special Envoy Ilse Brandvold met both delegations in Oslo on Tuesday, officials said after the meeting ended.\n"), 0o644)
	code, stdout, _ = run(t, "", "--kb", overlay, "entities", page)
	if code != 0 || !strings.Contains(stdout, "Ilse Brandvold") {
		t.Fatalf("overlay person not recognised: exit %d\n%s", code, stdout)
	}

	bad := filepath.Join(dir, "bad.tsv")
	os.WriteFile(bad, []byte("name\taliases\tstate\tsector\toffice\ttitle\tfrom\tto\nX\t\tRUS\tGOV\tenvoy\tEnvoy\t2025-13-45\t\n"), 0o644)
	code, _, stderr := run(t, "", "--kb", bad, "actors")
	if code != 1 || !strings.Contains(stderr, "bad.tsv:2") {
		t.Fatalf("a bad overlay must be refused with file:line: exit %d, %q", code, stderr)
	}
}
