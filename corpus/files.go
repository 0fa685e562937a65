package corpus

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// DefaultMaxBytes caps one article's size after decompression (32 MiB).
const DefaultMaxBytes = 32 << 20

// Options tune how sources are read.
type Options struct {
	// MaxBytes caps one article's decompressed size; 0 means DefaultMaxBytes.
	MaxBytes int64
	// Stdin is read for the source "-".
	Stdin io.Reader
}

func (o Options) maxBytes() int64 {
	if o.MaxBytes > 0 {
		return o.MaxBytes
	}
	return DefaultMaxBytes
}

// ErrTooLarge is returned for an article over the size cap.
var ErrTooLarge = errors.New("article exceeds the size cap")

// Reader yields the articles of one or more sources in order.
type Reader struct {
	opt   Options
	specs []string
	next  int
	queue []func(context.Context) Item
}

// Open checks that each source exists and returns a Reader over all of
// them in the order given. A missing path is an error here (a usage
// error), not an article error.
func Open(specs []string, opt Options) (*Reader, error) {
	for _, s := range specs {
		if s == "-" {
			continue
		}
		if _, err := os.Stat(s); err != nil {
			return nil, fmt.Errorf("open source: %w", err)
		}
	}
	return &Reader{opt: opt, specs: specs}, nil
}

// Next returns the next article, or io.EOF when all sources are done.
// Failures to read one article come back as an Item with Err set; an error
// return other than io.EOF means the whole source failed (or ctx is done).
func (r *Reader) Next(ctx context.Context) (Item, error) {
	for len(r.queue) == 0 {
		if err := ctx.Err(); err != nil {
			return Item{}, err
		}
		if r.next >= len(r.specs) {
			return Item{}, io.EOF
		}
		spec := r.specs[r.next]
		r.next++
		q, err := r.expand(spec)
		if err != nil {
			return Item{}, err
		}
		r.queue = q
	}
	f := r.queue[0]
	r.queue = r.queue[1:]
	return f(ctx), nil
}

// expand turns one source into a queue of article readers.
func (r *Reader) expand(spec string) ([]func(context.Context) Item, error) {
	if spec == "-" {
		return []func(context.Context) Item{func(context.Context) Item {
			return r.readStream("-", "-", r.opt.Stdin)
		}}, nil
	}
	st, err := os.Stat(spec)
	if err != nil {
		return nil, fmt.Errorf("open source: %w", err)
	}
	if !st.IsDir() {
		return []func(context.Context) Item{r.fileItem(spec, filepath.Dir(spec))}, nil
	}
	var paths []string
	err = filepath.WalkDir(spec, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.Type().IsRegular() && IsArticleFile(p) {
			paths = append(paths, p)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("walk %s: %w", spec, err)
	}
	sort.Strings(paths)
	q := make([]func(context.Context) Item, len(paths))
	for i, p := range paths {
		q[i] = r.fileItem(p, spec)
	}
	return q, nil
}

// IsArticleFile reports whether a directory walk picks up path p: .html,
// .htm, .txt, each optionally .gz.
func IsArticleFile(p string) bool {
	p = strings.TrimSuffix(strings.ToLower(p), ".gz")
	switch filepath.Ext(p) {
	case ".html", ".htm", ".txt", ".xhtml":
		return true
	}
	return false
}

// ArticleID strips the article extensions from a path relative to root.
func ArticleID(p, root string) string {
	rel, err := filepath.Rel(root, p)
	if err != nil || strings.HasPrefix(rel, "..") {
		rel = filepath.Base(p)
	}
	rel = filepath.ToSlash(rel)
	rel = strings.TrimSuffix(rel, ".gz")
	for _, ext := range []string{".html", ".htm", ".txt", ".xhtml"} {
		if strings.HasSuffix(strings.ToLower(rel), ext) {
			return rel[:len(rel)-len(ext)]
		}
	}
	return rel
}

func (r *Reader) fileItem(p, root string) func(context.Context) Item {
	return func(context.Context) Item {
		id := ArticleID(p, root)
		f, err := os.Open(p)
		if err != nil {
			return Item{ID: id, Source: p, Err: fmt.Errorf("read %s: %w", p, err)}
		}
		defer f.Close()
		return r.readStream(id, p, f)
	}
}

// readStream reads one article, gunzipping it when it starts with the gzip
// magic bytes, and guesses its format from the name.
func (r *Reader) readStream(id, src string, rd io.Reader) Item {
	it := Item{ID: id, Source: src, Format: formatFromName(src)}
	if rd == nil {
		it.Err = fmt.Errorf("read %s: no input", src)
		return it
	}
	body, err := readCapped(rd, r.opt.maxBytes())
	if err == nil && len(body) >= 2 && body[0] == 0x1f && body[1] == 0x8b {
		var zr *gzip.Reader
		zr, err = gzip.NewReader(bytes.NewReader(body))
		if err == nil {
			body, err = readCapped(zr, r.opt.maxBytes())
		}
		if err != nil {
			err = fmt.Errorf("gunzip: %w", err)
		}
	}
	it.Body = body
	if err != nil {
		it.Err = fmt.Errorf("read %s: %w", src, err)
	}
	return it
}

func formatFromName(p string) Format {
	p = strings.TrimSuffix(strings.ToLower(p), ".gz")
	switch filepath.Ext(p) {
	case ".html", ".htm", ".xhtml":
		return FormatHTML
	case ".txt":
		return FormatText
	}
	return FormatUnknown
}

// readCapped reads all of rd, failing with ErrTooLarge past max bytes.
func readCapped(rd io.Reader, max int64) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(rd, max+1))
	if err != nil {
		return b, err
	}
	if int64(len(b)) > max {
		return nil, fmt.Errorf("%w (%d bytes)", ErrTooLarge, max)
	}
	return b, nil
}
