package pipeline

import (
	"context"
	"fmt"
	"io"

	"github.com/newsfacts/newsfacts/corpus"
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
	var st FetchStats
	next := func(context.Context) (string, error) {
		if len(urls) == 0 {
			return "", io.EOF
		}
		u := urls[0]
		urls = urls[1:]
		return u, nil
	}
	err := inOrder(ctx, workers, next, f.Fetch, func(res corpus.Result) error {
		st.URLs++
		st.Exchanges += len(res.Exchanges)
		if res.Item.Err != nil {
			st.Failed++
		}
		if err := write(res); err != nil {
			return fmt.Errorf("write %s: %w", res.Item.ID, err)
		}
		return nil
	})
	return st, err
}
