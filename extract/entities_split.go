package extract

import "strings"

// mention is one candidate name in the text, before merging into entities.
type mention struct {
	Words []nameWord
	// Start and End bound the name; From is where the mention starts, which
	// is before Start when an honorific leads ("Ms Rose").
	Start, End, From int
	Type, Subtype    string
	Strength         int
	// Key groups organisation and place mentions of one referent.
	Key       string
	Role      string
	Gender    string
	Honorific string
	Sentence  int
	// Next is the index of the first token after the name.
	Next int
}

// name returns the mention's words as written, single-spaced.
func (m *mention) name() string { return joinWords(m.Words) }

// splitRun cuts a run into mentions: honorifics and titles become roles of
// the person after them, leading parties and places become mentions of
// their own, connectors split names that are not organisations.
func (x *entityLex) splitRun(r run, lowerSeen map[string]bool) []mention {
	ws := r.Words
	var out []mention
	for len(ws) > 0 {
		t, hon, n, at := x.nextTitle(ws)
		if n == 0 {
			out = append(out, x.splitPlain(ws, lowerSeen)...)
			break
		}
		out = append(out, x.splitPlain(ws[:at], lowerSeen)...)
		rest := ws[at+n:]
		end := len(rest)
		if _, _, m, a := x.nextTitle(rest); m > 0 {
			end = a
		}
		if end > 0 {
			p := newMention(rest[:end])
			p.Type, p.Strength = TypePerson, evStrong
			if hon {
				p.From = ws[at].Start
				p.Honorific = t
				p.Gender, _ = x.honorifics.Value(t)
			} else {
				p.Role = t
			}
			out = append(out, trimPerson(p)...)
		}
		ws = rest[end:]
	}
	for i := range out {
		out[i].Sentence = r.Sentence
	}
	if len(out) > 0 && out[len(out)-1].End == r.Words[len(r.Words)-1].End {
		out[len(out)-1].Next = r.Next
	}
	return out
}

// nextTitle finds the first honorific or title in ws that introduces a
// name (a title followed by an organisation suffix, as in "Justice
// Department", or inside a listed name, is not one). It returns the title,
// whether it is an honorific, its length in words and its index.
func (x *entityLex) nextTitle(ws []nameWord) (string, bool, int, int) {
	for i := 0; i < len(ws); i++ {
		if k := x.knownAt(ws, i); k > 1 {
			i += k - 1
			continue
		}
		t, hon, n := x.title(ws, i)
		if n == 0 {
			continue
		}
		rest := ws[i+n:]
		if len(rest) > 0 && x.isOrgSuffix(rest[len(rest)-1].Text) {
			continue
		}
		if len(rest) == 0 && (x.isOrgSuffix(t) || i == 0) {
			continue
		}
		return t, hon, n, i
	}
	return "", false, 0, 0
}

// isOrgSuffix reports whether w ends organisation names.
func (x *entityLex) isOrgSuffix(w string) bool { return x.orgSuffixes.Has(w) }

// splitPlain cuts a run with no titles into mentions.
func (x *entityLex) splitPlain(ws []nameWord, lowerSeen map[string]bool) []mention {
	ws = x.dropOpeners(ws, lowerSeen)
	ws = trimConnectors(ws)
	if len(ws) == 0 {
		return nil
	}
	if m, ok := x.wholeName(ws); ok {
		return []mention{m}
	}
	if k := x.knownAt(ws, 0); k > 0 && k < len(ws) {
		m, _ := x.wholeName(ws[:k])
		return append([]mention{m}, x.splitPlain(ws[k:], lowerSeen)...)
	}
	if len(ws) > 1 && x.nationalities.Has(ws[0].Text) {
		return x.splitPlain(ws[1:], lowerSeen)
	}
	for i, w := range ws {
		if connectors[w.Text] && !particles[w.Text] {
			return append(x.splitPlain(ws[:i], lowerSeen), x.splitPlain(ws[i+1:], lowerSeen)...)
		}
	}
	if len(ws) == 1 && x.isNotName(ws[0].Text) {
		return nil
	}
	return []mention{newMention(ws)}
}

