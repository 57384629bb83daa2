package meta

import (
	"fmt"
	"strings"
	"unicode"
)

// outletFind is the outlet of a page and how it was found.
type outletFind struct {
	name  string
	entry Outlet
	known bool   // entry is from the table
	key   string // identifies the outlet in Memory
	why   string
}

// findOutlet names the page's outlet: the hint, else the URL host, else
// signatures in the text, else an unknown URL host as it is.
func findOutlet(pg *page, h Hints) outletFind {
	if s := strings.Join(strings.Fields(h.Outlet), " "); s != "" {
		if o, ok := LookupOutlet(s); ok {
			return outletFind{name: o.Name, entry: o, known: true, key: normName(o.Name), why: fmt.Sprintf("outlet %s: from the record (%q)", o.Name, s)}
		}
		return outletFind{name: s, key: normName(s), why: fmt.Sprintf("outlet %s: from the record", s)}
	}
	host := hostOf(h.URL)
	if host != "" {
		if i, ok := outletTable().lookupHost(host); ok {
			o := outletTable().list[i]
			return outletFind{name: o.Name, entry: o, known: true, key: normName(o.Name), why: fmt.Sprintf("outlet %s: URL host %s", o.Name, host)}
		}
	}
	if f, ok := outletFromText(pg); ok {
		return f
	}
	if host != "" {
		return outletFind{name: host, key: host, why: fmt.Sprintf("outlet %s: URL host, not in the outlet table", host)}
	}
	return outletFind{why: "outlet: nothing on the page names one"}
}

// Signature kinds, valued by strength. An outlet's score is the sum over
// the kinds of signature it has, each counted once: a footer that repeats
// a sister site's name does not outweigh the site's own signatures.
const (
	sigNone   = 0
	sigByline = 2 // "Jane Doe | Reuters"
	sigLine   = 3 // a line that is only the name
	sigDomain = 5 // the site's domain or e-mail address
	sigTitle  = 6 // "Headline - Outlet" at the top of the page
	sigStrong = 7 // "Support X", "X News Desk", "© 2025 X"
)

// wordsBefore and wordsAfter that make a mention of an outlet a signature
// of the page's own outlet, or a citation of another one.
var (
	strongBefore = []string{"support", "join", "join the", "subscribe to", "follow", "follow the", "download the", "download", "©", "copyright", "(c)", "team"}
	strongAfter  = []string{"desk", "news desk", "staff", "bureau", "newsroom", "web desk", "digital desk", "news service", "team", "community", "app", "premium", "plus", "subscription", "newsletter"}
	citeBefore   = []string{"by", "to", "according", "via", "told", "citing", "cited", "source", "sources", "with", "from", "in", "on", "for"}
	citeAfter    = []string{"reports", "reported", "report", "said", "says", "photo", "images", "image", "/", "reporter", "correspondent", "journalist", "interview", "wrote", "writes", "cited", "quoted"}
)

type mention struct {
	idx   int
	kinds map[int]bool
	score int
	line  int
	text  string
}

// corporateSuffixes may follow an outlet's name in its own copyright line
// ("The New York Times Company"); another capitalised word makes the name
// part of a different one ("Vox Media").
var corporateSuffixes = map[string]bool{"company": true, "co": true, "corporation": true, "corp": true, "inc": true,
	"llc": true, "ltd": true, "limited": true, "plc": true, "gmbh": true, "ag": true, "sa": true, "all": true}

