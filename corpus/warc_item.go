package corpus

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/nlnwa/gowarc/v3"
)

// item turns one record into an article item; ok is false for records
// that are not articles.
func (s *warcSource) item(rec gowarc.Record, where string) (Item, bool) {
	wr := rec.WarcRecord
	it := baseItem(wr, where)
	switch wr.Type() {
	case gowarc.Response, gowarc.Resource:
		return payloadItem(wr, rec.Validation, it, s.opt.maxBytes())
	case gowarc.Revisit:
		return s.revisit(wr, it)
	}
	return it, false
}

// baseItem names a record's article: its target URI (or its place in the
// file when it has none) and its capture date.
func baseItem(wr gowarc.WarcRecord, where string) Item {
	uri := targetURI(wr)
	it := Item{ID: uri, URL: uri, Source: where}
	if uri == "" {
		it.ID = where
	}
	if d, err := wr.Date(); err == nil {
		it.Date = d.UTC()
	}
	return it
}

func targetURI(wr gowarc.WarcRecord) string {
	return strings.Trim(wr.WarcHeader().Get(gowarc.WarcTargetURI), "<>")
}

// payloadItem fills it with the payload of a response or resource record:
// body, format and charset. ok is false when the record is not an article
// (not HTTP, not 2xx, not HTML or text).
func payloadItem(wr gowarc.WarcRecord, validation []error, it Item, max int64) (Item, bool) {
	var (
		mt      mediaType
		body    []byte
		err     error
		enc, te string
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
		body, err = readPayload(hb.PayloadBytes, max)
	case gowarc.Resource:
		mt = parseContentType(wr.WarcHeader().Get(gowarc.ContentType))
		if _, ok := articleFormat(mt.typ); !ok {
			return it, false
		}
		body, err = readPayload(wr.Block().RawBytes, max)
	default:
		return it, false
	}
	it.Format, _ = articleFormat(mt.typ)
	it.Charset = mt.charset
	if err == nil {
		err = damage(validation)
	}
	if err == nil {
		if b, terr := decodeTransfer(body, te, max); terr == nil {
			body = b // else the writer de-chunked the body and kept the header
		}
	}
	if err == nil {
		body, err = decodeContent(body, enc, max)
	}
	it.Body = body
	if err != nil {
		it.Err = fmt.Errorf("read warc record %s: %w", it.Source, err)
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
