package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func writeRules(t *testing.T, name, body string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	require.NoError(t, os.WriteFile(p, []byte(body), 0o644))
	return p
}

func TestRulesFlagOnRunAndExtract(t *testing.T) {
	good := writeRules(t, "rules.yaml", "lists:\n  speech_cues:\n    add: [fumed = fume]\n")
	page := "../../corpus/sample/barnet.html"
	r := runCommand(t, "extract", "-rules", good, page)
	assert.Equal(t, exitOK, r.code, r.stderr)
	r = runCommand(t, "run", "-rules", good, page)
	assert.Equal(t, exitOK, r.code, r.stderr)

	bad := writeRules(t, "rules.json", "{\n  \"lists\": {\n    \"speech_cues\": {\"add\": [\"fumed\"],}\n  }\n}\n")
	for _, cmd := range []string{"extract", "run"} {
		r = runCommand(t, cmd, "-rules", bad, page)
		assert.Equal(t, exitUsage, r.code, cmd)
		assert.Contains(t, r.stderr, "newsfacts "+cmd+": rules "+bad+": line 3: invalid character '}'", cmd)
		assert.Empty(t, r.stdout, cmd)
	}
	r = runCommand(t, "run", "-rules", filepath.Join(t.TempDir(), "none.yaml"), page)
	assert.Equal(t, exitUsage, r.code)
	assert.Contains(t, r.stderr, "read rules:")
}
