package pipeline

import (
	"context"
	"errors"
	"io"
	"testing"

	"github.com/newsfacts/newsfacts/corpus"
	"github.com/newsfacts/newsfacts/internal/testenv"
)

// BenchmarkProcessAEB runs every stage over the aeb-dev pages, one page
// at a time on one goroutine, and reports milliseconds per page: the CPU
// cost of the whole pipeline on real news pages. Profile it with
// -cpuprofile to see where that time goes.
func BenchmarkProcessAEB(b *testing.B) {
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
