package pipeline

import (
	"path/filepath"
	"testing"

	"github.com/newsfacts/newsfacts/internal/testenv"
)

// BenchmarkClean cleans the aeb-dev pages (parse included) and reports
// milliseconds per page; -benchmem gives allocations per pass over all
// pages.
func BenchmarkClean(b *testing.B) {
	items := readItems(b, filepath.Join(testenv.EvalDir(b, "aeb-dev"), "html"))
	b.ResetTimer()
	for b.Loop() {
		for _, it := range items {
			_, _ = Clean(it)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N*len(items)), "ms/page")
}
