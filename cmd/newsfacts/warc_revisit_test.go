package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/newsfacts/newsfacts/internal/warcgen"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestRunWARCWithRevisits runs the CLI over a WARC that revisits a page
// under its own URL (no second sheet), under another URL (a sheet with the
// first page's text) and with a payload that is nowhere (a sheet with the
// error), then a record whose Content-Length lies and a last good page.
func TestRunWARCWithRevisits(t *testing.T) {
	page, err := os.ReadFile(filepath.Join("..", "..", "corpus", "sample", "barnet.html"))
	require.NoError(t, err)
	day := time.Date(2024, 3, 1, 12, 0, 0, 0, time.UTC)
	const a, copyURL, lost, last = "https://news.example/a", "https://news.example/a?utm=x", "https://news.example/lost", "https://news.example/last"
	head := "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n"
	var w bytes.Buffer
	arc := warcgen.NewArchive(&w, 1, true)
	d, err := arc.Response(a, day, "text/html; charset=utf-8", page)
	require.NoError(t, err)
	for _, rv := range []warcgen.Revisit{
		{URI: a, Date: day.Add(24 * time.Hour), Profile: warcgen.IdenticalPayload, PayloadDigest: d, RefersToURI: a, RefersToDate: day, Head: head},
		{URI: copyURL, Date: day.Add(time.Hour), Profile: warcgen.IdenticalPayload, PayloadDigest: d, Head: head},
		{URI: lost, Date: day, Profile: warcgen.ServerNotModified, RefersToURI: lost, RefersToDate: day.Add(-time.Hour)},
	} {
		require.NoError(t, arc.Revisit(rv))
	}
	var broken bytes.Buffer
	_, err = warcgen.NewArchive(&broken, 2, false).Response("https://news.example/broken", day, "text/html", []byte("<p>Short.</p>"))
	require.NoError(t, err)
	lying := strings.Replace(broken.String(), "Content-Length: ", "Content-Length: 9", 1) // ten times longer and more
	w.Write(gzipBytes(t, lying))
	_, err = arc.Response(last, day, "text/html", page)
	require.NoError(t, err)
	src := filepath.Join(t.TempDir(), "crawl.warc.gz")
	require.NoError(t, os.WriteFile(src, w.Bytes(), 0o644))

	r := runCommand(t, "run", "-text-only", src)
	assert.Equal(t, exitFailed, r.code, r.stderr)
	requireValidSheets(t, r.stdout)
	type sheet struct {
		ID      string
		Text    string
		Article struct{ URL string }
		Errors  []struct{ Stage, Message string }
	}
	var sheets []sheet
	for _, line := range strings.Split(strings.TrimSpace(r.stdout), "\n") {
		var s sheet
		require.NoError(t, json.Unmarshal([]byte(line), &s))
		sheets = append(sheets, s)
	}
	var got []string
	for _, s := range sheets {
		got = append(got, s.ID)
	}
	require.Equal(t, []string{a, copyURL, lost, "https://news.example/broken", last}, got)
	assert.Empty(t, sheets[0].Errors)
	assert.Empty(t, sheets[1].Errors)
	assert.Equal(t, sheets[0].Text, sheets[1].Text, "the revisit has the page's text")
	assert.Contains(t, sheets[1].Text, "Barnet")
	require.NotEmpty(t, sheets[2].Errors)
	assert.Contains(t, sheets[2].Errors[0].Message, "revisit record cannot be resolved")
	require.NotEmpty(t, sheets[3].Errors)
	assert.Contains(t, sheets[3].Errors[0].Message, "Content-Length")
	assert.Empty(t, sheets[4].Errors, "the page after the damage is read")
}

func gzipBytes(t *testing.T, s string) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	_, err := zw.Write([]byte(s))
	require.NoError(t, err)
	require.NoError(t, zw.Close())
	return b.Bytes()
}
