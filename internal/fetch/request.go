package fetch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/chronicle-news/chronicle/internal/source"
)

// Request is one GET.
type Request struct {
	// URL is the absolute http or https address.
	URL string
	// Header holds extra request headers (If-None-Match, Accept...).
	Header http.Header
	// Accept lists the kinds of content taken; nil means IngestKinds.
	Accept []Kind
	// NotModified accepts a 304 answer, for conditional requests: the
	// Response then has Status 304 and no body.
	NotModified bool
}

// Response is a fetched body with what the caller needs to interpret it.
type Response struct {
	// URL is the address the body came from, after redirects.
	URL string
	// Status is the HTTP status code: 2xx, or 304 for a conditional
	// request whose resource did not change.
	Status int
	// Header is the response header (ETag, Last-Modified...).
	Header http.Header
	// MediaType is the lower-case media type of Content-Type, without
	// parameters; empty when the server sent none.
	MediaType string
	// Charset is the charset label of Content-Type, lower case, or "".
	Charset string
	// Kind is the class of content, from the media type or, for a missing
	// or generic one, sniffed from the body.
	Kind Kind
	// Body is the content with Content-Encoding undone, at most
	// Options.MaxBytes long.
	Body []byte
}

// Fetch gets rawURL for ingest: HTML, plain text or JSON.
func (f *Fetcher) Fetch(ctx context.Context, rawURL string) (*Response, error) {
	return f.Do(ctx, Request{URL: rawURL})
}

// Do performs req under the Fetcher's limits. Every failure is an *Error
// naming req.URL.
func (f *Fetcher) Do(ctx context.Context, req Request) (*Response, error) {
	resp, err := f.do(ctx, req)
	if err != nil {
		return nil, &Error{URL: req.URL, Err: err}
	}
	return resp, nil
}

func (f *Fetcher) do(ctx context.Context, req Request) (*Response, error) {
	u, err := url.Parse(req.URL)
	if err != nil {
		return nil, fmt.Errorf("invalid URL: %w", err)
	}
	if err := f.checkURL(u); err != nil {
		return nil, err
	}
	ctx, cancel := context.WithTimeout(ctx, f.opt.Timeout)
	defer cancel()
	hr, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, fmt.Errorf("building request: %w", err)
	}
	for k, vs := range req.Header {
		hr.Header[k] = slices.Clone(vs)
	}
	hr.Header.Set("User-Agent", f.opt.UserAgent)
	if hr.Header.Get("Accept") == "" {
		hr.Header.Set("Accept", acceptHeader(req.Accept))
	}
	hresp, err := f.client.Do(hr)
	if err != nil {
		return nil, transportReason(ctx, err)
	}
	defer hresp.Body.Close()
	out := &Response{URL: hresp.Request.URL.String(), Status: hresp.StatusCode, Header: hresp.Header}
	switch {
	case hresp.StatusCode == http.StatusNotModified && req.NotModified:
		return out, nil
	case hresp.StatusCode < 200 || hresp.StatusCode > 299:
		_, _ = io.Copy(io.Discard, io.LimitReader(hresp.Body, 64<<10)) // lets the connection be reused
		return nil, &StatusError{Code: hresp.StatusCode, RetryAfter: ParseRetryAfter(hresp.Header.Get("Retry-After"), time.Now())}
	}
	out.MediaType, out.Charset = ParseContentType(hresp.Header.Get("Content-Type"))
	out.Kind = KindOf(out.MediaType)
	accept := req.Accept
	if accept == nil {
		accept = IngestKinds
	}
	declared := out.MediaType != "" && out.MediaType != "application/octet-stream" && out.MediaType != "binary/octet-stream"
	if declared && !slices.Contains(accept, out.Kind) {
		return nil, fmt.Errorf("%w %q (accepted: %s)", ErrContentType, out.MediaType, kindList(accept))
	}
	if hresp.ContentLength > f.opt.MaxBytes {
		return nil, fmt.Errorf("%w: Content-Length %d bytes (limit %d bytes)", source.ErrTooLarge, hresp.ContentLength, f.opt.MaxBytes)
	}
	body, err := io.ReadAll(io.LimitReader(hresp.Body, f.opt.MaxBytes+1))
	if err != nil {
		return nil, fmt.Errorf("reading body: %w", transportReason(ctx, err))
	}
	if int64(len(body)) > f.opt.MaxBytes {
		return nil, fmt.Errorf("%w: more than %d bytes; reading stopped at the limit", source.ErrTooLarge, f.opt.MaxBytes)
	}
	if len(body) == 0 {
		return nil, ErrEmptyBody
	}
	if !declared {
		out.Kind = sniffKind(body)
		if !slices.Contains(accept, out.Kind) {
			return nil, fmt.Errorf("%w: no usable Content-Type and the body does not look like %s", ErrContentType, kindList(accept))
		}
	}
	out.Body = body
	return out, nil
}

// transportReason names timeouts plainly, keeps the address refusal
// visible through the transport's wrapping, and otherwise passes the
// transport's own message.
func transportReason(ctx context.Context, err error) error {
	if errors.Is(err, ErrBlocked) || errors.Is(err, ErrRedirects) || errors.Is(err, ErrScheme) {
		// Surface the reason without the "Get <url>:" prefix the client adds.
		var ue *url.Error
		if errors.As(err, &ue) {
			return ue.Err
		}
		return err
	}
	var ne net.Error
	if ctx.Err() == context.DeadlineExceeded || errors.Is(err, context.DeadlineExceeded) ||
		errors.Is(err, os.ErrDeadlineExceeded) || (errors.As(err, &ne) && ne.Timeout()) {
		return fmt.Errorf("%w: %w", ErrTimeout, err)
	}
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err
	}
	return err
}

// acceptHeader builds the Accept header for the kinds a caller takes.
func acceptHeader(kinds []Kind) string {
	if kinds == nil {
		kinds = IngestKinds
	}
	var parts []string
	for _, k := range kinds {
		switch k {
		case KindHTML:
			parts = append(parts, "text/html", "application/xhtml+xml;q=0.9")
		case KindText:
			parts = append(parts, "text/plain;q=0.8")
		case KindJSON:
			parts = append(parts, "application/json;q=0.8")
		case KindFeed:
			parts = append(parts, "application/rss+xml", "application/atom+xml", "application/feed+json",
				"application/xml;q=0.9", "text/xml;q=0.9")
		}
	}
	return strings.Join(append(parts, "*/*;q=0.1"), ", ")
}

// kindList names kinds for an error message.
func kindList(kinds []Kind) string {
	names := make([]string, len(kinds))
	for i, k := range kinds {
		names[i] = k.String()
	}
	return strings.Join(names, ", ")
}
