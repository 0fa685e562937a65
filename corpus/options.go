package corpus

import (
	"errors"
	"io"
)

// Default caps. Every one can be changed through Options.
const (
	// DefaultMaxBytes caps one article's size after decompression (32 MiB).
	DefaultMaxBytes = 32 << 20
	// DefaultMaxEntries caps the number of entries read from one tar or
	// zip archive.
	DefaultMaxEntries = 1_000_000
	// DefaultMaxTotalBytes caps the bytes decompressed from one tar or zip
	// archive (4 GiB).
	DefaultMaxTotalBytes = 4 << 30
)

// Options tune how sources are read. The zero value is ready to use.
type Options struct {
	// MaxBytes caps one article's decompressed size; 0 means DefaultMaxBytes.
	MaxBytes int64
	// MaxEntries caps the entries read from one archive; 0 means
	// DefaultMaxEntries. Past it the archive yields one error item and stops.
	MaxEntries int
	// MaxTotalBytes caps the bytes decompressed from one archive; 0 means
	// DefaultMaxTotalBytes. Past it the archive yields one error item and
	// stops.
	MaxTotalBytes int64
	// Stdin is read for the source "-".
	Stdin io.Reader
	// Fetcher fetches URL sources; nil means a Fetcher with default
	// FetchOptions, made on first use.
	Fetcher *Fetcher
	// DeferFetch makes Next return URL items unfetched: the caller (a
	// worker) must call Item.Load before using the body. Without it Next
	// fetches in place.
	DeferFetch bool
	// Skip, when set, is asked about every item's ID before the item is
	// returned (and before a URL is fetched); items it reports true for
	// are dropped. Resuming a run uses it to pass over what was written.
	Skip func(id string) bool
}

func (o Options) maxBytes() int64 {
	if o.MaxBytes > 0 {
		return o.MaxBytes
	}
	return DefaultMaxBytes
}

func (o Options) maxEntries() int {
	if o.MaxEntries > 0 {
		return o.MaxEntries
	}
	return DefaultMaxEntries
}

func (o Options) maxTotalBytes() int64 {
	if o.MaxTotalBytes > 0 {
		return o.MaxTotalBytes
	}
	return DefaultMaxTotalBytes
}

// ErrTooLarge is returned for an article over the size cap.
var ErrTooLarge = errors.New("article exceeds the size cap")

// ErrUnsafePath is returned for an archive entry whose name climbs out of
// the archive ("..") or is absolute.
var ErrUnsafePath = errors.New("unsafe path in archive")

// ErrLink is returned for an archive entry that is a symbolic or hard link.
var ErrLink = errors.New("links in archives are refused")

// ErrArchiveCap is returned when an archive passes its entry-count or
// total-size cap; the rest of the archive is not read.
var ErrArchiveCap = errors.New("archive exceeds its cap")
