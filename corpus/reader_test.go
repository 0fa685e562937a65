package corpus

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDirectoryExpandsContainersInPlace(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "b"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "a.html"), []byte("<p>A</p>"), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "b", "list.jsonl"), []byte(`{"id":"j1","text":"J."}`+"\n"), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "c.txt"), []byte("C."), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "skip.css"), []byte("body{}"), 0o644))
	r, err := Open([]string{dir}, Options{})
	require.NoError(t, err)
	_, known := r.Total()
	assert.False(t, known, "a JSON Lines file has no cheap count")
	assert.Equal(t, []string{"a", "j1", "c"}, ids(readAll(t, Options{}, dir)))
}

func TestTotalCountsFilesAndURLs(t *testing.T) {
	p := writeFile(t, "x.html", []byte("<p>x</p>"))
	r, err := Open([]string{p, filepath.Dir(p), "https://a.example/"}, Options{})
	require.NoError(t, err)
	n, known := r.Total()
	assert.True(t, known)
	assert.Equal(t, 3, n)
}

func TestSkipDropsItemsBeforeFetching(t *testing.T) {
	b, uris := genWARC(t, 6)
	seen := map[string]bool{uris[1]: true, uris[4]: true}
	items := readAll(t, Options{Skip: func(id string) bool { return seen[id] }}, writeFile(t, "x.warc.gz", b))
	assert.Equal(t, []string{uris[0], uris[2], uris[3], uris[5]}, ids(items))
	// A skipped URL is never fetched: there is no server behind it.
	items = readAll(t, Options{Skip: func(string) bool { return true }}, "http://127.0.0.1:1/never")
	assert.Empty(t, items)
}

func TestOpenRefusesOtherSchemes(t *testing.T) {
	_, err := Open([]string{"ftp://example.com/a.html"}, Options{})
	assert.ErrorContains(t, err, "only http and https")
}

func TestMissingFileIsAnArticleError(t *testing.T) {
	dir := t.TempDir()
	ok := filepath.Join(dir, "ok.txt")
	require.NoError(t, os.WriteFile(ok, []byte("Some text."), 0o644))
	missing := filepath.Join(dir, "missing.html")
	items := readAll(t, Options{}, missing, ok)
	require.Len(t, items, 2, "the missing path costs only its own article")
	require.Error(t, items[0].Err)
	assert.ErrorContains(t, items[0].Err, "missing.html")
	assert.NoError(t, items[1].Err)
	assert.Equal(t, "Some text.", string(items[1].Body))
}

func TestUnreadableFolderIsOneErrorItem(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("skipped as root: root reads a chmod 000 folder")
	}
	dir := t.TempDir()
	locked := filepath.Join(dir, "a-locked")
	require.NoError(t, os.Mkdir(locked, 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(locked, "x.txt"), []byte("X."), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "b.txt"), []byte("B."), 0o644))
	require.NoError(t, os.Chmod(locked, 0))
	t.Cleanup(func() { os.Chmod(locked, 0o755) })
	items := readAll(t, Options{}, dir)
	require.Len(t, items, 2)
	assert.ErrorContains(t, items[0].Err, "a-locked")
	assert.Equal(t, "B.", string(items[1].Body))
}
