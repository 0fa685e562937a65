package corpus

import (
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/nlnwa/gowarc/v3"
)

// maxRevisitHops caps how many revisit records are followed (a revisit
// that refers to a revisit that refers to the response).
const maxRevisitHops = 8

// revisit resolves a revisit record (profile identical-payload-digest or
// server-not-modified) to the earlier response record, in this file or an
// earlier WARC file of the same Reader, that holds its payload. The item
// keeps the revisit's URI and date and takes the payload (and the headers
// that say how to decode it) from the response.
//
// A revisit of the same URL as its response is not an article again: the
// same page with the same bytes was read already, so it is skipped (ok is
// false). A revisit under another URL is that URL's article. A revisit
// that cannot be resolved is an item with ErrRevisit.
func (s *warcSource) revisit(wr gowarc.WarcRecord, it Item) (Item, bool) {
	if !isRevisitProfile(wr.WarcHeader().Get(gowarc.WarcProfile)) || !revisitMayBeArticle(wr) {
		return it, false
	}
	fail := func(err error) (Item, bool) {
		it.Err = fmt.Errorf("read warc record %s: %w", it.Source, err)
		return it, true
	}
	if !s.seekable {
		return fail(fmt.Errorf("%w: %s cannot be re-read by offset (a pipe, or gzipped as one stream)", ErrRevisit, s.path))
	}
	refs := revisitRefs(wr)
	if _, r, ok := s.lookup(refs); ok && r.uri == it.URL {
		return it, false // this URL's capture was read already: same page, same bytes
	}
	t, err := s.resolve(refs)
	if err != nil {
		return fail(err)
	}
	defer t.close()
	if targetURI(t.rec.WarcRecord) == it.URL {
		return it, false
	}
	return payloadItem(t.rec.WarcRecord, t.rec.Validation, it, s.opt.maxBytes())
}

func isRevisitProfile(p string) bool {
	return strings.HasSuffix(p, "/revisit/identical-payload-digest") || strings.HasSuffix(p, "/revisit/server-not-modified")
}

// revisitMayBeArticle reads the HTTP head a revisit record carries, if
// any: a status other than 2xx or 304, or a content type that is not HTML
// or text, says it is not an article.
func revisitMayBeArticle(wr gowarc.WarcRecord) bool {
	pb, ok := wr.Block().(gowarc.ProtocolHeaderBlock)
	if !ok {
		return true
	}
	head := pb.ProtocolHeaderBytes()
	status, _, _ := strings.Cut(string(head), "\n")
	if f := strings.Fields(status); len(f) >= 2 && strings.HasPrefix(f[0], "HTTP/") {
		if c, err := strconv.Atoi(f[1]); err == nil && (c < 200 || c > 299) && c != 304 {
			return false
		}
	}
	if ct := rawHeader(head, "Content-Type"); ct != "" {
		_, ok := articleFormat(parseContentType(ct).typ)
		return ok
	}
	return true
}

// recordRef is one way a revisit names its response: an index key and the
// check that a record read back is the one meant (keys are hashes).
type recordRef struct {
	key  string
	what string
	uri  string // the URI a capture reference names ("" for a digest)
	is   func(gowarc.WarcRecord) bool
}

// revisitRefs lists how a revisit (or a revisit it leads to) names its
// response: by target URI and date, then by payload digest.
func revisitRefs(wr gowarc.WarcRecord) []recordRef {
	h := wr.WarcHeader()
	var refs []recordRef
	uri := strings.Trim(h.Get(gowarc.WarcRefersToTargetURI), "<>")
	date := h.Get(gowarc.WarcRefersToDate)
	if k := refKey(uri, date); k != "" {
		refs = append(refs, recordRef{k, fmt.Sprintf("capture of %s at %s", uri, date), uri, func(t gowarc.WarcRecord) bool {
			return refKey(targetURI(t), t.WarcHeader().Get(gowarc.WarcDate)) == k
		}})
	}
	if k := digestKey(h.Get(gowarc.WarcPayloadDigest)); k != "" {
		refs = append(refs, recordRef{k, "payload digest " + h.Get(gowarc.WarcPayloadDigest), "", func(t gowarc.WarcRecord) bool {
			return digestKey(payloadDigest(t)) == k
		}})
	}
	return refs
}

// payloadDigest is the digest a record declares for its payload.
func payloadDigest(wr gowarc.WarcRecord) string {
	h := wr.WarcHeader()
	if d := h.Get(gowarc.WarcPayloadDigest); d != "" || wr.Type() != gowarc.Resource {
		return d
	}
	return h.Get(gowarc.WarcBlockDigest)
}

