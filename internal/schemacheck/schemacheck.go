// Package schemacheck validates JSON documents against a JSON Schema
// (draft 2020-12). Tests use it to check every fact sheet they produce.
package schemacheck

import (
	"bytes"
	"encoding/json"
	"fmt"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// Validator checks documents against one compiled schema. It is safe for
// concurrent use.
type Validator struct {
	schema *jsonschema.Schema
}

// New compiles schema, a JSON Schema document; it fails when the schema
// is not valid JSON or not a valid draft 2020-12 schema.
func New(schema []byte) (*Validator, error) {
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(schema))
	if err != nil {
		return nil, fmt.Errorf("read schema: %w", err)
	}
	c := jsonschema.NewCompiler()
	c.DefaultDraft(jsonschema.Draft2020)
	const url = "mem:///factsheet.schema.json"
	if err := c.AddResource(url, doc); err != nil {
		return nil, fmt.Errorf("add schema: %w", err)
	}
	s, err := c.Compile(url)
	if err != nil {
		return nil, fmt.Errorf("compile schema: %w", err)
	}
	return &Validator{schema: s}, nil
}

// Validate checks one JSON document; the error lists every violation with
// its location in the document.
func (v *Validator) Validate(doc []byte) error {
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(doc))
	if err != nil {
		return fmt.Errorf("read document: %w", err)
	}
	if err := v.schema.Validate(inst); err != nil {
		return fmt.Errorf("document does not fit the schema: %w", err)
	}
	return nil
}

// ValidateLines checks each non-blank line of JSON Lines input; the error
// names the first bad line.
func (v *Validator) ValidateLines(data []byte) error {
	for i, line := range bytes.Split(data, []byte("\n")) {
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		if !json.Valid(line) {
			return fmt.Errorf("line %d: not JSON", i+1)
		}
		if err := v.Validate(line); err != nil {
			return fmt.Errorf("line %d: %w", i+1, err)
		}
	}
	return nil
}
