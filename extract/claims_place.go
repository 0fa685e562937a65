package extract

import "strings"

// placeMetrics are measures of a whole electorate or state rather than of
// a body in it: an unattributed "Turnout was 84.6 per cent" or "the
// deficit" is about the place the story is set in, not its most-named
// organisation.
var placeMetrics = map[string]bool{"turnout": true, "deficit": true, "debt": true, "spending": true}

// rateSubject is who an unattributed rate of metric before token k is
// about: whoever the poll rates for approval, the story's place for
// turnout, and for public finances
// (deficit, debt, spending) unless the story is about a company; else
// topicBody.
func (c *claimScanner) rateSubject(metric string, k int) (subject, bool) {
	if metric == "approval rating" || metric == "disapproval" {
		return c.ratedBefore(k)
	}
	if metric == "turnout" || placeMetrics[metric] && !c.companyStory(k) {
		if sub, ok := c.topicPlace(); ok && !c.placesOwnBody(sub.name, k) {
			return sub, true
		}
	}
	return c.topicBody(k)
}

// placesOwnBody reports whether the article's topic organisation before
// token k is the place's own council or government ("Barnet council" for
// Barnet, not "Colorado Senate"): its election's turnout is the body's.
func (c *claimScanner) placesOwnBody(place string, k int) bool {
	e := c.mainOrg(c.toks[k].start)
	if e == nil {
		return false
	}
	name := strings.Fields(strings.ToLower(e.Name))
	return len(name) > 0 && localGovernment[name[len(name)-1]] && wholeWordIn(strings.ToLower(place), strings.ToLower(e.Name))
}

// localGovernment are last words of a place's governing body's name.
var localGovernment = map[string]bool{"council": true, "government": true, "authority": true, "corporation": true}

// wholeWordIn reports whether phrase stands as whole words inside s.
func wholeWordIn(phrase, s string) bool {
	return strings.Contains(" "+strings.Join(strings.Fields(s), " ")+" ", " "+phrase+" ")
}

// companyStory reports whether the organisation the article is about
// before token k is a company (a company's debt is its own).
func (c *claimScanner) companyStory(k int) bool {
	e := c.mainOrg(c.toks[k].start)
	return e != nil && (e.Subtype == "company" || e.Subtype == "")
}

// topicPlace is the place the article is set in: the place (GPE or LOC)
// named most often, not counting a dateline ("OTTAWA —") or a mention
// inside an organisation's name; on a tie a country beats a state or city,
// then the first named wins. It needs two mentions, or one when no other
// place is named.
func (c *claimScanner) topicPlace() (subject, bool) {
	count := map[*Entity]int{}
	var order []*Entity
	for i := range c.ments {
		m := &c.ments[i]
		if m.ent.Type != "GPE" && m.ent.Type != "LOC" || c.dateline(m.Start) {
			continue
		}
		if count[m.ent] == 0 {
			order = append(order, m.ent)
		}
		count[m.ent]++
	}
	var best *Entity
	for _, e := range order {
		if best == nil || count[e] > count[best] || count[e] == count[best] && c.isCountry(e.Name) && !c.isCountry(best.Name) {
			best = e
		}
	}
	if best == nil || count[best] < 2 && len(order) > 1 {
		return subject{}, false
	}
	return subject{name: best.Name, id: best.ID}, true
}

// dateline reports whether the mention at byte off opens the text and is
// followed by a colon or, within a few tokens, a dash ("RICHMOND, Va. (AP) —").
func (c *claimScanner) dateline(off int) bool {
	k := c.tokenAt(off)
	if k < 0 || !c.sentenceStart(k) {
		return false
	}
	if c.lowerAt(k+1) == ":" {
		return true // "PERTH: Labor has been returned"
	}
	for j := k + 1; j < len(c.toks) && j <= k+8; j++ {
		switch c.toks[j].lower {
		case "—", "–", "-", "--":
			return true
		}
	}
	return false
}

// isCountry reports whether the places list marks name as a country.
func (c *claimScanner) isCountry(name string) bool {
	v, ok := c.lx.places.Value(name)
	return ok && strings.Contains(v, "country")
}

// hypotheticals are modals that make a figure a possibility, not a fact:
// "the deficit could hit $85 billion if the economy slips".
var hypotheticals = map[string]bool{"could": true, "might": true, "may": true}

// hypothetical reports whether the verb at token v stands after a modal
// of possibility ("could hit", "might well reach").
func (c *claimScanner) hypothetical(v int) bool {
	p := v - 1
	for p >= 0 && c.sameSentence(p, v) && (c.lowerAt(p) == "well" || c.lowerAt(p) == "even" || c.lowerAt(p) == "also") {
		p--
	}
	return c.sameSentence(p, v) && hypotheticals[c.lowerAt(p)]
}

// inPlaceOwner is whose metric "METRIC in PLACE" at preposition p is when
// PLACE is a place in a company story: the company ("sales in Ireland
// rose 19%" are its sales there), for trade metrics only: turnout or
// support in a place stay the place's. ok is false when sub is no place or no company is
// found.
func (c *claimScanner) inPlaceOwner(sub subject, metric string, p, v int) (subject, bool) {
	if c.lowerAt(p) != "in" || !tradeMetrics[metric] || !c.companyStory(v) {
		return subject{}, false
	}
	for i := range c.ents {
		e := &c.ents[i]
		if e.ID == sub.id && sub.id != "" && (e.Type == "GPE" || e.Type == "LOC") {
			return c.topicBody(v)
		}
	}
	return subject{}, false
}

// tradeMetrics are a business's measures that it reports by market.
var tradeMetrics = map[string]bool{"sales": true, "revenue": true, "profit": true, "turnover": true}

// expectations stand before "to VERB" in a forecast: "is expected to
// reach", "is set to hit".
var expectations = map[string]bool{
	"expected": true, "forecast": true, "projected": true, "set": true, "poised": true, "likely": true,
}

// skipExpectation returns the first token of "expected to" before the verb
// at v ("debt is expected to reach"), else v.
func (c *claimScanner) skipExpectation(v int) int {
	if c.lowerAt(v-1) == "to" && expectations[c.lowerAt(v-2)] && c.sameSentence(v-2, v) {
		return v - 2
	}
	return v
}

// seatOfGovernment reads a public-finance possessor that is the
// dateline's city in a story set in a country ("OTTAWA — … Ottawa's
// debt") as the country: the capital stands for its government.
func (c *claimScanner) seatOfGovernment(sub subject) subject {
	place, ok := c.topicPlace()
	if !ok || !c.isCountry(place.name) || place.id == sub.id {
		return sub
	}
	for _, m := range c.ments {
		if m.ent.ID == sub.id && m.ent.Type == "GPE" && c.dateline(m.Start) {
			return place
		}
	}
	return sub
}
