package nlp

import "hash/maphash"

// keyIndex numbers a model's distinct keys (feature strings) 0, 1, 2… and
// finds a key's number with one hash and, mostly, one probe. It is an
// open-addressing table of fingerprints and numbers, half full at most;
// the keys themselves stay where they are (in the model's bytes), so it is
// cheap to build and compact to keep, which matters because the models
// are indexed at every process start.
type keyIndex struct {
	seed  maphash.Seed
	keys  []string // number → key
	slots []uint64 // hash's top 32 bits << 32 | number+1; 0 is empty
}

// newKeyIndex returns an empty index sized for n keys.
func newKeyIndex(n int) *keyIndex {
	size := 16
	for size < 2*n {
		size *= 2
	}
	return &keyIndex{seed: maphash.MakeSeed(), keys: make([]string, 0, n), slots: make([]uint64, size)}
}

// len returns the number of keys.
func (x *keyIndex) len() int { return len(x.keys) }

// find returns key's number, or -1 when the index lacks it. key is only
// read.
func (x *keyIndex) find(key []byte) int {
	h := maphash.Bytes(x.seed, key)
	mask := uint64(len(x.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		s := x.slots[i]
		if s == 0 {
			return -1
		}
		if s>>32 == h>>32 && x.keys[uint32(s)-1] == string(key) {
			return int(uint32(s) - 1)
		}
	}
}

// add returns key's number, numbering it next when it is new. The index
// grows as needed.
func (x *keyIndex) add(key string) int {
	if 2*(len(x.keys)+1) > len(x.slots) {
		x.grow()
	}
	h := maphash.String(x.seed, key)
	mask := uint64(len(x.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		s := x.slots[i]
		if s == 0 {
			x.keys = append(x.keys, key)
			x.slots[i] = h>>32<<32 | uint64(len(x.keys))
			return len(x.keys) - 1
		}
		if s>>32 == h>>32 && x.keys[uint32(s)-1] == key {
			return int(uint32(s) - 1)
		}
	}
}

// grow doubles the table and re-files every key.
func (x *keyIndex) grow() {
	keys := x.keys
	*x = keyIndex{seed: x.seed, keys: make([]string, 0, 2*len(keys)+8), slots: make([]uint64, 2*len(x.slots))}
	for _, k := range keys {
		x.add(k)
	}
}
