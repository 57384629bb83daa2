package warc

import (
	"bytes"
	"errors"
	"fmt"
	"net/textproto"
	"strconv"
	"strings"
)

// maxHeaderSize bounds a record's WARC header block; real ones are under
// 2 KB.
const maxHeaderSize = 64 << 10

// Header is a record's WARC header: the named fields, canonicalised like
// HTTP header names ("Warc-Type" for WARC-Type).
type Header struct {
	// Version is "WARC/1.0" or "WARC/1.1" (older drafts are read too).
	Version string
	// Fields holds every named field.
	Fields textproto.MIMEHeader
}

// Get returns the first value of a field, "" when absent.
func (h Header) Get(name string) string { return h.Fields.Get(name) }

// ContentLength returns the Content-Length field, required by the
// standard.
func (h Header) ContentLength() (int64, error) {
	v := strings.TrimSpace(h.Get("Content-Length"))
	if v == "" {
		return 0, errors.New("no Content-Length field")
	}
	n, err := strconv.ParseInt(v, 10, 64)
	if err != nil || n < 0 {
		return 0, fmt.Errorf("invalid Content-Length %q", v)
	}
	return n, nil
}

// isVersionLine reports whether line starts a WARC record.
func isVersionLine(line []byte) bool {
	return bytes.HasPrefix(line, []byte("WARC/")) && len(bytes.TrimSpace(line)) <= 16
}

// parseHeader parses the field lines of a header block (the version line
// excluded, the blank line excluded). Continuation lines, which start with
// a space or tab, extend the previous field's value.
func parseHeader(version string, lines [][]byte) (Header, error) {
	h := Header{Version: version, Fields: make(textproto.MIMEHeader, len(lines))}
	var last string
	for _, line := range lines {
		if line[0] == ' ' || line[0] == '\t' {
			if last == "" {
				return h, errors.New("header continuation line before any field")
			}
			vals := h.Fields[last]
			vals[len(vals)-1] += " " + string(bytes.TrimSpace(line))
			continue
		}
		name, value, ok := bytes.Cut(line, []byte(":"))
		name = bytes.TrimSpace(name)
		if !ok || len(name) == 0 || bytes.ContainsAny(name, " \t") {
			return h, fmt.Errorf("malformed header line %q", truncate(line, 60))
		}
		last = textproto.CanonicalMIMEHeaderKey(string(name))
		h.Fields[last] = append(h.Fields[last], string(bytes.TrimSpace(value)))
	}
	return h, nil
}

// truncate shortens b for an error message.
func truncate(b []byte, n int) string {
	if len(b) > n {
		return strings.ToValidUTF8(string(b[:n]), "?") + "…"
	}
	return strings.ToValidUTF8(string(b), "?")
}
