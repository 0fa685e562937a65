package extract

import (
	"strings"

	"github.com/newsfacts/newsfacts/internal/nlp"
)

// namingVerbs stand between a kind noun and the name it introduces ("a
// mission called Europa Clipper").
var namingVerbs = map[string]bool{"called": true, "named": true, "dubbed": true, "titled": true, "entitled": true}

// kindBefore returns the lower-case noun that introduces the run starting at
// token i ("company" in "energy company Burisma", "mission" in "a mission
// called Europa Clipper"), "" when the word before is not a lower-case noun
// of its sentence.
func kindBefore(d *nlp.Doc, s nlp.Sentence, i int) string {
	j := i - 1
	if j >= s.First && namingVerbs[d.Tokens[j].Text] {
		j--
	}
	return nounAt(d, s, j)
}

// nounAt returns the lower-case noun at token j of s, "" when none.
func nounAt(d *nlp.Doc, s nlp.Sentence, j int) string {
	if j < s.First || !isLowerWord(d.Tokens[j].Text) {
		return ""
	}
	// The tagger calls some of these nouns adjectives ("the journal/JJ").
	if tag := d.Tokens[j].Tag; !strings.HasPrefix(tag, "NN") && tag != "JJ" {
		return ""
	}
	return d.Tokens[j].Text
}

// listKind returns the plural noun that heads a list of names the run
// starting at token i belongs to ("franchises" in "popular franchises such
// as Assassin's Creed, Tomb Raider, Red Dead Redemption and Destiny"), ""
// when none.
func listKind(d *nlp.Doc, s nlp.Sentence, i int) string {
	j := i - 1
	for j >= s.First {
		t := d.Tokens[j].Text
		if !(isCapWord(t) || t == "," || t == "and" || t == "or" || isPossessive(t) || connectors[t]) {
			break
		}
		j--
	}
	switch {
	case j-1 >= s.First && d.Tokens[j].Text == "as" && d.Tokens[j-1].Text == "such":
		j -= 2
	case j >= s.First && (d.Tokens[j].Text == "including" || d.Tokens[j].Text == "like"):
		j--
	default:
		return ""
	}
	n := nounAt(d, s, j)
	if !strings.HasSuffix(n, "s") {
		return ""
	}
	return n
}

// kindAfter returns the lower-case word right after a run ending before
// token i, "" at the end of its sentence or when the word is not lower case.
func kindAfter(d *nlp.Doc, s nlp.Sentence, i int) string {
	if i >= s.Last || !isLowerWord(d.Tokens[i].Text) {
		return ""
	}
	return d.Tokens[i].Text
}

// verbAt reports whether token i of s is a finite verb or a modal: a run
// before it is the subject of a clause ("the game Tom Brady lost").
func verbAt(d *nlp.Doc, s nlp.Sentence, i int) bool {
	if i >= s.Last {
		return false
	}
	switch d.Tokens[i].Tag {
	case "VBD", "VBZ", "VBP", "MD":
		return true
	}
	return false
}

// kindNamed decides a run that a kind noun introduces. After an
// organisation noun the run is one organisation ("the journal Monthly
// Notices of the Royal Astronomical Society"); after a work noun it names a
// work or product, no entity ("the benchmark Sensex"). It returns the
// mention (nil when none) and whether the run is decided; a given name
// followed by a verb ("the company John Smith founded") is left to the
// other rules, as is a run the word lists know or that holds a title.
func (x *entityLex) kindNamed(d *nlp.Doc, r run) (*mention, bool) {
	if inAngleTitle(d, r) {
		return nil, true // "<The Palace: Tale of Jang Noksu>" names a show
	}
	if r.Owned && !x.firstNames.Has(strings.TrimSuffix(strings.TrimSuffix(r.Words[0].Text, "’s"), "'s")) {
		m := newMention(r.Words)
		m.Type, m.Subtype, m.Strength, m.Sentence, m.Next = TypeOrg, "company", evShape, r.Sentence, r.Next
		return &m, true
	}
	if r.Body > 0 || r.Party || r.Poss >= 0 || r.Words[0].Initial {
		return nil, false
	}
	s := d.Sentences[r.Sentence]
	if x.listedWork(d, r) {
		return nil, true
	}
	noun := kindBefore(d, s, r.Words[0].Tok)
	if noun == "" {
		noun = x.apposedOrgNoun(d, s, r)
	}
	if noun == "" && !x.firstNames.Has(r.Words[0].Text) {
		noun = x.orgNounAfter(d, s, r)
	}
	if noun == "" || (x.firstNames.Has(r.Words[0].Text) && verbAt(d, s, r.Next)) {
		return nil, false
	}
	ws := trimConnectors(cutAndThe(x.dropClosers(r.Words)))
	if len(ws) == 0 || x.knownAt(ws, 0) == len(ws) {
		return nil, false
	}
	if _, _, n, _ := x.nextTitle(ws); n > 0 {
		return nil, false
	}
	if sub, ok := x.orgNouns.Value(noun); ok {
		m := newMention(ws)
		m.Type, m.Subtype, m.Strength, m.Sentence, m.Next = TypeOrg, sub, evShape, r.Sentence, r.Next
		return &m, true
	}
	if x.workNouns.Has(noun) {
		x.noteTitle(ws)
		return nil, true
	}
	return nil, false
}

