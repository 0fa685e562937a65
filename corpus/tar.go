package corpus

import (
	"archive/tar"
	"context"
	"fmt"
	"io"
	"os"
)

// tarSource yields the article files of a tar archive (plain or gzipped)
// in archive order. Unsafe names and links are items with Err; other
// entries that are not article files are passed over; the entry count and
// the decompressed total are capped (an error item, then the archive
// stops).
type tarSource struct {
	opt  Options
	path string
	f    *os.File
	tr   *tar.Reader
	b    budget
	done bool
}

func openTar(opt Options, p string) (source, error) {
	f, br, err := openMaybeGzip(p, "tar")
	if err != nil {
		return nil, err
	}
	return &tarSource{opt: opt, path: p, f: f, tr: tar.NewReader(br), b: newBudget(opt)}, nil
}

func (s *tarSource) close() error { return s.f.Close() }

func (s *tarSource) next(context.Context) (Item, error) {
	for !s.done {
		h, err := s.tr.Next()
		if err == io.EOF {
			return Item{}, io.EOF
		}
		if err != nil {
			s.done = true
			return s.fail(s.path, fmt.Errorf("read tar %s: %w", s.path, err)), nil
		}
		if err := s.b.entry(); err != nil {
			s.done = true
			return s.fail(s.path, fmt.Errorf("read tar %s: %w", s.path, err)), nil
		}
		if it, ok := s.item(h); ok {
			return it, nil
		}
	}
	return Item{}, io.EOF
}

func (s *tarSource) fail(id string, err error) Item {
	return Item{ID: id, Source: s.path, Err: err}
}

// item reads one entry; ok is false for entries that are not articles.
func (s *tarSource) item(h *tar.Header) (Item, bool) {
	where := s.path + "#" + h.Name
	name, err := memberName(h.Name)
	if err != nil {
		return Item{ID: where, Source: where, Err: fmt.Errorf("read %s: %w", where, err)}, true
	}
	it := Item{ID: stripArticleExt(name), Source: where, Format: formatFromName(name)}
	switch h.Typeflag {
	case tar.TypeSymlink, tar.TypeLink:
		it.Err = fmt.Errorf("read %s: %w", where, ErrLink)
		return it, true
	case tar.TypeReg:
	default:
		return it, false
	}
	if !IsArticleFile(name) {
		return it, false
	}
	if h.Size > s.opt.maxBytes() {
		it.Err = fmt.Errorf("read %s: %w (%d bytes)", where, ErrTooLarge, s.opt.maxBytes())
		return it, true
	}
	body, err := readCapped(s.tr, s.opt.maxBytes())
	if err == nil {
		err = s.b.read(int64(len(body)))
		if err != nil {
			s.done = true
		}
	}
	if err == nil {
		body, err = s.b.gunzip(body, s.opt.maxBytes())
	}
	it.Body = body
	if err != nil {
		it.Err = fmt.Errorf("read %s: %w", where, err)
	}
	return it, true
}
