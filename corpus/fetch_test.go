package corpus

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// fast are fetch options that keep tests short.
func fast() FetchOptions {
	return FetchOptions{Rate: 1000, IgnoreRobots: true, Timeout: 300 * time.Millisecond,
		ConnectTimeout: time.Second, Backoff: 10 * time.Millisecond, MaxWait: 200 * time.Millisecond, MaxBytes: 1 << 20}
}

func serve(t *testing.T, h http.HandlerFunc) *httptest.Server {
	t.Helper()
	s := httptest.NewServer(h)
	t.Cleanup(s.Close)
	return s
}

func fetch(t *testing.T, opt FetchOptions, url string) Result {
	t.Helper()
	return NewFetcher(opt).Fetch(context.Background(), url)
}

func TestFetchPageWithCharsetAndGzip(t *testing.T) {
	var ua, ae string
	s := serve(t, func(w http.ResponseWriter, r *http.Request) {
		ua, ae = r.UserAgent(), r.Header.Get("Accept-Encoding")
		w.Header().Set("Content-Type", "text/html; charset=windows-1252")
		w.Header().Set("Content-Encoding", "gzip")
		zw := gzip.NewWriter(w)
		zw.Write([]byte("<p>caf\xe9</p>"))
		zw.Close()
	})
	res := fetch(t, fast(), s.URL+"/a#frag")
	require.NoError(t, res.Item.Err)
	assert.Equal(t, "<p>caf\xe9</p>", string(res.Item.Body))
	assert.Equal(t, "windows-1252", res.Item.Charset)
	assert.Equal(t, FormatHTML, res.Item.Format)
	assert.Equal(t, s.URL+"/a#frag", res.Item.ID)
	assert.Equal(t, DefaultUserAgent, ua)
	assert.Equal(t, "gzip", ae)
	require.Len(t, res.Exchanges, 1)
	assert.Contains(t, string(res.Exchanges[0].Request), "GET /a HTTP/1.1")
	assert.Contains(t, string(res.Exchanges[0].Response), "200 OK")
}

func TestFetchStallTimesOut(t *testing.T) {
	s := serve(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte("<p>start"))
		w.(http.Flusher).Flush()
		select { // stall mid-body until the client gives up
		case <-r.Context().Done():
		case <-time.After(5 * time.Second):
		}
	})
	opt := fast()
	opt.Retries = -1
	start := time.Now()
	res := fetch(t, opt, s.URL)
	require.Error(t, res.Item.Err)
	assert.Less(t, time.Since(start), 2*time.Second)
}

func TestFetchResetIsRetriedThenFails(t *testing.T) {
	var n atomic.Int32
	s := serve(t, func(w http.ResponseWriter, r *http.Request) {
		n.Add(1)
		conn, _, err := w.(http.Hijacker).Hijack()
		if err == nil {
			conn.Close() // reset: no answer at all
		}
	})
	opt := fast()
	opt.Retries = 2
	res := fetch(t, opt, s.URL)
	require.Error(t, res.Item.Err)
	assert.Equal(t, int32(3), n.Load(), "one try and two retries")
}

