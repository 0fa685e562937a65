package corpus

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/newsfacts/newsfacts/internal/warcgen"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var (
	day0    = time.Date(2024, 3, 1, 12, 0, 0, 0, time.UTC)
	htmlOK  = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n"
	story   = []byte("<html><body><article><p>The council met on Tuesday.</p></article></body></html>")
	storyB  = []byte("<html><body><article><p>A second, different story.</p></article></body></html>")
	urlA    = "https://news.example/a"
	urlCopy = "https://news.example/a-copy"
)

// archive builds a WARC with fn and returns its bytes.
func archive(t testing.TB, compress bool, fn func(a *warcgen.Archive) error) []byte {
	t.Helper()
	var b bytes.Buffer
	require.NoError(t, fn(warcgen.NewArchive(&b, 9, compress)))
	return b.Bytes()
}

// withOriginal writes the response for urlA (story) and returns its digest.
func withOriginal(a *warcgen.Archive) (string, error) {
	if err := a.Request(urlA, day0); err != nil {
		return "", err
	}
	return a.Response(urlA, day0, "text/html; charset=utf-8", story)
}

func TestWARCRevisitUnderAnotherURLTakesTheOriginalPayload(t *testing.T) {
	for _, compress := range []bool{false, true} {
		name := map[bool]string{false: "r.warc", true: "r.warc.gz"}[compress]
		t.Run(name, func(t *testing.T) {
			w := archive(t, compress, func(a *warcgen.Archive) error {
				d, err := withOriginal(a)
				if err != nil {
					return err
				}
				return a.Revisit(warcgen.Revisit{URI: urlCopy, Date: day0.Add(time.Hour), Profile: warcgen.IdenticalPayload,
					PayloadDigest: d, RefersToURI: urlA, RefersToDate: day0, Head: htmlOK})
			})
			items := readAll(t, Options{}, writeFile(t, name, w))
			require.Equal(t, []string{urlA, urlCopy}, ids(items))
			for _, it := range items {
				require.NoError(t, it.Err)
				assert.Equal(t, string(story), string(it.Body))
				assert.Equal(t, FormatHTML, it.Format)
				assert.Equal(t, "utf-8", it.Charset, "decoding follows the headers stored with the payload")
			}
			assert.Equal(t, urlCopy, items[1].URL)
			assert.Equal(t, day0.Add(time.Hour), items[1].Date, "the revisit's own date")
			assert.Equal(t, day0, items[0].Date)
			assert.NotEqual(t, items[0].Source, items[1].Source, "the revisit's own place in the file")
		})
	}
}

func TestWARCRevisitOfTheSameURLIsNotReadAgain(t *testing.T) {
	for _, tc := range []struct {
		name string
		rv   warcgen.Revisit
	}{
		{"identical payload, refers to the URL", warcgen.Revisit{Profile: warcgen.IdenticalPayload, RefersToURI: urlA, RefersToDate: day0, Head: htmlOK}},
		{"identical payload, digest only", warcgen.Revisit{Profile: warcgen.IdenticalPayload}},
		{"server not modified", warcgen.Revisit{Profile: warcgen.ServerNotModified, RefersToURI: urlA, RefersToDate: day0,
			Head: "HTTP/1.1 304 Not Modified\r\n\r\n"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w := archive(t, true, func(a *warcgen.Archive) error {
				d, err := withOriginal(a)
				if err != nil {
					return err
				}
				rv := tc.rv
				rv.URI, rv.Date = urlA, day0.Add(24*time.Hour)
				if rv.Profile == warcgen.IdenticalPayload {
					rv.PayloadDigest = d
				}
				if err := a.Revisit(rv); err != nil {
					return err
				}
				_, err = a.Response("https://news.example/b", day0, "text/html", storyB)
				return err
			})
			items := readAll(t, Options{}, writeFile(t, "same.warc.gz", w))
			require.Equal(t, []string{urlA, "https://news.example/b"}, ids(items), "one sheet per distinct URL")
			for _, it := range items {
				require.NoError(t, it.Err)
			}
		})
	}
}

