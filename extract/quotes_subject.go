package extract

import "strings"

// Kinds of words naming a speaker.
const (
	npName        = iota + 1 // a proper name: "Carolyn Harris", "Mr Velleman", "Labour"
	npPronoun                // "he", "she", "it"
	npDescription            // "the campaigner", "one legal expert"
)

// speakerNP is the words that name a speaker next to a cue.
type speakerNP struct {
	kind     int
	from, to int // word range
	span     Span
	text     string
	head     string // lower-case head noun or pronoun
	title    string // title or honorific written before a name ("Mr")
	definite bool   // a description with "the", "this" or a possessive
}

// speakerDeterminers that open a description, and whether they make it definite.
var speakerDeterminers = map[string]bool{
	"the": true, "this": true, "his": true, "her": true, "their": true, "its": true, "our": true,
	"a": false, "an": false, "one": false, "another": false, "some": false, "several": false, "two": false, "three": false, "many": false, "other": false,
}

// Lower-case words allowed inside a name ("Office of the Inspector
// General", "James Van der Beek", "Omar bin Laden").
var speakerNameConnectors = map[string]bool{"of": true, "the": true, "de": true, "van": true, "der": true, "von": true, "da": true, "al": true, "bin": true, "la": true, "le": true, "du": true, "del": true, "dos": true, "&": true}

// Capitalised words that start sentences but never names.
var notSpeakerStart = map[string]bool{"the": true, "a": true, "an": true, "but": true, "and": true, "also": true, "so": true, "then": true, "yet": true, "meanwhile": true, "however": true, "in": true, "on": true, "at": true, "as": true, "when": true, "while": true, "after": true, "before": true, "speaking": true, "asked": true, "yesterday": true, "today": true, "now": true, "earlier": true, "later": true, "still": true, "instead": true, "indeed": true, "according": true, "via": true, "for": true, "if": true, "last": true, "this": true, "that": true, "there": true, "here": true, "it": true, "its": true}

// np builds a speaker phrase of the given kind over words [from, to).
func (q *quoteDoc) np(kind, from, to int) speakerNP {
	sp := Span{Start: q.words[from].Start, End: q.words[to-1].End}
	return speakerNP{kind: kind, from: from, to: to, span: sp, text: q.text[sp.Start:sp.End]}
}

// usable reports whether word wi is one of the writer's words in [lo, hi).
func (q *quoteDoc) usable(wi, lo, hi int) bool {
	return wi >= lo && wi < hi && q.words[wi].Quote < 0
}

// subjectBefore finds the speaker named just before word c (a cue),
// looking no further back than lo: "Carolyn Harris said", "she added",
// "the party said", "Cheuk Hau-yip, the commander of Kowloon West
// district, said".
func (q *quoteDoc) subjectBefore(c, lo int) (speakerNP, bool) {
	if q.passive(c, lo) {
		return speakerNP{}, false
	}
	j := q.skipBack(c-1, lo)
	if !q.usable(j, lo, c) {
		return speakerNP{}, false
	}
	if q.words[j].Text == "," && j+1 < c && q.words[j+1].lower() == "who" {
		// "Rigney, who would eulogize …": the speaker stands before the comma.
		j = q.skipBack(j-1, lo)
		if !q.usable(j, lo, c) {
			return speakerNP{}, false
		}
	} else if q.words[j].Text == "," {
		k := q.appositionStart(j, lo)
		if k < 0 {
			return speakerNP{}, false
		}
		if np, ok := q.nameBetween(k+1, j); ok && (np.from == k+1 || courtesyHonorifics[strings.ToLower(np.title)]) && !isPartyTag(np.text) {
			// "his predecessor, Fiona Hill, had dubbed": the name in the
			// apposition is the speaker.
			return np, true
		}
		if np, ok := q.roleThenName(k+1, j); ok {
			// "the report's author, retired justice Louise Arbour, wrote"
			return np, true
		}
		j = q.skipBack(k-1, lo)
		if !q.usable(j, lo, c) {
			return speakerNP{}, false
		}
	}
	return q.phraseEndingAt(j, lo)
}

