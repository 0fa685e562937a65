package corpus

import (
	"archive/tar"
	"archive/zip"
	"bytes"
	"io/fs"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

type entry struct {
	name, body string
	typ        byte // tar type; zip: tar.TypeSymlink makes a symlink
}

func makeTar(t *testing.T, es ...entry) []byte {
	var b bytes.Buffer
	tw := tar.NewWriter(&b)
	for _, e := range es {
		h := &tar.Header{Name: e.name, Mode: 0o644, Size: int64(len(e.body)), Typeflag: e.typ}
		if e.typ == 0 {
			h.Typeflag = tar.TypeReg
		}
		if e.typ == tar.TypeSymlink || e.typ == tar.TypeLink {
			h.Size, h.Linkname = 0, e.body
		}
		if e.typ == tar.TypeDir {
			h.Size = 0
		}
		require.NoError(t, tw.WriteHeader(h))
		if h.Size > 0 {
			_, err := tw.Write([]byte(e.body))
			require.NoError(t, err)
		}
	}
	require.NoError(t, tw.Close())
	return b.Bytes()
}

func makeZip(t *testing.T, es ...entry) []byte {
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for _, e := range es {
		h := &zip.FileHeader{Name: e.name, Method: zip.Deflate}
		h.SetMode(0o644)
		if e.typ == tar.TypeSymlink {
			h.SetMode(fs.ModeSymlink | 0o777)
		}
		w, err := zw.CreateHeader(h)
		require.NoError(t, err)
		_, err = w.Write([]byte(e.body))
		require.NoError(t, err)
	}
	require.NoError(t, zw.Close())
	return b.Bytes()
}

var hostile = []entry{
	{name: "news/b.html", body: "<p>B</p>"},
	{name: "../../etc/evil.html", body: "<p>slip</p>"},
	{name: "/abs/path.html", body: "<p>abs</p>"},
	{name: "news/link.html", body: "/etc/passwd", typ: tar.TypeSymlink},
	{name: "news/a.txt", body: "A words."},
	{name: "news/img.png", body: "\x89PNG"},
}

func checkHostile(t *testing.T, items []Item) {
	t.Helper()
	require.Len(t, items, 5, "the png is passed over, everything else is an item")
	assert.Equal(t, "news/b", items[0].ID)
	assert.NoError(t, items[0].Err)
	assert.ErrorIs(t, items[1].Err, ErrUnsafePath)
	assert.ErrorIs(t, items[2].Err, ErrUnsafePath)
	assert.ErrorIs(t, items[3].Err, ErrLink)
	assert.Equal(t, "news/a", items[4].ID, "archive order, not sorted")
	assert.Equal(t, FormatText, items[4].Format)
	assert.Equal(t, "A words.", string(items[4].Body))
}

func TestTarHostileEntries(t *testing.T) {
	checkHostile(t, readAll(t, Options{}, writeFile(t, "x.tar", makeTar(t, hostile...))))
}

func TestTarGzHostileEntries(t *testing.T) {
	checkHostile(t, readAll(t, Options{}, writeFile(t, "x.tgz", gz(string(makeTar(t, hostile...))))))
}

func TestZipHostileEntries(t *testing.T) {
	checkHostile(t, readAll(t, Options{}, writeFile(t, "x.zip", makeZip(t, hostile...))))
}

func TestTarHardLinkRefused(t *testing.T) {
	items := readAll(t, Options{}, writeFile(t, "x.tar", makeTar(t, entry{name: "a.html", body: "b.html", typ: tar.TypeLink})))
	require.Len(t, items, 1)
	assert.ErrorIs(t, items[0].Err, ErrLink)
}

func TestZipBombEntryCapped(t *testing.T) {
	bomb := strings.Repeat("\x00", 50<<20) // 50 MiB of zeros deflates to ~50 KiB
	z := makeZip(t, entry{name: "bomb.html", body: bomb}, entry{name: "ok.html", body: "<p>fine</p>"})
	items := readAll(t, Options{MaxBytes: 1 << 20}, writeFile(t, "bomb.zip", z))
	require.Len(t, items, 2)
	assert.ErrorIs(t, items[0].Err, ErrTooLarge)
	assert.NoError(t, items[1].Err)
}

func TestArchiveTotalAndCountCaps(t *testing.T) {
	var es []entry
	for i := 0; i < 10; i++ {
		es = append(es, entry{name: strings.Repeat("d/", i) + "p.html", body: strings.Repeat("w", 100)})
	}
	for _, name := range []string{"x.tar", "x.zip"} {
		data := makeTar(t, es...)
		if name == "x.zip" {
			data = makeZip(t, es...)
		}
		p := writeFile(t, name, data)
		items := readAll(t, Options{MaxTotalBytes: 450}, p)
		require.Len(t, items, 5, name)
		assert.ErrorIs(t, items[4].Err, ErrArchiveCap, name)
		items = readAll(t, Options{MaxEntries: 3}, p)
		require.Len(t, items, 4, name)
		assert.ErrorIs(t, items[3].Err, ErrArchiveCap, name)
	}
}

func TestGzippedMemberInTar(t *testing.T) {
	items := readAll(t, Options{}, writeFile(t, "x.tar", makeTar(t, entry{name: "a.html.gz", body: string(gz("<p>zipped</p>"))})))
	require.Len(t, items, 1)
	assert.Equal(t, "a", items[0].ID)
	assert.Equal(t, "<p>zipped</p>", string(items[0].Body))
}

func TestNotAnArchiveIsAnErrorItem(t *testing.T) {
	items := readAll(t, Options{}, writeFile(t, "x.zip", []byte("plain words")), writeFile(t, "y.txt", []byte("After.")))
	require.Len(t, items, 2)
	assert.Error(t, items[0].Err)
	assert.NoError(t, items[1].Err)
}

func TestMemberName(t *testing.T) {
	for name, ok := range map[string]bool{
		"a/b.html": true, "./a.html": true, "a/../b.html": false, `..\x.html`: false,
		"/etc/x": false, `C:\x.html`: false, "": false, "a\x00b": false,
	} {
		_, err := memberName(name)
		assert.Equal(t, ok, err == nil, name)
	}
}
