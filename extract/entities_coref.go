package extract

import (
	"sort"
	"strings"
	"unicode/utf8"
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

// unifyTypes gives every mention of one spelling the type of its
// best-typed mentions, so "Labour" is a party everywhere once the list says
// so; among equally strong mentions the most frequent type wins.
func unifyTypes(ms []*mention) {
	type vote struct {
		best  *mention
		count map[string]int
	}
	votes := map[string]*vote{}
	for _, m := range ms {
		if m.Type == "" {
			continue
		}
		v, ok := votes[m.name()]
		if !ok {
			v = &vote{best: m, count: map[string]int{}}
			votes[m.name()] = v
		}
		if m.Strength > v.best.Strength {
			v.best, v.count = m, map[string]int{}
		}
		if m.Strength == v.best.Strength {
			v.count[m.Type]++
			if v.count[m.Type] > v.count[v.best.Type] {
				v.best = m
			}
		}
	}
	for _, m := range ms {
		v, ok := votes[m.name()]
		if !ok || v.best == m || (m.Type != "" && m.Strength > v.best.Strength) {
			continue
		}
		if m.Type == v.best.Type && m.Strength == v.best.Strength {
			continue
		}
		b := v.best
		m.Type, m.Subtype, m.Key, m.Strength = b.Type, b.Subtype, b.Key, b.Strength
		if m.Type != TypePerson && m.Honorific == "" && m.Role == "" {
			m.From = m.Start
		}
	}
}

// clusterPeople groups person mentions: full names first, then short forms
// (surname, honorific with surname, "Sir Keir") joined to the person they
// name. Lone words that name no known person stay persons only with enough
// evidence.
func clusterPeople(ms []*mention, lowerSeen map[string]bool) []*cluster {
	var cs []*cluster
	alone := map[string]int{}
	for _, m := range ms {
		w := m.Words[0]
		if len(m.Words) == 1 && (m.Type == TypePerson || m.Type == "" && !w.Initial && !lowerSeen[strings.ToLower(w.Text)]) {
			alone[m.Words[0].Text]++
		}
	}
	for _, m := range ms {
		if m.Type == TypePerson && !plausiblePerson(m.Words) {
			m.Type = ""
		}
		if m.Type != TypePerson || len(m.Words) < 2 {
			continue
		}
		if m.Strength == evNone && alone[surname(m.Words)] == 0 && !m.Cue {
			m.Type = "" // a capitalised phrase with nothing to say it is a person
			continue
		}
		if c := findFull(cs, m); c != nil {
			c.Mentions = append(c.Mentions, m)
			continue
		}
		if c := findParticleSurname(cs, m); c != nil {
			c.Mentions = append(c.Mentions, m)
			continue
		}
		cs = append(cs, &cluster{Type: TypePerson, Mentions: []*mention{m}})
	}
	cs = mergeNicknames(cs)
	for _, m := range ms {
		if len(m.Words) != 1 || (m.Type != TypePerson && m.Strength >= evStrong && m.Subtype != "company") {
			continue
		}
		if m.Type == TypeOrg && m.Strength >= evStrong {
			// A listed company that is the surname of a person named in
			// full ("John Ford" … "Ford said") is the person.
			if c := findShort(cs, m); c != nil && hasSurname(c, m.Words[0].Text) {
				m.Type, m.Subtype, m.Key = TypePerson, "", ""
				c.Mentions = append(c.Mentions, m)
			}
			continue
		}
		if c := findShort(cs, m); c != nil {
			m.Type = TypePerson
			c.Mentions = append(c.Mentions, m)
			continue
		}
		if m.Type != TypePerson || m.Strength < evWeak || givenOfMany(cs, m.Words[0].Text) {
			continue
		}
		if m.Prose && !m.Cue && m.Honorific == "" && m.Role == "" && alone[m.Words[0].Text] < 2 {
			continue // one lone word the recogniser calls a person, said once
		}
		if c := findSingle(cs, m.Words[0].Text); c != nil {
			c.Mentions = append(c.Mentions, m)
			continue
		}
		cs = append(cs, &cluster{Type: TypePerson, Mentions: []*mention{m}})
	}
	return mergeTails(cs)
}

// plausiblePerson reports whether ws can be a person's name: no digits and
// no word in capitals other than initials ("PS4 DualShock", "IN SD").
func plausiblePerson(ws []nameWord) bool {
	for _, w := range ws {
		if hasDigit(w.Text) || (isAcronym(w.Text) && !strings.Contains(w.Text, ".") && !nameSuffixes[w.Text]) {
			return false
		}
	}
	return true
}

// findFull returns the cluster of a person with the same first name and
// surname as m.
func findFull(cs []*cluster, m *mention) *cluster {
	first, last := m.Words[0].Text, surname(m.Words)
	for _, c := range cs {
		for _, o := range c.Mentions {
			if len(o.Words) >= 2 && surname(o.Words) == last && sameGiven(o.Words[0].Text, first) && !middlesDiffer(o.Words, m.Words) {
				return c
			}
		}
	}
	return nil
}

// findParticleSurname returns the person whose full name ends in m, a
// surname that opens with a particle ("De la Espriella", "Van den Bossche"
// for "Luis Fernando de la Espriella"), nil when none. The particle may be
// capitalised where it opens a sentence; the words after it must match.
func findParticleSurname(cs []*cluster, m *mention) *cluster {
	if !particles[strings.ToLower(m.Words[0].Text)] {
		return nil
	}
	n := len(m.Words)
	for _, c := range cs {
		for _, o := range c.Mentions {
			k := len(o.Words) - n
			if k < 1 {
				continue
			}
			same := true
			for i, w := range m.Words {
				if !strings.EqualFold(w.Text, o.Words[k+i].Text) {
					same = false
					break
				}
			}
			if same {
				return c
			}
		}
	}
	return nil
}

// middlesDiffer reports whether two names of three words or more have
// different middle names ("Jeong Hye Jin", "Jeong Jae Jin"); an initial
// agrees with a name it begins ("John M. Ford", "John Milo Ford").
func middlesDiffer(a, b []nameWord) bool {
	if len(a) < 3 || len(b) < 3 {
		return false
	}
	x, y := strings.TrimSuffix(a[1].Text, "."), strings.TrimSuffix(b[1].Text, ".")
	if len(x) > len(y) {
		x, y = y, x
	}
	if utf8.RuneCountInString(x) == 1 {
		return !strings.HasPrefix(y, x)
	}
	return x != y
}

// sameGiven reports whether two given names are one ("Pat" and "Patrick").
func sameGiven(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	return a == b || (len(a) >= 3 && strings.HasPrefix(b, a))
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
		best = fallback
	}
	if best == nil && (m.Honorific == "" || strings.TrimSuffix(m.Honorific, ".") == "Dr") {
		best = byGivenName(cs, w)
	}
	return best
}

