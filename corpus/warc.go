package corpus

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/nlnwa/gowarc/v3"
)

// warcSource yields the article records of a WARC file (plain or with
// per-record gzip, as CC-NEWS ships): HTTP response records with a 2xx
// status and an HTML or text content type, and resource records with such
// a type. Other records are passed over. A damaged record (truncated,
// wrong length or digest, bad gzip) is an item with Err, and reading goes
// on after it when the file allows.
type warcSource struct {
	opt  Options
	path string
	r    *gowarc.WarcFileReader
	end  int64 // file offset just past the last record read
	done bool
}

func openWARC(opt Options, p string) (source, error) {
	r, err := gowarc.NewWarcFileReader(p, 0)
	if err != nil {
		return nil, fmt.Errorf("open warc %s: %w", p, err)
	}
	return &warcSource{opt: opt, path: p, r: r}, nil
}

func (s *warcSource) close() error { return s.r.Close() }

func (s *warcSource) next(ctx context.Context) (Item, error) {
	for !s.done {
		if err := ctx.Err(); err != nil {
			return Item{}, err
		}
		rec, err := s.nextRecord()
		if errors.Is(err, io.EOF) && rec.WarcRecord == nil && rec.Size == 0 {
			return Item{}, io.EOF // the clean end: nothing was consumed
		}
		where := fmt.Sprintf("%s#%d", s.path, rec.Offset)
		if err != nil {
			// Stop when the reader cannot move past the damage.
			if rec.Offset+rec.Size <= s.end {
				s.done = true
			}
			s.end = max(s.end, rec.Offset+rec.Size)
			if rec.WarcRecord != nil {
				rec.Close()
			}
			return Item{ID: where, Source: where, Err: fmt.Errorf("read warc record: %w", err)}, nil
		}
		s.end = rec.Offset + rec.Size
		it, ok := s.item(rec, where)
		rec.Close()
		if ok {
			return it, nil
		}
	}
	return Item{}, io.EOF
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

// item turns one record into an article item; ok is false for records
// that are not articles.
func (s *warcSource) item(rec gowarc.Record, where string) (Item, bool) {
	wr := rec.WarcRecord
	uri := strings.Trim(wr.WarcHeader().Get(gowarc.WarcTargetURI), "<>")
	it := Item{ID: uri, URL: uri, Source: where}
	if uri == "" {
		it.ID = where
	}
	var (
		mt       mediaType
		body     []byte
		err      error
		enc, te  string
		isRecord bool
	)
	switch wr.Type() {
	case gowarc.Response:
		hb, ok := wr.Block().(gowarc.HttpResponseBlock)
		if !ok {
			return it, false // dns:, whois: and other non-HTTP responses
		}
		if c := hb.HttpStatusCode(); c < 200 || c > 299 {
			return it, false // redirects and errors are not articles
		}
		h := hb.HttpHeader()
		mt = parseContentType(h.Get("Content-Type"))
		if _, ok := articleFormat(mt.typ); !ok {
			return it, false
		}
		enc, te = h.Get("Content-Encoding"), rawHeader(hb.ProtocolHeaderBytes(), "Transfer-Encoding")
		body, err = readPayload(hb.PayloadBytes, s.opt.maxBytes())
		isRecord = true
	case gowarc.Resource:
		mt = parseContentType(wr.WarcHeader().Get(gowarc.ContentType))
		if _, ok := articleFormat(mt.typ); !ok {
			return it, false
		}
		body, err = readPayload(wr.Block().RawBytes, s.opt.maxBytes())
		isRecord = true
	}
	if !isRecord {
		return it, false
	}
	it.Format, _ = articleFormat(mt.typ)
	it.Charset = mt.charset
	if err == nil {
		err = damage(rec.Validation)
	}
	if err == nil {
		if b, terr := decodeTransfer(body, te, s.opt.maxBytes()); terr == nil {
			body = b // else the writer de-chunked the body and kept the header
		}
	}
	if err == nil {
		body, err = decodeContent(body, enc, s.opt.maxBytes())
	}
	it.Body = body
	if err != nil {
		it.Err = fmt.Errorf("read warc record %s: %w", where, err)
	}
	return it, true
}

func readPayload(open func() (io.Reader, error), max int64) ([]byte, error) {
	r, err := open()
	if err != nil {
		return nil, err
	}
	return readCapped(r, max)
}

// damage returns the first finding that means the record's bytes are not
// what was written: a wrong length (truncation) or a wrong digest.
func damage(findings []error) error {
	for _, f := range findings {
		var cl *gowarc.ContentLengthError
		var dg *gowarc.DigestError
		if errors.As(f, &cl) || errors.As(f, &dg) {
			return f
		}
	}
	return nil
}

// rawHeader finds a header in an HTTP head as stored (Go's parser drops
// Transfer-Encoding from the header map).
func rawHeader(head []byte, name string) string {
	for _, line := range strings.Split(string(head), "\n") {
		k, v, ok := strings.Cut(line, ":")
		if ok && strings.EqualFold(strings.TrimSpace(k), name) {
			return strings.TrimSpace(v)
		}
	}
	return ""
}
