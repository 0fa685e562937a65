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
	r := &Reader{}
	names, _ := fs.Glob(sampleFS, "sample/*")
	for _, n := range names {
		if !IsArticleFile(n) {
			continue
		}
		r.queue = append(r.queue, func(context.Context) Item {
			b, err := sampleFS.ReadFile(n)
			it := Item{ID: ArticleID(n, "sample"), Source: "sample:" + path.Base(n), Body: b, Format: formatFromName(n)}
			if err != nil {
				it.Err = err
			}
			return it
		})
	}
	return r
}
