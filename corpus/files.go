package corpus

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// dirSource walks a directory (recursively, sorted by path) and yields its
// article files, expanding the containers it meets in place. A folder
// below root that cannot be read is one error item; the walk goes on.
type dirSource struct {
	opt    Options
	root   string
	paths  []string
	failed map[string]error // paths the walk could not read
	inner  source
}

func newDirSource(opt Options, root string) source {
	var paths []string
	failed := map[string]error{}
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil && p != root {
			paths = append(paths, p)
			failed[p] = err
			if d != nil && d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if err != nil {
			return err
		}
		if d.Type().IsRegular() && IsSourceFile(p) {
			paths = append(paths, p)
		}
		return nil
	})
	if err != nil {
		return errSource(root, fmt.Errorf("walk %s: %w", root, err))
	}
	sort.Strings(paths)
	return &dirSource{opt: opt, root: root, paths: paths, failed: failed}
}

func (s *dirSource) next(ctx context.Context) (Item, error) {
	for {
		if s.inner != nil {
			it, err := s.inner.next(ctx)
			if err != io.EOF {
				return it, err
			}
			s.inner.close()
			s.inner = nil
		}
		if len(s.paths) == 0 {
			return Item{}, io.EOF
		}
		p := s.paths[0]
		s.paths = s.paths[1:]
		if err := s.failed[p]; err != nil {
			return Item{ID: ArticleID(p, s.root), Source: p, Err: fmt.Errorf("walk %s: %w", s.root, err)}, nil
		}
		s.inner = openFile(s.opt, p, s.root)
	}
}

func (s *dirSource) close() error {
	if s.inner != nil {
		return s.inner.close()
	}
	return nil
}

// IsArticleFile reports whether path p names one article: .html, .htm,
// .xhtml or .txt, each optionally .gz.
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
	return stripArticleExt(filepath.ToSlash(rel))
}

// stripArticleExt removes .gz and then .html/.htm/.xhtml/.txt from a
// slash-separated name.
func stripArticleExt(rel string) string {
	if strings.HasSuffix(strings.ToLower(rel), ".gz") {
		rel = rel[:len(rel)-3]
	}
	for _, ext := range []string{".html", ".htm", ".txt", ".xhtml"} {
		if strings.HasSuffix(strings.ToLower(rel), ext) {
			return rel[:len(rel)-len(ext)]
		}
	}
	return rel
}

func fileItem(opt Options, p, root string) func(context.Context) Item {
	return func(context.Context) Item {
		id := ArticleID(p, root)
		f, err := os.Open(p)
		if err != nil {
			return Item{ID: id, Source: p, Err: fmt.Errorf("read %s: %w", p, err)}
		}
		defer f.Close()
		return readStream(opt, id, p, f)
	}
}

// readStream reads one article, gunzipping it when it starts with the gzip
// magic bytes, and guesses its format from the name.
func readStream(opt Options, id, src string, rd io.Reader) Item {
	it := Item{ID: id, Source: src, Format: formatFromName(src)}
	if rd == nil {
		it.Err = fmt.Errorf("read %s: no input", src)
		return it
	}
	body, err := readCapped(rd, opt.maxBytes())
	if err == nil {
		body, err = gunzipIfMagic(body, opt.maxBytes())
	}
	it.Body = body
	if err != nil {
		it.Err = fmt.Errorf("read %s: %w", src, err)
	}
	return it
}

// gunzipIfMagic decompresses b when it starts with the gzip magic bytes,
// capped at max bytes; other input comes back as it is.
func gunzipIfMagic(b []byte, max int64) ([]byte, error) {
	if !isGzip(b) {
		return b, nil
	}
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err == nil {
		b, err = readCapped(zr, max)
	}
	if err != nil {
		return nil, fmt.Errorf("gunzip: %w", err)
	}
	return b, nil
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
