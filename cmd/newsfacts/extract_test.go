package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsfacts/newsfacts/pipeline"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestExtractSeedPage(t *testing.T) {
	code, out, stderr := cli(t, "extract", "../../corpus/sample/barnet.html")
	require.Equal(t, exitOK, code, stderr)
	requireValidSheets(t, strings.Join(strings.Fields(out), " ")+"\n")
	var s pipeline.Sheet
	require.NoError(t, json.Unmarshal([]byte(out), &s))
	assert.Equal(t, "barnet", s.ID)
	assert.Len(t, s.Quotes, 10)
	assert.Contains(t, out, "\n  \"article\": {", "extract prints indented JSON")
}

func TestExtractBadInput(t *testing.T) {
	dir := t.TempDir()
	junk := filepath.Join(dir, "junk.html")
	require.NoError(t, os.WriteFile(junk, []byte("\x00\x01\x02PK\x03\x04\x00\x00binary"), 0o644))
	code, out, stderr := cli(t, "extract", junk)
	assert.Equal(t, exitFailed, code)
	assert.Contains(t, out, `"stage": "clean"`, "a failed article still prints its sheet")
	assert.Contains(t, stderr, "binary")

	code, out, stderr = cli(t, "extract", filepath.Join(dir, "missing.html"))
	assert.Equal(t, exitFailed, code, "a missing file is that article's error")
	assert.Contains(t, out, `"stage": "read"`)
	assert.Contains(t, stderr, "missing.html")

	code, _, _ = cli(t, "extract")
	assert.Equal(t, exitUsage, code)
	code, _, _ = cli(t, "extract", "ftp://example.com/a")
	assert.Equal(t, exitUsage, code)
}

func TestRunSampleWithNoArguments(t *testing.T) {
	code, out, stderr := cli(t, "run")
	require.Equal(t, exitOK, code, stderr)
	requireValidSheets(t, out)
	assert.Equal(t, 4, strings.Count(out, "\n"))
	assert.Contains(t, stderr, "4 articles, 0 failed")
}
