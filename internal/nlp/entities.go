package nlp

import (
	"unicode"

	"github.com/jdkato/prose/v3/ner"
	"github.com/jdkato/prose/v3/token"
)

// labelEntities runs the entity recogniser over the windows of toks that
// can hold a name (words with a capital letter, with one word of context on the right
// and two on the left) and labels every other token "O". The model's
// features look one token either side and at the previous label, so this
// gives the labels a full pass gives while scoring a fraction of the
// tokens: the recogniser is most of the cost of annotation.
func labelEntities(ex *ner.Extracter, toks []token.Token) {
	for i := range toks {
		toks[i].Label = "O"
	}
	inWindow := make([]bool, len(toks))
	for i, t := range toks {
		if !hasUpper(t.Text) {
			continue
		}
		for j := max(0, i-2); j <= min(len(toks)-1, i+1); j++ {
			inWindow[j] = true
		}
	}
	for i := 0; i < len(toks); {
		if !inWindow[i] {
			i++
			continue
		}
		j := i
		for j < len(toks) && inWindow[j] {
			j++
		}
		ex.Label(toks[i:j])
		i = j
	}
}

// hasUpper reports whether s holds an upper-case letter ("Labour",
// "iPhone", "non-U.S").
func hasUpper(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}
