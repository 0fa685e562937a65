package pipeline

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/newsfacts/newsfacts/internal/testenv"
)

// BenchmarkProcessAEB runs every stage over the aeb-dev pages, one page
// at a time on one goroutine, and reports milliseconds per page: the CPU
// cost of the whole pipeline on real news pages. Profile it with
// -cpuprofile to see where that time goes.
func BenchmarkProcessAEB(b *testing.B) {
	items := readItems(b, filepath.Join(testenv.EvalDir(b, "aeb-dev"), "html"))
	ctx := context.Background()
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, it := range items {
			Process(ctx, it, Options{})
		}
	}
	b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N*len(items)), "ms/page")
}
