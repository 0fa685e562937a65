package extract

import "strings"

// A figure with no currency can still be a price: the same amount written
// with its currency elsewhere ("for $39.99" ... "for 39.99"), or a figure
// that a sentence about shares or prices sets at a level ("The stock
// closed at 45.20"). Both are money in the article's currency. A level of
// a market index ("The Sensex hit 40,816.38") stays a count of points.

// barePrices makes money of the bare figures that are prices.
func (s *numScanner) barePrices() {
	cur := s.articleCurrency()
	if cur == "" {
		return
	}
	for _, q := range s.found {
		if !s.bareFigure(q) {
			continue
		}
		if c := s.echoedAmount(q); c != "" {
			q.kind, q.money, q.currency, q.unit = KindMoney, true, c, c
			continue
		}
		if s.priceContext(q) {
			q.kind, q.money, q.currency, q.unit = KindMoney, true, cur, cur
		}
	}
}

// bareFigure reports whether q is a count written in digits with no unit,
// no range and no qualifier word after it, and not a four-digit year-like
// figure.
func (s *numScanner) bareFigure(q *quantity) bool {
	return !q.drop && q.kind == KindCount && q.unit == "" && q.n.digits != "" && q.bare() && !q.n.plainYearDigits()
}

// articleCurrency is the currency of most of the article's money amounts
// (the first named on a tie), "" when it names none.
func (s *numScanner) articleCurrency() string {
	count := map[string]int{}
	best := ""
	for _, q := range s.found {
		if q.drop || !q.money || q.currency == "" {
			continue
		}
		count[q.currency]++
		if best == "" || count[q.currency] > count[best] {
			best = q.currency
		}
	}
	return best
}

// echoedAmount returns the currency of a money amount of the article with
// the same value as q, when q is written with two decimals as prices are
// ("39.99"), or "".
func (s *numScanner) echoedAmount(q *quantity) string {
	_, dec, ok := strings.Cut(q.n.digits, ".")
	if !ok || len(dec) != 2 {
		return ""
	}
	for _, m := range s.found {
		if m != q && !m.drop && m.money && m.minorUnit == "" && m.max == nil && m.value == q.value {
			return m.currency
		}
	}
	return ""
}

// priceContext reports whether q is a price by its sentence: "at", "to",
// "from", "of" or "for" right before it and no noun or "times" after it,
// or "a share" / "per share" after it, and a price word (price_nouns.txt) before it in the sentence nearer
// than any market index (market_indexes.txt): "The Dow closed at 28,004.89
// while Apple shares traded at 150.10" prices only the shares.
func (s *numScanner) priceContext(q *quantity) bool {
	perShare := (s.wordAt(q.j, "a") || s.wordAt(q.j, "per")) && s.wordAt(q.j+1, "share")
	if next := q.j; !perShare && next < len(s.toks) && s.toks[next].class == nkWord && s.sameSentence(q.i, next) &&
		(strings.HasPrefix(s.toks[next].tag, "NN") || s.toks[next].lower == "times") {
		return false // "trade at 12.5 times earnings": the figure counts something
	}
	switch s.lowerAt(q.i - 1) {
	case "at", "to", "from", "of", "for":
	default:
		if !perShare {
			return false
		}
	}
	for p := q.i - 1; p >= 0 && s.sameSentence(p, q.i); p-- {
		if s.toks[p].class != nkWord {
			continue
		}
		w := s.toks[p].lower
		if s.lx.indexes.Has(w) {
			return false
		}
		if s.lx.prices.Has(w) || p > 0 && s.lx.prices.Has(s.lowerAt(p-1)+" "+w) {
			return true
		}
	}
	return perShare
}

// stockQuotes reads the rows of market tables and tickers: a figure, its
// signed change and the signed change in percent ("HOME DEPOT INC. 225.86
// -12.99 -5.44%"), or a figure and its signed percent ("Dow Jones
// 33,123.45 +0.5%"). The level and the change of a share are money in the
// article's currency; those of a market index (market_indexes.txt named
// in the row) are points and stay counts. Either way they are kept, not
// taken for a name's number ("Jones 33,123.45") or a table of scores.
func (s *numScanner) stockQuotes() {
	cur := s.articleCurrency()
	for k := 0; k < len(s.found); k++ {
		row := s.quoteRow(k)
		if row == nil {
			continue
		}
		index := s.indexNamedBefore(row[0])
		for _, q := range row[:len(row)-1] {
			q.afterName = false
			if !index && cur != "" {
				q.kind, q.money, q.currency, q.unit = KindMoney, true, cur, cur
			}
		}
		k += len(row) - 1
	}
}

// quoteRow returns the quote row starting at found[k]: a bare figure, an
// optional signed bare change written next to it, and a signed percent
// next to that; nil when there is none.
func (s *numScanner) quoteRow(k int) []*quantity {
	q := s.found[k]
	if q.drop || q.kind != KindCount || q.unit != "" || q.n.digits == "" || !q.bare() || k+1 >= len(s.found) {
		return nil
	}
	r := s.found[k+1]
	if !s.signedNext(q, r) {
		return nil
	}
	if r.kind == KindPercent {
		return []*quantity{q, r}
	}
	if r.kind != KindCount || r.unit != "" || !r.bare() || k+2 >= len(s.found) {
		return nil
	}
	if p := s.found[k+2]; p.kind == KindPercent && s.signedNext(r, p) {
		return []*quantity{q, r, p}
	}
	return nil
}

// signedNext reports whether r follows q in its sentence with nothing but
// a table's cell rule ("225.86 | -12.99") and a sign between them, and is
// signed: negative or after a "+".
func (s *numScanner) signedNext(q, r *quantity) bool {
	if r.drop || !s.sameSentence(q.i, r.i) || r.max != nil {
		return false
	}
	k := q.j
	for s.symAt(k, "|", false) {
		k++
	}
	switch {
	case r.i == k && r.value < 0:
		return true
	case r.i == k+1 && s.symAt(k, "+", false) && s.attachedAt(r.i):
		return true
	}
	return false
}

// signedFigureAt reports whether a signed figure starts at token k, set
// apart from what stands before it: " +1.20", " -5.44%" (the change after
// a price in a quote row, "AAPL 150.23 +1.20").
func (s *numScanner) signedFigureAt(k int) bool {
	for s.symAt(k, "|", false) {
		k++
	}
	if k >= len(s.toks) || !s.toks[k].spaced || !s.classAt(k+1, nkDigit, true) {
		return false
	}
	return s.toks[k].text == "+" || s.toks[k].isDash() && s.toks[k].text != "—"
}

// indexNamedBefore reports whether a market index is named in the words
// before the row's first figure, back to the start of its line or
// sentence, or the previous percent (the end of the row before).
func (s *numScanner) indexNamedBefore(q *quantity) bool {
	for p := q.i - 1; p >= 0 && s.sameSentence(p, q.i); p-- {
		if s.toks[p].text == "%" || strings.Contains(s.d.Text[s.toks[p].end:s.toks[p+1].start], "\n") {
			return false
		}
		if s.toks[p].class == nkWord && s.lx.indexes.Has(s.toks[p].lower) {
			return true
		}
		if p >= 2 && s.toks[p].text == "P" && s.symAt(p-1, "&", true) && s.attachedAt(p) && s.toks[p-2].text == "S" {
			return true // "S&P 500"
		}
	}
	return false
}