func TestFetch500ThenOK(t *testing.T) {
	var n atomic.Int32
	s := serve(t, func(w http.ResponseWriter, r *http.Request) {
		if n.Add(1) == 1 {
			http.Error(w, "busy", http.StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Type", "text/plain")
		w.Write([]byte("Words."))
	})
	res := fetch(t, fast(), s.URL)
	require.NoError(t, res.Item.Err)
	assert.Equal(t, "Words.", string(res.Item.Body))
	assert.Equal(t, int32(2), n.Load())
}

func TestFetch500ToTheEndIsAnError(t *testing.T) {
	s := serve(t, func(w http.ResponseWriter, r *http.Request) { http.Error(w, "down", http.StatusBadGateway) })
	res := fetch(t, fast(), s.URL)
	require.ErrorContains(t, res.Item.Err, "HTTP status 502")
	require.Len(t, res.Exchanges, 1, "the last answer is kept for the WARC")
}

// busyOnce answers the first request 429 with Retry-After: retryAfter,
// and every later one with a small page.
func busyOnce(retryAfter string) http.HandlerFunc {
	var n atomic.Int32
	return func(w http.ResponseWriter, r *http.Request) {
		if n.Add(1) == 1 {
			w.Header().Set("Retry-After", retryAfter)
			w.WriteHeader(http.StatusTooManyRequests)
			return
		}
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte("<p>ok</p>"))
	}
}

func TestFetch429HonoursRetryAfter(t *testing.T) {
	s := serve(t, busyOnce("1"))
	opt := fast()
	opt.MaxWait = 5 * time.Second
	start := time.Now()
	res := fetch(t, opt, s.URL)
	require.NoError(t, res.Item.Err)
	assert.GreaterOrEqual(t, time.Since(start), 900*time.Millisecond, "Retry-After: 1 is honoured")
}

func TestFetchRetryAfterIsCapped(t *testing.T) {
	s := serve(t, busyOnce("3600"))
	start := time.Now()
	res := fetch(t, fast(), s.URL) // MaxWait 200ms
	require.NoError(t, res.Item.Err)
	assert.Less(t, time.Since(start), 2*time.Second)
}

func TestRetryAfterForms(t *testing.T) {
	now := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	assert.Equal(t, 5*time.Second, retryAfter("5", now))
	assert.Equal(t, 30*time.Second, retryAfter(now.Add(30*time.Second).Format(http.TimeFormat), now))
	assert.Zero(t, retryAfter("soon", now))
	assert.Zero(t, retryAfter("", now))
}

func TestFetchRedirectLoopStops(t *testing.T) {
	s := serve(t, func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, map[string]string{"/a": "/b", "/b": "/a"}[r.URL.Path], http.StatusFound)
	})
	opt := fast()
	opt.MaxRedirects = 3
	res := fetch(t, opt, s.URL+"/a")
	require.ErrorContains(t, res.Item.Err, "stopped after 3 redirects")
	assert.Len(t, res.Exchanges, 4)
}

func TestFetchRedirectIsFollowed(t *testing.T) {
	s := serve(t, func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/old" {
			http.Redirect(w, r, "/new", http.StatusMovedPermanently)
			return
		}
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte("<p>new</p>"))
	})
	res := fetch(t, fast(), s.URL+"/old")
	require.NoError(t, res.Item.Err)
	assert.Equal(t, s.URL+"/old", res.Item.ID, "the id is the URL asked for")
	assert.Equal(t, s.URL+"/new", res.Item.URL)
	assert.Len(t, res.Exchanges, 2)
}

func TestFetchRedirectToOtherSchemeRefused(t *testing.T) {
	s := serve(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Location", "ftp://example.com/x")
		w.WriteHeader(http.StatusFound)
	})
	res := fetch(t, fast(), s.URL)
	require.ErrorContains(t, res.Item.Err, "only http and https")
}

func TestFetchHugeBodyIsCapped(t *testing.T) {
	for _, declare := range []bool{false, true} {
		s := serve(t, func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html")
			if declare {
				w.Header().Set("Content-Length", fmt.Sprint(100<<20))
			}
			chunk := bytes.Repeat([]byte("<p>x</p>"), 8192)
			for sent := 0; sent < 100<<20; sent += len(chunk) {
				if _, err := w.Write(chunk); err != nil {
					return // the client hung up
				}
			}
		})
		start := time.Now()
		opt := fast()
		opt.Timeout = 5 * time.Second
		res := fetch(t, opt, s.URL)
		require.ErrorIs(t, res.Item.Err, ErrTooLarge, "declared length %v", declare)
		assert.Less(t, time.Since(start), 3*time.Second)
	}
}

func TestFetchGzipBombIsCapped(t *testing.T) {
	var z bytes.Buffer
	zw := gzip.NewWriter(&z)
	zw.Write(bytes.Repeat([]byte{' '}, 20<<20))
	zw.Close()
	s := serve(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Header().Set("Content-Encoding", "gzip")
		w.Write(z.Bytes())
	})
	res := fetch(t, fast(), s.URL) // 1 MiB cap, ~20 KiB on the wire
	require.ErrorIs(t, res.Item.Err, ErrTooLarge)
}

func TestFetchContentTypeLie(t *testing.T) {
	s := serve(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "image/png")
		w.Write([]byte("<html><body><p>Really a page.</p></body></html>"))
	})
	res := fetch(t, fast(), s.URL)
	require.ErrorContains(t, res.Item.Err, `content type "image/png" is not HTML or text`)
}

