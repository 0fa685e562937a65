package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsfacts/newsfacts/internal/schemacheck"
	"github.com/newsfacts/newsfacts/pipeline"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// cliResult is what one run of the command gave.
type cliResult struct {
	code           int
	stdout, stderr string
}

// runCommand runs the real CLI in-process with args and empty stdin.
func runCommand(t *testing.T, args ...string) cliResult {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(context.Background(), args, strings.NewReader(""), &out, &errb)
	return cliResult{code: code, stdout: out.String(), stderr: errb.String()}
}

// cli is runCommand as its exit code, stdout and stderr.
func cli(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	r := runCommand(t, args...)
	return r.code, r.stdout, r.stderr
}

// requireValidSheets fails t unless every line of out is a sheet that
// fits the schema.
func requireValidSheets(t *testing.T, out string) {
	t.Helper()
	v, err := schemacheck.New(pipeline.Schema())
	require.NoError(t, err)
	require.NoError(t, v.ValidateLines([]byte(out)))
}

func TestEveryCommandHasHelp(t *testing.T) {
	for name := range commands() {
		r := runCommand(t, name, "-h")
		assert.Equal(t, exitOK, r.code, name)
		assert.True(t, strings.HasPrefix(r.stderr, "Usage: newsfacts "+name+" "), "%s -h: %q", name, r.stderr)
	}
}

func TestWrongArgumentsNameTheCommand(t *testing.T) {
	for _, args := range [][]string{{"extract"}, {"extract", "a", "b"}, {"check"}, {"schema", "x"}, {"eval"}, {"eval", "gold"}, {"eval", "-sheets", "s.jsonl", "gold", "x"}} {
		r := runCommand(t, args...)
		assert.Equal(t, exitUsage, r.code, args)
		assert.True(t, strings.HasPrefix(r.stderr, "newsfacts "+args[0]+": "), "%v: %q", args, r.stderr)
		assert.Contains(t, r.stderr, "Usage: newsfacts "+args[0], args)
	}
}

func TestBadFlagNamesTheCommand(t *testing.T) {
	r := runCommand(t, "run", "-bogus")
	assert.Equal(t, exitUsage, r.code)
	assert.True(t, strings.HasPrefix(r.stderr, "newsfacts run: flag provided but not defined: -bogus\n"), r.stderr)
	assert.Contains(t, r.stderr, "Usage: newsfacts run")
}

// TestRunBadInputsCostOnlyTheirOwnArticle runs one good page among bad
// inputs: each bad one gets a sheet with its error, the good one is whole.
func TestRunBadInputsCostOnlyTheirOwnArticle(t *testing.T) {
	dir := t.TempDir()
	page, err := os.ReadFile(filepath.Join("..", "..", "corpus", "sample", "barnet.html"))
	require.NoError(t, err)
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	_, err = zw.Write(page)
	require.NoError(t, err)
	require.NoError(t, zw.Close())
	files := map[string][]byte{
		"a-empty.html":    nil,
		"b-junk.html":     {0x00, 0x01, 0x02, 0xff, 0xfe, 0x00, 0x10},
		"c-trunc.html.gz": gz.Bytes()[:gz.Len()/2],
		"d-good.html":     page,
	}
	var args []string
	for name, b := range files {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), b, 0o644))
	}
	for _, name := range []string{"a-empty.html", "b-junk.html", "c-trunc.html.gz", "missing.html", "d-good.html"} {
		args = append(args, filepath.Join(dir, name))
	}
	r := runCommand(t, append([]string{"run", "-text-only"}, args...)...)
	assert.Equal(t, exitFailed, r.code, r.stderr)
	requireValidSheets(t, r.stdout)
	lines := strings.Split(strings.TrimSpace(r.stdout), "\n")
	require.Len(t, lines, 5, r.stderr)
	for i, want := range []string{`"stage":"clean"`, `"stage":"clean"`, "unexpected EOF", "missing.html", `"errors":[]`} {
		assert.Contains(t, lines[i], want, "sheet %d", i)
	}
	assert.Contains(t, lines[4], "Barnet")
	assert.Contains(t, r.stderr, "5 articles, 4 failed")
}

func TestRunWithNoArticlesIsASetupError(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "notes.md"), []byte("# not an article"), 0o644))
	r := runCommand(t, "run", dir)
	assert.Equal(t, exitUsage, r.code)
	assert.Contains(t, r.stderr, "newsfacts run: no articles found")

	r = runCommand(t, "extract", dir)
	assert.Equal(t, exitUsage, r.code)
	assert.Contains(t, r.stderr, "newsfacts extract: "+dir+": no article found")
}

func TestEmptyStdinIsAnArticleError(t *testing.T) {
	r := runCommand(t, "run", "-")
	assert.Equal(t, exitFailed, r.code)
	assert.Contains(t, r.stderr, "newsfacts run: -: clean: no article text")
}
