package extract

import (
	"strings"
	"unicode"
)

// readMeasure reads a unit of measure or time after the number: "50
// meters", "4ms", "120Hz", "34\"", "2.1 cu.ft.", and hyphen compounds
// "25-year", "20-inch", "1,900-mile-wide", "four-door", "17-year-old".
func (s *numScanner) readMeasure(q *quantity) {
	j := q.j
	if j >= len(s.toks) {
		return
	}
	if s.attachedAt(j) && (s.toks[j].text == "\"" || s.toks[j].text == "″" || s.toks[j].text == "”") && q.n.digits != "" &&
		!q.n.plainYearDigits() && s.inchMarkFollowed(j+1) {
		q.unit, q.measure, q.j = "inches", true, j+1
		return
	}
	if s.toks[j].isHyphen() && s.attachedAt(j) && s.attachedAt(j+1) {
		s.readHyphenUnit(q, j+1)
		return
	}
	if u, n := s.unitAt(j); n > 0 {
		q.unit, q.measure, q.j = u, true, j+n
		if s.wordAt(q.j, "ago") {
			q.j++
			q.kind = KindDate
		}
		if u == "feet" {
			s.readInchesAfterFeet(q)
		}
	}
}

// readInchesAfterFeet folds the inches of a height into its feet: "6ft
// 4in" is 6.33 feet, "5 feet 10 inches" 5.83.
func (s *numScanner) readInchesAfterFeet(q *quantity) {
	k := q.j
	if !s.classAt(k, nkDigit, false) || !s.sameSentence(q.i, k) {
		return
	}
	v, ok := parseDigits(s.toks[k].text)
	if !ok || v >= 12 {
		return
	}
	u, n := s.unitAt(k + 1)
	if s.wordAt(k+1, "in") && s.attachedAt(k+1) {
		u, n = "inches", 1 // "4in", which alone could be the preposition
	}
	if n == 0 || u != "inches" {
		return
	}
	q.value += v / 12
	q.j = k + 1 + n
}

// indefiniteMeasure reads "a"/"an" before a unit of measure and "of" as
// one of that unit: "a gallon of beer", "a litre of milk". Units of time
// ("an hour of", "a year of") are left alone: they place things in time
// more often than they measure them.
func (s *numScanner) indefiniteMeasure(i int) *quantity {
	if !s.wordAt(i, "a") && !s.wordAt(i, "an") {
		return nil
	}
	u, n := s.longestPhrase(s.lx.units, i+1)
	w := s.lowerAt(i + 1)
	if n == 0 || s.isTimeUnit(u) || !s.wordAt(i+1+n, "of") || !s.toks[i+1].spaced || len(w) < 3 || unitIdioms[w] {
		return nil
	}
	return &quantity{n: numeral{value: 1, i: i, j: i + 1, words: true}, i: i, j: i + 1 + n, value: 1, unit: u, measure: true}
}

// unitIdioms are units that "a ... of" makes an idiom of: "a bit of luck",
// "a ton of work", "a degree of doubt".
var unitIdioms = map[string]bool{"bit": true, "ton": true, "tons": true, "degree": true, "stone": true, "calorie": true}

// inchMarkFollowed reports whether the token after an inch mark goes on
// with the text ("34\" 3440x1440", "22\" long", "70\"+"), so the mark is
// not a closing quotation mark.
func (s *numScanner) inchMarkFollowed(k int) bool {
	if k >= len(s.toks) || !s.sameSentence(k-1, k) {
		return false
	}
	t := s.toks[k]
	return t.class != nkSym || t.text == "+"
}

// unitAt matches a unit of measure or time at token j and returns it and
// its length in tokens. Short, ambiguous units ("in", "m", "am") must be
// written against the digits or, for "in", end the phrase.
func (s *numScanner) unitAt(j int) (string, int) {
	u, n := s.longestPhrase(s.lx.timeUnits, j)
	if u2, n2 := s.longestPhrase(s.lx.units, j); n2 > n {
		u, n = u2, n2
	}
	if n == 0 {
		return "", 0
	}
	surface := s.d.Text[s.toks[j].start:s.toks[j+n-1].end]
	if !s.unitFits(j, n, surface) {
		return "", 0
	}
	return u, n
}

