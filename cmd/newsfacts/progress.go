package main

import (
	"fmt"
	"io"
	"os"
	"time"
)

// progress draws one self-erasing status line on a terminal: articles
// done, failures, rate and, when the total is known, an ETA. On anything
// that is not a terminal it draws nothing.
type progress struct {
	w           io.Writer
	on          bool
	total       int // articles to do in this run; < 0 when unknown
	done, fail  int
	start, last time.Time
	every       time.Duration
}

// newProgress returns a progress line for w; total < 0 means unknown.
func newProgress(w io.Writer, total int) *progress {
	now := time.Now()
	return &progress{w: w, on: isTerminal(w), total: total, start: now, last: now, every: 250 * time.Millisecond}
}

// isTerminal reports whether w is a character device (a terminal).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// add counts one article and redraws at most every quarter second.
func (p *progress) add(failed bool) {
	p.done++
	if failed {
		p.fail++
	}
	if !p.on {
		return
	}
	if now := time.Now(); now.Sub(p.last) >= p.every {
		p.last = now
		fmt.Fprintf(p.w, "\r\x1b[K%s", p.line(now))
	}
}

// line is the status text at time now.
func (p *progress) line(now time.Time) string {
	el := now.Sub(p.start).Seconds()
	rate := 0.0
	if el > 0 {
		rate = float64(p.done) / el
	}
	s := fmt.Sprintf("%d articles", p.done)
	if p.total >= 0 {
		s = fmt.Sprintf("%d/%d articles", p.done, p.total)
	}
	s += fmt.Sprintf(", %d failed, %.1f/s", p.fail, rate)
	if p.total > p.done && rate > 0 {
		eta := time.Duration(float64(p.total-p.done) / rate * float64(time.Second))
		s += ", ETA " + eta.Round(time.Second).String()
	}
	return s
}

// clear erases the status line before the summary is printed.
func (p *progress) clear() {
	if p.on {
		fmt.Fprint(p.w, "\r\x1b[K")
	}
}
