package sentence

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

func texts(ss []Sentence) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = s.Text
	}
	return out
}

func TestSplit(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Lavrov met Rubio. They spoke for an hour.", []string{"Lavrov met Rubio.", "They spoke for an hour."}},
		{"Talks with the U.S. and Russia resumed on Feb. 18 in Riyadh.", []string{"Talks with the U.S. and Russia resumed on Feb. 18 in Riyadh."}},
		{"He spoke to the U.S. The talks lasted 4.5 hours.", []string{"He spoke to the U.S.", "The talks lasted 4.5 hours."}},
		{"Vice President J. D. Vance and Gen. Keith Kellogg arrived.", []string{"Vice President J. D. Vance and Gen. Keith Kellogg arrived."}},
		{"George W. Bush met Mr. Putin in 2001. It was cordial.", []string{"George W. Bush met Mr. Putin in 2001.", "It was cordial."}},
		{`"We will respond," Trump said. "Soon."`, []string{`"We will respond," Trump said.`, `"Soon."`}},
		{`He asked: "Is this serious?" Nobody answered.`, []string{`He asked: "Is this serious?"`, "Nobody answered."}},
		{"Is it over? Not yet! Talks go on…", []string{"Is it over?", "Not yet!", "Talks go on…"}},
		{"First paragraph ends here\n\nSecond one starts. And ends.", []string{"First paragraph ends here", "Second one starts.", "And ends."}},
		{"The meeting began at 10 a.m. local time.", []string{"The meeting began at 10 a.m. local time."}},
		{"It started at 10 a.m. The delegations left at noon.", []string{"It started at 10 a.m.", "The delegations left at noon."}},
		{"See www.example.com for details. Then call.", []string{"See www.example.com for details.", "Then call."}},
		{"Лавров прибыл в г. Анталья. Переговоры начались.", []string{"Лавров прибыл в г. Анталья.", "Переговоры начались."}},
		{"  padded sentence.   ", []string{"padded sentence."}},
		{"", nil},
		{"(The talks were held in Istanbul.) Both sides agreed.", []string{"(The talks were held in Istanbul.)", "Both sides agreed."}},
		{"Prices rose 2.5% in Jan. and fell in Feb.", []string{"Prices rose 2.5% in Jan. and fell in Feb."}},
		{"Russia and Ukraine held talks, e.g. in Istanbul. Both came.", []string{"Russia and Ukraine held talks, e.g. in Istanbul.", "Both came."}},
	}
	for _, tt := range tests {
		got := texts(Split(tt.in))
		if len(got) == 0 {
			got = nil
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Split(%q)\n got %q\nwant %q", tt.in, got, tt.want)
		}
	}
}

func TestSpans(t *testing.T) {
	in := "One.  Two words here!\nThree « four ». Five"
	for _, s := range Split(in) {
		if in[s.Start:s.End] != s.Text {
			t.Errorf("span [%d,%d] is %q, text %q", s.Start, s.End, in[s.Start:s.End], s.Text)
		}
	}
}

func FuzzSplit(f *testing.F) {
	for _, s := range []string{"A. B. C.", "U.S. The end.", "…?!", "\n\n", "x.\u00a0Y", "Mr.", "\xff. A"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		prev := 0
		for _, s := range Split(in) {
			if s.Start < prev || s.End <= s.Start || s.End > len(in) {
				t.Fatalf("bad span [%d,%d] after %d in %q", s.Start, s.End, prev, in)
			}
			if in[s.Start:s.End] != s.Text || strings.TrimSpace(s.Text) != s.Text && utf8.ValidString(s.Text) {
				t.Fatalf("text %q does not match its span or is untrimmed", s.Text)
			}
			prev = s.End
		}
	})
}

func BenchmarkSplit(b *testing.B) {
	para := strings.Repeat("Russian Foreign Minister Sergei Lavrov and U.S. Secretary of State Marco Rubio spoke by phone on Sunday, the ministry said. ", 8)
	b.SetBytes(int64(len(para)))
	n := 0
	for b.Loop() {
		n += len(Split(para))
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "sentences/s")
}
