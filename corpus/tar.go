package corpus

import (
	"archive/tar"
	"bufio"
	"compress/gzip"
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
	f, err := os.Open(p)
	if err != nil {
		return nil, fmt.Errorf("open tar %s: %w", p, err)
	}
	br := bufio.NewReaderSize(f, 1<<16)
	var r io.Reader = br
	if magic, _ := br.Peek(2); len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			f.Close()
			return nil, fmt.Errorf("open tar %s: gunzip: %w", p, err)
		}
		r = zr
	}
	return &tarSource{opt: opt, path: p, f: f, tr: tar.NewReader(r), b: newBudget(opt)}, nil
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
