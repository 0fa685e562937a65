package extract

import (
	"strconv"

	"github.com/newsfacts/newsfacts/internal/nlp"
)

// quantity is a number being read: its tokens, value and what follows it.
type quantity struct {
	n    numeral
	i, j int // tokens of the whole surface, prefix and unit included
	// textEnd is the token just past the words Text keeps; 0 means j.
	textEnd   int
	value     float64
	max       *float64
	kind      string
	unit      string
	currency  string
	qualifier string
	// percent, money and measure record what the words after the number
	// made of it; noun is true when unit is a counted noun that follows.
	percent, money, measure, noun bool
	// minorUnit names the minor currency unit the amount was written in
	// ("cents", "pence"), empty when none; value is in the major unit.
	minorUnit string
	// leadsTo is true when "to" joins q to a level reached, not to the
	// upper bound of a range ("rose from 16 to 18 ships").
	leadsTo bool
	// hyphenUnit is true for "25-year", "four-door": the unit is joined
	// to the number by a hyphen and modifies a noun.
	hyphenUnit bool
	// afterName is true when a capitalised word stands right before a bare
	// number ("Series 3", "Labour 41"): a name part unless a tally.
	afterName bool
	// tally is true for a "Name N" count of a tally ("Labour 41").
	tally bool
	// grand is true for "3 grand": thousands of the article's currency.
	grand bool
	drop  bool
}

// toNumber converts q to its fact.
func (s *numScanner) toNumber(q *quantity) Number {
	end := q.j
	if q.textEnd > 0 {
		end = q.textEnd
	}
	sp := nlp.Span{Start: s.toks[q.i].start, End: s.toks[end-1].end}
	if q.max != nil {
		m := tidyValue(*q.max)
		q.max = &m
	}
	return Number{
		Text: s.d.Slice(sp), Span: sp, Value: tidyValue(q.value), Max: q.max, Kind: q.kind,
		Unit: q.unit, Currency: q.currency, Qualifier: q.qualifier,
	}
}

// tidyValue rounds away the binary noise that scaling leaves on a decimal
// (8.3 × 1e6 is 8300000.000000001): a figure written in an article never
// has more than 12 significant digits.
func tidyValue(v float64) float64 {
	t, err := strconv.ParseFloat(strconv.FormatFloat(v, 'g', 12, 64), 64)
	if err != nil {
		return v
	}
	return t
}

// quantityAt reads the quantity starting at token i, or returns nil.
func (s *numScanner) quantityAt(i int) *quantity {
	if q := s.indefiniteMeasure(i); q != nil {
		return q
	}
	k, neg, cur := s.readPrefix(i)
	n, ok := s.readNumeral(k)
	if !ok {
		return nil
	}
	if n.words && !s.plausibleWordNumber(n) {
		return nil
	}
	q := &quantity{n: n, i: i, j: n.j, value: n.value, currency: cur}
	if neg {
		q.value = -q.value
	}
	q.money = cur != ""
	if cur == "" && !neg && s.readRate(q) {
		s.readQualifier(q)
		return q
	}
	s.readScale(q)
	if q.currency == "" {
		s.readCurrencyAfter(q)
	}
	if !q.money {
		s.readGrand(q)
	}
	if !q.money {
		s.readPercent(q)
	}
	s.readRange(q)
	if !q.money && !q.percent {
		s.readMeasure(q)
	}
	if q.measure && q.max == nil && !q.hyphenUnit {
		s.readUnitRange(q)
	}
	if !q.money && !q.percent && !q.measure {
		s.readCountedNoun(q)
	}
	if q.money && s.symAt(q.i-1, "(", false) && s.attachedAt(q.i) && s.symAt(q.j, ")", true) && q.value > 0 && !s.afterAmount(q.i-1) {
		q.value = -q.value // "is ($99.99)": a loss in accounts
	}
	s.readQualifier(q)
	return q
}

// afterAmount reports whether a quantity just found ends right before
// token k: "71,350 euro ($78,770)" gives a conversion, not a loss.
func (s *numScanner) afterAmount(k int) bool {
	if n := len(s.found); n > 0 {
		return s.found[n-1].j == k
	}
	return false
}

