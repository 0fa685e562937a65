package testenv

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// AEBBodies returns the human-made article bodies of aeb-dev
// (ground-truth.json), keyed by page id, or skips t when the set is
// absent. A file that cannot be read or parsed fails t.
func AEBBodies(t testing.TB) map[string]string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(EvalDir(t, "aeb-dev"), "ground-truth.json"))
	if err != nil {
		t.Fatalf("aeb-dev ground truth: %v", err)
	}
	var gt map[string]struct {
		ArticleBody string `json:"articleBody"`
	}
	if err := json.Unmarshal(b, &gt); err != nil {
		t.Fatalf("aeb-dev ground truth: %v", err)
	}
	out := make(map[string]string, len(gt))
	for id, g := range gt {
		out[id] = g.ArticleBody
	}
	return out
}
