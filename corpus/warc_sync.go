package corpus

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/nlnwa/gowarc/v3"
)

var (
	warcMagic = []byte("WARC/") // then the version: 1.0, 1.1, or 0.17 in old crawls
	gzipMagic = []byte{0x1f, 0x8b, 0x08}
)

// isWARCLine reports whether b starts with a WARC version line's start:
// "WARC/" and a digit.
func isWARCLine(b []byte) bool {
	return len(b) > len(warcMagic) && bytes.HasPrefix(b, warcMagic) && b[len(warcMagic)] >= '0' && b[len(warcMagic)] <= '9'
}

// framing checks that a record read from a regular file ends where its
// Content-Length says: the block was as long as promised, and what follows
// the end-of-record marker is the next record (or the end of the file).
// A record whose length lies either way fails here.
func (s *warcSource) framing(rec gowarc.Record) error {
	for _, f := range rec.Validation {
		var cl *gowarc.ContentLengthError
		if errors.As(f, &cl) {
			return fmt.Errorf("%w: %w", ErrRecordFraming, f)
		}
	}
	if !s.seekable {
		return nil
	}
	end := rec.Offset + rec.Size
	buf := make([]byte, 16)
	n, _ := s.f.ReadAt(buf, end)
	b := bytes.TrimLeft(buf[:n], "\r\n")
	if len(b) == 0 || bytes.HasPrefix(b, warcMagic) || isGzip(b) {
		return nil
	}
	return fmt.Errorf("%w: %q follows it at offset %d", ErrRecordFraming, b, end)
}

// resyncAfterDigest makes reading go on at the next record start after a
// record whose digest is wrong: its length may be wrong too and have hidden
// the records it swallowed.
func (s *warcSource) resyncAfterDigest(rec gowarc.Record) {
	if s.seekable && damage(rec.Validation) != nil {
		s.resync = rec.Offset + 1
	}
}

// nextRecordStart finds the first offset at or after from in a WARC file
// of size bytes where a record starts: "WARC/" and a version at the start
// of a line, or a gzip member that inflates to "WARC/". Bytes that only look
// like a start are passed over.
func nextRecordStart(ra io.ReaderAt, from, size int64) (int64, bool) {
	const chunk = 1 << 16
	buf := make([]byte, chunk+16)
	for pos := from; pos < size; pos += chunk {
		start := max(pos-1, 0) // one byte before, to see a line start
		n, _ := ra.ReadAt(buf[:min(int64(len(buf)), size-start)], start)
		b := buf[:n]
		for i := int(pos - start); i < n && start+int64(i) < pos+chunk; i++ {
			switch b[i] {
			case 'W':
				if (start+int64(i) == 0 || i > 0 && b[i-1] == '\n') && isWARCLine(b[i:]) {
					return start + int64(i), true
				}
			case gzipMagic[0]:
				if off := start + int64(i); bytes.HasPrefix(b[i:], gzipMagic) && gzipWARCAt(ra, off, size) {
					return off, true
				}
			}
		}
	}
	return 0, false
}

// gzipWARCAt reports whether a gzip member at off inflates to a WARC
// record start.
func gzipWARCAt(ra io.ReaderAt, off, size int64) bool {
	zr, err := gzip.NewReader(io.NewSectionReader(ra, off, size-off))
	if err != nil {
		return false
	}
	head := make([]byte, 5)
	_, err = io.ReadFull(zr, head)
	return err == nil && bytes.Equal(head, warcMagic)
}

// isWholeGzip reports whether a WARC file is gzipped as one stream (every
// record in one member) rather than record by record: its first member
// holds more than one record.
func isWholeGzip(f *os.File, size int64) (whole bool) {
	defer func() {
		if recover() != nil {
			whole = false // the parser failed on hostile bytes: read it per record
		}
	}()
	br := bufio.NewReader(io.NewSectionReader(f, 0, size))
	if m, _ := br.Peek(2); !isGzip(m) {
		return false
	}
	zr, err := gzip.NewReader(br)
	if err != nil {
		return false
	}
	zr.Multistream(false)
	zb := bufio.NewReader(zr)
	// Only the record's extent matters here: no block parsing, no digests.
	rec, _, _, err := gowarc.NewUnmarshaler(gowarc.WithNoValidation(), gowarc.WithSkipParseBlock()).Unmarshal(zb)
	if err != nil {
		return false
	}
	rec.Close()
	next, _ := zb.Peek(5)
	return bytes.Equal(next, warcMagic)
}