// readPrefix reads a sign and a currency before the number: "-5",
// "£1.2m", "US$3", "$-99.99", "USD 5". It returns the numeral's token.
func (s *numScanner) readPrefix(i int) (k int, neg bool, cur string) {
	k = i
	if s.isMinus(k) || s.minusWord(k) {
		neg = true
		k++
	}
	if c, next := s.currencyBefore(k); c != "" {
		cur = c
		k = next
		if !neg && s.isMinus(k) {
			neg = true
			k++
		}
	}
	return k, neg, cur
}

// isMinus reports whether token k is a minus sign written against what
// follows and not joined to a word before it ("COVID-19", "0-62").
func (s *numScanner) isMinus(k int) bool {
	if k >= len(s.toks) || !s.toks[k].isDash() || s.toks[k].text == "—" {
		return false
	}
	if !s.attachedAt(k + 1) {
		return false
	}
	if k > 0 && !s.toks[k].spaced && s.toks[k-1].text != "(" && s.toks[k-1].text != "$" {
		return false
	}
	next := s.toks[k+1]
	return next.class == nkDigit || s.lx.currencies.Has(next.text)
}

// minusWord reports whether token k is the word "minus" giving the sign
// of the number after it ("minus 266C", "minus five degrees"), not the
// operator between two amounts ("ten minus three").
func (s *numScanner) minusWord(k int) bool {
	if !s.wordAt(k, "minus") || !s.amountAt(k+1) || s.symAt(k+1, "-", false) {
		return false
	}
	return !s.classAt(k-1, nkDigit, false) && !s.lx.words.Has(s.lowerAt(k-1)) && !s.afterAmount(k)
}

// currencyBefore reads a currency written before an amount: a symbol, a
// symbol with a country prefix ("US$", "HK$"), an upper-case ISO code, or
// a listed two-letter abbreviation ("Rs 500", "Rs. 45").
func (s *numScanner) currencyBefore(k int) (string, int) {
	if k >= len(s.toks) {
		return "", k
	}
	t := s.toks[k]
	if t.class == nkSym {
		if c, ok := s.lx.currencies.Value(t.text); ok && s.amountAt(k+1) {
			return c, k + 1
		}
		return "", k
	}
	if t.class == nkWord && s.symAt(k+1, "$", true) {
		if c, ok := s.lx.currencies.Value(t.lower + "$"); ok && s.amountAt(k+2) {
			return c, k + 2
		}
	}
	if t.class == nkWord && len(t.text) == 3 && t.text == upper(t.text) && s.classAt(k+1, nkDigit, false) {
		if c, ok := s.lx.currencies.Value(t.lower); ok {
			return c, k + 1
		}
	}
	if t.class == nkWord && len(t.text) == 2 && t.isCap() {
		// "Rs 500", "Rs. 45 lakh": a short abbreviation listed as a currency.
		next := k + 1
		abbr := t.lower
		if s.symAt(next, ".", true) {
			next++
			abbr += "."
		}
		if c, ok := s.lx.currencies.Value(abbr); ok && s.classAt(next, nkDigit, false) {
			return c, next
		}
	}
	return "", k
}

// amountAt reports whether an amount starts at k: digits, a minus, or a
// number word.
func (s *numScanner) amountAt(k int) bool {
	if k >= len(s.toks) {
		return false
	}
	t := s.toks[k]
	return t.class == nkDigit || (t.isDash() && s.classAt(k+1, nkDigit, true)) || s.lx.words.Has(t.lower)
}

func upper(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'a' && c <= 'z' {
			b[i] = c - 32
		}
	}
	return string(b)
}

// readScale multiplies by a scale written after the number: "3 million",
// "£1.2bn", "0.5k", "13.8-billion-year".
func (s *numScanner) readScale(q *quantity) {
	j := q.j
	hy := false
	if j < len(s.toks) && s.toks[j].isHyphen() && s.attachedAt(j) && s.attachedAt(j+1) {
		hy = true
		j++
	}
	w := s.lowerAt(j)
	v, ok := s.lx.scales.Value(w)
	if !ok || s.toks[j].class != nkWord {
		return
	}
	full := s.lx.multipliers.Has(w)
	switch {
	case hy && !full:
		return
	case full:
		if s.toks[j].spaced && !q.n.words && !hy && q.n.fraction {
			return
		}
	case !q.n.words && !q.n.fraction && s.attachedAt(j):
		if !s.suffixIsScale(q, j) {
			return
		}
	case q.money && len(w) > 1:
	default:
		return
	}
	m, err := strconv.ParseFloat(v, 64)
	if err != nil {
		return
	}
	q.value *= m
	q.j = j + 1
}

