package pipeline

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsfacts/newsfacts/internal/warcgen"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// writeCase makes dir/name/<file> with body.
func writeCase(t *testing.T, dir, name, file, body string) string {
	t.Helper()
	d := filepath.Join(dir, name)
	require.NoError(t, os.MkdirAll(d, 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(d, file), []byte(body), 0o644))
	return d
}

const shortArticle = "Council tax rises by 5 per cent\n\nThe council will raise tax by 5 per cent, its leader Ann Cole said.\n\n\"We had no choice,\" Ms Cole said.\n"

func TestCheckUpdateThenPass(t *testing.T) {
	dir := t.TempDir()
	writeCase(t, dir, "tax", "tax.txt", shortArticle)
	ctx := context.Background()

	res, err := Check(ctx, dir, CheckOptions{})
	require.NoError(t, err)
	require.Len(t, res, 1)
	assert.True(t, res[0].NoWant)
	var sb strings.Builder
	failed, err := WriteCheckReport(&sb, res)
	require.NoError(t, err)
	assert.Equal(t, 1, failed)
	assert.Contains(t, sb.String(), "tax: no "+filepath.Join(dir, "tax", "want.json"))

	res, err = Check(ctx, dir, CheckOptions{Update: true})
	require.NoError(t, err)
	assert.True(t, res[0].Updated)
	assert.True(t, res[0].OK())

	res, err = Check(ctx, dir, CheckOptions{})
	require.NoError(t, err)
	assert.True(t, res[0].OK(), "%+v", res[0])
	assert.False(t, res[0].Updated)
}

func TestCheckReportsDifferences(t *testing.T) {
	dir := t.TempDir()
	writeCase(t, dir, "tax", "tax.txt", shortArticle)
	ctx := context.Background()
	_, err := Check(ctx, dir, CheckOptions{Update: true})
	require.NoError(t, err)
	want := filepath.Join(dir, "tax", WantFile)
	b, err := os.ReadFile(want)
	require.NoError(t, err)
	edited := strings.Replace(string(b), `"id": "tax"`, `"id": "taxes"`, 1)
	require.NotEqual(t, string(b), edited)
	require.NoError(t, os.WriteFile(want, []byte(edited), 0o644))

	res, err := Check(ctx, dir, CheckOptions{Options: Options{Workers: 2}})
	require.NoError(t, err)
	var sb strings.Builder
	failed, err := WriteCheckReport(&sb, res)
	require.NoError(t, err)
	assert.Equal(t, 1, failed)
	assert.Equal(t, "tax: id: \"taxes\" -> \"tax\"\n1 cases: 0 passed, 1 failed\n", sb.String())
}

func TestCheckBadWant(t *testing.T) {
	dir := t.TempDir()
	d := writeCase(t, dir, "tax", "tax.txt", shortArticle)
	require.NoError(t, os.WriteFile(filepath.Join(d, WantFile), []byte("{"), 0o644))
	res, err := Check(context.Background(), dir, CheckOptions{})
	require.NoError(t, err)
	assert.ErrorContains(t, res[0].Err, "case tax: want.json")
	res, err = Check(context.Background(), dir, CheckOptions{Update: true})
	require.NoError(t, err)
	assert.True(t, res[0].OK(), "update repairs a broken want.json")
}

func TestFindCasesErrors(t *testing.T) {
	dir := t.TempDir()
	_, err := FindCases(dir)
	assert.ErrorContains(t, err, "no case folders")
	d := writeCase(t, dir, "two", "a.txt", "x")
	require.NoError(t, os.WriteFile(filepath.Join(d, "b.html"), []byte("x"), 0o644))
	_, err = FindCases(dir)
	assert.ErrorContains(t, err, "case two: 2 input files [a.txt b.html]")
	require.NoError(t, os.Remove(filepath.Join(d, "a.txt")))
	require.NoError(t, os.Remove(filepath.Join(d, "b.html")))
	require.NoError(t, os.WriteFile(filepath.Join(d, "notes.md"), []byte("x"), 0o644))
	_, err = FindCases(dir)
	assert.ErrorContains(t, err, "case two: 0 input files")
}

func TestCaseURLInput(t *testing.T) {
	dir := t.TempDir()
	d := writeCase(t, dir, "w", "page.url", "pages.warc.gz https://example.com/a\n")
	cases, err := FindCases(dir)
	require.NoError(t, err)
	_, err = cases[0].Item(context.Background())
	assert.ErrorContains(t, err, "no such file", "the WARC is resolved beside the case")

	require.NoError(t, os.WriteFile(filepath.Join(d, "page.url"), []byte("just-one-field"), 0o644))
	_, err = cases[0].Item(context.Background())
	assert.ErrorContains(t, err, `want one line "FILE.warc.gz URI"`)
}

// TestCheckWARCCase runs a case whose input is a .url file naming one page
// of a WARC kept beside the cases.
func TestCheckWARCCase(t *testing.T) {
	dir := t.TempDir()
	f, err := os.Create(filepath.Join(dir, "pages.warc.gz"))
	require.NoError(t, err)
	uris, err := warcgen.Write(f, warcgen.Options{Pages: 3, Seed: 7, Noise: true})
	require.NoError(t, err)
	require.NoError(t, f.Close())
	require.Len(t, uris, 3)
	writeCase(t, dir, "second", "page.url", "../pages.warc.gz "+uris[1]+"\n")

	res, err := Check(context.Background(), dir, CheckOptions{Update: true})
	require.NoError(t, err)
	require.NoError(t, res[0].Err)
	require.True(t, res[0].OK(), "%+v", res[0])
	var sheet struct{ ID, Source, Text string }
	require.NoError(t, json.Unmarshal(res[0].Got, &sheet))
	assert.Equal(t, uris[1], sheet.ID)
	assert.Equal(t, "../pages.warc.gz#"+uris[1], sheet.Source)
	assert.NotEmpty(t, sheet.Text)

	res, err = Check(context.Background(), dir, CheckOptions{})
	require.NoError(t, err)
	assert.True(t, res[0].OK(), "%+v", res[0])

	writeCase(t, dir, "second", "page.url", "../pages.warc.gz https://example.com/not-there\n")
	res, err = Check(context.Background(), dir, CheckOptions{})
	require.NoError(t, err)
	assert.ErrorContains(t, res[0].Err, "case second: page.url: no record for https://example.com/not-there in ../pages.warc.gz")
}
