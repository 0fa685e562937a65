package main

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const storyPage = `<html><head><title>Leeds bridge plan approved</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Leeds bridge plan approved</h1>
<p>Ms Jane Smith, the mayor of Leeds, said the plan would cost £2 million and take two years to finish.</p>
<p>The council voted by 40 votes to 12 on Tuesday evening after a debate that lasted more than three hours.</p>
<p>"This bridge will join two halves of the city that have been apart for too long," Ms Smith told reporters outside the town hall.</p>
<p>Work is due to start in the spring, and the road will stay open to buses while the new crossing is built beside it.</p>
</article><footer>Copyright Example News</footer></body></html>`

func newsServer(t *testing.T) *httptest.Server {
	s := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/robots.txt":
			w.Write([]byte("User-agent: *\nDisallow: /private\n"))
		case "/story":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Write([]byte(storyPage))
		case "/old":
			http.Redirect(w, r, "/story", http.StatusMovedPermanently)
		case "/binary":
			w.Header().Set("Content-Type", "text/html") // a lie
			w.Write([]byte("\x00\x01\x02\x03\x89PNG\x00\x00\x00\x00\x10\x11"))
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(s.Close)
	return s
}

func TestFetchThenRunOffline(t *testing.T) {
	s := newsServer(t)
	dir := t.TempDir()
	list := filepath.Join(dir, "urls.txt")
	require.NoError(t, os.WriteFile(list, []byte("# crawl\n"+s.URL+"/old\n"+s.URL+"/private/x\n"), 0o644))
	warc := filepath.Join(dir, "crawl.warc.gz")
	code, _, stderr := cli(t, "fetch", "-rate", "100", "-urls", list, "-o", warc, s.URL+"/missing")
	assert.Equal(t, exitFailed, code, stderr)
	assert.Contains(t, stderr, "disallowed by robots.txt")
	assert.Contains(t, stderr, "HTTP status 404")
	_, err := os.Stat(warc + ".partial")
	assert.True(t, os.IsNotExist(err), "the WARC is renamed into place")

	code, out, stderr := cli(t, "run", "-text-only", warc)
	assert.Equal(t, exitOK, code, stderr)
	requireValidSheets(t, out)
	var sheet struct {
		ID   string
		Text string
	}
	require.NoError(t, json.Unmarshal([]byte(out), &sheet))
	assert.Equal(t, s.URL+"/story", sheet.ID, "only the final 200 page is an article")
	assert.Contains(t, sheet.Text, "Jane Smith")
}

func TestRunURLsOnTheFly(t *testing.T) {
	s := newsServer(t)
	code, out, stderr := cli(t, "run", "-text-only", "-rate", "100", "-j", "2", s.URL+"/story", s.URL+"/binary", s.URL+"/private/p")
	assert.Equal(t, exitFailed, code)
	requireValidSheets(t, out)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	require.Len(t, lines, 3, "a failed article still has its sheet")
	assert.Contains(t, lines[0], "Jane Smith")
	assert.Contains(t, lines[1], `"stage":"clean"`)
	assert.Contains(t, lines[2], "robots.txt")
	assert.Contains(t, stderr, "3 articles, 2 failed")
}

func TestRunUsageErrors(t *testing.T) {
	code, _, stderr := cli(t, "run", "-resume", "x.html")
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, stderr, "resume needs an output file")
	code, _, _ = cli(t, "run", "ftp://example.com/a")
	assert.Equal(t, exitUsage, code)
	code, _, _ = cli(t, "fetch", "https://example.com/")
	assert.Equal(t, exitUsage, code, "fetch needs -o")
}
