package nlp

import (
	"maps"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/jdkato/prose/v3"
	"github.com/jdkato/prose/v3/ner"
	"github.com/jdkato/prose/v3/token"
	"github.com/newsfacts/newsfacts/internal/testenv"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var labelTexts = []string{
	"Labour has seized control of Britain’s most Jewish local authority. Swansea Labour MP Carolyn Harris said the result in Barnet “cannot be underestimated”.",
	"Apple said iPhone sales in the non-U.S. markets rose 12.5%, while the European Commission in Brussels opened an inquiry into Google and Meta on 3 May 2024.",
	"Judge Helen Marsh told Newcastle Crown Court on Tuesday that the Proceeds of Crime Act applied. Mr Okafor, for the Crown Prosecution Service, agreed.",
	"the quick brown fox jumps over the lazy dog, said nobody in particular. Then came Paris, Texas, and the University of Texas at Austin.",
	"#MethWeAreOnIt was the campaign of South Dakota Governor Kristi Noem, the Sioux Falls Argus Leader reported. İnf NaN -Inf 1e5 X-Men O'Neill McDONALD.",
}

// proseLabels labels toks with prose's own recogniser.
func proseLabels(t *testing.T, toks []token.Token) []string {
	ex, err := ner.New()
	require.NoError(t, err)
	c := slices.Clone(toks)
	ex.Label(c)
	out := make([]string, len(c))
	for i, tk := range c {
		out[i] = tk.Label
	}
	return out
}

// ourLabels labels toks with the re-indexed model.
func ourLabels(t *testing.T, toks []token.Token) []string {
	m, err := loadEntityModel()
	require.NoError(t, err)
	c := slices.Clone(toks)
	m.label(c)
	out := make([]string, len(c))
	for i, tk := range c {
		out[i] = tk.Label
	}
	return out
}

// requireSameLabels checks that both recognisers label every paragraph
// of text alike, over the whole paragraph and over every window of a few
// tokens (windows start and end anywhere, as labelEntities cuts them).
func requireSameLabels(t *testing.T, text string) {
	for _, p := range Paragraphs(text) {
		pd, err := prose.NewDocument(text[p.Start:p.End], prose.WithExtraction(false))
		require.NoError(t, err)
		toks := pd.Tokens()
		require.Equal(t, proseLabels(t, toks), ourLabels(t, toks), text[p.Start:p.End])
		for i := 0; i+4 <= len(toks); i += 3 {
			w := toks[i : i+4]
			require.Equal(t, proseLabels(t, w), ourLabels(t, w), "window at token %d of %q", i, text[p.Start:p.End])
		}
	}
}

func TestEntityModelLabelsAsProse(t *testing.T) {
	for _, text := range labelTexts {
		requireSameLabels(t, text)
	}
}

// On real article bodies (aeb-dev's human-made texts) the entity labels
// and the part-of-speech tags must be prose's, token for token.
func TestModelsAsProseOnArticles(t *testing.T) {
	if testing.Short() {
		t.Skip("skipped in -short: labels 12 whole articles twice")
	}
	gt := testenv.AEBBodies(t)
	ids := slices.Sorted(maps.Keys(gt))
	for _, id := range ids[:min(12, len(ids))] {
		requireSameLabels(t, gt[id])
		requireSameTagsIn(t, gt[id])
	}
}

func TestParseEntityModelRejectsBadData(t *testing.T) {
	for _, data := range [][]byte{nil, []byte("PROSENER"), []byte("NOTMODEL\x01\x00\x00\x00"), []byte("PROSENER\x02\x00\x00\x00")} {
		_, err := parseEntityModel(data)
		assert.Error(t, err, "%q", data)
	}
}

// wordShapeByRegexp is the shape feature as the model's trainer defined
// it, with regular expressions; wordShape must agree with it.
func wordShapeByRegexp(w string) string {
	if _, err := strconv.ParseFloat(w, 64); err == nil {
		return "number"
	}
	if regexp.MustCompile(`\W+$`).MatchString(w) {
		return "punct"
	}
	if regexp.MustCompile(`\w+$`).MatchString(w) {
		if strings.ToLower(w) == w {
			return "downcase"
		}
		if strings.Title(w) == w { //nolint:staticcheck // the trainer's definition
			return "upcase"
		}
		return "mixedcase"
	}
	return "other"
}

func TestWordShape(t *testing.T) {
	words := []string{"", "Labour", "labour", "BBC", "iPhone", "O'Neill", "McDONALD", "X-Men", "12", "12.5", "1e5", "1_000", "0x1p-2",
		"inf", "+Inf", "-infinity", "nan", "NaN", "-nan", "+nan", "--inf", "İnf", "infi", "Ünïcode", "über", "Zürich", "café", "naïve",
		".", "”", "U.S.", "non-U.S", "$", "£5", "5%", "x_", "_", "a\xff", "\xff", "A\xe2\x82"}
	for _, w := range words {
		assert.Equal(t, wordShapeByRegexp(w), wordShape(w), "%q", w)
		_, err := strconv.ParseFloat(w, 64)
		assert.Equal(t, err == nil, isNumber(w), "%q", w)
	}
}

func FuzzWordShape(f *testing.F) {
	for _, w := range []string{"Labour", "1e5", "İnf", "x_", "a\xff"} {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, w string) {
		if got, want := wordShape(w), wordShapeByRegexp(w); got != want {
			t.Fatalf("wordShape(%q) = %q, want %q", w, got, want)
		}
	})
}

func TestLabelPrefix(t *testing.T) {
	for l, want := range map[string]string{"B-PERSON": "B", "I-GPE": "I", "O": "O", "VB": "v"} {
		assert.Equal(t, want, labelPrefix(l))
	}
}