// apposedOrgNoun returns the organisation noun that a run set off by
// commas right after it renames ("a campaign group, Fife Against Cuts,
// held a vigil"), "" when none.
func (x *entityLex) apposedOrgNoun(d *nlp.Doc, s nlp.Sentence, r run) string {
	i := r.Words[0].Tok
	if i-2 < s.First || d.Tokens[i-1].Text != "," || r.Next >= s.Last || d.Tokens[r.Next].Text != "," {
		return ""
	}
	if n := nounAt(d, s, i-2); x.orgNouns.Has(n) {
		return n
	}
	return ""
}

// orgNounAfter returns the organisation noun of a phrase set off by a
// comma right after the run that renames it ("a target for Hibernian, the
// Edinburgh club, whose scouts…"): "the", "a" or "an", at most three
// words without a possessive, and the noun, which ends the phrase at a
// comma or the sentence's end. It returns "" when none.
func (x *entityLex) orgNounAfter(d *nlp.Doc, s nlp.Sentence, r run) string {
	i := r.Next
	if i+2 >= s.Last || d.Tokens[i].Text != "," || !determiner(strings.ToLower(d.Tokens[i+1].Text)) {
		return ""
	}
	for j := i + 2; j < s.Last && j <= i+5; j++ {
		t := d.Tokens[j].Text
		if !isWord(t) || isPossessive(t) {
			return ""
		}
		end := j+1 >= s.Last || d.Tokens[j+1].Text == "," || d.Tokens[j+1].Text == "."
		if end && isLowerWord(t) && x.orgNouns.Has(t) {
			return t
		}
		if end {
			return ""
		}
	}
	return ""
}

// listedWork reports whether the run is one of a list of works that a
// plural work noun heads ("games such as Tomb Raider and Destiny"); a run
// with a given name first or a listed name is left to the other rules.
func (x *entityLex) listedWork(d *nlp.Doc, r run) bool {
	if r.Body > 0 || r.Party || r.Words[0].Initial || x.firstNames.Has(r.Words[0].Text) || x.knownAt(r.Words, 0) > 0 {
		return false
	}
	k := listKind(d, d.Sentences[r.Sentence], r.Words[0].Tok)
	if k == "" || !(x.workNouns.Has(strings.TrimSuffix(k, "s")) || x.workNouns.Has(k)) {
		return false
	}
	x.noteTitle(r.Words)
	return true
}

// workTitle reports whether a run is the title of a work because a work
// noun follows it ("the Wheel of Time series"): two words or more, no given
// name first, no listed organisation or place inside ("a Netflix series",
// "a Mike Ford novel" name an entity).
func (x *entityLex) workTitle(d *nlp.Doc, r run) bool {
	if len(r.Words) < 2 || r.Body > 0 || r.Party || r.Poss >= 0 || x.firstNames.Has(r.Words[0].Text) || isAcronym(r.Words[0].Text) {
		return false
	}
	if !x.workNouns.Has(kindAfter(d, d.Sentences[r.Sentence], r.Next)) {
		return false
	}
	for i := range r.Words {
		if x.knownAt(r.Words, i) > 0 {
			return false
		}
	}
	if _, _, n, _ := x.nextTitle(r.Words); n > 0 {
		return false
	}
	x.noteTitle(r.Words)
	return true
}

// noteTitle records the capitalised words of a work's title: alone
// elsewhere ("Clipper will orbit Jupiter") they name the work, not a person.
func (x *entityLex) noteTitle(ws []nameWord) {
	if x.titleWords == nil {
		x.titleWords = map[string]bool{}
	}
	for _, w := range ws {
		if isCapWord(w.Text) && !x.firstNames.Has(w.Text) {
			x.titleWords[w.Text] = true
		}
	}
}