// isNotName reports whether a lone capitalised word names nothing: an
// adjective of nationality or party, a day or month, a stop acronym.
func (x *entityLex) isNotName(w string) bool {
	return x.nationalities.Has(w) || x.commonCaps.Has(w) || x.acronymStop.Has(w) ||
		x.titles.Has(w) || x.honorifics.Has(w)
}

// dropOpeners removes capitalised words that lead a run only because they
// open a sentence ("Former", "Thanking") and a leading "The".
func (x *entityLex) dropOpeners(ws []nameWord, lowerSeen map[string]bool) []nameWord {
	for len(ws) > 0 {
		w := ws[0]
		if x.knownAt(ws, 0) > 0 {
			return ws
		}
		switch {
		case w.Text == "The" || w.Text == "A" || w.Text == "An":
		case w.Initial && (x.commonCaps.Has(w.Text) || lowerSeen[strings.ToLower(w.Text)]):
		case w.Initial && len(ws) == 1 && looksLikeVerb(w.Text):
		default:
			return ws
		}
		ws = ws[1:]
	}
	return ws
}

// looksLikeVerb reports whether w has a verb or adverb ending ("Hailing",
// "Overnight" excepted) typical of sentence openers.
func looksLikeVerb(w string) bool {
	return len(w) > 4 && (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ly") || strings.HasSuffix(w, "ed"))
}

// trimConnectors drops connectors at either end of ws.
func trimConnectors(ws []nameWord) []nameWord {
	for len(ws) > 0 && connectors[ws[0].Text] {
		ws = ws[1:]
	}
	for len(ws) > 0 && connectors[ws[len(ws)-1].Text] {
		ws = ws[:len(ws)-1]
	}
	return ws
}

// wholeName types ws as one name when the words say what it is: a listed
// organisation or place, an organisation or place suffix or head word.
func (x *entityLex) wholeName(ws []nameWord) (mention, bool) {
	m := newMention(ws)
	p := m.name()
	if t, sub, key, ok := x.known(p); ok {
		m.Type, m.Subtype, m.Key, m.Strength = t, sub, key, evStrong
		return m, true
	}
	if len(ws) < 2 {
		return m, false
	}
	first, last := ws[0].Text, ws[len(ws)-1].Text
	if sub, ok := x.orgSuffixes.Value(last); ok {
		m.Type, m.Subtype, m.Strength = TypeOrg, sub, evStrong
		return m, true
	}
	if t, ok := x.placeSuffixes.Value(last); ok {
		m.Type, m.Strength = t, evStrong
		return m, true
	}
	if sub, ok := x.orgHeads.Value(first); ok && connectors[ws[1].Text] {
		m.Type, m.Subtype, m.Strength = TypeOrg, sub, evStrong
		return m, true
	}
	for i := 1; i+1 < len(ws); i++ {
		if connectors[ws[i+1].Text] && !particles[ws[i+1].Text] {
			if sub, ok := x.orgSuffixes.Value(ws[i].Text); ok {
				m.Type, m.Subtype, m.Strength = TypeOrg, sub, evStrong
				return m, true
			}
			break
		}
	}
	if t, ok := x.placeHeads.Value(first); ok {
		m.Type, m.Strength = t, evShape
		return m, true
	}
	for _, w := range ws {
		if w.Text == "&" {
			m.Type, m.Subtype, m.Strength = TypeOrg, "company", evShape
			return m, true
		}
	}
	return m, false
}

// trimPerson splits a person's words at a connector that is not a particle
// ("Keir Starmer on" cannot happen, but "Mike Pompeo and" can).
func trimPerson(m mention) []mention {
	for i, w := range m.Words {
		if connectors[w.Text] && !particles[w.Text] {
			m.Words = trimConnectors(m.Words[:i])
			if len(m.Words) == 0 {
				return nil
			}
			m.End = m.Words[len(m.Words)-1].End
			return []mention{m}
		}
	}
	return []mention{m}
}

// newMention makes an untyped mention of ws.
func newMention(ws []nameWord) mention {
	return mention{Words: ws, Start: ws[0].Start, End: ws[len(ws)-1].End, From: ws[0].Start, Next: -1}
}
