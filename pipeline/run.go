package pipeline

import (
	"context"
	"fmt"

	"github.com/newsfacts/newsfacts/corpus"
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
	var st Stats
	err := inOrder(ctx, opt.Workers, r.Next,
		func(ctx context.Context, it corpus.Item) *Sheet { return Process(ctx, it.Load(ctx), opt) },
		func(s *Sheet) error {
			st.add(s)
			if err := emit(s); err != nil {
				return fmt.Errorf("write sheet %s: %w", s.ID, err)
			}
			return nil
		})
	return st, err
}
