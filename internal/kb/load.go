package kb

import (
	"bufio"
	"bytes"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"sort"
	"strings"
)

//go:embed data
var embedded embed.FS

// fileOrder loads the embedded files so that states and organisations exist
// before the rows that name them.
var fileOrder = []string{"states.tsv", "orgs.tsv", "people.tsv", "places.tsv", "titles.tsv"}

// maxErrors bounds the problems reported for one load, so a wrong file does
// not flood the terminal.
const maxErrors = 20

// Load returns the embedded base extended by the overlay files, in order.
// Each overlay's kind is told by its header line. Errors name file:line.
func Load(overlays ...string) (*KB, error) {
	k := newKB()
	l := &loader{kb: k}
	names, err := fs.Glob(embedded, "data/*.tsv")
	if err != nil {
		return nil, fmt.Errorf("kb: list embedded data: %w", err)
	}
	sort.Slice(names, func(i, j int) bool { return rank(names[i]) < rank(names[j]) })
	for _, name := range names {
		b, err := embedded.ReadFile(name)
		if err != nil {
			return nil, fmt.Errorf("kb: read embedded %s: %w", name, err)
		}
		l.file(name, b)
	}
	return l.finish(overlays)
}

// LoadFiles returns a base made of the given files only, without the
// embedded data: for tests and for users who keep a base of their own.
func LoadFiles(files ...string) (*KB, error) {
	l := &loader{kb: newKB()}
	return l.finish(files)
}

func rank(name string) string {
	base := path.Base(name)
	for i, n := range fileOrder {
		if n == base {
			return fmt.Sprintf("%02d", i)
		}
	}
	return "99" + base
}

func newKB() *KB {
	return &KB{
		states:   map[string]*State{},
		orgs:     map[string]*Org{},
		people:   map[string]*Person{},
		byAlias:  map[string]*Person{},
		places:   map[string]*Place{},
		placeAli: map[string]*Place{},
		holders:  map[string][]holding{},
	}
}

// loader accumulates rows and row errors across files.
type loader struct {
	kb   *KB
	errs []error
}

func (l *loader) finish(files []string) (*KB, error) {
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			l.errs = append(l.errs, fmt.Errorf("kb: read overlay: %w", err))
			continue
		}
		l.file(f, b)
	}
	if len(l.errs) > 0 {
		if len(l.errs) > maxErrors {
			n := len(l.errs) - maxErrors
			l.errs = append(l.errs[:maxErrors], fmt.Errorf("kb: and %d more problems", n))
		}
		return nil, errors.Join(l.errs...)
	}
	l.kb.index()
	l.kb.sortLists()
	return l.kb, nil
}

// headers are the exact header lines of the five formats.
var headers = map[string]string{
	"iso3\tiso2\tname\taliases\tadjectives\tcapital\tmetonyms\tstatus": "states",
	"code\tname\taliases\tkind\tsector\tmembers":                       "orgs",
	"name\taliases\tstate\tsector\toffice\ttitle\tfrom\tto":            "people",
	"name\taliases\tcountry\tkind\tlat\tlon":                           "places",
	"phrase\toffice\tsector\tstate":                                    "titles",
}

// minCols is the number of leading cells a row must have; the cells after
// them may be dropped when empty, because editors strip trailing tabs.
var minCols = map[string]int{"states": 3, "orgs": 2, "people": 5, "places": 3, "titles": 2}

// file parses one TSV file: a header line, then rows; # lines are comments.
func (l *loader) file(name string, b []byte) {
	b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(make([]byte, 0, 64*1024), 4<<20)
	kind := ""
	ncol := 0
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(text) == "" || strings.HasPrefix(text, "#") {
			continue
		}
		where := fmt.Sprintf("%s:%d", name, line)
		if kind == "" {
			h := strings.ToLower(strings.TrimRight(text, "\t "))
			k, ok := headers[h]
			if !ok {
				l.errs = append(l.errs, fmt.Errorf("%s: unknown header %q (want one of the states, orgs, people, places or titles headers)", where, clip(text)))
				return
			}
			kind, ncol = k, strings.Count(h, "\t")+1
			continue
		}
		cells := strings.Split(text, "\t")
		if len(cells) > ncol || len(cells) < minCols[kind] {
			l.errs = append(l.errs, fmt.Errorf("%s: %d columns, want %d", where, len(cells), ncol))
			continue
		}
		for len(cells) < ncol {
			cells = append(cells, "")
		}
		for i := range cells {
			cells[i] = strings.TrimSpace(cells[i])
		}
		var err error
		switch kind {
		case "states":
			err = l.kb.addState(cells)
		case "orgs":
			err = l.kb.addOrg(cells, where)
		case "people":
			err = l.kb.addPerson(cells, where)
		case "places":
			err = l.kb.addPlace(cells, where)
		case "titles":
			err = l.kb.addTitle(cells, where)
		}
		if err != nil {
			l.errs = append(l.errs, fmt.Errorf("%s: %w", where, err))
		}
	}
	if err := sc.Err(); err != nil {
		l.errs = append(l.errs, fmt.Errorf("%s: %w", name, err))
	}
}

func clip(s string) string {
	if len(s) > 60 {
		return s[:60] + "…"
	}
	return s
}
