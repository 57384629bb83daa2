package warc

import (
	"bufio"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httputil"
	"strings"
	"time"

	"github.com/chronicle-news/chronicle/internal/article"
	"github.com/chronicle-news/chronicle/internal/fetch"
	"github.com/chronicle-news/chronicle/internal/source"
)

// Record is one HTML page from a WARC response record.
type Record struct {
	// ID is the WARC-Record-ID ("<urn:uuid:…>").
	ID string
	// URL is the WARC-Target-URI, the address the page was fetched from.
	URL string
	// Date is the WARC-Date, when the page was crawled (not when it was
	// published); zero when missing or malformed.
	Date time.Time
	// Offset is the byte offset of the record in the input, or of its gzip
	// member in a compressed file: where a tool can seek to read it again.
	Offset int64
	// Status is the HTTP status code (2xx).
	Status int
	// Header is the HTTP response header.
	Header http.Header
	// MediaType is the lower-case media type of the HTTP Content-Type.
	MediaType string
	// Charset is the charset label of the HTTP Content-Type, lower case, or
	// "": the HTML cleaner needs it when the page does not declare one.
	Charset string
	// Body is the HTML with Transfer-Encoding and Content-Encoding undone.
	Body []byte
}

// Document returns the record as the raw document the pipeline reads:
// HTML, with the HTTP charset applied by fetch.ToUTF8 and the target URI
// as Hints.URL.
func (rec Record) Document(origin string) source.Document {
	return source.Document{
		Origin: origin,
		Format: article.FormatHTML,
		Data:   fetch.ToUTF8(rec.Body, rec.Charset),
		Hints:  source.Hints{URL: rec.URL},
	}
}

// response interprets the block of a response record. keep is false for
// responses that are not HTML pages with a 2xx status, and for records
// that do not hold an HTTP response (DNS, WHOIS).
func (r *Reader) response(h Header, block []byte) (Record, bool, error) {
	rec := Record{ID: h.Get("Warc-Record-Id"), URL: strings.Trim(h.Get("Warc-Target-Uri"), "<>")}
	if t, err := time.Parse(time.RFC3339Nano, h.Get("Warc-Date")); err == nil {
		rec.Date = t
	}
	if ct := strings.ToLower(h.Get("Content-Type")); ct != "" && !strings.HasPrefix(ct, "application/http") {
		return rec, false, nil
	}
	head, body, ok := splitHTTP(block)
	if !ok {
		return rec, false, errors.New("response record without a complete HTTP header")
	}
	if bytes.HasPrefix(head, []byte("HTTP/2 ")) || bytes.HasPrefix(head, []byte("HTTP/3 ")) {
		// Archived HTTP/2 and /3 exchanges carry the version without a
		// minor number, which ReadResponse does not parse.
		head = append([]byte("HTTP/1.1"), head[len("HTTP/2"):]...)
	}
	resp, err := http.ReadResponse(bufio.NewReader(bytes.NewReader(head)), nil)
	if err != nil {
		return rec, false, fmt.Errorf("invalid HTTP response: %w", err)
	}
	resp.Body.Close()
	rec.Status, rec.Header = resp.StatusCode, resp.Header
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return rec, false, nil
	}
	rec.MediaType, rec.Charset = fetch.ParseContentType(resp.Header.Get("Content-Type"))
	if rec.MediaType == "" {
		rec.MediaType, _ = fetch.ParseContentType(http.DetectContentType(body))
	}
	if fetch.KindOf(rec.MediaType) != fetch.KindHTML {
		return rec, false, nil
	}
	if len(resp.TransferEncoding) > 0 && resp.TransferEncoding[0] == "chunked" {
		if plain, err := io.ReadAll(io.LimitReader(httputil.NewChunkedReader(bytes.NewReader(body)), r.opt.MaxBodySize+1)); err == nil {
			body = plain // crawlers often store the body already de-chunked, headers unchanged
		}
	}
	body, err = decodeBody(body, resp.Header.Get("Content-Encoding"), r.opt.MaxBodySize)
	if err != nil {
		return rec, false, err
	}
	if int64(len(body)) > r.opt.MaxBodySize {
		return rec, false, fmt.Errorf("%w: HTML body of %d bytes (limit %d bytes)", source.ErrTooLarge, len(body), r.opt.MaxBodySize)
	}
	if len(bytes.TrimSpace(body)) == 0 {
		return rec, false, fmt.Errorf("%w: HTML response with an empty body", source.ErrEmpty)
	}
	rec.Body = body
	return rec, true, nil
}

// splitHTTP splits an HTTP message at the blank line after its header.
func splitHTTP(block []byte) (head, body []byte, ok bool) {
	limit := block[:min(len(block), maxHeaderSize)]
	if i := bytes.Index(limit, []byte("\r\n\r\n")); i >= 0 {
		return block[:i+4], block[i+4:], true
	}
	if i := bytes.Index(limit, []byte("\n\n")); i >= 0 {
		return block[:i+2], block[i+2:], true
	}
	return nil, nil, false
}

// decodeBody undoes a Content-Encoding. Crawlers often store the body
// decoded but keep the header, so a body that is not in the announced
// encoding is taken as it is when it looks like markup.
func decodeBody(body []byte, encoding string, max int64) ([]byte, error) {
	enc := strings.ToLower(strings.TrimSpace(encoding))
	var zr io.Reader
	switch enc {
	case "", "identity", "none", "utf-8", "utf8":
		return body, nil
	case "gzip", "x-gzip":
		if !bytes.HasPrefix(body, []byte{0x1f, 0x8b}) {
			return asMarkup(body, enc)
		}
		g, err := gzip.NewReader(bytes.NewReader(body))
		if err != nil {
			return nil, fmt.Errorf("%w: Content-Encoding gzip: %w", source.ErrCorrupt, err)
		}
		zr = g
	case "deflate":
		if z, err := zlib.NewReader(bytes.NewReader(body)); err == nil {
			zr = z
		} else if looksMarkup(body) {
			return body, nil
		} else {
			zr = flate.NewReader(bytes.NewReader(body)) // raw deflate, as some servers send it
		}
	default:
		return asMarkup(body, enc)
	}
	out, err := io.ReadAll(io.LimitReader(zr, max+1))
	if err != nil {
		if looksMarkup(body) {
			return body, nil
		}
		return nil, fmt.Errorf("%w: Content-Encoding %s: %w", source.ErrCorrupt, enc, err)
	}
	return out, nil
}

// asMarkup accepts a body whose encoding cannot be undone only when it is
// plainly not encoded.
func asMarkup(body []byte, enc string) ([]byte, error) {
	if looksMarkup(body) {
		return body, nil
	}
	return nil, fmt.Errorf("unsupported Content-Encoding %q", enc)
}

// looksMarkup reports whether body starts like HTML.
func looksMarkup(body []byte) bool {
	b := bytes.TrimLeft(bytes.TrimPrefix(body, []byte("\xEF\xBB\xBF")), " \t\r\n")
	return len(b) > 0 && b[0] == '<'
}
