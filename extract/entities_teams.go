package extract

import (
	"strings"

	"github.com/newsfacts/newsfacts/internal/nlp"
)

// matchVerbs stand between two sides of a fixture ("Rovers face Dartford",
// "Milton host Chelmsford City").
var matchVerbs = map[string]bool{
	"face": true, "faces": true, "host": true, "hosts": true, "hosted": true,
	"beat": true, "beats": true, "visit": true, "visits": true, "visited": true,
	"play": true, "plays": true, "played": true, "v": true, "vs": true, "v.": true, "vs.": true,
}

// teamWordBefore reports whether a match verb and, before it, a lone team
// word ("Rovers", "United") precede m.
func (x *entityLex) teamWordBefore(d *nlp.Doc, m *mention) bool {
	i := d.TokenAt(m.From)
	if i < 2 || !matchVerbs[strings.ToLower(d.Tokens[i-1].Text)] {
		return false
	}
	sub, _ := x.orgSuffixes.Value(d.Tokens[i-2].Text)
	return sub == "team" && isCapWord(d.Tokens[i-2].Text)
}

// isTeam reports whether m names a team: so typed, or ending in a team word
// ("Rovers", "United").
func (x *entityLex) isTeam(m *mention) bool {
	if m.Type == TypeOrg && m.Subtype == "team" {
		return true
	}
	sub, _ := x.orgSuffixes.Value(m.Words[len(m.Words)-1].Text)
	return sub == "team" && (m.Type == "" || m.Type == TypeOrg)
}

// typeOpponents makes a name a team when a match verb joins it to a name
// known to be a team: the other side of a fixture is a team too. A name
// with an honorific or role keeps its type.
func (x *entityLex) typeOpponents(d *nlp.Doc, ms []*mention) {
	for _, m := range ms {
		if m.Strength < evStrong && m.Honorific == "" && m.Role == "" && x.teamWordBefore(d, m) {
			m.Type, m.Subtype, m.Strength, m.Prose = TypeOrg, "team", evStrong, false // "Rovers face Dartford"
		}
	}
	for i := 0; i+1 < len(ms); i++ {
		a, b := ms[i], ms[i+1]
		if a.Sentence != b.Sentence || a.End > b.From || !matchVerbs[strings.ToLower(strings.TrimSpace(d.Text[a.End:b.From]))] {
			continue
		}
		for _, p := range [][2]*mention{{a, b}, {b, a}} {
			team, other := p[0], p[1]
			if !x.isTeam(team) || other.Strength >= evStrong || other.Honorific != "" || other.Role != "" {
				continue
			}
			other.Type, other.Subtype, other.Strength, other.Prose = TypeOrg, "team", evStrong, false
		}
	}
}