// unitFits applies the rules for short unit symbols: "in" (inches) only
// ends a phrase or comes before a dimension ("2 in thick"); one-letter
// units must be written against the digits and not in capitals that name
// codes ("5G", "4K"), save a litre "L" set apart before "of" ("2 L of
// water").
func (s *numScanner) unitFits(j, n int, surface string) bool {
	low := strings.ToLower(surface)
	letters := 0
	for _, r := range surface {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	switch {
	case low == "in":
		next := s.lowerAt(j + n)
		return next == "" || next == "." || next == "thick" || next == "long" || next == "wide" ||
			next == "tall" || next == "high" || next == "deep" || !s.sameSentence(j, j+n)
	case surface == "L" && s.toks[j].spaced:
		return s.wordAt(j+1, "of") // "4 L of wine": the litre symbol, set apart
	case letters == 1 && n == 1:
		return !s.toks[j].spaced && surface != "G" && surface != "K" && surface != "T" && surface != "M"
	}
	return true
}

// readHyphenUnit reads the word after "N-": a unit ("25-year", "20-inch")
// or a noun the number counts ("four-door", "one-game").
func (s *numScanner) readHyphenUnit(q *quantity, k int) {
	t := s.toks[k]
	if t.class != nkWord {
		return
	}
	u, n := s.unitAt(k)
	if n == 0 {
		if t.isCap() || hyphenStop[t.lower] || len(t.lower) < 3 || s.lx.words.Has(t.lower) {
			return
		}
		u, n = pluralNoun(t.lower), 1
	}
	q.unit, q.measure, q.hyphenUnit, q.j = u, true, true, k+n
	q.textEnd = q.j
	// "17-year-old", "1,900-mile-wide"
	if h := q.j; h < len(s.toks) && s.toks[h].isHyphen() && s.attachedAt(h) {
		w := s.lowerAt(h + 1)
		switch w {
		case "old":
			q.j = h + 2
			q.textEnd = q.j
			q.kind = "age"
		case "wide", "long", "high", "tall", "deep", "thick", "long-term":
			q.j = h + 2
			q.textEnd = q.j
		}
	}
}

// hyphenStop lists words after "N-" that do not make it a counted unit.
var hyphenStop = map[string]bool{
	"odd": true, "plus": true, "something": true, "ish": true, "and": true, "or": true,
	"to": true, "on": true, "for": true, "off": true, "up": true, "all": true, "out": true,
	"in": true, "of": true, "by": true, "way": true, "nil": true, "year-old": true,
}

// readCountedNoun reads the noun the number counts: "14 seats", "three
// Conservative MPs", "two flagship Conservative boroughs", "one of the
// matches", "a million or more Uighurs".
func (s *numScanner) readCountedNoun(q *quantity) {
	j := q.j
	if s.wordAt(j, "or") && (s.wordAt(j+1, "more") || s.wordAt(j+1, "so")) {
		j += 2
	}
	if s.wordAt(j, "of") && q.n.words {
		if d := s.lowerAt(j + 1); partitiveDet[d] {
			j += 2
		}
	}
	head, unitStart, ok := s.nounPhraseHead(j)
	if !ok {
		return
	}
	ht := s.toks[head]
	plural := s.isPluralNoun(head)
	if !plural && (q.value != 1 || ht.isCap()) {
		return // "one Bielefeld acknowledges": a name, not a counted noun
	}
	if plural && q.value == 1 && q.max == nil && q.n.words && !q.n.fraction && ht.lower != "people" {
		// "one of the matches" keeps the plural; "one Labour MPs" is odd.
		if !s.wordAt(q.j, "of") {
			return
		}
	}
	var parts []string
	for k := unitStart; k <= head; k++ {
		if s.toks[k].class == nkWord {
			parts = append(parts, trimPossessive(s.toks[k].text))
		}
	}
	unit := strings.Join(parts, " ")
	if !plural {
		unit = joinPlural(parts)
	}
	q.unit, q.noun, q.j = unit, true, head+1
	if endsPossessive(ht.lower) {
		q.textEnd = 0
		q.j = head + 1
	}
}

// endsPossessive reports whether a word ends in "'s" or "’s".
func endsPossessive(w string) bool {
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")
}

// trimPossessive drops a trailing "'s" or "’s".
func trimPossessive(w string) string {
	for _, suf := range []string{"'s", "’s"} {
		if len(w) > len(suf) && strings.HasSuffix(strings.ToLower(w), suf) {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

// partitiveDet are the words that may follow "of" in "three of those
// companies".
var partitiveDet = map[string]bool{
	"the": true, "those": true, "these": true, "its": true, "their": true, "our": true,
	"his": true, "her": true, "my": true, "your": true,
}

// nounPhraseHead walks a noun phrase starting at j (modifiers then nouns)
// and returns its head noun, the first token of the compound noun that
// ends at the head (lower-case nouns only), and whether a head was found.
func (s *numScanner) nounPhraseHead(j int) (head, unitStart int, ok bool) {
	head, last := -1, -1
	for k := j; k < len(s.toks) && k < j+7; k++ {
		t := s.toks[k]
		if !s.sameSentence(j, k) || t.class == nkDigit {
			break
		}
		if t.class == nkSym {
			if t.isHyphen() && s.attachedAt(k) && s.attachedAt(k+1) && last == k-1 {
				continue // "big-name", "second-place"
			}
			break
		}
		if k == j && !t.spaced {
			break
		}
		role := s.npRole(k)
		if role == npStop {
			break
		}
		if role == npModifier && head >= 0 && !s.toks[k-1].isHyphen() {
			switch {
			case head+1 < len(s.toks) && s.toks[head+1].isHyphen():
				head = -1 // "big-name Democratic politicians"
			case t.isCap() && s.isNounAfter(k):
				// "two flagship Conservative boroughs"
			default:
				break
			}
		}
		last = k
		if role == npNoun {
			head = k
			if endsPossessive(t.lower) {
				break // "3 million people's savings"
			}
		}
	}
	if head < 0 {
		return 0, 0, false
	}
	// The unit keeps the lower-case nouns right before the head.
	us := head
	for us > j && s.toks[us-1].class == nkWord && !s.toks[us-1].isCap() && s.npRole(us-1) == npNoun {
		us--
	}
	if s.toks[head].isCap() {
		us = head
	}
	return head, us, true
}

// Roles of a word in a counted noun phrase.
const (
	npStop = iota
	npModifier
	npNoun
)

// npRole says whether token k can be a modifier or a noun of a noun
// phrase, from its tag (or, untagged, its shape).
func (s *numScanner) npRole(k int) int {
	t := s.toks[k]
	if t.class != nkWord || npStopWords[t.lower] || s.lx.words.Has(t.lower) || s.lx.months.Has(t.lower) && t.isCap() {
		return npStop
	}
	switch t.tag {
	case "NN", "NNS", "NNP", "NNPS":
		return npNoun
	case "JJ", "JJR", "JJS", "VBN", "VBG", "RB":
		if t.tag == "RB" && !strings.HasSuffix(t.lower, "ly") {
			return npStop
		}
		if t.tag == "VBG" || t.tag == "VBN" {
			return npModifier
		}
		if strings.HasSuffix(t.lower, "s") && !strings.HasSuffix(t.lower, "ss") && t.tag == "JJ" && s.isNounAfter(k) == false && !t.isCap() {
			return npNoun // tagger calls some plurals JJ ("finishes")
		}
		return npModifier
	case "VBD":
		if strings.HasSuffix(t.lower, "ed") && k > 0 && (s.toks[k-1].class == nkDigit || s.lx.words.Has(s.toks[k-1].lower)) &&
			k+1 < len(s.toks) && s.toks[k+1].tag == "NNS" {
			return npModifier // "two armed men": a participle the tagger took for a verb
		}
	case "":
		if t.isCap() {
			return npNoun
		}
		if strings.HasSuffix(t.lower, "ly") {
			return npModifier
		}
		return npNoun
	}
	return npStop
}

// isNounAfter reports whether the token after k is a noun.
func (s *numScanner) isNounAfter(k int) bool {
	return k+1 < len(s.toks) && s.toks[k+1].class == nkWord && strings.HasPrefix(s.toks[k+1].tag, "NN")
}

// isNounAt reports whether token k is a noun or starts a noun phrase.
func (s *numScanner) isNounAt(k int) bool {
	_, _, ok := s.nounPhraseHead(k)
	return ok
}

// isPluralNoun reports whether token k is a plural noun.
func (s *numScanner) isPluralNoun(k int) bool {
	if k >= len(s.toks) || s.toks[k].class != nkWord {
		return false
	}
	t := s.toks[k]
	if irregularPlural[t.lower] {
		return true
	}
	if t.tag == "NNS" || t.tag == "NNPS" {
		return true
	}
	l := t.lower
	return len(l) > 2 && strings.HasSuffix(l, "s") && !strings.HasSuffix(l, "ss") && !strings.HasSuffix(l, "us") &&
		!strings.HasSuffix(l, "is") && (t.tag == "" || t.tag == "NNP" || t.tag == "JJ" || t.tag == "NN")
}

var irregularPlural = map[string]bool{
	"people": true, "men": true, "women": true, "children": true, "feet": true, "teeth": true,
	"mice": true, "police": true, "staff": true, "personnel": true, "cattle": true, "sheep": true,
	"fish": true, "aircraft": true, "deer": true, "data": true, "media": true, "criteria": true,
	"phenomena": true, "species": true, "series": true,
}

// npStopWords never belong to a counted noun phrase.
var npStopWords = map[string]bool{
	"the": true, "a": true, "an": true, "and": true, "or": true, "but": true, "of": true,
	"in": true, "on": true, "at": true, "to": true, "for": true, "from": true, "by": true,
	"with": true, "as": true, "than": true, "that": true, "this": true, "these": true,
	"those": true, "it": true, "its": true, "is": true, "are": true, "was": true, "were": true,
	"be": true, "been": true, "has": true, "have": true, "had": true, "will": true, "would": true,
	"can": true, "could": true, "may": true, "might": true, "should": true, "do": true, "did": true,
	"not": true, "no": true, "so": true, "if": true, "then": true, "who": true, "which": true,
	"when": true, "where": true, "while": true, "after": true, "before": true, "since": true,
	"ago": true, "later": true, "earlier": true, "each": true, "per": true, "more": true,
	"less": true, "most": true, "least": true, "about": true, "into": true, "over": true,
	"under": true, "up": true, "down": true, "out": true, "off": true, "again": true,
	"he": true, "she": true, "they": true, "we": true, "you": true, "i": true, "them": true,
	"him": true, "her": true, "us": false, "our": true, "their": true, "his": true, "my": true,
	"your": true, "all": true, "both": true, "either": true, "also": true, "only": true,
	"just": true, "even": true, "still": true, "yet": true, "times": true, "percent": true,
	"cent": true, "other": false, "such": true, "what": true, "there": true, "here": true,
	"because": true, "between": true, "against": true, "during": true, "through": true,
	"respectively": true, "too": true, "very": true, "now": true, "today": true,
	"yesterday": true, "tomorrow": true, "year": true, "month": true, "week": true,
}

// pluralNoun gives the plural of a singular English noun.
func pluralNoun(w string) string {
	switch w {
	case "foot":
		return "feet"
	case "person":
		return "people"
	case "man":
		return "men"
	case "woman":
		return "women"
	case "child":
		return "children"
	}
	switch {
	case strings.HasSuffix(w, "s"), strings.HasSuffix(w, "x"), strings.HasSuffix(w, "ch"), strings.HasSuffix(w, "sh"):
		return w + "es"
	case strings.HasSuffix(w, "y") && len(w) > 1 && !strings.ContainsRune("aeiou", rune(w[len(w)-2])):
		return w[:len(w)-1] + "ies"
	}
	return w + "s"
}

// joinPlural joins compound noun words with the last one in the plural.
func joinPlural(parts []string) string {
	if len(parts) == 0 {
		return ""
	}
	last := parts[len(parts)-1]
	if last == strings.ToLower(last) {
		last = pluralNoun(last)
	} else {
		last += "s"
	}
	return strings.Join(append(parts[:len(parts)-1:len(parts)-1], last), " ")
}
