package extract

import (
	"strings"

	"github.com/newsfacts/newsfacts/internal/nlp"
)

// germanFunctionWords are the commonest German words. German capitalises
// every noun, so in German text a capitalised word proves no name.
var germanFunctionWords = map[string]bool{
	"der": true, "die": true, "das": true, "und": true, "ist": true, "nicht": true, "mit": true,
	"den": true, "dem": true, "des": true, "im": true, "zu": true, "von": true, "für": true,
	"auf": true, "sich": true, "ein": true, "eine": true, "einer": true, "auch": true,
	"wird": true, "werden": true, "sind": true, "bei": true, "aus": true, "wie": true, "oder": true,
}

// englishFunctionWords are the commonest English words.
var englishFunctionWords = map[string]bool{
	"the": true, "and": true, "of": true, "to": true, "a": true, "in": true, "is": true,
	"that": true, "for": true, "it": true, "was": true, "on": true, "with": true, "as": true,
	"he": true, "she": true, "they": true, "be": true, "at": true, "by": true, "this": true,
}

// inGerman reports whether d is written in German: of at least 50 words,
// one in twenty or more is a German function word, and they outnumber the
// English ones three to one.
func inGerman(d *nlp.Doc) bool {
	words, de, en := 0, 0, 0
	for _, t := range d.Tokens {
		if !isWord(t.Text) {
			continue
		}
		words++
		w := strings.ToLower(t.Text)
		if germanFunctionWords[w] {
			de++
		} else if englishFunctionWords[w] {
			en++
		}
	}
	return words >= 50 && de*20 >= words && de > 3*en
}

// dropWeakGerman untypes the mentions of a German text that only their
// shape or the recogniser types ("Digitalisierung", "Patienten"), and the
// people whose shape is an article between nouns ("Einwilligung der
// Patienten") with no given name first: listed names, organisation and
// place words, titles and given names still count.
func (x *entityLex) dropWeakGerman(d *nlp.Doc, ms []*mention) {
	if !inGerman(d) {
		return
	}
	for _, m := range ms {
		if m.Strength <= evWeak || m.Type == TypePerson && m.Strength == evShape && !x.firstNames.Has(m.Words[0].Text) {
			m.Type, m.Subtype, m.Prose = "", "", false
		}
	}
}
