package extract

import (
	"sort"
	"strings"

	"github.com/newsfacts/newsfacts/internal/nlp"
)

// placeNouns follow a place's name in lower case ("Barnet council",
// "Whetstone ward"); "council" also makes the pair a public body.
var placeNouns = map[string]bool{
	"council": true, "borough": true, "ward": true, "county": true,
	"constituency": true, "province": true, "state": true, "city": true,
	"district": true, "region": true, "suburb": true, "village": true,
	"town": true, "neighbourhood": true, "neighborhood": true, "seat": true,
	"area": true,
}

// placePreps before a lone name suggest a place ("in Whetstone").
var placePreps = map[string]bool{
	"in": true, "near": true, "outside": true, "across": true, "around": true,
	"from": true, "at": true, "to": true, "into": true, "throughout": true,
}

// placeOwners are nouns whose "of" names a place: "the mayor of Cali",
// "the outskirts of Lyon". Only offices held over a place, not over a
// body ("governor of the Bank" has "the" before the name, so it never
// reaches here).
var placeOwners = map[string]bool{
	"mayor": true, "mayors": true, "governor": true, "governors": true,
	"outskirts": true, "residents": true, "streets": true,
}

// foreignArticles are Spanish and Italian definite articles
// that open the names of papers, towns and regions ("El Tiempo", "La
// Guajira", "Los Lagos") but hardly a person's name said in full.
var foreignArticles = map[string]bool{"El": true, "La": true, "Los": true, "Las": true, "Il": true}

// personCues after a name suggest a person ("Harris said").
var personCues = map[string]bool{
	"said": true, "says": true, "told": true, "added": true, "explained": true,
	"wrote": true, "tweeted": true, "recalled": true, "argued": true,
	"insisted": true, "warned": true, "admitted": true, "asked": true,
}

