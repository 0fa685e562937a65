package extract

import (
	"sort"
	"strings"
	"unicode"
)

// speakerRef is one earlier mention of a person or organisation that a pronoun
// or a description may point back to.
type speakerRef struct {
	pos        int
	name       string
	id         string
	typ        string // PERSON, ORG or GPE
	gender     string // male, female or ""
	subtype    string
	roles      map[string]bool // lower-case nouns the text gives it ("campaigner")
	subject    bool            // named as the subject of a speech cue
	possessive bool            // "Taylor Swift's albums": a weaker antecedent
	speaks     bool            // the speaker of a quote: its gender is learned
}

// buildRefs lists the mentions of people and organisations outside
// quoted passages, in text order, with what the text says about them.
func (q *quoteDoc) buildRefs() []speakerRef {
	var out []speakerRef
	for _, e := range q.ents {
		typ := e.Type
		if typ != "PERSON" && typ != "ORG" && typ != "GPE" {
			continue
		}
		gender := q.entityGender(e)
		roles := map[string]bool{}
		for _, w := range strings.Fields(strings.ToLower(e.Role)) {
			roles[w] = true
		}
		for _, m := range e.Mentions {
			q.rolesAround(m.Span, roles)
		}
		for _, m := range e.Mentions {
			if q.insidePassage(m.Start) {
				continue
			}
			poss := isPossessiveText(m.Text) || q.possessiveAt(m.End) || q.beforeRoleName(m.End)
			out = append(out, speakerRef{pos: m.Start, name: e.Name, id: e.ID, typ: typ, gender: gender, subtype: e.Subtype, roles: roles, possessive: poss})
		}
	}
	sort.SliceStable(out, func(a, b int) bool { return out[a].pos < out[b].pos })
	return out
}

// insidePassage reports whether byte offset off lies inside a top-level
// quoted passage.
func (q *quoteDoc) insidePassage(off int) bool {
	i := sort.Search(len(q.passages), func(i int) bool { return q.passages[i].end() > off })
	return i < len(q.passages) && q.passages[i].open <= off
}

// entityGender returns the entity's gender: as the entity says, else from
// a gendered title before a mention ("Ms Rose"), else from the first name.
func (q *quoteDoc) entityGender(e Entity) string {
	if e.Gender != "" {
		return e.Gender
	}
	for _, m := range e.Mentions {
		if g := q.titleGenderBefore(m.Span); g != "" {
			return g
		}
	}
	if strings.Contains(e.Name, " ") {
		// Only a given name shows gender; a lone word may be a surname.
		return q.nameGender(e.Name)
	}
	return ""
}

// titleGenderBefore returns the gender shown by a title written as the
// first word of the mention or just before it.
func (q *quoteDoc) titleGenderBefore(s Span) string {
	titles := q.lex.List(listTitles)
	first, _, _ := strings.Cut(q.text[s.Start:s.End], " ")
	if g, ok := titles.Value(strings.TrimSuffix(first, ".")); ok && g != "" {
		return g
	}
	wi := q.wordAt(s.Start)
	if wi > 0 && !q.words[wi-1].Punct {
		if g, ok := titles.Value(strings.TrimSuffix(q.words[wi-1].Text, ".")); ok {
			return g
		}
	}
	return ""
}

// nameGender returns the gender of a name's first word on the first-names
// list, skipping titles.
func (q *quoteDoc) nameGender(name string) string {
	titles := q.lex.List(listTitles)
	for _, w := range strings.Fields(name) {
		w = strings.TrimSuffix(w, ".")
		if g, ok := titles.Value(w); ok {
			if g != "" {
				return g
			}
			continue
		}
		g, _ := q.lex.List(listNames).Value(w)
		return g
	}
	return ""
}

// wordAt returns the index of the first word starting at or after off.
func (q *quoteDoc) wordAt(off int) int {
	return sort.Search(len(q.words), func(i int) bool { return q.words[i].Start >= off })
}

