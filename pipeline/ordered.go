package pipeline

import (
	"context"
	"errors"
	"io"
	"runtime"

	"golang.org/x/sync/errgroup"
)

// inOrder is the shape of Run and RunFetch: one reader calls next until
// io.EOF, workers goroutines (0 means GOMAXPROCS) apply work, and one
// writer hands each result to write in input order. At most 2×workers
// inputs are in flight, so memory grows with workers, not with the input.
// It stops at the first error from next or write, or when ctx is done; a
// result made while stopping is dropped, since it may carry ctx's error
// rather than its own.
func inOrder[I, O any](ctx context.Context, workers int, next func(context.Context) (I, error),
	work func(context.Context, I) O, write func(O) error) error {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	type job struct {
		in  I
		out chan O
	}
	g, ctx := errgroup.WithContext(ctx)
	jobs := make(chan job)
	order := make(chan chan O, 2*workers)
	g.Go(func() error { // reader
		defer close(jobs)
		defer close(order)
		for {
			in, err := next(ctx)
			if errors.Is(err, io.EOF) {
				return nil
			}
			if err != nil {
				return err
			}
			j := job{in: in, out: make(chan O, 1)}
			if !sendOrDone(ctx, order, j.out) || !sendOrDone(ctx, jobs, j) {
				return ctx.Err()
			}
		}
	})
	for range workers {
		g.Go(func() error {
			for j := range jobs {
				j.out <- work(ctx, j.in)
			}
			return nil
		})
	}
	g.Go(func() error { // writer
		for out := range order {
			var o O
			select {
			case o = <-out:
			case <-ctx.Done():
				return ctx.Err()
			}
			if err := ctx.Err(); err != nil {
				return err
			}
			if err := write(o); err != nil {
				return err
			}
		}
		return nil
	})
	return g.Wait()
}

// sendOrDone sends v on ch unless ctx is done first; it reports whether v
// was sent.
func sendOrDone[T any](ctx context.Context, ch chan<- T, v T) bool {
	select {
	case ch <- v:
		return true
	case <-ctx.Done():
		return false
	}
}
