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
	// DefaultRevisitIndex caps the keys kept to resolve WARC revisit
	// records (two per response record, about 42 bytes each: 42 MiB
	// measured when full).
	DefaultRevisitIndex = 1 << 20
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
	// RevisitIndex caps the keys (payload digests and URI+date pairs) kept
	// to resolve WARC revisit records to the earlier response that holds
	// their payload; 0 means DefaultRevisitIndex. Past it the oldest keys
	// are dropped, and a revisit of a dropped response is an error item.
	RevisitIndex int
	// Skip, when set, is asked about every item's ID before the item is
	// returned (and before a URL is fetched); items it reports true for
	// are dropped. Resuming a run uses it to pass over what was written.
	Skip func(id string) bool

	// revisits is the index of WARC records shared by every WARC file of
	// one Reader (set by Open), so a revisit can point into an earlier file.
	revisits *revisitIndex
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

func (o Options) revisitIndex() int {
	if o.RevisitIndex > 0 {
		return o.RevisitIndex
	}
	return DefaultRevisitIndex
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

// ErrRevisit is returned for a WARC revisit record whose payload cannot be
// had: its earlier response is not in the files read (or was dropped from
// the index), the file cannot be re-read (a pipe, or a WARC gzipped as one
// stream), or the chain of revisits is too long.
var ErrRevisit = errors.New("revisit record cannot be resolved")

// ErrRecordFraming is returned for a WARC record that does not end where
// its Content-Length says: the length is wrong (or bytes were cut or
// added), so the record's bytes cannot be trusted.
var ErrRecordFraming = errors.New("warc record does not end where its Content-Length says")
