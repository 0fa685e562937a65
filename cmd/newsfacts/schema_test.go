package main

import (
	"encoding/json"
	"testing"

	"github.com/newsfacts/newsfacts/internal/schemacheck"
	"github.com/newsfacts/newsfacts/pipeline"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestSchemaCommandValidatesSampleSheets prints the schema and checks the
// sheets of the sample corpus (run) and of one article (extract) with it.
func TestSchemaCommandValidatesSampleSheets(t *testing.T) {
	r := runCommand(t, "schema")
	require.Equal(t, exitOK, r.code, r.stderr)
	assert.Equal(t, string(pipeline.Schema()), r.stdout)
	var s map[string]any
	require.NoError(t, json.Unmarshal([]byte(r.stdout), &s))
	v, err := schemacheck.New([]byte(r.stdout))
	require.NoError(t, err)

	run := runCommand(t, "run", "-j", "2")
	require.Equal(t, exitOK, run.code, run.stderr)
	require.NotEmpty(t, run.stdout)
	assert.NoError(t, v.ValidateLines([]byte(run.stdout)))

	ex := runCommand(t, "extract", "../../corpus/sample/barnet.html")
	require.Equal(t, exitOK, ex.code, ex.stderr)
	assert.NoError(t, v.Validate([]byte(ex.stdout)))

	assert.Equal(t, exitUsage, runCommand(t, "schema", "extra").code)
}
