package extract

import (
	"unicode"
	"unicode/utf8"
)

// Quote-mark families: double marks (curly, straight, low-9), single marks
// used as quotes, and guillemets.
const (
	famDouble = 'd'
	famSingle = 's'
	famGuill  = 'g'
)

// Mark roles as read from the characters around a mark.
const (
	roleOpen = iota + 1
	roleClose
	roleEither
)

// qmark is one quotation mark found in a paragraph.
type qmark struct {
	pos, size int
	fam       byte
	role      int
	straight  bool
}

// marked is one passage between quotation marks in one paragraph: the
// offsets of its marks and the trimmed span of the words inside.
type marked struct {
	open, close int // byte offsets of the marks; close is the paragraph end when unclosed
	openSize    int
	closeSize   int
	inner       Span
	para        int
	fam         byte
	unclosed    bool // no closing mark before the paragraph ends
	unopened    bool // a closing mark whose opening mark lies in an earlier paragraph
	nested      bool // lies inside another quoted passage
}

// end returns the offset just past the closing mark (or the paragraph end).
func (m marked) end() int { return m.close + m.closeSize }

// scanMarks lists the quotation marks of text[p.Start:p.End], telling
// apostrophes apart from single quotation marks by the letters around them.
func scanMarks(text string, p Span) []qmark {
	var out []qmark
	for i := p.Start; i < p.End; {
		r, size := utf8.DecodeRuneInString(text[i:])
		prev, next := runeBefore(text, i, p.Start), runeAfter(text, i+size, p.End)
		if m, ok := classifyMark(r, prev, next); ok {
			m.pos, m.size = i, size
			out = append(out, m)
		}
		i += size
	}
	return out
}

// classifyMark reads one rune with its neighbours (-1 at a paragraph edge)
// and says whether it is a quotation mark, of which family and role.
func classifyMark(r, prev, next rune) (qmark, bool) {
	switch r {
	case '„':
		return qmark{fam: famDouble, role: roleOpen}, true
	case '“':
		if !isOpenSide(prev) && isCloseSide(next) {
			// closes a German „…“ quote, or an English one typed wrong
			return qmark{fam: famDouble, role: roleEither}, true
		}
		return qmark{fam: famDouble, role: roleOpen}, true
	case '”':
		return qmark{fam: famDouble, role: roleClose}, true
	case '«':
		return qmark{fam: famGuill, role: roleOpen}, true
	case '»':
		return qmark{fam: famGuill, role: roleClose}, true
	case '"':
		if unicode.IsDigit(prev) && !unicode.IsLetter(next) {
			return qmark{}, false // inches: a 70" TV
		}
		return qmark{fam: famDouble, role: straightRole(prev, next), straight: true}, true
	case '‘', '’', '\'':
		return singleMark(r, prev, next)
	}
	return qmark{}, false
}

// straightRole guesses whether a straight mark opens or closes from the
// characters around it.
func straightRole(prev, next rune) int {
	switch {
	case isOpenSide(prev) && !isCloseSide(next):
		return roleOpen
	case isCloseSide(next) && !isOpenSide(prev):
		return roleClose
	}
	return roleEither
}

// singleMark classifies a single mark: apostrophes inside words ("didn’t"),
// before digits ("’90s") and after a letter before another letter are not
// quotation marks.
func singleMark(r, prev, next rune) (qmark, bool) {
	if isQuoteWordRune(prev) && isQuoteWordRune(next) {
		return qmark{}, false
	}
	if unicode.IsDigit(next) {
		return qmark{}, false
	}
	m := qmark{fam: famSingle, straight: r == '\''}
	switch {
	case r == '‘' && !isQuoteWordRune(prev):
		m.role = roleOpen
	case r == '‘':
		return qmark{}, false
	case isOpenSide(prev) && (isQuoteWordRune(next) || next == '“' || next == '"'):
		m.role = roleOpen
	case !isOpenSide(prev) && isCloseSide(next):
		m.role = roleClose
	default:
		return qmark{}, false
	}
	return m, true
}

// isQuoteWordRune reports whether r (-1 at an edge) is a letter or digit.
func isQuoteWordRune(r rune) bool { return r >= 0 && (unicode.IsLetter(r) || unicode.IsDigit(r)) }

// isOpenSide reports whether r may stand before an opening mark: a
// paragraph edge, a space, an opening bracket or a dash.
func isOpenSide(r rune) bool {
	return r < 0 || unicode.IsSpace(r) || r == '(' || r == '[' || r == '{' || r == '—' || r == '–' || r == '-' || r == '/' || r == '“' || r == '‘'
}

// isCloseSide reports whether r may stand after a closing mark.
func isCloseSide(r rune) bool {
	return r < 0 || unicode.IsSpace(r) || unicode.IsPunct(r) && r != '(' && r != '[' && r != '{' && r != '@' && r != '#' || r == '…'
}

// runeBefore returns the rune ending at byte i, or -1 at lo.
func runeBefore(text string, i, lo int) rune {
	if i <= lo {
		return -1
	}
	r, _ := utf8.DecodeLastRuneInString(text[lo:i])
	return r
}

// runeAfter returns the rune starting at byte i, or -1 at hi.
func runeAfter(text string, i, hi int) rune {
	if i >= hi {
		return -1
	}
	r, _ := utf8.DecodeRuneInString(text[i:hi])
	return r
}
