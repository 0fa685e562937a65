package nlp

import (
	"slices"
	"testing"

	"github.com/jdkato/prose/v3"
	"github.com/jdkato/prose/v3/tag"
	"github.com/jdkato/prose/v3/token"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// requireSameTags checks that prose's tagger and posModel tag toks alike.
func requireSameTags(t *testing.T, toks []token.Token, msg string) {
	tg, err := tag.New()
	require.NoError(t, err)
	m, err := loadPOSModel()
	require.NoError(t, err)
	want, got := slices.Clone(toks), slices.Clone(toks)
	tg.TagTokens(want)
	m.tag(got)
	require.Equal(t, want, got, msg)
}

// requireSameTagsIn tags every paragraph of text both ways.
func requireSameTagsIn(t *testing.T, text string) {
	for _, p := range Paragraphs(text) {
		pd, err := prose.NewDocument(text[p.Start:p.End], prose.WithExtraction(false), prose.WithTagging(false))
		require.NoError(t, err)
		requireSameTags(t, pd.Tokens(), text[p.Start:p.End])
	}
}

func TestPOSModelTagsAsProse(t *testing.T) {
	for _, text := range labelTexts {
		requireSameTagsIn(t, text)
	}
	var toks []token.Token
	for _, w := range []string{"-", ":-)", "@_@", "@bbc", "*T*-1", "*", "*-12", "0", "00", "-LRB-", "-lrb-", "1999", "+123", "-123",
		"well-known", "-x", "3.5", "", "The", "THE", "İstanbul", "a", "ran", "Ünïcode", "x"} {
		toks = append(toks, token.Token{Text: w})
	}
	requireSameTags(t, toks, "special words")
	requireSameTags(t, toks[:1], "one word")
	requireSameTags(t, nil, "no words")
}

func TestParsePOSModelRejectsBadData(t *testing.T) {
	for _, data := range [][]byte{nil, []byte("PROSETAG"), []byte("PROSENER\x01\x00\x00\x00"), []byte("PROSETAG\x02\x00\x00\x00"),
		[]byte("PROSETAG\x01\x00\x00\x00\x01\x00\x00\x00\x01\x00X\x01\x00\x00\x00\x01\x00\x00\x00\x05\x00\x00\x00")} {
		_, err := parsePOSModel(data)
		assert.Error(t, err, "%q", data)
	}
}

func TestNormalizeWord(t *testing.T) {
	for w, want := range map[string]string{"": "", "well-known": "!HYPHEN", "-x-": "-x-", "1999": "!YEAR", "+199": "!YEAR",
		"-199": "!YEAR", "19.5": "!DIGITS", "The": "the", "ÉCOLE": "école"} {
		assert.Equal(t, want, normalizeWord(w), "%q", w)
	}
}
