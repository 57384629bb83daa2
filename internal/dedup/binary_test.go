package dedup

import (
	"bytes"
	"errors"
	"testing"
)

func TestBinaryRoundTrip(t *testing.T) {
	for _, text := range []string{"", "one", readTestdata(t, "original.txt")} {
		s := Sketch(text)
		b, err := s.MarshalBinary()
		if err != nil || len(b) != BinarySize {
			t.Fatalf("MarshalBinary: %d bytes, %v", len(b), err)
		}
		var back Signature
		if err := back.UnmarshalBinary(b); err != nil || back != s {
			t.Errorf("round trip of %.20q: %v", text, err)
		}
	}
}

func TestUnmarshalBinaryErrors(t *testing.T) {
	good, _ := Sketch("a b c d e f").MarshalBinary()
	wrongVersion := bytes.Clone(good)
	wrongVersion[0] = 9
	for _, tt := range []struct {
		name string
		b    []byte
	}{
		{"nil", nil},
		{"short", good[:BinarySize-1]},
		{"long", append(bytes.Clone(good), 0)},
		{"version", wrongVersion},
	} {
		s := Sketch("kept")
		before := s
		if err := s.UnmarshalBinary(tt.b); !errors.Is(err, ErrBadSignature) {
			t.Errorf("%s: error %v, want ErrBadSignature", tt.name, err)
		}
		if s != before {
			t.Errorf("%s: the signature changed on error", tt.name)
		}
	}
}

func FuzzUnmarshalBinary(f *testing.F) {
	good, _ := Sketch("a b c d e f").MarshalBinary()
	f.Add(good)
	f.Add([]byte{})
	f.Add([]byte{binaryVersion})
	f.Fuzz(func(t *testing.T, b []byte) {
		var s Signature
		if err := s.UnmarshalBinary(b); err != nil {
			return
		}
		again, err := s.MarshalBinary()
		if err != nil || !bytes.Equal(again, b) {
			t.Fatalf("re-encoding differs: %v", err)
		}
		_ = s.Bands()
		_ = Similarity(s, s)
	})
}
