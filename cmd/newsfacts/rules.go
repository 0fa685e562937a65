package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/newsfacts/newsfacts/extract"
)

// rulesFlag adds -rules to fs. The returned function loads the word lists:
// nil (the built-in lists) without the flag, else the built-in lists
// changed by the rules file; its error names the file and line.
func rulesFlag(fs *flag.FlagSet) func() (*extract.Lexicon, error) {
	path := fs.String("rules", "", "change the built-in word lists with the rules `FILE` (YAML or JSON; see docs/rules.md)")
	return func() (*extract.Lexicon, error) {
		if *path == "" {
			return nil, nil
		}
		b, err := os.ReadFile(*path)
		if err != nil {
			return nil, fmt.Errorf("read rules: %w", err)
		}
		r, err := extract.ParseRules(*path, b)
		if err != nil {
			return nil, err
		}
		return r.Apply(extract.DefaultLexicon())
	}
}
