package extract

import (
	"context"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsfacts/newsfacts/internal/nlp"
	"github.com/newsfacts/newsfacts/internal/score"
	"github.com/newsfacts/newsfacts/internal/testenv"
)

// Quality floors, measured on the development sets (see the numbers
// issue's note). Raise them when the scores rise.
const (
	// floorDevGoldNumbersF1 is the numbers F1 over dev-gold, reading each
	// article's human-made body (aeb-dev ground-truth.json) so the figure
	// measures this extractor, not the cleaner. Measured 0.976.
	floorDevGoldNumbersF1 = 0.97
	// floorQuantulumValues is the share of in-scope quantulum3 cases whose
	// values are all read right. Measured 0.920 (69 of 75).
	floorQuantulumValues = 0.915
)

// extractText annotates text and runs every extractor.
func extractText(t testing.TB, text string) Facts {
	t.Helper()
	d, err := nlp.Annotate(context.Background(), text)
	require.NoError(t, err)
	return All(d, DefaultLexicon())
}

// asScoredSheet turns facts into the scorer's sheet by way of their JSON.
func asScoredSheet(t testing.TB, id string, f Facts) score.Sheet {
	t.Helper()
	b, err := json.Marshal(struct {
		ID      string   `json:"id"`
		Numbers []Number `json:"numbers"`
		Claims  []Claim  `json:"claims"`
	}{id, f.Numbers, f.Claims})
	require.NoError(t, err)
	s, err := score.DecodeSheet(b)
	require.NoError(t, err)
	return s
}

// TestSeedNumbersAndClaims: every number of the seed article is found
// with nothing extra of the scored kinds, and every claim is found.
func TestSeedNumbersAndClaims(t *testing.T) {
	dir := testenv.EvalDir(t, "seed")
	text, err := os.ReadFile(filepath.Join(dir, "barnet.txt"))
	require.NoError(t, err)
	golds, err := score.ReadGoldDir(dir)
	require.NoError(t, err)
	var sheets score.Sheets
	sheets.Add(asScoredSheet(t, "barnet", extractText(t, string(text))))
	r := score.Score(golds, &sheets)
	nums := r.Kind(score.Numbers)
	assert.Equal(t, 1.0, nums.P, "numbers precision: %+v %+v", nums, r.Articles)
	assert.Equal(t, 1.0, nums.R, "numbers recall: %+v %+v", nums, r.Articles)
	claims := r.Kind(score.Claims)
	assert.Equal(t, 1.0, claims.R, "claims recall: %+v %+v", claims, r.Articles)
}

// TestDevGoldNumbersFloor scores numbers over the dev-gold articles.
func TestDevGoldNumbersFloor(t *testing.T) {
	goldDir := testenv.EvalDir(t, "dev-gold")
	truth := testenv.AEBBodies(t)
	if testing.Short() {
		t.Skip("skipped in -short: annotates 25 articles")
	}
	golds, err := score.ReadGoldDir(goldDir)
	require.NoError(t, err)
	var sheets score.Sheets
	for _, g := range golds {
		body, ok := truth[g.ID]
		require.True(t, ok, "no ground truth for %s", g.ID)
		d, err := nlp.Annotate(context.Background(), body)
		require.NoError(t, err)
		sheets.Add(asScoredSheet(t, g.ID, Facts{Numbers: Numbers(d, DefaultLexicon())}))
	}
	r := score.Score(golds, &sheets)
	k := r.Kind(score.Numbers)
	t.Logf("dev-gold numbers: P %.3f R %.3f F1 %.3f (gold %d, pred %d)", k.P, k.R, k.F1, k.Gold, k.Pred)
	assert.GreaterOrEqual(t, k.F1, floorDevGoldNumbersF1)
}

// quantulumCase is one case of quantulum3's English tests.
type quantulumCase struct {
	Req string `json:"req"`
	Res []struct {
		Value      float64         `json:"value"`
		Unit       string          `json:"unit"`
		Surface    string          `json:"surface"`
		Dimensions json.RawMessage `json:"dimensions"`
	} `json:"res"`
}

// quantulumUnits are the quantulum3 units of the kinds this extractor
// reads: plain numbers, money, percentages, time and the units of measure
// in units.txt. Compound units ("dollar per hour"), scientific notation,
// uncertainties and exotic units (inverse femtobarns, gigayears, joule
// seconds, dozens as a unit) are out of scope.
var quantulumUnits = map[string]bool{
	"dimensionless": true, "percentage": true, "dollar": true, "euro": true, "pound sterling": true,
	"penny": true, "cent": true, "dime": true, "second": true, "minute": true, "hour": true, "day": true,
	"week": true, "month": true, "year": true, "metre": true, "kilometre": true, "nanometre": true,
	"picometre": true, "attometre": true, "mile": true, "inch": true, "kilogram": true, "milligram": true,
	"tonne": true, "pound-mass": true, "litre": true, "centilitre": true, "gallon": true, "cup": true,
	"tablespoon": true, "cubic centimetre": true, "square kilometre": true, "square mile": true,
	"cubic kilometre": true, "electronvolt": true, "teraelectronvolt": true, "watt hour": true,
	"megawatt hour": true, "exabyte": true, "byte": true, "bit": true, "gigahertz": true,
	"megabyte": true, "milligray": true, "degree Celsius": true, "degree fahrenheit": true,
}

