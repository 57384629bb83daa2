package warc

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/chronicle-news/chronicle/internal/source"
)

// Next returns the next HTML page. At the end of the input it returns
// io.EOF. A bad record gives an error (a *source.Error naming the file
// whose reason is a *RecordError) and the next call goes on after it; only
// ErrNotWARC and errors of the underlying reader end the stream early.
func (r *Reader) Next() (Record, error) {
	for {
		if r.done {
			return Record{}, io.EOF
		}
		rec, keep, err := r.next()
		if err != nil || keep {
			if err == nil {
				r.stats.Pages++
			}
			return rec, err
		}
		r.stats.Skipped++
	}
}

// next frames one record and interprets it. keep is false for a record
// that is not an HTML page.
func (r *Reader) next() (rec Record, keep bool, err error) {
	line, off, err := r.versionLine()
	if err != nil {
		return Record{}, false, err
	}
	h, err := r.header(line)
	id := h.Get("Warc-Record-Id")
	if err != nil {
		r.resync = true
		return Record{}, false, r.fail(off, id, err)
	}
	r.started = true
	r.stats.Records++
	n, err := h.ContentLength()
	if err != nil {
		r.resync = true
		return Record{}, false, r.fail(off, id, err)
	}
	if n > r.opt.MaxRecordSize {
		if err := r.skipBlock(n); err != nil {
			return Record{}, false, r.fail(off, id, err)
		}
		return Record{}, false, r.fail(off, id, fmt.Errorf("%w: record of %d bytes (limit %d bytes), skipped", source.ErrTooLarge, n, r.opt.MaxRecordSize))
	}
	block := make([]byte, n)
	got, err := io.ReadFull(r.dr, block)
	r.consumed += int64(got)
	if err != nil {
		r.resync = true
		r.pushBack(nextRecordIn(block[:got]))
		return Record{}, false, r.fail(off, id, truncated(n, int64(got), err))
	}
	if !r.endOfBlock() {
		r.resync = true
		r.pushBack(nextRecordIn(block))
		return Record{}, false, r.fail(off, id, fmt.Errorf("content does not end after Content-Length %d bytes (wrong length or damaged record)", n))
	}
	if !strings.EqualFold(h.Get("Warc-Type"), "response") {
		return Record{}, false, nil
	}
	rec, keep, err = r.response(h, block)
	rec.Offset = off
	if err != nil {
		return Record{}, false, r.fail(off, id, err)
	}
	return rec, keep, nil
}

// versionLine skips blank lines, and garbage after a failure, to the
// "WARC/" line that starts the next record; it returns that line and the
// record's offset.
func (r *Reader) versionLine() ([]byte, int64, error) {
	reported := false
	if err := r.pending; err != nil {
		r.pending = nil
		var me *memberError
		errors.As(err, &me)
		r.resync = true
		return nil, 0, r.fail(me.start, "", me.err)
	}
	for {
		// Peek first: in a compressed file it opens the next gzip member,
		// which is where the record's offset is.
		_, err := r.dr.Peek(1)
		off := r.recordOffset()
		var line []byte
		if err == nil {
			line, err = r.readLine(maxHeaderSize)
		}
		if err != nil && !errors.Is(err, errLongLine) {
			if err == io.EOF {
				r.done = true
				if !r.started && !r.resync {
					if r.consumed == 0 {
						return nil, 0, r.fail(0, "", source.ErrEmpty)
					}
					return nil, 0, r.fail(0, "", ErrNotWARC)
				}
				return nil, 0, io.EOF
			}
			var me *memberError
			if errors.As(err, &me) {
				r.resync = true
				return nil, 0, r.fail(me.start, "", me.err)
			}
			r.done = true
			return nil, 0, &source.Error{Origin: r.name, Err: fmt.Errorf("reading: %w", err)}
		}
		if err == nil && isVersionLine(line) {
			r.resync = false
			return bytes.TrimRight(line, "\r\n"), off, nil
		}
		if err == nil && len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		if !r.started && !r.resync {
			r.done = true
			return nil, 0, r.fail(0, "", ErrNotWARC)
		}
		if !r.resync && !reported {
			reported = true
			r.resync = true
			return nil, 0, r.fail(off, "", errors.New("garbage between records; skipping to the next record"))
		}
	}
}

// header reads the field lines after the version line, up to the blank
// line.
func (r *Reader) header(version []byte) (Header, error) {
	var lines [][]byte
	size := len(version)
	for {
		line, err := r.readLine(maxHeaderSize)
		if err != nil {
			h, _ := parseHeader(string(version), lines)
			if err == io.EOF {
				err = errors.New("truncated header (end of input)")
			}
			return h, fmt.Errorf("reading header: %w", err)
		}
		size += len(line)
		line = bytes.TrimRight(line, "\r\n")
		if len(line) == 0 {
			return parseHeader(string(version), lines)
		}
		if size > maxHeaderSize {
			h, _ := parseHeader(string(version), lines)
			return h, fmt.Errorf("header over %d bytes", maxHeaderSize)
		}
		lines = append(lines, line)
	}
}

// skipBlock discards a record's content without keeping it.
func (r *Reader) skipBlock(n int64) error {
	got, err := io.CopyN(io.Discard, r.dr, n)
	r.consumed += got
	if err != nil {
		r.resync = true
		return truncated(n, got, err)
	}
	if !r.endOfBlock() {
		r.resync = true
	}
	return nil
}

// endOfBlock consumes the CRLF CRLF that ends a record and reports whether
// it was there. Writers that end records with bare line feeds, or with one
// line ending only, are forgiven; what is not a line ending is left for
// the next record's parsing.
func (r *Reader) endOfBlock() bool {
	head, err := r.dr.Peek(4)
	if len(head) == 0 && err != nil {
		var me *memberError
		if errors.As(err, &me) {
			// The record is whole; the damage is in the next member and
			// belongs to the next call (Peek does not keep the error).
			r.pending = err
			return true
		}
		return err == io.EOF // the last record may lack its trailer
	}
	k := 0
	for k < len(head) && (head[k] == '\r' || head[k] == '\n') {
		k++
	}
	if k == 0 {
		return false
	}
	_, _ = r.dr.Discard(k)
	r.consumed += int64(k)
	return true
}

// nextRecordIn returns the part of a block that starts at a "WARC/1."
// line, a following record that a too-long Content-Length swallowed.
func nextRecordIn(block []byte) []byte {
	for i := 0; ; {
		j := bytes.Index(block[i:], []byte("\nWARC/"))
		if j < 0 {
			return nil
		}
		start := i + j + 1
		end := bytes.IndexByte(block[start:], '\n')
		if end < 0 {
			end = len(block) - start
		}
		if isVersionLine(block[start : start+end]) {
			return block[start:]
		}
		i = start
	}
}

// truncated explains a block cut short.
func truncated(want, got int64, err error) error {
	var me *memberError
	if errors.As(err, &me) {
		return fmt.Errorf("record cut short after %d of %d bytes: %w", got, want, me.err)
	}
	if err == io.EOF || err == io.ErrUnexpectedEOF {
		return fmt.Errorf("record truncated: end of input after %d of %d bytes", got, want)
	}
	return fmt.Errorf("record cut short after %d of %d bytes: %w", got, want, err)
}