// hasSurname reports whether a name of c with two words or more ends in w.
func hasSurname(c *cluster, w string) bool {
	for _, o := range c.Mentions {
		if len(o.Words) >= 2 && surname(o.Words) == w {
			return true
		}
	}
	return false
}

// byGivenName returns the one person whose given name is w, nil when none
// or several.
func byGivenName(cs []*cluster, w string) *cluster {
	var hit *cluster
	for _, c := range cs {
		for _, o := range c.Mentions {
			if len(o.Words) >= 2 && o.Words[0].Text == w {
				if hit != nil && hit != c {
					return nil
				}
				hit = c
			}
		}
	}
	return hit
}

// givenOfMany reports whether w is the given name of two or more people.
func givenOfMany(cs []*cluster, w string) bool {
	n := 0
	for _, c := range cs {
		for _, o := range c.Mentions {
			if len(o.Words) >= 2 && o.Words[0].Text == w {
				n++
				break
			}
		}
	}
	return n > 1
}

// mergeTails joins a cluster whose name is the tail of a longer name of the
// same type ("Van Der Beek" into "James Van Der Beek", "Intelligence
// Committee" into "House Intelligence Committee").
func mergeTails(cs []*cluster) []*cluster {
	for _, c := range cs {
		short := longestWords(c)
		if len(short) < 2 && !(typeClass(c.Type) == TypeGPE && len(short) == 1) {
			continue
		}
		for _, o := range cs {
			if o == c || typeClass(o.Type) != typeClass(c.Type) || len(o.Mentions) == 0 {
				continue
			}
			long := longestWords(o)
			if len(short) == 1 && (len(long) < 3 || long[len(long)-2].Text != "of" || !stateHeads[long[0].Text]) {
				continue // a lone place joins only "State of Israel", "Republic of Ireland"
			}
			if len(long) > len(short) && joinWords(long[len(long)-len(short):]) == joinWords(short) {
				o.Mentions = append(o.Mentions, c.Mentions...)
				c.Mentions = nil
				break
			}
		}
	}
	return liveClusters(cs)
}

