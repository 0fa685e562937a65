package nlp

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"sync"
	"unsafe"

	"github.com/jdkato/prose/v3/ner/maxentmodel"
)

// entityModel is prose's maximum-entropy entity model re-indexed for
// scoring. prose keeps one weight per "feature-value-label" key and finds
// each by binary search, so labelling a token costs features × labels
// searches; here the weights of one "feature-value" form a row, found
// with one hash lookup (see keyIndex). Rows are sparse (most values have
// a weight for one label only). The weights are the model's own, so the
// labels are the same.
type entityModel struct {
	labels []string
	rows   *keyIndex // "feature-value" → row number
	// Row r's weights are weights[start[r]:start[r+1]], for the labels at
	// the same positions in labelOf.
	start   []int32
	labelOf []uint8
	weights []float32
}

// addRow adds the weights of "feature-value" key, if the model has any,
// to scores (one per label). key is only read.
func (m *entityModel) addRow(key []byte, scores []float32) {
	r := m.rows.find(key)
	if r < 0 {
		return
	}
	for i := m.start[r]; i < m.start[r+1]; i++ {
		scores[m.labelOf[i]] += m.weights[i]
	}
}

// loadEntityModel decodes the embedded English model once per process.
var loadEntityModel = sync.OnceValues(func() (*entityModel, error) {
	return parseEntityModel(maxentmodel.English)
})

// modelReader reads the little-endian fields of a model file; the first
// failure sticks.
type modelReader struct {
	b   []byte
	pos int
	err error
}

func (r *modelReader) bytes(n int) []byte {
	if r.err != nil {
		return nil
	}
	if n < 0 || r.pos+n > len(r.b) {
		r.err = fmt.Errorf("truncated at byte %d: want %d more", r.pos, n)
		return nil
	}
	out := r.b[r.pos : r.pos+n]
	r.pos += n
	return out
}

func (r *modelReader) u32() int {
	b := r.bytes(4)
	if b == nil {
		return 0
	}
	return int(binary.LittleEndian.Uint32(b))
}

func (r *modelReader) u16() int {
	b := r.bytes(2)
	if b == nil {
		return 0
	}
	return int(binary.LittleEndian.Uint16(b))
}

// parseEntityModel reads prose's flat entity model: magic "PROSENER",
// version 1, cardinality, the labels (u16 length and bytes each), the
// sorted keys as one blob with nKeys+1 offsets, then one float32 weight
// per key; the GIS correction weights after them are not needed to label.
// The keys stay in data, which must not change afterwards.
func parseEntityModel(data []byte) (*entityModel, error) {
	r := &modelReader{b: data}
	if string(r.bytes(8)) != "PROSENER" {
		return nil, errors.New("entity model: not a prose flat model")
	}
	if v := r.u32(); v != 1 && r.err == nil {
		return nil, fmt.Errorf("entity model: version %d, want 1", v)
	}
	r.u32() // cardinality
	nLabels := r.u32()
	if nLabels > 256 {
		return nil, fmt.Errorf("entity model: %d labels, at most 256 supported", nLabels)
	}
	labels := make([]string, nLabels)
	for i := range labels {
		labels[i] = string(r.bytes(r.u16()))
	}
	nKeys, blobLen := r.u32(), r.u32()
	blob := viewString(r.bytes(blobLen))
	offs := r.bytes(4 * (nKeys + 1))
	wts := r.bytes(4 * nKeys)
	if r.err != nil {
		return nil, fmt.Errorf("entity model: %w", r.err)
	}
	off := func(i int) int { return int(binary.LittleEndian.Uint32(offs[4*i:])) }
	m := &entityModel{labels: labels, rows: newKeyIndex(nKeys * 7 / 8)} // most keys start a row of their own
	ws := make([]labelWeight, 0, nKeys)
	for i := range nKeys {
		a, b := off(i), off(i+1)
		if a > b || b > len(blob) {
			return nil, fmt.Errorf("entity model: key %d has offsets %d..%d in a %d-byte blob", i, a, b, len(blob))
		}
		w := math.Float32frombits(binary.LittleEndian.Uint32(wts[4*i:]))
		ws = m.split(ws, blob[a:b], w)
	}
	m.fill(ws)
	return m, nil
}

// labelWeight is one weight of the model: its row, label and value.
type labelWeight struct {
	row   int32
	label uint8
	w     float32
}

// split files weight w of one "feature-value-label" key under every label
// the key can end with, as a lookup of that key would find it, numbering
// new rows as it goes; it appends to and returns ws.
func (m *entityModel) split(ws []labelWeight, key string, w float32) []labelWeight {
	for li, l := range m.labels {
		if len(key) <= len(l) || key[len(key)-1] != l[len(l)-1] || !strings.HasSuffix(key, l) || key[len(key)-len(l)-1] != '-' {
			continue
		}
		r := m.rows.add(key[:len(key)-len(l)-1])
		ws = append(ws, labelWeight{int32(r), uint8(li), w})
	}
	return ws
}

// fill lays the weights out row by row.
func (m *entityModel) fill(ws []labelWeight) {
	n := m.rows.len()
	m.start = make([]int32, n+1)
	for _, x := range ws {
		m.start[x.row+1]++
	}
	for r := range n {
		m.start[r+1] += m.start[r]
	}
	next := slices.Clone(m.start[:n])
	m.labelOf = make([]uint8, len(ws))
	m.weights = make([]float32, len(ws))
	for _, x := range ws {
		m.labelOf[next[x.row]], m.weights[next[x.row]] = x.label, x.w
		next[x.row]++
	}
}

// viewString returns b as a string without copying it: the model's keys
// stay in the embedded bytes, which never change.
func viewString(b []byte) string {
	return unsafe.String(unsafe.SliceData(b), len(b))
}
