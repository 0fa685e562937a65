package extract

import (
	"strings"

	"github.com/newsfacts/newsfacts/internal/nlp"
)

// typeByIts makes a name an organisation when it opens a sentence and the
// next sentence opens with "Its" ("Lumière Silicium rejected the claims.
// Its finance director said…"): a person is "his" or "her", not "its". Only
// names typed a person on weak evidence (the recogniser or the shape) with
// no honorific, role or given name from the lists change.
func (x *entityLex) typeByIts(d *nlp.Doc, ms []*mention) {
	for _, m := range ms {
		if m.Type != TypePerson || m.Strength > evWeak || m.Honorific != "" || m.Role != "" || x.firstNames.Has(m.Words[0].Text) {
			continue
		}
		s := d.Sentences[m.Sentence]
		if d.TokenAt(m.Start) != s.First || m.Sentence+1 >= len(d.Sentences) {
			continue
		}
		next := d.Sentences[m.Sentence+1]
		if next.Paragraph != s.Paragraph || next.First >= next.Last || !strings.EqualFold(d.Tokens[next.First].Text, "its") {
			continue
		}
		m.Type, m.Subtype, m.Strength, m.Prose = TypeOrg, "", evShape, false
	}
}
