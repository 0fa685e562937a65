package pipeline

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// block is one paragraph of page text as laid out by the markup: a
// paragraph, heading, list item, table, or a run of text between line
// breaks.
type block struct {
	text    string
	owner   *html.Node // nearest block-level element holding the text
	linkLen int        // bytes of text inside links
	heading bool       // an h2–h6 heading
	table   bool       // a data table, one row a line
}

// renderer lays a tree out as blocks.
type renderer struct {
	sb      strings.Builder
	owner   *html.Node
	inLink  int
	linkLen int
	blocks  []block
}

// renderBlocks lays out the text under root as blocks in document order.
func renderBlocks(root *html.Node) []block {
	r := &renderer{owner: root}
	r.visit(root)
	r.flush()
	return r.blocks
}

func (r *renderer) flush() {
	if r.sb.Len() == 0 {
		return
	}
	t := normalizeSpace(r.sb.String())
	r.sb.Reset()
	if t != "" {
		r.blocks = append(r.blocks, block{text: t, owner: r.owner, linkLen: min(r.linkLen, len(t)), heading: isHeading(r.owner)})
	}
	r.linkLen = 0
}

func (r *renderer) visit(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		r.sb.WriteString(n.Data)
		if r.inLink > 0 {
			r.linkLen += len(strings.TrimSpace(n.Data))
		}
		return
	case html.ElementNode:
	default:
		r.children(n)
		return
	}
	switch {
	case n.DataAtom == atom.Br || n.DataAtom == atom.Hr:
		r.flush()
	case n.DataAtom == atom.Table && isDataTable(n):
		r.flush()
		r.table(n)
	case isBlock(n):
		r.flush()
		saved := r.owner
		r.owner = n
		r.children(n)
		r.flush()
		r.owner = saved
	case n.DataAtom == atom.A:
		r.inLink++
		r.children(n)
		r.inLink--
	case n.DataAtom == atom.Img:
		// no text
	default:
		r.children(n)
	}
}

func (r *renderer) children(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		r.visit(c)
	}
}

// isDataTable reports whether a table holds data rather than page layout:
// no nested tables and no block content other than paragraphs in its cells.
func isDataTable(t *html.Node) bool {
	ok := true
	eachElement(t, func(n *html.Node) bool {
		if !ok {
			return false
		}
		if n != t {
			switch n.DataAtom {
			case atom.Table, atom.Div, atom.Ul, atom.Ol, atom.Blockquote, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Section, atom.Article:
				ok = false
			}
		}
		return ok
	})
	return ok
}

// table renders a data table as one block, one row a line, cells joined by
// " | ".
func (r *renderer) table(t *html.Node) {
	var rows []string
	links, total := 0, 0
	eachElement(t, func(n *html.Node) bool {
		if n.DataAtom != atom.Tr {
			return true
		}
		var cells []string
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && (c.DataAtom == atom.Td || c.DataAtom == atom.Th) {
				if s := textOf(c); s != "" {
					cells = append(cells, s)
					total += len(s)
					links += linkTextLen(c)
				}
			}
		}
		if len(cells) > 0 {
			rows = append(rows, strings.Join(cells, " | "))
		}
		return false
	})
	if cap := findFirst(t, func(n *html.Node) bool { return n.DataAtom == atom.Caption }); cap != nil {
		if s := textOf(cap); s != "" {
			rows = append([]string{s}, rows...)
		}
	}
	if len(rows) > 0 {
		r.blocks = append(r.blocks, block{text: strings.Join(rows, "\n"), owner: t, linkLen: min(links, total), table: true})
	}
}

// linkTextLen returns the bytes of text inside links under n.
func linkTextLen(n *html.Node) int {
	sum := 0
	eachElement(n, func(c *html.Node) bool {
		if c.DataAtom == atom.A {
			sum += len(textOf(c))
			return false
		}
		return true
	})
	return sum
}
