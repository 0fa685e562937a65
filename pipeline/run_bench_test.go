package pipeline

import (
	"context"
	"fmt"
	"testing"

	"github.com/newsfacts/newsfacts/corpus"
)

// BenchmarkRun measures whole-pipeline throughput (articles per second)
// over a CC-NEWS-style WARC with one and two workers. Peak memory of a
// real run is measured on the binary, see bench/compare.sh.
func BenchmarkRun(b *testing.B) {
	p, _ := genWARC(b, 60)
	for _, j := range []int{1, 2} {
		b.Run(fmt.Sprintf("j%d", j), func(b *testing.B) {
			b.ReportAllocs()
			n := 0
			for b.Loop() {
				r, err := corpus.Open([]string{p}, corpus.Options{})
				if err != nil {
					b.Fatal(err)
				}
				st, err := Run(context.Background(), r, Options{Workers: j}, func(*Sheet) error { return nil })
				if err != nil {
					b.Fatal(err)
				}
				n += st.Articles
			}
			b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
		})
	}
}