// outletFromText scores every mention of a table outlet by its context and
// returns the best-supported one.
func outletFromText(pg *page) (outletFind, bool) {
	ix := outletTable()
	score := map[int]*mention{}
	for li := range pg.lines {
		l := &pg.lines[li]
		if len(l.text) > 200 {
			continue
		}
		words := outletWords(l.text)
		lower := make([]string, len(words))
		for i, w := range words {
			lower[i] = strings.ToLower(w)
		}
		low := strings.ToLower(l.text)
		copyright := strings.Contains(low, "©") || strings.Contains(low, "copyright") || strings.Contains(low, "all rights reserved")
		for a := 0; a < len(words); {
			idx, b, ok := ix.matchAt(words, lower, a)
			if !ok {
				if i, ok := domainMention(words[a]); ok && !l.caption && !l.list {
					add(score, i, sigDomain, l.n, words[a])
				}
				a++
				continue
			}
			o := ix.list[idx]
			s := sigNone
			before, after := strings.ToLower(strings.Join(words[max(0, a-2):a], " ")), strings.ToLower(strings.Join(words[b:min(len(words), b+2)], " "))
			partOfLonger := b < len(words) && startsUpper(words[b]) && !corporateSuffixes[strings.ToLower(words[b])] &&
				!hasAnyWord(after, strongAfter, false)
			switch {
			case partOfLonger:
				s = sigNone
			case copyright:
				s = sigStrong
			case l.caption || hasAnyWord(before, citeBefore, true) || hasAnyWord(after, citeAfter, false):
				s = sigNone
			case hasAnyWord(before, strongBefore, true) || hasAnyWord(after, strongAfter, false):
				s = sigStrong
			case o.generic || l.list:
				s = sigNone
			case a == 0 && b == len(words):
				s = sigLine
			case li < 3 && b == len(words) && a > 0 && (words[a-1] == "|" || strings.Contains(l.text, " - ") || strings.Contains(l.text, " – ")):
				s = sigTitle
			case strings.Count(l.text, "|") == 1 && isSegment(words, a, b):
				s = sigByline
			}
			if s > sigNone {
				add(score, idx, s, l.n, strings.Join(words[a:b], " "))
			}
			a = b
		}
	}
	var best *mention
	for _, m := range score {
		if best == nil || m.score > best.score || m.score == best.score && m.line < best.line {
			best = m
		}
	}
	if best == nil || best.score < sigByline {
		return outletFind{}, false
	}
	o := ix.list[best.idx]
	return outletFind{name: o.Name, entry: o, known: true, key: normName(o.Name),
		why: fmt.Sprintf("outlet %s: signature %q (line %d), score %d", o.Name, best.text, best.line, best.score)}, true
}

func add(score map[int]*mention, idx, s, line int, text string) {
	m, ok := score[idx]
	if !ok {
		m = &mention{idx: idx, kinds: map[int]bool{}, line: line, text: text}
		score[idx] = m
	}
	if !m.kinds[s] {
		m.kinds[s] = true
		m.score += s
	}
}

func startsUpper(w string) bool {
	for _, r := range w {
		return unicode.IsUpper(r)
	}
	return false
}

// hasAnyWord reports whether the phrase ends (atEnd) or starts with one of
// the words.
func hasAnyWord(phrase string, words []string, atEnd bool) bool {
	for _, w := range words {
		if atEnd && (phrase == w || strings.HasSuffix(phrase, " "+w)) || !atEnd && (phrase == w || strings.HasPrefix(phrase, w+" ")) {
			return true
		}
	}
	return false
}

// isSegment reports whether words[a:b] is a whole "|"-separated segment.
func isSegment(words []string, a, b int) bool {
	return (a == 0 || words[a-1] == "|") && (b == len(words) || words[b] == "|")
}

// outletWords splits a line at white space and trims punctuation around
// each word, keeping the punctuation inside names ("Lenta.ru", "Al-Monitor").
func outletWords(s string) []string {
	f := strings.Fields(s)
	out := f[:0]
	for _, w := range f {
		if w == "|" || w == "©" || w == "&" {
			out = append(out, w)
			continue
		}
		w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '©' && r != '@' })
		if w != "" {
			out = append(out, w)
		}
	}
	return out
}

// matchAt finds the longest table name starting at words[a]. Names must be
// written as the table spells them (or in capitals), so that the words
// "time", "hill" or "ap" do not name an outlet.
func (ix *outletIndex) matchAt(words, lower []string, a int) (int, int, bool) {
	longest, ok := ix.firstWords[lower[a]]
	if !ok {
		return 0, a, false
	}
	for n := min(longest, len(words)-a); n >= 1; n-- {
		i, ok := ix.byName[strings.Join(lower[a:a+n], " ")]
		if !ok || !ix.exactName(i, strings.Join(words[a:a+n], " ")) {
			continue
		}
		return i, a + n, true
	}
	return 0, a, false
}

// exactName reports whether phrase is written exactly as the outlet's name
// or one of its aliases.
func (ix *outletIndex) exactName(i int, phrase string) bool {
	for _, n := range ix.spellings[i] {
		if n == phrase || len(n) > 4 && phrase == strings.ToUpper(n) {
			return true
		}
		if rest, ok := strings.CutPrefix(n, "The "); ok && phrase == "the "+rest {
			return true
		}
	}
	return false
}

// domainMention finds a table outlet in a word that is a host name, URL or
// e-mail address ("info@devdiscourse.com", "www.bbc.co.uk").
func domainMention(w string) (int, bool) {
	if !strings.Contains(w, ".") {
		return 0, false
	}
	if at := strings.LastIndexByte(w, '@'); at >= 0 {
		w = w[at+1:]
	}
	h := hostOf(strings.ToLower(w))
	if h == "" || !strings.ContainsAny(h, "abcdefghijklmnopqrstuvwxyz") {
		return 0, false
	}
	return outletTable().lookupHost(h)
}