// indexRecord notes where a record that may be revisited lies: a response
// or resource by payload digest and by URI and date, a revisit by URI and
// date (a later revisit may name it).
func (s *warcSource) indexRecord(rec gowarc.Record) {
	if !s.seekable || damage(rec.Validation) != nil {
		return
	}
	wr := rec.WarcRecord
	loc := recordLoc{file: s.fileID, off: rec.Offset}
	switch wr.Type() {
	case gowarc.Response, gowarc.Resource:
		s.index.add(digestKey(payloadDigest(wr)), loc)
		fallthrough
	case gowarc.Revisit:
		s.index.add(refKey(targetURI(wr), wr.WarcHeader().Get(gowarc.WarcDate)), loc)
	}
}

// lookup returns the first of refs the index holds.
func (s *warcSource) lookup(refs []recordRef) (recordLoc, recordRef, bool) {
	for _, r := range refs {
		if loc, ok := s.index.find(r.key); ok {
			return loc, r, true
		}
	}
	return recordLoc{}, recordRef{}, false
}

// target is a record read back by offset; close releases it.
type target struct {
	rec   gowarc.Record
	close func()
}

// resolve follows refs to the response or resource record that holds the
// payload, through at most maxRevisitHops revisits.
func (s *warcSource) resolve(refs []recordRef) (target, error) {
	for hop := 0; hop < maxRevisitHops; hop++ {
		t, ok, err := s.readRef(refs)
		if err != nil || !ok {
			return target{}, err
		}
		switch t.rec.WarcRecord.Type() {
		case gowarc.Response, gowarc.Resource:
			return t, nil
		case gowarc.Revisit:
			refs = revisitRefs(t.rec.WarcRecord)
			t.close()
			continue
		}
		typ := t.rec.WarcRecord.Type()
		t.close()
		return target{}, fmt.Errorf("%w: it points to a %s record", ErrRevisit, typ)
	}
	return target{}, fmt.Errorf("%w: more than %d revisits in a row", ErrRevisit, maxRevisitHops)
}

// readRef reads the first record of refs that the index holds and that
// is the record meant.
func (s *warcSource) readRef(refs []recordRef) (target, bool, error) {
	var names []string
	for _, r := range refs {
		names = append(names, r.what)
		loc, ok := s.index.find(r.key)
		if !ok {
			continue
		}
		t, err := s.readAt(loc)
		if err != nil {
			return target{}, false, fmt.Errorf("%w: re-read %s#%d: %w", ErrRevisit, s.index.files[loc.file], loc.off, err)
		}
		if r.is(t.rec.WarcRecord) {
			return t, true, nil
		}
		t.close()
	}
	if len(names) == 0 {
		return target{}, false, fmt.Errorf("%w: it names no payload digest and no earlier capture", ErrRevisit)
	}
	return target{}, false, fmt.Errorf("%w: no earlier record with %s in the files read", ErrRevisit, strings.Join(names, " or "))
}

// readAt reads the record at loc back: from this file, or by opening the
// earlier file it is in.
func (s *warcSource) readAt(loc recordLoc) (t target, err error) {
	var ra io.ReaderAt = s.f
	size, done := s.size, func() {}
	if loc.file != s.fileID {
		f, err := os.Open(s.index.files[loc.file])
		if err != nil {
			return target{}, err
		}
		st, err := f.Stat()
		if err != nil {
			f.Close()
			return target{}, err
		}
		ra, size, done = f, st.Size(), func() { f.Close() }
	}
	r, err := gowarc.NewWarcFileReaderFromStream(io.NewSectionReader(ra, 0, size), loc.off)
	if err != nil {
		done()
		return target{}, err
	}
	release := func() { r.Close(); done() }
	rec, err := nextSafe(r)
	if err == nil && rec.Offset != loc.off {
		err = fmt.Errorf("no record starts there")
	}
	if err != nil {
		rec.Close()
		release()
		return target{}, err
	}
	return target{rec: rec, close: func() { rec.Close(); release() }}, nil
}

// nextSafe reads a record, turning a panic in the WARC parser into an
// error.
func nextSafe(r *gowarc.WarcFileReader) (rec gowarc.Record, err error) {
	defer func() {
		if p := recover(); p != nil {
			rec, err = gowarc.Record{}, fmt.Errorf("warc parser failed: %v", p)
		}
	}()
	return r.Next()
}
