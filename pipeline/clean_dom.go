package pipeline

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// attr returns the value of n's attribute key ("" when absent).
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// classID returns n's class and id attributes, lower-cased and joined by a
// space. Atomic CSS utility classes ("mstart(82px)--modalminwidth",
// "md:hidden") say how a thing looks, not what it is, and are left out.
func classID(n *html.Node) string {
	c, id := attr(n, "class"), attr(n, "id")
	if c == "" && id == "" {
		return ""
	}
	if strings.ContainsAny(c, "(:!") {
		var keep []string
		for _, tok := range strings.Fields(c) {
			if !strings.ContainsAny(tok, "(:!") {
				keep = append(keep, tok)
			}
		}
		c = strings.Join(keep, " ")
	}
	switch {
	case id == "":
		return strings.ToLower(c)
	case c == "":
		return strings.ToLower(id)
	}
	return strings.ToLower(c + " " + id)
}

// blockTags are the elements that start and end a paragraph of text.
var blockTags = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true,
	atom.Body: true, atom.Center: true, atom.Dd: true, atom.Details: true, atom.Dialog: true,
	atom.Dir: true, atom.Div: true, atom.Dl: true, atom.Dt: true, atom.Fieldset: true,
	atom.Figcaption: true, atom.Figure: true, atom.Footer: true, atom.Form: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Header: true, atom.Hgroup: true, atom.Hr: true, atom.Li: true, atom.Main: true,
	atom.Nav: true, atom.Ol: true, atom.P: true, atom.Pre: true, atom.Section: true,
	atom.Summary: true, atom.Table: true, atom.Tbody: true, atom.Thead: true, atom.Tfoot: true,
	atom.Tr: true, atom.Td: true, atom.Th: true, atom.Ul: true, atom.Caption: true,
	atom.Html: true, atom.Menu: true, atom.Legend: true, atom.Option: true,
}

// isBlock reports whether n is an element that breaks the flow of text.
func isBlock(n *html.Node) bool {
	return n.Type == html.ElementNode && blockTags[n.DataAtom]
}

// isHeading reports whether n is h1 to h6.
func isHeading(n *html.Node) bool {
	switch n.DataAtom {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}

// textOf returns the text under n with white space folded.
func textOf(n *html.Node) string {
	var sb strings.Builder
	var walk func(*html.Node)
	walk = func(c *html.Node) {
		switch c.Type {
		case html.TextNode:
			sb.WriteString(c.Data)
			return
		case html.ElementNode:
			if c.DataAtom == atom.Script || c.DataAtom == atom.Style {
				return
			}
			if isBlock(c) || c.DataAtom == atom.Br {
				sb.WriteByte(' ')
			}
		}
		for k := c.FirstChild; k != nil; k = k.NextSibling {
			walk(k)
		}
		if c.Type == html.ElementNode && isBlock(c) {
			sb.WriteByte(' ')
		}
	}
	walk(n)
	return normalizeSpace(sb.String())
}

// findFirst returns the first element in document order under n (n
// included) for which ok is true, or nil.
func findFirst(n *html.Node, ok func(*html.Node) bool) *html.Node {
	if n.Type == html.ElementNode && ok(n) {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := findFirst(c, ok); f != nil {
			return f
		}
	}
	return nil
}

// eachElement calls fn for every element under n (n included) in document
// order; fn returns false to skip an element's children.
func eachElement(n *html.Node, fn func(*html.Node) bool) {
	if n.Type == html.ElementNode && !fn(n) {
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		eachElement(c, fn)
	}
}

// isAncestor reports whether a is n or one of n's ancestors.
func isAncestor(a, n *html.Node) bool {
	for ; n != nil; n = n.Parent {
		if n == a {
			return true
		}
	}
	return false
}

// shortText returns the text under n, white space folded, and true when
// its raw text is under limit bytes; it stops reading, and returns false,
// as soon as the text is longer.
func shortText(n *html.Node, limit int) (string, bool) {
	size := 0
	over := false
	eachElementText(n, func(t string) bool {
		size += len(t)
		over = size >= limit*4
		return !over
	})
	if over {
		return "", false
	}
	t := textOf(n)
	return t, len(t) < limit
}

// eachElementText calls fn with each text node under n until fn returns
// false.
func eachElementText(n *html.Node, fn func(string) bool) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			if !fn(c.Data) {
				return false
			}
		case html.ElementNode:
			if c.DataAtom == atom.Script || c.DataAtom == atom.Style {
				continue
			}
			if !eachElementText(c, fn) {
				return false
			}
		}
	}
	return true
}
