package pipeline

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// plainBylineWindow is how many elements after the first h1 may hold an
// unmarked "By …" line.
const plainBylineWindow = 60

// notePlainByline records bylines that carry no author markup: a short
// element close after the first h1 whose text starts "By" and a capital
// ("By Jane Doe"), and the text of an <address> element.
func (f *pageFacts) notePlainByline(n *html.Node) {
	if len(f.plainBylines) >= 4 {
		return
	}
	if n.DataAtom == atom.Address {
		if t, ok := shortText(n, 120); ok && t != "" {
			f.plainBylines = append(f.plainBylines, t)
		}
		return
	}
	if !f.seenH1 {
		return
	}
	f.afterH1++
	if f.afterH1 > plainBylineWindow {
		return
	}
	switch n.DataAtom {
	case atom.P, atom.Div, atom.Span, atom.Em, atom.Strong, atom.B, atom.I, atom.Small, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Li:
	default:
		return
	}
	if t, ok := shortText(n, 100); ok && startsWithBy(t) {
		f.addPlainByline(n, t)
	}
}

// addPlainByline records an unmarked byline unless it sits in a comment
// thread or repeats the last one (an element and its only child).
func (f *pageFacts) addPlainByline(n *html.Node, t string) {
	for a := n; a != nil; a = a.Parent {
		if strings.Contains(classID(a), "comment") {
			return
		}
	}
	if k := len(f.plainBylines); k > 0 && f.plainBylines[k-1] == t {
		return
	}
	f.plainBylines = append(f.plainBylines, t)
}

// startsWithBy reports whether a text opens like a byline: "By" (any
// case, a colon allowed) and then a capital letter.
func startsWithBy(t string) bool {
	if len(t) < 4 || !strings.EqualFold(t[:2], "by") {
		return false
	}
	rest := strings.TrimLeft(t[2:], ": ")
	if len(rest) == len(t)-2 {
		return false // "Byron": no break after "By"
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsUpper(r)
}
