package pipeline_test

import (
	"bytes"
	"context"
	"encoding/json"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsfacts/newsfacts/corpus"
	"github.com/newsfacts/newsfacts/internal/score"
	"github.com/newsfacts/newsfacts/internal/testenv"
	"github.com/newsfacts/newsfacts/pipeline"
)

// Quality floors for the facts (ANNOTATION.md's matching, internal/score),
// each a hair under the score measured when it was last raised. Raise them
// when the scores rise; a drop below one fails the test.
var (
	// ../shared/eval/dev-gold through the whole pipeline (measured people
	// 0.955, organisations 0.900, places 0.917, quotes 0.971, numbers
	// 0.937, speaker accuracy 0.955). The numbers extractor's own floor on
	// the human-made bodies is in extract.
	devGoldFloors = map[string]float64{
		score.People:        0.952,
		score.Organizations: 0.898,
		score.Places:        0.915,
		score.Quotes:        0.965,
		score.Numbers:       0.935,
	}
	devGoldSpeakerFloor = 0.95

	// testdata/owngold: nineteen articles written for the project with
	// their gold facts: six in six house styles (US wire, British tabloid,
	// Australian/Canadian business, court report, sports report, health
	// study), then thirteen annotated before the pipeline first ran on them
	// (an Indian political report, a Scottish council story, a US police
	// report, a space science story, a tech earnings report, an interview
	// feature; a US statehouse result, a Western Australian election, a
	// company's annual results, a Canadian poll and budget story; a
	// Colombian politics report, a European chip start-up story, an Irish
	// league football report). It ships with the repo, so this floor always
	// runs. Before the last three: people 0.973, organisations 0.932,
	// places 0.907, quotes 1.000, numbers 0.994, speaker 1.000. With them,
	// and the rules they led to: people 0.974, organisations 0.934, places
	// 0.913, quotes 1.000, numbers 0.987, speaker accuracy 0.964 (the
	// three new articles hold lower-case brands and speakers after a
	// club's role that the rules do not all find yet).
	ownGoldFloors = map[string]float64{
		score.People:        0.97,
		score.Organizations: 0.93,
		score.Places:        0.91,
		score.Quotes:        0.99,
		score.Numbers:       0.985,
	}
	ownGoldSpeakerFloor = 0.96
)

const ownGoldDir = "../testdata/owngold"

// scoreGold runs the pipeline over the source of every gold article in
// goldDir (src names it from the article id) and scores the sheets.
func scoreGold(t *testing.T, goldDir string, src func(id string) string) *score.Result {
	t.Helper()
	golds, err := score.ReadGoldDir(goldDir)
	require.NoError(t, err)
	require.NotEmpty(t, golds)
	var buf bytes.Buffer
	for _, g := range golds {
		r, err := corpus.Open([]string{src(g.ID)}, corpus.Options{})
		require.NoError(t, err)
		it, err := r.Next(context.Background())
		require.NoError(t, err)
		r.Close()
		it.ID = g.ID
		b, err := json.Marshal(pipeline.Process(context.Background(), it, pipeline.Options{}))
		require.NoError(t, err)
		buf.Write(append(b, '\n'))
	}
	sheets, err := score.ReadSheets(&buf)
	require.NoError(t, err)
	return score.Score(golds, sheets)
}

// checkFloors logs every kind's scores and fails on a kind below its floor.
func checkFloors(t *testing.T, set string, res *score.Result, floors map[string]float64, speakerFloor float64) {
	t.Helper()
	for _, kind := range []string{score.People, score.Organizations, score.Places, score.Quotes, score.Numbers} {
		p, r, f := res.Counts[kind].PRF()
		t.Logf("%s %s: P %.3f R %.3f F1 %.3f", set, kind, p, r, f)
		if floor, ok := floors[kind]; ok {
			assert.GreaterOrEqual(t, f, floor, "%s %s F1 fell below its floor", set, kind)
		}
	}
	sp := res.SpeakerAccuracy()
	t.Logf("%s speaker accuracy %.3f", set, sp)
	assert.GreaterOrEqual(t, sp, speakerFloor, "%s speaker accuracy fell below its floor", set)
}

func TestQualityDevGoldFacts(t *testing.T) {
	if testing.Short() {
		t.Skip("skipped in -short mode: runs the pipeline over the 25 dev-gold articles")
	}
	gold := testenv.EvalDir(t, "dev-gold")
	html := filepath.Join(testenv.EvalDir(t, "aeb-dev"), "html")
	res := scoreGold(t, gold, func(id string) string { return filepath.Join(html, id+".html.gz") })
	checkFloors(t, "dev-gold", res, devGoldFloors, devGoldSpeakerFloor)
}

func TestQualityOwnGold(t *testing.T) {
	res := scoreGold(t, ownGoldDir, func(id string) string { return filepath.Join(ownGoldDir, id+".txt") })
	checkFloors(t, "owngold", res, ownGoldFloors, ownGoldSpeakerFloor)
}

// The seed article must come out exactly as its gold: every person,
// organisation, place, quote (with its speaker) and counted number, and
// nothing spurious.
func TestQualitySeedFacts(t *testing.T) {
	dir := testenv.EvalDir(t, "seed")
	res := scoreGold(t, dir, func(id string) string { return filepath.Join(dir, id+".txt") })
	for _, kind := range []string{score.People, score.Organizations, score.Places, score.Quotes, score.Numbers} {
		c := res.Counts[kind]
		assert.Equal(t, c.Gold, c.Matched, "seed %s: every gold fact found", kind)
		assert.Equal(t, c.Pred, c.Matched, "seed %s: nothing spurious", kind)
	}
	assert.Equal(t, 1.0, res.SpeakerAccuracy(), "seed: every quote's speaker")
}
