package extract

import (
	"strconv"
	"strings"
)

// numeral is a number as written, before units: its value and the range
// [i, j) of scanner tokens that spell it.
type numeral struct {
	value float64
	i, j  int
	// words is true when the number is spelled in words ("twenty-one").
	words bool
	// digits is the digit token as written ("1,500"), "" for words.
	digits string
	// fraction is true for "3/4", "a third", "one and a half".
	fraction bool
}

// isInt reports whether the numeral is a whole number.
func (n numeral) isInt() bool { return n.value == float64(int64(n.value)) }

// plainYearDigits reports whether the numeral is written as four bare
// digits, the way years are.
func (n numeral) plainYearDigits() bool {
	return len(n.digits) == 4 && !strings.ContainsAny(n.digits, ",.")
}

// vulgar maps Unicode vulgar fractions to their values.
var vulgar = map[string]float64{
	"½": 0.5, "⅓": 1.0 / 3, "⅔": 2.0 / 3, "¼": 0.25, "¾": 0.75, "⅕": 0.2,
	"⅖": 0.4, "⅗": 0.6, "⅘": 0.8, "⅙": 1.0 / 6, "⅚": 5.0 / 6, "⅛": 0.125,
	"⅜": 0.375, "⅝": 0.625, "⅞": 0.875,
}

// parseDigits reads a digit token: "1,500,000" (commas group thousands),
// "37.9", "1.500" is read as a decimal. It fails on "1.2.3" or on commas
// that do not group thousands.
func parseDigits(s string) (float64, bool) {
	if strings.Count(s, ".") > 1 {
		return 0, false
	}
	intPart, _, _ := strings.Cut(s, ".")
	if strings.Contains(intPart, ",") {
		groups := strings.Split(intPart, ",")
		if len(groups[0]) > 3 {
			return 0, false
		}
		for _, g := range groups[1:] {
			if len(g) != 3 {
				return 0, false
			}
		}
	}
	v, err := strconv.ParseFloat(strings.ReplaceAll(s, ",", ""), 64)
	return v, err == nil
}

// readNumeral reads the number starting at token i, in digits or words.
func (s *numScanner) readNumeral(i int) (numeral, bool) {
	if i >= len(s.toks) {
		return numeral{}, false
	}
	t := s.toks[i]
	switch {
	case t.class == nkDigit:
		return s.readDigitNumeral(i)
	case t.class == nkSym:
		if v, ok := vulgar[t.text]; ok {
			return numeral{value: v, i: i, j: i + 1, fraction: true}, true
		}
	case t.class == nkWord:
		return s.readWordNumeral(i)
	}
	return numeral{}, false
}

// readDigitNumeral reads "37.9", "3/4", "2 1/2", "2½" and "2 and a half".
func (s *numScanner) readDigitNumeral(i int) (numeral, bool) {
	t := s.toks[i]
	v, ok := parseDigits(t.text)
	if !ok {
		return numeral{}, false
	}
	n := numeral{value: v, i: i, j: i + 1, digits: t.text}
	s.spaceGroups(&n)
	// 3/4: a fraction written with a slash.
	if s.symAt(i+1, "/", true) && s.classAt(i+2, nkDigit, true) && !strings.ContainsAny(t.text, ",.") {
		d, ok := parseDigits(s.toks[i+2].text)
		if !ok || d == 0 || strings.ContainsAny(s.toks[i+2].text, ",.") {
			return numeral{}, false
		}
		n.value, n.j, n.fraction, n.digits = v/d, i+3, true, ""
		return n, true
	}
	// 2½
	if n.j < len(s.toks) && attached(s.toks, n.j) {
		if f, ok := vulgar[s.toks[n.j].text]; ok {
			n.value += f
			n.j++
			n.fraction = true
			return n, true
		}
	}
	// 2 1/2
	if n.isInt() && s.classAt(n.j, nkDigit, false) && s.symAt(n.j+1, "/", true) && s.classAt(n.j+2, nkDigit, true) {
		a, ok1 := parseDigits(s.toks[n.j].text)
		b, ok2 := parseDigits(s.toks[n.j+2].text)
		if ok1 && ok2 && b != 0 && a < b {
			n.value += a / b
			n.j += 3
			n.fraction = true
			return n, true
		}
	}
	s.andAFraction(&n)
	return n, true
}

