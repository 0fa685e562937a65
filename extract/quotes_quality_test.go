package extract_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"io"
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

// Floors for quotes over ../shared/eval/dev-gold, measured on this branch
// with the cleaner and entity finder of its time (raise them as they
// improve): quote F1 and speaker accuracy on matched quotes, as
// ANNOTATION.md scores them.
const (
	floorQuoteF1   = 0.96
	floorSpeakerOK = 0.935
	// The seed article through the whole pipeline: all its quotes with
	// their speakers, and nothing else.
	floorSeedQuoteF1   = 1.0
	floorSeedSpeakerOK = 1.0
)

// TestQuotesQualityDevGold runs the whole pipeline over the dev-gold
// articles and scores their quotes with ANNOTATION.md's matching.
func TestQuotesQualityDevGold(t *testing.T) {
	if testing.Short() {
		t.Skip("skipped in -short mode: runs the pipeline over 25 articles")
	}
	goldDir := testenv.EvalDir(t, "dev-gold")
	htmlDir := filepath.Join(testenv.EvalDir(t, "aeb-dev"), "html")
	golds, err := score.ReadGoldDir(goldDir)
	require.NoError(t, err)

	var buf bytes.Buffer
	for _, g := range golds {
		name := g.ID + ".html.gz"
		body, err := readGzip(filepath.Join(htmlDir, name))
		require.NoError(t, err)
		it := corpus.Item{ID: g.ID, Source: name, Body: body}
		sheet := pipeline.Process(context.Background(), it, pipeline.Options{})
		b, err := json.Marshal(sheet)
		require.NoError(t, err)
		buf.Write(append(b, '\n'))
	}
	sheets, err := score.ReadSheets(&buf)
	require.NoError(t, err)
	res := score.Score(golds, sheets)
	p, r, f := res.Counts[score.Quotes].PRF()
	sp := res.SpeakerAccuracy()
	t.Logf("dev-gold quotes: P %.3f R %.3f F1 %.3f; speaker accuracy %.3f", p, r, f, sp)
	assert.GreaterOrEqual(t, f, floorQuoteF1, "quote F1 fell below its floor")
	assert.GreaterOrEqual(t, sp, floorSpeakerOK, "speaker accuracy fell below its floor")
}

// readGzip returns the decompressed bytes of a .gz file.
func readGzip(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, err
	}
	return io.ReadAll(zr)
}

// TestQuotesQualitySeed runs the whole pipeline over the seed article and
// scores its quotes against barnet.json.
func TestQuotesQualitySeed(t *testing.T) {
	dir := testenv.EvalDir(t, "seed")
	body, err := os.ReadFile(filepath.Join(dir, "barnet.txt"))
	require.NoError(t, err)
	golds, err := score.ReadGoldDir(dir)
	require.NoError(t, err)
	sheet := pipeline.Process(context.Background(), corpus.Item{ID: "barnet", Source: "barnet.txt", Body: body}, pipeline.Options{})
	b, err := json.Marshal(sheet)
	require.NoError(t, err)
	sheets, err := score.ReadSheets(bytes.NewReader(b))
	require.NoError(t, err)
	res := score.Score(golds, sheets)
	_, _, f := res.Counts[score.Quotes].PRF()
	t.Logf("seed quotes: F1 %.3f; speaker accuracy %.3f", f, res.SpeakerAccuracy())
	assert.GreaterOrEqual(t, f, floorSeedQuoteF1)
	assert.GreaterOrEqual(t, res.SpeakerAccuracy(), floorSeedSpeakerOK)
}