// rolesAround adds the speaker nouns written just before a mention
// ("Jewish activists Ella Rose", "defensive captain Cam Heyward") or in an
// apposition after it ("Cheuk Hau-yip, the commander of …").
func (q *quoteDoc) rolesAround(s Span, roles map[string]bool) {
	wi := q.wordAt(s.Start)
	for k := wi - 1; k >= 0 && wi-k <= 4; k-- {
		w := q.words[k]
		if w.Punct || w.Quote >= 0 || w.capitalized() && k < wi-1 && !q.isSpeakerNoun(w.lower()) || isVerbLike(w.lower()) {
			break
		}
		if _, ok := q.cueAt(k); ok {
			break
		}
		if q.isSpeakerNoun(w.lower()) {
			roles[singularNoun(w.lower())] = true
		}
		if w.SentStart {
			break
		}
	}
	e := q.wordAt(s.End)
	if e < len(q.words) && q.words[e].Text == "," {
		for k := e + 1; k < len(q.words) && k-e <= 6; k++ {
			w := q.words[k]
			if w.Punct || w.Quote >= 0 || w.SentStart {
				break
			}
			if q.isSpeakerNoun(w.lower()) {
				roles[singularNoun(w.lower())] = true
			}
		}
	}
}

// singularNoun strips a plural "s" ("activists" → "activist").
func singularNoun(w string) string {
	if strings.HasSuffix(w, "ss") || len(w) < 4 {
		return w
	}
	return strings.TrimSuffix(w, "s")
}

// Most paragraphs a description may look ahead for the person it
// describes.
const maxForwardParas = 3

// Most sentences a pronoun may reach back for its antecedent.
const maxPronounReach = 6

// antecedent returns the mention a pronoun at byte off refers to: in the
// pronoun's sentence and then each sentence before, the first mention that
// fits.
func (q *quoteDoc) antecedent(off int, fits func(speakerRef) bool) (speakerRef, bool) {
	end := sortSearchRefs(q.refs, off)
	for n := 0; n < maxPronounReach && end > 0; n++ {
		sent := q.d.SentenceAt(q.refs[end-1].pos)
		start := end - 1
		for start > 0 && q.d.SentenceAt(q.refs[start-1].pos) == sent {
			start--
		}
		for _, rank := range []func(speakerRef) bool{
			func(r speakerRef) bool { return r.subject },
			func(r speakerRef) bool { return !r.possessive && q.genderOf(r) != "" },
			func(r speakerRef) bool { return q.genderOf(r) != "" },
			func(r speakerRef) bool { return !r.possessive },
			func(r speakerRef) bool { return true },
		} {
			for k := start; k < end; k++ {
				if rank(q.refs[k]) && fits(q.refs[k]) {
					return q.refs[k], true
				}
			}
		}
		end = start
	}
	return speakerRef{}, false
}

// sortSearchRefs returns the number of refs before byte offset off.
func sortSearchRefs(rs []speakerRef, off int) int {
	return sort.Search(len(rs), func(i int) bool { return rs[i].pos >= off })
}

// isPossessiveText reports whether a mention ends in "’s" ("Omar’s").
func isPossessiveText(t string) bool {
	return strings.HasSuffix(t, "’s") || strings.HasSuffix(t, "'s") || strings.HasSuffix(t, "s’")
}

// possessiveAt reports whether a possessive "’s" follows byte offset off.
func (q *quoteDoc) possessiveAt(off int) bool {
	rest := q.text[off:]
	return strings.HasPrefix(rest, "’s") || strings.HasPrefix(rest, "'s")
}

// addCueSubjects records the people and organisations the writer names as
// subjects of speech cues anywhere ("Sonya A. Zoghlin, Carlineo’s attorney,
// told The Hill"), so pronouns can point back to them even when the
// entity list misses them.
func (q *quoteDoc) addCueSubjects() {
	for wi := 0; wi < len(q.words); wi++ {
		if q.words[wi].Quote >= 0 || q.words[wi].Punct {
			continue
		}
		c, ok := q.cueAt(wi)
		if !ok {
			continue
		}
		lo := wi
		for lo > 0 && !q.words[lo].SentStart && q.words[lo-1].Quote < 0 {
			lo--
		}
		if np, ok := q.subjectBefore(c.at, lo); ok && np.kind == npName {
			q.addRef(np, q.resolveName(np))
			if k := q.refAt(np.span.Start); k >= 0 {
				q.refs[k].subject = true
			}
		}
		wi += c.n - 1
	}
}

// refAt returns the index of the ref at byte offset pos, or -1.
func (q *quoteDoc) refAt(pos int) int {
	k := sortSearchRefs(q.refs, pos)
	if k < len(q.refs) && q.refs[k].pos == pos {
		return k
	}
	return -1
}

