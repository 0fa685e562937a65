package extract

import "strings"

// readCurrencyAfter reads a currency written after the amount: a symbol
// ("60,000₩", "-15€"), a name ("71,350 euro", "half a million dollars",
// "30 US dollars"), or a minor unit ("50p", "20 pence", "99 cents", "99¢"),
// whose amount is converted to the major unit (readMinorUnit).
func (s *numScanner) readCurrencyAfter(q *quantity) {
	j := q.j
	if j >= len(s.toks) {
		return
	}
	t := s.toks[j]
	if t.class == nkSym {
		if c, ok := s.lx.currencies.Value(t.text); ok && t.text != "$" {
			q.currency, q.money, q.j = c, true, j+1
		} else if s.lx.minor.Has(t.text) && s.attachedAt(j) {
			s.readMinorUnit(q, j)
		}
		return
	}
	if t.class != nkWord {
		return
	}
	if c, n := s.longestPhrase(s.lx.currencies, j); n > 0 && !strings.ContainsAny(s.lowerAt(j), "$") && !s.isCodeLike(j) {
		q.currency, q.money, q.j = c, true, j+n
		return
	}
	if s.lx.minor.Has(t.lower) {
		if t.lower == "p" && (t.spaced || q.n.words || videoLines[q.n.digits]) {
			return // "1080p" is a video resolution
		}
		s.readMinorUnit(q, j)
	}
}

// readMinorUnit reads the minor currency unit at token j: the amount is
// money in the major unit, as the fact gold writes it ("62 cents" is 0.62,
// "80p" is 0.80; the text keeps the words as written). A cent belongs to
// the article's currency where one is named (centsCurrency); the list's
// currency is the default.
func (s *numScanner) readMinorUnit(q *quantity, j int) {
	w := s.toks[j].lower
	c, _ := s.lx.minor.Value(w)
	q.currency, q.money, q.j = c, true, j+1
	q.value /= minorPerMajor(w)
	q.minorUnit = minorUnitName(w)
}

// minorPerMajor is how many of the minor unit w make one major unit.
func minorPerMajor(w string) float64 {
	switch minorUnitName(w) {
	case "dimes":
		return 10
	case "nickels":
		return 20
	}
	return 100
}

// videoLines are the line counts of video resolutions written like pence.
var videoLines = map[string]bool{"240": true, "360": true, "480": true, "576": true, "720": true, "1080": true, "1440": true, "2160": true, "4320": true}

// currencyAfterAt reports the currency named at token j, if any.
func (s *numScanner) currencyAfterAt(j int) (string, bool) {
	if j >= len(s.toks) {
		return "", false
	}
	if c, n := s.longestPhrase(s.lx.currencies, j); n > 0 && s.toks[j].text != "$" {
		return c, true
	}
	return "", false
}

// isCodeLike reports whether the word at j is an upper-case code that is
// not a currency code ("3 CDs").
func (s *numScanner) isCodeLike(j int) bool {
	t := s.toks[j]
	return t.text == upper(t.text) && len(t.text) != 3
}

// minorUnitName names a minor currency unit in the plural.
func minorUnitName(w string) string {
	switch w {
	case "p", "penny", "pence", "pennies":
		return "pence"
	case "cent", "cents", "¢":
		return "cents"
	case "dime", "dimes":
		return "dimes"
	case "nickel", "nickels":
		return "nickels"
	}
	return w
}

// longestPhrase matches the longest phrase of l starting at token j
// (words and symbols joined by single spaces; symbols written against a
// word join without one, as in "km/h") and returns its value and length
// in tokens, or 0 when none matches.
func (s *numScanner) longestPhrase(l *List, j int) (string, int) {
	if l == nil || j >= len(s.toks) {
		return "", 0
	}
	maxTok := l.MaxWords()*3 + 2
	phrase := ""
	bestV, bestN := "", 0
	for k := j; k < len(s.toks) && k-j < maxTok; k++ {
		t := s.toks[k]
		if k > j && !s.sameSentence(j, k) {
			break
		}
		if k > j && t.spaced {
			phrase += " "
		}
		phrase += t.lower
		if v, ok := l.Value(phrase); ok {
			bestV, bestN = v, k-j+1
		}
	}
	return bestV, bestN
}

// readGrand reads the slang "grand" after a figure as thousands of money:
// "3 grand", "fifty grand". "Two grand slams" and "a grand jury" name
// things; the currency is filled in by grandCurrency.
func (s *numScanner) readGrand(q *quantity) {
	j := q.j
	if !s.wordAt(j, "grand") || s.toks[j].isCap() || q.value != q.n.value || q.n.fraction && q.n.words {
		return
	}
	if s.isNounAt(j+1) || s.classAt(j+1, nkSym, true) && s.toks[j+1].isHyphen() {
		return
	}
	q.value *= 1000
	q.money, q.grand, q.j = true, true, j+1
}

// grandCurrency gives "N grand" the currency most amounts of the article
// are in, else the dollar, where the slang is most used.
func (s *numScanner) grandCurrency() {
	c := ""
	for _, q := range s.found {
		if q.drop || !q.grand {
			continue
		}
		if c == "" {
			if c = s.articleCurrency(); c == "" {
				c = "USD"
			}
		}
		q.currency, q.unit = c, c
	}
}
