package pipeline

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// elemStats sums up the blocks under one element.
type elemStats struct {
	text, links, commas int     // bytes of text, of link text; commas
	blocks, longBlocks  int     // blocks, and blocks of 80+ bytes
	score               float64 // candidate score, valid when scored
	scored              bool
}

// linkDensity is the share of the element's text that sits in links.
func (s *elemStats) linkDensity() float64 {
	if s == nil || s.text == 0 {
		return 0
	}
	return float64(s.links) / float64(s.text)
}

// pageStats holds the stats of every element that contains text.
type pageStats map[*html.Node]*elemStats

// collectStats adds every block to the stats of its owner and ancestors.
func collectStats(blocks []block) pageStats {
	st := pageStats{}
	for _, b := range blocks {
		commas := strings.Count(b.text, ",") + strings.Count(b.text, "،") + strings.Count(b.text, "，")
		long := 0
		if len(b.text) >= 80 {
			long = 1
		}
		for a := b.owner; a != nil; a = a.Parent {
			s := st[a]
			if s == nil {
				s = &elemStats{}
				st[a] = s
			}
			s.text += len(b.text)
			s.links += b.linkLen
			s.commas += commas
			s.blocks++
			s.longBlocks += long
		}
	}
	return st
}

// tagWeight is the prior score of a candidate container by its tag.
func tagWeight(n *html.Node) float64 {
	switch n.DataAtom {
	case atom.Div, atom.Article, atom.Main, atom.Section:
		return 5
	case atom.Pre, atom.Td, atom.Blockquote:
		return 3
	case atom.Address, atom.Ol, atom.Ul, atom.Dl, atom.Dd, atom.Dt, atom.Li, atom.Form:
		return -3
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Th:
		return -5
	}
	return 0
}

// isParagraphLike reports whether n is an element whose text is one
// paragraph, so its score goes to its ancestors rather than itself.
func isParagraphLike(n *html.Node) bool {
	switch n.DataAtom {
	case atom.P, atom.Li, atom.Td, atom.Pre, atom.Dd, atom.Dt, atom.Th, atom.Blockquote:
		return true
	}
	return false
}

// scoreCandidates gives every ancestor of a paragraph a share of the
// paragraph's score (its length and commas): all of it to the parent, half
// to the grandparent, a third of a level's worth further up.
func scoreCandidates(blocks []block, st pageStats) {
	for _, b := range blocks {
		if len(b.text) < 25 || b.heading || b.table {
			continue
		}
		s := 1 + float64(strings.Count(b.text, ",")) + min(float64(len(b.text))/100, 3)
		start := b.owner
		if isParagraphLike(start) {
			start = start.Parent
		}
		level := 0
		for a := start; a != nil && level < 5; a = a.Parent {
			if a.DataAtom == atom.Html || a.Type != html.ElementNode {
				break
			}
			es := st[a]
			if !es.scored {
				es.scored = true
				es.score = tagWeight(a) + float64(classWeight(classID(a))) + schemaWeight(a)
			}
			div := 1.0
			switch {
			case level == 1:
				div = 2
			case level > 1:
				div = float64(level) * 3
			}
			es.score += s / div
			level++
		}
	}
}

// finalScore is a candidate's score discounted by its link density.
func finalScore(n *html.Node, st pageStats) float64 {
	es := st[n]
	if es == nil || !es.scored {
		return 0
	}
	return es.score * (1 - es.linkDensity())
}

// topCandidate returns the best-scoring container, or nil when no element
// holds a paragraph.
func topCandidate(blocks []block, st pageStats) *html.Node {
	var top *html.Node
	best := 0.0
	seen := map[*html.Node]bool{}
	for _, b := range blocks {
		for a := b.owner; a != nil; a = a.Parent {
			if seen[a] {
				break
			}
			seen[a] = true
			if f := finalScore(a, st); f > best {
				top, best = a, f
			}
		}
	}
	if top == nil {
		return nil
	}
	return climb(top, st)
}

// climb moves from the top candidate to an ancestor that scores higher
// (the article split into several scored parts), and past wrappers that
// hold nothing else.
func climb(top *html.Node, st pageStats) *html.Node {
	last := finalScore(top, st)
	threshold := last / 3
	for p := top.Parent; p != nil && p.DataAtom != atom.Body; p = p.Parent {
		f := finalScore(p, st)
		if f == 0 {
			continue
		}
		if f < threshold {
			break
		}
		if f > last {
			top = p
			break
		}
		last = f
	}
	for top.Parent != nil && top.Parent.DataAtom != atom.Body && st[top.Parent] != nil && st[top.Parent].text == st[top].text {
		top = top.Parent
	}
	return widen(top, st)
}

