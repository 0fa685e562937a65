package extract

import "strings"

// quoteSpeaker is a resolved speaker: canonical name, entity and method.
// guess marks a pronoun resolved to one of several people who might be
// meant: the text shows nothing about their gender.
type quoteSpeaker struct {
	name  string
	id    string
	typ   string
	how   string
	guess bool
}

// courtesyHonorifics are the titles that make a "title" attribution ("Mr Velleman said").
var courtesyHonorifics = map[string]bool{"mr": true, "mrs": true, "ms": true, "miss": true, "mx": true, "dr": true, "prof": true, "sir": true, "dame": true, "lord": true, "lady": true}

// resolve turns the speaker phrase np into a speaker, using the mentions
// before it for pronouns and descriptions.
func (q *quoteDoc) resolve(np speakerNP) (quoteSpeaker, bool) {
	switch np.kind {
	case npName:
		return q.resolveName(np), true
	case npPronoun:
		return q.resolvePronoun(np)
	case npDescription:
		return q.resolveDescription(np)
	}
	return quoteSpeaker{}, false
}

// resolveName finds the entity a name refers to: one with a mention over
// the name's words, else one whose surname or name the words give; else
// the words themselves without title.
func (q *quoteDoc) resolveName(np speakerNP) quoteSpeaker {
	how := ByExplicit
	if courtesyHonorifics[strings.ToLower(np.title)] && np.to-np.from == 1 {
		how = ByTitle
	}
	last := q.words[np.to-1]
	if e, ok := q.entityOver(Span{Start: last.Start, End: last.End}); ok {
		return q.fullest(quoteSpeaker{name: e.Name, id: e.ID, typ: e.Type, how: how})
	}
	if e, ok := q.entityByName(np); ok {
		return q.fullest(quoteSpeaker{name: e.Name, id: e.ID, typ: e.Type, how: how})
	}
	name := strings.TrimSuffix(np.text, "’s")
	return q.fullest(quoteSpeaker{name: name, typ: q.guessType(np), how: how})
}

// fullest replaces a one-word person name ("Zoghlin") by the fullest
// person name known with that surname ("Sonya A. Zoghlin"), when exactly
// one such name is known.
func (q *quoteDoc) fullest(sp quoteSpeaker) quoteSpeaker {
	if sp.typ != "PERSON" || strings.Contains(sp.name, " ") {
		return sp
	}
	found, ok := q.uniqueRef(func(r speakerRef) bool { return strings.HasSuffix(r.name, " "+sp.name) })
	if !ok {
		// "Dale wrote": a first name standing for one known person.
		found, ok = q.uniqueRef(func(r speakerRef) bool { return strings.HasPrefix(r.name, sp.name+" ") })
	}
	if !ok {
		return sp
	}
	sp.name = found.name
	if found.id != "" {
		sp.id = found.id
	}
	return sp
}

// guessType says whether a name with no entity is a person or an
// organisation: a title or a known first name makes a person; an
// organisation noun as last word makes an organisation.
func (q *quoteDoc) guessType(np speakerNP) string {
	last := q.words[np.to-1].lower()
	if v, ok := q.nounValue(last); ok && strings.HasPrefix(v, "org") {
		return "ORG"
	}
	return "PERSON"
}

// entityOver returns the entity with the longest mention overlapping s,
// people first.
func (q *quoteDoc) entityOver(s Span) (Entity, bool) {
	best, bestLen, bestRank := -1, 0, 0
	for i, e := range q.ents {
		rank := speakerTypeRank(e.Type)
		for _, m := range e.Mentions {
			if !m.Span.Overlaps(s) {
				continue
			}
			n := min(m.End, s.End) - max(m.Start, s.Start)
			if rank > bestRank || rank == bestRank && n > bestLen {
				best, bestLen, bestRank = i, n, rank
			}
		}
	}
	if best < 0 {
		return Entity{}, false
	}
	return q.ents[best], true
}

// speakerTypeRank orders entity types as speakers: people, then
// organisations, then the rest.
func speakerTypeRank(t string) int {
	switch t {
	case "PERSON":
		return 3
	case "ORG":
		return 2
	}
	return 1
}

