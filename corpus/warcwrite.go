package corpus

import (
	"compress/gzip"
	"fmt"
	"io"
	"time"

	"github.com/nlnwa/gowarc/v3"
)

// WARCWriter writes WARC/1.1 records, each in its own gzip member when
// compressing (as CC-NEWS does), so that a reader can start at any
// record. It is not safe for concurrent use.
type WARCWriter struct {
	w    io.Writer
	gzip bool
	m    gowarc.Marshaler
}

// NewWARCWriter returns a writer to w; with compress, every record is its
// own gzip member.
func NewWARCWriter(w io.Writer, compress bool) *WARCWriter {
	return &WARCWriter{w: w, gzip: compress, m: gowarc.NewMarshaler()}
}

var warcOpts = []gowarc.WarcRecordOption{
	gowarc.WithAddMissingRecordId(true),
	gowarc.WithAddMissingContentLength(true),
	gowarc.WithAddMissingDigest(true),
}

// WriteInfo writes a warcinfo record naming the software that made the
// file.
func (w *WARCWriter) WriteInfo(software string) error {
	b := gowarc.NewRecordBuilder(gowarc.Warcinfo, warcOpts...)
	b.AddWarcHeaderTime(gowarc.WarcDate, time.Now().UTC())
	b.AddWarcHeader(gowarc.ContentType, gowarc.ApplicationWarcFields)
	if _, err := fmt.Fprintf(b, "software: %s\r\nformat: WARC File Format 1.1\r\n", software); err != nil {
		return fmt.Errorf("write warcinfo: %w", err)
	}
	return w.write(b, "warcinfo")
}

// WriteExchange writes one request record and its response record
// (linked by WARC-Concurrent-To).
func (w *WARCWriter) WriteExchange(ex Exchange) error {
	req := gowarc.NewRecordBuilder(gowarc.Request, warcOpts...)
	w.headers(req, ex, "request")
	if _, err := req.Write(ex.Request); err != nil {
		return fmt.Errorf("write request record: %w", err)
	}
	reqRec, _, err := req.Build()
	if err != nil {
		return fmt.Errorf("build request record for %s: %w", ex.URL, err)
	}
	defer reqRec.Close()
	resp := gowarc.NewRecordBuilder(gowarc.Response, warcOpts...)
	w.headers(resp, ex, "response")
	resp.AddWarcHeader(gowarc.WarcConcurrentTo, "<"+reqRec.RecordId()+">")
	if ex.IP != "" {
		resp.AddWarcHeader(gowarc.WarcIPAddress, ex.IP)
	}
	if _, err := resp.Write(ex.Response); err != nil {
		return fmt.Errorf("write response record: %w", err)
	}
	if _, err := resp.Write(ex.Body); err != nil {
		return fmt.Errorf("write response record: %w", err)
	}
	if err := w.writeRecord(reqRec, ex.URL); err != nil {
		return err
	}
	return w.write(resp, ex.URL)
}

func (w *WARCWriter) headers(b gowarc.WarcRecordBuilder, ex Exchange, msgtype string) {
	b.AddWarcHeader(gowarc.WarcTargetURI, ex.URL)
	b.AddWarcHeaderTime(gowarc.WarcDate, ex.Date)
	b.AddWarcHeader(gowarc.ContentType, "application/http;msgtype="+msgtype)
}

func (w *WARCWriter) write(b gowarc.WarcRecordBuilder, what string) error {
	rec, _, err := b.Build()
	if err != nil {
		return fmt.Errorf("build %s record: %w", what, err)
	}
	defer rec.Close()
	return w.writeRecord(rec, what)
}

func (w *WARCWriter) writeRecord(rec gowarc.WarcRecord, what string) error {
	if !w.gzip {
		if _, _, err := w.m.Marshal(w.w, rec, 0); err != nil {
			return fmt.Errorf("write %s record: %w", what, err)
		}
		return nil
	}
	zw := gzip.NewWriter(w.w)
	if _, _, err := w.m.Marshal(zw, rec, 0); err != nil {
		return fmt.Errorf("write %s record: %w", what, err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("write %s record: %w", what, err)
	}
	return nil
}
