package warcgen

import (
	"compress/gzip"
	"fmt"
	"io"
	"time"

	"github.com/nlnwa/gowarc/v3"
)

// Options say what to write.
type Options struct {
	// Pages is the number of article pages (each a request and a response
	// record).
	Pages int
	// Seed picks the page stream; the same seed gives the same pages.
	Seed uint64
	// Noise adds, every 10th page, a redirect response and an image
	// response: records a reader must pass over.
	Noise bool
}

// writer numbers records so that the same options give the same bytes.
type writer struct {
	w     io.Writer
	seed  uint64
	n     int
	plain bool // no gzip: records as they are, one after another
}

func (g *writer) opts() []gowarc.WarcRecordOption {
	return []gowarc.WarcRecordOption{
		gowarc.WithAddMissingRecordId(true),
		gowarc.WithAddMissingContentLength(true),
		gowarc.WithAddMissingDigest(true),
		gowarc.WithRecordIdFunc(func() (string, error) {
			g.n++
			return fmt.Sprintf("urn:uuid:%08x-0000-4000-8000-%012x", g.seed&0xffffffff, g.n), nil
		}),
	}
}

// Write writes the WARC to w with per-record gzip and returns the target
// URIs of the article pages in order. The same options give the same
// bytes.
func Write(w io.Writer, opt Options) ([]string, error) {
	g := &writer{w: w, seed: opt.Seed}
	date := time.Date(2024, 3, 1, 12, 0, 0, 0, time.UTC)
	if err := g.record(gowarc.Warcinfo, "", date, gowarc.ApplicationWarcFields, []byte("software: newsfacts warcgen\r\nformat: WARC File Format 1.1\r\n")); err != nil {
		return nil, err
	}
	var uris []string
	for i := 0; i < opt.Pages; i++ {
		p := MakePage(opt.Seed, i)
		if opt.Noise && i%10 == 3 {
			if err := g.exchange(p.URL+"?amp", date, "301 Moved Permanently", "text/html", []byte("<a href=\""+p.URL+"\">moved</a>"), "Location: "+p.URL+"\r\n"); err != nil {
				return nil, err
			}
			if err := g.exchange(p.URL+".jpg", date, "200 OK", "image/jpeg", []byte("\xff\xd8\xff\xe0 not really a jpeg"), ""); err != nil {
				return nil, err
			}
		}
		if err := g.exchange(p.URL, date, "200 OK", "text/html; charset=UTF-8", p.HTML, ""); err != nil {
			return nil, err
		}
		uris = append(uris, p.URL)
		date = date.Add(time.Second)
	}
	return uris, nil
}

func (g *writer) exchange(uri string, date time.Time, status, ctype string, body []byte, extra string) error {
	req := fmt.Sprintf("GET %s HTTP/1.1\r\nHost: example.com\r\nUser-Agent: warcgen\r\n\r\n", uri)
	if err := g.record(gowarc.Request, uri, date, "application/http;msgtype=request", []byte(req)); err != nil {
		return err
	}
	head := fmt.Sprintf("HTTP/1.1 %s\r\nContent-Type: %s\r\nContent-Length: %d\r\n%s\r\n", status, ctype, len(body), extra)
	return g.record(gowarc.Response, uri, date, "application/http;msgtype=response", append([]byte(head), body...))
}

func (g *writer) record(typ gowarc.RecordType, uri string, date time.Time, ctype string, block []byte, extra ...string) error {
	_, err := g.recordDigest(typ, uri, date, ctype, block, extra...)
	return err
}

// recordDigest writes one record, with extra header fields given as name,
// value pairs, and returns the payload digest it declares.
func (g *writer) recordDigest(typ gowarc.RecordType, uri string, date time.Time, ctype string, block []byte, extra ...string) (string, error) {
	b := gowarc.NewRecordBuilder(typ, g.opts()...)
	if uri != "" {
		b.AddWarcHeader(gowarc.WarcTargetURI, uri)
	}
	b.AddWarcHeaderTime(gowarc.WarcDate, date)
	if ctype != "" {
		b.AddWarcHeader(gowarc.ContentType, ctype)
	}
	for i := 0; i+1 < len(extra); i += 2 {
		b.AddWarcHeader(extra[i], extra[i+1])
	}
	if _, err := b.Write(block); err != nil {
		return "", fmt.Errorf("warcgen: %w", err)
	}
	rec, _, err := b.Build()
	if err != nil {
		return "", fmt.Errorf("warcgen: build record: %w", err)
	}
	defer rec.Close()
	return rec.WarcHeader().Get(gowarc.WarcPayloadDigest), g.marshal(rec)
}

func (g *writer) marshal(rec gowarc.WarcRecord) error {
	if g.plain {
		if _, _, err := gowarc.NewMarshaler().Marshal(g.w, rec, 0); err != nil {
			return fmt.Errorf("warcgen: write record: %w", err)
		}
		return nil
	}
	zw := gzip.NewWriter(g.w)
	if _, _, err := gowarc.NewMarshaler().Marshal(zw, rec, 0); err != nil {
		return fmt.Errorf("warcgen: write record: %w", err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("warcgen: write record: %w", err)
	}
	return nil
}
