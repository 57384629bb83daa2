package dedup

// bandTable maps band keys to the last article position added under them:
// an open-addressing table with linear probing, so that the look-up and the
// update of a key are one probe sequence, which matters once millions of
// keys no longer fit in a cache. Key 0 marks a free slot; a band key of 0
// is stored as 1, which at worst makes one more candidate for Similarity to
// turn down.
type bandTable struct {
	keys []uint64
	vals []int32
	used int
}

// swap stores val under key and returns the value it replaces, or -1.
func (t *bandTable) swap(key uint64, val int32) int32 {
	if key == 0 {
		key = 1
	}
	if (t.used+1)*10 > len(t.keys)*7 {
		t.grow()
	}
	mask := uint64(len(t.keys) - 1)
	for i := key & mask; ; i = (i + 1) & mask {
		switch t.keys[i] {
		case key:
			old := t.vals[i]
			t.vals[i] = val
			return old
		case 0:
			t.keys[i], t.vals[i] = key, val
			t.used++
			return -1
		}
	}
}

// grow doubles the table (from 1,024 slots) and re-inserts every key.
func (t *bandTable) grow() {
	keys, vals := t.keys, t.vals
	size := max(1024, 2*len(keys))
	t.keys, t.vals, t.used = make([]uint64, size), make([]int32, size), 0
	for i, k := range keys {
		if k != 0 {
			t.swap(k, vals[i])
		}
	}
}
