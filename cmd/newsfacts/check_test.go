package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// seedCases makes a check folder with one case, "barnet", whose input is
// the sample page of the seed article.
func seedCases(t *testing.T) string {
	t.Helper()
	page, err := os.ReadFile(filepath.Join("..", "..", "corpus", "sample", "barnet.html"))
	require.NoError(t, err)
	dir := t.TempDir()
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "barnet"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "barnet", "barnet.html"), page, 0o644))
	return dir
}

func TestCheckCommand(t *testing.T) {
	dir := seedCases(t)
	want := filepath.Join(dir, "barnet", "want.json")

	r := runCommand(t, "check", dir)
	assert.Equal(t, exitFailed, r.code)
	assert.Contains(t, r.stdout, "barnet: no "+want+": run 'newsfacts check -update' to write it\n")

	r = runCommand(t, "check", "-update", "-j", "2", dir)
	require.Equal(t, exitOK, r.code, r.stdout+r.stderr)
	assert.Equal(t, "barnet: updated "+want+"\n1 cases: 1 passed, 0 failed, 1 updated\n", r.stdout)

	r = runCommand(t, "check", dir)
	require.Equal(t, exitOK, r.code, r.stdout+r.stderr)
	assert.Equal(t, "1 cases: 1 passed, 0 failed\n", r.stdout)

	b, err := os.ReadFile(want)
	require.NoError(t, err)
	var sheet map[string]any
	require.NoError(t, json.Unmarshal(b, &sheet))
	require.Equal(t, "barnet", sheet["id"])
	require.Equal(t, "barnet.html", sheet["source"], "sheets do not depend on where the cases are")
}

// TestCheckCommandShowsChangedSpeaker edits want.json the way a changed
// extractor would differ from it and wants the path and both values.
func TestCheckCommandShowsChangedSpeaker(t *testing.T) {
	dir := seedCases(t)
	require.Equal(t, exitOK, runCommand(t, "check", "-update", dir).code)
	want := filepath.Join(dir, "barnet", "want.json")
	b, err := os.ReadFile(want)
	require.NoError(t, err)
	var sheet map[string]any
	require.NoError(t, json.Unmarshal(b, &sheet))

	// Change the first quote's speaker.
	qs, _ := sheet["quotes"].([]any)
	require.NotEmpty(t, qs, "the seed page has quotes")
	path, field, key := "quotes[0].speaker", qs[0].(map[string]any), "speaker"
	old, _ := json.Marshal(field[key])
	field[key] = "Ella Rose"
	edited, err := json.MarshalIndent(sheet, "", "  ")
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(want, edited, 0o644))

	r := runCommand(t, "check", dir)
	assert.Equal(t, exitFailed, r.code)
	assert.Equal(t, "barnet: "+path+": \"Ella Rose\" -> "+string(old)+"\n1 cases: 0 passed, 1 failed\n", r.stdout)
}

func TestCheckCommandUsage(t *testing.T) {
	r := runCommand(t, "check")
	assert.Equal(t, exitUsage, r.code)
	assert.Contains(t, r.stderr, "Usage: newsfacts check [flags] DIR")
	r = runCommand(t, "check", t.TempDir())
	assert.Equal(t, exitUsage, r.code)
	assert.Contains(t, r.stderr, "newsfacts check: read cases: no case folders in")
	r = runCommand(t, "check", "-h")
	assert.Equal(t, exitOK, r.code)
	assert.Contains(t, r.stderr, "-update")
}

func TestCheckCommandRulesError(t *testing.T) {
	dir := seedCases(t)
	rules := filepath.Join(t.TempDir(), "rules.yaml")
	require.NoError(t, os.WriteFile(rules, []byte("lists:\n  speech_cues:\n    add: [fumed]\n  partys: [Reform UK]\n"), 0o644))
	r := runCommand(t, "check", "-rules", rules, dir)
	assert.Equal(t, exitUsage, r.code)
	assert.Contains(t, r.stderr, "newsfacts check: rules "+rules+": line 4: unknown list \"partys\"")
}
