package extract_test

import (
	"fmt"

	"github.com/newsfacts/newsfacts/extract"
)

func ExampleParseRules() {
	rules := []byte("lists:\n  speech_cues:\n    add: [fumed = fume]\n")
	r, err := extract.ParseRules("newsroom.yaml", rules)
	if err != nil {
		fmt.Println(err)
		return
	}
	lex, err := r.Apply(extract.DefaultLexicon())
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(lex.List("speech_cues").Value("fumed"))

	_, err = extract.ParseRules("bad.yaml", []byte("lists:\n  speech_cues:\n    add: fumed\n"))
	fmt.Println(err)
	// Output:
	// fume true
	// rules bad.yaml: line 3: want a list of phrases, not a single value
}
