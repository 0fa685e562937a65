package extract

import (
	"strings"

	"github.com/newsfacts/newsfacts/internal/nlp"
)

// retypeModifiers decides lone words typed a person only by weak cues that
// the text also uses to qualify a noun ("the Speedway station", "the Webb
// telescope"): a brand or a thing, not a person, when the word never goes
// with a given name, an honorific or a title. One that speaks ("Speedway
// said in a statement") is an organisation; the rest name no entity.
func (x *entityLex) retypeModifiers(d *nlp.Doc, ms []*mention) {
	people := map[string]bool{} // words that are part of a person's name
	for _, m := range ms {
		if m.Type == TypePerson && (len(m.Words) > 1 || m.Honorific != "" || m.Role != "" || m.Strength >= evStrong) {
			for _, w := range m.Words {
				people[w.Text] = true
			}
		}
	}
	cands := map[string][]*mention{}
	for _, m := range ms {
		if len(m.Words) == 1 && m.Type == TypePerson && !people[m.Words[0].Text] && !x.firstNames.Has(m.Words[0].Text) {
			cands[m.Words[0].Text] = append(cands[m.Words[0].Text], m)
		}
	}
	for _, m := range ms {
		if len(m.Words) == 1 && m.Type != "" && m.Type != TypePerson {
			delete(cands, m.Words[0].Text) // typed otherwise elsewhere: left to unifyTypes
		}
	}
	for w, group := range cands {
		if !modifiesNoun(d, w) {
			continue
		}
		speaks := false
		for _, m := range group {
			speaks = speaks || m.Cue
		}
		for _, m := range group {
			if speaks {
				m.Type, m.Subtype, m.Strength, m.Prose = TypeOrg, "company", evWeak, false
			} else {
				m.Type, m.Subtype, m.Prose = "", "", false
			}
		}
	}
}

// modifiesNoun reports whether w stands somewhere in d between "the" and a
// lower-case noun ("the Speedway station"), amounts and adjectives allowed
// between "the" and w ("the $10 billion Webb telescope").
func modifiesNoun(d *nlp.Doc, w string) bool {
	for i := 1; i+1 < len(d.Tokens); i++ {
		if d.Tokens[i].Text != w {
			continue
		}
		j := i - 1
		for j > 0 && i-j <= 4 && (d.Tokens[j].Tag == "CD" || d.Tokens[j].Tag == "JJ" || d.Tokens[j].Tag == "$" || hasDigit(d.Tokens[j].Text)) {
			j--
		}
		if !strings.EqualFold(d.Tokens[j].Text, "the") {
			continue
		}
		n := d.Tokens[i+1]
		if isLowerWord(n.Text) && strings.HasPrefix(n.Tag, "NN") {
			return true
		}
	}
	return false
}
