package fetch

import (
	"context"
	"errors"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"os"
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle/internal/article"
)

const page = `<!doctype html><html><head><title>Talks resume</title></head><body><article><p>Delegations met in Geneva on Monday.</p></article></body></html>`

// testServer serves the routes of mux on loopback and closes at the end.
func testServer(t *testing.T, mux *http.ServeMux) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

// local is a Fetcher allowed to reach the loopback test servers.
func local(opt Options) *Fetcher {
	opt.AllowPrivate = true
	return New(opt)
}

func TestFetchKinds(t *testing.T) {
	mux := http.NewServeMux()
	serve := func(path, ctype string, body []byte) {
		mux.HandleFunc(path, func(w http.ResponseWriter, r *http.Request) {
			if ctype != "" {
				w.Header().Set("Content-Type", ctype)
			}
			w.Write(body)
		})
	}
	serve("/page", "text/html; charset=utf-8", []byte(page))
	serve("/latin1", "text/html; charset=ISO-8859-1", []byte("<html><body><p>Caf\xe9 talks</p></body></html>"))
	serve("/text", "text/plain", []byte("Plain report.\n"))
	serve("/records", "application/x-ndjson", []byte(`{"url":"https://example.org/a","text":"First."}`+"\n"+`{"url":"https://example.org/b","text":"Second."}`+"\n"))
	serve("/image", "image/png", []byte("\x89PNG\r\n\x1a\n...."))
	serve("/untyped", "application/octet-stream", []byte(page))
	serve("/untyped-bin", "", []byte("\x00\x01\x02garbage"))
	serve("/empty", "text/html", nil)
	srv := testServer(t, mux)
	f := local(Options{})
	ctx := context.Background()

	tests := []struct {
		path    string
		kind    Kind
		wantErr error
		want    string // substring of the document's data
		format  article.Format
	}{
		{"/page", KindHTML, nil, "Delegations met", article.FormatHTML},
		{"/latin1", KindHTML, nil, "\xEF\xBB\xBF<html><body><p>Café talks", article.FormatHTML},
		{"/text", KindText, nil, "Plain report.", article.FormatText},
		{"/untyped", KindHTML, nil, "Delegations met", article.FormatHTML},
		{"/image", 0, ErrContentType, "", ""},
		{"/untyped-bin", 0, ErrContentType, "", ""},
		{"/empty", 0, ErrEmptyBody, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			resp, err := f.Fetch(ctx, srv.URL+tt.path)
			if tt.wantErr != nil {
				var fe *Error
				if !errors.Is(err, tt.wantErr) || !errors.As(err, &fe) || fe.URL != srv.URL+tt.path {
					t.Fatalf("err = %v, want %v naming the URL", err, tt.wantErr)
				}
				if !strings.Contains(err.Error(), srv.URL+tt.path) {
					t.Errorf("message %q does not name the URL", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if resp.Kind != tt.kind {
				t.Errorf("kind = %v, want %v", resp.Kind, tt.kind)
			}
			doc, err := resp.Document(tt.path)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.HasPrefix(string(doc.Data), tt.want) && !strings.Contains(string(doc.Data), tt.want) {
				t.Errorf("data %q lacks %q", doc.Data, tt.want)
			}
			if doc.Format != tt.format || doc.Hints.URL != srv.URL+tt.path || doc.Origin != tt.path {
				t.Errorf("doc = %+v", doc)
			}
		})
	}

	resp, err := f.Fetch(ctx, srv.URL+"/records")
	if err != nil {
		t.Fatal(err)
	}
	var origins []string
	for doc, err := range resp.Documents(ctx, "URL") {
		if err != nil {
			t.Fatal(err)
		}
		origins = append(origins, doc.Origin+"="+doc.Hints.URL)
	}
	if got := strings.Join(origins, " "); got != "URL:1=https://example.org/a URL:2=https://example.org/b" {
		t.Errorf("JSONL documents: %s", got)
	}
}

func TestLoopbackRefusedByDefault(t *testing.T) {
	hits := 0
	mux := http.NewServeMux()
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) { hits++; w.Write([]byte(page)) })
	srv := testServer(t, mux)
	f := New(Options{})
	for _, u := range []string{srv.URL + "/", strings.Replace(srv.URL, "127.0.0.1", "localhost", 1) + "/"} {
		_, err := f.Fetch(context.Background(), u)
		if !errors.Is(err, ErrBlocked) || Temporary(err) {
			t.Errorf("%s: err = %v, want ErrBlocked", u, err)
		}
	}
	if hits != 0 {
		t.Errorf("the server was reached %d times", hits)
	}
}

func TestDialControl(t *testing.T) {
	tests := []struct {
		addr    string
		blocked bool
	}{
		{"127.0.0.1:80", true}, {"[::1]:443", true}, {"10.1.2.3:80", true}, {"192.168.0.1:80", true},
		{"172.16.5.4:80", true}, {"169.254.169.254:80", true}, {"[fe80::1]:80", true}, {"224.0.0.1:80", true},
		{"0.0.0.0:80", true}, {"[::]:80", true}, {"100.64.0.1:80", true}, {"[::ffff:127.0.0.1]:80", true},
		{"[fc00::1]:80", true}, {"[64:ff9b::a00:1]:80", true}, {"255.255.255.255:80", true},
		{"93.184.215.14:443", false}, {"[2606:4700::6810:85e5]:443", false}, {"8.8.8.8:53", false},
		{"nonsense", true},
	}
	for _, tt := range tests {
		err := dialControl("tcp", tt.addr, nil)
		if (err != nil) != tt.blocked || (err != nil && !errors.Is(err, ErrBlocked)) {
			t.Errorf("dialControl(%s) = %v, blocked want %v", tt.addr, err, tt.blocked)
		}
	}
}

// TestRefusedAtDial reaches the dial-time check through a name: the
// machine's own host name resolves (through /etc/hosts) to a loopback or
// private address, which no check of the URL's text can see.
func TestRefusedAtDial(t *testing.T) {
	name, err := os.Hostname()
	if err != nil || name == "" {
		t.Skip("no host name")
	}
	addrs, err := net.LookupHost(name)
	if err != nil || len(addrs) == 0 {
		t.Skipf("host name %s does not resolve", name)
	}
	ip, err := netip.ParseAddr(addrs[0])
	if err != nil || blockedReason(ip) == "" {
		t.Skipf("host name %s resolves to the public address %s", name, addrs[0])
	}
	_, err = New(Options{}).Fetch(context.Background(), "http://"+name+":9/")
	if !errors.Is(err, ErrBlocked) || !strings.Contains(err.Error(), "resolves to") {
		t.Errorf("fetching %s (%s): %v, want a refusal at dial time", name, addrs[0], err)
	}
}
