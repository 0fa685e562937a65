package corpus

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net/url"
	"strings"
)

// checkURL parses an absolute http or https URL, dropping its fragment.
func checkURL(raw string) (*url.URL, error) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return nil, fmt.Errorf("bad URL: %w", err)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return nil, fmt.Errorf("%s: only http and https URLs can be fetched", raw)
	}
	if u.Host == "" {
		return nil, fmt.Errorf("%s: URL without a host", raw)
	}
	u.Fragment, u.RawFragment = "", ""
	return u, nil
}

// IsURL reports whether a source spec is a URL to fetch (http or https).
func IsURL(spec string) bool { return kindOf(spec) == kindURL }

// ReadURLList reads a list of URLs, one a line; blank lines and lines
// starting with "#" are passed over. It fails on a line that is not an
// http or https URL, naming the line.
func ReadURLList(r io.Reader) ([]string, error) {
	var urls []string
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if _, err := checkURL(line); err != nil {
			return nil, fmt.Errorf("line %d: %w", n, err)
		}
		urls = append(urls, line)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read URL list: %w", err)
	}
	return urls, nil
}

// urlItem returns the item of a URL source: pending until Load fetches
// it with the reader's Fetcher (made here, on the reader's goroutine, so
// that workers share it).
func (r *Reader) urlItem(spec string) func(context.Context) Item {
	return func(context.Context) Item {
		if r.opt.Fetcher == nil {
			r.opt.Fetcher = NewFetcher(FetchOptions{MaxBytes: r.opt.MaxBytes})
		}
		f := r.opt.Fetcher
		return Item{ID: spec, Source: spec, URL: spec, load: func(ctx context.Context) Item {
			return f.Fetch(ctx, spec).Item
		}}
	}
}
