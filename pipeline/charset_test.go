package pipeline

import (
	"github.com/newsfacts/newsfacts/corpus"
	"github.com/stretchr/testify/require"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

func TestDecodeHTMLBOM(t *testing.T) {
	assert.Equal(t, "<p>é</p>", decodeHTML([]byte("\xef\xbb\xbf<p>é</p>"), "windows-1252"))
	assert.Equal(t, "<p>é</p>", decodeHTML([]byte("\xff\xfe<\x00p\x00>\x00\xe9\x00<\x00/\x00p\x00>\x00"), ""))
}

func TestDecodeHTMLTransportCharset(t *testing.T) {
	assert.Equal(t, "<p>é</p>", decodeHTML([]byte("<p>\xe9</p>"), "ISO-8859-1"))
	assert.Equal(t, "<p>Ж</p>", decodeHTML([]byte("<p>\xc6</p>"), "windows-1251"))
}

func TestDecodeHTMLMetaCharset(t *testing.T) {
	assert.Equal(t, `<meta charset="koi8-r"><p>Ж</p>`, decodeHTML([]byte(`<meta charset="koi8-r"><p>`+"\xf6</p>"), ""))
	assert.Contains(t, decodeHTML([]byte(`<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"><p>`+"\x93\xfa\x96\x7b</p>"), ""), "日本")
}

func TestDecodeHTMLValidUTF8WinsOverDeclaration(t *testing.T) {
	assert.Equal(t, `<meta charset="gb2312"><p>新电脑</p>`, decodeHTML([]byte(`<meta charset="gb2312"><p>新电脑</p>`), ""))
}

func TestDecodeHTMLWindows1252Fallback(t *testing.T) {
	got := decodeHTML([]byte("<p>\x93Caf\xe9\x94 \x80</p>"), "")
	assert.Equal(t, "<p>“Café” €</p>", got)
	assert.True(t, utf8.ValidString(decodeHTML([]byte("\x81\x8d\x8f\x90\x9d\xff"), "")))
}

func TestMetaCharset(t *testing.T) {
	assert.Equal(t, "utf-8", metaCharset([]byte(`<META CHARSET = 'UTF-8'>`)))
	assert.Equal(t, "", metaCharset([]byte(`<p>charset is a word</p>`)))
}

func TestCleanUTF16Page(t *testing.T) {
	src := "<html><body><article><p>" + prose + "</p><p>" + prose + "</p></article></body></html>"
	b := []byte{0xff, 0xfe}
	for _, r := range src {
		b = append(b, byte(r), byte(r>>8))
	}
	pg, err := Clean(corpus.Item{ID: "t", Body: b})
	require.NoError(t, err)
	assert.Equal(t, prose+"\n\n"+prose, pg.Text)
}

func TestCleanPlainTextCharset(t *testing.T) {
	pg, err := Clean(corpus.Item{ID: "t", Format: corpus.FormatText, Body: []byte("\xc6\xe0\xf0\xe0"), Charset: "windows-1251"})
	require.NoError(t, err)
	assert.Equal(t, "Жара", pg.Text)
	_, err = Clean(corpus.Item{ID: "t", Format: corpus.FormatText, Body: []byte(" \n\n ")})
	require.Error(t, err)
}
