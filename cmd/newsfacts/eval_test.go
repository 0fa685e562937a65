package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsfacts/newsfacts/internal/score"
	"github.com/newsfacts/newsfacts/internal/score/nfscoretest"
	"github.com/newsfacts/newsfacts/internal/testenv"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const evalArticle = "Ann Cole, the leader of Tilbury Council, said tax would rise.\n\nThe council lost 3 seats in Essex.\n"

// evalFixture writes one article (id "tax") and gold for it that no
// extractor can get entirely right ("Nobody Real" is not in the text).
func evalFixture(t *testing.T) (gold, src string) {
	t.Helper()
	dir := t.TempDir()
	gold, src = filepath.Join(dir, "gold"), filepath.Join(dir, "src")
	require.NoError(t, os.MkdirAll(gold, 0o755))
	require.NoError(t, os.MkdirAll(src, 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(src, "tax.txt"), []byte(evalArticle), 0o644))
	g := `{"id": "tax", "url": null, "people": ["Ann Cole", "Nobody Real"], "organizations": ["Tilbury Council"],
"places": ["Essex"], "quotes": [], "numbers": [{"text": "3 seats", "value": 3, "kind": "count", "unit": "seats"}],
"claims": [{"subject": "Tilbury Council", "metric": "seats", "change": -3, "text": "lost 3 seats"}]}`
	require.NoError(t, os.WriteFile(filepath.Join(gold, "tax.json"), []byte(g), 0o644))
	return gold, src
}

func TestEvalCommandText(t *testing.T) {
	gold, src := evalFixture(t)
	r := runCommand(t, "eval", "-v", gold, src)
	require.Equal(t, exitOK, r.code, r.stderr)
	assert.Contains(t, r.stdout, "== tax\n")
	assert.Contains(t, r.stdout, `people        miss           "Nobody Real"`)
	assert.Contains(t, r.stdout, "kind                P      R     F1  gold  pred\n")
	for _, k := range score.Kinds {
		assert.Contains(t, r.stdout, "\n"+k+" ", "claims show because the gold has them")
	}
	assert.Contains(t, r.stdout, "1 gold articles, 0 without a sheet\n")
}

func TestEvalCommandJSON(t *testing.T) {
	gold, src := evalFixture(t)
	sheets := filepath.Join(t.TempDir(), "sheets.jsonl")
	r := runCommand(t, "eval", "-json", "-o", sheets, gold, src)
	require.Equal(t, exitOK, r.code, r.stderr)
	var got map[string]map[string]any
	var raw map[string]json.RawMessage
	require.NoError(t, json.Unmarshal([]byte(r.stdout), &raw))
	got = map[string]map[string]any{}
	for _, k := range append(score.Kinds, "speaker") {
		var m map[string]any
		require.NoError(t, json.Unmarshal(raw[k], &m), k)
		got[k] = m
	}
	for _, k := range score.Kinds {
		for _, f := range []string{"p", "r", "f1"} {
			assert.Contains(t, got[k], f, k)
		}
	}
	assert.Contains(t, got["speaker"], "accuracy")
	assert.EqualValues(t, 2, got["people"]["gold"])
	assert.Less(t, got["people"]["r"].(float64), 1.0, "Nobody Real cannot be found")

	// The sheets written with -o score the same read back.
	again := runCommand(t, "eval", "-json", "-sheets", sheets, gold)
	require.Equal(t, exitOK, again.code, again.stderr)
	assert.Equal(t, r.stdout, again.stdout)
}

func TestEvalCommandUsage(t *testing.T) {
	gold, src := evalFixture(t)
	for _, args := range [][]string{{"eval"}, {"eval", gold}, {"eval", "-sheets", "x.jsonl", gold, src}} {
		r := runCommand(t, args...)
		assert.Equal(t, exitUsage, r.code, args)
		assert.Contains(t, r.stderr, "Usage: newsfacts eval", args)
	}
	r := runCommand(t, "eval", src, src)
	assert.Equal(t, exitUsage, r.code)
	assert.Contains(t, r.stderr, "newsfacts eval: read gold: no .json files in "+src)
	bad := filepath.Join(t.TempDir(), "bad.jsonl")
	require.NoError(t, os.WriteFile(bad, []byte("{\"id\":\"tax\"}\nnot json\n"), 0o644))
	r = runCommand(t, "eval", "-sheets", bad, gold)
	assert.Equal(t, exitUsage, r.code)
	assert.Contains(t, r.stderr, "line 2")
}

// TestEvalAgreesWithNFScore runs `eval -json` over the dev-gold articles
// of aeb-dev and scores the very sheets it wrote with nfscore.py: every
// count and score must be the same.
func TestEvalAgreesWithNFScore(t *testing.T) {
	if testing.Short() {
		t.Skip("skipped in -short mode: processes 25 pages")
	}
	goldDir := testenv.EvalDir(t, "dev-gold")
	html := testenv.EvalDir(t, "aeb-dev")
	golds, err := score.ReadGoldDir(goldDir)
	require.NoError(t, err)
	sheets := filepath.Join(t.TempDir(), "sheets.jsonl")
	args := []string{"eval", "-json", "-o", sheets, goldDir}
	for _, g := range golds {
		args = append(args, filepath.Join(html, "html", g.ID+".html.gz"))
	}
	r := runCommand(t, args...)
	require.Contains(t, []int{exitOK, exitFailed}, r.code, r.stderr)
	var rep score.Report
	require.NoError(t, json.Unmarshal([]byte(r.stdout), &rep))

	ss, err := readSheetsFile(sheets)
	require.NoError(t, err)
	require.Equal(t, len(golds), ss.Len())
	res := score.Score(golds, ss)
	require.Equal(t, strings.TrimSpace(mustJSON(t, res.Report(false))), strings.TrimSpace(r.stdout))
	nfscoretest.AssertAgrees(t, res, nfscoretest.RunFacts(t, goldDir, sheets))
}

func mustJSON(t *testing.T, v any) string {
	t.Helper()
	b, err := json.MarshalIndent(v, "", "  ")
	require.NoError(t, err)
	return string(b)
}
