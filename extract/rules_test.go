package extract

import (
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func testLexicon() *Lexicon {
	x := &Lexicon{lists: map[string]*List{}}
	x.Add("speech_cues", "said", "say")
	x.Add("speech_cues", "claimed", "claim")
	x.Add("honorifics", "Mr", "male")
	x.Add("honorifics", "Dr", "")
	return x
}

func applyRules(t *testing.T, name, src string) (*Lexicon, error) {
	t.Helper()
	r, err := ParseRules(name, []byte(src))
	if err != nil {
		return nil, err
	}
	return r.Apply(testLexicon())
}

const yamlRules = `# newsroom rules
version: 1
lists:
  speech_cues:
    add: [fumed = fume, "blasted = blast"]
    remove: [claimed]
  honorifics:
    replace:
      - Mrs = female
  desks:
    create: true
    add: [Metro desk]
`

func TestRulesYAML(t *testing.T) {
	base := testLexicon()
	r, err := ParseRules("rules.yaml", []byte(yamlRules))
	require.NoError(t, err)
	x, err := r.Apply(base)
	require.NoError(t, err)
	v, ok := x.List("speech_cues").Value("Fumed")
	assert.True(t, ok)
	assert.Equal(t, "fume", v)
	assert.True(t, x.List("speech_cues").Has("said"))
	assert.False(t, x.List("speech_cues").Has("claimed"))
	assert.Equal(t, []string{"Mrs"}, x.List("honorifics").Phrases(), "replace drops the old entries")
	assert.Equal(t, []string{"Metro desk"}, x.List("desks").Phrases())
	assert.Equal(t, 2, x.List("desks").MaxWords())
	assert.True(t, base.List("speech_cues").Has("claimed"), "the base lexicon is untouched")
	assert.Nil(t, base.List("desks"))
}

func TestRulesJSON(t *testing.T) {
	x, err := applyRules(t, "rules.json", "{\n\t\"lists\": {\n\t\t\"speech_cues\": [\"fumed = fume\", \"a\\/b\"]\n\t}\n}\n")
	require.NoError(t, err)
	assert.True(t, x.List("speech_cues").Has("fumed"))
	assert.True(t, x.List("speech_cues").Has("a/b"), "a plain sequence means add")
}

func TestRulesPlainListMeansAdd(t *testing.T) {
	x, err := applyRules(t, "r.yml", "lists:\n  honorifics: [Dame = female]\n")
	require.NoError(t, err)
	assert.Equal(t, []string{"Dame", "Dr", "Mr"}, x.List("honorifics").Phrases())
}

func TestRulesErrorsNameTheLine(t *testing.T) {
	for _, c := range []struct{ name, src, want string }{
		{"r.yaml", "lists:\n  speech_cue:\n    add: [fumed]\n", `rules r.yaml: line 2: unknown list "speech_cue" (known lists: honorifics, speech_cues); add "create: true" to make a new one`},
		{"r.yaml", "lists:\n  speech_cues:\n    ad: [fumed]\n", `rules r.yaml: line 3: list "speech_cues": unknown key "ad" (want add, remove, replace or create)`},
		{"r.yaml", "lists:\n  speech_cues:\n    add:\n      - fumed\n      - [x]\n", `rules r.yaml: line 5: want a phrase ("phrase" or "phrase = value"), not a list`},
		{"r.yaml", "lists:\n  speech_cues:\n    add: fumed\n", `rules r.yaml: line 3: want a list of phrases, not a single value`},
		{"r.yaml", "lists:\n  speech_cues:\n    remove: [whispered]\n", `rules r.yaml: line 3: cannot remove "whispered": it is not on list "speech_cues"`},
		{"r.yaml", "lists:\n  speech_cues:\n    create: true\n", `rules r.yaml: line 2: list "speech_cues" already exists`},
		{"r.yaml", "lists:\n  speech_cues:\n    create: yes please\n", `rules r.yaml: line 3: want true or false`},
		{"r.yaml", "list:\n  speech_cues: [x]\n", `rules r.yaml: line 1: unknown key "list"`},
		{"r.yaml", "lists:\n  speech_cues: [\" = x\"]\n", `rules r.yaml: line 2: empty phrase`},
		{"r.yaml", "version: 2\n", `line 1: unsupported rules version "2"`},
		{"r.yaml", "lists:\n  speech_cues: [x]\n\thonorifics: [y]\n", `rules r.yaml: line 3: found character that cannot start any token`},
		{"r.yaml", "- x\n", `rules r.yaml: line 1: the rules must be a mapping`},
		{"r.json", "{\n \"lists\": {\n  \"speech_cues\": [\"x\",]\n }\n}", `rules r.json: line 3: invalid character ']'`},
		{"r.json", "{\n \"lists\": {\n  \"speech_cues\": [\"x\"]\n", `rules r.json: line 3: unexpected EOF`},
		{"r.json", "{\n \"lists\": {\n  \"nope\": {\"add\": [\"x\"]}\n }\n}", `rules r.json: line 3: unknown list "nope"`},
		{"r.json", "{\n \"lists\": {\"speech_cues\": [],\n  \"speech_cues\": []}\n}", `rules r.json: line 3: list "speech_cues" is given twice`},
		{"r.json", "{} {}", `rules r.json: line 1: more than one JSON value`},
	} {
		_, err := applyRules(t, c.name, c.src)
		if assert.Error(t, err, c.src) {
			assert.Contains(t, err.Error(), c.want, c.src)
		}
	}
}

func TestRulesEmptyFile(t *testing.T) {
	x, err := applyRules(t, "r.yaml", "# nothing yet\n")
	require.NoError(t, err)
	assert.Equal(t, []string{"honorifics", "speech_cues"}, x.Names())
}

func TestRulesOnDefaultLexicon(t *testing.T) {
	r, err := ParseRules("r.yaml", []byte("lists:\n  speech_cues: [fumed = fume]\n"))
	require.NoError(t, err)
	x, err := r.Apply(DefaultLexicon())
	require.NoError(t, err)
	assert.True(t, x.List("speech_cues").Has("fumed"))
	assert.False(t, DefaultLexicon().List("speech_cues").Has("fumed"))
}

// TestRulesDocExamples parses the examples in docs/rules.md, so the
// documentation never shows a file the parser refuses.
func TestRulesDocExamples(t *testing.T) {
	doc, err := os.ReadFile(filepath.Join("..", "docs", "rules.md"))
	require.NoError(t, err)
	base := testLexicon()
	for _, l := range []string{"parties", "outlets"} {
		base.Add(l, "Labour", "")
	}
	blocks := regexp.MustCompile("(?s)```(yaml|json)\n(.*?)```").FindAllStringSubmatch(string(doc), -1)
	require.Len(t, blocks, 2)
	for _, b := range blocks {
		r, err := ParseRules("example."+b[1], []byte(b[2]))
		require.NoError(t, err, b[2])
		x, err := r.Apply(base)
		require.NoError(t, err, b[2])
		assert.True(t, x.List("speech_cues").Has("fumed"))
		assert.False(t, x.List("speech_cues").Has("claimed"))
	}
}
