package nlp

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"sync"

	"github.com/jdkato/prose/v3/tag/aptagmodel"
)

// posModel is prose's averaged-perceptron part-of-speech model with its
// features in a hash table (see keyIndex): prose finds each feature by binary search over
// the sorted feature strings, which was most of the cost of tagging. The
// weights are the model's own, so the tags are the same.
type posModel struct {
	tags  []string
	feats *keyIndex // feature string → number
	// Feature f's weights are weights[start[f]:start[f+1]], for the tags
	// numbered at the same positions in tagOf.
	start   []uint32
	tagOf   []uint8
	weights []float32
	known   map[string]uint8 // words the model tags without scoring
}

// addFeature adds the weights of feature key, if the model has it, to
// scores (one per tag). key is only read.
func (m *posModel) addFeature(key []byte, scores []float32) {
	f := m.feats.find(key)
	if f < 0 {
		return
	}
	for i := m.start[f]; i < m.start[f+1]; i++ {
		scores[m.tagOf[i]] += m.weights[i]
	}
}

// loadPOSModel decodes the embedded English tagger model once per process.
var loadPOSModel = sync.OnceValues(func() (*posModel, error) {
	return parsePOSModel(aptagmodel.English)
})

// parsePOSModel reads prose's flat tagger model: magic "PROSETAG",
// version 1, the tags (u16 length and bytes each), the feature and weight
// counts, the sorted feature strings as one blob with nFeatures+1
// offsets, nFeatures+1 offsets into the weights, one u8 tag number and
// one float32 per weight, then the words tagged by lookup (u16 length,
// bytes, u8 tag number each). The feature strings stay in data, which
// must not change afterwards.
func parsePOSModel(data []byte) (*posModel, error) {
	r := &modelReader{b: data}
	if string(r.bytes(8)) != "PROSETAG" {
		return nil, errors.New("tagger model: not a prose flat model")
	}
	if v := r.u32(); v != 1 && r.err == nil {
		return nil, fmt.Errorf("tagger model: version %d, want 1", v)
	}
	nTags := r.u32()
	if nTags > 256 {
		return nil, fmt.Errorf("tagger model: %d tags, at most 256 supported", nTags)
	}
	m := &posModel{tags: make([]string, nTags)}
	for i := range m.tags {
		m.tags[i] = string(r.bytes(r.u16()))
	}
	nFeats, nPairs, blobLen := r.u32(), r.u32(), r.u32()
	blob := viewString(r.bytes(blobLen))
	featOff := r.u32s(nFeats + 1)
	m.start = r.u32s(nFeats + 1)
	m.tagOf = r.bytes(nPairs)
	m.weights = r.f32s(nPairs)
	if r.err != nil {
		return nil, fmt.Errorf("tagger model: %w", r.err)
	}
	if err := m.index(blob, featOff); err != nil {
		return nil, fmt.Errorf("tagger model: %w", err)
	}
	nKnown := r.u32()
	m.known = make(map[string]uint8, min(nKnown, len(data)))
	for range nKnown {
		w := string(r.bytes(r.u16()))
		t := r.bytes(1)
		if r.err != nil {
			return nil, fmt.Errorf("tagger model: %w", r.err)
		}
		if int(t[0]) >= len(m.tags) {
			return nil, fmt.Errorf("tagger model: word %q has tag %d of %d", w, t[0], len(m.tags))
		}
		m.known[w] = t[0]
	}
	return m, nil
}

// index checks the offsets and maps each feature string to its number.
func (m *posModel) index(blob string, featOff []uint32) error {
	n := len(featOff) - 1
	if n < 0 || len(m.start) != n+1 || int(m.start[n]) != len(m.weights) {
		return errors.New("weight offsets do not match the weights")
	}
	m.feats = newKeyIndex(n)
	for f := range n {
		a, b := int(featOff[f]), int(featOff[f+1])
		if a > b || b > len(blob) || m.start[f] > m.start[f+1] {
			return fmt.Errorf("feature %d has bad offsets", f)
		}
		if m.feats.add(blob[a:b]) != f {
			return fmt.Errorf("feature %d, %q, is listed twice", f, blob[a:b])
		}
	}
	for _, t := range m.tagOf {
		if int(t) >= len(m.tags) {
			return fmt.Errorf("weight for tag %d of %d", t, len(m.tags))
		}
	}
	return nil
}

func (r *modelReader) u32s(n int) []uint32 {
	b := r.bytes(4 * n)
	if b == nil {
		return nil
	}
	out := make([]uint32, n)
	for i := range out {
		out[i] = binary.LittleEndian.Uint32(b[4*i:])
	}
	return out
}

func (r *modelReader) f32s(n int) []float32 {
	b := r.bytes(4 * n)
	if b == nil {
		return nil
	}
	out := make([]float32, n)
	for i := range out {
		out[i] = math.Float32frombits(binary.LittleEndian.Uint32(b[4*i:]))
	}
	return out
}
