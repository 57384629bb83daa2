package source

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"os"
)

// sniffSize is how much of a stream is looked at to decide its kind.
const sniffSize = 512

// file reads one file. explicit is true for a file named on the command line:
// a file of unknown type is then sniffed, whereas inside a folder it is
// reported as unsupported (a crawl folder holds images and scripts that the
// user did not mean to ingest).
func (r *run) file(path string, explicit bool) bool {
	k, gz, known := kindOf(path)
	if !known && !explicit {
		return r.fail(path, fmt.Errorf("%w: %s", ErrUnsupported, unsupportedExt(path)))
	}
	f, err := os.Open(path)
	if err != nil {
		return r.fail(path, pathReason(err))
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return r.fail(path, pathReason(err))
	}
	size := int64(-1) // unknown for pipes and devices named explicitly
	switch {
	case fi.IsDir():
		return r.fail(path, errors.New("is a folder"))
	case fi.Mode().IsRegular():
		size = fi.Size()
		if size == 0 {
			return r.fail(path, ErrEmpty)
		}
	case !explicit:
		return r.fail(path, fmt.Errorf("%s, not a regular file", modeName(fi.Mode())))
	}
	return r.stream(path, f, k, gz, known, size)
}

// stream reads one input from src: decompresses it, sniffs its kind when the
// name did not tell, and hands it to the JSON, JSONL or single-document
// reader. size is the byte count on disk, or -1 when unknown.
func (r *run) stream(origin string, src io.Reader, k kind, gz, known bool, size int64) bool {
	in := src
	if !known && !gz {
		br := bufio.NewReaderSize(src, sniffSize)
		head, _ := br.Peek(len(gzipMagic))
		gz = bytes.Equal(head, gzipMagic)
		in = br
	}
	if gz {
		zr, err := gzip.NewReader(in)
		if err != nil {
			if err == io.EOF {
				return r.fail(origin, ErrEmpty)
			}
			return r.fail(origin, fmt.Errorf("%w: %w", ErrCorrupt, err))
		}
		defer zr.Close()
		in = zr
		size = -1
	}
	if !known && (k == kindUnknown) {
		br := bufio.NewReaderSize(in, 64<<10)
		head, _ := br.Peek(sniffSize)
		switch sniffJSON(head) {
		case '[':
			k = kindJSON
		case '{':
			return r.sniffedObject(origin, br, gz)
		}
		in = br
	}
	switch k {
	case kindJSONL:
		return r.jsonl(origin, bufio.NewReaderSize(in, 64<<10), gz, 0)
	case kindJSON:
		return r.json(origin, in, gz)
	}
	return r.single(origin, in, k, gz, size)
}

// single reads a whole input as one text or HTML document.
func (r *run) single(origin string, in io.Reader, k kind, gz bool, size int64) bool {
	if size > r.max {
		return r.fail(origin, fmt.Errorf("%w: %d bytes (limit %d bytes)", ErrTooLarge, size, r.max))
	}
	data, err := readLimited(in, r.max, size)
	if err != nil {
		return r.fail(origin, readReason(err, gz))
	}
	data, format, err := prepare(data, k)
	if err != nil {
		return r.fail(origin, err)
	}
	return r.emit(Document{Origin: origin, Format: format, Data: data})
}

// readReason marks read failures of compressed input as corruption; the
// gzip reader's own message (checksum, unexpected EOF) says what is wrong.
func readReason(err error, gz bool) error {
	if errors.Is(err, ErrTooLarge) {
		if gz {
			return fmt.Errorf("%w once decompressed", err)
		}
		return err
	}
	if gz {
		return fmt.Errorf("%w: %w", ErrCorrupt, err)
	}
	return fmt.Errorf("reading: %w", pathReason(err))
}
