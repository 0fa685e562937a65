package pipeline

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"

	"github.com/newsfacts/newsfacts/corpus"
	"github.com/newsfacts/newsfacts/internal/warcgen"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// genWARC writes a WARC of n synthetic pages and returns its path and the
// pages' URIs.
func genWARC(tb testing.TB, n int) (string, []string) {
	tb.Helper()
	var b bytes.Buffer
	uris, err := warcgen.Write(&b, warcgen.Options{Pages: n, Seed: 3, Noise: true})
	require.NoError(tb, err)
	p := filepath.Join(tb.TempDir(), "pages.warc.gz")
	require.NoError(tb, os.WriteFile(p, b.Bytes(), 0o644))
	return p, uris
}

func TestRunKeepsInputOrder(t *testing.T) {
	p, uris := genWARC(t, 40)
	r, err := corpus.Open([]string{p}, corpus.Options{})
	require.NoError(t, err)
	var got []string
	st, err := Run(context.Background(), r, Options{Workers: 3, TextOnly: true}, func(s *Sheet) error {
		got = append(got, s.ID)
		return nil
	})
	require.NoError(t, err)
	assert.Equal(t, uris, got)
	assert.Equal(t, 40, st.Articles)
	assert.Zero(t, st.Failed)
}

func TestRunFetchesPendingItemsInWorkers(t *testing.T) {
	s := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/bad" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/plain")
		fmt.Fprintf(w, "Page %s has words.", r.URL.Path)
	}))
	defer s.Close()
	f := corpus.NewFetcher(corpus.FetchOptions{Rate: 1000, IgnoreRobots: true})
	specs := []string{s.URL + "/1", s.URL + "/bad", s.URL + "/3"}
	r, err := corpus.Open(specs, corpus.Options{Fetcher: f, DeferFetch: true})
	require.NoError(t, err)
	var sheets []*Sheet
	st, err := Run(context.Background(), r, Options{Workers: 2, TextOnly: true}, func(s *Sheet) error {
		sheets = append(sheets, s)
		return nil
	})
	require.NoError(t, err)
	require.Len(t, sheets, 3)
	assert.Equal(t, 1, st.Failed)
	assert.Equal(t, "Page /1 has words.", sheets[0].Text)
	require.Len(t, sheets[1].Errors, 1)
	assert.Contains(t, sheets[1].Errors[0].Message, "HTTP status 404")
	assert.Equal(t, specs[2], sheets[2].ID)
}

func TestRunStopsOnEmitError(t *testing.T) {
	p, _ := genWARC(t, 20)
	r, err := corpus.Open([]string{p}, corpus.Options{})
	require.NoError(t, err)
	n := 0
	_, err = Run(context.Background(), r, Options{Workers: 2, TextOnly: true}, func(*Sheet) error {
		n++
		if n == 5 {
			return fmt.Errorf("disk full")
		}
		return nil
	})
	require.ErrorContains(t, err, "disk full")
	assert.Equal(t, 5, n)
}

func TestRunFetchWritesInOrder(t *testing.T) {
	s := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprintf(w, "<p>%s</p>", r.URL.Path)
	}))
	defer s.Close()
	var urls []string
	for i := 0; i < 12; i++ {
		urls = append(urls, fmt.Sprintf("%s/%d", s.URL, i))
	}
	f := corpus.NewFetcher(corpus.FetchOptions{Rate: 1000, IgnoreRobots: true})
	var got []string
	st, err := RunFetch(context.Background(), f, urls, 4, func(res corpus.Result) error {
		got = append(got, res.Item.ID)
		return nil
	})
	require.NoError(t, err)
	assert.Equal(t, urls, got)
	assert.Equal(t, FetchStats{URLs: 12, Exchanges: 12}, st)
}