// entityByName returns the entity whose name ends with the same surname
// as np, or whose name equals np's words, preferring the one mentioned
// last before np.
func (q *quoteDoc) entityByName(np speakerNP) (Entity, bool) {
	words := strings.Fields(strings.ToLower(strings.TrimSuffix(np.text, "’s")))
	if len(words) == 0 {
		return Entity{}, false
	}
	surname := words[len(words)-1]
	best, bestPos := -1, -1
	for i, e := range q.ents {
		n := strings.Fields(strings.ToLower(e.Name))
		if len(n) == 0 {
			continue
		}
		ok := strings.Join(n, " ") == strings.Join(words, " ") || e.Type == "PERSON" && n[len(n)-1] == surname && (len(words) == 1 || words[0] == n[0])
		if !ok {
			continue
		}
		pos := 0
		for _, m := range e.Mentions {
			if m.Start < np.span.Start {
				pos = max(pos, m.Start+1)
			}
		}
		if pos > bestPos {
			best, bestPos = i, pos
		}
	}
	if best < 0 {
		return Entity{}, false
	}
	return q.ents[best], true
}

// resolvePronoun resolves "he"/"she" to a person of a compatible gender,
// "it" to an organisation. It searches the pronoun's sentence, then the
// sentences before it, taking in each the first compatible mention (the
// subject is usually first). "they", "we" and "I" stay unresolved unless
// an organisation was the last thing named.
func (q *quoteDoc) resolvePronoun(np speakerNP) (quoteSpeaker, bool) {
	want, _ := q.lex.List(listPronouns).Value(np.head)
	switch want {
	case "male", "female":
		fits := func(r speakerRef) bool { return r.typ == "PERSON" && q.genderOf(r) != opposite(want) }
		if r, ok := q.antecedent(np.span.Start, fits); ok {
			guess := q.genderOf(r) == "" && q.rivalled(r, np.span.Start, fits)
			return quoteSpeaker{name: r.name, id: r.id, typ: r.typ, how: ByPronoun, guess: guess}, true
		}
	case "org", "group":
		// "it said", "they said in a statement": the organisation in focus.
		if r, ok := q.antecedent(np.span.Start, func(r speakerRef) bool { return r.typ == "ORG" || r.typ == "GPE" }); ok && q.d.SentenceAt(np.span.Start)-q.d.SentenceAt(r.pos) <= 3 {
			return quoteSpeaker{name: r.name, id: r.id, typ: r.typ, how: ByPronoun}, true
		}
	}
	return quoteSpeaker{}, false
}

// resolveDescription resolves "the campaigner" to the most recent person
// the article described with that noun, and "the party" to the most
// recent organisation of that kind. Indefinite descriptions ("one legal
// expert") name no one.
func (q *quoteDoc) resolveDescription(np speakerNP) (quoteSpeaker, bool) {
	v, ok := q.nounValue(np.head)
	head := singularNoun(np.head)
	if sp, ok, seen := q.describedBefore(np, head); seen {
		// "the expert warned" after "said one legal expert"
		return sp, ok
	}
	if ok && v == "voice" {
		if sp, ok := q.voiceOwner(np); ok {
			return sp, true
		}
		return q.voiceInFocus(np)
	}
	if !ok || !np.definite {
		return quoteSpeaker{}, false
	}
	kind, sub, _ := strings.Cut(v, ":")
	if kind == "org" {
		if sp, ok := q.namedOwner(np); ok {
			// "Gov. Greg Adler's office": the office speaks for Adler.
			return sp, true
		}
		if owner, ok := q.personOwner(np); ok {
			// "the governor's office said": the office of whoever the text
			// calls the governor, never another organisation in focus.
			return q.describedPerson(owner, np.span.Start)
		}
	}
	for i := len(q.refs) - 1; i >= 0; i-- {
		r := q.refs[i]
		if r.pos >= np.span.Start {
			continue
		}
		switch {
		case kind == "person" && r.typ == "PERSON" && r.roles[head]:
		case kind == "org" && r.typ == "ORG" && (sub != "" && r.subtype == sub || strings.Contains(strings.ToLower(r.name), head) || r.roles[head]):
		default:
			continue
		}
		return quoteSpeaker{name: r.name, id: r.id, typ: r.typ, how: ByDescription}, true
	}
	if kind == "person" {
		// A lead that names the person later: "China’s ambassador … warned
		// …" before "China’s ambassador to Britain Liu Xiaming".
		para := q.d.ParagraphAt(np.span.Start)
		for _, r := range q.refs {
			if r.pos > np.span.Start && r.typ == "PERSON" && r.roles[head] && q.d.ParagraphAt(r.pos)-para <= maxForwardParas {
				return quoteSpeaker{name: r.name, id: r.id, typ: r.typ, how: ByDescription}, true
			}
		}
	}
	if kind == "person" && q.words[np.from].lower() == "the" && !q.hasPossessive(np) {
		// "said the actor": the person the last sentences are about, of
		// the gender the noun shows ("the mum").
		fits := func(r speakerRef) bool {
			return r.typ == "PERSON" && (sub == "" || q.genderOf(r) != opposite(sub))
		}
		if r, ok := q.antecedent(np.span.Start, fits); ok {
			if q.otherTitle(r, head) || q.isTitleNoun(head) && !q.titled(r) {
				// "the senator" after "Gov. Ann Lee": a wrong title, so
				// no one rather than the wrong person.
				return quoteSpeaker{}, false
			}
			return quoteSpeaker{name: r.name, id: r.id, typ: r.typ, how: ByDescription}, true
		}
	}
	if kind == "org" {
		// "the party said": the organisation the last sentences are about.
		if r, ok := q.antecedent(np.span.Start, func(r speakerRef) bool { return r.typ == "ORG" }); ok {
			if sub != "" && r.subtype != "" && r.subtype != sub {
				// "the campaign said" after the White House: an
				// organisation of another kind is no one to name.
				return quoteSpeaker{}, false
			}
			return quoteSpeaker{name: r.name, id: r.id, typ: r.typ, how: ByDescription}, true
		}
	}
	return quoteSpeaker{}, false
}

