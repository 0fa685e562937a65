package extract

import (
	"sort"
	"strings"
)

// cluster is one referent being built: its mentions in text order.
type cluster struct {
	Type     string
	Subtype  string
	Key      string
	Mentions []*mention
}

// nameSuffixes end a person's name without being the surname.
var nameSuffixes = map[string]bool{"Jr.": true, "Jr": true, "Sr.": true, "Sr": true, "II": true, "III": true, "IV": true}

// surname returns the last word of a person's name that is not a suffix.
func surname(ws []nameWord) string {
	for i := len(ws) - 1; i >= 0; i-- {
		if !nameSuffixes[ws[i].Text] {
			return ws[i].Text
		}
	}
	return ""
}

// unifyTypes gives every mention of one spelling the type of its best-typed
// mention, so "Labour" is a party everywhere once the list says so.
func unifyTypes(ms []*mention) {
	best := map[string]*mention{}
	for _, m := range ms {
		if m.Type == "" {
			continue
		}
		k := m.name()
		if b, ok := best[k]; !ok || m.Strength > b.Strength {
			best[k] = m
		}
	}
	for _, m := range ms {
		if b, ok := best[m.name()]; ok && b != m && (m.Type == "" || m.Strength < b.Strength) {
			m.Type, m.Subtype, m.Key, m.Strength = b.Type, b.Subtype, b.Key, b.Strength
			if m.Type != TypePerson && m.Honorific == "" && m.Role == "" {
				m.From = m.Start
			}
		}
	}
}

// clusterPeople groups person mentions: full names first, then short forms
// (surname, honorific with surname, "Sir Keir") joined to the person they
// name. Lone words that name no known person stay persons only with enough
// evidence.
func clusterPeople(ms []*mention) []*cluster {
	var cs []*cluster
	for _, m := range ms {
		if m.Type != TypePerson || len(m.Words) < 2 {
			continue
		}
		if c := findFull(cs, m); c != nil {
			c.Mentions = append(c.Mentions, m)
			continue
		}
		cs = append(cs, &cluster{Type: TypePerson, Mentions: []*mention{m}})
	}
	for _, m := range ms {
		if len(m.Words) != 1 || (m.Type != TypePerson && m.Strength >= evStrong) {
			continue
		}
		if c := findShort(cs, m); c != nil {
			m.Type = TypePerson
			c.Mentions = append(c.Mentions, m)
			continue
		}
		if m.Type != TypePerson || m.Strength < evWeak {
			continue
		}
		if c := findSingle(cs, m.Words[0].Text); c != nil {
			c.Mentions = append(c.Mentions, m)
			continue
		}
		cs = append(cs, &cluster{Type: TypePerson, Mentions: []*mention{m}})
	}
	return cs
}

// findFull returns the cluster of a person with the same first name and
// surname as m.
func findFull(cs []*cluster, m *mention) *cluster {
	first, last := m.Words[0].Text, surname(m.Words)
	for _, c := range cs {
		for _, o := range c.Mentions {
			if len(o.Words) >= 2 && surname(o.Words) == last && o.Words[0].Text == first {
				return c
			}
		}
	}
	return nil
}

// findShort returns the person a one-word mention names: the surname, or
// the given name after "Sir", "Dame" or "Lady". The nearest earlier person
// wins when two share the word.
func findShort(cs []*cluster, m *mention) *cluster {
	w := m.Words[0].Text
	byFirst := m.Honorific == "Sir" || m.Honorific == "Dame" || m.Honorific == "Lady"
	var best, fallback *cluster
	bestAt := -1
	for _, c := range cs {
		if len(c.Mentions[0].Words) < 2 {
			continue
		}
		for _, o := range c.Mentions {
			if len(o.Words) < 2 || !(surname(o.Words) == w || (byFirst && o.Words[0].Text == w)) {
				continue
			}
			if o.Start < m.Start && o.Start > bestAt {
				best, bestAt = c, o.Start
			}
			if fallback == nil {
				fallback = c
			}
		}
	}
	if best == nil {
		return fallback
	}
	return best
}

// findSingle returns the one-word person cluster named w.
func findSingle(cs []*cluster, w string) *cluster {
	for _, c := range cs {
		if len(c.Mentions[0].Words) == 1 && c.Mentions[0].Words[0].Text == w {
			return c
		}
	}
	return nil
}

// clusterOthers groups organisation and place mentions by key, then joins an
// acronym to the organisation whose initials it spells.
func clusterOthers(ms []*mention) []*cluster {
	var cs []*cluster
	byKey := map[string]*cluster{}
	for _, m := range ms {
		if m.Type == "" || m.Type == TypePerson {
			continue
		}
		k := m.Key
		if k == "" {
			k = normKey(m.name(), m.Subtype)
		}
		k = typeClass(m.Type) + ":" + k
		c, ok := byKey[k]
		if !ok {
			c = &cluster{Type: m.Type, Subtype: m.Subtype, Key: k}
			byKey[k] = c
			cs = append(cs, c)
		}
		if c.Subtype == "" {
			c.Subtype = m.Subtype
		}
		c.Mentions = append(c.Mentions, m)
	}
	return joinAcronyms(cs)
}

// typeClass puts GPE and LOC together: one place, whatever the label.
func typeClass(t string) string {
	if t == TypeLoc {
		return TypeGPE
	}
	return t
}

// normKey is the grouping key of an organisation or place name: lower case,
// no leading "the", and for parties no "party" and no plural s.
func normKey(name, sub string) string {
	k := strings.ToLower(name)
	k = strings.TrimPrefix(k, "the ")
	if sub == "party" {
		k = strings.TrimSuffix(k, " party")
		k = strings.TrimSuffix(k, "s")
	}
	return k
}

// joinAcronyms merges an acronym cluster ("NIDA") into the organisation whose
// capitalised initials it spells ("National Institute on Drug Abuse").
func joinAcronyms(cs []*cluster) []*cluster {
	var out []*cluster
	for _, c := range cs {
		name := c.Mentions[0].name()
		if c.Type != TypeOrg || !isAcronym(name) {
			continue
		}
		a := strings.ReplaceAll(name, ".", "")
		for _, o := range cs {
			if o != c && o.Type == TypeOrg && initials(o.Mentions[0].Words) == a {
				o.Mentions = append(o.Mentions, c.Mentions...)
				c.Mentions = nil
				break
			}
		}
	}
	for _, c := range cs {
		if len(c.Mentions) > 0 {
			sort.SliceStable(c.Mentions, func(i, j int) bool { return c.Mentions[i].Start < c.Mentions[j].Start })
			out = append(out, c)
		}
	}
	return out
}

// initials returns the first letters of the capitalised words of ws.
func initials(ws []nameWord) string {
	if len(ws) < 2 {
		return ""
	}
	var b strings.Builder
	for _, w := range ws {
		if isCapWord(w.Text) {
			b.WriteString(w.Text[:1])
		}
	}
	return b.String()
}
