package corpus

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// DefaultUserAgent names the tool to the sites it fetches from.
const DefaultUserAgent = "newsfacts/0.1 (+https://github.com/newsfacts/newsfacts)"

// FetchOptions tune a Fetcher. The zero value is polite and ready to use.
type FetchOptions struct {
	// UserAgent is sent with every request and matched against robots.txt
	// groups; "" means DefaultUserAgent.
	UserAgent string
	// Rate is the most requests per second sent to one host (robots.txt
	// and redirects included); 0 means 1. A robots.txt Crawl-delay slows
	// a host further.
	Rate float64
	// IgnoreRobots skips robots.txt. By default it is fetched once per
	// host and honoured.
	IgnoreRobots bool
	// ConnectTimeout bounds connecting (and the TLS handshake); 0 means 10s.
	ConnectTimeout time.Duration
	// Timeout bounds one request from sending it to the last body byte;
	// 0 means 30s.
	Timeout time.Duration
	// MaxRedirects is how many redirects are followed; 0 means 5, a
	// negative value means none.
	MaxRedirects int
	// MaxBytes caps a response body, as sent and once decoded; 0 means
	// DefaultMaxBytes.
	MaxBytes int64
	// Retries is how many times a request is retried after a network
	// error, a 429 or a 5xx; 0 means 3, a negative value means none.
	Retries int
	// Backoff is the wait before the first retry, doubled for each next
	// one; 0 means 1s.
	Backoff time.Duration
	// MaxWait caps any one wait before a retry, Retry-After included;
	// 0 means 60s.
	MaxWait time.Duration
}

func (o FetchOptions) withDefaults() FetchOptions {
	def := func(d *time.Duration, v time.Duration) {
		if *d <= 0 {
			*d = v
		}
	}
	if o.UserAgent == "" {
		o.UserAgent = DefaultUserAgent
	}
	if o.Rate <= 0 {
		o.Rate = 1
	}
	def(&o.ConnectTimeout, 10*time.Second)
	def(&o.Timeout, 30*time.Second)
	def(&o.Backoff, time.Second)
	def(&o.MaxWait, time.Minute)
	switch {
	case o.MaxRedirects == 0:
		o.MaxRedirects = 5
	case o.MaxRedirects < 0:
		o.MaxRedirects = 0
	}
	switch {
	case o.Retries == 0:
		o.Retries = 3
	case o.Retries < 0:
		o.Retries = 0
	}
	if o.MaxBytes <= 0 {
		o.MaxBytes = DefaultMaxBytes
	}
	return o
}

// Fetcher fetches pages politely: per-host rate limit, robots.txt,
// retries with backoff, timeouts, a redirect limit and a body size cap.
// It is safe for concurrent use; requests to different hosts run at once
// as far as the callers' goroutines go.
type Fetcher struct {
	opt    FetchOptions
	client *http.Client
	mu     sync.Mutex
	hosts  map[string]*host         // by origin
	limits map[string]*rate.Limiter // by host name
}

// NewFetcher returns a Fetcher with opt (defaults filled in).
func NewFetcher(opt FetchOptions) *Fetcher {
	opt = opt.withDefaults()
	dialer := &net.Dialer{Timeout: opt.ConnectTimeout, KeepAlive: 30 * time.Second}
	tr := &http.Transport{
		DialContext:           dialer.DialContext,
		TLSHandshakeTimeout:   opt.ConnectTimeout,
		ResponseHeaderTimeout: opt.Timeout,
		MaxIdleConnsPerHost:   2,
		IdleConnTimeout:       90 * time.Second,
		ForceAttemptHTTP2:     true,
	}
	return &Fetcher{
		opt: opt,
		client: &http.Client{
			Transport:     tr,
			CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
		},
		hosts:  map[string]*host{},
		limits: map[string]*rate.Limiter{},
	}
}

// Exchange is one HTTP request and its response as they went over the
// wire (the body still content-encoded), for writing to a WARC.
type Exchange struct {
	// URL is the address requested.
	URL string
	// Date is when the request was sent.
	Date time.Time
	// IP is the server's address, when known.
	IP string
	// Request is the request head: request line and headers.
	Request []byte
	// Status is the response's HTTP status code.
	Status int
	// Header is the response's header.
	Header http.Header
	// Response is the response head: status line and headers.
	Response []byte
	// Body is the response body as received (at most MaxBytes).
	Body []byte
}

// Result is what fetching one URL gave: every exchange on the way
// (redirects included) and the article item.
type Result struct {
	// Exchanges are the requests answered, in order; the last one is the
	// final page. Failed attempts that were retried are not kept.
	Exchanges []Exchange
	// Item is the article: ID and Source are the URL asked for, URL is the
	// final address; Err says why there is no article (robots.txt, a
	// network error or timeout, an HTTP error status, a content type that
	// is not HTML or text, a body over the cap).
	Item Item
}

// Fetch gets one http or https URL, following redirects. It never fails
// as such: what went wrong is Result.Item.Err.
func (f *Fetcher) Fetch(ctx context.Context, raw string) Result {
	res := Result{Item: Item{ID: raw, Source: raw, URL: raw}}
	u, err := checkURL(raw)
	if err != nil {
		res.Item.Err = fmt.Errorf("fetch %s: %w", raw, err)
		return res
	}
	for hop := 0; ; hop++ {
		ex, err := f.get(ctx, u)
		if err != nil {
			res.Item.Err = fmt.Errorf("fetch %s: %w", raw, err)
			return res
		}
		res.Exchanges = append(res.Exchanges, ex)
		if !isRedirect(ex.Status) {
			res.Item = f.item(res.Item, u, ex)
			return res
		}
		if hop >= f.opt.MaxRedirects {
			res.Item.Err = fmt.Errorf("fetch %s: stopped after %d redirects", raw, f.opt.MaxRedirects)
			return res
		}
		if u, err = redirectTarget(u, ex.Header.Get("Location")); err != nil {
			res.Item.Err = fmt.Errorf("fetch %s: %w", raw, err)
			return res
		}
	}
}

func isRedirect(status int) bool {
	switch status {
	case 301, 302, 303, 307, 308:
		return true
	}
	return false
}

func redirectTarget(from *url.URL, loc string) (*url.URL, error) {
	if loc == "" {
		return nil, fmt.Errorf("redirect from %s without a Location", from)
	}
	to, err := from.Parse(loc)
	if err != nil {
		return nil, fmt.Errorf("redirect from %s: %w", from, err)
	}
	return checkURL(to.String())
}

// item turns the final exchange into an article item.
func (f *Fetcher) item(it Item, u *url.URL, ex Exchange) Item {
	it.URL = u.String()
	if ex.Status < 200 || ex.Status > 299 {
		it.Err = fmt.Errorf("fetch %s: HTTP status %d", it.Source, ex.Status)
		return it
	}
	mt := parseContentType(ex.Header.Get("Content-Type"))
	format, ok := articleFormat(mt.typ)
	if !ok {
		it.Err = fmt.Errorf("fetch %s: content type %q is not HTML or text", it.Source, mt.typ)
		return it
	}
	it.Format, it.Charset = format, mt.charset
	body, err := decodeContent(ex.Body, ex.Header.Get("Content-Encoding"), f.opt.MaxBytes)
	it.Body = body
	if err != nil {
		it.Err = fmt.Errorf("fetch %s: %w", it.Source, err)
	}
	return it
}
