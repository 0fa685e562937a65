package pipeline

import (
	"context"
	"errors"
	"io"
	"testing"

	"github.com/newsfacts/newsfacts/corpus"
	"github.com/newsfacts/newsfacts/internal/testenv"
)

// BenchmarkClean cleans the aeb-dev pages (parse included) and reports
// milliseconds per page; -benchmem gives allocations per pass over all
// pages.
func BenchmarkClean(b *testing.B) {
	dir := testenv.EvalDir(b, "aeb-dev")
	r, err := corpus.Open([]string{dir + "/html"}, corpus.Options{})
	if err != nil {
		b.Fatal(err)
	}
	var items []corpus.Item
	for {
		it, err := r.Next(context.Background())
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			b.Fatal(err)
		}
		items = append(items, it)
	}
	b.ResetTimer()
	for b.Loop() {
		for _, it := range items {
			_, _ = Clean(it)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N*len(items)), "ms/page")
}
