package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/newsfacts/newsfacts/internal/warcgen"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// sheetIDs reads the ids of a JSON Lines sheet file, failing on any line
// that is not a whole sheet.
func sheetIDs(t *testing.T, path string) []string {
	t.Helper()
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	var ids []string
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 64<<20)
	for sc.Scan() {
		var s struct{ ID string }
		require.NoError(t, json.Unmarshal(sc.Bytes(), &s), "line %d", len(ids)+1)
		ids = append(ids, s.ID)
	}
	require.NoError(t, sc.Err())
	return ids
}

// TestKillAndResume builds the real binary, kills a run over a WARC of a
// few hundred pages with SIGKILL in the middle, resumes it, and checks
// that every page is in the output exactly once, in input order.
func TestKillAndResume(t *testing.T) {
	if testing.Short() {
		t.Skip("skipped in -short mode: builds the binary and runs a few hundred pages")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "newsfacts")
	build := exec.Command("go", "build", "-o", bin, ".")
	build.Stderr = os.Stderr
	require.NoError(t, build.Run())

	var w bytes.Buffer
	uris, err := warcgen.Write(&w, warcgen.Options{Pages: 300, Seed: 11, Noise: true})
	require.NoError(t, err)
	src := filepath.Join(dir, "cc.warc.gz")
	require.NoError(t, os.WriteFile(src, w.Bytes(), 0o644))
	out := filepath.Join(dir, "sheets.jsonl")

	cmd := exec.Command(bin, "run", "-j", "2", "-o", out, src)
	require.NoError(t, cmd.Start())
	deadline := time.Now().Add(2 * time.Minute)
	for {
		if st, err := os.Stat(out + ".partial"); err == nil && st.Size() > 0 {
			break
		}
		require.True(t, time.Now().Before(deadline), "no output before the deadline")
		time.Sleep(10 * time.Millisecond)
	}
	require.NoError(t, cmd.Process.Signal(syscall.SIGKILL))
	cmd.Wait()
	_, err = os.Stat(out)
	require.True(t, os.IsNotExist(err), "a killed run leaves no final file")
	before, err := os.ReadFile(out + ".partial")
	require.NoError(t, err)
	require.Less(t, bytes.Count(before, []byte("\n")), len(uris), "killed in the middle")

	var stderr bytes.Buffer
	resume := exec.Command(bin, "run", "-j", "2", "-resume", "-o", out, src)
	resume.Stderr = &stderr
	require.NoError(t, resume.Run(), stderr.String())
	assert.Contains(t, stderr.String(), "resumed")
	assert.Equal(t, uris, sheetIDs(t, out), "every page exactly once, in order")
	final, err := os.ReadFile(out)
	require.NoError(t, err)
	requireValidSheets(t, string(final))
}
