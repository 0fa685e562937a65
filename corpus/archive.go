package corpus

import (
	"fmt"
	"path"
	"strings"
)

// memberName checks an archive entry's name and returns it cleaned, with
// forward slashes. Absolute names, drive letters, ".." elements and NUL
// bytes are refused with ErrUnsafePath.
func memberName(name string) (string, error) {
	n := strings.ReplaceAll(name, `\`, "/")
	switch {
	case n == "", strings.ContainsRune(n, 0):
		return "", fmt.Errorf("%w: %q", ErrUnsafePath, name)
	case strings.HasPrefix(n, "/"), len(n) >= 2 && n[1] == ':':
		return "", fmt.Errorf("%w: %q is absolute", ErrUnsafePath, name)
	}
	for _, el := range strings.Split(n, "/") {
		if el == ".." {
			return "", fmt.Errorf("%w: %q climbs out of the archive", ErrUnsafePath, name)
		}
	}
	return path.Clean(n), nil
}

// budget counts an archive's entries and decompressed bytes against the
// caps of Options.
type budget struct {
	entries, maxEntries int
	bytes, maxBytes     int64
}

func newBudget(opt Options) budget {
	return budget{maxEntries: opt.maxEntries(), maxBytes: opt.maxTotalBytes()}
}

// entry counts one more entry; it fails past the entry cap.
func (b *budget) entry() error {
	b.entries++
	if b.entries > b.maxEntries {
		return fmt.Errorf("%w: more than %d entries", ErrArchiveCap, b.maxEntries)
	}
	return nil
}

// read counts n more decompressed bytes; it fails past the total cap.
func (b *budget) read(n int64) error {
	b.bytes += n
	if b.bytes > b.maxBytes {
		return fmt.Errorf("%w: more than %d bytes decompressed", ErrArchiveCap, b.maxBytes)
	}
	return nil
}

// left is how many more bytes may be decompressed.
func (b *budget) left() int64 { return max(0, b.maxBytes-b.bytes) }

// gunzip decompresses a gzipped entry (an .html.gz inside the archive)
// within the per-article cap and what is left of the archive's budget;
// other entries come back as they are.
func (b *budget) gunzip(body []byte, maxArticle int64) ([]byte, error) {
	if !isGzip(body) {
		return body, nil
	}
	out, err := gunzipIfMagic(body, min(maxArticle, b.left()))
	if err != nil {
		return nil, err
	}
	return out, b.read(int64(len(out)))
}