// typeMention gives an untyped mention its type from the shape of the name,
// the words around it and the recogniser's label.
func (x *entityLex) typeMention(d *nlp.Doc, m *mention, lowerSeen map[string]bool) {
	m.Cue = personCues[x.nextWord(d, m)] || personCues[x.prevWord(d, m)]
	if m.Type != "" {
		return
	}
	n := len(m.Words)
	first := m.Words[0].Text
	prev := x.prevWord(d, m)
	switch {
	case x.roles.Has(prev) && isLowerWord(prev) && strings.HasPrefix(x.prevTag(d, m), "NN") && !isAcronym(first):
		m.Type, m.Strength = TypePerson, evShape // "center Maurkice Pouncey", "star Neymar"
	case n == 1 && isAcronym(first):
		if !x.plausibleAcronym(d, m, lowerSeen) {
			return
		}
		m.Type, m.Strength = TypeOrg, evShape
	case n == 1 && germanBodyWord(first) && !lowerSeen[strings.ToLower(first)]:
		m.Type, m.Subtype, m.Strength = TypeOrg, "", evShape // "the Bundeskartellamt", "Startup-Verband"
	case n == 1 && x.bareChamber(d, m):
		m.Type, m.Subtype, m.Strength = TypeOrg, "public_body", evShape // "the House voted to impeach"
	case n == 1 && prev == "the" && x.teamName(d, first) && x.nextWord(d, m) != "of" && !closesQuote(d, m.End):
		m.Type, m.Strength = TypeOrg, evShape // "the Browns", "the Steelers"
	case n == 1 && prev == "the" && x.regionAfterThe(d, m, lowerSeen):
		m.Type, m.Strength = TypeLoc, evWeak // "rain in the Pilbara", "across the Sahel"
	case n <= 3 && prev == "of" && placeOwners[x.wordBefore(d, m, 2)] && !x.isOrgSuffix(m.Words[n-1].Text) && !isAcronym(first):
		m.Type, m.Strength = TypeGPE, evShape // "the mayor of Cali", "the governor of Antioquia"
	case n == 1 && (prev == "in" || prev == "using") && x.lex.List("programming_languages").Has(first):
		return // "written in Rust": a language
	case n == 1 && prev == "the" && placeNouns[x.nextWord(d, m)] && x.nextWord(d, m) != "council":
		m.Type, m.Strength = TypeGPE, evShape // "in the Amravati seat"
	case n == 1 && prev == "the":
		return // "the Rose": people take no article
	case n == 1 && areaWords[prev] && placePreps[x.wordBefore(d, m, 2)] && !x.firstNames.Has(first):
		m.Type, m.Strength = TypeGPE, evShape // "a robbery in east Dayton"
	case n == 1 && x.firstNames.Has(first) && !m.Words[0].Initial:
		m.Type, m.Strength = TypePerson, evWeak
	case n >= 2 && n <= 4 && (hasParticle(m.Words) || hasHyphenGiven(m.Words) || n == 2 && hyphenGiven(first)):
		m.Type, m.Strength = TypePerson, evShape // "Botic van de Zanschulp", "Tsai Ing-wen"
	case n >= 2 && x.firstNames.Has(first):
		m.Type, m.Strength = TypePerson, evShape
	case x.nextWord(d, m) != "" && placeNouns[x.nextWord(d, m)]:
		m.Type, m.Strength = TypeGPE, evShape
	case residence(d, m) && !x.isOrgSuffix(m.Words[n-1].Text):
		m.Type, m.Strength = TypeGPE, evWeak // "Jane Hollis, 52, of Penarth, denied it"
	}
	if m.Type != "" {
		return
	}
	if n == 1 && (lowerSeen[strings.ToLower(first)] || x.titleWords[first]) {
		return // a lone capitalised common word, or a word of a work's title
	}
	if n == 1 && x.roleOwner(d, m) {
		m.Type, m.Subtype, m.Strength = TypeOrg, "", evShape // "Macrae's head of research, Ann Lee, said"
		return
	}
	if n == 1 && m.Words[0].Initial {
		if personCues[x.nextWord(d, m)] && !x.commonCaps.Has(first) && d.Tokens[m.Words[0].Tok].Tag == "NNP" {
			m.Type, m.Strength = TypePerson, evWeak // "Schiff asked."
		}
		return
	}
	if t := proseLabel(d, m); t != "" {
		if t == TypePerson && n >= 2 && foreignArticles[first] && !personCues[x.nextWord(d, m)] {
			return // "El Tiempo", "La Guajira": a name that opens with an article is no person's
		}
		if t == TypePerson && (determiner(prev) || determinerBefore(d, m)) {
			x.notNamed(m) // "the Klingon Empire", "a new Plasma Blue": people take no article
			return
		}
		if t != TypePerson && t != TypeOrg && personCues[x.nextWord(d, m)] {
			t = TypeOrg // a place does not speak: "Big Machine says"
		}
		if n > 1 && t != TypeOrg && anyLower(m.Words[1:], lowerSeen) {
			return // "Last Hot Time", "Red Dead Redemption": titles, not people
		}
		if n == 1 && t != TypePerson && !placePreps[prev] {
			return // a lone word the recogniser calls a place, with nothing around it
		}
		m.Type, m.Strength, m.Prose = t, evWeak, true
		return
	}
	switch {
	case n == 1 && placePreps[prev] && !lowerSeen[strings.ToLower(first)]:
		m.Type, m.Strength = TypeGPE, evWeak
	case personCues[x.nextWord(d, m)]:
		m.Type, m.Strength = TypePerson, evWeak
		if n > 1 && anyLower(m.Words, lowerSeen) {
			m.Type = TypeOrg // "Big Machine said": a body, not a person
		}
	case n >= 2 && n <= 4:
		m.Type, m.Strength = TypePerson, evNone
	}
}

// plausibleAcronym reports whether an unlisted word in capitals names an
// organisation: not a shouted common word ("WINS"), no digits ("TNG50"),
// and the text spells it out before it ("… Abuse (NIDA)") or a speech verb
// follows it. Technical abbreviations ("SSD", "HVAC") fail; listed ones
// never get here, and a listed partner can type it ("SBI and ICICI Bank").
func (x *entityLex) plausibleAcronym(d *nlp.Doc, m *mention, lowerSeen map[string]bool) bool {
	w := m.Words[0].Text
	switch {
	case lowerSeen[strings.ToLower(w)] || hasDigit(w):
		return false
	}
	return x.definedAcronym(d, m) || personCues[x.nextWord(d, m)]
}