// skipBack moves back from word j over words that may separate a subject
// from its cue ("also", "has", "later").
func (q *quoteDoc) skipBack(j, lo int) int {
	skip := q.lex.List(listSkip)
	// A capitalised word is a name, not a skipped word ("Theresa May,
	// …, said", "May told").
	for j >= lo && !q.words[j].Punct && q.words[j].Quote < 0 && !q.words[j].capitalized() && (skip.Has(q.words[j].lower()) || isAdverb(q.words[j].lower())) {
		j--
	}
	return j
}

// appositionStart returns the index of the comma opening a parenthesis
// that ends with the comma at j ("Smith, the party's leader, said",
// "Richardson, via USA Today, said"), or -1. The parenthesis may hold
// commas of its own but no cue and no quote.
func (q *quoteDoc) appositionStart(j, lo int) int {
	best := -1
	for k := j - 1; k > lo && j-k <= 30; k-- {
		w := q.words[k]
		if w.Quote >= 0 || w.SentStart {
			break
		}
		if w.Text != "," {
			if _, ok := q.cueAt(k); ok {
				if q.words[k-1].Text == "," && k-1 > lo {
					return k - 1 // "Whitfield, asked the same question, said"
				}
				break
			}
			continue
		}
		if k+1 < j {
			best = k
			if q.parenthesisOpener(q.words[k+1]) {
				return k
			}
		}
	}
	if best >= 0 && j-best <= 8 {
		return best
	}
	return -1
}

// parenthesisOpener reports whether w typically opens an apposition or a
// parenthesis between a speaker and the cue.
func (q *quoteDoc) parenthesisOpener(w frameWord) bool {
	l := w.lower()
	if _, ok := speakerDeterminers[l]; ok {
		return true
	}
	switch l {
	case "who", "via", "speaking", "according", "in", "on", "at", "writing", "also", "himself", "herself", "whose":
		return true
	}
	return allDigits(w.Text) || w.possessive() || q.isSpeakerNoun(l)
}

// phraseEndingAt reads the speaker phrase whose last word is j.
func (q *quoteDoc) phraseEndingAt(j, lo int) (speakerNP, bool) {
	w := q.words[j]
	if w.Punct {
		return speakerNP{}, false
	}
	if p := q.adjunctChain(j, lo); p > lo {
		// "Warren at a news conference in Washington on Thursday
		// accused": the subject stands before the phrases.
		return q.subjectBefore(p, lo)
	}
	if head, ok := q.pronoun(w); ok {
		np := q.np(npPronoun, j, j+1)
		np.head = head
		return np, true
	}
	if w.capitalized() && !w.possessive() {
		np, ok := q.nameEndingAt(j, lo)
		if ok && np.from == j && q.isSpeakerNoun(w.lower()) && q.lex.List(listTitles).Has(strings.TrimSuffix(w.Text, ".")) {
			// "the Chief Minister said": a title standing for its holder.
			return q.titleDescription(j, lo), true
		}
		if p := np.from - 1; ok && p-1 >= lo && q.words[p].lower() == "of" && governedPlace[q.words[p-1].lower()] {
			// "the state of New Mexico argued": the place speaks.
			return np, true
		}
		if p := np.from - 1; ok && p-1 >= lo && isPreposition(q.words[p].lower()) && !q.words[p-1].Punct && !q.words[p-1].capitalized() {
			// "China’s ambassador to Britain accused": the name is the
			// object of a preposition; the speaker is the noun before it.
			if d, ok := q.descriptionEndingAt(p-1, lo); ok {
				return d, true
			}
		}
		if p := np.from - 1; ok && p > lo && q.adjunctAfterName(p) {
			// "Donald Trump on Monday called", "Sen. Ann Lee in an
			// interview with CNN said", "Sen. Ann Lee of Kansas said": the
			// name closes a phrase of time or place; the subject is the
			// name before it.
			return q.subjectBefore(p, lo)
		}
		if ok && q.calendarName(np) {
			return speakerNP{}, false // a day or a month never speaks
		}
		if k := q.titledRunStart(np, lo) - 2; ok && k >= lo && q.words[k+1].lower() == "and" && q.words[k].capitalized() && !q.words[k].possessive() {
			// "Dale and Martha disputed": the first named speaks first.
			if first, ok := q.nameEndingAt(k, lo); ok {
				return first, true
			}
		}
		return np, ok
	}
	return q.descriptionEndingAt(j, lo)
}

