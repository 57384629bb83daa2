package source

import (
	"bytes"
	"fmt"
	"io"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/chronicle-news/chronicle/internal/article"
)

// readLimited reads r to its end, but never more than max+1 bytes: one byte
// past the limit is enough to know the input is too large, and stopping there
// is what keeps a huge file or a decompression bomb from filling memory.
// hint is the expected size (a file's size) or negative when unknown; an exact
// hint lets the buffer be allocated once.
func readLimited(r io.Reader, max, hint int64) ([]byte, error) {
	n := int64(4096)
	if hint >= 0 {
		n = hint + 1 // one spare byte so that EOF is seen without growing
	}
	n = min(n, max+1)
	buf := make([]byte, 0, n)
	for {
		if len(buf) == cap(buf) {
			// Double, capped at the limit: append's gentler growth for large
			// slices would allocate several times the final size.
			grown := make([]byte, len(buf), min(2*int64(cap(buf)), max+1))
			copy(grown, buf)
			buf = grown
		}
		end := min(int64(cap(buf)), max+1)
		m, err := r.Read(buf[len(buf):end])
		buf = buf[:len(buf)+m]
		if int64(len(buf)) > max {
			return nil, fmt.Errorf("%w: more than %d bytes (limit %d bytes); reading stopped at the limit", ErrTooLarge, max, max)
		}
		if err == io.EOF {
			return buf, nil
		}
		if err != nil {
			return nil, err
		}
	}
}

// prepare checks raw content and settles its format: it rejects binary and
// empty content, decodes UTF-16, strips the UTF-8 byte order mark of text and
// checks that text is valid UTF-8. k is what the name or record field says
// (kindText, kindHTML or kindUnknown to decide from the content).
func prepare(data []byte, k kind) ([]byte, article.Format, error) {
	if name := binaryMagic(data); name != "" {
		return nil, "", fmt.Errorf("%w (%s)", ErrBinary, name)
	}
	utf16Input := false
	switch {
	case bytes.HasPrefix(data, bomUTF16LE):
		var err error
		if data, err = decodeUTF16(data[2:], false); err != nil {
			return nil, "", err
		}
		utf16Input = true
	case bytes.HasPrefix(data, bomUTF16BE):
		var err error
		if data, err = decodeUTF16(data[2:], true); err != nil {
			return nil, "", err
		}
		utf16Input = true
	}
	if len(bytes.TrimSpace(trimBOM(data))) == 0 {
		if len(data) == 0 {
			return nil, "", ErrEmpty
		}
		return nil, "", fmt.Errorf("%w (white space only)", ErrEmpty)
	}
	if reason := binaryReason(data); reason != "" {
		return nil, "", fmt.Errorf("%w (%s)", ErrBinary, reason)
	}
	format := article.FormatText
	switch k {
	case kindHTML:
		format = article.FormatHTML
	case kindText:
		if looksHTML(data) {
			format = article.FormatHTML
		}
	case kindMarkupText:
		if looksHTML(data) || firstByte(data) == '<' && bytes.Contains(data, []byte("</")) {
			format = article.FormatHTML
		}
	default:
		if firstByte(data) == '<' {
			format = article.FormatHTML
		}
	}
	if format == article.FormatHTML {
		if utf16Input {
			data = append(bomUTF8[:len(bomUTF8):len(bomUTF8)], data...)
		}
		return data, format, nil
	}
	if off := invalidUTF8(data); off >= 0 {
		return nil, "", fmt.Errorf("%w at byte offset %d", ErrEncoding, off)
	}
	return trimBOM(data), format, nil
}

// trimBOM removes the byte order marks at the start of b; tools that add
// one without checking sometimes leave two.
func trimBOM(b []byte) []byte {
	for bytes.HasPrefix(b, bomUTF8) {
		b = b[len(bomUTF8):]
	}
	return b
}

// invalidUTF8 returns the offset of the first byte that is not valid UTF-8,
// or -1.
func invalidUTF8(b []byte) int {
	if utf8.Valid(b) {
		return -1
	}
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			return i
		}
		i += size
	}
	return -1
}

// binarySample is how much of the start is searched for a NUL byte: text
// never has one there, while nearly every binary format does.
const binarySample = 8 << 10

// binaryReason tells why b looks binary, or returns "". Besides a NUL near
// the start, more than 1% control characters (other than the white space
// ones and the escape of terminal colours) give binary data away; a few stray
// ones in a long text do not.
func binaryReason(b []byte) string {
	if i := bytes.IndexByte(b[:min(len(b), binarySample)], 0); i >= 0 {
		return fmt.Sprintf("NUL byte at offset %d", i)
	}
	controls := 0
	for _, c := range b {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1B || c == 0x7F {
			controls++
		}
	}
	if controls >= 4 && controls*100 > len(b) {
		return fmt.Sprintf("%d control characters in %d bytes", controls, len(b))
	}
	return ""
}

// decodeUTF16 converts UTF-16 (without its byte order mark) to UTF-8;
// unpaired surrogates become U+FFFD as in any lenient decoder.
func decodeUTF16(b []byte, bigEndian bool) ([]byte, error) {
	if len(b)%2 != 0 {
		return nil, fmt.Errorf("%w: UTF-16 input with an odd number of bytes (%d)", ErrEncoding, len(b)+2)
	}
	unit := func(i int) rune {
		if bigEndian {
			return rune(b[i])<<8 | rune(b[i+1])
		}
		return rune(b[i+1])<<8 | rune(b[i])
	}
	out := make([]byte, 0, len(b)/2+len(b)/4)
	for i := 0; i < len(b); i += 2 {
		r := unit(i)
		if utf16.IsSurrogate(r) {
			if i+3 < len(b) {
				if pair := utf16.DecodeRune(r, unit(i+2)); pair != utf8.RuneError {
					out = utf8.AppendRune(out, pair)
					i += 2
					continue
				}
			}
			r = utf8.RuneError
		}
		out = utf8.AppendRune(out, r)
	}
	return out, nil
}
