package server

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"time"
)

// DefaultAddr is where Serve listens when no address is given: loopback
// only, so that a store of private research is not on the network by
// accident.
const DefaultAddr = "127.0.0.1:8080"

// Options tune the server. The zero value is usable.
type Options struct {
	// Addr is host:port to listen on; "" means DefaultAddr.
	Addr string
	// MaxBody caps every request body; 0 means 32 MiB. Handlers that
	// read more see an *http.MaxBytesError.
	MaxBody int64
	// ReadTimeout, WriteTimeout: 0 means 2 minutes (uploads and URL
	// ingests take a while; reads of the record take milliseconds).
	ReadTimeout, WriteTimeout time.Duration
	// RequestTimeout bounds the work of one request through its context;
	// 0 means 30 s for reads and 2 minutes for writes.
	RequestTimeout time.Duration
	// CORSOrigins lists the origins (scheme://host[:port]) whose pages may
	// call the API from a browser; none by default. "*" allows any origin
	// to read, never to write.
	CORSOrigins []string
	// Logger receives one line per request and every error; nil means
	// slog.Default().
	Logger *slog.Logger
}

func (o *Options) defaults() {
	if o.Addr == "" {
		o.Addr = DefaultAddr
	}
	if o.MaxBody <= 0 {
		o.MaxBody = 32 << 20
	}
	if o.ReadTimeout <= 0 {
		o.ReadTimeout = 2 * time.Minute
	}
	if o.WriteTimeout <= 0 {
		o.WriteTimeout = 2 * time.Minute
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
}

// Handler returns the API (every path under /api/) and the UI (every other
// path) behind the protections of the package.
func Handler(api, ui http.Handler, opt Options) http.Handler {
	opt.defaults()
	mux := http.NewServeMux()
	mux.Handle("/api/", cors(api, opt.CORSOrigins))
	mux.Handle("/", ui)
	var h http.Handler = mux
	h = sameOrigin(h)
	h = limits(h, opt)
	h = headers(h)
	h = recoverer(h, opt.Logger)
	h = logged(h, opt.Logger)
	return h
}

// Server is a running listener.
type Server struct {
	srv *http.Server
	ln  net.Listener
	log *slog.Logger
}

// Listen binds the address (so that the caller can print the real one when
// the port was 0) without serving yet.
func Listen(ctx context.Context, h http.Handler, opt Options) (*Server, error) {
	opt.defaults()
	var lc net.ListenConfig
	ln, err := lc.Listen(ctx, "tcp", opt.Addr)
	if err != nil {
		return nil, fmt.Errorf("listen on %s: %w", opt.Addr, err)
	}
	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       opt.ReadTimeout,
		WriteTimeout:      opt.WriteTimeout,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(opt.Logger.Handler(), slog.LevelWarn),
		BaseContext:       func(net.Listener) context.Context { return context.WithoutCancel(ctx) },
	}
	return &Server{srv: srv, ln: ln, log: opt.Logger}, nil
}

// Addr is the address the server listens on.
func (s *Server) Addr() net.Addr { return s.ln.Addr() }

// Loopback reports whether the server listens on a loopback address only.
func (s *Server) Loopback() bool {
	a, ok := s.ln.Addr().(*net.TCPAddr)
	return ok && a.IP.IsLoopback()
}

// Serve answers requests until ctx is done, then stops accepting and waits
// up to ten seconds for the requests in flight.
func (s *Server) Serve(ctx context.Context) error {
	errc := make(chan error, 1)
	go func() { errc <- s.srv.Serve(s.ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("serve on %s: %w", s.ln.Addr(), err)
	case <-ctx.Done():
	}
	shut, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := s.srv.Shutdown(shut); err != nil {
		return fmt.Errorf("shut down %s: %w", s.ln.Addr(), err)
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}