// suffixIsScale decides whether a letter written against digits is a
// scale ("£3m", "5bn", "0.5k miles") rather than a unit ("5m" metres) or
// part of a code ("4K UHD").
func (s *numScanner) suffixIsScale(q *quantity, j int) bool {
	w := s.lowerAt(j)
	if q.money || w == "bn" || w == "mn" || w == "mln" || w == "tn" {
		return true
	}
	if c, ok := s.currencyAfterAt(j + 1); ok && c != "" {
		return true
	}
	next := j + 1
	if w == "m" && s.millionsGlued(q, next) {
		return true
	}
	if next >= len(s.toks) {
		return false
	}
	t := s.toks[next]
	if t.class != nkWord || t.isCap() {
		return false
	}
	switch w {
	case "k", "m":
		return s.isPluralNoun(next) || s.lx.units.Has(t.lower) && t.lower != "in"
	}
	return false
}

// millionsGlued decides an "m" written against a figure that no noun
// follows ("The population is 8.3m.", "Viewers reached 4.5m on Sunday"):
// in news prose that is millions, unless the sentence speaks of lengths,
// heights or a race ("the 100m final", "jumped 8.3m", "50m away",
// length_cues.txt). Token next is the one after the "m"; a hyphen there
// ("a 30m-high tower") or a word that could be a noun keeps metres.
func (s *numScanner) millionsGlued(q *quantity, next int) bool {
	if q.n.words || q.n.fraction {
		return false
	}
	if next < len(s.toks) && s.toks[next].class == nkWord && (!s.toks[next].spaced || s.toks[next].isCap() && s.sameSentence(q.i, next) || s.isNounAt(next)) {
		return false
	}
	if next < len(s.toks) && s.toks[next].class != nkWord && !s.toks[next].spaced && !s.symAt(next, ".", true) && !s.symAt(next, ",", true) && !s.symAt(next, ")", true) && !s.symAt(next, ";", true) {
		return false // "30m-high", "5m2"
	}
	for k := q.i - 8; k < next+4; k++ {
		if k >= 0 && k < len(s.toks) && s.sameSentence(q.i, k) && s.toks[k].class == nkWord && s.lx.lengths.Has(s.toks[k].lower) {
			return false
		}
	}
	return true
}

// readQualifier reads an approximation or bound before the quantity
// ("about", "more than", "up to") and "or more" after a count.
func (s *numScanner) readQualifier(q *quantity) {
	best := ""
	for n := min(3, q.i); n >= 1; n-- {
		phrase := ""
		for k := q.i - n; k < q.i; k++ {
			if s.toks[k].class != nkWord || !s.sameSentence(k, q.i) {
				phrase = ""
				break
			}
			if phrase != "" {
				phrase += " "
			}
			phrase += s.toks[k].lower
		}
		if v, ok := s.lx.qualifiers.Value(phrase); ok && phrase != "" {
			best = v
			break
		}
	}
	q.qualifier = best
}

// plausibleWordNumber rejects number words that are not quantities here:
// "one" as a pronoun ("no one", "one another", "the one who").
func (s *numScanner) plausibleWordNumber(n numeral) bool {
	if n.j-n.i != 1 {
		return true
	}
	prev, next := s.lowerAt(n.i-1), s.lowerAt(n.j)
	switch s.toks[n.i].lower {
	case "twice", "thrice":
		return next != "as" && next != "the" && next != "that" && next != "a" && next != "an" && next != "per" && next != "daily"
	case "one":
	default:
		return true
	}
	if next == "-" && s.attachedAt(n.j) && s.attachedAt(n.j+1) {
		return true // "one-game"
	}
	at := n.j + 1
	if next == "in" && s.wordAt(at, "every") {
		at++ // "one in every four"
	}
	if (next == "in" || next == "or") && at < len(s.toks) && (s.toks[at].class == nkDigit || s.lx.words.Has(s.lowerAt(at))) {
		return true // "one in five": a rate; "one or two": an estimate
	}
	switch prev {
	case "no", "any", "every", "each", "which", "the", "this", "that", "someone", "anyone":
		return prev == "the" && s.isNounAt(n.j)
	}
	switch next {
	case "another", "who", "which", "that", "day", "way", "thing", "point", "time", "or", "side", "hand", "by":
		return false
	case "of":
		return true
	}
	return s.isNounAt(n.j)
}