// nameEndingAt collects the run of capitalised words (and name
// connectors) ending at j, then drops a leading sentence word ("The",
// "But"), titles, and letters after the name ("KC").
func (q *quoteDoc) nameEndingAt(j, lo int) (speakerNP, bool) {
	if j > lo && q.lex.List(listPostNominals).Has(strings.TrimSuffix(q.words[j].Text, ".")) && q.words[j-1].capitalized() && !q.words[j-1].possessive() {
		j-- // "Anne Cole KC"
	}
	i := j
	for i > lo && !q.words[i].SentStart {
		p := q.words[i-1]
		if p.Punct && p.Text != "&" || p.Quote >= 0 || p.possessive() {
			break
		}
		if !p.capitalized() && !speakerNameConnectors[p.lower()] {
			break
		}
		if p.lower() == "of" && !q.orgHead(i-2) {
			break
		}
		i--
	}
	for i < j && (speakerNameConnectors[q.words[i].lower()] || notSpeakerStart[q.words[i].lower()]) {
		i++
	}
	if notSpeakerStart[q.words[j].lower()] {
		return speakerNP{}, false
	}
	np := q.np(npName, i, j+1)
	np.title, np.from = q.leadingTitle(i, j+1)
	if np.from >= np.to {
		np.from = j
	}
	np.span = Span{Start: q.words[np.from].Start, End: q.words[j].End}
	np.text = q.text[np.span.Start:np.span.End]
	return np, true
}

// leadingTitle returns the last title among the words [i, to) ("Swansea
// Labour MP Carolyn Harris" → "MP") and the index of the first word after
// it; without a title it returns "" and i.
func (q *quoteDoc) leadingTitle(i, to int) (string, int) {
	titles := q.lex.List(listTitles)
	title, from := "", i
	for k := i; k < to-1; k++ {
		t := strings.TrimSuffix(q.words[k].Text, ".")
		if titles.Has(t) {
			title, from = t, k+1
		}
		if k+1 < to-1 && titles.Has(t+" "+strings.TrimSuffix(q.words[k+1].Text, ".")) {
			title, from = t+" "+strings.TrimSuffix(q.words[k+1].Text, "."), k+2
			k++
		}
	}
	return title, from
}

// descriptionEndingAt reads a description whose head noun is word j: back
// to its determiner or possessive ("the campaigner", "one legal expert",
// "the victim's mother", "officials").
func (q *quoteDoc) descriptionEndingAt(j, lo int) (speakerNP, bool) {
	head := q.words[j].lower()
	i := j
	for k := j - 1; k >= lo && j-k <= 8; k-- {
		w := q.words[k]
		if w.Quote >= 0 && k > lo {
			continue // a quoted title: the “Pose” actor
		}
		if w.Punct || w.Quote >= 0 {
			break
		}
		if def, ok := speakerDeterminers[w.lower()]; ok {
			if np, ok := q.namedOrg(k+1, j); ok {
				return np, true
			}
			np := q.np(npDescription, k, j+1)
			np.head, np.definite = head, def
			return np, true
		}
		if _, ok := q.cueAt(k); ok {
			break
		}
		i = k
		if w.SentStart {
			break
		}
	}
	if np, ok := q.namedOrg(i, j); ok {
		return np, true
	}
	for k := i; k < j; k++ {
		if !q.words[k].possessive() {
			continue
		}
		// "the victim's mother", "Ms Holt's spokesman"
		np := q.np(npDescription, i, j+1)
		np.head, np.definite = head, true
		return np, true
	}
	if q.isSpeakerNoun(head) {
		np := q.np(npDescription, j, j+1)
		np.head = head
		return np, true
	}
	return speakerNP{}, false
}