// spaceGroups reads thousands grouped by spaces, "10 000": a group of one
// to three digits followed by groups of exactly three, one space apart.
func (s *numScanner) spaceGroups(n *numeral) {
	if len(n.digits) > 3 || strings.ContainsAny(n.digits, ",.") {
		return
	}
	for s.classAt(n.j, nkDigit, false) && len(s.toks[n.j].text) == 3 && !strings.ContainsAny(s.toks[n.j].text, ",.") &&
		s.toks[n.j].start-s.toks[n.j-1].end <= 3 && !strings.ContainsAny(s.d.Text[s.toks[n.j-1].end:s.toks[n.j].start], "\n\t") {
		g, _ := parseDigits(s.toks[n.j].text)
		n.value = n.value*1000 + g
		n.digits += s.toks[n.j].text
		n.j++
	}
}

// andAFraction extends "two and a half" / "2 and a quarter".
func (s *numScanner) andAFraction(n *numeral) {
	j := n.j
	if !s.wordAt(j, "and") || !(s.wordAt(j+1, "a") || s.wordAt(j+1, "one")) {
		return
	}
	den, ok := s.lx.fractions.Value(s.lowerAt(j + 2))
	if !ok || strings.HasSuffix(s.lowerAt(j+2), "s") {
		return
	}
	d, _ := strconv.ParseFloat(den, 64)
	if d == 0 {
		return
	}
	n.value += 1 / d
	n.j = j + 3
	n.fraction = true
}

// readWordNumeral reads number words: "twenty-one", "one hundred and
// five", "a dozen", "a third", "two thirds", "half a million",
// "three million, two hundred & forty".
func (s *numScanner) readWordNumeral(i int) (numeral, bool) {
	if n, ok := s.readHalf(i); ok {
		return n, true
	}
	n, ok := s.readCardinalWords(i)
	if !ok {
		return numeral{}, false
	}
	if f, ok := s.readFractionAfter(n); ok {
		return f, true
	}
	s.andAFraction(&n)
	return n, true
}

// readCardinalWords reads a run of cardinal number words starting at i,
// with "a"/"an" standing for one before a multiplier.
func (s *numScanner) readCardinalWords(i int) (numeral, bool) {
	var total, cur float64
	j := i
	seen := false
	lastSmall := false // last word was 1-19 or a ten with a unit
	lastTen := false
	if w := s.lowerAt(j); (w == "a" || w == "an") && s.lx.multipliers.Has(s.lowerAt(j+1)) && !s.attachedAt(j+1) {
		cur = 1
		j++
	}
	for j < len(s.toks) {
		w := s.lowerAt(j)
		if s.toks[j].class != nkWord {
			break
		}
		if v, ok := s.lx.words.Value(w); ok {
			x, _ := strconv.ParseFloat(v, 64)
			isTen := x >= 20 && x < 100 && int(x)%10 == 0
			switch {
			case !seen:
			case lastTen && x < 10:
			case !lastSmall && !lastTen && int(cur)%100 == 0:
			default:
				return s.finishCardinal(i, j, total+cur, seen)
			}
			cur += x
			seen = true
			lastTen = isTen
			lastSmall = !isTen
			j = s.skipJoiner(j + 1)
			continue
		}
		if v, ok := s.lx.multipliers.Value(w); ok && (seen || cur == 1 || w == "dozen") && !strings.HasSuffix(w, "s") {
			m, _ := strconv.ParseFloat(v, 64)
			if cur == 0 {
				cur = 1
			}
			if m == 100 {
				cur *= 100
			} else {
				total += cur * m
				cur = 0
			}
			seen = true
			lastTen, lastSmall = false, false
			j++
			if s.canContinueAfterScale(j) {
				j = s.skipJoiner(j)
			}
			continue
		}
		break
	}
	return s.finishCardinal(i, j, total+cur, seen)
}

// finishCardinal trims a trailing joiner ("and", ",", "-") the loop
// stepped over and returns the numeral.
func (s *numScanner) finishCardinal(i, j int, v float64, seen bool) (numeral, bool) {
	if !seen {
		return numeral{}, false
	}
	for j > i+1 && s.isJoiner(j-1) {
		j--
	}
	return numeral{value: v, i: i, j: j, words: true}, true
}

func (s *numScanner) isJoiner(k int) bool {
	w := s.lowerAt(k)
	return w == "and" || w == "&" || w == "," || s.toks[k].isHyphen()
}

