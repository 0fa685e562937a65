package corpus

import (
	"bytes"
	"context"
	"net/http"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestFetchedExchangesRoundTripThroughWARC(t *testing.T) {
	s := serve(t, func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/old" {
			http.Redirect(w, r, "/new", http.StatusMovedPermanently)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=iso-8859-1")
		w.Write([]byte("<p>Caf\xe9 news.</p>"))
	})
	res := NewFetcher(fast()).Fetch(context.Background(), s.URL+"/old")
	require.NoError(t, res.Item.Err)
	for _, compress := range []bool{true, false} {
		var b bytes.Buffer
		ww := NewWARCWriter(&b, compress)
		require.NoError(t, ww.WriteInfo("newsfacts test"))
		for _, ex := range res.Exchanges {
			require.NoError(t, ww.WriteExchange(ex))
		}
		name := "f.warc"
		if compress {
			name += ".gz"
			assert.Equal(t, 5, bytes.Count(b.Bytes(), []byte{0x1f, 0x8b, 8}), "one gzip member per record")
		}
		items := readAll(t, Options{}, writeFile(t, name, b.Bytes()))
		require.Len(t, items, 1, "the redirect is passed over")
		assert.NoError(t, items[0].Err)
		assert.Equal(t, s.URL+"/new", items[0].ID)
		assert.Equal(t, "iso-8859-1", items[0].Charset)
		assert.Equal(t, "<p>Caf\xe9 news.</p>", string(items[0].Body))
	}
}
