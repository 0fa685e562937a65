package pipeline

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"reflect"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/newsfacts/newsfacts/internal/schemacheck"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var sheetValidator = sync.OnceValues(func() (*schemacheck.Validator, error) {
	return schemacheck.New(Schema())
})

// requireValidSheet fails t unless doc (one sheet's JSON) fits the schema.
func requireValidSheet(t testing.TB, doc []byte) {
	t.Helper()
	v, err := sheetValidator()
	require.NoError(t, err)
	require.NoError(t, v.Validate(doc))
}

func TestSchemaCarriesVersion(t *testing.T) {
	var s map[string]any
	require.NoError(t, json.Unmarshal(Schema(), &s))
	assert.Equal(t, "https://json-schema.org/draft/2020-12/schema", s["$schema"])
	props := s["properties"].(map[string]any)
	assert.Equal(t, SchemaID, props["schema"].(map[string]any)["const"])
	assert.Contains(t, s["$id"], strings.TrimPrefix(SchemaID, "newsfacts/"))
	assert.Contains(t, s["description"], SchemaID)
}

func TestSchemaRejectsWrongShape(t *testing.T) {
	good, err := json.Marshal(newSheet("a", "a.txt"))
	require.NoError(t, err)
	good = []byte(strings.Replace(string(good), `"sha256":""`, `"sha256":"`+strings.Repeat("0", 64)+`"`, 1))
	requireValidSheet(t, good)
	v, err := sheetValidator()
	require.NoError(t, err)
	for _, bad := range []string{
		strings.Replace(string(good), `"schema":"newsfacts/factsheet/v1"`, `"schema":"newsfacts/factsheet/v0"`, 1),
		strings.Replace(string(good), `"quotes":[]`, `"quotes":[{"text":"x","start":0,"end":1,"speaker":null,"partial":false}]`, 1),
		strings.Replace(string(good), `"numbers":[]`, `"numbers":[{"text":"x","start":-1,"end":1,"value":1,"kind":"count"}]`, 1),
		strings.Replace(string(good), `"claims":[]`, `"claims":[],"extra":1`, 1),
	} {
		assert.Error(t, v.Validate([]byte(bad)), bad)
	}
}

// TestSchemaDescribesSheet walks the Go types of a sheet and the schema
// side by side: every JSON field is a property of the right type, the
// fields always written are required, and nothing else is allowed.
func TestSchemaDescribesSheet(t *testing.T) {
	var s map[string]any
	require.NoError(t, json.Unmarshal(Schema(), &s))
	defs := s["$defs"].(map[string]any)
	var errs []string
	compareType(reflect.TypeFor[Sheet](), s, defs, "sheet", &errs)
	assert.Empty(t, errs, "the schema and sheet.go/facts.go disagree: update pipeline/schema/factsheet.schema.json and SchemaID")
}

func resolve(node map[string]any, defs map[string]any) map[string]any {
	for {
		ref, ok := node["$ref"].(string)
		if !ok {
			return node
		}
		node = defs[strings.TrimPrefix(ref, "#/$defs/")].(map[string]any)
	}
}

// jsonFields returns the JSON fields of a struct type, embedded structs
// flattened, with whether each is omitted when empty.
func jsonFields(t reflect.Type) map[string]reflect.StructField {
	out := map[string]reflect.StructField{}
	for i := range t.NumField() {
		f := t.Field(i)
		if f.Anonymous && f.Type.Kind() == reflect.Struct && f.Tag.Get("json") == "" {
			for k, v := range jsonFields(f.Type) {
				out[k] = v
			}
			continue
		}
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name == "-" || !f.IsExported() {
			continue
		}
		if name == "" {
			name = f.Name
		}
		out[name] = f
	}
	return out
}

