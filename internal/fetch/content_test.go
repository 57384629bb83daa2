package fetch

import (
	"testing"
	"time"
)

func TestParseContentType(t *testing.T) {
	tests := []struct{ in, mt, cs string }{
		{"text/html; charset=UTF-8", "text/html", "utf-8"},
		{"text/html;charset=\"windows-1251\"", "text/html", "windows-1251"},
		{"TEXT/HTML", "text/html", ""},
		{"text/html; charset=utf-8; charset=iso-8859-1", "text/html", "utf-8"},
		{"text/html; charset", "text/html", ""},
		{"", "", ""},
	}
	for _, tt := range tests {
		mt, cs := ParseContentType(tt.in)
		if mt != tt.mt || cs != tt.cs {
			t.Errorf("ParseContentType(%q) = %q, %q; want %q, %q", tt.in, mt, cs, tt.mt, tt.cs)
		}
	}
}

func TestParseRetryAfter(t *testing.T) {
	now := time.Date(2025, 6, 2, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		in   string
		want time.Duration
	}{
		{"120", 2 * time.Minute}, {"0", 0}, {"-3", 0}, {"soon", 0}, {"", 0},
		{"Mon, 02 Jun 2025 12:00:30 GMT", 30 * time.Second}, {"Mon, 02 Jun 2025 11:00:00 GMT", 0},
		{"99999999999", 7 * 24 * time.Hour},
	}
	for _, tt := range tests {
		if got := ParseRetryAfter(tt.in, now); got != tt.want {
			t.Errorf("ParseRetryAfter(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

func TestToUTF8(t *testing.T) {
	tests := []struct{ in, label, want string }{
		{"Caf\xe9", "iso-8859-1", "\xEF\xBB\xBFCafé"},
		{"Café", "iso-8859-1", "Café"}, // already UTF-8: a stale label
		{"plain", "windows-1251", "plain"},
		{"\xcc\xee\xf1\xea\xe2\xe0", "windows-1251", "\xEF\xBB\xBFМосква"},
		{"Caf\xe9", "", "Caf\xe9"},
		{"Caf\xe9", "no-such-charset", "Caf\xe9"},
	}
	for _, tt := range tests {
		if got := string(ToUTF8([]byte(tt.in), tt.label)); got != tt.want {
			t.Errorf("ToUTF8(%q, %q) = %q, want %q", tt.in, tt.label, got, tt.want)
		}
	}
}

func FuzzParseContentType(f *testing.F) {
	for _, s := range []string{"text/html; charset=utf-8", "text/html; charset", "a/b; c=\"", ";;;", "text/plain;charset=koi8-r"} {
		f.Add(s, []byte("Caf\xe9 \xff\xfe"))
	}
	f.Fuzz(func(t *testing.T, header string, body []byte) {
		mt, cs := ParseContentType(header)
		_ = KindOf(mt)
		_ = sniffKind(body)
		out := ToUTF8(body, cs)
		if len(out) == 0 && len(body) != 0 {
			t.Fatalf("ToUTF8 lost the body")
		}
	})
}
