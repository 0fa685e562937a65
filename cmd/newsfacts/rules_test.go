package main

import (
	"encoding/json"
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

// TestRulesChangeTheFacts shows a rules file at work end to end: the same
// unknown name becomes a company or a place depending on the list the
// rules put it on.
func TestRulesChangeTheFacts(t *testing.T) {
	article := writeRules(t, "zorblax.txt", "Zorblax said on Monday that profits had doubled.\n\nA spokesman for Zorblax added that staff would get a bonus.\n")
	typeWith := func(list string) string {
		rules := writeRules(t, list+".yaml", "lists:\n  "+list+": [Zorblax]\n")
		r := runCommand(t, "extract", "-rules", rules, article)
		require.Equal(t, exitOK, r.code, r.stderr)
		var sheet struct {
			Entities []struct{ Name, Type string }
		}
		require.NoError(t, json.Unmarshal([]byte(r.stdout), &sheet))
		for _, e := range sheet.Entities {
			if e.Name == "Zorblax" {
				return e.Type
			}
		}
		return ""
	}
	assert.Equal(t, "ORG", typeWith("companies"))
	assert.Equal(t, "GPE", typeWith("places"))
}