// widen moves from the top candidate to a close ancestor (up to four
// levels) that holds at least as many paragraphs of prose again outside
// it, three or more, with few links: an article laid out as a lead and a
// series of steps or sections, each in its own nested box, where no box
// alone stands for the whole.
func widen(top *html.Node, st pageStats) *html.Node {
	best := top
	p := top.Parent
	for level := 0; level < 4 && p != nil && p.DataAtom != atom.Body && p.DataAtom != atom.Html; level, p = level+1, p.Parent {
		es, ts := st[p], st[best]
		if es == nil || ts == nil {
			continue
		}
		if extra := es.longBlocks - ts.longBlocks; extra >= 3 && extra >= ts.longBlocks && es.linkDensity() < 0.15 {
			best = p
		}
	}
	return best
}

// gatherSiblings returns the top candidate and those of its siblings that
// belong to the article: well-scored containers and plain paragraphs of
// prose.
func gatherSiblings(top *html.Node, blocks []block, st pageStats) []*html.Node {
	if top.Parent == nil {
		return []*html.Node{top}
	}
	kin := kinSiblings(top, blocks)
	topScore := finalScore(top, st)
	threshold := max(10, topScore*0.2)
	topClass := attr(top, "class")
	var roots []*html.Node
	for s := top.Parent.FirstChild; s != nil; s = s.NextSibling {
		if s.Type != html.ElementNode {
			continue
		}
		if s == top {
			roots = append(roots, s)
			continue
		}
		es := st[s]
		if es == nil {
			continue
		}
		bonus := 0.0
		if topClass != "" && attr(s, "class") == topClass {
			bonus = topScore * 0.2
		}
		if (es.scored && finalScore(s, st)+bonus >= threshold) || (kin[s] >= 80 && es.linkDensity() < 0.3) {
			roots = append(roots, s)
			continue
		}
		if s.DataAtom == atom.P {
			ld := es.linkDensity()
			if (es.text > 80 && ld < 0.25) || (es.text > 0 && ld == 0 && looksLikeSentence(textOf(s))) {
				roots = append(roots, s)
			}
		}
	}
	return roots
}

// looksLikeSentence reports whether s ends like a sentence.
func looksLikeSentence(s string) bool {
	s = strings.TrimRight(s, " \"'”’)")
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?")
}

// paraSignature names the container of a paragraph: its tag and class.
// It is empty for blocks that are not <p> or whose container has no class.
func paraSignature(b block) string {
	if b.owner.DataAtom != atom.P || b.owner.Parent == nil {
		return ""
	}
	c := attr(b.owner.Parent, "class")
	if c == "" {
		return ""
	}
	return b.owner.Parent.Data + "." + c
}

// kinSiblings finds the siblings of top that hold paragraphs in the same
// kind of container as most of top's prose (an article split into
// sections around pictures or ads) and returns the bytes of such prose
// under each.
func kinSiblings(top *html.Node, blocks []block) map[*html.Node]int {
	bySig := map[string]int{}
	for _, b := range blocks {
		if len(b.text) >= 80 && isAncestor(top, b.owner) {
			if sig := paraSignature(b); sig != "" {
				bySig[sig] += len(b.text)
			}
		}
	}
	best, bestLen := "", 0
	for sig, n := range bySig {
		if n > bestLen || (n == bestLen && sig < best) {
			best, bestLen = sig, n
		}
	}
	kin := map[*html.Node]int{}
	if best == "" {
		return kin
	}
	for _, b := range blocks {
		if paraSignature(b) != best || isAncestor(top, b.owner) {
			continue
		}
		for a := b.owner; a.Parent != nil; a = a.Parent {
			if a.Parent == top.Parent {
				kin[a] += len(b.text)
				break
			}
		}
	}
	return kin
}

// schemaWeight favours the element schema.org markup names as the
// article's body.
func schemaWeight(n *html.Node) float64 {
	if attr(n, "itemprop") == "articleBody" {
		return 25
	}
	return 0
}
