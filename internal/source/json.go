package source

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
)

// json reads a JSON input: an array of records, streamed one element at a
// time with the decoder's tokens, or one record object (several objects in a
// row are read as a sequence of records).
func (r *run) json(origin string, in io.Reader, gz bool) bool {
	br := bufio.NewReaderSize(in, 64<<10)
	if head, _ := br.Peek(len(bomUTF8)); string(head) == string(bomUTF8) {
		_, _ = br.Discard(len(bomUTF8))
	}
	c, err := skipSpace(br)
	if err == io.EOF {
		return r.fail(origin, ErrEmpty)
	}
	if err != nil {
		return r.fail(origin, readReason(err, gz))
	}
	g := &guard{r: br, limit: r.lineMax()}
	g.reset()
	dec := json.NewDecoder(g)
	switch c {
	case '[':
		return r.jsonArray(origin, dec, g, gz)
	case '{':
		return r.jsonObjects(origin, dec, g, gz)
	default:
		return r.fail(origin, fmt.Errorf("%w: expected an object or an array of objects, found %q", ErrRecord, c))
	}
}

// jsonArray reads the elements of a top-level array one at a time, so that
// a dump of any size needs memory for one record only.
func (r *run) jsonArray(origin string, dec *json.Decoder, g *guard, gz bool) bool {
	if _, err := dec.Token(); err != nil {
		return r.fail(origin, decodeReason(err, gz))
	}
	n := 0
	for dec.More() {
		if !r.alive() {
			return false
		}
		n++
		g.reset()
		var rec record
		if err := dec.Decode(&rec); err != nil {
			var te *json.UnmarshalTypeError
			if errors.As(err, &te) {
				if !r.fail(recordOrigin(origin, n), fmt.Errorf("%w: not a JSON object", ErrRecord)) {
					return false
				}
				continue
			}
			// The decoder cannot find the next element after a syntax
			// error, so the rest of the input is lost.
			return r.fail(recordOrigin(origin, n), decodeReason(err, gz))
		}
		if !r.recordDocument(recordOrigin(origin, n), &rec) {
			return false
		}
	}
	g.reset()
	if _, err := dec.Token(); err != nil {
		return r.fail(origin, fmt.Errorf("after record %d: %w", n, decodeReason(err, gz)))
	}
	if n == 0 {
		return r.fail(origin, fmt.Errorf("%w (a JSON array without records)", ErrEmpty))
	}
	if dec.More() {
		return r.fail(origin, fmt.Errorf("%w: unexpected data after the array", ErrRecord))
	}
	return true
}

// jsonObjects reads one record object, or several in a row. A single record
// keeps the plain origin; a sequence numbers them like JSONL lines.
func (r *run) jsonObjects(origin string, dec *json.Decoder, g *guard, gz bool) bool {
	for n := 1; ; n++ {
		if !r.alive() {
			return false
		}
		g.reset()
		var rec record
		err := dec.Decode(&rec)
		name := origin
		if n > 1 {
			name = recordOrigin(origin, n)
		}
		if err != nil {
			var te *json.UnmarshalTypeError
			if errors.As(err, &te) {
				err = fmt.Errorf("%w: not a JSON object", ErrRecord)
			} else {
				err = decodeReason(err, gz)
			}
			return r.fail(name, err)
		}
		more := dec.More()
		if n == 1 && more {
			name = recordOrigin(origin, 1)
		}
		if !r.recordDocument(name, &rec) {
			return false
		}
		if !more {
			return true
		}
	}
}

// decodeReason explains a decoder failure: a syntax error (with the parser's
// message), a truncated document, an oversized record or a read failure.
func decodeReason(err error, gz bool) error {
	var se *json.SyntaxError
	switch {
	case errors.As(err, &se):
		return fmt.Errorf("%w: %v (at byte %d)", ErrRecord, err, se.Offset)
	case errors.Is(err, ErrTooLarge):
		return err
	case errors.Is(err, io.ErrUnexpectedEOF) && !gz, err == io.EOF:
		return fmt.Errorf("%w: unexpected end of JSON input", ErrRecord)
	}
	return readReason(err, gz)
}

// guard bounds how much the JSON decoder reads for one record, since the
// decoder itself would buffer an element of any size.
type guard struct {
	r     io.Reader
	limit int64
	left  int64
}

func (g *guard) reset() { g.left = g.limit }

func (g *guard) Read(p []byte) (int, error) {
	if g.left <= 0 {
		return 0, fmt.Errorf("%w: a JSON record longer than %d bytes", ErrTooLarge, g.limit)
	}
	if int64(len(p)) > g.left {
		p = p[:g.left]
	}
	n, err := g.r.Read(p)
	g.left -= int64(n)
	return n, err
}

// skipSpace drops leading JSON white space and returns the first other byte,
// left unread.
func skipSpace(br *bufio.Reader) (byte, error) {
	for {
		c, err := br.ReadByte()
		if err != nil {
			return 0, err
		}
		switch c {
		case ' ', '\t', '\n', '\r':
			continue
		}
		return c, br.UnreadByte()
	}
}
