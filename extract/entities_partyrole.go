package extract

import "strings"

// politicalRoles are the jobs a party adjective before them names the
// party of ("Conservative councillor", "Republican senator").
var politicalRoles = map[string]bool{
	"leader": true, "member": true, "councillor": true, "councilor": true, "candidate": true,
	"activist": true, "politician": true, "lawmaker": true, "legislator": true,
	"senator": true, "congressman": true, "congresswoman": true, "governor": true,
	"mayor": true, "minister": true, "whip": true, "mp": true, "msp": true, "mep": true, "peer": true,
}

// partyBeforeRole makes a party mention of a lone party adjective before a
// political job held by the person named next ("Conservative councillor
// Alastair Grant"): the adjective names the party whose "X Party" is
// listed. A plural job ("Democratic politicians") names a group, no party.
func (x *entityLex) partyBeforeRole(ws []nameWord) (mention, bool) {
	d := x.doc
	if d == nil || len(ws) != 1 || ws[0].Tok+2 >= len(d.Tokens) {
		return mention{}, false
	}
	if !politicalRoles[strings.ToLower(d.Tokens[ws[0].Tok+1].Text)] || !isCapWord(d.Tokens[ws[0].Tok+2].Text) {
		return mention{}, false
	}
	t, sub, key, ok := x.known(ws[0].Text + " Party")
	if !ok || t != TypeOrg || sub != "party" {
		return mention{}, false
	}
	m := newMention(ws)
	m.Type, m.Subtype, m.Key, m.Strength = TypeOrg, sub, key, evStrong
	return m, true
}
