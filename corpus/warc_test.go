package corpus

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestWARCYieldsArticleResponsesInOrder(t *testing.T) {
	b, uris := genWARC(t, 25)
	items := readAll(t, Options{}, writeFile(t, "cc.warc.gz", b))
	require.Equal(t, uris, ids(items), "redirects, images, requests and warcinfo are passed over")
	for _, it := range items {
		require.NoError(t, it.Err)
		assert.Equal(t, it.ID, it.URL)
		assert.Equal(t, FormatHTML, it.Format)
		assert.Equal(t, "utf-8", it.Charset)
		assert.Contains(t, string(it.Body), "<article>")
		assert.Contains(t, it.Source, "cc.warc.gz#")
	}
}

func TestWARCUncompressed(t *testing.T) {
	b, uris := genWARC(t, 5)
	zr, err := gzip.NewReader(bytes.NewReader(b))
	require.NoError(t, err)
	plain, err := io.ReadAll(zr) // multistream: every member
	require.NoError(t, err)
	items := readAll(t, Options{}, writeFile(t, "cc.warc", plain))
	assert.Equal(t, uris, ids(items))
}

// response builds one uncompressed WARC response record.
func response(uri, httpHead, body string) string {
	block := httpHead + "\r\n" + body
	return fmt.Sprintf("WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:%08x-0000-0000-0000-000000000000>\r\n"+
		"WARC-Date: 2024-03-01T12:00:00Z\r\nWARC-Target-URI: %s\r\nContent-Type: application/http;msgtype=response\r\n"+
		"Content-Length: %d\r\n\r\n%s\r\n\r\n", len(uri), uri, len(block), block)
}

func gz(s string) []byte {
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write([]byte(s))
	zw.Close()
	return b.Bytes()
}

func TestWARCCharsetEncodingAndTypes(t *testing.T) {
	zipped := string(gz("<html><body><p>Zipped page.</p></body></html>"))
	w := response("https://a.example/latin", "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=ISO-8859-1\r\n", "<p>caf\xe9</p>") +
		response("https://a.example/text", "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n", "Plain words.") +
		response("https://a.example/gz", "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n", zipped) +
		response("https://a.example/chunked", "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n", "5\r\nhello\r\n0\r\n\r\n") +
		response("https://a.example/pdf", "HTTP/1.1 200 OK\r\nContent-Type: application/pdf\r\n", "%PDF-1.4") +
		response("https://a.example/404", "HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\n", "<p>gone</p>")
	items := readAll(t, Options{}, writeFile(t, "mixed.warc", []byte(w)))
	require.Equal(t, []string{"https://a.example/latin", "https://a.example/text", "https://a.example/gz", "https://a.example/chunked"}, ids(items))
	assert.Equal(t, "iso-8859-1", items[0].Charset)
	assert.Equal(t, "<p>caf\xe9</p>", string(items[0].Body), "bytes stay undecoded; the cleaner decodes by Charset")
	assert.Equal(t, FormatText, items[1].Format)
	assert.Equal(t, "<html><body><p>Zipped page.</p></body></html>", string(items[2].Body))
	assert.Equal(t, "hello", string(items[3].Body))
	for _, it := range items {
		assert.NoError(t, it.Err)
	}
}

func TestWARCTruncatedGzipGivesErrorItem(t *testing.T) {
	b, uris := genWARC(t, 10)
	cut := b[:len(b)-300] // the last record's gzip member loses its end
	items := readAll(t, Options{}, writeFile(t, "cut.warc.gz", cut))
	require.NotEmpty(t, items)
	last := items[len(items)-1]
	require.Error(t, last.Err)
	assert.Contains(t, last.Err.Error(), "read warc record")
	assert.Equal(t, uris[:len(items)-1], ids(items[:len(items)-1]), "every whole record before the damage is read")
	for _, it := range items[:len(items)-1] {
		assert.NoError(t, it.Err)
	}
}

func TestWARCTruncatedPlainRecordGivesErrorItem(t *testing.T) {
	rec := response("https://a.example/1", "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n", "<p>One whole page of text.</p>")
	w := rec + rec[:len(rec)/2+40]
	items := readAll(t, Options{}, writeFile(t, "cut.warc", []byte(w)))
	require.Len(t, items, 2)
	assert.NoError(t, items[0].Err)
	assert.Error(t, items[1].Err)
}

func TestWARCDamagedMemberInTheMiddleIsSkipped(t *testing.T) {
	var w bytes.Buffer
	for i := 0; i < 3; i++ {
		m := gz(response(fmt.Sprintf("https://a.example/%d", i), "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n", "<p>Page text here.</p>"))
		if i == 1 {
			m[len(m)-6] ^= 0xff // break the CRC of the middle member
		}
		w.Write(m)
	}
	items := readAll(t, Options{}, writeFile(t, "bad.warc.gz", w.Bytes()))
	require.Len(t, items, 3)
	assert.NoError(t, items[0].Err)
	assert.Error(t, items[1].Err)
	assert.NoError(t, items[2].Err)
	assert.Equal(t, "https://a.example/2", items[2].ID)
}

func TestWARCGarbageFileEnds(t *testing.T) {
	items := readAll(t, Options{}, writeFile(t, "junk.warc", bytes.Repeat([]byte("not a warc at all "), 100)))
	require.Len(t, items, 1)
	assert.Error(t, items[0].Err)
}