func TestWARCRevisitOfAnAbsentCaptureFallsBackOnTheDigest(t *testing.T) {
	// The revisit names a capture of its own URL that is not in the run,
	// but the same payload is, under another URL: the page is emitted.
	w := archive(t, false, func(a *warcgen.Archive) error {
		d, err := a.Response(urlCopy, day0, "text/html", story)
		if err != nil {
			return err
		}
		return a.Revisit(warcgen.Revisit{URI: urlA, Date: day0.Add(time.Hour), Profile: warcgen.IdenticalPayload,
			PayloadDigest: d, RefersToURI: urlA, RefersToDate: day0.Add(-24 * time.Hour), Head: htmlOK})
	})
	items := readAll(t, Options{}, writeFile(t, "absent.warc", w))
	require.Equal(t, []string{urlCopy, urlA}, ids(items))
	require.NoError(t, items[1].Err)
	assert.Equal(t, string(story), string(items[1].Body))
}

func TestWARCRevisitToMissingIsAnErrorItem(t *testing.T) {
	w := archive(t, true, func(a *warcgen.Archive) error {
		if err := a.Revisit(warcgen.Revisit{URI: urlCopy, Date: day0, Profile: warcgen.IdenticalPayload,
			PayloadDigest: "sha1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", RefersToURI: urlA, RefersToDate: day0, Head: htmlOK}); err != nil {
			return err
		}
		_, err := withOriginal(a) // later than the revisit: not a target
		return err
	})
	items := readAll(t, Options{}, writeFile(t, "missing.warc.gz", w))
	require.Equal(t, []string{urlCopy, urlA}, ids(items))
	require.ErrorIs(t, items[0].Err, ErrRevisit)
	assert.Contains(t, items[0].Err.Error(), "no earlier record with capture of "+urlA)
	assert.Contains(t, items[0].Err.Error(), "payload digest sha1:AAAA")
	assert.Empty(t, items[0].Body)
	require.NoError(t, items[1].Err, "reading goes on after the revisit")
	assert.Equal(t, string(story), string(items[1].Body))
}

func TestWARCRevisitChainIsFollowed(t *testing.T) {
	u2, u3 := "https://news.example/a?page=1", "https://news.example/a?page=1&ref=x"
	w := archive(t, false, func(a *warcgen.Archive) error {
		if _, err := withOriginal(a); err != nil {
			return err
		}
		// Server-not-modified revisits name their capture by URI and date
		// only; the second names the first.
		if err := a.Revisit(warcgen.Revisit{URI: u2, Date: day0.Add(time.Hour), Profile: warcgen.ServerNotModified,
			RefersToURI: urlA, RefersToDate: day0}); err != nil {
			return err
		}
		return a.Revisit(warcgen.Revisit{URI: u3, Date: day0.Add(2 * time.Hour), Profile: warcgen.ServerNotModified,
			RefersToURI: u2, RefersToDate: day0.Add(time.Hour)})
	})
	items := readAll(t, Options{}, writeFile(t, "chain.warc", w))
	require.Equal(t, []string{urlA, u2, u3}, ids(items))
	for _, it := range items {
		require.NoError(t, it.Err)
		assert.Equal(t, string(story), string(it.Body))
	}
	assert.Equal(t, day0.Add(2*time.Hour), items[2].Date)
}

func TestWARCRevisitChainTooLong(t *testing.T) {
	w := archive(t, false, func(a *warcgen.Archive) error {
		if _, err := withOriginal(a); err != nil {
			return err
		}
		prev, prevDate := urlA, day0
		for i := 1; i <= maxRevisitHops+1; i++ {
			u, d := urlA+"?v="+string(rune('a'+i)), day0.Add(time.Duration(i)*time.Hour)
			if err := a.Revisit(warcgen.Revisit{URI: u, Date: d, Profile: warcgen.ServerNotModified, RefersToURI: prev, RefersToDate: prevDate}); err != nil {
				return err
			}
			prev, prevDate = u, d
		}
		return nil
	})
	items := readAll(t, Options{}, writeFile(t, "long.warc", w))
	require.Len(t, items, maxRevisitHops+2)
	for _, it := range items[:maxRevisitHops+1] {
		require.NoError(t, it.Err)
	}
	last := items[len(items)-1]
	require.ErrorIs(t, last.Err, ErrRevisit)
	assert.Contains(t, last.Err.Error(), "revisits in a row")
}

