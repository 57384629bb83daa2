package warc

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"

	"github.com/chronicle-news/chronicle/internal/source"
)

// DefaultMaxRecordSize is the record limit when Options.MaxRecordSize is
// zero. CC-NEWS truncates payloads at 1 MiB; anything far bigger is a
// video or an archive, not an article.
const DefaultMaxRecordSize int64 = 32 << 20

// ErrNotWARC is the reason for an input that does not start with a WARC
// record.
var ErrNotWARC = errors.New("not a WARC file (no WARC/ version line at the start)")

// Options tune a Reader. The zero value is ready to use.
type Options struct {
	// MaxRecordSize caps a record's content block (the HTTP response with
	// its headers); bigger records are skipped unread and reported. 0
	// means DefaultMaxRecordSize.
	MaxRecordSize int64
	// MaxBodySize caps an HTML body once its Content-Encoding is undone;
	// 0 means source.DefaultMaxBytes.
	MaxBodySize int64
}

// Stats counts what a Reader has seen, for the summary line of an ingest.
type Stats struct {
	Records  int // WARC records framed, good or bad
	Pages    int // HTML responses returned
	Skipped  int // other records: requests, metadata, redirects, non-HTML
	Failures int // errors returned
}

// Reader reads records from one WARC input. It is not safe for concurrent
// use.
type Reader struct {
	name string
	opt  Options
	cnt  *counter
	br   *bufio.Reader // the input, compressed or not
	gz   *members      // nil for a plain WARC
	dr   *bufio.Reader // the WARC stream
	// consumed counts WARC stream bytes taken by the parser: the offset of
	// a record in a plain file, and the key to its gzip member otherwise.
	consumed int64
	started  bool  // a record has been framed: the input is WARC
	resync   bool  // skip to the next version line before reading
	pending  error // a member failure seen while closing the previous record
	done     bool
	stats    Stats
}

// NewReader returns a Reader over r, compressed or not (gzip is recognised
// by its signature). name is the file name used in errors.
func NewReader(r io.Reader, name string, opt Options) *Reader {
	if opt.MaxRecordSize <= 0 {
		opt.MaxRecordSize = DefaultMaxRecordSize
	}
	if opt.MaxBodySize <= 0 {
		opt.MaxBodySize = source.DefaultMaxBytes
	}
	cnt := &counter{r: r}
	rd := &Reader{name: name, opt: opt, cnt: cnt, br: bufio.NewReaderSize(cnt, 64<<10)}
	if head, _ := rd.br.Peek(2); bytes.Equal(head, []byte{0x1f, 0x8b}) {
		rd.gz = newMembers(rd.br, cnt)
		rd.dr = bufio.NewReaderSize(rd.gz, 64<<10)
	} else {
		rd.dr = rd.br
	}
	return rd
}

// Offset is how many bytes of the input (compressed, for a .warc.gz) the
// reader has consumed: the numerator of a progress bar whose denominator
// is the file size.
func (r *Reader) Offset() int64 { return r.cnt.n - int64(r.br.Buffered()) }

// Stats returns the counts so far.
func (r *Reader) Stats() Stats { return r.stats }

// recordOffset is the byte offset in the input of the record (or gzip
// member) that starts at the parser's current position.
func (r *Reader) recordOffset() int64 {
	if r.gz == nil {
		return r.consumed
	}
	return r.gz.memberStart(r.consumed)
}

// fail builds the error for a record and counts it.
func (r *Reader) fail(off int64, id string, err error) error {
	r.stats.Failures++
	return &source.Error{Origin: r.name, Err: &RecordError{Offset: off, ID: id, Err: err}}
}

// RecordError locates a failure inside a WARC file.
type RecordError struct {
	// Offset is the byte offset of the record, or of its gzip member in a
	// compressed file.
	Offset int64
	// ID is the WARC-Record-ID, empty when the header could not be read.
	ID string
	// Err is the reason.
	Err error
}

// Error returns "record at byte N <urn:uuid:…>: reason".
func (e *RecordError) Error() string {
	s := fmt.Sprintf("record at byte %d", e.Offset)
	if e.ID != "" {
		s += " " + e.ID
	}
	return s + ": " + e.Err.Error()
}

// Unwrap lets errors.Is see the reason.
func (e *RecordError) Unwrap() error { return e.Err }

// readLine returns a copy of the next line with its line ending, at most
// limit bytes; a longer line is consumed and reported as too long.
func (r *Reader) readLine(limit int) ([]byte, error) {
	var long []byte
	for {
		frag, err := r.dr.ReadSlice('\n')
		r.consumed += int64(len(frag))
		if err == bufio.ErrBufferFull {
			if len(long)+len(frag) <= limit {
				long = append(long, frag...)
			} else {
				long = long[:0:0]
				limit = -1
			}
			continue
		}
		if limit < 0 {
			return nil, errLongLine
		}
		if long != nil {
			frag = append(long, frag...)
		} else {
			frag = bytes.Clone(frag) // the buffer moves under ReadSlice's result on the next read
		}
		if err == io.EOF && len(frag) > 0 {
			err = nil // a last line without its ending
		}
		return frag, err
	}
}

var errLongLine = errors.New("header line too long")

// pushBack puts b in front of the unread stream, for a record whose
// Content-Length swallowed the start of the next one.
func (r *Reader) pushBack(b []byte) {
	if len(b) == 0 {
		return
	}
	r.consumed -= int64(len(b))
	rest := io.MultiReader(bytes.NewReader(bytes.Clone(b)), r.dr)
	r.dr = bufio.NewReaderSize(rest, 64<<10)

}