// isSpeakerNoun reports whether head (or its singular) is a listed speaker
// noun.
func (q *quoteDoc) isSpeakerNoun(head string) bool {
	_, ok := q.nounValue(head)
	return ok
}

// nounValue returns the speaker_nouns value for head or its singular.
func (q *quoteDoc) nounValue(head string) (string, bool) {
	l := q.lex.List(listNouns)
	if strings.HasSuffix(head, "-year-old") {
		return "person", true
	}
	if v, ok := l.Value(head); ok {
		return v, true
	}
	for _, suf := range []string{"s", "es"} {
		if v, ok := l.Value(strings.TrimSuffix(head, suf)); ok && strings.HasSuffix(head, suf) {
			return v, true
		}
	}
	if strings.HasSuffix(head, "men") {
		return l.Value(strings.TrimSuffix(head, "men") + "man")
	}
	return "", false
}

// subjectAfter finds the speaker named right after a cue ending before
// word k: "said Heyward", "said the spokesman", "according to Kotak".
func (q *quoteDoc) subjectAfter(k, hi int) (speakerNP, bool) {
	if !q.usable(k, 0, hi) || q.words[k].Punct {
		return speakerNP{}, false
	}
	w := q.words[k]
	if head, ok := q.pronoun(w); ok {
		np := q.np(npPronoun, k, k+1)
		np.head = head
		return np, true
	}
	if w.capitalized() {
		e := k
		for e+1 < hi && q.words[e+1].Quote < 0 && !q.words[e+1].Punct && !q.words[e+1].SentStart &&
			(q.words[e+1].capitalized() || speakerNameConnectors[q.words[e+1].lower()] && e+2 < hi && q.words[e+2].capitalized() && (q.words[e+1].lower() != "of" || q.orgHead(e))) {
			if q.words[e].possessive() {
				break
			}
			e++
		}
		if q.words[e].possessive() && q.usable(e+1, 0, hi) && !q.words[e+1].Punct {
			if q.words[e+1].capitalized() {
				// "according to RedMonk’s Stephens"
				return q.subjectAfter(e+1, hi)
			}
			// "said Dr Hartmann’s co-author, Ji-woo Park": the name owns
			// the speaker, who is described after it.
			return q.descriptionAfter(e, hi)
		}
		np, ok := q.nameEndingAt(e, k)
		if ok && q.calendarName(np) {
			return speakerNP{}, false // "in a tweet Thursday night"
		}
		return np, ok
	}
	if _, ok := speakerDeterminers[w.lower()]; ok || q.isSpeakerNoun(w.lower()) {
		return q.descriptionAfter(k, hi)
	}
	return speakerNP{}, false
}

// descriptionAfter reads "the spokesman", "one legal expert", "a source
// close to the family" from word k: up to the head noun before a
// preposition, punctuation or a capitalised name.
func (q *quoteDoc) descriptionAfter(k, hi int) (speakerNP, bool) {
	if q.words[k].lower() == "the" && q.usable(k+1, 0, hi) && q.words[k+1].capitalized() {
		// "writes the Associated Press"; but in "said the Derry manager,
		// Paddy Boyle" the name only qualifies the speaker noun after it.
		if np, ok := q.subjectAfter(k+1, hi); ok && np.kind == npName && !q.qualifiesSpeakerNoun(np.to, hi) {
			return np, true
		}
	}
	e := k
	for n := k + 1; n < hi && n-k <= 5; n++ {
		w := q.words[n]
		if w.Punct || w.Quote >= 0 || descriptionStops[w.lower()] {
			break
		}
		if w.capitalized() && q.isSpeakerNoun(q.words[e].lower()) {
			// "the party's leader Keir Starmer": the name is the speaker.
			return q.subjectAfter(n, hi)
		}
		if isVerbLike(w.lower()) && q.isSpeakerNoun(q.words[e].lower()) {
			break // "a statement released late Tuesday"
		}
		e = n
	}
	if e == k && isDeterminer(q.words[k].lower()) {
		return speakerNP{}, false
	}
	if np, ok := q.voiceOf(e, hi); ok {
		return np, true
	}
	if e+2 < hi && q.words[e+1].Text == "," && q.usable(e+2, 0, hi) && q.words[e+2].capitalized() {
		// "according to his aunt, Jane Starner,"
		if np, ok := q.subjectAfter(e+2, hi); ok && np.kind == npName {
			return np, true
		}
	}
	np := q.np(npDescription, k, e+1)
	np.head = q.words[e].lower()
	np.definite = speakerDeterminers[q.words[k].lower()] || q.words[k].possessive()
	return np, true
}

