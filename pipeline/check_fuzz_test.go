package pipeline

import "testing"

// FuzzDiffJSON: no pair of documents may panic, and a document never
// differs from itself.
func FuzzDiffJSON(f *testing.F) {
	f.Add([]byte(`{"a":[1,2,{"b":"x"}]}`), []byte(`{"a":[2,{"b":"y"},3]}`))
	f.Add([]byte(`[1,"é",null,true]`), []byte(`"long string"`))
	f.Fuzz(func(t *testing.T, a, b []byte) {
		_, _ = DiffJSON(a, b)
		if ds, err := DiffJSON(a, a); err == nil && len(ds) > 0 {
			t.Fatalf("a document differs from itself: %v", ds)
		}
	})
}
