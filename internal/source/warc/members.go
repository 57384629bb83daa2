package warc

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"

	"github.com/chronicle-news/chronicle/internal/source"
)

// counter counts the bytes read from the input file.
type counter struct {
	r io.Reader
	n int64
}

func (c *counter) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// boundary records that decompressed byte out is the first byte of the
// gzip member starting at compressed offset start.
type boundary struct{ out, start int64 }

// memberError is a gzip member that cannot be decompressed.
type memberError struct {
	start int64
	err   error
}

func (e *memberError) Error() string {
	return fmt.Sprintf("gzip member at byte %d: %v", e.start, e.err)
}

func (e *memberError) Unwrap() error { return e.err }

// members decompresses a sequence of gzip members as one stream, like
// gzip.Reader's multistream mode, but survives a broken member: it reports
// it once, then scans the compressed input for the next gzip header and
// goes on from there.
type members struct {
	br         *bufio.Reader
	cnt        *counter
	zr         *gzip.Reader
	needHeader bool
	broken     bool
	seeking    bool  // the current member was found by a scan, not at a boundary
	start      int64 // compressed offset of the current member
	out        int64 // decompressed bytes returned so far
	bounds     []boundary
}

func newMembers(br *bufio.Reader, cnt *counter) *members {
	return &members{br: br, cnt: cnt, needHeader: true}
}

// pos is the compressed offset of the next byte the gzip reader will take.
func (m *members) pos() int64 { return m.cnt.n - int64(m.br.Buffered()) }

// Read implements io.Reader over the members' decompressed content.
func (m *members) Read(p []byte) (int, error) {
	for {
		if m.broken {
			if !m.seek() {
				return 0, io.EOF
			}
			m.broken, m.needHeader, m.seeking = false, true, true
		}
		if m.needHeader {
			if _, err := m.br.Peek(1); err != nil {
				return 0, io.EOF
			}
			m.start = m.pos()
			var err error
			if m.zr == nil {
				m.zr, err = gzip.NewReader(m.br)
			} else {
				err = m.zr.Reset(m.br)
			}
			if err != nil {
				m.broken = true
				if m.seeking {
					continue // a false gzip signature inside damaged data: keep scanning quietly
				}
				if errors.Is(err, gzip.ErrHeader) {
					return 0, &memberError{m.start, fmt.Errorf("%w: not a gzip member (garbage between members)", source.ErrCorrupt)}
				}
				return 0, &memberError{m.start, fmt.Errorf("%w: %w", source.ErrCorrupt, err)}
			}
			m.zr.Multistream(false)
			m.needHeader = false
			m.bounds = append(m.bounds, boundary{out: m.out, start: m.start})
		}
		n, err := m.zr.Read(p)
		m.out += int64(n)
		switch {
		case err == io.EOF:
			m.needHeader, m.seeking = true, false
			if n > 0 {
				return n, nil
			}
		case err != nil:
			m.broken = true
			if err == io.ErrUnexpectedEOF {
				err = fmt.Errorf("%w: truncated (unexpected end of file)", source.ErrCorrupt)
			} else {
				err = fmt.Errorf("%w: %w", source.ErrCorrupt, err)
			}
			return n, &memberError{m.start, err}
		default:
			if n > 0 {
				m.seeking = false
				return n, nil
			}
		}
	}
}

// seek skips to the next gzip signature (1f 8b 08) after the current
// position, and reports whether there is one.
func (m *members) seek() bool {
	if _, err := m.br.Discard(1); err != nil {
		return false
	}
	for {
		buf, err := m.br.Peek(m.br.Size())
		if len(buf) < 3 {
			if err != nil {
				_, _ = m.br.Discard(len(buf))
				return false
			}
			continue
		}
		i := bytes.Index(buf, []byte{0x1f, 0x8b, 0x08})
		if i >= 0 {
			_, _ = m.br.Discard(i)
			return true
		}
		_, _ = m.br.Discard(len(buf) - 2) // keep two bytes: a signature may straddle the window
	}
}

// memberStart returns the compressed offset of the member holding the
// decompressed byte at out, forgetting the boundaries before it (offsets
// are asked in increasing order).
func (m *members) memberStart(out int64) int64 {
	i := 0
	for i+1 < len(m.bounds) && m.bounds[i+1].out <= out {
		i++
	}
	m.bounds = m.bounds[i:]
	if len(m.bounds) == 0 {
		return m.pos()
	}
	return m.bounds[0].start
}
