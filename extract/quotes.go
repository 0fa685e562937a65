package extract

import "github.com/newsfacts/newsfacts/internal/nlp"

// Quotes finds every quoted passage that gives someone's words, with its
// speaker resolved against ents where the text allows.
func Quotes(d *nlp.Doc, ents []Entity, lex *Lexicon) []Quote {
	return []Quote{}
}
