package extract

import "github.com/newsfacts/newsfacts/internal/nlp"

// Claims ties quantities and states in d to their subject and metric.
func Claims(d *nlp.Doc, ents []Entity, nums []Number, lex *Lexicon) []Claim {
	return []Claim{}
}
