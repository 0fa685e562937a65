package pipeline

import _ "embed"

// schemaJSON is the JSON Schema (draft 2020-12) of the fact sheet.
//
//go:embed schema/factsheet.schema.json
var schemaJSON []byte

// Schema returns the fact sheet's JSON Schema (draft 2020-12) as JSON. It
// describes exactly what Emit writes, carries SchemaID in its description
// and its "schema" const, and changes version whenever the shape does. The
// caller gets its own copy.
func Schema() []byte { return append([]byte(nil), schemaJSON...) }
