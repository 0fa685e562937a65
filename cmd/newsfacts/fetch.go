package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/newsfacts/newsfacts/corpus"
	"github.com/newsfacts/newsfacts/pipeline"
)

// fetchFlags adds the politeness flags shared by fetch and run and returns
// a function that reads them into FetchOptions.
func fetchFlags(fs *flag.FlagSet) func() corpus.FetchOptions {
	ua := fs.String("user-agent", corpus.DefaultUserAgent, "User-Agent sent with every request and matched against robots.txt")
	rate := fs.Float64("rate", 1, "at most `N` requests per second to one host")
	ignoreRobots := fs.Bool("ignore-robots", false, "do not fetch or honour robots.txt")
	timeout := fs.Duration("timeout", 30*time.Second, "time limit for one request, body included")
	connect := fs.Duration("connect-timeout", 10*time.Second, "time limit for connecting to a host")
	retries := fs.Int("retries", 3, "retries after a network error, 429 or 5xx (with backoff, honouring Retry-After)")
	redirects := fs.Int("max-redirects", 5, "redirects followed per URL")
	maxBytes := fs.Int64("max-bytes", corpus.DefaultMaxBytes, "size cap of one response body in `BYTES`")
	return func() corpus.FetchOptions {
		o := corpus.FetchOptions{UserAgent: *ua, Rate: *rate, IgnoreRobots: *ignoreRobots, Timeout: *timeout,
			ConnectTimeout: *connect, Retries: *retries, MaxRedirects: *redirects, MaxBytes: *maxBytes}
		if o.Retries == 0 {
			o.Retries = -1
		}
		if o.MaxRedirects == 0 {
			o.MaxRedirects = -1
		}
		return o
	}
}

func cmdFetch(ctx context.Context, e env, args []string) int {
	fs := newFlags(e, "fetch", "[flags] -o OUT.warc.gz URL... | -urls FILE", `
Fetch pages politely into a WARC file (WARC/1.1, a request and a response
record per exchange, redirects included; each record its own gzip member
when OUT ends in .gz), so a crawl can be processed and reprocessed
offline with 'newsfacts run OUT.warc.gz'. Per-host rate limit, robots.txt,
retries with backoff, timeouts, a redirect limit and a body size cap
apply. The WARC is written through OUT.partial, renamed at the end.
Exit 1 when some URL gave no article.`)
	out := fs.String("o", "", "write the WARC to `FILE` (required)")
	list := fs.String("urls", "", "read URLs from `FILE`, one a line (# starts a comment)")
	workers := fs.Int("j", 8, "fetch up to `N` URLs at once (different hosts go in parallel)")
	fetchOpt := fetchFlags(fs)
	if code := parseFlags(fs, args); code >= 0 {
		return code
	}
	urls, err := fetchURLs(fs.Args(), *list)
	if err == nil && (*out == "" || len(urls) == 0) {
		err = fmt.Errorf("need -o and at least one URL")
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "newsfacts fetch: %v\n", err)
		return exitUsage
	}
	start := time.Now()
	st, err := fetchToWARC(ctx, e, *out, urls, *workers, corpus.NewFetcher(fetchOpt()))
	fmt.Fprintf(e.stderr, "newsfacts fetch: %d URLs, %d failed; %d exchanges written to %s; %s\n",
		st.URLs, st.Failed, st.Exchanges, *out, time.Since(start).Round(time.Millisecond))
	switch {
	case err != nil:
		fmt.Fprintf(e.stderr, "newsfacts fetch: %v\n", err)
		return exitUsage
	case st.Failed > 0:
		return exitFailed
	}
	return exitOK
}

// fetchURLs gathers the URLs from the arguments and the -urls file.
func fetchURLs(args []string, list string) ([]string, error) {
	var urls []string
	for _, a := range args {
		if !corpus.IsURL(a) {
			return nil, fmt.Errorf("%s: only http and https URLs can be fetched", a)
		}
		urls = append(urls, a)
	}
	if list == "" {
		return urls, nil
	}
	f, err := os.Open(list)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	more, err := corpus.ReadURLList(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", list, err)
	}
	return append(urls, more...), nil
}

// fetchToWARC fetches urls into the WARC at path, through path.partial.
func fetchToWARC(ctx context.Context, e env, path string, urls []string, workers int, f *corpus.Fetcher) (pipeline.FetchStats, error) {
	partial := path + pipeline.PartialSuffix
	file, err := os.Create(partial)
	if err != nil {
		return pipeline.FetchStats{}, fmt.Errorf("create output: %w", err)
	}
	bw := bufio.NewWriterSize(file, 1<<16)
	ww := corpus.NewWARCWriter(bw, strings.HasSuffix(strings.ToLower(path), ".gz"))
	err = ww.WriteInfo("newsfacts fetch (" + filepath.Base(os.Args[0]) + ")")
	var st pipeline.FetchStats
	if err == nil {
		st, err = pipeline.RunFetch(ctx, f, urls, workers, func(res corpus.Result) error {
			if res.Item.Err != nil {
				fmt.Fprintf(e.stderr, "newsfacts fetch: %v\n", res.Item.Err)
			}
			for _, ex := range res.Exchanges {
				if err := ww.WriteExchange(ex); err != nil {
					return err
				}
			}
			return nil
		})
	}
	if ferr := bw.Flush(); err == nil {
		err = ferr
	}
	if err == nil {
		err = file.Sync()
	}
	if cerr := file.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(partial, path)
	}
	if err != nil {
		os.Remove(partial)
	}
	return st, err
}
