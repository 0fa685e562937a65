package corpus

import (
	"context"
	"embed"
	"io/fs"
	"path"
)

//go:embed sample
var sampleFS embed.FS

// OpenSample returns a Reader over the sample corpus built into the
// binary: a few short news articles in HTML and plain text.
func OpenSample() *Reader {
	src := &funcSource{}
	names, _ := fs.Glob(sampleFS, "sample/*")
	for _, n := range names {
		if !IsArticleFile(n) {
			continue
		}
		src.items = append(src.items, func(context.Context) Item {
			b, err := sampleFS.ReadFile(n)
			it := Item{ID: ArticleID(n, "sample"), Source: "sample:" + path.Base(n), Body: b, Format: formatFromName(n)}
			if err != nil {
				it.Err = err
			}
			return it
		})
	}
	return &Reader{cur: src}
}
