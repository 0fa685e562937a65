package extract_test

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsfacts/newsfacts/corpus"
	"github.com/newsfacts/newsfacts/internal/score"
	"github.com/newsfacts/newsfacts/internal/testenv"
	"github.com/newsfacts/newsfacts/pipeline"
)

// scoreEntities runs the pipeline over every gold article whose source
// src gives exists, and scores the sheets with the gold matching of
// ANNOTATION.md (internal/score).
func scoreEntities(t *testing.T, goldDir string, src func(id string) string) (people, orgs, places score.Counts) {
	t.Helper()
	golds, err := score.ReadGoldDir(goldDir)
	require.NoError(t, err)
	var kept []score.Gold
	sheets := &score.Sheets{}
	for _, g := range golds {
		if _, err := os.Stat(src(g.ID)); err != nil {
			continue // the gold directory may hold gold for other sets
		}
		r, err := corpus.Open([]string{src(g.ID)}, corpus.Options{})
		require.NoError(t, err)
		it, err := r.Next(context.Background())
		require.NoError(t, err)
		sh := pipeline.Process(context.Background(), it, pipeline.Options{})
		b, err := json.Marshal(sh)
		require.NoError(t, err)
		ds, err := score.DecodeSheet(b)
		require.NoError(t, err)
		ds.ID = g.ID
		sheets.Add(ds)
		kept = append(kept, g)
	}
	res := score.Score(kept, sheets)
	return res.Counts[score.People], res.Counts[score.Organizations], res.Counts[score.Places]
}

// f1 returns the F1 of c.
func f1(c score.Counts) float64 {
	_, _, f := c.PRF()
	return f
}

func TestEntitiesSeed(t *testing.T) {
	dir := testenv.EvalDir(t, "seed")
	pe, or, pl := scoreEntities(t, dir, func(id string) string { return filepath.Join(dir, id+".txt") })
	require.Equal(t, 7, pe.Gold)
	for name, k := range map[string]score.Counts{"people": pe, "organizations": or, "places": pl} {
		assert.Equal(t, k.Gold, k.Matched, "%s: every gold name found", name)
		assert.Equal(t, k.Pred, k.Matched, "%s: nothing spurious", name)
	}
}

func TestEntitiesQualityFloor(t *testing.T) {
	if testing.Short() {
		t.Skip("dev-gold quality floor is slow")
	}
	gold := testenv.EvalDir(t, "dev-gold")
	html := testenv.EvalDir(t, "aeb-dev")
	pe, or, pl := scoreEntities(t, gold, func(id string) string { return filepath.Join(html, "html", id+".html.gz") })
	t.Logf("people F1 %.3f (%+v), organisations F1 %.3f (%+v), places F1 %.3f (%+v)", f1(pe), pe, f1(or), or, f1(pl), pl)
	// Floors a hair under the measured scores (people 0.955, organisations
	// 0.877, places 0.898 with the cleaner of main at 9969562); raise them
	// when the scores rise.
	assert.GreaterOrEqual(t, f1(pe), 0.952, "people F1")
	assert.GreaterOrEqual(t, f1(or), 0.872, "organisations F1")
	assert.GreaterOrEqual(t, f1(pl), 0.895, "places F1")
}