func TestFetchHTTPErrorStatus(t *testing.T) {
	s := serve(t, func(w http.ResponseWriter, r *http.Request) { http.NotFound(w, r) })
	res := fetch(t, fast(), s.URL)
	require.ErrorContains(t, res.Item.Err, "HTTP status 404")
}

func TestFetchHonoursRobots(t *testing.T) {
	var robots, pages atomic.Int32
	s := serve(t, func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			robots.Add(1)
			w.Write([]byte("User-agent: *\nDisallow: /private\n"))
			return
		}
		pages.Add(1)
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte("<p>hi</p>"))
	})
	opt := fast()
	opt.IgnoreRobots = false
	f := NewFetcher(opt)
	ctx := context.Background()
	require.ErrorIs(t, f.Fetch(ctx, s.URL+"/private/a").Item.Err, ErrRobots)
	require.NoError(t, f.Fetch(ctx, s.URL+"/public").Item.Err)
	assert.Equal(t, int32(1), robots.Load(), "robots.txt is fetched once per host")
	assert.Equal(t, int32(1), pages.Load(), "the disallowed page is never asked for")

	opt.IgnoreRobots = true
	require.NoError(t, NewFetcher(opt).Fetch(ctx, s.URL+"/private/a").Item.Err)
}

func TestFetchRobotsForOurAgentOnly(t *testing.T) {
	s := serve(t, func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			w.Write([]byte("User-agent: newsfacts\nDisallow: /\n\nUser-agent: *\nAllow: /\n"))
			return
		}
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte("<p>hi</p>"))
	})
	opt := fast()
	opt.IgnoreRobots = false
	require.ErrorIs(t, fetch(t, opt, s.URL+"/x").Item.Err, ErrRobots)
}

func TestFetchRateLimitPerHost(t *testing.T) {
	s := serve(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte("<p>hi</p>"))
	})
	opt := fast()
	opt.Rate = 5 // one request per 200ms
	f := NewFetcher(opt)
	start := time.Now()
	for i := 0; i < 3; i++ {
		require.NoError(t, f.Fetch(context.Background(), fmt.Sprintf("%s/%d", s.URL, i)).Item.Err)
	}
	assert.GreaterOrEqual(t, time.Since(start), 350*time.Millisecond)
}

func TestFetchRefusesOtherSchemes(t *testing.T) {
	res := fetch(t, fast(), "file:///etc/passwd")
	require.ErrorContains(t, res.Item.Err, "only http and https")
}

func TestURLSourceFetchesOnLoad(t *testing.T) {
	s := serve(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Write([]byte("Fetched words."))
	})
	f := NewFetcher(fast())
	items := readAll(t, Options{Fetcher: f, DeferFetch: true}, s.URL+"/x")
	require.Len(t, items, 1)
	assert.True(t, items[0].Pending())
	it := items[0].Load(context.Background())
	require.NoError(t, it.Err)
	assert.Equal(t, "Fetched words.", string(it.Body))
	items = readAll(t, Options{Fetcher: f}, s.URL+"/y")
	assert.Equal(t, "Fetched words.", string(items[0].Body), "without DeferFetch Next fetches")
}

func TestReadURLList(t *testing.T) {
	urls, err := ReadURLList(strings.NewReader("# list\nhttps://a.example/1\n\n  http://b.example/2  \n"))
	require.NoError(t, err)
	assert.Equal(t, []string{"https://a.example/1", "http://b.example/2"}, urls)
	_, err = ReadURLList(strings.NewReader("https://a.example/\nmailto:x@y\n"))
	assert.ErrorContains(t, err, "line 2")
}

func TestFetchRateLimitIsPerHostName(t *testing.T) {
	page := func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte("<p>hi</p>"))
	}
	a, b := serve(t, page), serve(t, page) // same host name, two ports
	opt := fast()
	opt.Rate = 5
	f := NewFetcher(opt)
	start := time.Now()
	for _, u := range []string{a.URL, b.URL, a.URL + "/2"} {
		require.NoError(t, f.Fetch(context.Background(), u).Item.Err)
	}
	assert.GreaterOrEqual(t, time.Since(start), 350*time.Millisecond, "one budget for the host, whatever the port or scheme")
}
