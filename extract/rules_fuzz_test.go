package extract

import "testing"

// FuzzParseRules: no rules file, however broken, may panic; what parses
// must apply to the built-in lists or fail with an error.
func FuzzParseRules(f *testing.F) {
	f.Add("r.yaml", []byte(yamlRules))
	f.Add("r.json", []byte(`{"lists": {"speech_cues": {"add": ["x = y"], "remove": ["said"]}}}`))
	f.Add("r.yaml", []byte("lists:\n  a: &x [b]\n  c: *x\n"))
	f.Add("r.json", []byte(`{"lists": [1, {"a": null}]}`))
	f.Fuzz(func(t *testing.T, name string, data []byte) {
		r, err := ParseRules(name, data)
		if err != nil {
			return
		}
		_, _ = r.Apply(DefaultLexicon())
	})
}
