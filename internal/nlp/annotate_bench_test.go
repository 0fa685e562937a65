package nlp

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/newsfacts/newsfacts/internal/testenv"
)

// BenchmarkAnnotate annotates the aeb-dev article bodies (the human-made
// texts of ground-truth.json) and reports milliseconds per article.
func BenchmarkAnnotate(b *testing.B) {
	dir := testenv.EvalDir(b, "aeb-dev")
	raw, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		b.Fatal(err)
	}
	var gt map[string]struct {
		ArticleBody string `json:"articleBody"`
	}
	if err := json.Unmarshal(raw, &gt); err != nil {
		b.Fatal(err)
	}
	var texts []string
	for _, id := range slices.Sorted(func(yield func(string) bool) {
		for id := range gt {
			if !yield(id) {
				return
			}
		}
	}) {
		texts = append(texts, gt[id].ArticleBody)
	}
	ctx := context.Background()
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, t := range texts {
			if _, err := Annotate(ctx, t); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N*len(texts)), "ms/article")
}
