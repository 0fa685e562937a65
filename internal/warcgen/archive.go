package warcgen

import (
	"io"
	"time"

	"github.com/nlnwa/gowarc/v3"
)

// Archive writes a WARC record by record, for tests that need records of
// their own choosing: responses and the revisits that point back at them.
// The same calls give the same bytes.
type Archive struct {
	g *writer
}

// NewArchive writes to w, each record its own gzip member when compress
// is set, else plain.
func NewArchive(w io.Writer, seed uint64, compress bool) *Archive {
	return &Archive{g: &writer{w: w, seed: seed, plain: !compress}}
}

// Response writes a 200 response record for uri captured at date, with
// an HTTP head of the given content type, and returns the payload digest
// it declares (for a later revisit to name).
func (a *Archive) Response(uri string, date time.Time, ctype string, body []byte) (string, error) {
	head := "HTTP/1.1 200 OK\r\nContent-Type: " + ctype + "\r\n\r\n"
	return a.g.recordDigest(gowarc.Response, uri, date, "application/http;msgtype=response", append([]byte(head), body...))
}

// Revisit profiles, short names for the WARC/1.1 profile URIs.
const (
	IdenticalPayload  = gowarc.ProfileIdenticalPayloadDigestV1_1
	ServerNotModified = gowarc.ProfileServerNotModifiedV1_1
)

// Revisit says what a revisit record holds. Empty fields are left out of
// the record.
type Revisit struct {
	// URI and Date are the revisit's own capture.
	URI  string
	Date time.Time
	// Profile is IdenticalPayload or ServerNotModified (or any URI).
	Profile string
	// PayloadDigest is the digest of the payload the revisit stands for.
	PayloadDigest string
	// RefersToURI and RefersToDate name the earlier capture.
	RefersToURI  string
	RefersToDate time.Time
	// Head is the HTTP head the revisit carries ("" for none), e.g.
	// "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n".
	Head string
}

// Revisit writes a revisit record.
func (a *Archive) Revisit(r Revisit) error {
	extra := []string{gowarc.WarcProfile, r.Profile}
	if r.PayloadDigest != "" {
		extra = append(extra, gowarc.WarcPayloadDigest, r.PayloadDigest)
	}
	if r.RefersToURI != "" {
		extra = append(extra, gowarc.WarcRefersToTargetURI, r.RefersToURI)
	}
	if !r.RefersToDate.IsZero() {
		extra = append(extra, gowarc.WarcRefersToDate, r.RefersToDate.UTC().Format(time.RFC3339))
	}
	ctype := ""
	if r.Head != "" {
		ctype = "application/http;msgtype=response"
	}
	return a.g.record(gowarc.Revisit, r.URI, r.Date, ctype, []byte(r.Head), extra...)
}

// Request writes a request record for uri (a record a reader passes
// over).
func (a *Archive) Request(uri string, date time.Time) error {
	req := "GET " + uri + " HTTP/1.1\r\nHost: example.com\r\n\r\n"
	return a.g.record(gowarc.Request, uri, date, "application/http;msgtype=request", []byte(req))
}