func TestWARCRevisitAcrossFiles(t *testing.T) {
	var digest string
	first := archive(t, true, func(a *warcgen.Archive) error {
		var err error
		digest, err = withOriginal(a)
		return err
	})
	second := archive(t, true, func(a *warcgen.Archive) error {
		return a.Revisit(warcgen.Revisit{URI: urlCopy, Date: day0.Add(time.Hour), Profile: warcgen.IdenticalPayload, PayloadDigest: digest, Head: htmlOK})
	})
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "1.warc.gz"), first, 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "2.warc.gz"), second, 0o644))
	items := readAll(t, Options{}, dir)
	require.Equal(t, []string{urlA, urlCopy}, ids(items))
	require.NoError(t, items[1].Err)
	assert.Equal(t, string(story), string(items[1].Body))

	alone := readAll(t, Options{}, filepath.Join(dir, "2.warc.gz"))
	require.Len(t, alone, 1)
	assert.ErrorIs(t, alone[0].Err, ErrRevisit, "the earlier file was not read")
}

func TestWARCRevisitThatIsNoArticleIsPassedOver(t *testing.T) {
	w := archive(t, false, func(a *warcgen.Archive) error {
		d, err := withOriginal(a)
		if err != nil {
			return err
		}
		for _, head := range []string{"HTTP/1.1 200 OK\r\nContent-Type: image/jpeg\r\n\r\n", "HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\n\r\n"} {
			if err := a.Revisit(warcgen.Revisit{URI: urlCopy, Date: day0, Profile: warcgen.IdenticalPayload, PayloadDigest: "sha1:MISSING", Head: head}); err != nil {
				return err
			}
		}
		// A profile the reader does not know.
		return a.Revisit(warcgen.Revisit{URI: urlCopy, Date: day0, Profile: "http://example.com/revisit/other", PayloadDigest: d, Head: htmlOK})
	})
	items := readAll(t, Options{}, writeFile(t, "noart.warc", w))
	assert.Equal(t, []string{urlA}, ids(items))
}

func TestWARCRevisitInAPipeIsAnErrorItem(t *testing.T) {
	w := originalRevisitAndB(t)
	p := pipe(t, "feed.warc", w)
	items := readAll(t, Options{}, p)
	require.Equal(t, []string{urlA, urlCopy, "https://news.example/b"}, ids(items))
	assert.NoError(t, items[0].Err)
	require.ErrorIs(t, items[1].Err, ErrRevisit)
	assert.Contains(t, items[1].Err.Error(), "cannot be re-read")
	assert.NoError(t, items[2].Err)
}

// originalRevisitAndB writes a plain archive of story A, a revisit of it
// under urlCopy and story B.
func originalRevisitAndB(t *testing.T) []byte {
	t.Helper()
	return archive(t, false, func(a *warcgen.Archive) error {
		d, err := withOriginal(a)
		if err != nil {
			return err
		}
		if err := a.Revisit(warcgen.Revisit{URI: urlCopy, Date: day0, Profile: warcgen.IdenticalPayload, PayloadDigest: d, Head: htmlOK}); err != nil {
			return err
		}
		_, err = a.Response("https://news.example/b", day0, "text/html", storyB)
		return err
	})
}

// pipe makes a named pipe called name and writes data into it once a
// reader opens it.
func pipe(t *testing.T, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	require.NoError(t, syscall.Mkfifo(p, 0o600))
	go func() {
		f, err := os.OpenFile(p, os.O_WRONLY, 0)
		if err != nil {
			return
		}
		f.Write(data)
		f.Close()
	}()
	return p
}

func TestWARCGzippedPipe(t *testing.T) {
	b, uris := genWARC(t, 12)
	items := readAll(t, Options{}, pipe(t, "records.warc.gz", b))
	assert.Equal(t, uris, ids(items), "per-record gzip through a pipe")
	var whole bytes.Buffer
	zw := gzip.NewWriter(&whole)
	zr, err := gzip.NewReader(bytes.NewReader(b))
	require.NoError(t, err)
	_, err = io.Copy(zw, zr)
	require.NoError(t, err)
	require.NoError(t, zw.Close())
	items = readAll(t, Options{}, pipe(t, "whole.warc.gz", whole.Bytes()))
	assert.Equal(t, uris, ids(items), "one gzip stream through a pipe")
	for _, it := range items {
		assert.NoError(t, it.Err)
	}
}

