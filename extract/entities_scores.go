package extract

import (
	"strings"

	"github.com/newsfacts/newsfacts/internal/nlp"
)

// scorePreps join a match score to the other side ("drew 0-0 with
// Bohemians", "lost 2-1 to Dartford", "a 3-0 win over Chelmsford").
var scorePreps = map[string]bool{"with": true, "to": true, "against": true, "over": true}

// scoreBefore reports whether a score and a score preposition come right
// before m ("drew 0-0 with Bohemians"): m is the other side of a match.
func scoreBefore(d *nlp.Doc, m *mention) bool {
	i := d.TokenAt(m.From)
	if i < 2 || !scorePreps[strings.ToLower(d.Tokens[i-1].Text)] {
		return false
	}
	if isScore(d.Tokens[i-2].Text) {
		return true
	}
	// A tokenizer may split the score: "0", "-", "0".
	return i >= 4 && isSmallNumber(d.Tokens[i-2].Text) && (d.Tokens[i-3].Text == "-" || d.Tokens[i-3].Text == "–") && isSmallNumber(d.Tokens[i-4].Text)
}

// typeScoredSides makes a name a team when a match score and a score
// preposition come right before it in a sports report (not "the court
// ruled 6-3 against Smith"). A name with an honorific or role, or one the
// lists already type, keeps its type.
func (x *entityLex) typeScoredSides(d *nlp.Doc, ms []*mention) {
	if !x.sportsReport(d) {
		return
	}
	for _, m := range ms {
		if m.Strength < evStrong && m.Honorific == "" && m.Role == "" && scoreBefore(d, m) {
			m.Type, m.Subtype, m.Strength, m.Prose = TypeOrg, "team", evStrong, false
		}
	}
}