// uniqueRef returns the one multi-word person name among the refs that
// satisfies match; it fails when none or several different names do.
func (q *quoteDoc) uniqueRef(match func(speakerRef) bool) (*speakerRef, bool) {
	var found *speakerRef
	for i := range q.refs {
		r := &q.refs[i]
		if r.typ != "PERSON" || !strings.Contains(r.name, " ") || !match(*r) {
			continue
		}
		if found != nil && found.name != r.name {
			return nil, false
		}
		found = r
	}
	return found, found != nil
}

// hasPossessive reports whether a description holds a possessive ("the
// victim's mother"): a relation to someone, not a role.
func (q *quoteDoc) hasPossessive(np speakerNP) bool {
	for k := np.from; k < np.to; k++ {
		if q.words[k].possessive() {
			return true
		}
	}
	return false
}

// describedBefore returns how an earlier quote's speaker described by the
// same head noun was resolved (seen is false when there was none): an
// indefinite description ("one legal expert" … "the expert"), or a
// definite one with the same modifiers.
func (q *quoteDoc) describedBefore(np speakerNP, head string) (quoteSpeaker, bool, bool) {
	for i := len(q.results) - 1; i >= 0; i-- {
		r := q.results[i]
		if !r.attr.found || r.attr.np.kind != npDescription || r.attr.np.span.Start >= np.span.Start {
			continue
		}
		if r.attr.np.definite && q.modifiers(r.attr.np) != q.modifiers(np) {
			continue // "the former vice president" is not "the president"
		}
		if singularNoun(r.attr.np.head) == head {
			return r.sp, r.ok, true
		}
	}
	return quoteSpeaker{}, false, false
}

// voiceInFocus resolves a spokesperson named for no one ("a spokesman
// said", "the spokeswoman added") to the organisation the last sentences
// are about: its voice speaks for it. No organisation within
// maxVoiceSentences sentences before names no one.
func (q *quoteDoc) voiceInFocus(np speakerNP) (quoteSpeaker, bool) {
	r, ok := q.antecedent(np.span.Start, func(r speakerRef) bool { return r.typ == "ORG" })
	if !ok || q.d.SentenceAt(np.span.Start)-q.d.SentenceAt(r.pos) > maxVoiceSentences {
		return quoteSpeaker{}, false
	}
	return quoteSpeaker{name: r.name, id: r.id, typ: r.typ, how: ByDescription}, true
}

// Most sentences between an organisation and the spokesperson who speaks
// for it unnamed.
const maxVoiceSentences = 2

// voiceOwner resolves a spokesperson described by whom they speak for
// ("a Scottish Government spokeswoman", "an Amazon spokesperson", "Ms
// Holt's spokesman") to them: an entity mentioned in the capitalised
// words before the head noun.
func (q *quoteDoc) voiceOwner(np speakerNP) (quoteSpeaker, bool) {
	for k := np.from; k < np.to-1; k++ {
		w := q.words[k]
		if !w.capitalized() || isDeterminer(w.lower()) {
			continue
		}
		e, ok := q.entityOver(Span{Start: w.Start, End: w.End})
		if ok && (e.Type == "ORG" || e.Type == "GPE" || e.Type == "PERSON") {
			return quoteSpeaker{name: e.Name, id: e.ID, typ: e.Type, how: ByDescription}, true
		}
		if w.possessive() && !w.SentStart {
			// "Mozilla's manifesto" with no entity found: the owner's name.
			return q.describedOwner(k), true
		}
	}
	return quoteSpeaker{}, false
}

