package schemacheck

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const schema = `{"$schema":"https://json-schema.org/draft/2020-12/schema","type":"object",
"required":["n"],"additionalProperties":false,"properties":{"n":{"type":"integer"}}}`

func TestValidate(t *testing.T) {
	v, err := New([]byte(schema))
	require.NoError(t, err)
	assert.NoError(t, v.Validate([]byte(`{"n": 3}`)))
	assert.ErrorContains(t, v.Validate([]byte(`{"n": "3"}`)), "/n")
	assert.Error(t, v.Validate([]byte(`{"n": 3, "m": 1}`)))
	assert.Error(t, v.Validate([]byte(`{`)))
	assert.NoError(t, v.ValidateLines([]byte("{\"n\":1}\n\n{\"n\":2}\n")))
	assert.ErrorContains(t, v.ValidateLines([]byte("{\"n\":1}\n{\"n\":true}\n")), "line 2")
}

func TestNewBadSchema(t *testing.T) {
	_, err := New([]byte(`{"type": 3}`))
	assert.Error(t, err)
	_, err = New([]byte(`{`))
	assert.Error(t, err)
}
