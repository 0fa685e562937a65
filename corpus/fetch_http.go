package corpus

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httptrace"
	"net/url"
	"strings"
	"time"
)

// errStatus marks a response worth retrying (429 or 5xx); it carries the
// server's Retry-After, if any.
type errStatus struct {
	status     int
	retryAfter time.Duration
}

func (e *errStatus) Error() string { return fmt.Sprintf("HTTP status %d", e.status) }

// once sends one GET request and reads the response within the total
// timeout and the body cap. A 429 or 5xx answer comes back with its
// exchange and an *errStatus.
func (f *Fetcher) once(ctx context.Context, u *url.URL) (Exchange, error) {
	ctx, cancel := context.WithTimeout(ctx, f.opt.Timeout)
	defer cancel()
	ex := Exchange{URL: u.String(), Date: time.Now().UTC()}
	ctx = httptrace.WithClientTrace(ctx, &httptrace.ClientTrace{
		GotConn: func(ci httptrace.GotConnInfo) {
			if a := ci.Conn.RemoteAddr(); a != nil {
				ex.IP, _, _ = net.SplitHostPort(a.String())
			}
		},
	})
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return ex, fmt.Errorf("make request: %w", err)
	}
	req.Header.Set("User-Agent", f.opt.UserAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1")
	req.Header.Set("Accept-Encoding", "gzip")
	ex.Request = requestHead(req)
	resp, err := f.client.Do(req)
	if err != nil {
		return ex, err
	}
	defer resp.Body.Close()
	ex.Status, ex.Header = resp.StatusCode, resp.Header
	ex.Response = responseHead(resp)
	if resp.ContentLength > f.opt.MaxBytes {
		return ex, fmt.Errorf("body of %d bytes: %w (%d bytes)", resp.ContentLength, ErrTooLarge, f.opt.MaxBytes)
	}
	ex.Body, err = readCapped(resp.Body, f.opt.MaxBytes)
	if err != nil {
		return ex, fmt.Errorf("read body: %w", err)
	}
	if resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode >= 500 {
		return ex, &errStatus{status: resp.StatusCode, retryAfter: retryAfter(resp.Header.Get("Retry-After"), time.Now())}
	}
	return ex, nil
}

// requestHead is the request line and headers as sent.
func requestHead(req *http.Request) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "GET %s HTTP/1.1\r\nHost: %s\r\n", req.URL.RequestURI(), req.URL.Host)
	req.Header.Write(&b)
	b.WriteString("\r\n")
	return b.Bytes()
}

// responseHead is the status line and headers as received, less the
// transfer encoding (the stored body is de-chunked).
func responseHead(resp *http.Response) []byte {
	var b bytes.Buffer
	proto := resp.Proto
	if proto == "" || strings.HasPrefix(proto, "HTTP/2") {
		proto = "HTTP/1.1" // WARC readers expect an HTTP/1 status line
	}
	fmt.Fprintf(&b, "%s %s\r\n", proto, resp.Status)
	h := resp.Header.Clone()
	h.Del("Transfer-Encoding")
	h.Write(&b)
	b.WriteString("\r\n")
	return b.Bytes()
}

// retryAfter reads a Retry-After header: seconds or an HTTP date; 0 when
// absent or unreadable.
func retryAfter(v string, now time.Time) time.Duration {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0
	}
	var secs int
	if _, err := fmt.Sscanf(v, "%d", &secs); err == nil && fmt.Sprint(secs) == v {
		return max(0, time.Duration(secs)*time.Second)
	}
	if t, err := http.ParseTime(v); err == nil {
		return max(0, t.Sub(now))
	}
	return 0
}

// retryable reports whether err is worth another try: a 429 or 5xx, a
// network error or a timeout; not the caller's cancellation, not a cap.
func retryable(ctx context.Context, err error) bool {
	return err != nil && ctx.Err() == nil && !errors.Is(err, ErrTooLarge)
}
