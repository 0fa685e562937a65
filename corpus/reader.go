package corpus

import (
	"context"
	"fmt"
	"io"
	"os"
)

// source is one opened input: a file, a directory, an archive, a WARC, a
// JSON Lines file or a URL list. next returns io.EOF when the source is
// done; an item that could not be read comes back with Err set.
type source interface {
	next(ctx context.Context) (Item, error)
	close() error
}

// Reader yields the articles of one or more sources in order. It is not
// safe for concurrent use: one goroutine calls Next.
type Reader struct {
	opt   Options
	specs []string
	next  int
	cur   source
}

// Open checks each source and returns a Reader over all of them in the
// order given. A URL with a scheme other than http or https is an error
// here (a usage error). A path that does not exist or cannot be opened is
// not: Next yields it as an Item with Err set, so one bad path among many
// costs only its own article. Nothing is read or fetched until Next.
func Open(specs []string, opt Options) (*Reader, error) {
	for _, s := range specs {
		if err := checkSpec(s); err != nil {
			return nil, fmt.Errorf("open source: %w", err)
		}
	}
	opt.revisits = newRevisitIndex(opt.revisitIndex())
	return &Reader{opt: opt, specs: specs}, nil
}

func checkSpec(s string) error {
	switch kindOf(s) {
	case kindStdin:
		return nil
	case kindURL:
		_, err := checkURL(s)
		return err
	case kindBadURL:
		return fmt.Errorf("%s: only http and https URLs can be fetched", s)
	}
	return nil
}

// Next returns the next article, or io.EOF when all sources are done.
// Failures to read one article (or to open one source) come back as an
// Item with Err set; the only other error is ctx's.
func (r *Reader) Next(ctx context.Context) (Item, error) {
	for {
		if err := ctx.Err(); err != nil {
			return Item{}, err
		}
		if r.cur == nil {
			if r.next >= len(r.specs) {
				return Item{}, io.EOF
			}
			spec := r.specs[r.next]
			r.next++
			r.cur = r.openSpec(spec)
		}
		it, err := r.cur.next(ctx)
		if err == io.EOF {
			r.closeCur()
			continue
		}
		if err != nil {
			r.closeCur()
			return Item{}, err
		}
		if r.opt.Skip != nil && r.opt.Skip(it.ID) {
			continue
		}
		if !r.opt.DeferFetch {
			it = it.Load(ctx)
		}
		return it, nil
	}
}

// Close releases the open source, if any. Next may not be called after it.
func (r *Reader) Close() error {
	r.next = len(r.specs)
	return r.closeCur()
}

func (r *Reader) closeCur() error {
	if r.cur == nil {
		return nil
	}
	err := r.cur.close()
	r.cur = nil
	return err
}

// openSpec opens one source; a source that cannot be opened becomes a
// source of one error item.
func (r *Reader) openSpec(spec string) source {
	switch kindOf(spec) {
	case kindStdin:
		return &funcSource{items: []func(context.Context) Item{func(context.Context) Item {
			return readStream(r.opt, "-", "-", r.opt.Stdin)
		}}}
	case kindURL:
		return &funcSource{items: []func(context.Context) Item{r.urlItem(spec)}}
	}
	st, err := os.Stat(spec)
	if err != nil {
		return errSource(spec, fmt.Errorf("open source: %w", err))
	}
	if st.IsDir() {
		return newDirSource(r.opt, spec)
	}
	return openFile(r.opt, spec, "")
}

// openFile opens a single file: a container (WARC, JSON Lines, tar, zip)
// by its name, anything else as one article. root is the directory the
// article's id is relative to ("" for its own directory).
func openFile(opt Options, p, root string) source {
	var (
		s   source
		err error
	)
	switch containerOf(p) {
	case containerWARC:
		s, err = openWARC(opt, p)
	case containerJSONL:
		s, err = openJSONL(opt, p)
	case containerTar:
		s, err = openTar(opt, p)
	case containerZip:
		s, err = openZip(opt, p)
	default:
		if root == "" {
			root = dirOf(p)
		}
		return &funcSource{items: []func(context.Context) Item{fileItem(opt, p, root)}}
	}
	if err != nil {
		return errSource(p, err)
	}
	return s
}

// funcSource yields one item per function, in order.
type funcSource struct {
	items []func(context.Context) Item
}

func (s *funcSource) next(ctx context.Context) (Item, error) {
	if len(s.items) == 0 {
		return Item{}, io.EOF
	}
	f := s.items[0]
	s.items = s.items[1:]
	return f(ctx), nil
}

func (s *funcSource) close() error { return nil }

// errSource yields one item carrying err, named after the source.
func errSource(spec string, err error) source {
	return &funcSource{items: []func(context.Context) Item{func(context.Context) Item {
		return Item{ID: spec, Source: spec, Err: err}
	}}}
}
