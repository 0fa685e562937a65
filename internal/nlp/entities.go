package nlp

import (
	"unicode"

	"github.com/jdkato/prose/v3/token"
)

// labelEntities runs prose's entity model (see entityModel) over the
// windows of toks that can hold a name (words with a capital letter, with
// one word of context on the right and two on the left) and labels every
// other token "O". The model's
// features look one token either side and at the previous label, so this
// gives the labels a full pass gives while scoring a fraction of the
// tokens: the recogniser is most of the cost of annotation.
func labelEntities(m *entityModel, toks []token.Token) {
	for i := range toks {
		toks[i].Label = "O"
	}
	inWindow := make([]bool, len(toks))
	for i, t := range toks {
		if !hasUpper(t.Text) || (sentenceStart(toks, i) && functionWords[t.Text]) {
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
		m.label(toks[i:j])
		i = j
	}
}

// sentenceStart reports whether toks[i] opens a sentence or a quotation:
// it is first, or follows end punctuation or an opening quote mark.
func sentenceStart(toks []token.Token, i int) bool {
	if i == 0 {
		return true
	}
	switch toks[i-1].Text {
	case ".", "!", "?", "“", "\"", "‘", "'", "(", ":", ";", "—", "–", "-":
		return true
	}
	return false
}

// functionWords, spelled as they are when they open a sentence ("The",
// not "THE" or "US"), are capitalised only for that; a window is not worth
// opening for them. "I" is always capitalised.
var functionWords = map[string]bool{
	"The": true, "A": true, "An": true, "In": true, "On": true, "At": true, "But": true, "And": true,
	"Or": true, "It": true, "He": true, "She": true, "They": true, "We": true, "I": true, "You": true,
	"This": true, "That": true, "These": true, "Those": true, "There": true, "His": true, "Her": true,
	"Their": true, "Its": true, "Our": true, "As": true, "If": true, "When": true, "While": true,
	"After": true, "Before": true, "For": true, "With": true, "By": true, "From": true, "To": true,
	"Of": true, "So": true, "Yet": true, "Then": true, "What": true, "Who": true, "How": true,
	"Why": true, "Where": true, "Some": true, "Many": true, "Most": true, "All": true, "No": true,
	"Not": true, "Is": true, "Was": true, "Are": true, "Were": true, "Will": true, "Would": true,
	"Can": true, "Could": true, "Should": true, "Do": true, "Does": true, "Did": true, "Has": true,
	"Have": true, "Had": true, "My": true, "Your": true, "Me": true, "Us": true, "Them": true,
	"However": true, "Also": true, "Now": true, "Still": true, "More": true, "Even": true,
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
