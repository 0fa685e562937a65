package corpus

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestJSONLArticles(t *testing.T) {
	src := `{"id":"a1","url":"https://x.example/1","html":"<p>One.</p>"}

{"url":"https://x.example/2","text":"Two."}
{"text":"Three."}
not json at all
{"id":"a5"}
{"id":"a6","text":"Six."}`
	p := writeFile(t, "arts.jsonl", []byte(src))
	items := readAll(t, Options{}, p)
	require.Len(t, items, 6)
	assert.Equal(t, []string{"a1", "https://x.example/2", p + ":4", p + ":5", "a5", "a6"}, ids(items))
	assert.Equal(t, FormatHTML, items[0].Format)
	assert.Equal(t, "https://x.example/1", items[0].URL)
	assert.Equal(t, FormatText, items[1].Format)
	assert.Equal(t, "Three.", string(items[2].Body))
	require.Error(t, items[3].Err)
	assert.Contains(t, items[3].Err.Error(), "line 5")
	require.Error(t, items[4].Err)
	assert.Contains(t, items[4].Err.Error(), "line 6")
	assert.NoError(t, items[5].Err, "the run goes on after bad lines")
}

func TestJSONLGzipAndLongLine(t *testing.T) {
	long := `{"id":"big","text":"` + strings.Repeat("x", 500) + `"}`
	src := `{"id":"a","text":"A."}` + "\n" + long + "\n" + `{"id":"b","text":"B."}` + "\n"
	items := readAll(t, Options{MaxBytes: 100}, writeFile(t, "arts.jsonl.gz", gz(src)))
	require.Len(t, items, 3)
	assert.Equal(t, "a", items[0].ID)
	require.ErrorIs(t, items[1].Err, ErrTooLarge)
	assert.Contains(t, items[1].Err.Error(), "line 2")
	assert.Equal(t, "b", items[2].ID)
	assert.NoError(t, items[2].Err)
}

func TestJSONLTruncatedGzip(t *testing.T) {
	z := gz(strings.Repeat(`{"id":"a","text":"Some words."}`+"\n", 200))
	items := readAll(t, Options{}, writeFile(t, "cut.jsonl.gz", z[:len(z)-10]))
	require.NotEmpty(t, items)
	assert.Error(t, items[len(items)-1].Err)
}

func TestContainerWithBrokenGzipHeaderIsOneErrorItem(t *testing.T) {
	for _, name := range []string{"bad.jsonl.gz", "bad.tar.gz"} {
		items := readAll(t, Options{}, writeFile(t, name, []byte("\x1f\x8bnot gzip at all")))
		require.Len(t, items, 1, name)
		assert.ErrorContains(t, items[0].Err, "gunzip", name)
		assert.ErrorContains(t, items[0].Err, name)
	}
}