func TestWARCGzippedAsOneStream(t *testing.T) {
	w := originalRevisitAndB(t)
	var z bytes.Buffer
	zw := gzip.NewWriter(&z)
	_, err := io.Copy(zw, bytes.NewReader(w))
	require.NoError(t, err)
	require.NoError(t, zw.Close())
	items := readAll(t, Options{}, writeFile(t, "whole.warc.gz", z.Bytes()))
	require.Equal(t, []string{urlA, urlCopy, "https://news.example/b"}, ids(items), "every record, not only the first")
	assert.NoError(t, items[0].Err)
	assert.Equal(t, string(storyB), string(items[2].Body))
	require.ErrorIs(t, items[1].Err, ErrRevisit, "offsets inside one gzip stream cannot be sought")
}

func TestWARCRevisitIndexIsBounded(t *testing.T) {
	w := archive(t, false, func(a *warcgen.Archive) error {
		d, err := withOriginal(a)
		if err != nil {
			return err
		}
		if _, err := a.Response("https://news.example/b", day0, "text/html", storyB); err != nil {
			return err
		}
		return a.Revisit(warcgen.Revisit{URI: urlCopy, Date: day0, Profile: warcgen.IdenticalPayload, PayloadDigest: d, Head: htmlOK})
	})
	p := writeFile(t, "small.warc", w)
	items := readAll(t, Options{RevisitIndex: 2}, p)
	require.Equal(t, []string{urlA, "https://news.example/b", urlCopy}, ids(items))
	assert.ErrorIs(t, items[2].Err, ErrRevisit, "urlA's keys were dropped for b's")
	items = readAll(t, Options{RevisitIndex: 4}, p)
	assert.NoError(t, items[2].Err)
}

func TestRevisitIndexKeepsFirstAndDropsOldest(t *testing.T) {
	x := newRevisitIndex(2)
	x.add("a", recordLoc{off: 1})
	x.add("a", recordLoc{off: 9})
	x.add("b", recordLoc{off: 2})
	loc, ok := x.find("a")
	require.True(t, ok)
	assert.Equal(t, int64(1), loc.off, "the first record with a key is kept")
	x.add("c", recordLoc{off: 3})
	_, ok = x.find("a")
	assert.False(t, ok, "the oldest key goes first")
	for k, off := range map[string]int64{"b": 2, "c": 3} {
		loc, ok := x.find(k)
		require.True(t, ok)
		assert.Equal(t, off, loc.off)
	}
	assert.Len(t, x.m, 2)
	_, ok = x.find("")
	assert.False(t, ok)

	far := recordLoc{file: maxLocFile, off: maxLocOff}
	x.add("far", far)
	loc, ok = x.find("far")
	require.True(t, ok)
	assert.Equal(t, far, loc, "the packing keeps file and offset")
	x.add("too far", recordLoc{file: maxLocFile + 1})
	_, ok = x.find("too far")
	assert.False(t, ok)
}

func TestDigestAndDateKeysMatchAcrossEncodings(t *testing.T) {
	// The SHA-1 of "abc", base32 and hex.
	assert.Equal(t, digestKey("sha1:VGMT4NSHA2AWVOR6EVYXQUGCNSONBWE5"), digestKey("SHA1:a9993e364706816aba3e25717850c26c9cd0d89d"))
	assert.NotEqual(t, digestKey("sha1:VGMT4NSHA2AWVOR6EVYXQUGCNSONBWE5"), digestKey("sha256:VGMT4NSHA2AWVOR6EVYXQUGCNSONBWE5"))
	assert.Empty(t, digestKey("nodigest"))
	assert.Equal(t, refKey("u", "2024-03-01T12:00:00Z"), refKey("u", "2024-03-01T13:00:00+01:00"))
	assert.Empty(t, refKey("u", ""))
}
