package pipeline

import (
	"context"
	"fmt"
	"runtime"

	"github.com/newsfacts/newsfacts/corpus"
	"golang.org/x/sync/errgroup"
)

// FetchStats sums up a fetch run.
type FetchStats struct {
	// URLs is the number of URLs fetched; Failed, those without an article.
	URLs, Failed int
	// Exchanges is the number of request/response pairs received.
	Exchanges int
}

// RunFetch fetches urls with f, workers at a time (0 means GOMAXPROCS;
// the Fetcher's per-host rate limit still holds), and hands each result
// to write in input order. Memory is bounded by the number of workers. It
// stops at the first error from write, or when ctx is done.
func RunFetch(ctx context.Context, f *corpus.Fetcher, urls []string, workers int, write func(corpus.Result) error) (FetchStats, error) {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	type job struct {
		url string
		out chan corpus.Result
	}
	g, ctx := errgroup.WithContext(ctx)
	jobs := make(chan job)
	order := make(chan chan corpus.Result, 2*workers)
	var st FetchStats
	g.Go(func() error { // feeder
		defer close(jobs)
		defer close(order)
		for _, u := range urls {
			j := job{url: u, out: make(chan corpus.Result, 1)}
			if !sendOrDone(ctx, order, j.out) || !sendOrDone(ctx, jobs, j) {
				return ctx.Err()
			}
		}
		return nil
	})
	for range workers {
		g.Go(func() error {
			for j := range jobs {
				j.out <- f.Fetch(ctx, j.url)
			}
			return nil
		})
	}
	g.Go(func() error { // writer
		for out := range order {
			var res corpus.Result
			select {
			case res = <-out:
			case <-ctx.Done():
				return ctx.Err()
			}
			st.URLs++
			st.Exchanges += len(res.Exchanges)
			if res.Item.Err != nil {
				st.Failed++
			}
			if err := write(res); err != nil {
				return fmt.Errorf("write %s: %w", res.Item.ID, err)
			}
		}
		return nil
	})
	return st, g.Wait()
}

func sendOrDone[T any](ctx context.Context, ch chan<- T, v T) bool {
	select {
	case ch <- v:
		return true
	case <-ctx.Done():
		return false
	}
}
