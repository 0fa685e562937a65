package corpus

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"os"
)

// isGzip reports whether b starts with the gzip magic bytes.
func isGzip(b []byte) bool { return len(b) >= 2 && b[0] == 0x1f && b[1] == 0x8b }

// openMaybeGzip opens the container file p and returns it (for the caller
// to close) and a buffered reader over its content, gunzipped when the file
// starts with the gzip magic bytes whatever its name. kind ("jsonl", "tar")
// names the container in errors.
func openMaybeGzip(p, kind string) (*os.File, *bufio.Reader, error) {
	f, err := os.Open(p)
	if err != nil {
		return nil, nil, fmt.Errorf("open %s %s: %w", kind, p, err)
	}
	br := bufio.NewReaderSize(f, 1<<16)
	if magic, _ := br.Peek(2); !isGzip(magic) {
		return f, br, nil
	}
	zr, err := gzip.NewReader(br)
	if err != nil {
		f.Close()
		return nil, nil, fmt.Errorf("open %s %s: gunzip: %w", kind, p, err)
	}
	return f, bufio.NewReaderSize(zr, 1<<16), nil
}
