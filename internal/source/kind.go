package source

import (
	"bytes"
	"path/filepath"
	"strings"
)

// kind is what an input holds, as far as its name tells.
type kind int

const (
	kindUnknown kind = iota // decide from the content
	kindText
	kindHTML
	kindJSON  // one record object, an array of records, or concatenated objects
	kindJSONL // one record object a line
	// kindMarkupText is the content of a record's text field, which dumps
	// fill with HTML as often as with text (WordPress's content.rendered):
	// HTML when it starts with a tag and closes one.
	kindMarkupText
)

// extKinds maps a lower-case file extension to its kind.
var extKinds = map[string]kind{
	".txt":    kindText,
	".text":   kindText,
	".html":   kindHTML,
	".htm":    kindHTML,
	".xhtml":  kindHTML,
	".json":   kindJSON,
	".jsonl":  kindJSONL,
	".ndjson": kindJSONL,
}

// kindOf classifies a file name by its extension: the kind of the content and
// whether it is gzip-compressed ("a.txt.gz"). known is false for names whose
// extension says nothing Read understands (for "x.gz" the content is
// compressed but of unknown kind, and known is false too).
func kindOf(name string) (k kind, gz, known bool) {
	ext := strings.ToLower(filepath.Ext(name))
	if ext == ".gz" || ext == ".gzip" {
		gz = true
		name = name[:len(name)-len(ext)]
		ext = strings.ToLower(filepath.Ext(name))
	}
	k, known = extKinds[ext]
	return k, gz, known
}

// unsupportedExt names the extension of a file Read will not guess about, for
// the ErrUnsupported message: ".png", ".tar.gz", or "(none)".
func unsupportedExt(name string) string {
	ext := filepath.Ext(name)
	if l := strings.ToLower(ext); l == ".gz" || l == ".gzip" {
		ext = filepath.Ext(strings.TrimSuffix(name, ext)) + ext
	}
	if ext == "" {
		return "(none)"
	}
	return ext
}

var (
	bomUTF8    = []byte{0xEF, 0xBB, 0xBF}
	bomUTF16LE = []byte{0xFF, 0xFE}
	bomUTF16BE = []byte{0xFE, 0xFF}
	gzipMagic  = []byte{0x1F, 0x8B}
)

// magics are signatures of common binary formats that end up in crawl
// folders; naming the format makes the error actionable. Only signatures
// that no text can start with are listed: other binary data is caught by
// its NUL and control bytes.
var magics = []struct {
	sig  []byte
	name string
}{
	{[]byte("%PDF-"), "PDF document"},
	{[]byte("\x89PNG\r\n\x1a\n"), "PNG image"},
	{[]byte("PK\x03\x04"), "ZIP archive"},
	{[]byte("PK\x05\x06"), "ZIP archive"},
	{[]byte("GIF87a"), "GIF image"},
	{[]byte("GIF89a"), "GIF image"},
	{[]byte{0xFF, 0xD8, 0xFF}, "JPEG image"},
	{[]byte("\x7fELF"), "ELF executable"},
	{[]byte("7z\xbc\xaf\x27\x1c"), "7-Zip archive"},
	{[]byte{0xFD, '7', 'z', 'X', 'Z', 0x00}, "xz data"},
	{[]byte{0x28, 0xB5, 0x2F, 0xFD}, "zstd data"},
	{[]byte("SQLite format 3\x00"), "SQLite database"},
	{gzipMagic, "gzip data"}, // compressed twice, or compressed without a .gz name inside a record
}

// binaryMagic returns the name of the binary format b starts with, or "".
func binaryMagic(b []byte) string {
	for _, m := range magics {
		if bytes.HasPrefix(b, m.sig) {
			return m.name
		}
	}
	return ""
}

// firstByte returns the first byte of b after a UTF-8 byte order mark and
// white space, or 0 when there is none.
func firstByte(b []byte) byte {
	b = bytes.TrimPrefix(b, bomUTF8)
	for _, c := range b {
		switch c {
		case ' ', '\t', '\n', '\r', '\f', '\v':
			continue
		}
		return c
	}
	return 0
}

// sniffJSON returns '[' for content that starts like an array of records,
// '{' for content that starts like a record object, and 0 otherwise. The
// byte after the bracket must fit too, so that text such as "[Updated] ..."
// or "{draft}" is not taken for JSON.
func sniffJSON(b []byte) byte {
	b = bytes.TrimPrefix(b, bomUTF8)
	b = bytes.TrimLeft(b, " \t\r\n")
	if len(b) == 0 || b[0] != '[' && b[0] != '{' {
		return 0
	}
	rest := bytes.TrimLeft(b[1:], " \t\r\n")
	if len(rest) == 0 {
		return b[0] // nothing more to see: let the JSON reader explain
	}
	switch {
	case b[0] == '[' && (rest[0] == '{' || rest[0] == ']'),
		b[0] == '{' && (rest[0] == '"' || rest[0] == '}'):
		return b[0]
	}
	return 0
}

// looksHTML reports whether content filed as text is in fact an HTML page:
// only a document-level start (a doctype or an <html> tag) counts, because
// plain text may well begin with "<" for other reasons.
func looksHTML(b []byte) bool {
	if len(b) > 1024 {
		b = b[:1024]
	}
	b = bytes.TrimPrefix(b, bomUTF8)
	b = bytes.TrimLeft(b, " \t\r\n\f\v")
	if bytes.HasPrefix(b, []byte("<?xml")) {
		end := bytes.Index(b, []byte("?>"))
		if end < 0 {
			return false
		}
		b = bytes.TrimLeft(b[end+2:], " \t\r\n\f\v")
	}
	for bytes.HasPrefix(b, []byte("<!--")) {
		end := bytes.Index(b, []byte("-->"))
		if end < 0 {
			return false
		}
		b = bytes.TrimLeft(b[end+3:], " \t\r\n\f\v")
	}
	if len(b) > 14 {
		b = b[:14]
	}
	lower := bytes.ToLower(b)
	return bytes.HasPrefix(lower, []byte("<!doctype html")) || bytes.HasPrefix(lower, []byte("<html"))
}

// Readable reports whether a folder walk reads a file of this name (by its
// extension, bare or gzip-compressed); the others are skipped there. Tools
// that split a folder into units of work use it to skip the same files.
func Readable(name string) bool {
	_, _, known := kindOf(name)
	return known
}
