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
// element close after the first h1 whose text starts with a byline cue and
// a capital ("By Jane Doe", "Von Max Mustermann", see plainBylineCues), and the text of an <address> element.
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
	if f.bylineElsewhere(n) {
		return
	}
	if k := len(f.plainBylines); k > 0 && f.plainBylines[k-1] == t {
		return
	}
	f.plainBylines = append(f.plainBylines, t)
}

// plainBylineCues open an unmarked byline line, before a space or a
// colon and a capital letter: "By Jane Doe", "Von Max Mustermann", "Par
// Jean Dupont", "Por Ana García", "Di Mario Rossi", "Door Jan de Vries",
// "Text: Max Mustermann", "Written by Jane Doe".
var plainBylineCues = []string{"written by", "posted by", "reported by", "story by", "text by", "by", "von", "par", "por", "di", "door",
	"text:", "texto:", "testo:", "tekst:", "autor:", "autorin:", "autoren:", "auteur:", "auteur :", "autore:", "author:", "autora:"}

// startsWithBy reports whether a text opens like a byline: a byline cue
// (any case, a colon allowed) and then a capital letter.
func startsWithBy(t string) bool {
	low := strings.ToLower(t)
	for _, cue := range plainBylineCues {
		if len(t) < len(cue)+2 || !strings.HasPrefix(low, cue) {
			continue
		}
		rest := strings.TrimLeft(t[len(cue):], ": ")
		if len(rest) == len(t)-len(cue) && !strings.HasSuffix(cue, ":") {
			continue // "Byron", "Vonnegut": no break after the cue
		}
		r, _ := utf8.DecodeRuneInString(rest)
		return unicode.IsUpper(r)
	}
	return false
}

// inFigure reports whether n sits in a <figure> or <figcaption>, whose
// credits are a picture's.
func inFigure(n *html.Node) bool {
	for a := n; a != nil; a = a.Parent {
		if a.DataAtom == atom.Figure || a.DataAtom == atom.Figcaption {
			return true
		}
	}
	return false
}

// bylineElsewhere reports whether a byline at n belongs to something
// other than the article: a comment, a related or recommended story, a
// sidebar (see inOtherContent) or a picture (figure credits). The
// <body> and the containers of the headline h1 are the article's whatever
// their class says ("comments-open").
func (f *pageFacts) bylineElsewhere(n *html.Node) bool {
	if inFigure(n) || f.inOtherContent(n) {
		return true
	}
	for a := n; a != nil && a.DataAtom != atom.Body; a = a.Parent {
		if f.h1Node != nil && isAncestor(a, f.h1Node) {
			continue
		}
		if strings.Contains(classID(a), "comment") {
			return true
		}
	}
	return false
}