// teamName reports whether w, written after "the", is the plural name of a
// team or band ("the Browns", "the Steelers"): it ends in one s, has no
// other capital or hyphen ("AirPods", "Joy-Cons" are products), is not a
// common word, a nationality or a listed name, and its singular is not
// written as a name anywhere in the article ("the Obamas" are a family).
func (x *entityLex) teamName(d *nlp.Doc, w string) bool {
	stem, ok := strings.CutSuffix(w, "s")
	if !ok || strings.HasSuffix(stem, "s") || len(stem) < 3 || !isLowerWord(stem[1:]) || x.lowerSeen[strings.ToLower(w)] ||
		x.isKnown(w) || x.isDemonym(w) || x.commonCaps.Has(w) {
		return false
	}
	if x.vocab == nil {
		x.vocab = wordVocab(d)
	}
	return !x.vocab[stem]
}

// closesQuote reports whether a closing quotation mark follows byte offset
// end: a name that ends a quoted title ("Dancing with the Stars”).
func closesQuote(d *nlp.Doc, end int) bool {
	rest := d.Text[end:]
	return strings.HasPrefix(rest, "”") || strings.HasPrefix(rest, "\"") || strings.HasPrefix(rest, ".”") || strings.HasPrefix(rest, ",”")
}

// determiner reports whether w is an article.
func determiner(w string) bool { return w == "the" || w == "a" || w == "an" }

// determinerBefore reports whether an article stands before the mention
// with only adjectives between ("a new Plasma Blue").
func determinerBefore(d *nlp.Doc, m *mention) bool {
	i := d.TokenAt(m.From) - 1
	s := d.Sentences[m.Sentence]
	adj := 0
	for ; i >= s.First && d.Tokens[i].Tag == "JJ" && isLowerWord(d.Tokens[i].Text); i-- {
		adj++
	}
	return adj > 0 && i >= s.First && determiner(strings.ToLower(d.Tokens[i].Text))
}

// notNamed records that the words of m name a thing, not an entity: the
// other mentions of the same words lose a type that rests on the
// recogniser's label or on context alone ("in Plasma Blue").
func (x *entityLex) notNamed(m *mention) {
	if x.things == nil {
		x.things = map[string]bool{}
	}
	x.things[m.name()] = true
}

// dropThings removes the weak types of mentions whose words name a thing.
func (x *entityLex) dropThings(ms []*mention) {
	for _, m := range ms {
		if x.things[m.name()] && m.Strength <= evWeak {
			m.Type, m.Subtype, m.Prose = "", "", false
		}
	}
}

// creditRole returns the job that a list of credits gives the run: a role
// noun glued by an underscore ("Choreographer_Jeong Hye Jin") or followed
// by a colon at the start of a sentence or list item ("Director: Park Dong
// Woo"); "" when none.
func (x *entityLex) creditRole(d *nlp.Doc, r run) string {
	if r.Credit != "" {
		f := strings.Fields(r.Credit)
		if last := f[len(f)-1]; x.roles.Has(last) {
			return last
		}
		return ""
	}
	s := d.Sentences[r.Sentence]
	i := r.Words[0].Tok
	if i-2 < s.First || d.Tokens[i-1].Text != ":" || !isCapWord(d.Tokens[i-2].Text) {
		return ""
	}
	if j := i - 3; j >= s.First && d.Tokens[j].Text != "," && d.Tokens[j].Text != "|" && d.Tokens[j].Text != "•" {
		return ""
	}
	if w := strings.ToLower(d.Tokens[i-2].Text); x.roles.Has(w) {
		return w
	}
	return ""
}

// inAngleTitle reports whether the run stands inside angle brackets within
// its sentence, the way many sites mark the title of a work ("<The
// Palace: Tale of Jang Noksu>", "《Parasite》").
func inAngleTitle(d *nlp.Doc, r run) bool {
	s := d.Sentences[r.Sentence]
	before := d.Text[s.Start:r.Words[0].Start]
	after := d.Text[r.Words[len(r.Words)-1].End:s.End]
	open := max(strings.LastIndex(before, "<"), strings.LastIndex(before, "《"))
	if open < 0 || strings.ContainsAny(before[open:], ">》") {
		return false
	}
	shut := strings.IndexAny(after, ">》")
	if shut < 0 || strings.ContainsAny(after[:shut], "<《") {
		return false
	}
	// Brackets hug a title; "a < b … c > d" compares.
	return !strings.HasPrefix(before[open:], "< ") && !strings.HasSuffix(after[:shut], " ")
}

// cutAndThe ends ws before "and the": after a kind noun the name stops
// there and a second phrase begins ("the charging network Laddo and the
// Spanish utility Iberenergía").
func cutAndThe(ws []nameWord) []nameWord {
	for i := 1; i+1 < len(ws); i++ {
		if ws[i].Text == "and" && ws[i+1].Text == "the" {
			return ws[:i]
		}
	}
	return ws
}
