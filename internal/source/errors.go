package source

import "errors"

// Error is a failure to read one input, or one record of a JSON or JSONL
// input. It names the input so the user can find it; the run goes on with
// the others.
type Error struct {
	// Origin is the input as given, or "path:N" for the N-th record.
	Origin string
	// Err is the reason, usually wrapping one of the sentinel errors below.
	Err error
}

// Error returns "<origin>: <reason>".
func (e *Error) Error() string {
	if e.Err == nil {
		return e.Origin + ": unknown error"
	}
	return e.Origin + ": " + e.Err.Error()
}

// Unwrap lets errors.Is and errors.As see the reason.
func (e *Error) Unwrap() error { return e.Err }

// Sentinel reasons, for callers that report classes of failure differently
// (ErrUnsupported is a skip rather than a failure, for instance). The
// reasons Read yields wrap them with the detail: a size and the limit, a byte
// offset, an extension, the parser's message.
var (
	// ErrEmpty: the input holds nothing or only white space.
	ErrEmpty = errors.New("empty input")
	// ErrBinary: NUL bytes, many control bytes or the signature of a binary
	// format (PDF, PNG, ZIP...).
	ErrBinary = errors.New("binary content, not text or HTML")
	// ErrTooLarge: over Options.MaxBytes after decompression.
	ErrTooLarge = errors.New("input too large")
	// ErrEncoding: text that is not valid UTF-8 (or broken UTF-16).
	ErrEncoding = errors.New("invalid UTF-8")
	// ErrUnsupported: a file in a folder whose type Read does not read.
	ErrUnsupported = errors.New("unsupported file type")
	// ErrCorrupt: compressed data that cannot be decompressed; the gzip
	// reader's own error is wrapped beside it.
	ErrCorrupt = errors.New("corrupt gzip data")
	// ErrNoContent: a JSON record without any content field.
	ErrNoContent = errors.New("record has no content (no html, text, body or content field)")
	// ErrRecord: a JSON record that cannot be parsed or is not an object.
	ErrRecord = errors.New("invalid JSON record")
)
