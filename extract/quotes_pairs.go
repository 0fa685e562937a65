package extract

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// findPassages returns every quoted passage of the text, paragraph by
// paragraph, in text order. A paragraph whose last passage has no closing
// mark is continued by the next paragraph's passage when that paragraph
// opens with a mark (the print convention for quotes over several
// paragraphs).
func findPassages(text string, paras []Span) []marked {
	var out []marked
	continued := false
	for pi, p := range paras {
		reopened := pi+1 < len(paras) && opensWithSingleMark(text, paras[pi+1])
		ps := pairMarks(text, p, pi, scanMarks(text, p), continued, reopened)
		continued = false
		if top := topLevel(ps); len(top) > 0 && top[len(top)-1].unclosed {
			continued = true
		}
		out = append(out, ps...)
	}
	return out
}

// pairMarks pairs the marks of paragraph p into passages with a stack:
// a closing mark closes the nearest open mark of its family; single
// closing marks with no single opening mark are apostrophes ("players’").
// An opening double mark left open at the paragraph end makes a passage
// that runs to the end of the paragraph; so does an opening single mark
// when the next paragraph opens with one (reopened), the print convention
// for a quote in single marks over several paragraphs.
func pairMarks(text string, p Span, pi int, marks []qmark, continued, reopened bool) []marked {
	var stack []qmark
	var out []marked
	add := func(open, openSize, close, closeSize int, fam byte) {
		if m, ok := newMarked(text, open, openSize, close, closeSize, pi, fam); ok {
			out = append(out, m)
		}
	}
	for k, m := range marks {
		role := m.role
		if m.fam != famSingle && (role == roleEither || m.straight && role == roleOpen) && openOf(stack, m.fam, true) >= 0 {
			role = roleClose
		}
		if role == roleEither {
			role = roleOpen
		}
		if role == roleOpen {
			stack = append(stack, m)
			continue
		}
		j := openOf(stack, m.fam, m.fam == famSingle)
		if j >= 0 {
			add(stack[j].pos, stack[j].size, m.pos, m.size, m.fam)
			stack = stack[:j]
			continue
		}
		if m.fam != famSingle && k == 0 && continued {
			// A closing mark ends a quote opened in an earlier paragraph.
			if q, ok := newMarked(text, p.Start, 0, m.pos, m.size, pi, m.fam); ok {
				q.unopened = true
				out = append(out, q)
			}
		}
	}
	for _, m := range stack {
		if m.fam == famSingle && !reopened {
			continue
		}
		if q, ok := newMarked(text, m.pos, m.size, p.End, 0, pi, m.fam); ok {
			q.unclosed = true
			out = append(out, q)
		}
		break
	}
	sort.SliceStable(out, func(a, b int) bool { return out[a].open < out[b].open })
	markNested(out)
	return out
}

// openOf returns the stack index of the nearest open mark of family fam,
// or -1. When stopAtOther is set the search stops at an open mark of
// another family (a single mark does not close across a double one).
func openOf(stack []qmark, fam byte, stopAtOther bool) int {
	for j := len(stack) - 1; j >= 0; j-- {
		if stack[j].fam == fam {
			return j
		}
		if stopAtOther && stack[j].fam != famSingle {
			return -1
		}
	}
	return -1
}

// newMarked builds a passage from its marks, trimming space inside them;
// it fails when no letter or digit stands between the marks.
func newMarked(text string, open, openSize, close, closeSize, pi int, fam byte) (marked, bool) {
	s, e := open+openSize, close
	for s < e {
		r, n := utf8.DecodeRuneInString(text[s:e])
		if !unicode.IsSpace(r) {
			break
		}
		s += n
	}
	for e > s {
		r, n := utf8.DecodeLastRuneInString(text[s:e])
		if !unicode.IsSpace(r) {
			break
		}
		e -= n
	}
	if !strings.ContainsFunc(text[s:e], isQuoteWordRune) {
		return marked{}, false
	}
	return marked{open: open, openSize: openSize, close: close, closeSize: closeSize,
		inner: Span{Start: s, End: e}, para: pi, fam: fam}, true
}

// markNested flags the passages lying inside another (sorted by open).
func markNested(ps []marked) {
	for i := range ps {
		for j := range ps {
			if i != j && ps[j].open <= ps[i].open && ps[i].end() <= ps[j].end() && (ps[j].open < ps[i].open || ps[i].end() < ps[j].end()) {
				ps[i].nested = true
				break
			}
		}
	}
}

// topLevel returns the passages not nested in another.
func topLevel(ps []marked) []marked {
	var out []marked
	for _, p := range ps {
		if !p.nested {
			out = append(out, p)
		}
	}
	return out
}

// opensWithSingleMark reports whether paragraph p starts with a single
// mark that opens a quote ("‘If we had known…").
func opensWithSingleMark(text string, p Span) bool {
	if p.Start >= p.End {
		return false
	}
	r, size := utf8.DecodeRuneInString(text[p.Start:p.End])
	m, ok := classifyMark(r, -1, runeAfter(text, p.Start+size, p.End))
	return ok && m.fam == famSingle && m.role == roleOpen
}
