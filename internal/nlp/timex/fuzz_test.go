package timex

import (
	"testing"
	"time"
	"unicode/utf8"
)

func FuzzFind(f *testing.F) {
	for _, p := range phrases {
		f.Add(p.s, int64(20250528), uint8(0))
	}
	f.Add("between 31 and 1 February", int64(0), uint8(1))
	f.Add("on the eve of the eve of the eve of May 9", int64(20240229), uint8(2))
	f.Add("9999-12-31 and 31.12.9999 and 0000-00-00", int64(99991231), uint8(0))
	f.Add("\xff\xfe 18 Feb\x00ruary 2025 ..--//", int64(10101), uint8(0))
	f.Fuzz(func(t *testing.T, s string, ymd int64, order uint8) {
		var a Anchor
		if ymd != 0 {
			y, m, d := int(ymd/10000)%10000, int(ymd/100%100), int(ymd%100)
			a.Date = time.Date(y, time.Month(m), d, 12, 0, 0, 0, time.UTC)
		}
		a.Year = int(order) * 9
		a.Order = Order(order % 3)
		prev := 0
		for _, m := range Find(s, a) {
			if m.Start < prev || m.Start > m.End || m.End > len(s) {
				t.Fatalf("bad span [%d,%d) after %d in %q", m.Start, m.End, prev, s)
			}
			if m.Start == m.End {
				t.Fatalf("empty mention at %d in %q", m.Start, s)
			}
			if !boundary(s, m.Start) || !boundary(s, m.End) {
				t.Fatalf("span [%d,%d) not on rune boundaries in %q", m.Start, m.End, s)
			}
			if m.Text != s[m.Start:m.End] {
				t.Fatalf("Text %q != s[%d:%d] %q", m.Text, m.Start, m.End, s[m.Start:m.End])
			}
			v := m.Value
			if v.Precision != None {
				if v.End.Before(v.Start) {
					t.Fatalf("%q: End %v before Start %v", m.Text, v.End, v.Start)
				}
				if v.Start.Location() != time.UTC || v.Start.Hour() != 0 {
					t.Fatalf("%q: Start %v not midnight UTC", m.Text, v.Start)
				}
				if v.String() == "" {
					t.Fatalf("%q: empty String for precision %v", m.Text, v.Precision)
				}
			}
			prev = m.End
		}
	})
}

// boundary reports whether i starts a rune of s (or is its end). Invalid
// bytes count as one-byte runes, as range and DecodeRune treat them.
func boundary(s string, i int) bool {
	if i == 0 || i == len(s) {
		return true
	}
	return utf8.RuneStart(s[i]) || !utf8.FullRuneInString(s[i:]) || isInvalidAt(s, i)
}

func isInvalidAt(s string, i int) bool {
	r, size := utf8.DecodeRuneInString(s[i:])
	return r == utf8.RuneError && size == 1
}