// qualifiesSpeakerNoun reports whether word n, right after a name, is a
// lower-case speaker noun the name qualifies ("the Leeds boss", "the
// Derry manager").
func (q *quoteDoc) qualifiesSpeakerNoun(n, hi int) bool {
	return q.usable(n, 0, hi) && !q.words[n].Punct && !q.words[n].capitalized() && q.isSpeakerNoun(q.words[n].lower())
}

// isDeterminer reports whether w opens a description ("the", "a", "his").
func isDeterminer(w string) bool { _, ok := speakerDeterminers[w]; return ok }

// Words that end a description read forwards.
var descriptionStops = map[string]bool{"of": true, "in": true, "on": true, "at": true, "for": true, "with": true, "to": true, "from": true, "as": true, "by": true, "that": true, "who": true, "which": true, "said": true, "says": true, "told": true, "and": true, "but": true, "when": true, "after": true, "before": true, "during": true, "via": true}

// allDigits reports whether s is written in digits ("51").
func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// pronoun returns the speaker pronoun w stands for, also in a contraction
// ("he’d", "she’ll" → "he", "she").
func (q *quoteDoc) pronoun(w frameWord) (string, bool) {
	l := w.lower()
	if i := strings.IndexByte(l, '\''); i > 0 {
		l = l[:i]
	}
	v, ok := q.lex.List(listPronouns).Value(l)
	return l, ok && v != ""
}

// passive reports whether the cue at word c is a passive participle ("it
// has been dubbed", "what is predicted"): its subject did not speak.
func (q *quoteDoc) passive(c, lo int) bool {
	if c-1 < lo || !strings.HasSuffix(q.words[c].lower(), "ed") && q.words[c].lower() != "told" && q.words[c].lower() != "said" {
		return false
	}
	switch q.words[c-1].lower() {
	case "been", "be", "being", "is", "was", "are", "were", "it's", "it’s":
		return true
	}
	return false
}

// namedOrg reads an organisation described with capitalised modifiers as
// a name: words [from, j] with head j ("French foreign ministry",
// "Russia's foreign ministry", "US military").
func (q *quoteDoc) namedOrg(from, j int) (speakerNP, bool) {
	v, _ := q.nounValue(q.words[j].lower())
	if !strings.HasPrefix(v, "org") {
		return speakerNP{}, false
	}
	for k := from; k < j; k++ {
		if q.words[k].capitalized() && !(k == from && q.words[k].SentStart && isDeterminer(q.words[k].lower())) {
			np := q.np(npName, k, j+1)
			return np, true
		}
	}
	return speakerNP{}, false
}

// voiceOf reads "a spokesman for the Foreign Office", "a report from
// Kotak": a voice noun at word e followed by for/from/at/of and a name,
// which is the speaker.
func (q *quoteDoc) voiceOf(e, hi int) (speakerNP, bool) {
	if v, _ := q.nounValue(q.words[e].lower()); v != "voice" || e+2 >= hi {
		return speakerNP{}, false
	}
	switch q.words[e+1].lower() {
	case "for", "from", "at", "of", "by":
	default:
		return speakerNP{}, false
	}
	k := e + 2
	if isDeterminer(q.words[k].lower()) {
		k++
	}
	if !q.usable(k, 0, hi) || !q.words[k].capitalized() {
		return speakerNP{}, false
	}
	np, ok := q.subjectAfter(k, hi)
	return np, ok && np.kind == npName
}

