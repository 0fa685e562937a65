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
// "from", "of" or "for" right before it, or "a share" / "per share" after
// it, and a price word (price_nouns.txt) before it in the sentence nearer
// than any market index (market_indexes.txt): "The Dow closed at 28,004.89
// while Apple shares traded at 150.10" prices only the shares.
func (s *numScanner) priceContext(q *quantity) bool {
	perShare := (s.wordAt(q.j, "a") || s.wordAt(q.j, "per")) && s.wordAt(q.j+1, "share")
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
