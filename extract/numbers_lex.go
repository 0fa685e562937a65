package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsfacts/newsfacts/internal/nlp"
)

// Token classes of the number scanner.
const (
	nkWord  = iota // a run of letters, with inner apostrophes
	nkDigit        // digits with inner separators: "1,500", "37.9"
	nkSym          // any other single rune
)

// ntok is one token of the number scanner. The scanner keeps its own
// tokens because number surfaces ("£1.2bn", "25-year", "34\"") need finer
// and steadier cuts than the tagger's; tags are borrowed where the tagger
// starts a token at the same byte.
type ntok struct {
	text  string
	lower string
	start int
	end   int
	class int
	// spaced is true when whitespace (or the paragraph start) precedes.
	spaced bool
	// sent is the index of the sentence holding the token, -1 when none.
	sent int
	// tag is the tagger's part of speech, "" when it cut differently.
	tag string
}

// scanNumberTokens cuts every paragraph of d into scanner tokens.
func scanNumberTokens(d *nlp.Doc) []ntok {
	paras := d.Paragraphs
	if len(paras) == 0 && d.Text != "" {
		paras = []nlp.Span{{Start: 0, End: len(d.Text)}}
	}
	var out []ntok
	for _, p := range paras {
		out = scanSpan(d, p, out)
	}
	return out
}

func scanSpan(d *nlp.Doc, p nlp.Span, out []ntok) []ntok {
	text := d.Text
	spaced := true
	for i := p.Start; i < p.End; {
		r, w := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			spaced = true
			i += w
			continue
		}
		j, class := scanOne(text[:p.End], i, r, w)
		t := ntok{text: text[i:j], start: i, end: j, class: class, spaced: spaced}
		t.lower = strings.ToLower(t.text)
		t.sent = d.SentenceAt(i)
		t.tag = tagAt(d, i)
		out = append(out, t)
		spaced = false
		i = j
	}
	return out
}

// scanOne returns the end of the token starting at i with rune r of width w.
func scanOne(text string, i int, r rune, w int) (int, int) {
	switch {
	case r < utf8.RuneSelf && r >= '0' && r <= '9':
		return scanDigits(text, i), nkDigit
	case unicode.IsLetter(r):
		return scanWord(text, i+w), nkWord
	}
	return i + w, nkSym
}

func scanDigits(text string, i int) int {
	j := i
	for j < len(text) {
		c := text[j]
		if c >= '0' && c <= '9' {
			j++
			continue
		}
		if (c == ',' || c == '.') && j+1 < len(text) && isDigit(text[j+1]) {
			j++
			continue
		}
		break
	}
	return j
}

func scanWord(text string, j int) int {
	for j < len(text) {
		r, w := utf8.DecodeRuneInString(text[j:])
		if unicode.IsLetter(r) || unicode.IsMark(r) {
			j += w
			continue
		}
		if r == '\'' || r == '’' {
			if k := j + w; k < len(text) {
				if r2, _ := utf8.DecodeRuneInString(text[k:]); unicode.IsLetter(r2) {
					j = k
					continue
				}
			}
		}
		break
	}
	return j
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// tagAt returns the tag of the tagger's token starting at start, "" when
// none starts there.
func tagAt(d *nlp.Doc, start int) string {
	k := d.TokenAt(start)
	if k < len(d.Tokens) && d.Tokens[k].Start == start {
		return d.Tokens[k].Tag
	}
	return ""
}

// attached reports whether toks[i] is written against the token before it.
func attached(toks []ntok, i int) bool {
	return i > 0 && i < len(toks) && !toks[i].spaced
}

// isCap reports whether the token starts with an upper-case letter.
func (t ntok) isCap() bool {
	r, _ := utf8.DecodeRuneInString(t.text)
	return unicode.IsUpper(r)
}

// isNameLike reports whether the token is capitalised or, like "iPhone",
// has a capital after its first letter.
func (t ntok) isNameLike() bool {
	if t.isCap() {
		return true
	}
	for _, r := range t.text {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// isHyphen reports whether the token is a hyphen or dash joining words.
func (t ntok) isHyphen() bool {
	return t.class == nkSym && (t.text == "-" || t.text == "‐" || t.text == "‑")
}

// isDash reports whether the token is any hyphen, en dash or minus sign.
func (t ntok) isDash() bool {
	return t.isHyphen() || t.text == "–" || t.text == "−" || t.text == "—"
}
