package corpus

import (
	"archive/zip"
	"context"
	"fmt"
	"io"
	"io/fs"
)

// zipSource yields the article files of a zip archive in the order of its
// central directory, with the same refusals and caps as tarSource.
type zipSource struct {
	opt  Options
	path string
	zr   *zip.ReadCloser
	i    int
	b    budget
	done bool
}

func openZip(opt Options, p string) (source, error) {
	zr, err := zip.OpenReader(p)
	if err != nil {
		return nil, fmt.Errorf("open zip %s: %w", p, err)
	}
	return &zipSource{opt: opt, path: p, zr: zr, b: newBudget(opt)}, nil
}

func (s *zipSource) close() error { return s.zr.Close() }

func (s *zipSource) next(context.Context) (Item, error) {
	for !s.done && s.i < len(s.zr.File) {
		f := s.zr.File[s.i]
		s.i++
		if err := s.b.entry(); err != nil {
			s.done = true
			return Item{ID: s.path, Source: s.path, Err: fmt.Errorf("read zip %s: %w", s.path, err)}, nil
		}
		if it, ok := s.item(f); ok {
			return it, nil
		}
	}
	return Item{}, io.EOF
}

// item reads one entry; ok is false for entries that are not articles.
func (s *zipSource) item(f *zip.File) (Item, bool) {
	where := s.path + "#" + f.Name
	name, err := memberName(f.Name)
	if err != nil {
		return Item{ID: where, Source: where, Err: fmt.Errorf("read %s: %w", where, err)}, true
	}
	it := Item{ID: stripArticleExt(name), Source: where, Format: formatFromName(name)}
	mode := f.Mode()
	switch {
	case mode&fs.ModeSymlink != 0:
		it.Err = fmt.Errorf("read %s: %w", where, ErrLink)
		return it, true
	case !mode.IsRegular() || !IsArticleFile(name):
		return it, false
	}
	body, err := s.read(f)
	it.Body = body
	if err != nil {
		it.Err = fmt.Errorf("read %s: %w", where, err)
	}
	return it, true
}

// read decompresses one entry within the per-article and archive caps; a
// declared size is not trusted.
func (s *zipSource) read(f *zip.File) ([]byte, error) {
	if f.UncompressedSize64 > uint64(s.opt.maxBytes()) {
		return nil, fmt.Errorf("%w (%d bytes)", ErrTooLarge, s.opt.maxBytes())
	}
	rc, err := f.Open()
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	body, err := readCapped(rc, s.opt.maxBytes())
	if err != nil {
		return nil, err
	}
	if err := s.b.read(int64(len(body))); err != nil {
		s.done = true
		return nil, err
	}
	return s.b.gunzip(body, s.opt.maxBytes())
}
