package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

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
	// Cue is true when a speech verb follows the name ("Harris said").
	Cue bool
	// Prose is true when the type comes from the recogniser's label alone.
	Prose    bool
	Sentence int
	// Next is the index of the first token after the name.
	Next int
}

// name returns the mention's words as written, single-spaced.
func (m *mention) name() string { return joinWords(m.Words) }

// splitRun cuts a run into mentions: honorifics and titles become roles of
// the person after them, leading parties and places become mentions of
// their own, connectors split names that are not organisations.
func (x *entityLex) splitRun(r run, lowerSeen map[string]bool) []mention {
	if r.Body > 0 {
		return x.splitBody(r, lowerSeen)
	}
	if x.doc != nil && x.workTitle(x.doc, r) {
		return nil
	}
	if x.doc != nil && x.creditRole(x.doc, r) != "" {
		if m, ok := x.wholeName(r.Words); !ok && len(r.Words) > 1 {
			m.Type, m.Strength, m.Sentence, m.Next = TypePerson, evShape, r.Sentence, r.Next
			return []mention{m} // "Director: Park Dong Woo"
		}
	}
	if r.Party && !x.partyName(lastSegment(r.Words[:len(r.Words)-1])) {
		r.Words, r.Party = r.Words[:len(r.Words)-1], false
	}
	if r.Poss >= 0 {
		if left, right, ok := x.cutPossessive(r); ok {
			return append(x.splitRun(left, lowerSeen), x.splitRun(right, lowerSeen)...)
		}
	}
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
		if end == 1 && isAcronym(rest[0].Text) {
			out = append(out, x.splitPlain(rest[:1], lowerSeen)...)
		} else if end > 0 {
			p := newMention(rest[:end])
			p.Type, p.Strength = TypePerson, evStrong
			if hon {
				p.From = ws[at].Start
				p.Honorific = t
				p.Gender, _ = x.honorifics.Value(t)
			} else {
				p.Role = t
				if n := len(out); n > 0 && out[n-1].Type == TypeOrg && out[n-1].End+1 == ws[at].Start {
					// "Swansea Labour MP Carolyn Harris": the party goes with the title.
					p.Role = x.doc.Text[out[n-1].Start:ws[at+len(strings.Fields(t))-1].End]
				}
			}
			out = append(out, trimPerson(p)...)
			if len(out) > 0 && out[len(out)-1].Type == TypePerson {
				// "Leader of the Opposition Imtiaz Sheikh of the Congress": the
				// organisation after the name is a mention of its own.
				if k := len(out[len(out)-1].Words); k < end && rest[k].Text == "of" {
					if tail := trimConnectors(rest[k:end]); len(tail) > 0 {
						out = append(out, x.splitRun(run{Words: tail, Sentence: r.Sentence, Poss: -1, Next: tail[len(tail)-1].Tok + 1}, lowerSeen)...)
					}
				}
			}
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

// splitBody handles a run that ends in a public body noun: a country or its
// adjective right before it makes the whole phrase a public body ("French
// foreign ministry", "US military"); anything else drops the noun. A noun
// marked "country" on the list needs the country's name ("US military",
// not "the Chinese government"), and a phrase that qualifies a noun after it
// ("Ukraine military aid") names no body.
func (x *entityLex) splitBody(r run, lowerSeen map[string]bool) []mention {
	caps := r.Words[:r.Body]
	owner := caps[len(caps)-1]
	if i := strings.LastIndexAny(owner.Text, "'’"); i > 0 {
		owner.Text, owner.End = owner.Text[:i], owner.Start+i
	}
	plain := run{Words: append(append([]nameWord{}, caps[:len(caps)-1]...), owner), Sentence: r.Sentence, Poss: -1, Next: r.Next}
	out := x.splitRun(plain, lowerSeen)
	t, _, _, _ := x.known(owner.Text)
	country := typeClass(t) == TypeGPE
	if !country && !x.countryAdjective(owner.Text) {
		return out
	}
	if v, _ := x.bodyNouns.Value(joinWords(r.Words[r.Body:])); v == "country" && !country {
		return out // "the Chinese government": a nationality describes it, no name
	}
	if x.doc != nil && x.nounAfterBody(r) {
		return out // "Ukraine military aid": the body qualifies a noun
	}
	m := newMention(append([]nameWord{caps[len(caps)-1]}, r.Words[r.Body:]...))
	m.Type, m.Subtype, m.Strength, m.Sentence = TypeOrg, "public_body", evShape, r.Sentence
	return append(out, m)
}

// nounAfterBody reports whether a lower-case noun that names no speaker
// follows a run ending in a public body noun ("military aid", "government
// bonds", but not "military officials").
func (x *entityLex) nounAfterBody(r run) bool {
	d := x.doc
	s := d.Sentences[r.Sentence]
	if !modifies(d, s, r.Next) {
		return false
	}
	n := strings.ToLower(d.Tokens[r.Next].Text)
	speakers := x.lex.List("speaker_nouns")
	return !speakers.Has(n) && !speakers.Has(strings.TrimSuffix(n, "s"))
}

// countryAdjective reports whether w is a nationality adjective that can
// own a public body ("French", "Israeli"), not a party or faith word.
func (x *entityLex) countryAdjective(w string) bool {
	if !x.nationalities.Has(w) {
		return false
	}
	for _, suf := range []string{"an", "ish", "ese", "i", "ch", "ian"} {
		if strings.HasSuffix(w, suf) && !partyAdjectives[w] {
			return true
		}
	}
	return false
}

// partyAdjectives name parties or faiths, never a state.
var partyAdjectives = map[string]bool{
	"Republican": true, "Christian": true, "Anglican": true, "Jewish": true,
	"Mormon": true, "Lutheran": true, "Presbyterian": true, "Hindu": true,
}

// lastSegment returns the words after the last connector that splits
// names ("Democratic Progressive" in "Tsai Ing-wen of the Democratic
// Progressive").
func lastSegment(ws []nameWord) []nameWord {
	for i := len(ws) - 1; i >= 0; i-- {
		if connectors[ws[i].Text] && !particles[ws[i].Text] {
			return ws[i+1:]
		}
	}
	return ws
}

// partyName reports whether ws can name a party when "party" follows:
// short, no given name, no place, no common word ("Communist party",
// "Democratic Progressive party", not "Guy Fawkes party").
func (x *entityLex) partyName(ws []nameWord) bool {
	if len(ws) > 0 && ws[0].Text == "The" {
		ws = ws[1:]
	}
	if len(ws) == 0 || len(ws) > 3 || x.firstNames.Has(ws[0].Text) {
		return false
	}
	for _, w := range ws {
		if x.commonCaps.Has(w.Text) || x.places.Has(w.Text) {
			return false
		}
	}
	return true
}

// cutPossessive decides a possessive joint: "People’s Daily" and "Lowe’s
// Companies Inc." hold (a listed name or an organisation suffix), while
// "Britain’s Prime Minister" is cut into "Britain" and "Prime Minister".
// It returns the two runs and true when the joint is cut.
func (x *entityLex) cutPossessive(r run) (run, run, bool) {
	ws, p := r.Words, r.Poss
	if _, _, _, ok := x.known(joinWords(ws)); ok {
		return r, r, false
	}
	owner := ws[p]
	if i := strings.LastIndexAny(owner.Text, "'’"); i > 0 {
		owner.Text, owner.End = owner.Text[:i], owner.Start+i
	}
	_, _, _, ownerKnown := x.known(owner.Text)
	if !ownerKnown && (p == 0 || saintOnly(ws[:p])) && x.placeSuffixes.Has(ws[p+1].Text) {
		// "Turner’s Cross", "St James’s Park": a place named after its owner.
		return r, r, false
	}
	if x.isOrgSuffix(ws[len(ws)-1].Text) && !ownerKnown {
		// "Lowe’s Companies Inc.", "People’s Liberation Army": one name.
		if p == 0 || saintOnly(ws[:p]) {
			return r, r, false
		}
		left := run{Words: ws[:p], Sentence: r.Sentence, Poss: -1, Next: ws[p].Tok}
		right := run{Words: ws[p:], Sentence: r.Sentence, Poss: 0, Next: r.Next, Party: r.Party}
		return left, right, true
	}
	if !ownerKnown && p == 0 && x.institutionAfter(ws[1:]) {
		// "King's College London", "Guy's Hospital": one name.
		return r, r, false
	}
	if _, _, _, ok := x.known(joinWords(ws[p:])); ok && p > 0 {
		left := run{Words: ws[:p], Sentence: r.Sentence, Poss: -1, Next: ws[p].Tok}
		right := run{Words: ws[p:], Sentence: r.Sentence, Poss: 0, Next: r.Next, Party: r.Party}
		return left, right, true
	}
	left := run{Words: append(append([]nameWord{}, ws[:p]...), owner), Sentence: r.Sentence, Poss: -1, Next: ws[p+1].Tok}
	right := run{Words: ws[p+1:], Sentence: r.Sentence, Poss: -1, Next: r.Next, Party: r.Party}
	return left, right, true
}

// saintOnly reports whether ws is just a saint's title ("St", "St.",
// "Saint"), which never stands alone before a possessive name ("St
// Patrick’s Athletic").
func saintOnly(ws []nameWord) bool {
	if len(ws) != 1 {
		return false
	}
	switch ws[0].Text {
	case "St", "St.", "Saint", "Ste", "Sainte":
		return true
	}
	return false
}

// institutionAfter reports whether ws, the words after a possessive, are an
// organisation word alone or followed by a listed place ("College London",
// "Hospital"), so the owner's name and they form one institution's name.
func (x *entityLex) institutionAfter(ws []nameWord) bool {
	if len(ws) == 0 || !x.orgSuffixes.Has(ws[0].Text) {
		return false
	}
	rest := ws[1:]
	if len(rest) == 0 {
		return true
	}
	t, _, _, ok := x.known(joinWords(rest))
	return ok && typeClass(t) == TypeGPE
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
		if i > 0 && connectors[ws[i-1].Text] && !hon {
			i += n - 1
			continue // "Office of the Inspector General" names an office
		}
		rest := ws[i+n:]
		seg := beforeConnector(rest) // "Leader X of the Congress" ends in a name
		if len(seg) == 0 {
			seg = rest
		}
		if len(seg) > 0 && x.isOrgSuffix(seg[len(seg)-1].Text) {
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
	if len(ws) > 1 && x.miscSuffixes.Has(ws[len(ws)-1].Text) {
		if k := x.knownAt(ws, 0); k > 0 && k < len(ws) {
			m, _ := x.wholeName(ws[:k]) // "LEGO Star Wars Ultimate Collector Series"
			return []mention{m}
		}
		return nil // an event, prize, law or product, not an entity
	}
	if len(ws) > 1 && !x.commonCaps.Has(ws[0].Text) {
		if m, ok := x.wholeName(trimConnectors(x.dropClosers(ws))); ok {
			return []mention{m}
		}
	}
	ws = x.dropOpeners(ws, lowerSeen)
	ws = trimConnectors(x.dropClosers(ws))
	if len(ws) == 0 {
		return nil
	}
	if _, _, _, ok := x.known(joinWords(ws)); !ok && x.isDemonym(joinWords(ws)) {
		if m, ok := x.partyBeforeRole(ws); ok {
			return []mention{m}
		}
		return nil
	}
	if last := ws[len(ws)-1].Text; len(ws) > 1 && (utf8.RuneCountInString(last) == 1 || hasDigit(last)) {
		if len(ws) == 2 && roadHeads[ws[0].Text] && isDigits(last) {
			m := newMention(ws)
			m.Type, m.Strength = TypeLoc, evStrong
			return []mention{m} // "Interstate 75", "Route 66": roads are places
		}
		return nil // "Group A", "Terminal 5": labels, not names
	}
	if x.miscSuffixes.Has(ws[len(ws)-1].Text) && len(ws) > 1 {
		return nil // an event, prize, law or product, not an entity
	}
	if m, ok := x.wholeName(ws); ok {
		return []mention{m}
	}
	for i, w := range ws {
		if w.Text == "and" || w.Text == "&" && i > 0 && isAcronym(ws[i-1].Text) {
			return append(x.splitPlain(ws[:i], lowerSeen), x.splitPlain(ws[i+1:], lowerSeen)...)
		}
	}
	if k := x.knownAt(ws, 0); k > 0 && k < len(ws) && !x.looksPerson(ws, k) {
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
	if i := x.trailingKnown(ws); i > 0 {
		out := x.splitPlain(ws[:i], lowerSeen)
		m, _ := x.wholeName(ws[i:])
		return append(out, m)
	}
	if i := x.nameStart(ws); i > 0 {
		return append(x.splitPlain(ws[:i], lowerSeen), x.splitPlain(ws[i:], lowerSeen)...)
	}
	if len(ws) == 1 && x.doc != nil && x.chamberShape(ws[0].Text) != "" {
		m := newMention(ws)
		if m.Sentence = x.doc.SentenceAt(m.Start); m.Sentence >= 0 && x.bareChamber(x.doc, &m) {
			m.Type, m.Subtype, m.Strength = TypeOrg, "public_body", evShape
			return []mention{m} // "told the Assembly" in an article about a legislature
		}
	}
	if len(ws) == 1 && (x.isNotName(ws[0].Text) || x.currencyBeforeNumber(ws[0])) {
		return nil
	}
	return []mention{newMention(ws)}
}

// looksPerson reports whether ws, whose first k words are a listed place or
// organisation, is rather a person: a given name ("Alexandria", "Jordan")
// before one or two unlisted words.
func (x *entityLex) looksPerson(ws []nameWord, k int) bool {
	if k != 1 || len(ws) > 3 || x.knownAt(ws, 1) > 0 {
		return false
	}
	if x.firstNames.Has(ws[0].Text) {
		return true
	}
	if t, _, _, _ := x.known(ws[0].Text); t == TypeOrg || anyLower(ws[1:], x.lowerSeen) {
		return false
	}
	m := newMention(ws)
	return x.doc != nil && proseLabel(x.doc, &m) == TypePerson
}

// trailingKnown returns the index where a listed name that ends ws starts,
// when the words before it are not a given name ("Enter South Dakota",
// "Sioux Falls Twitter"), else 0.
func (x *entityLex) trailingKnown(ws []nameWord) int {
	for i := 1; i < len(ws); i++ {
		if x.knownAt(ws, i) == len(ws)-i {
			if x.firstNames.Has(ws[0].Text) {
				return 0
			}
			return i
		}
	}
	return 0
}

// nameStart returns the index of a given name inside ws that starts a
// person's name after other words ("Browns DL Sheldon Richardson"), else 0.
func (x *entityLex) nameStart(ws []nameWord) int {
	for i := 1; i+1 < len(ws); i++ {
		if x.firstNames.Has(ws[i].Text) && !x.firstNames.Has(ws[i-1].Text) && !particles[ws[i-1].Text] {
			return i
		}
	}
	return 0
}

// isDemonym reports whether p names a people rather than a place or body:
// a listed nationality, its plural, or a place with "ns" ("Americans",
// "South Dakotans").
func (x *entityLex) isDemonym(p string) bool {
	if x.nationalities.Has(p) || x.nationalities.Has(strings.TrimSuffix(p, "s")) {
		return true
	}
	if strings.HasSuffix(p, "ns") && x.places.Has(strings.TrimSuffix(p, "ns")) {
		return true // "Americans", "South Dakotans"
	}
	return strings.HasSuffix(p, "an") && x.places.Has(strings.TrimSuffix(p, "n")) // "North American"
}

// isNotName reports whether a lone capitalised word names nothing: an
// adjective of nationality or party, a day or month, a stop acronym.
func (x *entityLex) isNotName(w string) bool {
	if _, _, _, ok := x.known(w); ok {
		return false
	}
	if x.placeSuffixes.Has(w) || x.orgSuffixes.Has(w) || x.miscSuffixes.Has(w) {
		return true // "Street", "Council" alone name nothing
	}
	if len(w) > 2 && w[1] == '-' && strings.IndexByte("DRI", w[0]) >= 0 {
		return true // a party and state code: "D-Minn.", "R-Texas"
	}
	return utf8.RuneCountInString(w) < 2 || isContraction(w) || x.isDemonym(w) || x.commonCaps.Has(w) ||
		x.acronymStop.Has(w) || x.titles.Has(w) || x.honorifics.Has(w)
}

// currencyBeforeNumber reports whether w is a currency word written before
// an amount ("Rs 2 lakh", "Euro 50"): a unit, not a name.
func (x *entityLex) currencyBeforeNumber(w nameWord) bool {
	d := x.doc
	if d == nil || !x.lex.List("currencies").Has(w.Text) {
		return false
	}
	i := w.Tok + 1
	for i < len(d.Tokens) && d.Tokens[i].Text == "." {
		i++
	}
	return i < len(d.Tokens) && d.Tokens[i].Start-w.End <= 2 && hasDigit(d.Tokens[i].Text)
}

// roadHeads open the names of numbered roads ("Interstate 75").
var roadHeads = map[string]bool{"Interstate": true, "Highway": true, "Route": true, "Motorway": true}

// isDigits reports whether s is one or more ASCII digits.
func isDigits(s string) bool {
	return s != "" && strings.Trim(s, "0123456789") == ""
}

// isContraction reports whether w is a contraction such as "I’ve" or
// "Don't" (an apostrophe followed by lower case).
func isContraction(w string) bool {
	i := strings.IndexAny(w, "'’")
	if i < 0 {
		return false
	}
	rest := strings.TrimLeft(w[i:], "'’")
	r, _ := utf8.DecodeRuneInString(rest)
	return rest != "" && !unicode.IsUpper(r)
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
		case w.Initial && looksLikeVerb(w.Text) && !x.firstNames.Has(w.Text):
		case w.Initial && len(ws) > 1 && !x.firstNames.Has(w.Text) && x.knownAt(ws, 1) > 0:
		default:
			return ws
		}
		ws = ws[1:]
	}
	return ws
}

// dropClosers removes days, months and other common capitalised words that
// end a run ("the House Intelligence Committee Tuesday").
func (x *entityLex) dropClosers(ws []nameWord) []nameWord {
	if x.knownAt(ws, 0) == len(ws) {
		return ws // "USA Today"
	}
	for len(ws) > 1 && x.commonCaps.Has(ws[len(ws)-1].Text) && x.knownAt(ws, len(ws)-1) == 0 {
		ws = ws[:len(ws)-1]
	}
	return ws
}

// hasDigit reports whether s holds a digit.
func hasDigit(s string) bool { return strings.IndexAny(s, "0123456789") >= 0 }

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
	if !x.andJoinsOneName(ws) {
		return m, false
	}
	if sub, ok := x.orgSuffixes.Value(last); ok && x.headBeforeConnector(ws) {
		m.Type, m.Subtype, m.Strength = TypeOrg, sub, evStrong
		return m, true
	}
	if sub, ok := x.suffixBeforePlace(ws); ok {
		m.Type, m.Subtype, m.Strength = TypeOrg, sub, evStrong
		return m, true
	}
	if t, ok := x.placeSuffixes.Value(last); ok && !hasSplitter(ws) && !(len(ws) == 2 && hyphenGiven(first)) {
		m.Type, m.Strength = t, evStrong // not "Ji-woo Park", a given name and a surname
		return m, true
	}
	if sub, ok := x.orgHeads.Value(first); ok && connectors[ws[1].Text] {
		m.Type, m.Subtype, m.Strength = TypeOrg, sub, evStrong
		return m, true
	}
	for i := 1; i+1 < len(ws); i++ {
		if connectors[ws[i+1].Text] && !particles[ws[i+1].Text] {
			if sub, ok := x.orgSuffixes.Value(ws[i].Text); ok && !(sub == "outlet" && x.knownAt(ws, i+2) == len(ws)-i-2) {
				m.Type, m.Subtype, m.Strength = TypeOrg, sub, evStrong
				return m, true
			}
			break
		}
	}
	if t, ok := x.placeHeads.Value(first); ok && !hasSplitter(ws) {
		m.Type, m.Strength = t, evShape
		return m, true
	}
	for _, w := range ws {
		if w.Text == "&" {
			m.Type, m.Subtype, m.Strength = TypeOrg, "company", evShape
			return m, true
		}
		if w.Text == "and" {
			return m, false
		}
	}
	return m, false
}

// suffixBeforePlace reports whether ws is an institution whose name ends in
// the place it stands in ("King's College London", "University College
// London"): a university word, or an organisation word after a possessive
// ("Guy's Hospital London"), right before a listed place that ends ws. It returns the organisation word's subtype.
func (x *entityLex) suffixBeforePlace(ws []nameWord) (string, bool) {
	for i := 1; i+1 < len(ws); i++ {
		sub, ok := x.orgSuffixes.Value(ws[i].Text)
		if !ok || sub == "outlet" || hasSplitter(ws[:i+1]) {
			continue
		}
		if sub != "university" && !isPossessiveWord(ws[i-1].Text) {
			return "", false // "White House National Security Council Ukraine" is three names
		}
		rest := ws[i+1:]
		if t, _, _, known := x.known(joinWords(rest)); known && typeClass(t) == TypeGPE {
			return sub, true
		}
		return "", false
	}
	return "", false
}

// isPossessiveWord reports whether w ends in a possessive ("King's").
func isPossessiveWord(w string) bool {
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")
}

// andJoinsOneName reports whether an "and" or "&" inside ws joins the words
// of one organisation ("Securities and Exchange Commission", "Bang &
// Olufsen") rather than two names ("Ubisoft and Take-Two Interactive").
// Names without "and" pass.
func (x *entityLex) andJoinsOneName(ws []nameWord) bool {
	for i, w := range ws {
		if w.Text != "and" && w.Text != "&" {
			continue
		}
		left, right := ws[:i], ws[i+1:]
		if len(left) == 0 || len(right) == 0 {
			return false
		}
		if w.Text == "&" {
			continue
		}
		ll, rl := left[len(left)-1].Text, right[len(right)-1].Text
		if x.headOfJoins(ws, i) {
			continue // "Journal of Ageing and Health", "Department of Health and Social Care"
		}
		if x.knownAt(left, 0) == len(left) || isLegalSuffix(ll) || ll == rl || (len(left) == 1 && isAcronym(ll)) || right[0].Text == "the" ||
			x.firstNames.Has(right[0].Text) || !x.orgSuffixes.Has(rl) {
			return false
		}
		if len(left) >= 2 && len(right) >= 2 && x.orgSuffixes.Has(ll) && !connectors[left[len(left)-2].Text] && x.knownAt(left, 0) == 0 {
			return false // "Talbot Resources and Corran Iron": two complete names
		}
		if ls, _ := x.orgSuffixes.Value(ll); ls == "outlet" && len(left) >= 2 && len(right) >= 2 {
			if rs, _ := x.orgSuffixes.Value(rl); rs == "outlet" {
				return false // "Miami Herald and Kansas City Star": two papers
			}
		}
		if _, _, n := x.title(right, 0); n > 0 {
			return false // "House of Lords and MPs": a title names people
		}
	}
	return true
}

// headOfJoins reports whether the "and" at ws[i] joins the topics of an
// "X of Y and Z" name opened by an organisation head word ("Institute of
// Science and Technology"): the head, a connector, at least one word before
// the "and", and after it neither a listed name, a given name nor "the".
// Names may stand before the head ("Gokhale Institute of Politics and
// Economics"); a listed name before the "and" ends the first name ("Bank
// of England and ...").
func (x *entityLex) headOfJoins(ws []nameWord, i int) bool {
	j := 0
	for j+3 <= i && !(x.orgHeads.Has(ws[j].Text) && connectors[ws[j+1].Text]) {
		j++
	}
	if j+3 > i || ws[j+1].Text == "and" || x.knownAt(ws[j+2:i], 0) > 0 {
		return false
	}
	right := ws[i+1:]
	_, _, title := x.title(right, 0)
	return x.knownAt(right, 0) == 0 && !x.firstNames.Has(right[0].Text) && right[0].Text != "the" && title == 0
}

// isLegalSuffix reports whether w ends a company's legal name ("Inc.").
func isLegalSuffix(w string) bool {
	w = " " + strings.ToLower(w)
	for _, suf := range legalSuffixes {
		if w == suf {
			return true
		}
	}
	return false
}

// headBeforeConnector reports whether a name with a connector ("Union of
// Jewish Students", "Tsai Ing-wen of the Democratic Progressive party") has
// an organisation word before it, so it is one name; names without a
// connector pass.
func (x *entityLex) headBeforeConnector(ws []nameWord) bool {
	for i := 1; i < len(ws); i++ {
		if connectors[ws[i].Text] && !particles[ws[i].Text] {
			p := ws[i-1].Text
			return x.orgSuffixes.Has(p) || x.orgHeads.Has(p) || x.orgHeads.Has(ws[0].Text)
		}
	}
	return true
}

// hasSplitter reports whether ws holds a connector other than "of" or a
// name particle.
func hasSplitter(ws []nameWord) bool {
	for _, w := range ws {
		if connectors[w.Text] && !particles[w.Text] && w.Text != "of" {
			return true
		}
	}
	return false
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

// beforeConnector returns the words of ws before its first connector that
// is not a name particle ("Imtiaz Sheikh" of "Imtiaz Sheikh of the Congress").
func beforeConnector(ws []nameWord) []nameWord {
	for i, w := range ws {
		if connectors[w.Text] && !particles[w.Text] {
			return ws[:i]
		}
	}
	return ws
}

// newMention makes an untyped mention of ws.
func newMention(ws []nameWord) mention {
	return mention{Words: ws, Start: ws[0].Start, End: ws[len(ws)-1].End, From: ws[0].Start, Next: -1}
}
