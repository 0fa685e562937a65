// Package corpus is where articles come from: files, directories, gzip,
// stdin, WARC files, JSON Lines, tar and zip archives, and URLs fetched
// politely (per-host rate limit, robots.txt, retries, timeouts, size
// caps). Every source yields its articles in a stable order, refuses
// unsafe archive member paths, and caps sizes.
package corpus

import (
	"context"
	"time"
)

// Format says how an item's body is written.
type Format int

const (
	// FormatUnknown: decide from the content (HTML is detected by content).
	FormatUnknown Format = iota
	// FormatHTML is an HTML page.
	FormatHTML
	// FormatText is plain text, paragraphs separated by line breaks.
	FormatText
)

// Item is one article as read from a source, before cleaning.
type Item struct {
	// ID names the article: a path relative to its source root without
	// .html/.htm/.txt/.gz, a WARC record's target URI, or a URL.
	ID string
	// Source says where the bytes came from (a path, a URL, or
	// "path#record").
	Source string
	// URL is the page's address when known.
	URL string
	// Body is the raw bytes as read (decompressed, not yet decoded).
	Body []byte
	// Format is the body's format when the source knows it.
	Format Format
	// Charset is the charset a transport declared (an HTTP header), if any.
	Charset string
	// Date is when the page was captured (a WARC record's WARC-Date, UTC);
	// zero when the source does not say.
	Date time.Time
	// Err is set when this article could not be read; Body may be empty.
	Err error
	// load, when set, fetches the body: the item is pending (see Load).
	load func(context.Context) Item
}

// Pending reports whether the item still has to be fetched with Load.
func (it Item) Pending() bool { return it.load != nil }

// Load returns the item with its body: a pending item (a URL read with
// Options.DeferFetch) is fetched now, any other item comes back as it is.
// Load never fails: a fetch error is the returned item's Err. It may be
// called from any goroutine.
func (it Item) Load(ctx context.Context) Item {
	if it.load == nil {
		return it
	}
	return it.load(ctx)
}
