package fetch

import (
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/chronicle-news/chronicle/internal/source"
)

// Error is a failed fetch. It names the URL as requested so that a user
// who passed several can tell which one failed.
type Error struct {
	// URL is the address as the caller gave it.
	URL string
	// Err is the reason: a sentinel of this package, a *StatusError, or
	// the transport's error.
	Err error
}

// Error returns "<url>: <reason>".
func (e *Error) Error() string {
	if e.Err == nil {
		return e.URL + ": unknown error"
	}
	return e.URL + ": " + e.Err.Error()
}

// Unwrap lets errors.Is and errors.As see the reason.
func (e *Error) Unwrap() error { return e.Err }

// Sentinel reasons, for callers that treat classes of failure differently
// (the feed watcher retries timeouts later but never a refused address).
var (
	// ErrBlocked: the address is not on the public internet and
	// Options.AllowPrivate is off.
	ErrBlocked = errors.New("address not allowed")
	// ErrScheme: a URL (or a redirect target) that is not http or https.
	ErrScheme = errors.New("unsupported URL scheme")
	// ErrRedirects: more redirects than Options.MaxRedirects, or a loop.
	ErrRedirects = errors.New("too many redirects")
	// ErrContentType: a media type the caller did not accept.
	ErrContentType = errors.New("unsupported content type")
	// ErrTimeout: the connect timeout or the total deadline passed.
	ErrTimeout = errors.New("timed out")
	// ErrEmptyBody: a successful response without content.
	ErrEmptyBody = errors.New("empty response body")
)

// StatusError is a response with a status the caller did not expect: a
// 4xx or 5xx, or a 304 without a conditional request.
type StatusError struct {
	// Code is the HTTP status code.
	Code int
	// RetryAfter is the delay the server asked for with a Retry-After
	// header (429, 503), zero when it did not say.
	RetryAfter time.Duration
}

// Error returns "HTTP 404 Not Found".
func (e *StatusError) Error() string {
	s := fmt.Sprintf("HTTP %d %s", e.Code, http.StatusText(e.Code))
	if e.RetryAfter > 0 {
		s += fmt.Sprintf(" (retry after %s)", e.RetryAfter)
	}
	return s
}

// Temporary reports whether the same request may succeed later: server
// errors, 429 Too Many Requests and 408 Request Timeout.
func (e *StatusError) Temporary() bool {
	return e.Code >= 500 || e.Code == http.StatusTooManyRequests || e.Code == http.StatusRequestTimeout
}

// Temporary reports whether err is worth retrying later: a timeout, a
// temporary HTTP status, or a network failure. A refused address, a wrong
// content type, an oversize body or a permanent status are not.
func Temporary(err error) bool {
	var se *StatusError
	if errors.As(err, &se) {
		return se.Temporary()
	}
	if errors.Is(err, ErrTimeout) {
		return true
	}
	for _, perm := range []error{ErrBlocked, ErrScheme, ErrRedirects, ErrContentType, ErrEmptyBody, source.ErrTooLarge} {
		if errors.Is(err, perm) {
			return false
		}
	}
	var fe *Error
	return errors.As(err, &fe) // transport failures: refused connections, resets, DNS
}

// ParseRetryAfter reads a Retry-After header value, delay-seconds or an
// HTTP date, as a duration from now. It returns 0 for a missing, malformed
// or past value.
func ParseRetryAfter(v string, now time.Time) time.Duration {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0
	}
	if n, err := strconv.ParseInt(v, 10, 64); err == nil {
		if n <= 0 {
			return 0
		}
		const maxSeconds = int64(7 * 24 * 3600) // a week: beyond that the header is a bug
		return time.Duration(min(n, maxSeconds)) * time.Second
	}
	t, err := http.ParseTime(v)
	if err != nil || !t.After(now) {
		return 0
	}
	return t.Sub(now)
}
