package corpus

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/temoto/robotstxt"
	"golang.org/x/time/rate"
)

// ErrRobots is returned for a page that robots.txt disallows.
var ErrRobots = errors.New("disallowed by robots.txt")

// maxCrawlDelay caps how far a robots.txt Crawl-delay slows a host.
const maxCrawlDelay = time.Minute

// host is what the Fetcher keeps per origin (scheme and host): the rate
// limiter of its host name (shared by http and https, so a site gets one
// budget) and its robots.txt rules (fetched once).
type host struct {
	lim *rate.Limiter

	mu     sync.Mutex // held while robots.txt is fetched
	loaded bool
	group  *robotstxt.Group
}

func (f *Fetcher) host(u *url.URL) *host {
	origin := strings.ToLower(u.Scheme + "://" + u.Host)
	name := strings.ToLower(u.Hostname())
	f.mu.Lock()
	defer f.mu.Unlock()
	h, ok := f.hosts[origin]
	if !ok {
		lim, ok := f.limits[name]
		if !ok {
			lim = rate.NewLimiter(rate.Limit(f.opt.Rate), 1)
			f.limits[name] = lim
		}
		h = &host{lim: lim}
		f.hosts[origin] = h
	}
	return h
}

// get sends one request to u politely: robots.txt first, the host's rate
// limit before every try, and retries with backoff after network errors,
// 429 and 5xx. A 429 or 5xx still there after the last retry comes back
// as the exchange, with no error.
func (f *Fetcher) get(ctx context.Context, u *url.URL) (Exchange, error) {
	h := f.host(u)
	if err := f.checkRobots(ctx, h, u); err != nil {
		return Exchange{}, err
	}
	for try := 0; ; try++ {
		if err := h.lim.Wait(ctx); err != nil {
			return Exchange{}, fmt.Errorf("wait for %s: %w", u.Host, err)
		}
		ex, err := f.once(ctx, u)
		if !retryable(ctx, err) || try >= f.opt.Retries {
			var es *errStatus
			if errors.As(err, &es) {
				err = nil // the status is the answer
			}
			return ex, err
		}
		if err := sleep(ctx, f.wait(try, err)); err != nil {
			return Exchange{}, fmt.Errorf("wait to retry %s: %w", u, err)
		}
	}
}

// wait is how long to wait before retry number try+1: the server's
// Retry-After when it gave one, else Backoff doubled per try; capped at
// MaxWait.
func (f *Fetcher) wait(try int, err error) time.Duration {
	d := f.opt.Backoff << min(try, 20)
	var es *errStatus
	if errors.As(err, &es) && es.retryAfter > 0 {
		d = es.retryAfter
	}
	return min(d, f.opt.MaxWait)
}

func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// checkRobots fails with ErrRobots when the host's robots.txt disallows
// u for our user agent. robots.txt is fetched once per host (through the
// rate limit, following redirects); a 4xx means no rules, a 5xx means
// everything is disallowed, and a network error fails this page.
func (f *Fetcher) checkRobots(ctx context.Context, h *host, u *url.URL) error {
	if f.opt.IgnoreRobots {
		return nil
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	if !h.loaded {
		g, err := f.loadRobots(ctx, u)
		if err != nil {
			return fmt.Errorf("robots.txt: %w", err)
		}
		h.group, h.loaded = g, true
		if d := min(g.CrawlDelay, maxCrawlDelay); d > 0 && rate.Every(d) < h.lim.Limit() {
			h.lim.SetLimit(rate.Every(d))
		}
	}
	if !h.group.Test(u.EscapedPath()) {
		return fmt.Errorf("%s: %w", u, ErrRobots)
	}
	return nil
}

func (f *Fetcher) loadRobots(ctx context.Context, page *url.URL) (*robotstxt.Group, error) {
	u := &url.URL{Scheme: page.Scheme, Host: page.Host, Path: "/robots.txt"}
	h := f.host(u)
	for hop := 0; ; hop++ {
		if err := h.lim.Wait(ctx); err != nil {
			return nil, err
		}
		ex, err := f.once(ctx, u)
		var es *errStatus
		if err != nil && !errors.As(err, &es) {
			return nil, err
		}
		if isRedirect(ex.Status) && hop < f.opt.MaxRedirects {
			next, err := redirectTarget(u, ex.Header.Get("Location"))
			if err != nil {
				return nil, err
			}
			u, h = next, f.host(next)
			continue
		}
		body, _ := decodeContent(ex.Body, ex.Header.Get("Content-Encoding"), f.opt.MaxBytes)
		status := ex.Status
		if isRedirect(status) {
			status = 404 // too many redirects: treated as no robots.txt
		}
		data, err := robotstxt.FromStatusAndBytes(status, body)
		if err != nil {
			return nil, err
		}
		return data.FindGroup(productToken(f.opt.UserAgent)), nil
	}
}

// productToken is the name robots.txt groups are matched against: the
// user agent up to its first "/" or space ("newsfacts").
func productToken(ua string) string {
	if i := strings.IndexAny(ua, "/ "); i > 0 {
		return ua[:i]
	}
	return ua
}
