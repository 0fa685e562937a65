package corpus

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"fmt"
	"mime"
	"net/http/httputil"
	"strings"
)

// mediaType is a parsed Content-Type: the bare type, lower case, and its
// charset parameter, if any.
type mediaType struct {
	typ, charset string
}

func parseContentType(ct string) mediaType {
	ct = strings.TrimSpace(ct)
	if ct == "" {
		return mediaType{}
	}
	typ, params, err := mime.ParseMediaType(ct)
	if err != nil {
		// Keep what can be read of a malformed header: the part before ";".
		typ, _, _ = strings.Cut(ct, ";")
		return mediaType{typ: strings.ToLower(strings.TrimSpace(typ))}
	}
	return mediaType{typ: typ, charset: strings.ToLower(strings.Trim(params["charset"], `"' `))}
}

// articleFormat says whether a media type holds an article, and in which
// format. An empty type is accepted as unknown (the cleaner sniffs it).
func articleFormat(typ string) (Format, bool) {
	switch typ {
	case "":
		return FormatUnknown, true
	case "text/html", "application/xhtml+xml", "application/xml+html":
		return FormatHTML, true
	case "text/plain":
		return FormatText, true
	}
	return FormatUnknown, false
}

// decodeTransfer undoes a chunked transfer encoding left in stored bytes
// (some WARC writers keep it).
func decodeTransfer(b []byte, te string, max int64) ([]byte, error) {
	if !strings.EqualFold(strings.TrimSpace(te), "chunked") {
		return b, nil
	}
	out, err := readCapped(httputil.NewChunkedReader(bytes.NewReader(b)), max)
	if err != nil {
		return nil, fmt.Errorf("decode chunked body: %w", err)
	}
	return out, nil
}

// decodeContent undoes a Content-Encoding (gzip, deflate, identity),
// capping the decoded size at max bytes against compression bombs.
func decodeContent(b []byte, enc string, max int64) ([]byte, error) {
	switch strings.ToLower(strings.TrimSpace(enc)) {
	case "", "identity", "none":
		return b, nil
	case "gzip", "x-gzip":
		zr, err := gzip.NewReader(bytes.NewReader(b))
		if err != nil {
			return nil, fmt.Errorf("decode gzip body: %w", err)
		}
		out, err := readCapped(zr, max)
		if err != nil {
			return nil, fmt.Errorf("decode gzip body: %w", err)
		}
		return out, nil
	case "deflate":
		// "deflate" is zlib-wrapped by the spec but raw in the wild.
		if zr, err := zlib.NewReader(bytes.NewReader(b)); err == nil {
			if out, err := readCapped(zr, max); err == nil {
				return out, nil
			}
		}
		out, err := readCapped(flate.NewReader(bytes.NewReader(b)), max)
		if err != nil {
			return nil, fmt.Errorf("decode deflate body: %w", err)
		}
		return out, nil
	}
	return nil, fmt.Errorf("unsupported content encoding %q", enc)
}
