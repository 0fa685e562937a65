package extract

// shortOrgNames retypes a lone word as the organisation it opens: once the
// text names "Talbot Resources", a later "Talbot said" is the company, not a
// person, unless a person's full name ends in that word ("Anne Talbot").
func (x *entityLex) shortOrgNames(ms []*mention) {
	orgs := map[string]*mention{}
	surnames := map[string]bool{}
	for _, m := range ms {
		n := len(m.Words)
		switch {
		case n >= 2 && m.Type == TypePerson:
			surnames[m.Words[n-1].Text] = true
		case n >= 2 && m.Type == TypeOrg && m.Strength >= evStrong && x.isOrgSuffix(m.Words[n-1].Text) &&
			!connectors[m.Words[1].Text] && !isAcronym(m.Words[0].Text) && x.knownAt(m.Words, 1) == 0:
			// "Obama National Security Council": the first word only
			// qualifies a listed body, so it does not name it.
			if _, ok := orgs[m.Words[0].Text]; !ok {
				orgs[m.Words[0].Text] = m
			}
		}
	}
	for _, m := range ms {
		if len(m.Words) != 1 || m.Type != TypePerson || m.Strength >= evStrong || m.Honorific != "" || m.Role != "" {
			continue
		}
		o, ok := orgs[m.Words[0].Text]
		if !ok || surnames[m.Words[0].Text] || x.firstNames.Has(m.Words[0].Text) {
			continue
		}
		m.Type, m.Subtype, m.Key, m.Strength = o.Type, o.Subtype, o.Key, o.Strength
		if m.Key == "" {
			m.Key = normKey(o.name(), o.Subtype)
		}
	}
}
