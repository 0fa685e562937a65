package pipeline

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func diffStrings(t *testing.T, a, b string) []string {
	t.Helper()
	ds, err := DiffJSON([]byte(a), []byte(b))
	require.NoError(t, err)
	out := make([]string, len(ds))
	for i, d := range ds {
		out[i] = d.String()
	}
	return out
}

func TestDiffJSONIgnoresKeyOrderOnly(t *testing.T) {
	assert.Empty(t, diffStrings(t, `{"a":1,"b":[1,2],"c":{"x":null}}`, `{"c":{"x":null},"b":[1,2],"a":1.0}`))
	assert.Equal(t, []string{"b[1]: 2 -> 3"}, diffStrings(t, `{"b":[1,2]}`, `{"b":[1,3]}`))
	assert.Equal(t, []string{"a: (absent) -> []"}, diffStrings(t, `{}`, `{"a":[]}`))
	assert.Equal(t, []string{"a: null -> false"}, diffStrings(t, `{"a":null}`, `{"a":false}`))
}

func TestDiffJSONSpeaker(t *testing.T) {
	old := `{"quotes":[{"text":"We did it.","speaker":"Liron Velleman"}]}`
	now := `{"quotes":[{"text":"We did it.","speaker":"Ella Rose"}]}`
	assert.Equal(t, []string{`quotes[0].speaker: "Liron Velleman" -> "Ella Rose"`}, diffStrings(t, old, now))
}

func TestDiffJSONAlignsInsertions(t *testing.T) {
	old := `{"q":["a","b","c"]}`
	assert.Equal(t, []string{`q[1]: (absent) -> "x"`}, diffStrings(t, old, `{"q":["a","x","b","c"]}`))
	assert.Equal(t, []string{`q[0]: "a" -> (absent)`}, diffStrings(t, old, `{"q":["b","c"]}`))
	assert.Equal(t, []string{`q[1]: "b" -> "y"`, `q[2]: (absent) -> "z"`}, diffStrings(t, old, `{"q":["a","y","z","c"]}`))
}

func TestDiffJSONShortensLongValues(t *testing.T) {
	long := strings.Repeat("word ", 100)
	ds := diffStrings(t, `{"text":"`+long+`end"}`, `{"text":"`+long+`END"}`)
	require.Len(t, ds, 1)
	assert.Less(t, len(ds[0]), 2*maxShown+40)
	assert.Contains(t, ds[0], `end" -> …"`)
	assert.Contains(t, ds[0], `END"`)
	obj := diffStrings(t, `{"e":[]}`, `{"e":[{"name":"`+long+`"}]}`)
	assert.True(t, strings.HasSuffix(obj[0], "…"), obj[0])
}

func TestDiffJSONBadInput(t *testing.T) {
	_, err := DiffJSON([]byte(`{`), []byte(`{}`))
	assert.ErrorContains(t, err, "old document")
	_, err = DiffJSON([]byte(`{}`), []byte(`{} {}`))
	assert.ErrorContains(t, err, "new document")
}

func TestDiffJSONAlignsOnIdentity(t *testing.T) {
	old := `{"entities":[{"id":"e1","name":"A"},{"id":"e2","name":"B"},{"id":"e3","name":"C"}]}`
	now := `{"entities":[{"id":"e1","name":"A"},{"id":"e2","name":"X"},{"id":"e3","name":"B"},{"id":"e4","name":"C"}]}`
	assert.Equal(t, []string{
		`entities[1]: (absent) -> {"name":"X","id":"e2"}`,
		`entities[2].id: "e2" -> "e3"`,
		`entities[3].id: "e3" -> "e4"`,
	}, diffStrings(t, old, now))
}
