package pipeline

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func sheetLine(t *testing.T, id string, failed bool) string {
	t.Helper()
	s := newSheet(id, id)
	if failed {
		s.Errors = append(s.Errors, StageError{Stage: "read", Message: "boom"})
	}
	var b bytes.Buffer
	require.NoError(t, Emit(&b, s))
	return b.String()
}

func TestOutputResumeKeepsWholeLinesOnly(t *testing.T) {
	path := filepath.Join(t.TempDir(), "out.jsonl")
	a, b, c := sheetLine(t, "a", false), sheetLine(t, "b", true), sheetLine(t, "a", false)
	torn := sheetLine(t, "d", false)
	torn = torn[:len(torn)/2]
	require.NoError(t, os.WriteFile(path+PartialSuffix, []byte(a+b+c+torn), 0o644))

	o, err := OpenOutput(path, nil, true)
	require.NoError(t, err)
	assert.Equal(t, 3, o.Resumed)
	assert.Equal(t, 1, o.ResumedFailed)
	assert.True(t, o.Skip("a"))
	assert.True(t, o.Skip("a"), "an id written twice is skipped twice")
	assert.False(t, o.Skip("a"))
	assert.True(t, o.Skip("b"))
	assert.False(t, o.Skip("d"), "the torn sheet is redone")
	require.NoError(t, o.Write(newSheet("d", "d")))
	require.NoError(t, o.Commit(true))

	got, err := os.ReadFile(path)
	require.NoError(t, err)
	assert.Equal(t, a+b+c+sheetLine(t, "d", false), string(got))
	_, err = os.Stat(path + PartialSuffix)
	assert.True(t, os.IsNotExist(err), "the partial file is renamed away")
}

func TestOutputWithoutResumeStartsOver(t *testing.T) {
	path := filepath.Join(t.TempDir(), "out.jsonl")
	require.NoError(t, os.WriteFile(path+PartialSuffix, []byte(sheetLine(t, "old", false)), 0o644))
	o, err := OpenOutput(path, nil, false)
	require.NoError(t, err)
	assert.False(t, o.Skip("old"))
	require.NoError(t, o.Write(newSheet("new", "new")))
	require.NoError(t, o.Commit(true))
	got, _ := os.ReadFile(path)
	assert.Equal(t, sheetLine(t, "new", false), string(got))
}

func TestOutputFailedRunKeepsPartial(t *testing.T) {
	path := filepath.Join(t.TempDir(), "out.jsonl")
	o, err := OpenOutput(path, nil, false)
	require.NoError(t, err)
	require.NoError(t, o.Write(newSheet("x", "x")))
	require.NoError(t, o.Commit(false))
	_, err = os.Stat(path)
	assert.True(t, os.IsNotExist(err), "no final file from a failed run")
	got, _ := os.ReadFile(path + PartialSuffix)
	assert.Equal(t, sheetLine(t, "x", false), string(got))
}

func TestOutputResumeContinuesAFinishedFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "out.jsonl")
	require.NoError(t, os.WriteFile(path, []byte(sheetLine(t, "a", false)), 0o644))
	o, err := OpenOutput(path, nil, true)
	require.NoError(t, err)
	assert.True(t, o.Skip("a"))
	require.NoError(t, o.Write(newSheet("b", "b")))
	require.NoError(t, o.Commit(true))
	got, _ := os.ReadFile(path)
	assert.Equal(t, 2, strings.Count(string(got), "\n"))
}

func TestOutputResumeNeedsAFile(t *testing.T) {
	_, err := OpenOutput("", &bytes.Buffer{}, true)
	assert.Error(t, err)
}