// nameBetween reads the words [from, to) as a name when they are one run
// of capitalised words.
func (q *quoteDoc) nameBetween(from, to int) (speakerNP, bool) {
	if from >= to {
		return speakerNP{}, false
	}
	for k := from; k < to; k++ {
		w := q.words[k]
		if w.Punct || w.Quote >= 0 || !w.capitalized() && !speakerNameConnectors[w.lower()] {
			return speakerNP{}, false
		}
	}
	return q.nameEndingAt(to-1, from)
}

// orgHead reports whether word k heads an organisation's name that "of"
// may continue ("Office of …", "University of …"), as opposed to a
// person's name ("Martin Taylor of Aberdeenshire").
func (q *quoteDoc) orgHead(k int) bool {
	if k < 0 || k >= len(q.words) {
		return false
	}
	v, ok := q.nounValue(q.words[k].lower())
	if ok && strings.HasPrefix(v, "org") {
		return true
	}
	switch q.words[k].lower() {
	case "state", "states", "kingdom", "republic", "house", "secretary", "minister", "general", "inspector", "director", "city", "county", "province", "port", "isle":
		// "Secretary of State", "United States of America", "Isle of Man"
		return true
	}
	return false
}

// isPreposition reports whether w is a preposition that can follow a
// speaker's head noun ("ambassador to Britain", "head of Google").
func isPreposition(w string) bool {
	switch w {
	case "to", "of", "in", "at", "for", "from", "with", "on":
		return true
	}
	return false
}

// Nouns that, before "of" and a place's name, stand for that place's
// government ("the state of New Mexico", "the city of Boston").
var governedPlace = map[string]bool{"state": true, "city": true, "county": true, "province": true, "republic": true, "kingdom": true, "town": true, "borough": true, "district": true, "commonwealth": true, "government": true}

// isPartyTag reports whether s is an American party-and-state tag set off
// after a lawmaker's name ("D-Ariz.", "R-Ohio", "I-Vt.").
func isPartyTag(s string) bool {
	return len(s) > 2 && strings.ContainsRune("DRI", rune(s[0])) && s[1] == '-'
}

// titleDescription reads a capitalised title with no name after it, whose
// last word is j ("the Chief Minister"), as a description of whoever holds
// it.
func (q *quoteDoc) titleDescription(j, lo int) speakerNP {
	titles := q.lex.List(listTitles)
	start := j
	for start-1 >= lo && q.words[start-1].capitalized() && titles.Has(strings.TrimSuffix(q.words[start-1].Text, ".")) {
		start--
	}
	def := false
	if start-1 >= lo && isDeterminer(q.words[start-1].lower()) {
		start--
		def = speakerDeterminers[q.words[start].lower()]
	}
	np := q.np(npDescription, start, j+1)
	np.head, np.definite = q.words[j].lower(), def
	return np
}

// titledRunStart returns the first word of the capitalised run holding a
// name and the titles before it ("House Speaker Nina Lopez").
func (q *quoteDoc) titledRunStart(np speakerNP, lo int) int {
	i := np.from
	for i-1 >= lo && !q.words[i].SentStart && q.words[i-1].capitalized() && !q.words[i-1].Punct && q.words[i-1].Quote < 0 && !q.words[i-1].possessive() {
		i--
	}
	return i
}

// roleThenName reads the words [from, to) of an apposition as lower-case
// role words and then a name ("retired justice Louise Arbour", "former
// senator Jim Webb"); a determiner or a preposition among the role words
// makes the name someone else ("a lawyer for Jim Webb").
func (q *quoteDoc) roleThenName(from, to int) (speakerNP, bool) {
	i := to
	for i-1 >= from && q.words[i-1].capitalized() && !q.words[i-1].Punct && q.words[i-1].Quote < 0 {
		i--
	}
	if i == to || i == from {
		return speakerNP{}, false
	}
	role := false
	for k := from; k < i; k++ {
		w := q.words[k]
		l := w.lower()
		if w.Punct || w.Quote >= 0 || w.capitalized() || isDeterminer(l) || isPreposition(l) || w.possessive() || descriptionStops[l] {
			return speakerNP{}, false
		}
		role = role || q.isSpeakerNoun(l) || q.lex.List(listTitles).Has(l)
	}
	if !role {
		return speakerNP{}, false
	}
	return q.nameBetween(i, to)
}
