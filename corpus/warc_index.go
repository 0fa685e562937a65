package corpus

import (
	"encoding/base32"
	"encoding/hex"
	"hash/maphash"
	"strings"
	"time"
)

// recordLoc is where a WARC record starts: a file of the index and the
// byte offset of the record (of its gzip member in a per-record gzip file).
type recordLoc struct {
	file int32
	off  int64
}

// revisitIndex maps payload digests and URI+date pairs to the records
// that hold them, so that a revisit record can be resolved to its earlier
// response. Keys are 64-bit hashes (a record read back is checked against
// the full key, so a collision is caught, not followed); at most max keys
// are kept, and past that the oldest go first. Memory stays bounded
// whatever the archive's size: no payload is kept.
type revisitIndex struct {
	seed  maphash.Seed
	max   int
	m     map[uint64]uint64 // key hash -> packed recordLoc
	ring  []uint64          // keys in insertion order, for eviction
	head  int
	files []string
}

func newRevisitIndex(max int) *revisitIndex {
	return &revisitIndex{seed: maphash.MakeSeed(), max: max, m: map[uint64]uint64{}}
}

// file returns the index's number for path p, adding it if it is new.
func (x *revisitIndex) file(p string) int32 {
	for i, f := range x.files {
		if f == p {
			return int32(i)
		}
	}
	x.files = append(x.files, p)
	return int32(len(x.files) - 1)
}

// A recordLoc is packed in 64 bits: the file in the top 16, the offset
// in the low 48 (256 TiB).
const (
	locOffBits = 48
	maxLocFile = 1<<(64-locOffBits) - 1
	maxLocOff  = 1<<locOffBits - 1
)

func (l recordLoc) pack() (uint64, bool) {
	if l.file < 0 || l.file > maxLocFile || l.off < 0 || l.off > maxLocOff {
		return 0, false
	}
	return uint64(l.file)<<locOffBits | uint64(l.off), true
}

func unpackLoc(v uint64) recordLoc {
	return recordLoc{file: int32(v >> locOffBits), off: int64(v & maxLocOff)}
}

// add records that key is held at loc. The first record with a key is
// kept: any earlier copy of a payload serves. A place that does not fit
// the packing (past file 65535 of a run) is not kept.
func (x *revisitIndex) add(key string, loc recordLoc) {
	v, ok := loc.pack()
	if key == "" || !ok {
		return
	}
	h := maphash.String(x.seed, key)
	if _, ok := x.m[h]; ok {
		return
	}
	if len(x.ring) < x.max {
		x.ring = append(x.ring, h)
	} else {
		delete(x.m, x.ring[x.head])
		x.ring[x.head] = h
		x.head = (x.head + 1) % x.max
	}
	x.m[h] = v
}

// find returns where key is held.
func (x *revisitIndex) find(key string) (recordLoc, bool) {
	if key == "" {
		return recordLoc{}, false
	}
	v, ok := x.m[maphash.String(x.seed, key)]
	return unpackLoc(v), ok
}

// digestKey is the index key of a payload digest ("" when there is none).
func digestKey(d string) string {
	if d = normDigest(d); d == "" {
		return ""
	}
	return "d " + d
}

// refKey is the index key of a capture: its target URI and date.
func refKey(uri, date string) string {
	if uri == "" || date == "" {
		return ""
	}
	return "u " + uri + " " + normDate(date)
}

// normDigest writes a WARC digest ("sha1:BASE32" or "sha1:hex") one way:
// the algorithm in lower case and the value in lower-case hex, so that
// writers that encode differently still match.
func normDigest(d string) string {
	alg, val, ok := strings.Cut(strings.TrimSpace(d), ":")
	if !ok || alg == "" || val == "" {
		return ""
	}
	alg = strings.ToLower(alg)
	if b, err := base32.StdEncoding.DecodeString(strings.ToUpper(val)); err == nil && len(val)%8 == 0 && !isHex(val) {
		return alg + ":" + hex.EncodeToString(b)
	}
	return alg + ":" + strings.ToLower(val)
}

func isHex(s string) bool {
	_, err := hex.DecodeString(s)
	return err == nil
}

// normDate writes a WARC date in UTC RFC 3339 with the precision it has,
// so "2024-03-01T12:00:00Z" and "2024-03-01T13:00:00+01:00" match; a date
// that does not parse is kept as written.
func normDate(s string) string {
	s = strings.TrimSpace(s)
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		return s
	}
	return t.UTC().Format(time.RFC3339Nano)
}