// typeByCoordination types a name with no type of its own from the name it
// is listed with ("SBI and ICICI Bank", "Wandsworth and Westminster"):
// the words between them are only "and", "or" or a comma.
func (x *entityLex) typeByCoordination(d *nlp.Doc, ms []*mention, lowerSeen map[string]bool) {
	for i, m := range ms {
		if (m.Type != "" && !m.Prose) || m.Words[0].Initial || (len(m.Words) == 1 && lowerSeen[strings.ToLower(m.Words[0].Text)]) ||
			anyListed(m.Words, x.commonCaps) || anyLower(m.Words, lowerSeen) {
			continue
		}
		for _, j := range []int{i - 1, i + 1} {
			if j < 0 || j >= len(ms) {
				continue
			}
			a, b := ms[j], m
			if j > i {
				a, b = m, ms[j]
			}
			if ms[j].Type == "" || a.End > b.From || !coordinator(d.Text[a.End:b.From]) {
				continue
			}
			if ms[j].Prose && (typeClass(ms[j].Type) != TypeGPE || !x.placesAfterPrep(d, a, b)) {
				continue
			}
			if m.Type != "" && !ms[j].Prose && (ms[j].Strength < evStrong || typeClass(ms[j].Type) != TypeGPE || !strings.Contains(d.Text[a.End:b.From], "and")) {
				continue // only a listed place joined by "and" overrules the recogniser: "Cleveland and Toledo"
			}
			m.Type, m.Subtype, m.Strength, m.Prose = ms[j].Type, ms[j].Subtype, evWeak, false
			break
		}
	}
}

// placesAfterPrep reports whether a and b are two lone words joined by
// "and" after a place preposition, the first of which the recogniser calls
// a place ("died in Vidarbha and Marathwada"): both are places.
func (x *entityLex) placesAfterPrep(d *nlp.Doc, a, b *mention) bool {
	return len(a.Words) == 1 && len(b.Words) == 1 && a.Prose && typeClass(a.Type) == TypeGPE &&
		placePreps[x.prevWord(d, a)] && strings.TrimSpace(d.Text[a.End:b.From]) == "and"
}

// anyListed reports whether any of ws is on l.
func anyListed(ws []nameWord, l *List) bool {
	for _, w := range ws {
		if l.Has(w.Text) {
			return true
		}
	}
	return false
}

// coordinator reports whether gap is only "and", "or" or a comma.
func coordinator(gap string) bool {
	switch strings.TrimSpace(gap) {
	case "and", "or", ",", "&":
		return true
	}
	return false
}

// hasParticle reports whether a name particle ("van", "de") stands between
// capitalised words of ws.
func hasParticle(ws []nameWord) bool {
	for i := 1; i+1 < len(ws); i++ {
		if particles[ws[i].Text] {
			return true
		}
	}
	return false
}

// hasHyphenGiven reports whether a word after the first of ws is a
// romanised two-syllable given name ("Ing-wen", "Hau-yip").
func hasHyphenGiven(ws []nameWord) bool {
	for _, w := range ws[1:] {
		if hyphenGiven(w.Text) {
			return true
		}
	}
	return false
}

// hyphenGiven reports whether w is shaped like a romanised two-syllable
// given name: a capitalised syllable, a hyphen and a short lower-case one
// ("Ing-wen", "Ji-woo").
func hyphenGiven(w string) bool {
	a, b, ok := strings.Cut(w, "-")
	return ok && isCapWord(a) && b != "" && isLowerWord(b) && !strings.ContainsAny(b, "-") && len(b) <= 4
}

// anyLower reports whether any of ws is also written in lower case in the
// text.
func anyLower(ws []nameWord, lowerSeen map[string]bool) bool {
	for _, w := range ws {
		if lowerSeen[strings.ToLower(w.Text)] {
			return true
		}
	}
	return false
}

// definedAcronym reports whether the acronym stands in brackets right after
// a name ("the National Institute on Drug Abuse (NIDA)").
func (x *entityLex) definedAcronym(d *nlp.Doc, m *mention) bool {
	i := d.TokenAt(m.Start)
	return i >= 2 && d.Tokens[i-1].Text == "(" && isCapWord(d.Tokens[i-2].Text)
}

// residence reports whether the mention is where a person lives, set off by
// commas after the name or age in the house style "Jane Hollis, 52, of
// Penarth," or "Hollis, of Penarth, …".
func residence(d *nlp.Doc, m *mention) bool {
	i := d.TokenAt(m.From)
	c := i - 2 // the comma before "of"
	if c >= 1 && (d.Tokens[c].Text == "both" || d.Tokens[c].Text == "all") {
		c-- // "Ann Lee, 22, and Tom Hale, 19, both of Dayton,"
	}
	if c < 1 || d.Tokens[i-1].Text != "of" || d.Tokens[c].Text != "," {
		return false
	}
	before := d.Tokens[c-1].Text
	if !isCapWord(before) && !hasDigit(before) {
		return false
	}
	j := d.TokenAt(m.End)
	return j < len(d.Tokens) && (d.Tokens[j].Text == "," || d.Tokens[j].Text == ".")
}

