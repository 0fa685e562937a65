package extract

import (
	"strings"
)

// subject is who or what a claim is about, resolved: its canonical name,
// entity ID (empty when no entity covers it) and first token.
type subject struct {
	name, id string
	start    int
}

// entityOver returns the entity with a mention overlapping tokens [a, b],
// preferring the longest mention, or nil.
func (c *claimScanner) entityOver(a, b int) *Entity {
	if a < 0 || b >= len(c.toks) || a > b {
		return nil
	}
	lo, hi := c.toks[a].start, c.toks[b].end
	var best *Entity
	bestLen := 0
	for _, m := range c.ments {
		if m.Start >= hi {
			break
		}
		if m.End > lo && m.Len() > bestLen {
			best, bestLen = m.ent, m.Len()
		}
	}
	return best
}

// subjectBefore resolves the noun phrase that ends right before token k
// (a verb), stepping back over adverbs and auxiliaries ("Labour also
// took", "the Conservatives lost", "Labour has seized").
func (c *claimScanner) subjectBefore(k int) (subject, bool) {
	e := k - 1
	for e >= 0 && c.sameSentence(e, k) && c.isWord(e) && subjectSkip[c.toks[e].lower] {
		e--
	}
	if e < 0 || !c.sameSentence(e, k) || !c.isWord(e) {
		return subject{}, false
	}
	s := e
	for s > 0 && c.sameSentence(s-1, k) {
		if s > 1 && c.toks[s-1].isHyphen() && !c.toks[s-1].spaced && !c.toks[s].spaced && c.isWord(s-2) && c.toks[s-2].isCap() {
			s -= 2 // "Pierre-Luc Dubois"
			continue
		}
		if !c.isWord(s-1) || !(c.toks[s-1].isCap() || c.toks[s-1].lower == "the" || c.toks[s-1].lower == "of") {
			break
		}
		s--
		if c.toks[s].lower == "the" {
			break
		}
	}
	for s < e && c.toks[s].lower == "of" {
		s++
	}
	return c.resolvePhrase(s, e)
}

// subjectSkip are words between a subject and its verb.
var subjectSkip = map[string]bool{
	"also": true, "has": true, "have": true, "had": true, "now": true, "then": true,
	"again": true, "just": true, "only": true, "overnight": true, "already": true,
	"reportedly": true, "finally": true, "narrowly": true, "comfortably": true,
	"is": true, "was": true, "will": true, "would": true, "could": true,
}

// resolvePhrase resolves the words of tokens [s, e] to a subject: the
// entity a mention there names, "the party"/"the council" to the entity
// named before, else the words without a leading "the". Pronouns and
// lower-case phrases that are not a body resolve to nothing.
func (c *claimScanner) resolvePhrase(s, e int) (subject, bool) {
	if ent := c.entityOver(s, e); ent != nil {
		return subject{name: ent.Name, id: ent.ID, start: s}, true
	}
	words := c.phraseWords(s, e)
	if len(words) == 0 {
		return subject{}, false
	}
	if c.toks[s].lower == "the" && len(words) >= 1 {
		noun := strings.ToLower(strings.Join(words, " "))
		if body, ok := c.lx.bodies.Value(noun); ok {
			if sub, ok := c.topicCompany(body, s); ok {
				return sub, true
			}
			if sub, ok := c.bodyNamed(body, s, true); ok {
				sub.start = s
				return sub, true
			}
		}
		if !c.toks[e].isCap() {
			return subject{}, false
		}
	}
	if !c.toks[e].isCap() || s == e && pronouns[c.toks[s].lower] {
		return subject{}, false
	}
	return subject{name: strings.Join(words, " "), start: s}, true
}

// pronouns never stand as a subject's name.
var pronouns = map[string]bool{
	"he": true, "she": true, "it": true, "they": true, "we": true, "i": true, "you": true,
	"they’ll": true, "they'll": true, "it’s": true, "it's": true, "we’ll": true, "we'll": true,
	"she’s": true, "he’s": true, "this": true, "that": true, "these": true, "those": true,
	"there": true, "here": true, "who": true, "which": true,
}

// phraseWords returns the words of tokens [s, e] without a leading "the".
func (c *claimScanner) phraseWords(s, e int) []string {
	var out []string
	for k := s; k <= e; k++ {
		if k == s && c.toks[k].lower == "the" {
			continue
		}
		if c.toks[k].class == nkWord {
			out = append(out, c.toks[k].text)
		}
	}
	return out
}

// bodyNamed finds the body a description stands for: the entity nearest
// to token k whose name carries the word body ("council"), or whose
// subtype is it ("party"); before k first, then after when ahead is set.
// Without such an entity it falls back to a "<Name> council" phrase in
// the text.
func (c *claimScanner) bodyNamed(body string, k int, ahead bool) (subject, bool) {
	off := c.toks[k].start
	var before, after *entityMention
	for i := range c.ments {
		m := &c.ments[i]
		if !bodyMatches(m.ent, body) {
			continue
		}
		if m.End <= off {
			before = m
		} else if after == nil && m.Start > c.toks[k].end {
			after = m
		}
	}
	if before == nil && ahead && after != nil {
		before = after
	}
	if before != nil {
		return subject{name: before.ent.Name, id: before.ent.ID}, true
	}
	return c.bodyPhrase(body, k)
}

