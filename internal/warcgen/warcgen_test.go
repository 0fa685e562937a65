package warcgen

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestPagesAreDeterministic(t *testing.T) {
	assert.Equal(t, MakePage(1, 5), MakePage(1, 5))
	assert.NotEqual(t, MakePage(1, 5).HTML, MakePage(2, 5).HTML)
	assert.Contains(t, string(MakePage(1, 5).HTML), "<article>")
}

func TestWriteIsDeterministicAndPerRecordGzip(t *testing.T) {
	var a, b bytes.Buffer
	uris, err := Write(&a, Options{Pages: 12, Seed: 1, Noise: true})
	require.NoError(t, err)
	_, err = Write(&b, Options{Pages: 12, Seed: 1, Noise: true})
	require.NoError(t, err)
	require.Len(t, uris, 12)
	assert.Equal(t, a.Bytes(), b.Bytes())
	// warcinfo + 2 records per page + 4 per noisy page (pages 3 and 13 -> one here).
	assert.Equal(t, 1+2*12+4, bytes.Count(a.Bytes(), []byte{0x1f, 0x8b, 8, 0}))
}
