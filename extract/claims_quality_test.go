package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsfacts/newsfacts/internal/score"
)

// Claims floors over the claim-rich self-written articles in
// testdata/owngold (us_statehouse, au_state_poll, co_annual_results,
// ca_poll_budget). Measured recall 53/53 = 1.000, precision 53/57 =
// 0.930 (one claim is 0.019 of recall). Raise them when the scores rise.
const (
	floorOwnGoldClaimsR = 0.98
	floorOwnGoldClaimsP = 0.92
)

// TestOwnGoldClaimsFloor scores claims on the owngold articles that have
// claims gold, reading each article's body (the text after the headline
// line), and fails when recall or precision drops below its floor.
func TestOwnGoldClaimsFloor(t *testing.T) {
	dir := filepath.Join("..", "testdata", "owngold")
	all, err := score.ReadGoldDir(dir)
	if err != nil || len(all) == 0 {
		t.Skip("no owngold gold")
	}
	var golds []score.Gold
	var sheets score.Sheets
	for _, g := range all {
		if len(g.Claims) == 0 {
			continue
		}
		raw, err := os.ReadFile(filepath.Join(dir, g.ID+".txt"))
		require.NoError(t, err)
		_, body, ok := strings.Cut(string(raw), "\n\n")
		require.True(t, ok, "%s: no headline line", g.ID)
		golds = append(golds, g)
		sheets.Add(asScoredSheet(t, g.ID, extractText(t, body)))
	}
	require.NotEmpty(t, golds)
	r := score.Score(golds, &sheets)
	c := r.Kind(score.Claims)
	t.Logf("owngold claims over %d articles: P=%.3f R=%.3f", len(golds), c.P, c.R)
	assert.GreaterOrEqual(t, c.R, floorOwnGoldClaimsR, "claims recall: %+v", c)
	assert.GreaterOrEqual(t, c.P, floorOwnGoldClaimsP, "claims precision: %+v", c)
}