// bodyMatches reports whether an entity is a body of the given kind.
func bodyMatches(e *Entity, body string) bool {
	if e.Subtype == body || body == "party" && e.Subtype == "party" {
		return true
	}
	if e.Type != "ORG" {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(e.Name)) {
		if w == body {
			return true
		}
	}
	return false
}

// bodyPhrase looks back from token k, then ahead, for "<Capitalised>
// <body>" ("Barnet council") written in the text.
func (c *claimScanner) bodyPhrase(body string, k int) (subject, bool) {
	at := func(i int) bool {
		return c.toks[i].lower == body && c.isWord(i-1) && c.toks[i-1].isCap() && c.toks[i-1].lower != "the"
	}
	for i := k - 1; i > 0; i-- {
		if at(i) {
			return subject{name: c.joinTokens(i-1, i)}, true
		}
	}
	for i := max(k+1, 1); i < len(c.toks); i++ {
		if at(i) {
			return subject{name: c.joinTokens(i-1, i)}, true
		}
	}
	return subject{}, false
}

// bodyOf returns the body of a place when the article names one ("Barnet"
// → "Barnet council": an entity, else the words in the text), else the
// place itself.
func (c *claimScanner) bodyOf(s subject) subject {
	low := strings.ToLower(s.name)
	for i := range c.ents {
		e := &c.ents[i]
		n := strings.ToLower(e.Name)
		if e.Type == "ORG" && strings.HasPrefix(n, low+" ") && bodyHead(n[len(low)+1:]) {
			return subject{name: e.Name, id: e.ID, start: s.start}
		}
	}
	if len(c.ents) == 0 {
		for i := 1; i < len(c.toks); i++ {
			if c.toks[i-1].text == s.name && c.toks[i].lower == "council" {
				return subject{name: c.joinTokens(i-1, i), start: s.start}
			}
		}
	}
	return s
}

// bodyHead reports whether the words after a place name make a body of it.
func bodyHead(rest string) bool {
	switch rest {
	case "council", "borough council", "city council", "county council", "district council", "assembly":
		return true
	}
	return false
}

// partyByAdjective resolves "Conservative" (as in "Conservative control")
// to the party entity it names ("Conservatives"), else to the adjective.
func (c *claimScanner) partyByAdjective(k int) subject {
	w := c.toks[k].text
	low := strings.ToLower(w)
	for i := range c.ents {
		e := &c.ents[i]
		n := strings.ToLower(e.Name)
		if e.Type == "ORG" && (n == low || n == low+"s" || strings.HasPrefix(n, low+" party")) {
			return subject{name: e.Name, id: e.ID, start: k}
		}
	}
	if v, ok := c.lx.parties.Value(w + "s"); ok {
		if v == "" {
			v, _ = c.lx.parties.Original(w + "s")
		}
		return subject{name: v, start: k}
	}
	return subject{name: w, start: k}
}

// topicBody is the body an article's unattributed rates are about: the
// organisation named most often before token k, else a "the council"
// phrase resolved.
func (c *claimScanner) topicBody(k int) (subject, bool) {
	off := c.toks[k].start
	if e := c.mainOrg(off); e != nil {
		return subject{name: e.Name, id: e.ID}, true
	}
	for i := k - 1; i > 0; i-- {
		if c.toks[i-1].lower == "the" {
			if body, ok := c.lx.bodies.Value(c.toks[i].lower); ok && body != "party" {
				return c.bodyNamed(body, i-1, false)
			}
		}
	}
	return subject{}, false
}

// mainOrg is the organisation named most often before byte off (the
// first named on a tie: the article's topic) that is not a party, outlet
// or platform (those report or contest; they are not
// what rates are about), or nil.
func (c *claimScanner) mainOrg(off int) *Entity {
	count := map[*Entity]int{}
	var best *Entity
	for i := range c.ments {
		m := &c.ments[i]
		if m.Start >= off {
			break
		}
		switch m.ent.Subtype {
		case "party", "outlet", "platform":
			continue
		}
		if pollster(m.ent.Name) {
			continue
		}
		if m.ent.Type == "ORG" {
			count[m.ent]++
			if best == nil || count[m.ent] > count[best] {
				best = m.ent
			}
		}
	}
	return best
}

// topicCompany resolves "the company" or "the group" to the article's
// topic organisation (mainOrg) when that is a business: a company story
// calls itself "the company" even after it names a firm it bought.
func (c *claimScanner) topicCompany(body string, k int) (subject, bool) {
	if body != "company" && body != "group" {
		return subject{}, false
	}
	e := c.mainOrg(c.toks[k].start)
	if e == nil || e.Subtype != "" && e.Subtype != "company" {
		return subject{}, false
	}
	return subject{name: e.Name, id: e.ID, start: k}, true
}

// pollster reports whether an organisation's name ends as a pollster's or
// research body's does ("Angus Reid Institute", "Redfield Polling"): it
// reports rates, they are not about it.
func pollster(name string) bool {
	f := strings.Fields(strings.ToLower(name))
	if len(f) < 2 {
		return false
	}
	switch f[len(f)-1] {
	case "institute", "polling", "poll", "research", "survey", "insights":
		return true
	}
	return false
}