// stateHeads begin the formal name of a state ("State of Israel").
var stateHeads = map[string]bool{
	"State": true, "Republic": true, "Kingdom": true, "Commonwealth": true,
	"Principality": true, "Emirate": true, "Sultanate": true, "Federation": true,
}

// longestWords returns the words of the cluster's longest mention.
func longestWords(c *cluster) []nameWord {
	var best []nameWord
	for _, m := range c.Mentions {
		if len(m.Words) > len(best) {
			best = m.Words
		}
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
	joinCompanyPlaces(cs)
	return mergeTails(joinAcronyms(cs))
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
	for _, suf := range legalSuffixes {
		if t, ok := strings.CutSuffix(k, suf); ok && t != "" {
			k = strings.TrimRight(t, " ,")
			break
		}
	}
	if sub == "party" {
		k = strings.TrimSuffix(k, " party")
		k = strings.TrimSuffix(k, "s")
	}
	return k
}

// legalSuffixes end company names and are dropped from grouping keys, so
// "Ceres Robotics Inc." and "Ceres Robotics" are one company.
var legalSuffixes = []string{" inc.", " inc", " corp.", " corp", " corporation", " co.", " ltd.", " ltd", " limited", " plc", " llc"}

// joinCompanyPlaces merges a place cluster into the company named by the
// same words with a legal suffix ("Sierra Nevada" and "Sierra Nevada
// Corporation").
func joinCompanyPlaces(cs []*cluster) {
	orgs := map[string]*cluster{}
	for _, c := range cs {
		if c.Type == TypeOrg {
			orgs[strings.TrimPrefix(c.Key, TypeOrg+":")] = c
		}
	}
	for _, c := range cs {
		if typeClass(c.Type) != TypeGPE {
			continue
		}
		if o, ok := orgs[strings.ToLower(c.Mentions[0].name())]; ok && o != c && hasLegalSuffix(o) {
			o.Mentions = append(o.Mentions, c.Mentions...)
			c.Mentions = nil
		}
	}
}

// hasLegalSuffix reports whether any mention of c ends in a legal suffix.
func hasLegalSuffix(c *cluster) bool {
	for _, m := range c.Mentions {
		n := " " + strings.ToLower(m.name())
		for _, suf := range legalSuffixes {
			if strings.HasSuffix(n, suf) {
				return true
			}
		}
	}
	return false
}

// joinAcronyms merges an acronym cluster ("NIDA") into the organisation whose
// capitalised initials it spells ("National Institute on Drug Abuse").
func joinAcronyms(cs []*cluster) []*cluster {
	for _, c := range cs {
		if len(c.Mentions) == 0 || c.Type != TypeOrg || !isAcronym(c.Mentions[0].name()) {
			continue
		}
		name := c.Mentions[0].name()
		a := strings.ReplaceAll(name, ".", "")
		for _, o := range cs {
			if o != c && o.Type == TypeOrg && len(o.Mentions) > 0 && initials(o.Mentions[0].Words) == a {
				o.Mentions = append(o.Mentions, c.Mentions...)
				c.Mentions = nil
				break
			}
		}
	}
	return liveClusters(cs)
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

// liveClusters returns the clusters that still have mentions after a merge
// moved some away, each with its mentions back in text order.
func liveClusters(cs []*cluster) []*cluster {
	var out []*cluster
	for _, c := range cs {
		if len(c.Mentions) > 0 {
			sort.SliceStable(c.Mentions, func(i, j int) bool { return c.Mentions[i].Start < c.Mentions[j].Start })
			out = append(out, c)
		}
	}
	return out
}
