package corpus

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/newsfacts/newsfacts/internal/warcgen"
	"github.com/stretchr/testify/require"
)

// readAll opens specs and returns every item.
func readAll(t *testing.T, opt Options, specs ...string) []Item {
	t.Helper()
	r, err := Open(specs, opt)
	require.NoError(t, err)
	defer r.Close()
	var items []Item
	for {
		it, err := r.Next(context.Background())
		if err == io.EOF {
			return items
		}
		require.NoError(t, err)
		items = append(items, it)
	}
}

// writeFile writes b to name in a temporary directory and returns its path.
func writeFile(t *testing.T, name string, b []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	require.NoError(t, os.WriteFile(p, b, 0o644))
	return p
}

// genWARC returns a CC-NEWS-style WARC of n pages (with noise records) and
// the pages' URIs.
func genWARC(t *testing.T, n int) ([]byte, []string) {
	t.Helper()
	var b bytes.Buffer
	uris, err := warcgen.Write(&b, warcgen.Options{Pages: n, Seed: 7, Noise: true})
	require.NoError(t, err)
	return b.Bytes(), uris
}

func ids(items []Item) []string {
	var out []string
	for _, it := range items {
		out = append(out, it.ID)
	}
	return out
}
