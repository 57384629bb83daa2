package html

import (
	"testing"
	"unicode/utf8"
)

func TestDecode(t *testing.T) {
	tests := []struct {
		name string
		in   []byte
		want string
	}{
		{"utf-8 undeclared", []byte("<p>Zürich</p>"), "<p>Zürich</p>"},
		{"utf-8 bom", []byte("\xEF\xBB\xBF<p>Zürich</p>"), "<p>Zürich</p>"},
		{"utf-16le bom", []byte("\xFF\xFE<\x00p\x00>\x00\xFC\x00"), "<p>ü"},
		{"meta charset latin-1", []byte(`<meta charset="iso-8859-1"><p>Z` + "\xFC" + `rich</p>`), `<meta charset="iso-8859-1"><p>Zürich</p>`},
		{"http-equiv windows-1251", []byte(`<meta http-equiv="Content-Type" content="text/html; charset=windows-1251"><p>` + "\xCC\xE8\xF0"), `<meta http-equiv="Content-Type" content="text/html; charset=windows-1251"><p>Мир`},
		{"koi8-r", []byte(`<meta charset=koi8-r><p>` + "\xED\xC9\xD2"), `<meta charset=koi8-r><p>Мир`},
		{"undeclared invalid utf-8 as windows-1252", []byte("<p>caf\xE9 \x93quoted\x94</p>"), "<p>café “quoted”</p>"},
		{"declared latin-1 but utf-8 bytes", []byte(`<meta charset="iso-8859-1"><p>Zürich</p>`), `<meta charset="iso-8859-1"><p>Zürich</p>`},
		{"declared utf-8 with bad bytes", []byte(`<meta charset="utf-8"><p>a` + "\xFF" + `b</p>`), `<meta charset="utf-8"><p>a` + "\uFFFD" + `b</p>`},
		{"meta utf-16 read as utf-8", []byte(`<meta charset="utf-16"><p>x</p>`), `<meta charset="utf-16"><p>x</p>`},
		{"unknown label", []byte(`<meta charset="x-klingon"><p>Zürich</p>`), `<meta charset="x-klingon"><p>Zürich</p>`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := decode(tt.in)
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.want {
				t.Errorf("decode = %q, want %q", got, tt.want)
			}
			if !utf8.ValidString(got) {
				t.Errorf("invalid UTF-8 out")
			}
		})
	}
}

func TestLooksLikeHTML(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"<!doctype html><p>x", true},
		{"  \n<html>", true},
		{"text then <b>bold</b>", true},
		{"1 < 2 and 3 > 2", false},
		{"", false},
		{"%PDF-1.7 <p>", false},
		{"\x00\x01\x02<p>", false},
	}
	for _, tt := range tests {
		if got := looksLikeHTML(tt.in); got != tt.want {
			t.Errorf("looksLikeHTML(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}
