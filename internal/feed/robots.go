package feed

import (
	"bytes"
	"slices"
	"strconv"
	"strings"
	"time"
)

// maxRobotsSize is how much of a robots.txt is parsed; RFC 9309 asks
// crawlers to read at least 500 KiB.
const maxRobotsSize = 512 << 10

// Robots is a parsed robots.txt (RFC 9309, with the Crawl-delay extension).
// The zero value and nil allow everything.
type Robots struct {
	groups []robotsGroup
}

// robotsGroup is one or more User-agent lines and the rules after them.
type robotsGroup struct {
	agents   []string // lower case
	rules    []robotsRule
	delay    time.Duration
	hasDelay bool
}

// robotsRule is an Allow or Disallow line.
type robotsRule struct {
	allow   bool
	pattern string
}

// ParseRobots reads a robots.txt. It never fails: lines it does not
// understand are ignored, as the standard asks.
func ParseRobots(data []byte) *Robots {
	data = data[:min(len(data), maxRobotsSize)]
	data = bytes.TrimPrefix(data, []byte("\xEF\xBB\xBF"))
	r := &Robots{}
	var cur *robotsGroup
	inRules := false // a rule line has been seen since the last User-agent
	for len(data) > 0 {
		var line []byte
		if i := bytes.IndexAny(data, "\r\n"); i >= 0 {
			line, data = data[:i], data[i+1:]
		} else {
			line, data = data, nil
		}
		if i := bytes.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		key, value, ok := bytes.Cut(line, []byte(":"))
		if !ok {
			continue
		}
		k := strings.ToLower(string(bytes.TrimSpace(key)))
		v := string(bytes.TrimSpace(value))
		switch k {
		case "user-agent", "useragent", "user agent":
			if cur == nil || inRules {
				r.groups = append(r.groups, robotsGroup{})
				cur = &r.groups[len(r.groups)-1]
				inRules = false
			}
			if agent := productToken(v); agent != "" {
				cur.agents = append(cur.agents, agent)
			}
		case "allow", "disallow":
			if cur == nil {
				continue // rules before any User-agent line belong to no group
			}
			inRules = true
			if v == "" {
				continue // "Disallow:" with no path allows everything
			}
			cur.rules = append(cur.rules, robotsRule{allow: k == "allow", pattern: normalizePath(v)})
		case "crawl-delay":
			if cur == nil {
				continue
			}
			inRules = true
			if secs, err := strconv.ParseFloat(v, 64); err == nil && secs >= 0 && secs < 1e6 {
				cur.delay, cur.hasDelay = time.Duration(secs*float64(time.Second)), true
			}
		}
	}
	return r
}

// productToken lower-cases a User-agent value and keeps its first word:
// "Googlebot/2.1" and "googlebot" name the same crawler.
func productToken(v string) string {
	v = strings.ToLower(strings.TrimSpace(v))
	if i := strings.IndexAny(v, " /\t"); i >= 0 {
		v = v[:i]
	}
	return v
}

// matching returns the groups that apply to agent: those that name its
// product token, else those for "*". Several groups for the same agent
// are combined, as the standard says.
func (r *Robots) matching(agent string) []*robotsGroup {
	if r == nil {
		return nil
	}
	token := productToken(agent)
	var named, star []*robotsGroup
	for i := range r.groups {
		g := &r.groups[i]
		switch {
		case token != "" && slices.Contains(g.agents, token):
			named = append(named, g)
		case slices.Contains(g.agents, "*"):
			star = append(star, g)
		}
	}
	if len(named) > 0 {
		return named
	}
	return star
}

// Allowed reports whether agent may fetch the URL path (with its query).
// The longest matching pattern decides and Allow wins a tie; no match
// means allowed. /robots.txt itself is always allowed.
func (r *Robots) Allowed(agent, path string) bool {
	if path == "" {
		path = "/"
	}
	path = normalizePath(path)
	if path == "/robots.txt" {
		return true
	}
	best, allow := -1, true
	for _, g := range r.matching(agent) {
		for _, rule := range g.rules {
			if len(rule.pattern) < best || !matchPattern(rule.pattern, path) {
				continue
			}
			if len(rule.pattern) > best || rule.allow {
				best, allow = len(rule.pattern), rule.allow
			}
		}
	}
	return allow
}

// CrawlDelay returns the delay the file asks between requests from agent,
// and whether it gives one.
func (r *Robots) CrawlDelay(agent string) (time.Duration, bool) {
	for _, g := range r.matching(agent) {
		if g.hasDelay {
			return g.delay, true
		}
	}
	return 0, false
}

// matchPattern matches a robots.txt path pattern: '*' matches any run of
// characters, a final '$' anchors the end, and otherwise the pattern is a
// prefix. The greedy scan with one backtrack point is linear in practice
// and never exponential.
func matchPattern(pattern, path string) bool {
	anchored := strings.HasSuffix(pattern, "$")
	if anchored {
		pattern = pattern[:len(pattern)-1]
	}
	p, s := 0, 0
	star, mark := -1, 0
	for s < len(path) {
		switch {
		case p < len(pattern) && pattern[p] == '*':
			star, mark = p, s
			p++
		case p < len(pattern) && pattern[p] == path[s]:
			p++
			s++
		case p == len(pattern) && !anchored:
			return true
		case star >= 0:
			p = star + 1
			mark++
			s = mark
		default:
			return false
		}
	}
	for p < len(pattern) && pattern[p] == '*' {
		p++
	}
	return p == len(pattern)
}

// normalizePath makes percent-escapes comparable: upper-case hex digits,
// and unreserved characters decoded.
func normalizePath(p string) string {
	if !strings.Contains(p, "%") {
		return p
	}
	var b strings.Builder
	for i := 0; i < len(p); i++ {
		if p[i] == '%' && i+2 < len(p) && isHex(p[i+1]) && isHex(p[i+2]) {
			c := unhex(p[i+1])<<4 | unhex(p[i+2])
			if isUnreserved(c) {
				b.WriteByte(c)
			} else {
				b.WriteString(strings.ToUpper(p[i : i+3]))
			}
			i += 2
			continue
		}
		b.WriteByte(p[i])
	}
	return b.String()
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

func unhex(c byte) byte {
	switch {
	case '0' <= c && c <= '9':
		return c - '0'
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10
	}
	return c - 'A' + 10
}

func isUnreserved(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '-' || c == '.' || c == '_' || c == '~'
}