// addPronounSubjects resolves, in text order, the pronouns ("he", "she",
// "it", "they") that open the writer's sentences and clauses, and records
// them as mentions of who they stand for, so a later "she said" follows
// the chain ("She spoke with pride … “…” she said"). It goes on from
// where the last call stopped, up to byte offset upTo.
func (q *quoteDoc) addPronounSubjects(upTo int) {
	for ; q.chainAt < len(q.words) && q.words[q.chainAt].Start < upTo; q.chainAt++ {
		wi, w := q.chainAt, q.words[q.chainAt]
		if w.Quote >= 0 || w.Punct || !q.clauseStart(wi) {
			continue
		}
		head, ok := q.pronoun(w)
		if !ok || head == "i" || head == "we" || (head == "it" || head == "they") && q.expletive(wi) {
			continue
		}
		np := q.np(npPronoun, wi, wi+1)
		np.head = head
		sp, ok := q.resolvePronoun(np)
		if !ok {
			continue
		}
		r := speakerRef{pos: w.Start, name: sp.name, id: sp.id, typ: sp.typ, subject: true}
		if g, _ := q.lex.List(listPronouns).Value(head); g == "male" || g == "female" {
			r.gender = g
		}
		q.insertRef(r)
	}
}

// clauseStart reports whether word wi opens a sentence or a clause
// (after a comma, "and" or "but").
func (q *quoteDoc) clauseStart(wi int) bool {
	if q.words[wi].SentStart || wi == 0 {
		return true
	}
	p := q.words[wi-1]
	if p.SentStart && (q.lex.List(listSkip).Has(p.lower()) || isAdverb(p.lower())) {
		return true // "Now they have …", "Later she …"
	}
	return p.Text == "," || p.lower() == "and" || p.lower() == "but"
}

// genderOf returns a ref's gender, or the gender the text showed for the
// same person elsewhere (a title, or a pronoun that stands for them).
func (q *quoteDoc) genderOf(r speakerRef) string {
	if r.gender != "" {
		return r.gender
	}
	return q.genders[r.name]
}

// opposite returns the other gender of "male" or "female".
func opposite(g string) string {
	switch g {
	case "male":
		return "female"
	case "female":
		return "male"
	}
	return ""
}

// insertRef adds r to the refs, keeping them in text order, and learns the
// gender of a quote's speaker ("…,” she said").
func (q *quoteDoc) insertRef(r speakerRef) {
	if r.typ == "PERSON" && r.gender != "" && r.speaks && q.genders[r.name] == "" {
		if q.genders == nil {
			q.genders = map[string]string{}
		}
		q.genders[r.name] = r.gender
	}
	k := sort.Search(len(q.refs), func(k int) bool { return q.refs[k].pos > r.pos })
	q.refs = append(q.refs, speakerRef{})
	copy(q.refs[k+1:], q.refs[k:])
	q.refs[k] = r
}

// expletive reports whether "it" or "they" at word wi stands for nothing
// ("it is clear", "it was raining", "they say").
func (q *quoteDoc) expletive(wi int) bool {
	w := q.words[wi].lower()
	if strings.HasSuffix(w, "'s") {
		return true
	}
	if wi+1 >= len(q.words) {
		return true
	}
	switch q.words[wi+1].lower() {
	case "is", "was", "seems", "seemed", "appears", "appeared", "will", "would", "may", "might", "could", "can", "remains", "remained", "say":
		return true
	}
	return false
}

// beforeRoleName reports whether a role noun and a capitalised name follow
// byte offset off ("Vale boss Mark Ferris", "Labour leader Keir Starmer"):
// the mention before them only qualifies the person named after.
func (q *quoteDoc) beforeRoleName(off int) bool {
	rest := q.text[off:]
	if !strings.HasPrefix(rest, " ") {
		return false
	}
	ws := strings.SplitN(strings.TrimLeft(rest, " "), " ", 3)
	if len(ws) < 2 || !q.lex.List("role_nouns").Has(strings.ToLower(ws[0])) {
		return false
	}
	r := []rune(ws[1])
	return len(r) > 1 && unicode.IsUpper(r[0]) && unicode.IsLower(r[1])
}
