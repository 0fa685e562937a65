package score

import "strings"

// pair links gold item G to predicted item P.
type pair struct{ G, P int }

// greedy matches gold to predictions one to one: for each test in turn,
// each unmatched gold item (in order) takes the first unmatched prediction
// that passes it.
func greedy(nGold, nPred int, tests ...func(g, p int) bool) []pair {
	usedG := make([]bool, nGold)
	usedP := make([]bool, nPred)
	var pairs []pair
	for _, test := range tests {
		for g := range nGold {
			if usedG[g] {
				continue
			}
			for p := range nPred {
				if !usedP[p] && test(g, p) {
					usedG[g], usedP[p] = true, true
					pairs = append(pairs, pair{g, p})
					break
				}
			}
		}
	}
	return pairs
}

// QuoteOverlap is the share of words two quotes have in common: the size
// of the intersection of their word multisets over the larger multiset, in
// [0, 1]; 0 when either has no words.
func QuoteOverlap(a, b string) float64 {
	wa, wb := Words(a), Words(b)
	if len(wa) == 0 || len(wb) == 0 {
		return 0
	}
	count := map[string]int{}
	for _, w := range wa {
		count[w]++
	}
	inter := 0
	for _, w := range wb {
		if count[w] > 0 {
			count[w]--
			inter++
		}
	}
	return float64(inter) / float64(max(len(wa), len(wb)))
}

// quoteMinOverlap is the word overlap at which two quotes match.
const quoteMinOverlap = 0.6

// SpeakerMatch reports whether a predicted speaker agrees with the gold
// one: nil gold wants nil or empty; otherwise the names match as people or
// as organisations.
func SpeakerMatch(gold, pred *string) bool {
	if gold == nil {
		return pred == nil || *pred == ""
	}
	if pred == nil || *pred == "" {
		return false
	}
	return NameMatch(*gold, *pred, PersonName) || NameMatch(*gold, *pred, OrgName)
}

// scoredKinds are the number kinds scored against gold.
var scoredKinds = map[string]bool{"count": true, "percent": true, "money": true}

// numberKind returns a number's kind in lower case with synonyms folded
// (percentage → percent, currency → money, cardinal and number → count).
func numberKind(k string) string {
	k = strings.ToLower(k)
	switch k {
	case "percentage":
		return "percent"
	case "currency":
		return "money"
	case "cardinal", "number":
		return "count"
	}
	return k
}

// NumberMatch reports whether two numbers agree: same kind, values within
// a millionth, and texts sharing a word (or one text without words).
func NumberMatch(g, p NumberFact) bool {
	if numberKind(g.Kind) != numberKind(p.Kind) {
		return false
	}
	gv, ok1 := g.Value.Num()
	pv, ok2 := p.Value.Num()
	if !ok1 || !ok2 || !closeTo(gv, pv) {
		return false
	}
	gw, pw := Words(g.Text), Words(p.Text)
	if len(gw) == 0 || len(pw) == 0 {
		return true
	}
	for _, w := range gw {
		if contains(pw, w) {
			return true
		}
	}
	return false
}

// ClaimMatch reports whether a predicted claim states the gold one: the
// subjects match as organisations, the metrics are equal or one contains
// the other, every numeric field the gold gives (value, change, since,
// from, to) agrees, and so does the object when the gold gives one.
func ClaimMatch(g, p ClaimFact) bool {
	if !NameMatch(g.Subject, p.Subject, OrgName) {
		return false
	}
	gm, pm := strings.Join(Words(g.Metric), " "), strings.Join(Words(p.Metric), " ")
	if gm == "" || !(gm == pm || strings.Contains(pm, gm) || strings.Contains(gm, pm)) {
		return false
	}
	for _, f := range [][2]Value{{g.Value, p.Value}, {g.Change, p.Change}, {g.Since, p.Since}, {g.From, p.From}, {g.To, p.To}} {
		if !f[0].Set {
			continue
		}
		gv, ok1 := f[0].Num()
		pv, ok2 := f[1].Num()
		if !ok1 || !ok2 || !closeTo(gv, pv) {
			return false
		}
	}
	return !g.Object.Set || NameMatch(g.Object.Str(), p.Object.Str(), OrgName)
}