// rivalled reports whether another person that fits a pronoun at byte
// off stands in the sentence of r, before off: a pronoun resolved to r
// then shows nothing sure about r's gender.
func (q *quoteDoc) rivalled(r speakerRef, off int, fits func(speakerRef) bool) bool {
	sent := q.d.SentenceAt(r.pos)
	for _, o := range q.refs {
		if o.pos >= off {
			break
		}
		if o.name != r.name && q.d.SentenceAt(o.pos) == sent && fits(o) {
			return true
		}
	}
	return false
}

// otherTitle reports whether the text gives person r a title other than
// head while head is itself a title ("the senator" is not the person
// called Governor): such a description does not fit them.
func (q *quoteDoc) otherTitle(r speakerRef, head string) bool {
	if !q.isTitleNoun(head) {
		return false
	}
	for role := range r.roles {
		if role != head && q.isTitleNoun(role) {
			return true
		}
	}
	return false
}

// isTitleNoun reports whether a lower-case noun is an office written as a
// title before names ("senator", "governor", "minister"), not a courtesy
// title ("mr") or an abbreviation ("sen").
func (q *quoteDoc) isTitleNoun(w string) bool {
	return q.lex.List(listTitles).Has(w) && !courtesyHonorifics[w] && !q.lex.List(listTitleRoles).Has(w)
}

// personOwner returns the person noun owning an organisation's
// description ("the governor's office" → "governor").
func (q *quoteDoc) personOwner(np speakerNP) (string, bool) {
	for k := np.from; k < np.to-1; k++ {
		w := q.words[k]
		if !w.possessive() || w.capitalized() && !w.SentStart {
			continue
		}
		owner := strings.ToLower(w.bare())
		if v, ok := q.nounValue(owner); ok && strings.HasPrefix(v, "person") {
			return singularNoun(owner), true
		}
	}
	return "", false
}

// describedPerson returns the last person before byte off whom the text
// gives the role noun head.
func (q *quoteDoc) describedPerson(head string, off int) (quoteSpeaker, bool) {
	for i := len(q.refs) - 1; i >= 0; i-- {
		r := q.refs[i]
		if r.pos < off && r.typ == "PERSON" && r.roles[head] {
			return quoteSpeaker{name: r.name, id: r.id, typ: r.typ, how: ByDescription}, true
		}
	}
	return quoteSpeaker{}, false
}

// modifiers returns the lower-case words of a description between its
// determiner and its head ("the former vice president" → "former vice").
func (q *quoteDoc) modifiers(np speakerNP) string {
	from := np.from
	if isDeterminer(q.words[from].lower()) {
		from++
	}
	parts := make([]string, 0, np.to-from)
	for k := from; k < np.to-1; k++ {
		parts = append(parts, q.words[k].lower())
	}
	return strings.Join(parts, " ")
}

// titled reports whether the text gives person r an office written as a
// title ("Gov. Ann Lee", "Senator Lee").
func (q *quoteDoc) titled(r speakerRef) bool {
	for role := range r.roles {
		if q.isTitleNoun(role) {
			return true
		}
	}
	return false
}

// namedOwner resolves an organisation's description owned by a name
// ("Gov. Greg Adler's office", "Acme's board") to that name.
func (q *quoteDoc) namedOwner(np speakerNP) (quoteSpeaker, bool) {
	for k := np.from; k < np.to-1; k++ {
		w := q.words[k]
		if !w.possessive() || !w.capitalized() || isDeterminer(strings.ToLower(w.bare())) {
			continue
		}
		if _, ok := q.pronoun(w); ok {
			continue
		}
		return q.describedOwner(k), true
	}
	return quoteSpeaker{}, false
}

// describedOwner resolves the one word at k, without its possessive, as
// the name a description speaks for ("Mozilla's manifesto" → Mozilla).
func (q *quoteDoc) describedOwner(k int) quoteSpeaker {
	n := q.np(npName, k, k+1)
	n.text = q.words[k].bare()
	sp := q.resolveName(n)
	sp.how = ByDescription
	return sp
}