// skipJoiner steps over a hyphen in "twenty-one" or "and"/"&"/"," before
// another number word.
func (s *numScanner) skipJoiner(j int) int {
	if j >= len(s.toks) {
		return j
	}
	if s.toks[j].isHyphen() && s.attachedAt(j) && s.attachedAt(j+1) && s.lx.words.Has(s.lowerAt(j+1)) {
		return j + 1
	}
	w := s.lowerAt(j)
	if (w == "and" || w == "&" || w == ",") && s.lx.words.Has(s.lowerAt(j+1)) {
		return j + 1
	}
	return j
}

// canContinueAfterScale reports whether a comma after a scale word leads
// on to more number words ("three million, two hundred").
func (s *numScanner) canContinueAfterScale(j int) bool {
	if s.symAt(j, ",", true) && s.lx.words.Has(s.lowerAt(j+1)) {
		return s.lx.multipliers.Has(s.lowerAt(j+2)) || s.wordAt(j+2, "and") || s.wordAt(j+2, "&")
	}
	return true
}

// readFractionAfter reads "a third", "two thirds", "one-half", "one sixth"
// where n is the numerator ("a" stands for one).
func (s *numScanner) readFractionAfter(n numeral) (numeral, bool) {
	j := n.j
	if s.toks[j-1].lower == "a" || s.toks[j-1].lower == "an" {
		return numeral{}, false
	}
	if j < len(s.toks) && s.toks[j].isHyphen() && s.attachedAt(j) && s.attachedAt(j+1) {
		j++
	}
	w := s.lowerAt(j)
	den, ok := s.lx.fractions.Value(w)
	if !ok || n.value >= 100 || !n.isInt() {
		return numeral{}, false
	}
	plural := strings.HasSuffix(w, "s")
	if plural != (n.value > 1) {
		return numeral{}, false
	}
	// "one second" is a time, "the first third" an ordinal.
	if w == "second" || w == "seconds" {
		return numeral{}, false
	}
	d, _ := strconv.ParseFloat(den, 64)
	return numeral{value: n.value / d, i: n.i, j: j + 1, words: true, fraction: true}, true
}

// readHalf reads "half", "a half", "a third", "a quarter" used as a
// fraction: before "of"/"a"/"an", a determiner or a comparative ("half the
// voters", "half a million", "a third of", "a third less likely"), or as
// the size of a rise or fall ("grew by a fifth", "cut by half").
func (s *numScanner) readHalf(i int) (numeral, bool) {
	j := i
	if w := s.lowerAt(j); w == "a" || w == "an" || w == "one" {
		j++
	}
	w := s.lowerAt(j)
	den, ok := s.lx.fractions.Value(w)
	if !ok || strings.HasSuffix(w, "s") || w == "second" {
		return numeral{}, false
	}
	if j == i && w != "half" {
		return numeral{}, false
	}
	next := s.lowerAt(j + 1)
	if j+1 < len(s.toks) && s.toks[j+1].isHyphen() {
		return numeral{}, false // "half-hour", "a third-party"
	}
	switch next {
	case "of", "a", "an", "the", "its", "their", "his", "her", "our", "all", "that", "this", "these", "those":
	default:
		if !shareComparatives[next] && !s.changeByShare(i) {
			return numeral{}, false
		}
	}
	d, _ := strconv.ParseFloat(den, 64)
	n := numeral{value: 1 / d, i: i, j: j + 1, words: true, fraction: true}
	if (next == "a" || next == "an") && !s.lx.multipliers.Has(s.lowerAt(j+2)) {
		// "half an acre", "a quarter of a mile" is read by the unit;
		// "half an hour": the article joins the fraction to its unit.
		if _, m := s.unitAt(j + 2); m > 0 || s.isTimeUnit(s.lowerAt(j+2)) {
			n.j = j + 2
			return n, true
		}
	}
	// half a million
	if (next == "a" || next == "an") && s.lx.multipliers.Has(s.lowerAt(j+2)) {
		m, _ := strconv.ParseFloat(mustValue(s.lx.multipliers, s.lowerAt(j+2)), 64)
		n.value *= m
		n.j = j + 3
		n.fraction = false
	}
	return n, true
}

func mustValue(l *List, k string) string {
	v, _ := l.Value(k)
	return v
}

// shareComparatives are the comparatives after which a fraction is a share
// of change: "a third less likely", "a quarter higher".
var shareComparatives = map[string]bool{
	"less": true, "more": true, "fewer": true, "lower": true, "higher": true,
	"smaller": true, "larger": true, "bigger": true, "greater": true, "cheaper": true,
}
