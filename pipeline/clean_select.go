package pipeline

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// selectBlocks returns the article's paragraphs: the blocks under roots
// that are not inside a link-heavy or furniture container and are not
// page chrome themselves.
func selectBlocks(blocks []block, roots []*html.Node, st pageStats) []block {
	isRoot := map[*html.Node]bool{}
	dropped := map[*html.Node]bool{}
	for _, r := range roots {
		isRoot[r] = true
		markDropped(r, r, st, dropped)
	}
	var out []block
	for _, b := range blocks {
		if keepBlock(b, isRoot, dropped) {
			out = append(out, b)
		}
	}
	return out
}

func keepBlock(b block, isRoot, dropped map[*html.Node]bool) bool {
	in := false
	for a := b.owner; a != nil; a = a.Parent {
		if dropped[a] {
			return false
		}
		if isRoot[a] {
			in = true
			break
		}
	}
	return in && !isChrome(b)
}

// markDropped walks the elements under root and marks the containers to
// leave out. A container holding most of the root's text is never dropped
// whole, only looked into.
func markDropped(n, root *html.Node, st pageStats, dropped map[*html.Node]bool) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || st[c] == nil {
			continue
		}
		if st[c].text*2 <= st[root].text && dropContainer(c, st) {
			dropped[c] = true
			continue
		}
		markDropped(c, root, st, dropped)
	}
}

// dropContainer decides whether a container inside the article is page
// furniture: a furniture class, or heavy in links while holding few commas
// and some blocks shorter than a paragraph.
func dropContainer(n *html.Node, st pageStats) bool {
	switch n.DataAtom {
	case atom.Div, atom.Section, atom.Ul, atom.Ol, atom.Dl, atom.Table, atom.Header, atom.Form, atom.Article, atom.Span, atom.Center:
	default:
		return false
	}
	es := st[n]
	cid := classID(n)
	if strings.Contains(cid, "embed") && findFirst(n, func(c *html.Node) bool { return c.DataAtom == atom.Blockquote }) != nil {
		return false // an embedded post the article quotes
	}
	w := classWeight(cid)
	if w < 0 {
		return !isProse(es) || containsAny(cid, strongNeg)
	}
	if es.commas >= 10 {
		return false
	}
	ld := es.linkDensity()
	if es.longBlocks == es.blocks && ld < 0.5 {
		return false // every block is a paragraph of prose: links are citations
	}
	isList := n.DataAtom == atom.Ul || n.DataAtom == atom.Ol
	switch {
	case isList:
		return ld > 0.5
	case w < 25 && ld > 0.2:
		return true
	case w >= 25 && ld > 0.5:
		return true
	}
	return false
}
