package dedup

import (
	"encoding/binary"
	"errors"
	"fmt"
)

// binaryVersion leads the encoding so that a later change of K, of the
// shingle size or of the hashes can be told from stored signatures, which
// then have to be sketched again from the bodies.
const binaryVersion = 1

// BinarySize is the length of an encoded Signature.
const BinarySize = 1 + 4*K

// ErrBadSignature reports encoded bytes that are not a signature of this
// version of the package.
var ErrBadSignature = errors.New("dedup: bad signature encoding")

// MarshalBinary encodes s as a version byte and its slots in little-endian
// order, for a store's BLOB column.
func (s Signature) MarshalBinary() ([]byte, error) {
	return s.AppendBinary(make([]byte, 0, BinarySize))
}

// AppendBinary appends the encoding of MarshalBinary to b.
func (s Signature) AppendBinary(b []byte) ([]byte, error) {
	b = append(b, binaryVersion)
	for _, v := range s {
		b = binary.LittleEndian.AppendUint32(b, v)
	}
	return b, nil
}

// UnmarshalBinary decodes what MarshalBinary encoded. On error s is left
// unchanged.
func (s *Signature) UnmarshalBinary(b []byte) error {
	if len(b) != BinarySize {
		return fmt.Errorf("%w: %d bytes, want %d", ErrBadSignature, len(b), BinarySize)
	}
	if b[0] != binaryVersion {
		return fmt.Errorf("%w: version %d, want %d", ErrBadSignature, b[0], binaryVersion)
	}
	for i := range s {
		s[i] = binary.LittleEndian.Uint32(b[1+4*i:])
	}
	return nil
}
