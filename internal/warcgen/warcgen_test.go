package warcgen

import (
	"bytes"
	"strings"
	"testing"
	"time"

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

func TestArchiveWritesRevisits(t *testing.T) {
	var b bytes.Buffer
	a := NewArchive(&b, 3, false)
	date := time.Date(2024, 3, 1, 12, 0, 0, 0, time.UTC)
	d, err := a.Response("https://a.example/1", date, "text/html", []byte("<p>one</p>"))
	require.NoError(t, err)
	assert.Contains(t, d, ":", "the payload digest names its algorithm")
	require.NoError(t, a.Revisit(Revisit{URI: "https://a.example/1", Date: date.Add(time.Hour), Profile: IdenticalPayload,
		PayloadDigest: d, RefersToURI: "https://a.example/1", RefersToDate: date, Head: "HTTP/1.1 200 OK\r\n\r\n"}))
	s := b.String()
	assert.Equal(t, 2, strings.Count(s, "WARC/1.1\r\n"))
	assert.Contains(t, s, "WARC-Type: revisit")
	assert.Contains(t, s, "WARC-Refers-To-Date: 2024-03-01T12:00:00Z")
	assert.Contains(t, s, "WARC-Payload-Digest: "+d)
}
