package pipeline

import (
	"context"
	"errors"
	"fmt"
	"io"
	"runtime"

	"github.com/newsfacts/newsfacts/corpus"
	"golang.org/x/sync/errgroup"
)

// Stats sums up a run.
type Stats struct {
	// Articles counts the sheets written; Failed those with an error.
	Articles, Failed int
	// Entities, Quotes, Numbers and Claims count the facts over all sheets.
	Entities, Quotes, Numbers, Claims int
}

func (st *Stats) add(s *Sheet) {
	st.Articles++
	if s.Failed() {
		st.Failed++
	}
	st.Entities += len(s.Entities)
	st.Quotes += len(s.Quotes)
	st.Numbers += len(s.Numbers)
	st.Claims += len(s.Claims)
}

// Run reads every article from r, processes them with opt.Workers workers
// and hands the sheets to emit in input order. Workers also fetch pending
// items (URLs read with corpus.Options.DeferFetch), so fetches to
// different hosts overlap. Memory is bounded by the number of workers: at
// most 2×workers articles are in flight, whatever the corpus size. It stops at
// the first error from the reader or from emit, or when ctx is done.
func Run(ctx context.Context, r *corpus.Reader, opt Options, emit func(*Sheet) error) (Stats, error) {
	workers := opt.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	type job struct {
		it  corpus.Item
		out chan *Sheet
	}
	g, ctx := errgroup.WithContext(ctx)
	jobs := make(chan job)
	order := make(chan chan *Sheet, 2*workers)
	var st Stats

	g.Go(func() error { // reader
		defer close(jobs)
		defer close(order)
		for {
			it, err := r.Next(ctx)
			if errors.Is(err, io.EOF) {
				return nil
			}
			if err != nil {
				return err
			}
			j := job{it: it, out: make(chan *Sheet, 1)}
			select {
			case order <- j.out:
			case <-ctx.Done():
				return ctx.Err()
			}
			select {
			case jobs <- j:
			case <-ctx.Done():
				return ctx.Err()
			}
		}
	})
	for range workers {
		g.Go(func() error {
			for j := range jobs {
				j.out <- Process(ctx, j.it.Load(ctx), opt)
			}
			return nil
		})
	}
	g.Go(func() error { // writer
		for out := range order {
			var s *Sheet
			select {
			case s = <-out:
			case <-ctx.Done():
				return ctx.Err()
			}
			if err := ctx.Err(); err != nil {
				return err // a sheet made while stopping may carry ctx's error, not the article's
			}
			st.add(s)
			if err := emit(s); err != nil {
				return fmt.Errorf("write sheet %s: %w", s.ID, err)
			}
		}
		return nil
	})
	err := g.Wait()
	return st, err
}
