package source

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
)

// recordOrigin names the n-th record of an input.
func recordOrigin(origin string, n int) string { return origin + ":" + strconv.Itoa(n) }

// jsonl reads one record a line. Lines are numbered from 1 after the
// skipped lines already read (skip); blank lines count but yield nothing,
// so "path:N" is the line an editor shows. A broken line is reported and
// reading goes on with the next.
func (r *run) jsonl(origin string, br *bufio.Reader, gz bool, skip int) bool {
	var buf []byte
	seen := skip > 0 // whether any line held something
	for n := skip + 1; ; n++ {
		if !r.alive() {
			return false
		}
		line, tooLong, err := readLine(br, r.lineMax(), buf[:0])
		buf = line
		if len(line) == 0 && !tooLong && err != nil {
			if err == io.EOF {
				if !seen {
					return r.fail(origin, ErrEmpty)
				}
				return true
			}
			return r.fail(origin, readReason(err, gz))
		}
		if !seen {
			seen = tooLong || len(bytes.TrimSpace(bytes.TrimPrefix(line, bomUTF8))) > 0
		}
		if !r.line(recordOrigin(origin, n), line, n == 1, tooLong) {
			return false
		}
		if err == io.EOF {
			if !seen {
				return r.fail(origin, ErrEmpty)
			}
			return true
		}
		if err != nil {
			return r.fail(origin, readReason(err, gz))
		}
	}
}

// line handles one JSONL line.
func (r *run) line(origin string, line []byte, first, tooLong bool) bool {
	if tooLong {
		return r.fail(origin, fmt.Errorf("%w: line longer than %d bytes", ErrTooLarge, r.lineMax()))
	}
	if first {
		line = bytes.TrimPrefix(line, bomUTF8)
	}
	line = bytes.TrimSpace(line)
	if len(line) == 0 {
		return true
	}
	if line[0] != '{' {
		if !json.Valid(line) {
			return r.fail(origin, fmt.Errorf("%w: %v", ErrRecord, syntaxError(line)))
		}
		return r.fail(origin, fmt.Errorf("%w: not a JSON object", ErrRecord))
	}
	var rec record
	if err := json.Unmarshal(line, &rec); err != nil {
		return r.fail(origin, fmt.Errorf("%w: %v", ErrRecord, err))
	}
	return r.recordDocument(origin, &rec)
}

// syntaxError returns the parser's message for invalid JSON.
func syntaxError(b []byte) error {
	var v any
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	return errors.New("invalid JSON")
}

// readLine reads one line into buf (which it may grow) including its
// newline. A line longer than max is not kept: the rest is read and dropped so
// that memory stays bounded, and tooLong is set.
func readLine(br *bufio.Reader, max int64, buf []byte) (line []byte, tooLong bool, err error) {
	for {
		chunk, err := br.ReadSlice('\n')
		if !tooLong {
			if int64(len(buf)+len(chunk)) > max {
				tooLong, buf = true, buf[:0]
			} else {
				buf = append(buf, chunk...)
			}
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		return buf, tooLong, err
	}
}

// sniffedObject reads an input of unknown type that starts with "{": JSONL
// when its first line is a whole JSON object, else one (pretty-printed)
// JSON document.
func (r *run) sniffedObject(origin string, br *bufio.Reader, gz bool) bool {
	var (
		line    []byte
		tooLong bool
		err     error
		n       int // lines read, blank ones included
	)
	for {
		n++
		line, tooLong, err = readLine(br, r.lineMax(), line[:0])
		if tooLong || err != nil || len(bytes.TrimSpace(bytes.TrimPrefix(line, bomUTF8))) > 0 {
			break
		}
	}
	trimmed := bytes.TrimSpace(bytes.TrimPrefix(line, bomUTF8))
	if tooLong || json.Valid(trimmed) {
		if !r.line(recordOrigin(origin, n), trimmed, false, tooLong) {
			return false
		}
		if err != nil {
			if err == io.EOF {
				return true
			}
			return r.fail(origin, readReason(err, gz))
		}
		return r.jsonl(origin, br, gz, n)
	}
	var rest io.Reader = br
	if err != nil {
		rest = &errReader{err: err}
		if err == io.EOF {
			rest = bytes.NewReader(nil)
		}
	}
	return r.json(origin, io.MultiReader(bytes.NewReader(line), rest), gz)
}

// errReader replays a read error after the bytes read before it.
type errReader struct{ err error }

func (e *errReader) Read([]byte) (int, error) { return 0, e.err }