func compareType(t reflect.Type, node, defs map[string]any, path string, errs *[]string) {
	node = resolve(node, defs)
	fail := func(format string, args ...any) { *errs = append(*errs, path+": "+fmt.Sprintf(format, args...)) }
	if t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	want := map[reflect.Kind]string{reflect.String: "string", reflect.Int: "integer", reflect.Float64: "number",
		reflect.Bool: "boolean", reflect.Slice: "array", reflect.Struct: "object"}[t.Kind()]
	if c, ok := node["const"]; ok {
		if _, isStr := c.(string); !isStr || want != "string" {
			fail("const of the wrong type")
		}
		return
	}
	switch ty := node["type"].(type) {
	case string:
		if ty != want {
			fail("schema type %s, Go type %s", ty, t)
		}
	case []any:
		if len(ty) != 2 || ty[0] != want || ty[1] != "null" {
			fail("schema type %v, Go type %s", ty, t)
		}
	default:
		fail("no type")
	}
	switch t.Kind() {
	case reflect.Slice:
		items, _ := node["items"].(map[string]any)
		if items == nil {
			fail("array without items")
			return
		}
		compareType(t.Elem(), items, defs, path+"[]", errs)
	case reflect.Struct:
		compareStruct(t, node, defs, path, errs)
	}
}

func compareStruct(t reflect.Type, node, defs map[string]any, path string, errs *[]string) {
	fail := func(format string, args ...any) { *errs = append(*errs, path+": "+fmt.Sprintf(format, args...)) }
	if node["additionalProperties"] != false {
		fail("additionalProperties must be false")
	}
	props, _ := node["properties"].(map[string]any)
	fields := jsonFields(t)
	var wantReq []string
	for name, f := range fields {
		p, ok := props[name].(map[string]any)
		if !ok {
			fail("field %q is not in the schema", name)
			continue
		}
		_, opts, _ := strings.Cut(f.Tag.Get("json"), ",")
		omit := strings.Contains(opts, "omitempty")
		if !omit {
			wantReq = append(wantReq, name)
		}
		if f.Type.Kind() == reflect.Pointer && !omit {
			if ty, ok := resolve(p, defs)["type"].([]any); !ok || len(ty) != 2 {
				fail("field %q can be null: its type must be [T, \"null\"]", name)
			}
		}
		compareType(f.Type, p, defs, path+"."+name, errs)
	}
	for name := range props {
		if _, ok := fields[name]; !ok {
			fail("property %q is not a field", name)
		}
	}
	var req []string
	for _, r := range node["required"].([]any) {
		req = append(req, r.(string))
	}
	sort.Strings(req)
	sort.Strings(wantReq)
	if !reflect.DeepEqual(req, wantReq) {
		fail("required %v, want %v (the fields without omitempty)", req, wantReq)
	}
}

// shapeOf writes a line per JSON field of t (recursively): its path, Go
// type and whether it is omitted when empty.
func shapeOf(t reflect.Type, path string, sb *strings.Builder) {
	for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice {
		if t.Kind() == reflect.Slice {
			path += "[]"
		}
		t = t.Elem()
	}
	if t.Kind() != reflect.Struct {
		return
	}
	fields := jsonFields(t)
	names := make([]string, 0, len(fields))
	for n := range fields {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		f := fields[n]
		fmt.Fprintf(sb, "%s.%s %s %s\n", path, n, kindOf(f.Type), f.Tag.Get("json"))
		shapeOf(f.Type, path+"."+n, sb)
	}
}

// kindOf names a type by its JSON-relevant kinds only ("*float64",
// "[]struct"), so renaming a Go type does not change the shape.
func kindOf(t reflect.Type) string {
	switch t.Kind() {
	case reflect.Pointer:
		return "*" + kindOf(t.Elem())
	case reflect.Slice:
		return "[]" + kindOf(t.Elem())
	}
	return t.Kind().String()
}

// shapes records the fingerprint of each schema version's shape.
var shapes = map[string]string{
	"newsfacts/factsheet/v1": "6106100653673186",
}

// TestSchemaVersionFollowsShape fails when the sheet's Go shape changes
// while SchemaID stays: a new shape needs a new version (and the schema
// file updated to match).
func TestSchemaVersionFollowsShape(t *testing.T) {
	var sb strings.Builder
	shapeOf(reflect.TypeFor[Sheet](), "sheet", &sb)
	sum := sha256.Sum256([]byte(sb.String()))
	got := hex.EncodeToString(sum[:])[:16]
	want, ok := shapes[SchemaID]
	require.True(t, ok, "no recorded shape for %s: add %q to shapes", SchemaID, got)
	assert.Equal(t, want, got, "the fact sheet's shape changed under %s: give it a new SchemaID, update the schema file, and record the new fingerprint here. The shape now:\n%s", SchemaID, sb.String())
}
