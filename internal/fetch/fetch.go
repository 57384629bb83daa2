package fetch

import (
	"fmt"
	"net"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/chronicle-news/chronicle/internal/source"
)

// UserAgent is sent with every request unless Options.UserAgent replaces
// it: site operators who see Chronicle in their logs learn what it is and
// where to ask.
const UserAgent = "Chronicle/0.7 (+https://github.com/chronicle-news/chronicle)"

// Defaults for the zero Options: generous enough for slow news sites,
// tight enough that a stuck server cannot hold an ingest for long.
const (
	DefaultConnectTimeout = 10 * time.Second
	DefaultTimeout        = 30 * time.Second
	DefaultMaxBytes       = source.DefaultMaxBytes
	DefaultMaxRedirects   = 10
)

// Options tune a Fetcher. The zero value is ready to use.
type Options struct {
	// ConnectTimeout bounds DNS resolution plus the TCP connect; 0 means
	// DefaultConnectTimeout.
	ConnectTimeout time.Duration
	// Timeout bounds a whole request: connect, TLS, redirects, headers
	// and body. 0 means DefaultTimeout.
	Timeout time.Duration
	// MaxBytes caps the body after Content-Encoding is undone; 0 means
	// DefaultMaxBytes.
	MaxBytes int64
	// MaxRedirects is how many redirects are followed; 0 means
	// DefaultMaxRedirects, a negative value follows none.
	MaxRedirects int
	// UserAgent replaces the default User-Agent header.
	UserAgent string
	// AllowPrivate lets requests reach loopback, private, link-local and
	// other non-public addresses: for tests, and for users who ingest from
	// their own intranet on purpose.
	AllowPrivate bool
}

// Fetcher makes HTTP requests under Options. It is safe for concurrent use
// and keeps connections alive between requests.
type Fetcher struct {
	opt    Options
	client *http.Client
}

// New returns a Fetcher with opt's limits and defaults filled in.
func New(opt Options) *Fetcher {
	if opt.ConnectTimeout <= 0 {
		opt.ConnectTimeout = DefaultConnectTimeout
	}
	if opt.Timeout <= 0 {
		opt.Timeout = DefaultTimeout
	}
	if opt.MaxBytes <= 0 {
		opt.MaxBytes = DefaultMaxBytes
	}
	if opt.MaxRedirects == 0 {
		opt.MaxRedirects = DefaultMaxRedirects
	}
	if opt.UserAgent == "" {
		opt.UserAgent = UserAgent
	}
	dialer := &net.Dialer{Timeout: opt.ConnectTimeout, KeepAlive: 30 * time.Second}
	if !opt.AllowPrivate {
		dialer.Control = dialControl
	}
	transport := &http.Transport{
		// No proxy: the address check must see the real destination, and
		// a proxy from the environment would hide it.
		Proxy:                 nil,
		DialContext:           dialer.DialContext,
		ForceAttemptHTTP2:     true,
		MaxIdleConns:          32,
		MaxIdleConnsPerHost:   4,
		IdleConnTimeout:       90 * time.Second,
		TLSHandshakeTimeout:   opt.ConnectTimeout,
		ResponseHeaderTimeout: opt.Timeout,
		ExpectContinueTimeout: time.Second,
	}
	f := &Fetcher{opt: opt}
	f.client = &http.Client{Transport: transport, CheckRedirect: f.checkRedirect}
	return f
}

// Options returns the options in effect, defaults filled in.
func (f *Fetcher) Options() Options { return f.opt }

// checkRedirect re-checks every hop: the count, the scheme, a literal
// address and a loop back to a URL already visited. Names are checked when
// dialled.
func (f *Fetcher) checkRedirect(req *http.Request, via []*http.Request) error {
	if f.opt.MaxRedirects < 0 || len(via) > f.opt.MaxRedirects {
		return fmt.Errorf("%w: more than %d (last to %s)", ErrRedirects, max(f.opt.MaxRedirects, 0), req.URL.Redacted())
	}
	for _, prev := range via {
		if prev.URL.String() == req.URL.String() {
			return fmt.Errorf("%w: redirect loop back to %s", ErrRedirects, req.URL.Redacted())
		}
	}
	return f.checkURL(req.URL)
}

// checkURL refuses what must never be requested, before any connection.
func (f *Fetcher) checkURL(u *url.URL) error {
	if u.Scheme != "http" && u.Scheme != "https" {
		return fmt.Errorf("%w %q (only http and https)", ErrScheme, u.Scheme)
	}
	if u.Hostname() == "" {
		return fmt.Errorf("%w: no host in URL", ErrScheme)
	}
	if f.opt.AllowPrivate {
		return nil
	}
	if h := strings.ToLower(strings.TrimSuffix(u.Hostname(), ".")); h == "localhost" || strings.HasSuffix(h, ".localhost") {
		return fmt.Errorf("%w: %s is a loopback name", ErrBlocked, u.Hostname())
	}
	return checkHost(u.Hostname())
}
