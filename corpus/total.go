package corpus

import (
	"io/fs"
	"os"
	"path/filepath"
)

// Total counts the articles of the reader's sources without reading them:
// one per article file, URL or stdin, the article files of directories.
// known is false when a source's count cannot be had cheaply (a WARC,
// JSON Lines, tar or zip file). It walks directories, so call it once.
func (r *Reader) Total() (n int, known bool) {
	if r.specs == nil && r.cur != nil {
		if fs, ok := r.cur.(*funcSource); ok {
			return len(fs.items), true
		}
	}
	for _, s := range r.specs {
		c, ok := countSpec(s)
		if !ok {
			return 0, false
		}
		n += c
	}
	return n, true
}

func countSpec(spec string) (int, bool) {
	if kindOf(spec) != kindPath {
		return 1, true
	}
	st, err := os.Stat(spec)
	if err != nil {
		return 1, true // an error item
	}
	if !st.IsDir() {
		return 1, containerOf(spec) == containerNone
	}
	n, known := 0, true
	filepath.WalkDir(spec, func(p string, d fs.DirEntry, err error) error {
		switch {
		case err != nil:
			return err
		case !d.Type().IsRegular():
		case containerOf(p) != containerNone:
			known = false
			return filepath.SkipAll
		case IsArticleFile(p):
			n++
		}
		return nil
	})
	return n, known
}
