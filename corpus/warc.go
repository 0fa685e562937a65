package corpus

import (
	"bufio"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/nlnwa/gowarc/v3"
)

// warcSource yields the article records of a WARC file (plain, with
// per-record gzip as CC-NEWS ships, or gzipped as one stream): HTTP
// response records with a 2xx status and an HTML or text content type,
// resource records with such a type, and revisit records resolved to the
// earlier response that holds their payload (see revisit). Other records
// are passed over. A damaged record (truncated, wrong length or digest,
// bad gzip) is an item with Err; in a regular file reading goes on at the
// next record start found after it, elsewhere as far as the stream allows.
type warcSource struct {
	opt      Options
	path     string
	f        *os.File
	size     int64
	r        *gowarc.WarcFileReader
	seekable bool // records can be re-read by offset (a regular file, per-record gzip or plain)
	index    *revisitIndex
	fileID   int32
	end      int64 // file offset just past the last record read
	resync   int64 // when >= 0, look for the next record start from here
	done     bool
}

func openWARC(opt Options, p string) (source, error) {
	f, err := os.Open(p)
	if err != nil {
		return nil, fmt.Errorf("open warc %s: %w", p, err)
	}
	st, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("open warc %s: %w", p, err)
	}
	s := &warcSource{opt: opt, path: p, f: f, size: st.Size(), seekable: st.Mode().IsRegular(), resync: -1}
	in, err := s.input()
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("open warc %s: %w", p, err)
	}
	if s.r, err = gowarc.NewWarcFileReaderFromStream(in, 0); err != nil {
		f.Close()
		return nil, fmt.Errorf("open warc %s: %w", p, err)
	}
	s.index = opt.revisits
	if s.index == nil {
		s.index = newRevisitIndex(opt.revisitIndex())
	}
	s.fileID = s.index.file(p)
	return s, nil
}

// input is what the WARC parser reads. A regular file is read by offset
// (the file is not moved), so records can be re-read and damage skipped
// by seeking. A pipe, or a file gzipped as one stream, is read in order
// with nothing to seek back to (revisits are not resolved): a gzipped one
// is gunzipped as one stream, which reads per-record gzip too.
func (s *warcSource) input() (io.Reader, error) {
	if s.seekable && !isWholeGzip(s.f, s.size) {
		return io.NewSectionReader(s.f, 0, s.size), nil
	}
	s.seekable = false
	br := bufio.NewReaderSize(s.f, 1<<16)
	if m, _ := br.Peek(2); !isGzip(m) {
		return br, nil
	}
	zr, err := gzip.NewReader(br)
	if err != nil {
		return nil, fmt.Errorf("gunzip: %w", err)
	}
	return zr, nil
}

func (s *warcSource) close() error {
	s.r.Close()
	return s.f.Close()
}

func (s *warcSource) next(ctx context.Context) (Item, error) {
	for !s.done {
		if err := ctx.Err(); err != nil {
			return Item{}, err
		}
		if s.resync >= 0 && !s.restart() {
			break
		}
		rec, err := s.nextRecord()
		if errors.Is(err, io.EOF) && rec.WarcRecord == nil && rec.Size == 0 {
			return Item{}, io.EOF // the clean end: nothing was consumed
		}
		where := fmt.Sprintf("%s#%d", s.path, rec.Offset)
		if err == nil {
			err = s.framing(rec)
		}
		if err != nil {
			return s.damaged(rec, where, err), nil
		}
		s.end = rec.Offset + rec.Size
		it, ok := s.item(rec, where)
		s.indexRecord(rec) // after: a revisit's own keys must not push out the ones it needs
		s.resyncAfterDigest(rec)
		rec.Close()
		if ok {
			return it, nil
		}
	}
	return Item{}, io.EOF
}

// damaged turns a record that could not be read whole into an error item
// and says where reading goes on: at the next record start after the
// record's first byte in a regular file, else where the parser stopped
// (the end, when it cannot move past the damage).
func (s *warcSource) damaged(rec gowarc.Record, where string, err error) Item {
	if s.seekable {
		s.resync = rec.Offset + 1
	} else if rec.Offset+rec.Size <= s.end {
		s.done = true
	}
	s.end = max(s.end, rec.Offset+rec.Size)
	var id, uri string
	if rec.WarcRecord != nil {
		uri = strings.Trim(rec.WarcRecord.WarcHeader().Get(gowarc.WarcTargetURI), "<>")
		rec.Close()
	}
	if id = uri; id == "" {
		id = where
	}
	return Item{ID: id, URL: uri, Source: where, Err: fmt.Errorf("read warc record %s: %w", where, err)}
}

// restart moves the reader to the next record start at or after
// s.resync; false means there is none.
func (s *warcSource) restart() bool {
	off, ok := nextRecordStart(s.f, s.resync, s.size)
	s.resync = -1
	if !ok {
		s.done = true
		return false
	}
	s.r.Close()
	r, err := gowarc.NewWarcFileReaderFromStream(io.NewSectionReader(s.f, 0, s.size), off)
	if err != nil {
		s.done = true
		return false
	}
	s.r = r
	return true
}

// nextRecord reads the next record, turning a panic in the WARC parser
// (hostile input) into an error that ends the file.
func (s *warcSource) nextRecord() (rec gowarc.Record, err error) {
	defer func() {
		if p := recover(); p != nil {
			s.done = true
			rec, err = gowarc.Record{Offset: s.end}, fmt.Errorf("warc parser failed: %v", p)
		}
	}()
	return s.r.Next()
}