// quantulumMinorUnits are quantulum3's minor currency units and how many
// of each make the major unit.
var quantulumMinorUnits = map[string]float64{"cent": 100, "penny": 100, "dime": 10}

var sciNotation = regexp.MustCompile(`\d[eE][-+]?\d|×|\^|\+/-`)

// inScope reports whether every expected quantity of c is of a supported
// kind.
func (c quantulumCase) inScope() bool {
	if sciNotation.MatchString(c.Req) {
		return false
	}
	for _, r := range c.Res {
		if !quantulumUnits[r.Unit] || len(r.Dimensions) > 0 && string(r.Dimensions) != "[]" {
			return false
		}
	}
	return true
}

// quantulumRight reports whether every expected value of c is read: a
// number whose text shares a word with the expected surface and whose
// value (a range's midpoint; a share's fraction) is the expected one. A
// case expecting nothing is right when no count, percent or money is
// read.
func quantulumRight(c quantulumCase, ns []Number) bool {
	if len(c.Res) == 0 {
		for _, n := range ns {
			if claimKind(n.Kind) {
				return false
			}
		}
		return true
	}
	for _, r := range c.Res {
		want := r.Value
		if per, ok := quantulumMinorUnits[r.Unit]; ok {
			want /= per // money is read in the major unit: "3 dimes" is $0.30
		}
		if !quantulumFound(want, r.Surface, ns) {
			return false
		}
	}
	return true
}

func quantulumFound(want float64, surface string, ns []Number) bool {
	words := map[string]bool{}
	for _, w := range score.Words(surface) {
		words[w] = true
	}
	for _, n := range ns {
		shared := false
		for _, w := range score.Words(n.Text) {
			shared = shared || words[w]
		}
		if !shared {
			continue
		}
		vals := []float64{n.Value}
		if n.Max != nil {
			vals = append(vals, (n.Value+*n.Max)/2)
		}
		if n.Kind == KindPercent {
			vals = append(vals, n.Value/100)
		}
		for _, v := range vals {
			if math.Abs(v-want) <= 1e-6*math.Max(1, math.Abs(want)) {
				return true
			}
		}
	}
	return false
}

// TestQuantulumFloor reads quantulum3's English cases in scope.
func TestQuantulumFloor(t *testing.T) {
	dir := testenv.EvalDir(t, filepath.Join("numbers", "quantulum3"))
	b, err := os.ReadFile(filepath.Join(dir, "quantities.json"))
	require.NoError(t, err)
	var cases []quantulumCase
	require.NoError(t, json.Unmarshal(b, &cases))
	right, total := 0, 0
	var wrong []string
	for _, c := range cases {
		if !c.inScope() {
			continue
		}
		total++
		d, err := nlp.Annotate(context.Background(), c.Req)
		require.NoError(t, err)
		ns := Numbers(d, DefaultLexicon())
		if quantulumRight(c, ns) {
			right++
			continue
		}
		var got []string
		for _, n := range ns {
			got = append(got, n.Kind+":"+n.Text)
		}
		wrong = append(wrong, c.Req+" => "+strings.Join(got, "; "))
	}
	share := float64(right) / float64(total)
	t.Logf("quantulum3: %d/%d in-scope cases right (%.3f)", right, total, share)
	for _, w := range wrong {
		t.Log("wrong: " + w)
	}
	assert.GreaterOrEqual(t, share, floorQuantulumValues)
}

// TestSeedClaimsWithoutEntities: the claim patterns find every seed claim
// even with no entities at all (subjects fall back to the words).
func TestSeedClaimsWithoutEntities(t *testing.T) {
	dir := testenv.EvalDir(t, "seed")
	text, err := os.ReadFile(filepath.Join(dir, "barnet.txt"))
	require.NoError(t, err)
	golds, err := score.ReadGoldDir(dir)
	require.NoError(t, err)
	d, err := nlp.Annotate(context.Background(), string(text))
	require.NoError(t, err)
	nums := Numbers(d, DefaultLexicon())
	f := Facts{Numbers: nums, Claims: Claims(d, nil, nums, DefaultLexicon())}
	var sheets score.Sheets
	sheets.Add(asScoredSheet(t, "barnet", f))
	claims := score.Score(golds, &sheets).Kind(score.Claims)
	assert.Equal(t, 1.0, claims.R, "claims recall without entities: %+v", claims)
}
