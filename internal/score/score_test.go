package score

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestPRF(t *testing.T) {
	p, r, f := Counts{Gold: 4, Pred: 2, Matched: 2}.PRF()
	assert.InDelta(t, 1.0, p, 1e-12)
	assert.InDelta(t, 0.5, r, 1e-12)
	assert.InDelta(t, 2.0/3, f, 1e-12)
	p, r, f = Counts{}.PRF()
	assert.Equal(t, []float64{1, 1, 1}, []float64{p, r, f}, "nothing to find and nothing found")
	p, r, f = Counts{Gold: 3}.PRF()
	assert.Equal(t, []float64{0, 0, 0}, []float64{p, r, f})
}

const sheetsJSONL = `{"id":"dir/a1.html","entities":[{"name":"Sir Keir Starmer","type":"PERSON"},{"name":"Keir Starmer","type":"PERSON"},{"name":"Labour","type":"org"},{"name":"Labour","type":"ORG"},{"name":"London","type":"GPE"}],"quotes":[{"text":"We did it","speaker":"Ella Rose"},{"text":"unrelated words here","speaker":null}],"numbers":[{"text":"14 seats","value":14,"kind":"count"},{"text":"1964","value":1964,"kind":"year"}],"claims":[]}

{"id":"other","entities":[]}
`

func TestScore(t *testing.T) {
	ss, err := ReadSheets(strings.NewReader(sheetsJSONL))
	require.NoError(t, err)
	require.Equal(t, 2, ss.Len())
	rose := "Ella Rose"
	golds := []Gold{{
		ID:            "a1",
		People:        []string{"Keir Starmer", "Ella Rose"},
		Organizations: []string{"Labour Party"},
		Places:        []string{"London"},
		Quotes:        []GoldQuote{{Text: "We did it.", Speaker: &rose}},
		Numbers:       []NumberFact{{Text: "14 seats", Value: Number(14), Kind: "count"}, {Text: "three MPs", Value: Number(3), Kind: "count"}},
		Claims:        []ClaimFact{{Subject: "Labour", Metric: "seats", Value: Number(41)}},
	}, {ID: "gone", People: []string{"Nobody Here"}}}
	r := Score(golds, ss)
	assert.Equal(t, Counts{Gold: 3, Pred: 2, Matched: 1}, r.Counts[People], "names deduplicated; one person found")
	assert.Equal(t, Counts{Gold: 1, Pred: 1, Matched: 1}, r.Counts[Organizations], "type compared in upper case")
	assert.Equal(t, Counts{Gold: 1, Pred: 2, Matched: 1}, r.Counts[Quotes])
	assert.Equal(t, Counts{Gold: 2, Pred: 1, Matched: 1}, r.Counts[Numbers], "years are not scored")
	assert.Equal(t, Counts{Gold: 1, Pred: 0, Matched: 0}, r.Counts[Claims])
	assert.Equal(t, 1, r.SpeakerOK)
	assert.Equal(t, []string{"gone"}, r.MissingSheets())
	require.True(t, r.HasClaims)

	var sb strings.Builder
	require.NoError(t, r.WriteText(&sb, true))
	out := sb.String()
	assert.Contains(t, out, "== a1\n")
	assert.Contains(t, out, `people        miss           "Ella Rose"`)
	assert.Contains(t, out, `quotes        false hit      "unrelated words here"`)
	assert.Contains(t, out, "people          0.500  0.333  0.400     3     2\n")
	assert.Contains(t, out, "2 gold articles, 1 without a sheet gone\n")
}

func TestSheetsFind(t *testing.T) {
	var ss Sheets
	ss.Add(Sheet{ID: "x/abc.html.gz"})
	ss.Add(Sheet{ID: "abc.def"})
	s, ok := ss.Find("abc")
	require.True(t, ok)
	assert.Equal(t, "x/abc.html.gz", s.ID, "first sheet in order whose base name stem is the id")
	_, ok = ss.Find("ab")
	assert.False(t, ok)
}

func TestReadSheetsBadLine(t *testing.T) {
	_, err := ReadSheets(strings.NewReader("{}\n{oops\n"))
	require.ErrorContains(t, err, "line 2")
}
