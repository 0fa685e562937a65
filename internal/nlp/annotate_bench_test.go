package nlp

import (
	"context"
	"maps"
	"slices"
	"testing"

	"github.com/newsfacts/newsfacts/internal/testenv"
)

// BenchmarkAnnotate annotates the aeb-dev article bodies (the human-made
// texts of ground-truth.json) and reports milliseconds per article.
func BenchmarkAnnotate(b *testing.B) {
	gt := testenv.AEBBodies(b)
	var texts []string
	for _, id := range slices.Sorted(maps.Keys(gt)) {
		texts = append(texts, gt[id])
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