// nextWord returns the lower-cased token after the mention, "" at the end of
// its sentence.
func (x *entityLex) nextWord(d *nlp.Doc, m *mention) string {
	i := d.TokenAt(m.End)
	if i >= len(d.Tokens) || d.SentenceAt(d.Tokens[i].Start) != m.Sentence {
		return ""
	}
	if isPossessive(d.Tokens[i].Text) {
		return ""
	}
	return strings.ToLower(d.Tokens[i].Text)
}

// prevTag returns the tag of the token before the mention, "" at the start
// of its sentence.
func (x *entityLex) prevTag(d *nlp.Doc, m *mention) string {
	i := d.TokenAt(m.From) - 1
	if i < 0 || d.SentenceAt(d.Tokens[i].Start) != m.Sentence {
		return ""
	}
	return d.Tokens[i].Tag
}

// regionAfterThe reports whether a lone name after "in the", "across the"
// and the like is a region ("rain in the Pilbara"): the recogniser calls it
// a place, it is no common or plural word ("the Streets", "the AMAs"), no
// compass word ("the West") and no noun follows it ("the Chrome browser").
func (x *entityLex) regionAfterThe(d *nlp.Doc, m *mention, lowerSeen map[string]bool) bool {
	w := m.Words[0].Text
	if !placePreps[x.wordBefore(d, m, 2)] || typeClass(proseLabel(d, m)) != TypeGPE ||
		lowerSeen[strings.ToLower(w)] || x.commonCaps.Has(w) || compass[w] || strings.HasSuffix(w, "s") {
		return false
	}
	i := d.TokenAt(m.End)
	return i >= len(d.Tokens) || !strings.HasPrefix(d.Tokens[i].Tag, "NN")
}

// areaWords before a lone name after a place preposition make it a place
// ("a robbery in east Dayton", "flooding across northern Fife").
var areaWords = map[string]bool{
	"east": true, "west": true, "north": true, "south": true, "eastern": true, "western": true,
	"northern": true, "southern": true, "central": true, "downtown": true, "rural": true,
}

// compass words name directions, not regions, on their own.
var compass = map[string]bool{"North": true, "South": true, "East": true, "West": true}

// roleOwner reports whether a lone word owns a job held by a person named
// right after it ("Halden's head of research, Ann Lee,"): an employer, not a
// person, when the word never stands without its possessive and is no given
// name.
func (x *entityLex) roleOwner(d *nlp.Doc, m *mention) bool {
	w := m.Words[0].Text
	i := d.TokenAt(m.End)
	if i+1 >= len(d.Tokens) || !isPossessive(d.Tokens[i].Text) || d.Tokens[i].Start != m.End ||
		!x.roles.Has(d.Tokens[i+1].Text) || x.firstNames.Has(w) || standsBare(d, w) {
		return false
	}
	for j := i + 2; j < len(d.Tokens) && j < i+8 && d.SentenceAt(d.Tokens[j].Start) == m.Sentence; j++ {
		if d.Tokens[j].Text == "," {
			return j+1 < len(d.Tokens) && isCapWord(d.Tokens[j+1].Text) && d.Tokens[j+1].Tag == "NNP"
		}
	}
	return false
}

// wordBefore returns the lower-cased token k tokens before the mention, ""
// outside its sentence.
func (x *entityLex) wordBefore(d *nlp.Doc, m *mention, k int) string {
	i := d.TokenAt(m.From) - k
	if i < 0 || d.SentenceAt(d.Tokens[i].Start) != m.Sentence {
		return ""
	}
	return strings.ToLower(d.Tokens[i].Text)
}

// prevWord returns the lower-cased token before the mention, "" at the start
// of its sentence.
func (x *entityLex) prevWord(d *nlp.Doc, m *mention) string { return x.wordBefore(d, m, 1) }

// proseLabel returns the type the recogniser gave a candidate overlapping the
// mention, "" when none.
func proseLabel(d *nlp.Doc, m *mention) string {
	sp := nlp.Span{Start: m.Start, End: m.End}
	// Candidates come in text order; skip those that end before the mention.
	i := sort.Search(len(d.Candidates), func(i int) bool { return d.Candidates[i].End > m.Start })
	for _, c := range d.Candidates[i:] {
		if c.Start >= m.End {
			break
		}
		if !c.Overlaps(sp) {
			continue
		}
		switch c.Label {
		case "PERSON":
			return TypePerson
		case "GPE":
			return TypeGPE
		case "ORGANIZATION", "ORG":
			return TypeOrg
		case "LOCATION", "LOC":
			return TypeLoc
		}
	}
	return ""
}
